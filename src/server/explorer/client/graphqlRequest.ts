/** Sends one operation to this server's /graphql; GraphQL errors become a thrown Error with their messages. */
export async function graphqlRequest<Data>(query: string, variables: Record<string, unknown>): Promise<Data> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Data | null; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join(' '));
  if (!body.data) throw new Error(`The server answered ${response.status} without data.`);
  return body.data;
}
