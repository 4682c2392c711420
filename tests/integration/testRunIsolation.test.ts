import fs from 'node:fs';

import { startTestNeo4j } from '../support/startTestNeo4j';
import { connectTestDatabase, testDataDir, testDatabasePort } from '../support/testDatabase';

// While this run's own test database answers on the test port, it stands for another run's (or a
// user's) database on the same ports: a second run's set-up must refuse it, start nothing, touch nothing.
describe('Test runs side by side: set-up never shares a test database it did not start', () => {
  const database = connectTestDatabase();

  afterAll(() => database.close());

  it('refuses a Neo4j already answering on the test port, naming TEST_PORT_BASE and NEO4J_TEST_URI', async () => {
    if (process.env['NEO4J_TEST_URI']) return; // The run uses a server of the user's: nothing of ours on the port.
    const [before] = await database.read('RETURN COUNT { MATCH (n) } AS nodes');
    const logBefore = fs.statSync(`${testDataDir()}/neo4j-console.log`).size;

    const attempt = startTestNeo4j();

    await expect(attempt).rejects.toThrow(`A Neo4j already answers on 127.0.0.1:${testDatabasePort()}`);
    await expect(attempt).rejects.toThrow(/TEST_PORT_BASE=\d+ npm test.*NEO4J_TEST_URI/);
    expect(await database.read('RETURN COUNT { MATCH (n) } AS nodes')).toEqual([before]);
    // No second Neo4j tried to start in the test data folder.
    expect(fs.statSync(`${testDataDir()}/neo4j-console.log`).size).toBe(logBefore);
  });
});
