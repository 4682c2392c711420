import path from 'node:path';

import { GraphDatabase } from '../../src/graph/graphDatabase';
import { TEST_PORTS } from './testPorts';

/** Where the test Neo4j listens: NEO4J_TEST_URI, or the local one global set-up started. */
export function testDatabaseUri(): string {
  return process.env['NEO4J_TEST_URI'] ?? `bolt://127.0.0.1:${testDatabasePort()}`;
}

export function testDatabasePort(): number {
  return TEST_PORTS.testNeo4j;
}

/** Its own folder per port, so tests never touch a user's data (or another test run's). */
export function testDataDir(): string {
  return path.resolve(__dirname, '..', '..', '.data', `neo4j-test-${testDatabasePort()}`);
}

export function connectTestDatabase(queryTimeoutMs = 20_000): GraphDatabase {
  return GraphDatabase.connect({
    uri: testDatabaseUri(),
    user: process.env['NEO4J_TEST_USER'] ?? 'neo4j',
    password: process.env['NEO4J_TEST_PASSWORD'] ?? '',
    database: process.env['NEO4J_TEST_DATABASE'] ?? 'neo4j',
    queryTimeoutMs,
  });
}
