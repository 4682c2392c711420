/** Stops the Neo4j global set-up started (never one it found running). */
export default async function globalTeardown(): Promise<void> {
  await globalThis.testNeo4j?.stop();
}
