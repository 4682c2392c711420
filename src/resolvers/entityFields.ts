import type { GraphQLResolveInfo } from 'graphql';

import type { RelationshipType } from '../domain/relationshipTypes';
import { AFFIRMED_STANCES } from '../domain/stance';
import type { EntityMentionsArgs, EntityNeighborhoodArgs, EntityRelationshipsArgs } from '../generated/resolvers';
import { fromStoredXref } from '../graph/xrefs';
import { findSubgraph } from '../graph/subgraphRepository';
import type { EntityRecord, RelationshipRecord } from '../graph/records';
import type { Direction } from '../graph/relationshipRepository';
import type { RequestContext } from '../server/context';
import { DEFAULT_EVIDENCE_FIRST } from './Relationship';
import { LIMITS } from './limits';
import { selectedIntArgument } from './selectsField';
import { boundedInt } from './userErrors';

/**
 * How much evidence the client asked for under `relationships`, so it can come in the same round trip;
 * null when none (or an out-of-range count, which Relationship.evidence then refuses itself).
 */
function evidenceAskedFor(info: GraphQLResolveInfo): number | null {
  const first = selectedIntArgument(info, 'evidence', 'first');
  if (first === undefined) return null;
  const count = first ?? DEFAULT_EVIDENCE_FIRST;
  return Number.isInteger(count) && count >= 1 && count <= LIMITS.pageSize ? count : null;
}

/** The fields every kind shares; each kind's resolver map spreads them. */
export const entityFields = {
  id: (entity: EntityRecord) => entity.id,
  name: (entity: EntityRecord) => entity.name,
  kind: (entity: EntityRecord) => entity.kind,
  aliases: (entity: EntityRecord) => entity.aliases,
  description: (entity: EntityRecord) => entity.description,
  xrefs: (entity: EntityRecord) => entity.xrefs.map(fromStoredXref),
  curation: (entity: EntityRecord) => entity.curation,
  provisional: (entity: EntityRecord) => entity.provisional,
  relationships: (entity: EntityRecord, { direction, types, stance, first }: EntityRelationshipsArgs, { loaders }: RequestContext, info: GraphQLResolveInfo) =>
    loaders
      .relationshipsOf({
        direction: direction ?? 'BOTH',
        types: types ?? null,
        stances: stance ?? null,
        first: boundedInt('first', first, 1, LIMITS.pageSize, 50),
        evidenceFirst: evidenceAskedFor(info),
      })
      .load(entity.id),
  mentions: (entity: EntityRecord, { first }: EntityMentionsArgs, { loaders }: RequestContext) =>
    loaders.mentionsOfEntity(boundedInt('first', first, 1, LIMITS.pageSize, 20)).load(entity.id),
  neighborhood: (entity: EntityRecord, { depth, kinds, limit, includeDenied }: EntityNeighborhoodArgs, { database }: RequestContext) =>
    findSubgraph(database, {
      ids: [entity.id],
      depth: boundedInt('depth', depth, 0, LIMITS.subgraphDepth, 1),
      kinds: kinds ?? null,
      limit: boundedInt('limit', limit, 1, LIMITS.neighborhoodNodes, 100),
      includeDenied: includeDenied ?? false,
    }),
};

// Domain fields read the same batched relationships as `relationships`, so a list of entities asking
// for several of them still costs one round trip per distinct setting.
const DOMAIN_FIELD_LIMIT = 100;

/** What every domain field takes: by default it names only what sources affirm (DESIGN §6). */
interface DomainFieldArgs {
  includeDenied?: boolean | null;
}

function claimsOf(
  entity: EntityRecord,
  { includeDenied }: DomainFieldArgs,
  context: RequestContext,
  type: RelationshipType,
  direction: Direction,
): Promise<RelationshipRecord[]> {
  return context.loaders
    .relationshipsOf({ direction, types: [type], stances: includeDenied ? null : AFFIRMED_STANCES, first: DOMAIN_FIELD_LIMIT, evidenceFirst: null })
    .load(entity.id);
}

/** The entities at the other end of this entity's `type` claims, in the given direction. */
export function related(type: RelationshipType, direction: 'OUTGOING' | 'INCOMING') {
  return async (entity: EntityRecord, args: DomainFieldArgs, context: RequestContext): Promise<EntityRecord[]> => {
    const claims = await claimsOf(entity, args, context, type, direction);
    return claims.map((claim) => (direction === 'OUTGOING' ? claim.target : claim.source));
  };
}

/** The claims themselves (for fields such as `actsOn` that show the action and evidence). */
export function claims(type: RelationshipType, direction: 'OUTGOING' | 'INCOMING') {
  return (entity: EntityRecord, args: DomainFieldArgs, context: RequestContext) => claimsOf(entity, args, context, type, direction);
}
