/**
 * Every port a test run listens on, derived from one base so that runs side by side never collide:
 * TEST_PORT_BASE=7730 gives the run the Neo4j (Bolt) ports 7731–7739 and the HTTP ports 4731–4739; a
 * second run takes 7740. Unset, the base is NEO4J_TEST_PORT − 1, so a run given only its database
 * port gets a set of its own too, or else 7687 (the test database on 7688, as always).
 * NEO4J_TEST_PORT, NEO4J_OUTAGE_TEST_PORT and BENCH_SMOKE_NEO4J_PORT still set their own port alone.
 */
function envPort(name: string): number | undefined {
  const value = process.env[name];
  return value ? Number(value) : undefined;
}

const testNeo4jPort = envPort('NEO4J_TEST_PORT');
export const TEST_PORT_BASE = envPort('TEST_PORT_BASE') ?? (testNeo4jPort ? testNeo4jPort - 1 : 7687);
const bolt = (offset: number) => TEST_PORT_BASE + offset;
const http = (offset: number) => TEST_PORT_BASE - 3000 + offset;

export const TEST_PORTS = {
  /** The shared, seeded test database of global set-up. */
  testNeo4j: testNeo4jPort ?? bolt(1),
  /** The outage test's own Neo4j, which it stops and starts. */
  outageNeo4j: envPort('NEO4J_OUTAGE_TEST_PORT') ?? bolt(2),
  benchSmokeNeo4j: envPort('BENCH_SMOKE_NEO4J_PORT') ?? bolt(3),
  benchSmoke: { api: http(1), floor: http(2), peer: http(3) },
  /** The importer test's Neo4j, started on one new data folder after another. */
  importNeo4j: bolt(8),
  lifecycle: {
    ctrlCNeo4j: bolt(4),
    supervisedNeo4j: bolt(5),
    orphanNeo4j: bolt(6),
    /** Never listened on: with NEO4J_URI set, nothing may start there. */
    unusedNeo4j: bolt(7),
    externalApi: http(4),
    ctrlCApi: http(5),
    supervisedApi: http(6),
  },
} as const;
