import { readStats } from '../../src/graph/readStats';
import { startTestServer, type TestServer } from '../support/testServer';

const REVIEW = `Mitragynine is the main alkaloid of kratom.
Kratom can cause constipation in regular users.`;

interface Evidence {
  quote: string;
  document: { id: string; publisher: string | null; sourceType: string; published: string | null; url: string | null; author: string | null };
}

describe('Documents with provenance, filtered by source type', () => {
  let server: TestServer;
  let reviewId: string;
  beforeAll(async () => {
    server = await startTestServer();
    const result = await server.execute<{ ingestDocument: { document: { id: string } } }>(
      `mutation ($text: String!) {
        ingestDocument(title: "A review of kratom alkaloids", text: $text, url: "https://journal.example/kratom-review",
          publisher: "Journal of Examples", author: "A. Author", published: "2024-05-01", sourceType: PEER_REVIEWED) {
          document { id }
        }
      }`,
      { text: REVIEW },
    );
    expect(result.errors).toBeUndefined();
    reviewId = result.data!.ingestDocument.document.id;
  });
  afterAll(async () => {
    await server.execute('mutation ($id: ID!) { deleteDocument(id: $id) { documentId } }', { id: reviewId });
    await server.close();
  });

  it('stores and returns url, publisher, author, published and sourceType', async () => {
    const result = await server.execute<{ document: Record<string, unknown> }>(
      'query ($id: ID!) { document(id: $id) { url publisher author published sourceType } }',
      { id: reviewId },
    );
    expect(result.data?.document).toEqual({
      url: 'https://journal.example/kratom-review',
      publisher: 'Journal of Examples',
      author: 'A. Author',
      published: '2024-05-01',
      sourceType: 'PEER_REVIEWED',
    });
  });

  it('the seeded corpus document carries the source type its sidecar gives', async () => {
    const result = await server.execute<{ document: { sourceType: string } }>(
      '{ document(id: "document:kratom-opioid-withdrawal") { sourceType } }',
    );
    expect(result.data?.document.sourceType).toBe('BLOG');
  });

  it('filters relationships and evidence by source type', async () => {
    const filtered = await server.execute<{ relationships: { totalCount: number; nodes: { id: string; evidence: Evidence[] }[] } }>(
      `{ relationships(where: { sourceTypes: [PEER_REVIEWED, CLINICAL_GUIDELINE] }, first: 50) {
          totalCount nodes { id evidence(sourceTypes: [PEER_REVIEWED, CLINICAL_GUIDELINE]) { quote document { id publisher sourceType published url author } } }
        } }`,
    );
    expect(filtered.errors).toBeUndefined();
    const page = filtered.data!.relationships;
    expect(page.totalCount).toBeGreaterThanOrEqual(1);
    expect(page.totalCount).toBe(page.nodes.length);
    for (const node of page.nodes) {
      expect(node.evidence.length).toBeGreaterThan(0);
      for (const evidence of node.evidence) {
        expect(evidence.document).toMatchObject({ id: reviewId, publisher: 'Journal of Examples', sourceType: 'PEER_REVIEWED', published: '2024-05-01' });
      }
    }
    // The same claim asserted by the blog too: unfiltered it shows both, filtered only the review.
    const both = await server.execute<{ relationship: { all: Evidence[]; blogs: Evidence[]; reviews: Evidence[] } }>(
      `{ relationship(id: "substance:kratom|CONTAINS|compound:mitragynine") {
          all: evidence { quote document { id publisher sourceType published url author } }
          blogs: evidence(sourceTypes: [BLOG]) { quote document { id publisher sourceType published url author } }
          reviews: evidence(sourceTypes: [PEER_REVIEWED]) { quote document { id publisher sourceType published url author } }
        } }`,
    );
    const claim = both.data!.relationship;
    expect(claim.reviews.map((evidence) => evidence.document.id)).toEqual([reviewId]);
    expect(claim.blogs.every((evidence) => evidence.document.sourceType === 'BLOG')).toBe(true);
    expect(claim.blogs.length).toBeGreaterThan(0);
    expect(claim.all).toHaveLength(claim.blogs.length + claim.reviews.length);
  });

  it.each([
    ['a date that is not YYYY-MM-DD', 'published: "May 2024"', "'published' must be a date"],
    ['a date that does not exist', 'published: "2024-02-30"', "'published' must be a date"],
    ['a url that is not http(s)', 'url: "javascript:alert(1)"', "'url' must be an absolute http(s) URL"],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_name, argument, message) => {
    const before = await readStats(server.database);
    const result = await server.execute(`mutation { ingestDocument(title: "Bad provenance", text: "Kratom contains mitragynine.", ${argument}) { created } }`);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain(message);
    expect(await readStats(server.database)).toEqual(before);
  });

  it('an unknown source type is refused by the schema', async () => {
    const result = await server.execute('mutation { ingestDocument(title: "x", text: "Kratom.", sourceType: MAGAZINE) { created } }');
    expect(result.errors?.[0]?.message).toMatch(/MAGAZINE/);
  });
});
