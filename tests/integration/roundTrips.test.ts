import { startTestServer, type TestServer } from '../support/testServer';

/**
 * Each root field costs a bounded number of Cypher round trips, whatever the result size: nested
 * fields on a list are batched per request (no N+1). A page of 5 and a page of 50 cost the same.
 */
describe('Round trips per root field', () => {
  let server: TestServer;
  beforeAll(async () => {
    // Deliberately deep queries: the cost limit (tested on its own) would refuse them first.
    server = await startTestServer({ MAX_QUERY_COST: '10000000' });
  });
  afterAll(() => server.close());

  const roundTripsOf = async (query: string, variables: Record<string, unknown>) => {
    const before = server.database.roundTrips;
    const result = await server.execute(query, variables);
    expect(result.errors).toBeUndefined();
    return server.database.roundTrips - before;
  };

  const LIST_WITH_NESTED_FIELDS = `query ($first: Int) {
    symptoms(first: $first) {
      nodes {
        id
        relationships { type source { id } target { id } evidence { quote document { title } passage { index } } }
        mentions { text passage { index } }
        ... on Condition { symptoms { name } managedBy { name } }
        ... on Symptom { managedBy { name } presentIn { name } }
      }
    }
  }`;

  it('a deep query over a list costs the same for 3 entities as for 40', async () => {
    const few = await roundTripsOf(LIST_WITH_NESTED_FIELDS, { first: 3 });
    const many = await roundTripsOf(LIST_WITH_NESTED_FIELDS, { first: 40 });
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(10);
  });

  it('a list of every kind at once stays within a bound set by the query, not the data', async () => {
    const all = await roundTripsOf(LIST_WITH_NESTED_FIELDS.replace('symptoms(', 'entities('), { first: 100 });
    expect(all).toBeLessThanOrEqual(12);
  });

  it('relationships with evidence cost the same for 3 as for 40', async () => {
    const query = `query ($first: Int) { relationships(first: $first) { totalCount nodes { source { name } evidence { quote document { id } } } } }`;
    expect(await roundTripsOf(query, { first: 40 })).toBe(await roundTripsOf(query, { first: 3 }));
  });

  it('an entity with its relationships and their evidence takes one round trip, with the same evidence as asked alone', async () => {
    const query = `query ($first: Int) { entity(id: "substance:kratom") { relationships { id evidence(first: $first) { id quote } } } }`;
    expect(await roundTripsOf(query, { first: 2 })).toBe(1);
    const together = await server.execute<{ entity: { relationships: { id: string; evidence: { id: string }[] }[] } }>(query, { first: 2 });
    const relationships = together.data?.entity.relationships ?? [];
    expect(relationships.length).toBeGreaterThan(5);
    for (const relationship of relationships) {
      const alone = await server.execute<{ relationship: { evidence: { id: string }[] } }>(
        'query ($id: ID!) { relationship(id: $id) { evidence(first: 2) { id } } }',
        { id: relationship.id },
      );
      expect(relationship.evidence.map((evidence) => evidence.id)).toEqual(alone.data?.relationship.evidence.map((evidence) => evidence.id));
    }
  });

  it('stats is one round trip', async () => {
    expect(await roundTripsOf('{ stats { entities relationships documents passages evidence entitiesByKind { kind count } } }', {})).toBe(1);
  });
});
