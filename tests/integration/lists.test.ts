import { startTestServer, type TestServer } from '../support/testServer';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { id: string; name: string }[];
}

describe('Lists: cursor pages, filters, sorting, documents', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const SYMPTOMS = `query ($first: Int, $after: String, $orderBy: EntitySort, $where: EntityFilter) {
    symptoms(first: $first, after: $after, orderBy: $orderBy, where: $where) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id name }
    }
  }`;
  const symptoms = async (variables: Record<string, unknown>) => {
    const result = await server.execute<{ symptoms: Page }>(SYMPTOMS, variables);
    expect(result.errors).toBeUndefined();
    return result.data!.symptoms;
  };

  it('walks every page once, in name order, and the count matches', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page += 1) {
      const result: Page = await symptoms({ first: 7, after });
      total = result.totalCount;
      seen.push(...result.nodes.map((node) => node.name));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect([...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(seen);
    expect(total).toBeGreaterThan(15);
  });

  it('sorts descending by id', async () => {
    const ids = (await symptoms({ first: 10, orderBy: { field: 'ID', direction: 'DESC' } })).nodes.map((node) => node.id);
    expect(ids).toEqual([...ids].sort().reverse());
  });

  it('filters by name or alias, by relation and by document, counting the same filter', async () => {
    const aches = await symptoms({ first: 20, where: { nameContains: 'ACHE' } });
    expect(aches.nodes.map((node) => node.id)).toContain('symptom:muscle-aches');
    expect(aches.totalCount).toBe(aches.nodes.length);
    const ofWobbles = await symptoms({ first: 20, where: { relatedTo: 'condition:kratom-wobbles' } });
    expect(ofWobbles.nodes.map((node) => node.id)).toEqual(expect.arrayContaining(['symptom:anxiety', 'symptom:paranoia']));
    const inCorpus = await symptoms({ first: 100, where: { mentionedIn: 'document:kratom-opioid-withdrawal' } });
    expect(inCorpus.nodes.map((node) => node.id)).toContain('symptom:nausea');
    expect(inCorpus.totalCount).toBeLessThan((await symptoms({ first: 1 })).totalCount);
  });

  // A filtered page and its count read the same matches once: the count stays that of every match on each page.
  it('walks a filtered list page by page, its count the same on every page', async () => {
    const seen: string[] = [];
    const counts = new Set<number>();
    let after: string | null = null;
    for (let page = 0; page < 100; page += 1) {
      const result: Page = await symptoms({ first: 5, after, where: { nameContains: 'a' } });
      counts.add(result.totalCount);
      seen.push(...result.nodes.map((node) => node.id));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(counts.size).toBe(1);
    expect(seen.length).toBe([...counts][0]);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(4);
  });

  it('refuses a forged cursor and an oversized page with BAD_USER_INPUT', async () => {
    for (const variables of [{ after: 'not-a-cursor' }, { first: 101 }, { first: 0 }]) {
      const result = await server.execute(SYMPTOMS, variables);
      expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    }
  });

  it('pages relationships by filter', async () => {
    const result = await server.execute<{ relationships: Omit<Page, 'nodes'> & { nodes: { id: string; type: string }[] } }>(`{
      relationships(where: { types: [MITIGATES], targetId: "condition:kratom-wobbles" }, first: 3) {
        totalCount pageInfo { hasNextPage endCursor } nodes { id type }
      }
    }`);
    const page = result.data!.relationships;
    expect(page.nodes).toHaveLength(3);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.totalCount).toBeGreaterThanOrEqual(8);
    expect(new Set(page.nodes.map((node) => node.type))).toEqual(new Set(['MITIGATES']));
  });

  it('lists documents and shows one with its passages and mentions', async () => {
    const result = await server.execute<{
      documents: { totalCount: number; nodes: { id: string; title: string; relationshipCount: number }[] };
      document: { text: string; passages: { index: number; start: number; end: number; text: string; mentions: { entity: { id: string }; start: number; end: number; text: string }[] }[] };
    }>(`{
      documents { totalCount nodes { id title relationshipCount } }
      document(id: "document:kratom-opioid-withdrawal") {
        text passages { index start end text mentions { entity { id } start end text } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.documents.totalCount).toBe(1);
    expect(result.data?.documents.nodes[0]?.relationshipCount).toBeGreaterThan(20);
    const { text, passages } = result.data!.document;
    expect(passages.map((passage) => passage.index)).toEqual(passages.map((_, index) => index));
    for (const passage of passages) {
      expect(text.slice(passage.start, passage.end)).toBe(passage.text);
      for (const mention of passage.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    }
    expect(passages.flatMap((passage) => passage.mentions.map((mention) => mention.entity.id))).toContain('compound:mitragynine');
  });
});
