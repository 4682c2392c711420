import { readStats } from '../../src/graph/readStats';
import { runSeed } from '../../src/seed/runSeed';
import { startTestServer, type TestServer } from '../support/testServer';

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('Curation that can be undone and explained', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const upsert = (input: Record<string, unknown>) =>
    server.execute<{ upsertEntity: { id: string; name: string; curation: { note: string | null; at: string } | null } }>(
      'mutation ($input: EntityInput!) { upsertEntity(input: $input) { id name curation { note at } } }',
      { input },
    );
  const deleteEntity = (id: string, detach: boolean, note = 'test clean-up') =>
    server.execute<{ deleteEntity: { entityId: string; mentionsRemoved: number; relationshipsRemoved: number; evidenceRemoved: number; curation: { note: string; at: string } } }>(
      'mutation ($id: ID!, $detach: Boolean, $note: String!) { deleteEntity(id: $id, detach: $detach, note: $note) { entityId mentionsRemoved relationshipsRemoved evidenceRemoved curation { note at } } }',
      { id, detach, note },
    );
  const ingest = (title: string, text: string) =>
    server.execute<{ ingestDocument: { document: { id: string }; relationships: number } }>(
      'mutation ($title: String!, $text: String!) { ingestDocument(title: $title, text: $text) { document { id } relationships } }',
      { title, text },
    );
  const deleteDocument = (id: string) => server.execute('mutation ($id: ID!) { deleteDocument(id: $id) { documentId } }', { id });

  it('an entity added through the API is recognised by the next ingest, with no restart, and its note and time come back', async () => {
    const text = 'Kratom can cause zorbleflux in some users.';
    const before = await ingest('Zorbleflux before', text);
    expect(before.data?.ingestDocument.relationships).toBe(0);
    await deleteDocument(before.data!.ingestDocument.document.id);

    const added = await upsert({ id: 'symptom:zorbleflux', kind: 'Symptom', name: 'zorbleflux', note: 'seen in a forum thread' });
    expect(added.errors).toBeUndefined();
    expect(added.data?.upsertEntity.curation?.note).toBe('seen in a forum thread');
    expect(added.data?.upsertEntity.curation?.at).toMatch(ISO_TIMESTAMP);

    const after = await ingest('Zorbleflux after', `${text} `);
    expect(after.errors).toBeUndefined();
    expect(after.data?.ingestDocument.relationships).toBe(1);
    const claim = await server.execute<{ relationship: { origin: string; curation: unknown } }>(
      '{ relationship(id: "substance:kratom|CAUSES|symptom:zorbleflux") { origin curation { note } } }',
    );
    expect(claim.data?.relationship).toEqual({ origin: 'EXTRACTED', curation: null });

    // Still used: refused, nothing removed.
    const refused = await deleteEntity('symptom:zorbleflux', false);
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/still in use: 1 mention\(s\).*1 relationship\(s\).*detach: true/);
    const entity = await server.execute<{ entity: { id: string } | null }>('{ entity(id: "symptom:zorbleflux") { id } }');
    expect(entity.data?.entity?.id).toBe('symptom:zorbleflux');

    const statsBefore = await readStats(server.database);
    const removed = await deleteEntity('symptom:zorbleflux', true, 'a made-up word');
    expect(removed.errors).toBeUndefined();
    expect(removed.data?.deleteEntity).toMatchObject({ mentionsRemoved: 1, relationshipsRemoved: 1, evidenceRemoved: 1, curation: { note: 'a made-up word' } });
    expect(removed.data?.deleteEntity.curation.at).toMatch(ISO_TIMESTAMP);
    const statsAfter = await readStats(server.database);
    expect(statsAfter.entities).toBe(statsBefore.entities - 1);
    expect(statsAfter.relationships).toBe(statsBefore.relationships - 1);
    expect(statsAfter.evidence).toBe(statsBefore.evidence - 1);
    await deleteDocument(after.data!.ingestDocument.document.id);
  });

  it('an entity renamed through the API is recognised under its new alias at the next ingest', async () => {
    const base = await server.execute<{ entity: { name: string; aliases: string[] } }>('{ entity(id: "symptom:tremor") { name aliases } }');
    const { name, aliases } = base.data!.entity;
    const renamed = await upsert({ id: 'symptom:tremor', kind: 'Symptom', name, aliases: [...aliases, 'wibbly legs'], note: 'lay term' });
    expect(renamed.errors).toBeUndefined();
    const report = await ingest('Wibbly legs', 'Kratom can cause wibbly legs in some users.');
    expect(report.data?.ingestDocument.relationships).toBe(1);
    const claim = await server.execute<{ relationship: { id: string } | null }>('{ relationship(id: "substance:kratom|CAUSES|symptom:tremor") { id } }');
    expect(claim.data?.relationship?.id).toBe('substance:kratom|CAUSES|symptom:tremor');
    await deleteDocument(report.data!.ingestDocument.document.id);
    await upsert({ id: 'symptom:tremor', kind: 'Symptom', name, aliases, note: 'test put it back' });
  });

  it('refuses a name or alias that already names another entity', async () => {
    const result = await upsert({ id: 'symptom:dupe', kind: 'Symptom', name: 'Dupe', aliases: ['nausea'] });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('already names symptom:nausea');
  });

  it('a deleted entity stays deleted when the seed runs again; upsertEntity brings it back', async () => {
    await upsert({ id: 'factor:test-only-factor', kind: 'Factor', name: 'test-only factor' });
    expect((await deleteEntity('factor:test-only-factor', false, 'not a factor')).errors).toBeUndefined();
    await runSeed(server.database.withoutTimeouts(), { maxDocumentBytes: 5 * 1024 * 1024, log: () => undefined });
    expect((await server.execute<{ entity: unknown }>('{ entity(id: "factor:test-only-factor") { id } }')).data?.entity).toBeNull();
    const missing = await deleteEntity('factor:test-only-factor', false);
    expect(missing.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const back = await upsert({ id: 'factor:test-only-factor', kind: 'Factor', name: 'test-only factor', note: 'it is one after all' });
    expect(back.data?.upsertEntity.id).toBe('factor:test-only-factor');
    expect((await deleteEntity('factor:test-only-factor', false)).errors).toBeUndefined();
  });

  it('deleteEntity and retractRelationship require a note', async () => {
    const result = await server.execute('mutation { deleteEntity(id: "symptom:nausea", note: "  ") { entityId } }');
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain("'note' must say why");
  });

  it('retracts a curated claim with its note; an extracted one is refused and says to delete its documents', async () => {
    const added = await server.execute<{ addRelationship: { id: string; origin: string; curation: { note: string; at: string } } }>(
      `mutation { addRelationship(input: { type: MITIGATES, sourceId: "strategy:meditation", targetId: "symptom:nausea", note: "from a curator's reading" }) {
          id origin curation { note at } } }`,
    );
    expect(added.errors).toBeUndefined();
    expect(added.data?.addRelationship).toMatchObject({ origin: 'CURATED', curation: { note: "from a curator's reading" } });
    expect(added.data?.addRelationship.curation.at).toMatch(ISO_TIMESTAMP);
    const id = added.data!.addRelationship.id;

    const retracted = await server.execute<{ retractRelationship: { relationshipId: string; removed: boolean; curation: { note: string } } }>(
      'mutation ($id: ID!) { retractRelationship(id: $id, note: "no source says so") { relationshipId removed curation { note at } } }',
      { id },
    );
    expect(retracted.data?.retractRelationship).toMatchObject({ relationshipId: id, removed: true, curation: { note: 'no source says so' } });
    expect((await server.execute<{ relationship: unknown }>('query ($id: ID!) { relationship(id: $id) { id } }', { id })).data?.relationship).toBeNull();

    const extracted = await server.execute(
      'mutation { retractRelationship(id: "substance:kratom|CONTAINS|compound:mitragynine", note: "try") { removed } }',
    );
    expect(extracted.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(extracted.errors?.[0]?.message).toContain('deleteDocument');
  });

  it('retracting a curated claim that documents also assert leaves it, as theirs', async () => {
    const id = 'substance:kratom|CONTAINS|compound:mitragynine';
    await server.execute('mutation { addRelationship(input: { type: CONTAINS, sourceId: "substance:kratom", targetId: "compound:mitragynine", note: "confirmed" }) { id } }');
    const retracted = await server.execute<{ retractRelationship: { removed: boolean } }>(
      'mutation ($id: ID!) { retractRelationship(id: $id, note: "undo") { removed } }',
      { id },
    );
    expect(retracted.data?.retractRelationship.removed).toBe(false);
    const claim = await server.execute<{ relationship: { origin: string; curation: unknown; evidenceCount: number } }>(
      'query ($id: ID!) { relationship(id: $id) { origin curation { note } evidenceCount } }',
      { id },
    );
    expect(claim.data?.relationship).toMatchObject({ origin: 'EXTRACTED', curation: null });
    expect(claim.data?.relationship.evidenceCount).toBeGreaterThan(0);
  });
});
