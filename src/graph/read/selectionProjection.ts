import { RELATIONSHIP_TYPES } from '../../domain/relationshipTypes';
import { actionCountsOf, curationProjection, EVIDENCE_COUNT, KIND_OF, supportProjection } from '../projections';
import type { Direction, EntityPart, EntitySelection, EvidenceSelection, RelationshipPart, RelationshipQuery, RelationshipSelection } from './readSelection';
import type { StatementScope } from './statementScope';

/**
 * How a selected record comes back: `subqueries` bring its nested lists into scope (CALL subqueries, one
 * row in, one row out), then `map` projects it, so a whole tree returns in the row of its root.
 */
export interface Projection {
  subqueries: string[];
  map: string;
}

const ENTITY_PART_CYPHER: Record<EntityPart, (node: string) => string> = {
  name: (node) => `name: ${node}.name`,
  aliases: (node) => `aliases: ${node}.aliases`,
  description: (node) => `description: ${node}.description`,
  xrefs: (node) => `xrefs: coalesce(${node}.xrefs, [])`,
  curation: (node) => `curation: ${curationProjection(node)}`,
  provisional: (node) => `provisional: coalesce(${node}.provisional, false)`,
};

// `actions` is projected from the subquery that counts them, so it has no fragment of its own here.
const RELATIONSHIP_PART_CYPHER: Record<Exclude<RelationshipPart, 'actions'>, (relationship: string) => string> = {
  type: (r) => `type: type(${r})`,
  curated: (r) => `curated: coalesce(${r}.curated, false)`,
  curatedAction: (r) => `curatedAction: ${r}.curatedAction`,
  curation: (r) => `curation: ${curationProjection(r)}`,
  stance: (r) => `stance: ${r}.stance`,
  support: (r) => `support: ${supportProjection(r)}`,
  evidenceCount: (r) => `evidenceCount: ${EVIDENCE_COUNT(r)}`,
};

const PATTERNS: Record<Direction, (node: string, relationship: string, types: string) => string> = {
  OUTGOING: (n, r, types) => `(${n})-[${r}:${types}]->(:Entity)`,
  INCOMING: (n, r, types) => `(${n})<-[${r}:${types}]-(:Entity)`,
  BOTH: (n, r, types) => `(${n})-[${r}:${types}]-(:Entity)`,
};

/** A sentence bound to `e`: its id and the selected parts, as properties of the same names. */
function evidenceProjection(selection: EvidenceSelection): string {
  return `e {${['id', ...selection.parts].map((part) => `.${part}`).join(', ')}}`;
}

/** An entity bound to `node`: its id and kind always, the selected parts, and its selected relationship lists. */
export function projectEntity(node: string, selection: EntitySelection, scope: StatementScope): Projection {
  const lists = selection.relationships.map((query) => relationshipList(node, query, scope));
  const entries = [`id: ${node}.id`, `kind: ${KIND_OF(node)}`, ...selection.parts.map((part) => ENTITY_PART_CYPHER[part](node))];
  if (lists.length > 0) entries.push(`relationshipLists: [${lists.map((list) => list.variable).join(', ')}]`);
  return { subqueries: lists.flatMap((list) => (list.subquery === null ? [] : [list.subquery])), map: `{${entries.join(', ')}}` };
}

/**
 * A relationship bound to `relationship` between `source` and `target`: its id always, the selected parts,
 * both ends as selected, and, when asked for, its first sentences and the actions they name.
 */
export function projectRelationship(relationship: string, source: string, target: string, selection: RelationshipSelection, scope: StatementScope): Projection {
  const subqueries: string[] = [];
  const entries = [`id: ${relationship}.id`];
  for (const part of selection.parts) {
    if (part !== 'actions') entries.push(RELATIONSHIP_PART_CYPHER[part](relationship));
  }
  if (selection.parts.includes('actions')) {
    const actions = scope.variable('actions');
    subqueries.push(`CALL (${relationship}) {\n  ${actionCountsOf(`${relationship}.id`)} AS ${actions}\n}`);
    entries.push(`actions: ${actions}`);
  }
  if (selection.evidence !== null) {
    const evidence = scope.variable('evidence');
    const first = scope.param('evidenceFirst', selection.evidence.first);
    subqueries.push(`CALL (${relationship}) {
  MATCH (e:Evidence {relationshipId: ${relationship}.id})
  WITH e ORDER BY e.documentId, e.start LIMIT ${first}
  RETURN collect(${evidenceProjection(selection.evidence)}) AS ${evidence}
}`);
    entries.push(`prefetchedEvidence: {first: ${first}, items: ${evidence}}`);
  }
  // An end nothing selected is not read: its node's properties and labels cost as much as the rest.
  for (const [name, node, end] of [['source', source, selection.source], ['target', target, selection.target]] as const) {
    if (end === null) continue;
    const projection = projectEntity(node, end, scope);
    subqueries.push(...projection.subqueries);
    entries.push(`${name}: ${projection.map}`);
  }
  return { subqueries, map: `{${entries.join(', ')}}` };
}

/**
 * One relationship list of `node`, collected in a CALL subquery. The types go into the pattern itself
 * (from the allowlist only), so Neo4j expands just those relationships instead of filtering afterwards.
 */
function relationshipList(node: string, query: RelationshipQuery, scope: StatementScope): { subquery: string | null; variable: string } {
  const allowed = RELATIONSHIP_TYPES.filter((type) => query.types === null || query.types.includes(type));
  if (allowed.length === 0) return { subquery: null, variable: '[]' };
  const variable = scope.variable('relationships');
  const [r, s, t] = [scope.variable('r'), scope.variable('s'), scope.variable('t')];
  // Filtered only when stances are given, so a list of every stance carries no predicate that always holds.
  const stances = query.stances === null ? null : scope.param('stances', query.stances);
  const first = scope.param('first', query.first);
  const relationship = projectRelationship(r, s, t, query.select, scope);
  const subquery = [
    `CALL (${node}) {`,
    `  MATCH ${PATTERNS[query.direction](node, r, allowed.join('|'))}`,
    ...(stances === null ? [] : [`  WHERE ${r}.stance IN ${stances}`]),
    `  WITH ${r} ORDER BY ${r}.id LIMIT ${first}`,
    `  WITH ${r}, startNode(${r}) AS ${s}, endNode(${r}) AS ${t}`,
    ...relationship.subqueries,
    `  RETURN collect(${relationship.map}) AS ${variable}`,
    '}',
  ].join('\n');
  return { subquery, variable };
}
