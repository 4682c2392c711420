import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

import { fanOutQuery } from '../../../bench/hostileQueries';
import { queryCost } from '../../../src/server/limits/queryCost';
import { readTypeDefs } from '../../../src/server/typeDefs';

const schema = buildSchema(readTypeDefs());

function analyse(query: string, maxCost: number, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return queryCost(schema, operation, fragments, variables, maxCost);
}

describe('queryCost', () => {
  it('counts a fragment at every spread but walks it once', () => {
    const analysis = analyse(fanOutQuery(11), 1_000_000);
    expect(analysis).toMatchObject({ cost: 2 ** 10, exceeded: false });
    // The operation's own selection plus one walk per fragment: 12, not 2^11.
    expect(analysis.selectionSetsWalked).toBe(12);
  });

  it.each([30, 95])('refuses a %i-fragment fan-out after walking each fragment at most once', (fragmentCount) => {
    const analysis = analyse(fanOutQuery(fragmentCount), 20_000);
    expect(analysis.exceeded).toBe(true);
    expect(analysis.cost).toBeGreaterThan(20_000);
    expect(analysis.selectionSetsWalked).toBeLessThanOrEqual(fragmentCount + 1);
  });

  it('stops at the first excess instead of counting the rest of the operation', () => {
    const wide = `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: search(text: "x", first: 100) { score }`).join(' ')} }`;
    const analysis = analyse(wide, 500);
    expect(analysis).toMatchObject({ exceeded: true, cost: 505 });
  });

  it('weighs list arguments: one item of work per term, and the selection once per term', () => {
    const terms = Array.from({ length: 20 }, (_, i) => `term ${i}`);
    // resolve: 1 + 20 terms + 20 × (term 1 + entity 1 + id 1) = 81.
    expect(analyse('query ($terms: [String!]!) { resolve(terms: $terms) { term entity { id } } }', 10_000, { terms })).toMatchObject({ cost: 81, exceeded: false });
  });

  it.each([
    ['query ($id: ID!) { entity(id: $id) { relationships(first: 5) { id } } }', { id: 'x' }, false],
    ['query ($text: String!) { search(text: $text) { score } }', { text: 'x' }, false],
    ['query ($first: Int) { search(text: "x", first: $first) { score } }', { first: 3 }, true],
    ['query ($first: Int) { search(text: "x", first: $first) { score } }', {}, true],
    ['query ($terms: [String!]!) { resolve(terms: $terms) { term } }', { terms: ['a'] }, true],
    ['query ($id: ID!) { subgraph(ids: [$id]) { truncated } }', { id: 'x' }, true],
    ['query ($first: Int) { entity(id: "x") { ...more } } fragment more on Entity { relationships(first: $first) { id } }', { first: 2 }, true],
  ])('tells whether a variable gives a size: %s', (query, variables, sized) => {
    expect(analyse(query, 1_000_000, variables).sizedByVariables).toBe(sized);
  });
});
