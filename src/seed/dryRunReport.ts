import type { Certainty, Polarity } from '../domain/assertionStatus';
import type { Extraction, Vocabulary } from '../extraction/types';
import type { DocumentInput } from '../ingestion/ingestDocument';

/** The `--dry-run --json` shape; tools outside the project rely on it, so it only ever grows. */
export interface DryRunReport {
  documents: {
    id: string;
    title: string;
    /** Provenance, from the sidecar: `url`, `publisher`, `author`, `published` (YYYY-MM-DD) and `sourceType`. */
    url: string | null;
    publisher: string | null;
    author: string | null;
    published: string | null;
    sourceType: string;
    claims: {
      type: string;
      /** `provisional: true` marks a name the vocabulary lacks, for a curator to accept or reject. */
      source: { id: string; name: string; kind: string; provisional?: true };
      target: { id: string; name: string; kind: string; provisional?: true };
      /** `polarity` and `certainty` are the sentence's stance; a claim whose evidence is all NEGATED is a denied claim. */
      evidence: { start: number; end: number; quote: string; polarity: Polarity; certainty: Certainty; action?: string }[];
    }[];
  }[];
  entities: { id: string; name: string; kind: string; provisional?: true }[];
  candidates: string[];
}

export function dryRunReport(vocabulary: Vocabulary, extracted: { document: DocumentInput; extraction: Extraction }[]): DryRunReport {
  const provisional = new Map(extracted.flatMap(({ extraction }) => extraction.provisional.map((entity) => [entity.id, entity] as const)));
  const entity = (id: string): { id: string; name: string; kind: string; provisional?: true } => {
    const unseen = provisional.get(id);
    if (unseen) return { id, name: unseen.name, kind: unseen.kind, provisional: true };
    const entry = vocabulary.byId.get(id);
    return { id, name: entry?.name ?? id, kind: entry?.kind ?? 'Unknown' };
  };
  const mentioned = new Set([
    ...extracted.flatMap(({ extraction }) => extraction.mentions.map((mention) => mention.entityId)),
    ...provisional.keys(),
  ]);
  return {
    documents: extracted.map(({ document, extraction }) => ({
      id: document.id,
      title: document.title,
      url: document.url,
      publisher: document.publisher,
      author: document.author,
      published: document.published,
      sourceType: document.sourceType,
      claims: extraction.claims.map((claim) => ({
        type: claim.type,
        source: entity(claim.sourceId),
        target: entity(claim.targetId),
        evidence: claim.evidence.map(({ start, end, quote, polarity, certainty, action }) => ({ start, end, quote, polarity, certainty, ...(action ? { action } : {}) })),
      })),
    })),
    entities: [...mentioned].sort().map(entity),
    candidates: [...new Set(extracted.flatMap(({ extraction }) => extraction.candidates))].sort(),
  };
}
