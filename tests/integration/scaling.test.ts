import { loadConfig } from '../../src/config';
import { connectToNeo4j, type Neo4jConnection } from '../../src/database/connectToNeo4j';
import { startAppOn, type AppOn } from '../support/startAppOn';
import { TEST_API_TOKEN } from '../support/testServer';
import { testDatabaseUri } from '../support/testDatabase';

/**
 * Two API instances, each with its own driver, against one Neo4j through NEO4J_URI with the neo4j://
 * routing scheme (the one a cluster or Aura needs): what one writes, the other reads at once,
 * because the only state is in Neo4j.
 */
describe('Scaling out: two API instances, one Neo4j', () => {
  const routingUri = testDatabaseUri().replace(/^bolt:/, 'neo4j:');
  const connections: Neo4jConnection[] = [];
  const apps: AppOn[] = [];
  let writer: AppOn;
  let reader: AppOn;

  beforeAll(async () => {
    for (let instance = 0; instance < 2; instance += 1) {
      const config = loadConfig({ NEO4J_URI: routingUri, NEO4J_PASSWORD: process.env['NEO4J_TEST_PASSWORD'] ?? '' });
      const connection = await connectToNeo4j(config, () => undefined);
      connections.push(connection);
      apps.push(await startAppOn(connection.database));
    }
    [writer, reader] = apps as [AppOn, AppOn];
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const connection of connections) await connection.close();
  });

  const call = async <Data>(app: AppOn, query: string, variables: Record<string, unknown> = {}) => {
    const response = await app.post({ query, variables }, { authorization: `Bearer ${TEST_API_TOKEN}` });
    const body = (await response.json()) as { data?: Data; errors?: { message: string }[] };
    expect(body.errors).toBeUndefined();
    return body.data!;
  };

  it('uses the routing scheme', () => {
    expect(routingUri).toMatch(/^neo4j:\/\//);
    expect(writer.url).not.toBe(reader.url);
  });

  it('a document ingested through one instance is read through the other; an entity curated on one is recognised by the other', async () => {
    const added = await call<{ upsertEntity: { id: string } }>(
      writer,
      'mutation { upsertEntity(input: { id: "symptom:scale-out-itch", kind: Symptom, name: "scale-out itch", note: "scaling test" }) { id } }',
    );
    expect(added.upsertEntity.id).toBe('symptom:scale-out-itch');

    // Written through the *reader*: its vocabulary cache must notice the writer's change.
    const ingested = await call<{ ingestDocument: { document: { id: string }; relationships: number } }>(
      reader,
      'mutation { ingestDocument(title: "Scale-out note", text: "Kratom can cause scale-out itch.", sourceType: FORUM) { document { id } relationships } }',
    );
    expect(ingested.ingestDocument.relationships).toBe(1);
    const documentId = ingested.ingestDocument.document.id;

    const read = await call<{ document: { id: string; sourceType: string } | null; relationship: { evidence: { quote: string }[] } | null }>(
      writer,
      `query ($id: ID!) { document(id: $id) { id sourceType }
         relationship(id: "substance:kratom|CAUSES|symptom:scale-out-itch") { evidence { quote } } }`,
      { id: documentId },
    );
    expect(read.document).toEqual({ id: documentId, sourceType: 'FORUM' });
    expect(read.relationship?.evidence.map((evidence) => evidence.quote)).toEqual(['Kratom can cause scale-out itch.']);

    await call(writer, 'mutation ($id: ID!) { deleteDocument(id: $id) { documentId } }', { id: documentId });
    await call(reader, 'mutation { deleteEntity(id: "symptom:scale-out-itch", note: "scaling test done") { entityId } }');
    const gone = await call<{ entity: unknown }>(writer, '{ entity(id: "symptom:scale-out-itch") { id } }');
    expect(gone.entity).toBeNull();
  });
});
