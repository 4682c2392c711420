import { ApolloServer } from '@apollo/server';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError, parse, type DocumentNode } from 'graphql';
import { compileQuery } from 'graphql-jit';

import { compiledExecutionGateway, compiledExecutor, DOCUMENTS_KEPT } from '../../../src/server/compiledExecution';

jest.mock('graphql-jit', () => {
  const actual = jest.requireActual<typeof import('graphql-jit')>('graphql-jit');
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});
const compilations = compileQuery as jest.MockedFunction<typeof compileQuery>;

const schema = makeExecutableSchema({
  typeDefs: `
    interface Named { name: String! }
    type Plant implements Named { name: String! leaves(first: Int = 2): [String!]! }
    type Stone implements Named { name: String! hardness: Int }
    type Query { things(kind: String): [Named!]! refused(first: Int!): String mustHave: String! broken: String }`,
  resolvers: {
    Named: { __resolveType: (thing: { leaves?: unknown }) => (thing.leaves ? 'Plant' : 'Stone') },
    Plant: { leaves: (plant: { leaves: string[] }, { first }: { first: number }) => plant.leaves.slice(0, first) },
    Query: {
      things: (_root: unknown, { kind }: { kind?: string }, context: { plants: unknown[] }) =>
        kind === 'stone' ? [{ name: 'flint', hardness: 7 }] : context.plants,
      refused: (_root: unknown, { first }: { first: number }) => {
        if (first < 1) throw new GraphQLError('first must be at least 1', { extensions: { code: 'BAD_USER_INPUT' } });
        return 'ok';
      },
      mustHave: () => null,
      broken: async () => {
        throw new Error('the database went away');
      },
    },
  },
});

const context = { plants: [{ name: 'mitragyna', leaves: ['a', 'b', 'c'] }] };

function request(document: DocumentNode, variables: Record<string, unknown>, operationName: string | null = null): GatewayGraphQLRequestContext {
  return { document, operationName, request: { variables }, context } as unknown as GatewayGraphQLRequestContext;
}

const answer = async (result: unknown) => JSON.parse(JSON.stringify(await result)) as unknown;

describe('Compiled execution', () => {
  beforeEach(() => compilations.mockClear());

  it('runs an operation through graphql-js once, then compiles it once and answers the same, errors and all', async () => {
    const execute = compiledExecutor(schema);
    const document = parse(`query ($first: Int!, $skipStones: Boolean!) {
      things { __typename name ... on Plant { leaves leavesOne: leaves(first: 1) } }
      stones: things(kind: "stone") @skip(if: $skipStones) { name ... on Stone { hardness } }
      refused(first: $first)
    }`);
    const variables = { first: 0, skipStones: false };

    const first = await answer(execute(request(document, variables)));
    expect(compilations).not.toHaveBeenCalled();
    expect(first).toMatchObject({ data: { refused: null, stones: [{ name: 'flint', hardness: 7 }] }, errors: [{ message: 'first must be at least 1', path: ['refused'] }] });

    expect(await answer(execute(request(document, variables)))).toEqual(first);
    expect(await answer(execute(request(document, { first: 3, skipStones: true })))).toEqual({
      data: { things: [{ __typename: 'Plant', name: 'mitragyna', leaves: ['a', 'b'], leavesOne: ['a'] }], refused: 'ok' },
    });
    expect(compilations).toHaveBeenCalledTimes(1);
  });

  it('answers a null where the schema promises a value as graphql-js does, compiled or not', async () => {
    const execute = compiledExecutor(schema);
    const document = parse('{ mustHave }');
    const byGraphqlJs = await answer(execute(request(document, {})));
    expect(byGraphqlJs).toMatchObject({ data: null, errors: [{ message: 'Cannot return null for non-nullable field Query.mustHave.' }] });
    expect(await answer(execute(request(document, {})))).toEqual(byGraphqlJs);
    expect(compilations).toHaveBeenCalledTimes(1);
  });

  it("leaves refused variables to graphql-js, whose words Apollo reads, and puts errors before data as it does", async () => {
    const execute = compiledExecutor(schema);
    const document = parse('query ($first: Int!) { refused(first: $first) }');
    const refusal = JSON.stringify(await execute(request(document, { first: 'many' })));
    expect(refusal).toContain('Variable \\"$first\\" got invalid value \\"many\\"');
    expect(JSON.stringify(await execute(request(document, { first: 'many' })))).toBe(refusal);
    expect(compilations).toHaveBeenCalledTimes(1);

    const failed = JSON.stringify(await execute(request(document, { first: 0 })));
    expect(failed.indexOf('"errors"')).toBe(1);
    expect(failed).toContain('"data":{"refused":null}');
  });

  it("gives Apollo graphql-js's errors for what a resolver threw and for a null the schema forbids, which it can format", async () => {
    const apollo = new ApolloServer({ gateway: compiledExecutionGateway(schema) });
    await apollo.start();
    try {
      for (const query of ['{ broken }', '{ mustHave }']) {
        const answers: string[] = [];
        for (let time = 0; time < 3; time++) {
          const response = await apollo.executeOperation({ query }, { contextValue: context });
          answers.push(JSON.stringify(response.body.kind === 'single' ? response.body.singleResult : null));
        }
        expect(answers[0]).toMatch(/the database went away|Cannot return null for non-nullable field Query.mustHave/);
        expect(answers[0]).toContain('"locations":[{"line":1,"column":3}]');
        expect(new Set(answers).size).toBe(1);
      }
      expect(compilations).toHaveBeenCalledTimes(2);
    } finally {
      await apollo.stop();
    }
  });

  it('compiles each operation of a document apart, and keeps to graphql-js for one that cannot be compiled', async () => {
    const execute = compiledExecutor(schema);
    const document = parse('query Plants { things { name } } query Stones { things(kind: "stone") { name } } ');
    for (let time = 0; time < 2; time++) {
      expect(await answer(execute(request(document, {}, 'Plants')))).toEqual({ data: { things: [{ name: 'mitragyna' }] } });
      expect(await answer(execute(request(document, {}, 'Stones')))).toEqual({ data: { things: [{ name: 'flint' }] } });
    }
    expect(compilations).toHaveBeenCalledTimes(2);

    // No operation of that name: the compiler refuses it, and graphql-js gives its own error each time.
    for (let time = 0; time < 3; time++) {
      expect(await answer(execute(request(document, {}, 'Missing')))).toEqual({ errors: [{ message: 'Unknown operation named "Missing".' }] });
    }
    expect(compilations).toHaveBeenCalledTimes(3);
  });

  it('keeps the compilations of the documents used last, and compiles one forgotten anew', async () => {
    const execute = compiledExecutor(schema);
    const twice = async (document: DocumentNode) => {
      await execute(request(document, {}));
      await execute(request(document, {}));
    };
    const first = parse('{ things { name } }');
    await twice(first);
    await twice(first);
    for (let other = 0; other < DOCUMENTS_KEPT; other++) await twice(parse(`{ things(kind: "kind ${other}") { name } }`));
    expect(compilations).toHaveBeenCalledTimes(1 + DOCUMENTS_KEPT);
    await twice(first);
    expect(compilations).toHaveBeenCalledTimes(2 + DOCUMENTS_KEPT);
  });

  it('serves its schema to Apollo once loaded, and an executor with it', async () => {
    const gateway = compiledExecutionGateway(schema);
    const loaded: unknown[] = [];
    gateway.onSchemaLoadOrUpdate(({ apiSchema }) => loaded.push(apiSchema));
    const { executor } = await gateway.load({ apollo: {} });
    expect(loaded).toEqual([schema]);
    expect(await answer(executor!(request(parse('{ things { name } }'), {})))).toEqual({ data: { things: [{ name: 'mitragyna' }] } });
    await gateway.stop();
  });
});
