/**
 * Map projections shared by the read queries, so every query returns records in one shape
 * (see records.ts). Each takes the name of a bound variable; none takes user text.
 */

import type { GraphSelection } from './read/readSelection';

/** A curator's note and time on a node or relationship, or null where none wrote it. */
export function curationProjection(element: string): string {
  return `CASE WHEN ${element}.curatedAt IS NULL THEN null ELSE {note: ${element}.curationNote, at: ${element}.curatedAt} END`;
}

/**
 * The kind of an entity is its label besides `Entity`. Written short: it recurs in every statement, once per
 * entity projected, and a statement past 1,400 bytes costs the driver a second socket write.
 */
export const KIND_OF = (node: string) => `[k IN labels(${node}) WHERE k <> 'Entity'][0]`;

export function entityProjection(node: string): string {
  return `${node} {.id, .name, .aliases, .description, xrefs: coalesce(${node}.xrefs, []),
    provisional: coalesce(${node}.provisional, false), kind: ${KIND_OF(node)},
    curation: ${curationProjection(node)}}`;
}

export const EVIDENCE_COUNT = (relationship: string) =>
  `COUNT { MATCH (evidence:Evidence) WHERE evidence.relationshipId = ${relationship}.id }`;

/** What refreshClaims wrote on the relationship: its sentences summed up. */
export function supportProjection(relationship: string): string {
  return `{affirming: coalesce(${relationship}.affirming, 0), negating: coalesce(${relationship}.negating, 0),
    hedged: coalesce(${relationship}.hedged, 0), documents: coalesce(${relationship}.documents, 0)}`;
}

/** A relationship with both ends, its stance and sums, and its evidence count (an index lookup, never a fetch). */
export function relationshipProjection(relationship: string, source: string, target: string): string {
  return `{id: ${relationship}.id, type: type(${relationship}), curatedAction: ${relationship}.curatedAction,
    curated: coalesce(${relationship}.curated, false), curation: ${curationProjection(relationship)},
    stance: ${relationship}.stance, support: ${supportProjection(relationship)},
    evidenceCount: ${EVIDENCE_COUNT(relationship)},
    source: ${entityProjection(source)}, target: ${entityProjection(target)}}`;
}

/**
 * Each action the sentences of relationship `relationshipId` name, counted per polarity, straight from
 * the sentences (so always current); ends in RETURN, for the caller to name the list.
 */
export const actionCountsOf = (relationshipId: string) => `MATCH (e:Evidence {relationshipId: ${relationshipId}}) WHERE e.action IS NOT NULL
  WITH e.action AS action, count(CASE e.polarity WHEN 'AFFIRMED' THEN 1 END) AS affirming,
       count(CASE e.polarity WHEN 'NEGATED' THEN 1 END) AS negating
  RETURN collect({action: action, affirming: affirming, negating: negating})`;

export const EVIDENCE_PROJECTION = 'e {.id, .documentId, .passageId, .quote, .start, .end, .polarity, .certainty, .action}';
// Documents stored before provenance existed read as OTHER, the type of a source that says nothing of itself.
export const DOCUMENT_PROJECTION = `d {.id, .title, .source, .checksum, .text, .url, .publisher, .author, .published,
  sourceType: coalesce(d.sourceType, 'OTHER')}`;
export const PASSAGE_PROJECTION = 'p {.id, .index, .start, .end, .text, documentId: d.id}';

/** An entity as a node to draw; degree, when asked for, counts its claimed relationships in the whole graph. */
export function graphNodeProjection(node: string, withDegree: boolean): string {
  const degree = withDegree ? `, degree: COUNT { MATCH (${node})--(:Entity) }` : '';
  return `{id: ${node}.id, label: ${node}.name, kind: ${KIND_OF(node)}${degree}}`;
}

/** A relationship as an edge to draw: ids of its ends only, no entity maps; the rest only when asked. */
export function graphEdgeProjection(relationship: string, source: string, target: string, select: Omit<GraphSelection, 'degree'>): string {
  const parts = [
    select.evidenceCount ? `evidenceCount: ${EVIDENCE_COUNT(relationship)}` : '',
    select.stance ? `stance: ${relationship}.stance` : '',
    select.support ? `support: ${supportProjection(relationship)}` : '',
  ].filter(Boolean);
  return `{id: ${relationship}.id, source: ${source}.id, target: ${target}.id, type: type(${relationship})${parts.map((part) => `,\n    ${part}`).join('')}}`;
}
