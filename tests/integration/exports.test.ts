import fs from 'node:fs';
import path from 'node:path';

import { validateXML } from 'xmllint-wasm';

import type { GraphRecord } from '../../src/graph/records';
import { claimsCsv } from '../../src/server/exports/claimsCsv';
import { graphmlDocument } from '../../src/server/exports/graphmlDocument';
import { startTestServer, type TestServer } from '../support/testServer';

const GRAPHML_XSD = { fileName: 'graphml.xsd', contents: fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'graphml', 'graphml.xsd'), 'utf8') };

interface Elements {
  elements: { nodes: { data: GraphRecord['nodes'][number] }[]; edges: { data: GraphRecord['edges'][number] }[] };
  truncated: boolean;
}

/** RFC 4180, strictly: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') {
      if (field !== '') throw new Error(`A quote inside an unquoted field at ${index}`);
      quoted = true;
    } else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else if (character === '\n' || character === '\r') {
      throw new Error(`A bare line break outside quotes at ${index}`);
    } else field += character;
  }
  if (quoted || field !== '' || row.length > 0) throw new Error('The CSV does not end with CRLF after its last record');
  return rows;
}

async function validGraphml(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const result = await validateXML({ xml: { fileName: 'export.graphml', contents: xml }, schema: GRAPHML_XSD });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}

/** Runs an XPath expression over the document with xmllint itself: a real XML parse, not a text search. */
async function xpath(xml: string, expression: string): Promise<string> {
  const result = await validateXML({
    xml: { fileName: 'export.graphml', contents: xml },
    schema: GRAPHML_XSD,
    modifyArguments: (args) => args.map((arg) => (arg === '--noout' ? '--xpath' : arg)).flatMap((arg) => (arg === '--xpath' ? [arg, expression] : [arg])),
  });
  return result.normalized.trim();
}

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function download(file: string, query: string): Promise<{ status: number; type: string; truncated: string | null; body: string }> {
  const response = await fetch(`${server.url}/export/${file}${query}`);
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    truncated: response.headers.get('x-graph-truncated'),
    body: await response.text(),
  };
}

async function allThree(query: string) {
  const [json, graphml, csv] = await Promise.all([download('graph.json', query), download('graph.graphml', query), download('graph.csv', query)]);
  for (const answer of [json, graphml, csv]) expect(answer.status).toBe(200);
  expect(json.type).toMatch(/^application\/json/);
  expect(graphml.type).toMatch(/^application\/graphml\+xml/);
  expect(csv.type).toMatch(/^text\/csv/);
  const elements = JSON.parse(json.body) as Elements;
  const rows = parseCsv(csv.body);
  const nodeIds = (await xpath(graphml.body, "//*[local-name()='node']/@id")).split(/\s+/).filter(Boolean).map((attribute) => attribute.replace(/^id="(.*)"$/, '$1'));
  const graphmlEdges = Number(await xpath(graphml.body, "count(//*[local-name()='edge'])"));
  return { json, graphml, csv, elements, rows, nodeIds, graphmlEdges };
}

describe('GET /export/graph.{json,graphml,csv}', () => {
  it('gives the same subgraph as the subgraph field, in all three formats, agreeing on nodes and edges', async () => {
    const { elements, rows, nodeIds, graphmlEdges, graphml, json } = await allThree('?ids=compound:mitragynine&depth=2');
    const answer = await server.execute<{ subgraph: GraphRecord }>(
      'query { subgraph(ids: ["compound:mitragynine"], depth: 2, limit: 1000) { nodes { id label kind degree } edges { id source target type label evidenceCount stance } truncated } }',
    );
    const graph = answer.data!.subgraph;
    expect(graph.nodes.length).toBeGreaterThan(5);

    expect(elements.elements.nodes.map((node) => node.data)).toEqual(graph.nodes);
    expect(elements.elements.edges.map((edge) => edge.data)).toEqual(graph.edges);
    expect(elements.truncated).toBe(false);
    expect(json.truncated).toBe('false');

    expect(await validGraphml(graphml.body)).toEqual({ valid: true, errors: [] });
    expect(nodeIds).toEqual(graph.nodes.map((node) => node.id));
    expect(graphmlEdges).toBe(graph.edges.length);

    const [header, ...records] = rows;
    // Stance columns since issue 9: where the claim stands and how many sentences affirm, deny and hedge it.
    expect(header).toEqual([
      'source', 'source_name', 'type', 'target', 'target_name', 'stance', 'affirming', 'negating', 'hedged',
      'evidence_count', 'evidence', 'document', 'document_id', 'source_type', 'publisher', 'published',
    ]);
    expect(records).toHaveLength(graph.edges.length);
    const labels = new Map(graph.nodes.map((node) => [node.id, node.label]));
    for (const [record, edge] of records.map((record, index) => [record, graph.edges[index]!] as const)) {
      expect(record).toHaveLength(16);
      expect(record.slice(0, 6)).toEqual([edge.source, labels.get(edge.source), edge.type, edge.target, labels.get(edge.target), edge.stance]);
      expect(Number(record[6]) + Number(record[7])).toBe(edge.evidenceCount);
      expect(record[9]).toBe(String(edge.evidenceCount));
      if (edge.evidenceCount > 0) expect(record[10]!.length).toBeGreaterThan(0);
    }
  });

  it('puts each claim\'s quoted sentences and documents in its CSV row, quoted so they survive commas and line breaks', async () => {
    const { rows } = await allThree('?ids=compound:mitragynine&depth=1');
    const records = rows.slice(1);
    const withEvidence = records.filter((record) => record[9] !== '0');
    expect(withEvidence.length).toBeGreaterThan(0);
    // The corpus's sentences have commas in them: without quoting, these rows would fall apart above.
    expect(withEvidence.some((record) => record[10]!.includes(','))).toBe(true);
    for (const record of withEvidence.slice(0, 5)) {
      const id = `${record[0]}|${record[2]}|${record[3]}`;
      const answer = await server.execute<{ relationship: { evidence: { quote: string; document: { id: string; title: string; sourceType: string; publisher: string | null; published: string | null } }[] } }>(
        'query ($id: ID!) { relationship(id: $id) { evidence(first: 20) { quote document { id title sourceType publisher published } } } }',
        { id },
      );
      const evidence = answer.data!.relationship.evidence;
      const documents = [...new Map(evidence.map((item) => [item.document.id, item.document])).values()];
      expect(record[10]).toBe(evidence.map((item) => item.quote).join('\n'));
      // Who says it: one line per document, beside its title (the seeded article's sidecar says BLOG).
      expect(record[13]).toBe(documents.map((document) => document.sourceType).join('\n'));
      expect(record[13]).toMatch(/BLOG/);
      expect(record[14]).toBe(documents.map((document) => document.publisher ?? '').join('\n'));
      expect(record[15]).toBe(documents.map((document) => document.published ?? '').join('\n'));
      expect(record[11]).toBe([...new Set(evidence.map((item) => item.document.title))].join('\n'));
      expect(record[12]).toBe([...new Set(evidence.map((item) => item.document.id))].join('\n'));
    }
  });

  it('without ids exports the whole graph, and cuts it at limit, saying so in all three', async () => {
    const stats = await server.execute<{ stats: { entities: number; relationships: number } }>('query { stats { entities relationships } }');
    const whole = await allThree('');
    expect(whole.elements.elements.nodes).toHaveLength(stats.data!.stats.entities);
    expect(whole.elements.elements.edges).toHaveLength(stats.data!.stats.relationships);
    expect(whole.nodeIds).toHaveLength(stats.data!.stats.entities);
    expect(whole.graphmlEdges).toBe(stats.data!.stats.relationships);
    expect(whole.rows).toHaveLength(stats.data!.stats.relationships + 1);
    expect(await validGraphml(whole.graphml.body)).toEqual({ valid: true, errors: [] });

    const cut = await allThree('?limit=5');
    expect(cut.elements.elements.nodes).toHaveLength(5);
    expect(cut.elements.truncated).toBe(true);
    for (const answer of [cut.json, cut.graphml, cut.csv]) expect(answer.truncated).toBe('true');
    expect(cut.nodeIds).toEqual(cut.elements.elements.nodes.map((node) => node.data.id));
    expect(cut.graphmlEdges).toBe(cut.elements.elements.edges.length);
    expect(cut.rows).toHaveLength(cut.elements.elements.edges.length + 1);
  });

  it('filters by kind, in any case', async () => {
    const { elements, nodeIds, rows } = await allThree('?kinds=compound,Receptor');
    const kinds = new Set(elements.elements.nodes.map((node) => node.data.kind));
    expect([...kinds].sort()).toEqual(['Compound', 'Receptor']);
    expect(nodeIds).toHaveLength(elements.elements.nodes.length);
    expect(rows).toHaveLength(elements.elements.edges.length + 1);
    // Between compounds and receptors: claims of action, and the receptor hierarchy (SUBTYPE_OF, issue 10).
    expect(new Set(elements.elements.edges.map((edge) => edge.data.type))).toEqual(new Set(['ACTS_ON', 'SUBTYPE_OF']));
  });

  it.each([
    ['?depth=9', /'depth' must be an integer from 0 to 3; got '9'/],
    ['?depth=one', /'depth' must be an integer/],
    ['?limit=0', /'limit' must be an integer from 1 to 1000/],
    ['?limit=2.5', /'limit' must be an integer/],
    ['?kinds=Banana', /Unknown kind 'Banana'/],
    ['?ids=', /'ids' must hold 1 to 100/],
    ['?ids=a&ids=b', /'ids' must be given once/],
    ['?colour=red', /Unknown parameter\(s\) 'colour'/],
  ])('answers %s with 400 and a JSON error that says what is wrong', async (query, message) => {
    for (const file of ['graph.json', 'graph.graphml', 'graph.csv']) {
      const response = await fetch(`${server.url}/export/${file}${query}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0]!.message).toMatch(message);
    }
  });

  it('answers an unknown export with 404', async () => {
    expect((await fetch(`${server.url}/export/graph.xlsx`)).status).toBe(404);
    expect((await fetch(`${server.url}/export/constructor`)).status).toBe(404);
  });
});

describe('export formats, on awkward text', () => {
  const graph: GraphRecord = {
    nodes: [
      { id: 'compound:a', label: 'A "quoted" <name> & co, ltd', kind: 'Compound', degree: 1 },
      { id: 'receptor:b', label: '=SUM(1,2)', kind: 'Receptor', degree: 1 },
    ],
    edges: [
      {
        id: 'compound:a|ACTS_ON|receptor:b',
        source: 'compound:a',
        target: 'receptor:b',
        type: 'ACTS_ON',
        label: 'acts on',
        evidenceCount: 2,
        stance: 'CONTESTED',
        support: { affirming: 1, negating: 1, hedged: 0, documents: 2 },
      },
    ],
    truncated: false,
  };

  it('GraphML escapes markup and stays valid', async () => {
    const xml = graphmlDocument(graph);
    expect(await validGraphml(xml)).toEqual({ valid: true, errors: [] });
    expect(await xpath(xml, "string(//*[local-name()='node'][1]/*[local-name()='data'][@key='label'])")).toBe(graph.nodes[0]!.label);
  });

  it('the schema rejects an edge to an undeclared node and data under an undeclared key', async () => {
    const broken = graphmlDocument(graph).replace('target="receptor:b"', 'target="receptor:missing"');
    expect((await validGraphml(broken)).valid).toBe(false);
    const undeclared = graphmlDocument(graph).replace('<data key="kind">', '<data key="colour">');
    expect((await validGraphml(undeclared)).valid).toBe(false);
  });

  it('CSV quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    const quotes = new Map([
      ['compound:a|ACTS_ON|receptor:b', [
        { quote: 'It binds, "strongly".', documentId: 'doc-1', documentTitle: 'Doc, one', sourceType: 'PEER_REVIEWED', publisher: 'Journal, of Examples', published: '2024-05-01' },
        { quote: 'Second line.', documentId: 'doc-1', documentTitle: 'Doc, one', sourceType: 'PEER_REVIEWED', publisher: 'Journal, of Examples', published: '2024-05-01' },
      ]],
    ]);
    const rows = parseCsv(claimsCsv(graph, quotes));
    expect(rows[1]).toEqual([
      'compound:a', 'A "quoted" <name> & co, ltd', 'ACTS_ON', 'receptor:b', "'=SUM(1,2)", 'CONTESTED', '1', '1', '0', '2',
      'It binds, "strongly".\nSecond line.', 'Doc, one', 'doc-1', 'PEER_REVIEWED', 'Journal, of Examples', '2024-05-01',
    ]);
  });
});
