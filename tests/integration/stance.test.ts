import { applySchema } from '../../src/graph/applySchema';
import { deleteDocument } from '../../src/graph/curationRepository';
import { storeDocument } from '../../src/graph/storeDocument';
import { reportOf } from '../../src/ingestion/ingestDocument';
import { handMadeDocument } from '../support/handMadeDocument';
import { startTestServer, type TestServer } from '../support/testServer';

interface RelationshipView {
  stance: string;
  action: string | null;
  support: { affirming: number; negating: number; hedged: number; documents: number };
  actions: { action: string; affirming: number; negating: number; curated: boolean }[];
  asserts: { quote: string; polarity: string; certainty: string; action: string | null; document: { id: string } }[];
  denies: { quote: string; polarity: string; certainty: string; action: string | null; document: { id: string } }[];
}

const RELATIONSHIP = `query ($id: ID!) {
  relationship(id: $id) {
    stance action support { affirming negating hedged documents } actions { action affirming negating curated }
    asserts: evidence(polarity: AFFIRMED) { quote polarity certainty action document { id } }
    denies: evidence(polarity: NEGATED) { quote polarity certainty action document { id } }
  }
}`;

// Two sources that disagree on mitragynine at the kappa-opioid receptor, as the new extractor will
// read them; stored by hand so this test does not wait for it.
const KAPPA = 'compound:mitragynine|ACTS_ON|receptor:kappa-opioid-receptor';
const AFFIRMS = handMadeDocument('document:stance-affirms', 'A source that affirms', [
  {
    text: 'Mitragynine is a partial agonist at the kappa-opioid receptor.',
    claim: { type: 'ACTS_ON', sourceId: 'compound:mitragynine', targetId: 'receptor:kappa-opioid-receptor', action: 'partial agonist' },
  },
]);
const DENIES = handMadeDocument('document:stance-denies', 'A source that denies', [
  {
    text: 'Contrary to popular belief, mitragynine is not an antagonist at the kappa-opioid receptor.',
    claim: {
      type: 'ACTS_ON',
      sourceId: 'compound:mitragynine',
      targetId: 'receptor:kappa-opioid-receptor',
      polarity: 'NEGATED',
      action: 'antagonist',
    },
  },
]);

// A claim only denied, and a hedged one, to see what traversal follows.
const DENIED_ONLY = handMadeDocument('document:stance-denied-only', 'Denials and hedges', [
  {
    text: 'Loperamide does not relieve yawning.',
    claim: { type: 'RELIEVES', sourceId: 'substance:loperamide', targetId: 'symptom:yawning', polarity: 'NEGATED' },
  },
  {
    text: 'Loperamide may possibly ease diarrhoea.',
    claim: { type: 'RELIEVES', sourceId: 'substance:loperamide', targetId: 'symptom:diarrhoea', certainty: 'HEDGED' },
  },
]);
const YAWNING = 'substance:loperamide|RELIEVES|symptom:yawning';
const DIARRHOEA = 'substance:loperamide|RELIEVES|symptom:diarrhoea';

describe('Stance: sentences that affirm and deny one relationship', () => {
  let server: TestServer;
  const read = async (id: string) => {
    const answer = await server.execute<{ relationship: RelationshipView | null }>(RELATIONSHIP, { id });
    expect(answer.errors).toBeUndefined();
    return answer.data!.relationship;
  };
  const deleteThroughApi = async (id: string) => {
    const answer = await server.execute('mutation ($id: ID!) { deleteDocument(id: $id) { documentId } }', { id });
    expect(answer.errors).toBeUndefined();
  };

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    for (const { document } of [AFFIRMS, DENIES, DENIED_ONLY]) await deleteDocument(server.database, document.id);
    // The curator's relationship has no document to go with; the other test files expect the seeded graph.
    await server.database.write('MATCH (:Entity)-[r:ACTS_ON {id: $id}]->(:Entity) DELETE r', { id: KAPPA });
    await server.close();
  });

  it('two documents that disagree make the relationship CONTESTED, with both sentences and both actions', async () => {
    expect(await read(KAPPA)).toBeNull();
    await storeDocument(server.database, AFFIRMS.document, AFFIRMS.extraction);
    await storeDocument(server.database, DENIES.document, DENIES.extraction);

    const relationship = await read(KAPPA);
    expect(relationship).toMatchObject({
      stance: 'CONTESTED',
      support: { affirming: 1, negating: 1, hedged: 0, documents: 2 },
      action: 'partial agonist',
    });
    expect(relationship!.actions).toEqual([
      { action: 'partial agonist', affirming: 1, negating: 0, curated: false },
      { action: 'antagonist', affirming: 0, negating: 1, curated: false },
    ]);
    expect(relationship!.asserts).toEqual([
      { quote: AFFIRMS.document.text, polarity: 'AFFIRMED', certainty: 'ASSERTED', action: 'partial agonist', document: { id: AFFIRMS.document.id } },
    ]);
    expect(relationship!.denies).toEqual([
      { quote: DENIES.document.text, polarity: 'NEGATED', certainty: 'ASSERTED', action: 'antagonist', document: { id: DENIES.document.id } },
    ]);

    const contested = await server.execute<{ relationships: { nodes: { id: string; stance: string }[] } }>(
      '{ relationships(where: { stance: [CONTESTED] }, first: 100) { nodes { id stance } } }',
    );
    expect(contested.data!.relationships.nodes).toContainEqual({ id: KAPPA, stance: 'CONTESTED' });
    expect(new Set(contested.data!.relationships.nodes.map((node) => node.stance))).toEqual(new Set(['CONTESTED']));
  });

  it('deleting the affirming document leaves it DENIED, with only the denied action and no leading action', async () => {
    await deleteThroughApi(AFFIRMS.document.id);
    const relationship = await read(KAPPA);
    expect(relationship).toMatchObject({ stance: 'DENIED', support: { affirming: 0, negating: 1, hedged: 0, documents: 1 }, action: null });
    expect(relationship!.actions).toEqual([{ action: 'antagonist', affirming: 0, negating: 1, curated: false }]);
    expect(relationship!.asserts).toEqual([]);
  });

  it('deleting the denying one instead leaves it SUPPORTED with the affirmed action; deleting both removes it', async () => {
    await storeDocument(server.database, AFFIRMS.document, AFFIRMS.extraction);
    expect((await read(KAPPA))!.stance).toBe('CONTESTED');
    await deleteThroughApi(DENIES.document.id);
    const relationship = await read(KAPPA);
    expect(relationship).toMatchObject({ stance: 'SUPPORTED', support: { affirming: 1, negating: 0, documents: 1 }, action: 'partial agonist' });
    expect(relationship!.actions).toEqual([{ action: 'partial agonist', affirming: 1, negating: 0, curated: false }]);
    await deleteThroughApi(AFFIRMS.document.id);
    expect(await read(KAPPA)).toBeNull();
  });

  it('a hedged-only claim is HEDGED; a curator asserting a denied claim makes it CONTESTED, with the curator\'s action', async () => {
    await storeDocument(server.database, DENIED_ONLY.document, DENIED_ONLY.extraction);
    expect(await read(DIARRHOEA)).toMatchObject({ stance: 'HEDGED', support: { affirming: 1, negating: 0, hedged: 1 } });
    expect(await read(YAWNING)).toMatchObject({ stance: 'DENIED', support: { affirming: 0, negating: 1 } });

    await storeDocument(server.database, DENIES.document, DENIES.extraction);
    const curated = await server.execute<{ addRelationship: { stance: string; action: string; actions: { action: string; curated: boolean }[] } }>(
      `mutation { addRelationship(input: { type: ACTS_ON, sourceId: "compound:mitragynine", targetId: "receptor:kappa-opioid-receptor", action: "agonist" }) {
        stance action actions { action curated } } }`,
    );
    expect(curated.errors).toBeUndefined();
    expect(curated.data!.addRelationship).toEqual({
      stance: 'CONTESTED',
      action: 'agonist',
      actions: [
        { action: 'agonist', curated: true },
        { action: 'antagonist', curated: false },
      ],
    });
  });
});

describe('Traversal follows affirmed relationships unless asked for denied ones', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await storeDocument(server.database, DENIED_ONLY.document, DENIED_ONLY.extraction);
  });
  afterAll(async () => {
    await deleteDocument(server.database, DENIED_ONLY.document.id);
    await server.close();
  });

  it('paths skip a DENIED edge by default and walk it with includeDenied', async () => {
    const query = `query ($includeDenied: Boolean) {
      paths(from: "substance:loperamide", to: "symptom:yawning", maxHops: 1, includeDenied: $includeDenied) {
        paths { relationships { id stance } } graph { edges { id stance } }
      }
    }`;
    const byDefault = await server.execute<{ paths: { paths: unknown[] } }>(query, {});
    expect(byDefault.errors).toBeUndefined();
    expect(byDefault.data!.paths.paths).toEqual([]);
    const withDenied = await server.execute<{ paths: { paths: { relationships: unknown[] }[]; graph: { edges: unknown[] } } }>(query, { includeDenied: true });
    expect(withDenied.data!.paths.paths).toEqual([{ relationships: [{ id: YAWNING, stance: 'DENIED' }] }]);
    expect(withDenied.data!.paths.graph.edges).toEqual([{ id: YAWNING, stance: 'DENIED' }]);
  });

  it('subgraph and neighborhood draw a DENIED edge only with includeDenied; a HEDGED one always, with its stance', async () => {
    const query = `query ($includeDenied: Boolean) {
      subgraph(ids: ["substance:loperamide"], depth: 1, includeDenied: $includeDenied) { edges { id stance } }
      entity(id: "substance:loperamide") { neighborhood(includeDenied: $includeDenied) { edges { id stance } } }
    }`;
    type Drawings = { subgraph: { edges: { id: string; stance: string }[] }; entity: { neighborhood: { edges: { id: string }[] } } };
    const byDefault = (await server.execute<Drawings>(query, {})).data!;
    expect(byDefault.subgraph.edges).toContainEqual({ id: DIARRHOEA, stance: 'HEDGED' });
    expect(byDefault.subgraph.edges.map((edge) => edge.id)).not.toContain(YAWNING);
    expect(byDefault.entity.neighborhood.edges.map((edge) => edge.id)).not.toContain(YAWNING);
    const withDenied = (await server.execute<Drawings>(query, { includeDenied: true })).data!;
    expect(withDenied.subgraph.edges).toContainEqual({ id: YAWNING, stance: 'DENIED' });
    expect(withDenied.entity.neighborhood.edges.map((edge) => edge.id)).toContain(YAWNING);
  });

  it('domain fields name what sources affirm, and the denied too with includeDenied; relationships lists every stance', async () => {
    const answer = await server.execute<{
      loperamide: { relieves: { id: string }[]; all: { id: string }[]; relationships: { id: string }[]; denied: { id: string }[] };
      yawning: { relievedBy: { id: string }[] };
    }>(`{
      loperamide: entity(id: "substance:loperamide") {
        ... on Substance { relieves { id } all: relieves(includeDenied: true) { id } }
        relationships(types: [RELIEVES]) { id }
        denied: relationships(stance: [DENIED]) { id }
      }
      yawning: entity(id: "symptom:yawning") { ... on Symptom { relievedBy { id } } }
    }`);
    expect(answer.errors).toBeUndefined();
    const { loperamide, yawning } = answer.data!;
    expect(loperamide.relieves.map((entity) => entity.id)).toContain('symptom:diarrhoea');
    expect(loperamide.relieves.map((entity) => entity.id)).not.toContain('symptom:yawning');
    expect(loperamide.all.map((entity) => entity.id)).toEqual(expect.arrayContaining(['symptom:diarrhoea', 'symptom:yawning']));
    expect(loperamide.relationships.map((relationship) => relationship.id)).toEqual(expect.arrayContaining([YAWNING, DIARRHOEA]));
    expect(loperamide.denied.map((relationship) => relationship.id)).toEqual([YAWNING]);
    expect(yawning.relievedBy.map((entity) => entity.id)).not.toContain('substance:loperamide');
  });

  it('exports carry the stance: CSV columns, a GraphML attribute and the Cytoscape JSON field; denied only with includeDenied', async () => {
    const base = `${server.url}/export/graph`;
    const ids = 'ids=substance:loperamide&depth=1';
    const json = (await (await fetch(`${base}.json?${ids}&includeDenied=true`)).json()) as { elements: { edges: { data: { id: string; stance: string } }[] } };
    expect(json.elements.edges.map((edge) => edge.data)).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: YAWNING, stance: 'DENIED' }), expect.objectContaining({ id: DIARRHOEA, stance: 'HEDGED' })]),
    );
    const byDefault = (await (await fetch(`${base}.json?${ids}`)).json()) as typeof json;
    expect(byDefault.elements.edges.map((edge) => edge.data.id)).not.toContain(YAWNING);

    const csv = await (await fetch(`${base}.csv?${ids}&includeDenied=true`)).text();
    const [header, ...rows] = csv.trim().split('\r\n');
    expect(header!.split(',').slice(5, 9)).toEqual(['stance', 'affirming', 'negating', 'hedged']);
    expect(rows.find((row) => row.startsWith('substance:loperamide,loperamide,RELIEVES,symptom:yawning,'))).toMatch(/,DENIED,0,1,0,1,/);
    expect(rows.find((row) => row.startsWith('substance:loperamide,loperamide,RELIEVES,symptom:diarrhoea,'))).toMatch(/,HEDGED,1,0,1,1,/);

    const graphml = await (await fetch(`${base}.graphml?${ids}&includeDenied=true`)).text();
    expect(graphml).toContain('<key id="stance" for="edge" attr.name="stance" attr.type="string"/>');
    expect(graphml).toMatch(/<data key="relationshipId">substance:loperamide\|RELIEVES\|symptom:yawning<\/data>.*<data key="stance">DENIED<\/data>/);

    const refused = await fetch(`${base}.json?${ids}&includeDenied=maybe`);
    expect(refused.status).toBe(400);
  });
});

describe('Provisional entities', () => {
  let server: TestServer;
  const entity = async (id: string) => {
    const answer = await server.execute<{ entity: { id: string; name: string; kind: string; provisional: boolean } | null }>(
      'query ($id: ID!) { entity(id: $id) { id name kind provisional } }',
      { id },
    );
    return answer.data!.entity;
  };
  const DOCUMENT = handMadeDocument(
    'document:stance-provisional',
    'A medicine the vocabulary lacks',
    [
      { text: 'Zylofrex relieves anxiety.', claim: { type: 'RELIEVES', sourceId: 'substance:zylofrex', targetId: 'symptom:anxiety' } },
      { text: 'Mitragynine relieves anxiety too.', claim: { type: 'RELIEVES', sourceId: 'compound:mitragynine', targetId: 'symptom:anxiety' } },
    ],
    [
      { id: 'substance:zylofrex', kind: 'Substance', name: 'Zylofrex' },
      // The same id as a curated entity: it must stay as the curator wrote it.
      { id: 'compound:mitragynine', kind: 'Compound', name: 'not the curated name' },
    ],
  );

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await deleteDocument(server.database, DOCUMENT.document.id);
    await server.database.write("MATCH (n:Entity {id: 'substance:zylofrex'}) DETACH DELETE n");
    await server.close();
  });

  it('are stored as provisional with their claim, never over a curated entity, and go with their only document', async () => {
    await storeDocument(server.database, DOCUMENT.document, DOCUMENT.extraction);
    expect(await entity('substance:zylofrex')).toEqual({ id: 'substance:zylofrex', name: 'Zylofrex', kind: 'Substance', provisional: true });
    expect(await entity('compound:mitragynine')).toEqual({ id: 'compound:mitragynine', name: 'mitragynine', kind: 'Compound', provisional: false });
    const claim = await server.execute<{ relationship: { stance: string; source: { provisional: boolean } } }>(
      '{ relationship(id: "substance:zylofrex|RELIEVES|symptom:anxiety") { stance source { provisional } } }',
    );
    expect(claim.data!.relationship).toEqual({ stance: 'SUPPORTED', source: { provisional: true } });

    await deleteDocument(server.database, DOCUMENT.document.id);
    expect(await entity('substance:zylofrex')).toBeNull();
    expect(await entity('compound:mitragynine')).not.toBeNull();
  });

  it('a curator accepts one with upsertEntity, and it then outlives its document', async () => {
    await storeDocument(server.database, DOCUMENT.document, DOCUMENT.extraction);
    const accepted = await server.execute<{ upsertEntity: { provisional: boolean; name: string } }>(
      'mutation { upsertEntity(input: { id: "substance:zylofrex", kind: Substance, name: "zylofrex", description: "A test medicine." }) { provisional name } }',
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.upsertEntity).toEqual({ provisional: false, name: 'zylofrex' });
    await deleteDocument(server.database, DOCUMENT.document.id);
    expect(await entity('substance:zylofrex')).toMatchObject({ provisional: false });
  });

  it('the ingest report counts denied claims and provisional entities', () => {
    expect(reportOf({ ...DENIED_ONLY.extraction, provisional: DOCUMENT.extraction.provisional })).toMatchObject({
      relationships: 2,
      denied: 1,
      evidence: 2,
      provisional: 2,
    });
  });
});

describe('The receptor hierarchy (SUBTYPE_OF from the vocabulary)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('links mu, delta and kappa to opioid receptors as curated, SUPPORTED relationships', async () => {
    const answer = await server.execute<{
      family: { subtypes: { id: string }[] };
      mu: { subtypeOf: { id: string }[]; relationships: { type: string; origin: string; stance: string; evidenceCount: number }[] };
    }>(`{
      family: entity(id: "receptor:opioid-receptors") { ... on Receptor { subtypes { id } } }
      mu: entity(id: "receptor:mu-opioid-receptor") {
        ... on Receptor { subtypeOf { id } }
        relationships(types: [SUBTYPE_OF]) { type origin stance evidenceCount }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.family.subtypes.map((entity) => entity.id).sort()).toEqual(
      ['receptor:delta-opioid-receptor', 'receptor:kappa-opioid-receptor', 'receptor:mu-opioid-receptor', 'receptor:nociceptin-receptor'],
    );
    expect(answer.data!.mu.subtypeOf).toEqual([{ id: 'receptor:opioid-receptors' }]);
    expect(answer.data!.mu.relationships).toEqual([{ type: 'SUBTYPE_OF', origin: 'CURATED', stance: 'SUPPORTED', evidenceCount: 0 }]);
  });

  it('paths(kratom → mu-opioid receptor) reaches it through a claim about opioid receptors', async () => {
    const answer = await server.execute<{ paths: { paths: { nodes: { id: string }[]; relationships: { type: string }[] }[] } }>(
      '{ paths(from: "substance:kratom", to: "receptor:mu-opioid-receptor") { paths { nodes { id } relationships { type } } } }',
    );
    expect(answer.errors).toBeUndefined();
    const paths = answer.data!.paths.paths;
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.nodes.at(-2)?.id).toBe('receptor:opioid-receptors');
      expect(path.relationships.at(-1)?.type).toBe('SUBTYPE_OF');
      expect(path.relationships.at(-2)?.type).toBe('ACTS_ON');
    }
  });
});

describe('Older graphs', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await deleteDocument(server.database, 'document:stance-old');
    await server.close();
  });

  it('get stance at applySchema: sentences without one are affirmed and asserted, a relationship action moves to its only sentence', async () => {
    // A graph as the previous version wrote it: no polarity on the evidence, the action on the relationship,
    // and no record of any back-fill.
    await server.database.write('MATCH (m:GraphSchema) DELETE m');
    await server.database.write(`
      CREATE (d:Document {id: 'document:stance-old', title: 'Old', checksum: 'old-checksum', text: 'Naloxone blocks the delta-opioid receptor.'})
      CREATE (d)-[:HAS_PASSAGE]->(p:Passage {id: 'document:stance-old#0', index: 0, start: 0, end: 42, text: 'Naloxone blocks the delta-opioid receptor.'})
      WITH p
      MATCH (s:Entity {id: 'substance:naloxone'}), (t:Entity {id: 'receptor:delta-opioid-receptor'})
      CREATE (s)-[:ACTS_ON {id: 'substance:naloxone|ACTS_ON|receptor:delta-opioid-receptor', curated: false, action: 'antagonist'}]->(t)
      CREATE (p)-[:ASSERTS]->(:Evidence {id: 'old-evidence', relationshipId: 'substance:naloxone|ACTS_ON|receptor:delta-opioid-receptor',
        documentId: 'document:stance-old', passageId: 'document:stance-old#0', quote: 'Naloxone blocks the delta-opioid receptor.', start: 0, end: 42})`);
    await applySchema(server.database);
    const answer = await server.execute<{ relationship: { stance: string; action: string; evidence: { polarity: string; certainty: string; action: string }[] } }>(
      '{ relationship(id: "substance:naloxone|ACTS_ON|receptor:delta-opioid-receptor") { stance action evidence { polarity certainty action } } }',
    );
    expect(answer.data!.relationship).toEqual({
      stance: 'SUPPORTED',
      action: 'antagonist',
      evidence: [{ polarity: 'AFFIRMED', certainty: 'ASSERTED', action: 'antagonist' }],
    });
  });

  it('back-fills a graph once: a graph that records its back-fills is not scanned again, one that does not is', async () => {
    const searchTextOf = async () =>
      (await server.database.read<{ searchText: string | null }>("MATCH (n:Entity {id: 'substance:naloxone'}) RETURN n.searchText AS searchText"))[0]?.searchText;
    const before = await searchTextOf();
    expect(before).toContain('naloxone');
    await server.database.write("MATCH (n:Entity {id: 'substance:naloxone'}) REMOVE n.searchText");
    await applySchema(server.database);
    expect(await searchTextOf()).toBeNull();
    await server.database.write('MATCH (m:GraphSchema) DELETE m');
    await applySchema(server.database);
    expect(await searchTextOf()).toBe(before);
  });
});

describe('Through the API, with the extractor of today', () => {
  let server: TestServer;
  const ingested: string[] = [];
  const ingest = async (title: string, text: string) => {
    const answer = await server.execute<{ ingestDocument: { document: { id: string }; relationships: number; denied: number } }>(
      'mutation ($title: String!, $text: String!) { ingestDocument(title: $title, text: $text) { document { id } relationships denied } }',
      { title, text },
    );
    expect(answer.errors).toBeUndefined();
    ingested.push(answer.data!.ingestDocument.document.id);
    return answer.data!.ingestDocument;
  };
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    for (const id of ingested) await deleteDocument(server.database, id);
    await server.close();
  });

  // Sentences today's extractor reads (both affirm, with different actions): the action belongs to
  // each sentence, so deleting one document leaves the other's action, not a stale one.
  it('two documents naming different actions keep both; deleting one leaves the other\'s', async () => {
    const first = await ingest('Stance test: partial agonist', 'Mitragynine acts as a partial agonist at the delta-opioid receptor.');
    await ingest('Stance test: antagonist', 'Mitragynine acts as an antagonist at the delta-opioid receptor.');
    const query = '{ relationship(id: "compound:mitragynine|ACTS_ON|receptor:delta-opioid-receptor") { stance actions { action affirming } evidence { action } } }';
    const both = await server.execute<{ relationship: { stance: string; actions: { action: string; affirming: number }[] } }>(query);
    expect(both.data!.relationship.stance).toBe('SUPPORTED');
    expect(both.data!.relationship.actions).toEqual(
      expect.arrayContaining([
        { action: 'partial agonist', affirming: 1 },
        { action: 'antagonist', affirming: 1 },
      ]),
    );
    await server.execute('mutation ($id: ID!) { deleteDocument(id: $id) { documentId } }', { id: first.document.id });
    const left = await server.execute<{ relationship: { stance: string; actions: unknown[]; evidence: unknown[] } }>(query);
    expect(left.data!.relationship).toEqual({ stance: 'SUPPORTED', actions: [{ action: 'antagonist', affirming: 1 }], evidence: [{ action: 'antagonist' }] });
  });

  // The full disagreement through ingestDocument: the extractor reads the denial as NEGATED.
  const DENIAL = 'Kratom does not relieve nausea.';
  it('two ingested documents that disagree make a CONTESTED relationship, and deleting one settles it', async () => {
    const affirming = await ingest('Stance test: relieves', 'Kratom relieves nausea.');
    const denying = await ingest('Stance test: does not relieve', DENIAL);
    expect(denying.denied).toBe(1);
    const query = '{ relationship(id: "substance:kratom|RELIEVES|symptom:nausea") { stance evidence(polarity: NEGATED) { quote } } }';
    const contested = await server.execute<{ relationship: { stance: string; evidence: { quote: string }[] } }>(query);
    expect(contested.data!.relationship).toEqual({ stance: 'CONTESTED', evidence: [{ quote: DENIAL }] });
    await server.execute('mutation ($id: ID!) { deleteDocument(id: $id) { documentId } }', { id: affirming.document.id });
    const settled = await server.execute<{ relationship: { stance: string; evidence: { quote: string }[] } | null }>(query);
    expect(settled.data!.relationship).toEqual({ stance: 'DENIED', evidence: [{ quote: DENIAL }] });
  });
});
