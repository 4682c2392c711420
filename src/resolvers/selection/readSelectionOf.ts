import { getArgumentValues, GraphQLError, isInterfaceType, isObjectType, type FieldNode } from 'graphql';

import { ENTITY_KINDS } from '../../domain/entityKinds';
import { AFFIRMED_STANCES } from '../../domain/stance';
import type { EntityRelationshipsArgs } from '../../generated/resolvers';
import {
  ENTITY_PARTS,
  EVIDENCE_PARTS,
  RELATIONSHIP_PARTS,
  type EntityPart,
  type EntitySelection,
  type EvidencePart,
  type EvidenceSelection,
  type RelationshipPart,
  type RelationshipQuery,
  type RelationshipSelection,
} from '../../graph/read/readSelection';
import { DOMAIN_FIELDS, isDomainField, type DomainField } from '../domainFields';
import { LIMITS } from '../limits';
import { boundedInt } from '../userErrors';
import { oncePerRequest } from './perRequest';
import { fieldsNamed, subfields, type SelectionContext } from './subfields';

/**
 * From the GraphQL selection to the graph layer's read selection (graph/read/readSelection.ts): which
 * parts of each record the fields selected read, and which nested lists to fetch with it. A root field
 * builds the whole tree and reads it in one statement; a nested resolver builds its own subtree the same
 * way, so its loader key is the one the root primed.
 */

/** The schema's default for `Relationship.evidence(first)`. */
export const DEFAULT_EVIDENCE_FIRST = 20;
/** The schema's default for `Entity.relationships(first)`. */
const DEFAULT_RELATIONSHIPS_FIRST = 50;
// Domain fields read at most this many claims each.
const DOMAIN_FIELD_LIMIT = 100;

const ENTITY_TYPES = ['Entity', ...ENTITY_KINDS];

const ENTITY_FIELD_PARTS: Partial<Record<string, EntityPart>> = {
  name: 'name',
  aliases: 'aliases',
  description: 'description',
  xrefs: 'xrefs',
  curation: 'curation',
  provisional: 'provisional',
};

// `document` and `passage` are read by their ids; the other fields are the sentence's own.
const EVIDENCE_FIELD_PARTS: Partial<Record<string, EvidencePart>> = {
  document: 'documentId',
  passage: 'passageId',
  quote: 'quote',
  start: 'start',
  end: 'end',
  polarity: 'polarity',
  certainty: 'certainty',
  action: 'action',
};

// `action` and `actions` combine the curator's action with the sentences'; `origin` reads `curated`.
const RELATIONSHIP_FIELD_PARTS: Partial<Record<string, readonly RelationshipPart[]>> = {
  type: ['type'],
  action: ['curatedAction', 'actions'],
  actions: ['curatedAction', 'actions'],
  stance: ['stance'],
  support: ['support'],
  origin: ['curated'],
  curation: ['curation'],
  evidenceCount: ['evidenceCount'],
};

/** The argument values of a field as its resolver will receive them (variables and defaults applied). */
function argumentsOf(node: FieldNode, typeNames: readonly string[], context: SelectionContext): Record<string, unknown> {
  for (const typeName of typeNames) {
    const type = context.schema.getType(typeName);
    const definition = isObjectType(type) || isInterfaceType(type) ? type.getFields()[node.name.value] : undefined;
    if (definition) return getArgumentValues(definition, node, context.variableValues) as Record<string, unknown>;
  }
  return {};
}

/**
 * A nested list whose arguments are out of range is left to its own resolver, which refuses it with the
 * error at its own path, as it would have without the read ahead.
 */
function unlessRefused<T>(build: () => T): T | null {
  try {
    return build();
  } catch (error) {
    if (error instanceof GraphQLError) return null;
    throw error;
  }
}

function uniqueQueries(queries: readonly RelationshipQuery[]): RelationshipQuery[] {
  return [...new Map(queries.map((query) => [JSON.stringify(query), query])).values()];
}

/** What the fields selected under `fieldNodes` (of an entity type) read. */
export function entitySelectionOf(fieldNodes: readonly FieldNode[], context: SelectionContext): EntitySelection {
  const parts = new Set<EntityPart>();
  const relationships: RelationshipQuery[] = [];
  for (const nodes of subfields(fieldNodes, context).values()) {
    const [first] = nodes;
    if (!first) continue;
    const name = first.name.value;
    const part = ENTITY_FIELD_PARTS[name];
    if (part) parts.add(part);
    const args = () => argumentsOf(first, ENTITY_TYPES, context);
    const query =
      name === 'relationships'
        ? // graphql-js coerced the values against the field's definition: they are its generated args type.
          unlessRefused(() => relationshipsQuery(args() as EntityRelationshipsArgs, nodes, context))
        : isDomainField(name)
          ? domainFieldQuery(DOMAIN_FIELDS[name], args(), nodes, context)
          : null;
    if (query) relationships.push(query);
  }
  return { parts: ENTITY_PARTS.filter((part) => parts.has(part)), relationships: uniqueQueries(relationships) };
}

/** What `Entity.relationships(...)` reads: refuses out-of-range arguments, as the field does. */
export function relationshipsQuery(
  { direction, types, stance, first }: EntityRelationshipsArgs,
  fieldNodes: readonly FieldNode[],
  context: SelectionContext,
): RelationshipQuery {
  return oncePerRequest(fieldNodes, context, () => ({
    direction: direction ?? 'BOTH',
    types: types ?? null,
    stances: stance ?? null,
    first: boundedInt('first', first, 1, LIMITS.pageSize, DEFAULT_RELATIONSHIPS_FIRST),
    select: relationshipSelectionOf(fieldNodes, context),
  }));
}

/** What a domain field reads: by default only what sources affirm (DESIGN §6). */
export function domainFieldQuery(
  field: DomainField,
  { includeDenied }: { includeDenied?: unknown },
  fieldNodes: readonly FieldNode[],
  context: SelectionContext,
): RelationshipQuery {
  return oncePerRequest(fieldNodes, context, () => ({
    direction: field.direction,
    types: [field.type],
    stances: includeDenied === true ? null : AFFIRMED_STANCES,
    first: DOMAIN_FIELD_LIMIT,
    select: field.shows === 'ends' ? endsSelection(field.direction, entitySelectionOf(fieldNodes, context)) : claimSelectionOf(fieldNodes, context),
  }));
}

/** A domain field listing entities shows the far end only. */
function endsSelection(direction: DomainField['direction'], far: EntitySelection): RelationshipSelection {
  return direction === 'OUTGOING'
    ? { parts: [], source: null, target: far, evidence: null }
    : { parts: [], source: far, target: null, evidence: null };
}

/** A ReceptorAction is a relationship under other names: ligand is its source, receptor its target. */
function claimSelectionOf(fieldNodes: readonly FieldNode[], context: SelectionContext): RelationshipSelection {
  const fields = subfields(fieldNodes, context);
  const relationshipFields = relationshipFieldsOf(subfields(fieldsNamed(fields, 'relationship'), context));
  return relationshipSelectionFrom(
    [['source', fieldsNamed(fields, 'ligand')], ['target', fieldsNamed(fields, 'receptor')], ['action', fieldsNamed(fields, 'action')], ...relationshipFields],
    context,
  );
}

/** What the fields selected under `fieldNodes` (of type Relationship) read. */
export function relationshipSelectionOf(fieldNodes: readonly FieldNode[], context: SelectionContext): RelationshipSelection {
  return relationshipSelectionFrom(relationshipFieldsOf(subfields(fieldNodes, context)), context);
}

/** Relationship fields by name (aliases merged: every alias of `source` reads the same record). */
type NamedFields = [name: string, nodes: FieldNode[]][];

function relationshipFieldsOf(fields: Map<string, FieldNode[]>): NamedFields {
  return [...fields.values()].flatMap((nodes): NamedFields => (nodes[0] ? [[nodes[0].name.value, nodes]] : []));
}

function relationshipSelectionFrom(fields: NamedFields, context: SelectionContext): RelationshipSelection {
  const named = (wanted: string) => fields.filter(([name]) => name === wanted).flatMap(([, nodes]) => nodes);
  const parts = new Set(fields.flatMap(([name]) => RELATIONSHIP_FIELD_PARTS[name] ?? []));
  return {
    parts: RELATIONSHIP_PARTS.filter((part) => parts.has(part)),
    source: endSelectionOf(named('source'), context),
    target: endSelectionOf(named('target'), context),
    evidence: evidenceSelectionOf(named('evidence'), context),
  };
}

/** What an end of a relationship reads: nothing (null) when no field selects it. */
const endSelectionOf = (nodes: readonly FieldNode[], context: SelectionContext): EntitySelection | null => (nodes.length === 0 ? null : entitySelectionOf(nodes, context));

/**
 * The evidence to bring with each relationship, if any: as many sentences as evidenceFirstOf says, with
 * what every `evidence` field selects of them (any of them may be answered from what is brought).
 */
function evidenceSelectionOf(nodes: readonly FieldNode[], context: SelectionContext): EvidenceSelection | null {
  const first = evidenceFirstOf(nodes, context);
  if (first === null) return null;
  const parts = new Set([...subfields(nodes, context).values()].flat().flatMap((node) => EVIDENCE_FIELD_PARTS[node.name.value] ?? []));
  return { first, parts: EVIDENCE_PARTS.filter((part) => parts.has(part)) };
}

/**
 * How much evidence to bring with each relationship: as much as the first unfiltered `evidence` field
 * asks for (Relationship.evidence uses it when its count matches); null when none, or out of range.
 */
function evidenceFirstOf(nodes: readonly FieldNode[], context: SelectionContext): number | null {
  for (const node of nodes) {
    const { first, sourceTypes, polarity } = argumentsOf(node, ['Relationship'], context);
    if (sourceTypes != null || polarity != null) continue;
    const count = typeof first === 'number' ? first : DEFAULT_EVIDENCE_FIRST;
    return Number.isInteger(count) && count >= 1 && count <= LIMITS.pageSize ? count : null;
  }
  return null;
}
