import type { GraphQLResolveInfo } from 'graphql';

import type { EntityMentionsArgs, EntityNeighborhoodArgs, EntityRelationshipsArgs } from '../generated/resolvers';
import type { RelationshipQuery } from '../graph/read/readSelection';
import type { EntityRecord, RelationshipRecord } from '../graph/records';
import { endOf } from '../graph/relationshipEnd';
import { findSubgraph } from '../graph/subgraphRepository';
import { fromStoredXref } from '../graph/xrefs';
import type { RequestContext } from '../server/context';
import { DOMAIN_FIELDS, type DomainFieldName } from './domainFields';
import { LIMITS } from './limits';
import { graphSelectionOf } from './selection/graphSelectionOf';
import { primeRelationships } from './selection/primeLoaders';
import { domainFieldQuery, relationshipsQuery } from './selection/readSelectionOf';
import { boundedInt } from './userErrors';

/**
 * One relationship list of an entity through its loader: primed when the root field's statement read it
 * already, else batched with the same list of every other entity. What it brings is primed in turn.
 */
async function relationshipList(entity: EntityRecord, query: RelationshipQuery, { loaders }: RequestContext): Promise<RelationshipRecord[]> {
  const list = await loaders.relationshipsOf(query).load(entity.id);
  primeRelationships(loaders, list, query.select);
  return list;
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
  relationships: (entity: EntityRecord, args: EntityRelationshipsArgs, context: RequestContext, info: GraphQLResolveInfo) =>
    relationshipList(entity, relationshipsQuery(args, info.fieldNodes, info), context),
  mentions: (entity: EntityRecord, { first }: EntityMentionsArgs, { loaders }: RequestContext) =>
    loaders.mentionsOfEntity(boundedInt('first', first, 1, LIMITS.pageSize, 20)).load(entity.id),
  neighborhood: (entity: EntityRecord, { depth, kinds, limit, includeDenied }: EntityNeighborhoodArgs, { database }: RequestContext, info: GraphQLResolveInfo) =>
    findSubgraph(database, {
      ids: [entity.id],
      depth: boundedInt('depth', depth, 0, LIMITS.subgraphDepth, 1),
      kinds: kinds ?? null,
      limit: boundedInt('limit', limit, 1, LIMITS.neighborhoodNodes, 100),
      includeDenied: includeDenied ?? false,
      select: graphSelectionOf(info.fieldNodes, info),
    }),
};

/** What every domain field takes: by default it names only what sources affirm (DESIGN §6). */
interface DomainFieldArgs {
  includeDenied?: boolean | null;
}

function claimsOf(name: DomainFieldName, entity: EntityRecord, args: DomainFieldArgs, context: RequestContext, info: GraphQLResolveInfo) {
  return relationshipList(entity, domainFieldQuery(DOMAIN_FIELDS[name], args, info.fieldNodes, info), context);
}

/** A domain field showing the entities at the far end of its claims (`Compound.foundIn`). */
export function related(name: DomainFieldName) {
  const { direction } = DOMAIN_FIELDS[name];
  return async (entity: EntityRecord, args: DomainFieldArgs, context: RequestContext, info: GraphQLResolveInfo): Promise<EntityRecord[]> => {
    const claims = await claimsOf(name, entity, args, context, info);
    return claims.map((claim) => endOf(claim, direction === 'OUTGOING' ? 'target' : 'source'));
  };
}

/** A domain field showing the claims themselves (`Compound.actsOn`, with the action and evidence). */
export function claims(name: DomainFieldName) {
  return (entity: EntityRecord, args: DomainFieldArgs, context: RequestContext, info: GraphQLResolveInfo) => claimsOf(name, entity, args, context, info);
}
