import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';

import { BENCH_QUERIES } from '../../../bench/benchQueries';
import { entityPageStatement } from '../../../src/graph/entityListRepository';
import { entityStatement } from '../../../src/graph/entityRepository';
import { shortestPathsStatement } from '../../../src/graph/pathRepository';
import { candidatesStatement } from '../../../src/graph/searchRepository';
import type { Statement } from '../../../src/graph/read/statementScope';
import { relationshipPageStatement } from '../../../src/graph/relationshipListRepository';
import { subgraphStatement } from '../../../src/graph/subgraphRepository';
import type { QueryEntitiesArgs, QueryPathsArgs, QueryRelationshipsArgs, QuerySubgraphArgs } from '../../../src/generated/resolvers';
import { entityPageQueryOf } from '../../../src/resolvers/Query/entities';
import { pathQueryOf } from '../../../src/resolvers/Query/paths';
import { relationshipPageQueryOf } from '../../../src/resolvers/Query/relationships';
import { subgraphQueryOf } from '../../../src/resolvers/Query/subgraph';
import { entitySelectionOf } from '../../../src/resolvers/selection/readSelectionOf';
import { fieldsNamed, subfields } from '../../../src/resolvers/selection/subfields';
import { readTypeDefs } from '../../../src/server/typeDefs';

/**
 * The one statement each root field compiles to, pinned without a database (as @neo4j/graphql's tck
 * pins its translations): the resolve info comes from graphql-js executing the query against the schema
 * alone, and goes through the same functions the root resolvers use. A change to a statement shows here
 * as a snapshot diff to read and accept on purpose.
 */
const schema = buildSchema(readTypeDefs());

async function rootField(query: string, variables: Record<string, unknown> = {}): Promise<{ args: Record<string, unknown>; info: GraphQLResolveInfo }> {
  let captured: { args: Record<string, unknown>; info: GraphQLResolveInfo } | undefined;
  await graphql({
    schema,
    source: query,
    variableValues: variables,
    fieldResolver: (_source, args: Record<string, unknown>, _context, info) => {
      if (info.path.prev === undefined) captured = { args, info };
      return null;
    },
  });
  if (!captured) throw new Error(`No root field ran for ${query}`);
  return captured;
}

async function compiled(query: string, variables: Record<string, unknown> = {}): Promise<Statement> {
  const { args, info } = await rootField(query, variables);
  switch (info.fieldName) {
    case 'entity':
      return entityStatement(String(args['id']), entitySelectionOf(info.fieldNodes, info));
    case 'entities':
      return entityPageStatement(entityPageQueryOf((args['kind'] as QueryEntitiesArgs['kind']) ?? null, args as QueryEntitiesArgs, info));
    case 'compounds':
      return entityPageStatement(entityPageQueryOf('Compound', args as QueryEntitiesArgs, info));
    case 'relationships':
      return relationshipPageStatement(relationshipPageQueryOf(args as QueryRelationshipsArgs, info));
    case 'paths':
      return shortestPathsStatement(pathQueryOf(args as unknown as QueryPathsArgs, info));
    case 'subgraph':
      return subgraphStatement(subgraphQueryOf(args as unknown as QuerySubgraphArgs, info));
    default:
      throw new Error(`No compiler for ${info.fieldName}`);
  }
}

function benchQuery(name: string, variables: Record<string, string>): [string, Record<string, unknown>] {
  const bench = BENCH_QUERIES.find((query) => query.name === name);
  if (!bench) throw new Error(`No bench query ${name}`);
  const { query, variables: values } = bench.graphql.api(variables);
  return [query, values];
}

const DEEP_ENTITY = `query ($id: ID!) {
  entity(id: $id) {
    id name description
    relationships(direction: OUTGOING, stance: [SUPPORTED], first: 10) {
      id type stance evidenceCount support { affirming } action
      evidence(first: 3) { id quote }
      target { id name relationships(types: [ACTS_ON], first: 5) { id source { name aliases } } }
    }
    everything: relationships { id origin }
    ... on Compound { actsOn { receptor { name } action relationship { evidenceCount } } foundIn { name } }
  }
}`;

describe('Compiled statements: entity', () => {
  it('a shallow selection reads the node alone, with only what was selected', async () => {
    const { cypher, params } = await compiled('{ entity(id: "compound:mitragynine") { id name } }');
    expect(cypher).toMatchSnapshot();
    expect(params).toEqual({ id2: 'compound:mitragynine' });
    expect(cypher).not.toMatch(/CALL|COUNT|Evidence|aliases|description/);
  });

  it("the bench's selection: relationships with both ends' names and kinds, actions and evidence, no evidence count", async () => {
    const { cypher, params } = await compiled(...benchQuery('entity', { id: 'compound:c-1' }));
    expect(cypher).toMatchSnapshot();
    expect(params).toMatchSnapshot();
    expect(cypher).not.toMatch(/COUNT \{|description|xrefs/);
  });

  it('a deep selection nests every list in CALL subqueries of the one statement', async () => {
    const { cypher, params } = await compiled(DEEP_ENTITY, { id: 'compound:mitragynine' });
    expect(cypher).toMatchSnapshot();
    expect(params).toMatchSnapshot();
    expect(cypher.match(/MATCH \(n1\)/g)).toHaveLength(4);
  });

  it('evidence brings what every evidence field selects of it, and the ids its document and passage are read by', async () => {
    const { cypher } = await compiled(`{ entity(id: "compound:mitragynine") { relationships(first: 3) {
      evidence(first: 2) { quote document { title } } more: evidence(first: 2) { ... on Evidence { polarity passage { text } } } } } }`);
    expect(cypher).toContain('collect(e {.id, .documentId, .passageId, .quote, .polarity})');
  });

  it('client text never reaches the Cypher: aliases are not written, values are parameters', async () => {
    const { cypher, params } = await compiled(`{ entity(id: "x'}) DETACH DELETE n //") { evil: name relationships(first: 3) { injected: id } } }`);
    expect(cypher).not.toMatch(/evil|injected|DELETE/);
    expect(Object.values(params)).toContain("x'}) DETACH DELETE n //");
  });

  it('a nested list with arguments out of range is left to its own resolver, which refuses it', async () => {
    const { cypher } = await compiled('{ entity(id: "compound:mitragynine") { id relationships(first: 1000) { id } } }');
    expect(cypher).not.toContain('CALL');
  });
});

describe('Compiled statements: search', () => {
  it("the bench's search brings each candidate's id, kind, name and aliases (which rank it), nothing unselected", async () => {
    const { info } = await rootField(...benchQuery('search', { text: 'mitragynine' }));
    const cypher = candidatesStatement(entitySelectionOf(fieldsNamed(subfields(info.fieldNodes, info), 'entity'), info));
    expect(cypher).toContain("collect({entity: {id: node.id, kind: [k IN labels(node) WHERE k <> 'Entity'][0], name: node.name, aliases: node.aliases}");
    expect(cypher).not.toMatch(/description|xrefs|curation/);
  });
});

describe('Compiled statements: lists', () => {
  it("the bench's compound list counts in the same statement, and projects names only", async () => {
    const { cypher, params } = await compiled(...benchQuery('list', { text: 'mitra' }));
    expect(cypher).toMatchSnapshot();
    expect(params).toMatchSnapshot();
  });

  it('without totalCount nothing is counted', async () => {
    const { cypher } = await compiled('{ entities(first: 5) { nodes { id } } }');
    expect(cypher).not.toContain('count(');
    expect(cypher).toMatchSnapshot();
  });

  it('entities with nested relationships and evidence, through edges and nodes alike', async () => {
    const { cypher } = await compiled(`{ entities(kind: Symptom, first: 5) { totalCount
      edges { node { id relationships(first: 3) { id type evidence(first: 2) { quote } } } }
      nodes { name ... on Symptom { managedBy(includeDenied: true) { name } } } } }`);
    expect(cypher).toMatchSnapshot();
  });

  it('relationships, shallow and deep', async () => {
    expect((await compiled('{ relationships(first: 10) { nodes { id type } } }')).cypher).toMatchSnapshot();
    const deep = await compiled(`{ relationships(where: {stance: [CONTESTED], sourceTypes: [BLOG]}, first: 10, after: "WyJ4Il0") { totalCount
      nodes { id action evidenceCount evidence(first: 2) { quote } source { name relationships(first: 2) { id } } target { id } } } }`);
    expect(deep.cypher).toMatchSnapshot();
    expect(deep.params).toMatchSnapshot();
  });
});

describe('Compiled statements: traversal', () => {
  it("the bench's paths: ids only, no drawing, no counts", async () => {
    const { cypher, params } = await compiled(...benchQuery('paths', { from: 'substance:s-1', to: 'symptom:s-2' }));
    expect(cypher).toMatchSnapshot();
    expect(params).toMatchSnapshot();
    expect(cypher).not.toMatch(/COUNT \{/);
  });

  it('paths with the drawing and nested lists', async () => {
    const { cypher } = await compiled(`{ paths(from: "a", to: "b", maxHops: 3) {
      paths { nodes { name relationships(first: 2) { id } } relationships { id action evidence(first: 1) { quote } } }
      graph { nodes { id degree } edges { id evidenceCount } } } }`);
    expect(cypher).toMatchSnapshot();
  });

  it("the bench's subgraph walks two rings and draws, in one statement", async () => {
    const { cypher, params } = await compiled(...benchQuery('subgraph', { id: 'compound:c-1' }));
    expect(cypher).toMatchSnapshot();
    expect(params).toMatchSnapshot();
    expect(cypher.match(/CALL \(frontier, walked, truncated\)/g)).toHaveLength(2);
    // Edges { id source target type }: neither stance nor the exports' support counts are read.
    expect(cypher).not.toMatch(/stance: r\.stance|support:/);
  });

  it("an edge's stance is read when the drawing asks for it", async () => {
    const { cypher } = await compiled('{ subgraph(ids: ["a"], depth: 0) { edges { id stance } } }');
    expect(cypher).toMatch(/stance: r\.stance/);
    expect(cypher).not.toMatch(/support:/);
  });

  it('a drawing without degrees or evidence counts counts nothing', async () => {
    const { cypher } = await compiled('{ subgraph(ids: ["a"], depth: 0) { nodes { id } edges { id } } }');
    expect(cypher).not.toMatch(/COUNT \{/);
    expect(cypher).toMatchSnapshot();
  });
});
