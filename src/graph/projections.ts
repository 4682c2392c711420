/**
 * Map projections shared by the read queries, so every query returns records in one shape
 * (see records.ts). Each takes the name of a bound variable; none takes user text.
 */

/** A curator's note and time on a node or relationship, or null where none wrote it. */
function curationProjection(element: string): string {
  return `CASE WHEN ${element}.curatedAt IS NULL THEN null ELSE {note: ${element}.curationNote, at: ${element}.curatedAt} END`;
}

export function entityProjection(node: string): string {
  return `${node} {.id, .name, .aliases, .description, xrefs: coalesce(${node}.xrefs, []),
    provisional: coalesce(${node}.provisional, false), kind: [label IN labels(${node}) WHERE label <> 'Entity'][0],
    curation: ${curationProjection(node)}}`;
}

const EVIDENCE_COUNT = (relationship: string) =>
  `COUNT { MATCH (evidence:Evidence) WHERE evidence.relationshipId = ${relationship}.id }`;

/** What refreshClaims wrote on the relationship: its sentences summed up. */
function supportProjection(relationship: string): string {
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

export const EVIDENCE_PROJECTION = 'e {.id, .documentId, .passageId, .quote, .start, .end, .polarity, .certainty, .action}';
// Documents stored before provenance existed read as OTHER, the type of a source that says nothing of itself.
export const DOCUMENT_PROJECTION = `d {.id, .title, .source, .checksum, .text, .url, .publisher, .author, .published,
  sourceType: coalesce(d.sourceType, 'OTHER')}`;
export const PASSAGE_PROJECTION = 'p {.id, .index, .start, .end, .text, documentId: d.id}';

/** An entity as a node to draw; degree counts its claimed relationships in the whole graph. */
export function graphNodeProjection(node: string): string {
  return `{id: ${node}.id, label: ${node}.name, kind: [label IN labels(${node}) WHERE label <> 'Entity'][0],
    degree: COUNT { MATCH (${node})--(:Entity) }}`;
}

/** A relationship as an edge to draw: ids of its ends only, no entity maps. */
export function graphEdgeProjection(relationship: string, source: string, target: string): string {
  return `{id: ${relationship}.id, source: ${source}.id, target: ${target}.id, type: type(${relationship}),
    evidenceCount: ${EVIDENCE_COUNT(relationship)}, stance: ${relationship}.stance, support: ${supportProjection(relationship)}}`;
}
