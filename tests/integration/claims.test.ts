import { startTestServer, type TestServer } from '../support/testServer';

interface Claim {
  type: string;
  source: { id: string };
  target: { id: string };
  evidence: { quote: string; start: number; end: number; document: { id: string; text: string } }[];
}

/** What the corpus document claims, as the graph answers it, with every quote checked against the text. */
describe('Claims of the corpus document, with evidence', () => {
  let server: TestServer;
  let claims: Claim[];
  beforeAll(async () => {
    server = await startTestServer();
    const result = await server.execute<{ relationships: { nodes: Claim[]; pageInfo: { hasNextPage: boolean } } }>(`{
      relationships(first: 100) {
        pageInfo { hasNextPage }
        nodes { type source { id } target { id } evidence(first: 10) { quote start end document { id text } } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.relationships.pageInfo.hasNextPage).toBe(false);
    claims = result.data?.relationships.nodes ?? [];
  });
  afterAll(() => server.close());

  const targetsOf = (sourceId: string, type: string) =>
    claims.filter((claim) => claim.source.id === sourceId && claim.type === type).map((claim) => claim.target.id);
  const sourcesOf = (targetId: string, type: string) =>
    claims.filter((claim) => claim.target.id === targetId && claim.type === type).map((claim) => claim.source.id);

  it('every evidence slice of the stored document is exactly its quote', () => {
    expect(claims.length).toBeGreaterThan(20);
    // SUBTYPE_OF links come from the vocabulary, not from a sentence (issue 10): they have no evidence.
    for (const claim of claims.filter((claim) => claim.type !== 'SUBTYPE_OF')) {
      expect(claim.evidence.length).toBeGreaterThan(0);
      for (const evidence of claim.evidence) {
        expect(evidence.document.text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
      }
    }
  });

  it('mitragynine and 7-hydroxymitragynine are contained in kratom and act on opioid receptors', () => {
    expect(targetsOf('substance:kratom', 'CONTAINS')).toEqual(
      expect.arrayContaining(['compound:mitragynine', 'compound:7-hydroxymitragynine']),
    );
    for (const compound of ['compound:mitragynine', 'compound:7-hydroxymitragynine']) {
      expect(targetsOf(compound, 'ACTS_ON')).toContain('receptor:opioid-receptors');
    }
  });

  it('kratom acts on the serotonin and dopamine systems', () => {
    expect(targetsOf('substance:kratom', 'ACTS_ON')).toEqual(
      expect.arrayContaining(['receptor:serotonin-receptors', 'receptor:dopamine-receptors']),
    );
  });

  it('opioid withdrawal presents with anxiety, agitation, nausea, sweating, muscle aches and cravings', () => {
    expect(targetsOf('condition:opioid-withdrawal', 'PRESENTS_WITH')).toEqual(
      expect.arrayContaining(['anxiety', 'agitation', 'nausea', 'sweating', 'muscle-aches', 'cravings'].map((name) => `symptom:${name}`)),
    );
  });

  it('kratom wobbles: presentation, contributing factors and mitigating strategies', () => {
    expect(targetsOf('condition:kratom-wobbles', 'PRESENTS_WITH')).toEqual(
      expect.arrayContaining(['symptom:anxiety', 'symptom:restlessness', 'symptom:paranoia']),
    );
    expect(sourcesOf('condition:kratom-wobbles', 'CONTRIBUTES_TO')).toEqual(
      expect.arrayContaining(['factor:tolerance', 'factor:kratom-strain', 'factor:personal-sensitivity']),
    );
    expect(sourcesOf('condition:kratom-wobbles', 'MITIGATES')).toEqual(
      expect.arrayContaining(
        [
          'low-starting-dose',
          'gradual-dose-increase',
          'hydration',
          'balanced-diet',
          'physical-activity',
          'consistent-sleep',
          'meditation',
          'deep-breathing',
        ].map((name) => `strategy:${name}`),
      ),
    );
  });

  it('answers the same through the typed domain fields', async () => {
    const result = await server.execute<{
      entity: { foundIn: { id: string }[]; actsOn: { receptor: { id: string }; relationship: { evidenceCount: number } }[] };
      wobbles: { managedBy: { id: string }[]; contributingFactors: { id: string }[] };
    }>(`{
      entity(id: "compound:mitragynine") {
        ... on Compound { foundIn { id } actsOn { receptor { id } relationship { evidenceCount } } }
      }
      wobbles: entity(id: "condition:kratom-wobbles") {
        ... on Condition { managedBy { id } contributingFactors { id } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.entity.foundIn.map((entity) => entity.id)).toContain('substance:kratom');
    const opioid = result.data?.entity.actsOn.find((action) => action.receptor.id === 'receptor:opioid-receptors');
    expect(opioid?.relationship.evidenceCount).toBeGreaterThan(0);
    expect(result.data?.wobbles.managedBy.map((entity) => entity.id)).toContain('strategy:hydration');
    expect(result.data?.wobbles.contributingFactors.map((entity) => entity.id)).toContain('factor:tolerance');
  });
});
