import http from 'node:http';

import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';

import { listen, type BenchServer } from './apiServer';
import type { Neo4jTarget } from './benchNeo4j';
import { PEER_CLAIM_FIELDS } from './peerClaimFields';
import { SHORTEST_PATH_STRINGS, SUBGRAPH_EDGE_STRINGS, SUBGRAPH_NODES } from './floorCypher';

const CLAIM = '@relationship(type: "%TYPE%", direction: %DIRECTION%, properties: "Claim")';
const claim = (type: string, direction: 'IN' | 'OUT') => CLAIM.replace('%TYPE%', type).replace('%DIRECTION%', direction);
const literal = (cypher: string) => JSON.stringify(cypher);

/**
 * The peer: @neo4j/graphql v7 over the same graph, with what its generated API offers for each
 * benchmark query. Typed relationship fields with their properties for the entity; the generated
 * connection with filter, sort and totalCount for the list; @fulltext for search. Evidence hangs off
 * relationships by id (not by an edge), and there are no shortest paths or rings in the generated
 * API, so those are custom @cypher fields, which is what its documentation prescribes.
 */
export const PEER_TYPE_DEFS = `
  type Claim @relationshipProperties {
    id: ID!
    action: String
    curated: Boolean
  }

  type Evidence @node {
    id: ID!
    relationshipId: String!
    quote: String!
    start: Int!
    end: Int!
  }

  type Entity @node(labels: ["Entity"])
    @fulltext(indexes: [{ indexName: "entity_search", queryName: "searchEntities", fields: ["name", "aliasText"] }]) {
    id: ID!
    name: String!
    aliasText: String
    kind: String! @cypher(statement: "RETURN [label IN labels(this) WHERE label <> 'Entity'][0] AS kind", columnName: "kind")
    degree: Int! @cypher(statement: "RETURN COUNT { (this)--(:Entity) } AS degree", columnName: "degree")
  }

  type Substance @node(labels: ["Substance", "Entity"]) { id: ID! name: String! }
  type Receptor @node(labels: ["Receptor", "Entity"]) { id: ID! name: String! }
  type Symptom @node(labels: ["Symptom", "Entity"]) { id: ID! name: String! }
  type Condition @node(labels: ["Condition", "Entity"]) { id: ID! name: String! }

  type Compound @node(labels: ["Compound", "Entity"]) {
    id: ID!
    name: String!
    aliases: [String!]!
    ${PEER_CLAIM_FIELDS.map(({ name, type, direction, otherKind }) => `${name}: [${otherKind}!]! ${claim(type, direction)}`).join('\n    ')}
    evidence: [Evidence!]! @cypher(statement: ${literal(`
      MATCH (this)-[r:CONTAINS|ACTS_ON|RELIEVES|CAUSES]-(:Entity)
      MATCH (e:Evidence {relationshipId: r.id})
      RETURN e`)}, columnName: "e")
  }

  type Query {
    shortestPaths(from: ID!, to: ID!): [String!]! @cypher(statement: ${literal(SHORTEST_PATH_STRINGS)}, columnName: "path")
    subgraphNodes(id: ID!, limit: Int!): [Entity!]! @cypher(statement: ${literal(SUBGRAPH_NODES)}, columnName: "n")
    subgraphEdges(id: ID!, limit: Int!): [String!]! @cypher(statement: ${literal(SUBGRAPH_EDGE_STRINGS)}, columnName: "edge")
  }
`;

/** @neo4j/graphql's schema served by Apollo Server through express, as its documentation does. */
export async function startPeerServer(target: Neo4jTarget, port: number): Promise<BenchServer> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const httpServer = http.createServer();
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  httpServer.on('request', app);
  const url = await listen(httpServer, port);
  return {
    url,
    async close() {
      await apollo.stop();
      await new Promise((resolve) => httpServer.close(resolve));
      await driver.close();
    },
  };
}
