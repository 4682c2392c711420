/** Display names of the external databases the vocabulary may cite, keyed as in its `xrefs`. */
const DATABASE_NAMES: Record<string, string> = {
  pubchemCid: 'PubChem CID',
  hgnc: 'HGNC',
  uniprot: 'UniProt',
  mesh: 'MeSH',
  chebi: 'ChEBI',
};

/** Neo4j properties cannot hold maps, so identifiers are stored as `Database:id` strings. */
export function toStoredXrefs(xrefs: Record<string, string>): string[] {
  return Object.entries(xrefs).map(([key, id]) => `${DATABASE_NAMES[key] ?? key}:${id}`);
}

export function fromStoredXref(stored: string): { database: string; id: string } {
  const separator = stored.indexOf(':');
  return { database: stored.slice(0, separator), id: stored.slice(separator + 1) };
}

/** The inverse of toStoredXrefs: stored `Database:id` strings back to the vocabulary's keyed map. */
export function fromStoredXrefs(stored: readonly string[]): Record<string, string> {
  const keyOf = new Map(Object.entries(DATABASE_NAMES).map(([key, name]) => [name, key]));
  return Object.fromEntries(
    stored.map(fromStoredXref).map(({ database, id }) => [keyOf.get(database) ?? database, id]),
  );
}
