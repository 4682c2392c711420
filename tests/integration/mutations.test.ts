import { readStats } from '../../src/graph/readStats';
import { startTestServer, type TestServer } from '../support/testServer';

const NEW_DOCUMENT = `Speciociliatine is another alkaloid of kratom.
Kratom can cause constipation and nausea in regular users.
To manage kratom withdrawal, tapering the dose slowly and staying hydrated are recommended.`;

describe('Mutations: ingest, delete, curate', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('ingesting then deleting a new document returns stats to what they were', async () => {
    const before = await readStats(server.database);
    const ingested = await server.execute<{
      ingestDocument: { created: boolean; relationships: number; evidence: number; document: { id: string; passages: { index: number }[] } };
    }>(
      `mutation ($text: String!) {
        ingestDocument(title: "Kratom side effects note", text: $text, source: "test") {
          created relationships evidence document { id passages { index } }
        }
      }`,
      { text: NEW_DOCUMENT },
    );
    expect(ingested.errors).toBeUndefined();
    const report = ingested.data?.ingestDocument;
    expect(report?.created).toBe(true);
    expect(report?.relationships).toBeGreaterThanOrEqual(2);
    expect(report?.document.passages).toHaveLength(3);
    const during = await readStats(server.database);
    expect(during.documents).toBe(before.documents + 1);
    expect(during.relationships).toBeGreaterThan(before.relationships);

    const again = await server.execute<{ ingestDocument: { created: boolean } }>(
      'mutation ($text: String!) { ingestDocument(title: "Same text again", text: $text) { created } }',
      { text: NEW_DOCUMENT },
    );
    expect(again.data?.ingestDocument.created).toBe(false);
    expect(await readStats(server.database)).toEqual(during);

    const deleted = await server.execute<{ deleteDocument: { evidenceRemoved: number; relationshipsRemoved: number } }>(
      'mutation ($id: ID!) { deleteDocument(id: $id) { evidenceRemoved relationshipsRemoved } }',
      { id: report?.document.id },
    );
    expect(deleted.data?.deleteDocument.evidenceRemoved).toBe(report?.evidence);
    expect(await readStats(server.database)).toEqual(before);
  });

  it.each([
    ['empty', '   ', 'empty'],
    ['binary', 'abc\u0001\u0002def', 'control character U+0001 at offset 3'],
  ])('refuses an %s text with BAD_USER_INPUT and writes nothing', async (_name, text, reason) => {
    const before = await readStats(server.database);
    const result = await server.execute('mutation ($text: String!) { ingestDocument(title: "Bad", text: $text) { created } }', { text });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain(reason);
    expect(await readStats(server.database)).toEqual(before);
  });

  it('refuses a text over MAX_DOCUMENT_BYTES', async () => {
    const small = await startTestServer({ MAX_DOCUMENT_BYTES: '100' });
    try {
      const result = await small.execute('mutation ($text: String!) { ingestDocument(title: "Big", text: $text) { created } }', {
        text: 'kratom '.repeat(50),
      });
      expect(result.errors?.[0]?.message).toContain('over the limit of 100 bytes');
    } finally {
      await small.close();
    }
  });

  it('deleting an unknown document is NOT_FOUND', async () => {
    const result = await server.execute('mutation { deleteDocument(id: "document:nope") { evidenceRemoved } }');
    expect(result.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('curators add entities and relationships; a curated claim survives deleting the document that also asserts it', async () => {
    const upserted = await server.execute<{ upsertEntity: { id: string; kind: string; aliases: string[] } }>(`mutation {
      upsertEntity(input: { id: "symptom:test-itch", kind: Symptom, name: "Test itch", aliases: ["itchiness test"] }) { id kind aliases }
    }`);
    expect(upserted.data?.upsertEntity).toEqual({ id: 'symptom:test-itch', kind: 'Symptom', aliases: ['itchiness test'] });

    const added = await server.execute<{ addRelationship: { id: string; origin: string; evidenceCount: number } }>(`mutation {
      addRelationship(input: { type: CAUSES, sourceId: "substance:kratom", targetId: "symptom:test-itch" }) { id origin evidenceCount }
    }`);
    expect(added.data?.addRelationship).toEqual({ id: 'substance:kratom|CAUSES|symptom:test-itch', origin: 'CURATED', evidenceCount: 0 });

    const wrongKinds = await server.execute(`mutation {
      addRelationship(input: { type: CONTAINS, sourceId: "symptom:test-itch", targetId: "substance:kratom" }) { id }
    }`);
    expect(wrongKinds.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(wrongKinds.errors?.[0]?.message).toContain('CONTAINS joins Substance → Compound');

    await server.database.write('MATCH (n:Entity {id: "symptom:test-itch"}) DETACH DELETE n');
  });

  it('refuses writes without the right token', async () => {
    for (const authorization of ['missing', 'invalid'] as const) {
      const result = await server.execute('mutation { deleteDocument(id: "document:x") { evidenceRemoved } }', {}, authorization);
      expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    }
    const disabled = await server.execute('mutation { deleteDocument(id: "document:x") { evidenceRemoved } }', {}, 'none-configured');
    expect(disabled.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
