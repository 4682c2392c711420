import type { ClaimQuote } from '../../graph/exportRepository';
import type { GraphRecord } from '../../graph/records';

const HEADER = [
  'source',
  'source_name',
  'type',
  'target',
  'target_name',
  'stance',
  'affirming',
  'negating',
  'hedged',
  'evidence_count',
  'evidence',
  'document',
  'document_id',
  'source_type',
  'publisher',
  'published',
];

/** RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled. */
function field(value: string | number): string {
  const text = String(value);
  // A leading = + - @ makes spreadsheets run the cell as a formula; a quote mark keeps it text (OWASP CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * One row per relationship, with both ends named, its stance and how many sentences affirm, deny and
 * hedge it, its quoted sentences (affirming and denying alike) one per line in the
 * `evidence` cell, and the documents they come from (each once, one per line in each document column:
 * title, id, source type, publisher, date, so a reader can judge who says it). Lines end in CRLF, as RFC 4180 says.
 */
export function claimsCsv(graph: GraphRecord, quotes: ReadonlyMap<string, readonly ClaimQuote[]>): string {
  const names = new Map(graph.nodes.map((node) => [node.id, node.label]));
  const rows = graph.edges.map((edge) => {
    const evidence = quotes.get(edge.id) ?? [];
    const documents = [...new Map(evidence.map((quote) => [quote.documentId, quote])).values()];
    return [
      edge.source,
      names.get(edge.source) ?? '',
      edge.type,
      edge.target,
      names.get(edge.target) ?? '',
      edge.stance,
      edge.support.affirming,
      edge.support.negating,
      edge.support.hedged,
      edge.evidenceCount,
      evidence.map((quote) => quote.quote).join('\n'),
      documents.map((document) => document.documentTitle).join('\n'),
      documents.map((document) => document.documentId).join('\n'),
      documents.map((document) => document.sourceType).join('\n'),
      documents.map((document) => document.publisher ?? '').join('\n'),
      documents.map((document) => document.published ?? '').join('\n'),
    ];
  });
  return [HEADER, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
