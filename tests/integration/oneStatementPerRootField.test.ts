import { startTestServer, type TestServer } from '../support/testServer';

/**
 * Each of the five read root fields is compiled into one Cypher statement, however deep its selection:
 * nested lists come back in the row of their root and the loaders are primed with them. Counted through
 * GraphDatabase, the one path every statement takes.
 */
describe('One statement per root field', () => {
  let server: TestServer;
  beforeAll(async () => {
    // Deliberately deep queries: the cost limit (tested on its own) would refuse them first.
    server = await startTestServer({ MAX_QUERY_COST: '10000000' });
  });
  afterAll(() => server.close());

  const statementsOf = async (query: string) => {
    const before = server.database.roundTrips;
    const result = await server.execute(query);
    expect(result.errors).toBeUndefined();
    expect(JSON.stringify(result.data)).not.toBe('{}');
    return server.database.roundTrips - before;
  };

  const RELATIONSHIP_DEEP = `id type action actions { action affirming } stance support { affirming documents } origin evidenceCount
    evidence(first: 2) { id quote polarity }
    source { id name aliases relationships(first: 3) { id target { name } } }
    target { id name xrefs { database id } ... on Symptom { managedBy { name } } }`;

  const CASES: [string, string, string][] = [
    ['entity', '{ entity(id: "substance:kratom") { id name } }', `{ entity(id: "substance:kratom") {
      id name description curation { note } provisional
      relationships(first: 20) { ${RELATIONSHIP_DEEP} }
      denied: relationships(stance: [DENIED]) { id }
      ... on Substance { contains { name foundIn { id } } actsOn { ligand { name } receptor { name subtypeOf { name } } action relationship { evidenceCount } } relieves(includeDenied: true) { name } }
    } }`],
    ['entities', '{ compounds(first: 5) { nodes { id } } }', `{ entities(kind: Symptom, first: 10) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id name relationships(first: 5) { ${RELATIONSHIP_DEEP} } } }
      nodes { ... on Symptom { managedBy { name } presentIn { name relievedBy { name } } } }
    } }`],
    ['relationships', '{ relationships(first: 5) { nodes { id } } }', `{ relationships(first: 10, where: { entityId: "substance:kratom" }) {
      totalCount nodes { ${RELATIONSHIP_DEEP} } edges { cursor node { source { kind } } }
    } }`],
    ['paths', '{ paths(from: "substance:kratom", to: "symptom:anxiety", maxHops: 3) { paths { length } } }', `{
      paths(from: "substance:kratom", to: "symptom:anxiety", maxHops: 3) {
        paths { length nodes { id name relationships(first: 3) { id evidence(first: 1) { quote } } } relationships { ${RELATIONSHIP_DEEP} } }
        graph { nodes { id label kind degree } edges { id source target type label evidenceCount stance } truncated }
      } }`],
    ['subgraph', '{ subgraph(ids: ["substance:kratom"], depth: 0) { nodes { id } } }', `{
      subgraph(ids: ["substance:kratom", "symptom:anxiety"], depth: 3, limit: 40, kinds: [Symptom, Strategy], includeDenied: true) {
        nodes { id label kind degree } edges { id source target type label evidenceCount stance } truncated
      } }`],
  ];

  it.each(CASES)('%s: one statement for a shallow selection and for a deep one', async (_field, shallow, deep) => {
    expect(await statementsOf(shallow)).toBe(1);
    expect(await statementsOf(deep)).toBe(1);
  });

  it("the bench's entity query answers as it did in two statements, in one", async () => {
    const query = `{ entity(id: "substance:kratom") { id name kind aliases
      relationships(first: 50) { id type action source { id name kind } target { id name kind } evidence(first: 5) { id quote start end } } } }`;
    expect(await statementsOf(query)).toBe(1);
  });
});
