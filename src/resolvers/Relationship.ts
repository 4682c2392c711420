import type { ReceptorActionResolvers, RelationshipResolvers } from '../generated/resolvers';
import type { ActionCountRecord, RelationshipRecord, SentenceActionCount } from '../graph/records';
import { endOf } from '../graph/relationshipEnd';
import type { Loaders } from './loaders';
import { LIMITS } from './limits';
import { DEFAULT_EVIDENCE_FIRST } from './selection/readSelectionOf';
import { boundedInt } from './userErrors';

/**
 * The actions named for a relationship: its sentences' (read from the evidence, so always current)
 * and the curator's, most affirmed first, then by name.
 */
function withCuratedAction(relationship: RelationshipRecord, sentences: readonly SentenceActionCount[]): ActionCountRecord[] {
  const actions = sentences.map((entry) => ({ ...entry, curated: false }));
  if (relationship.curatedAction) {
    const named = actions.find((entry) => entry.action === relationship.curatedAction);
    if (named) actions.splice(actions.indexOf(named), 1, { ...named, curated: true });
    else actions.push({ action: relationship.curatedAction, affirming: 0, negating: 0, curated: true });
  }
  return actions.sort(
    (a, b) => Number(b.curated) - Number(a.curated) || b.affirming - a.affirming || (a.action < b.action ? -1 : a.action > b.action ? 1 : 0),
  );
}

/**
 * Answered at once from the sentences' actions when the statement that read the relationship brought them
 * (no promise for graphql-js to wait on, for each of a list's relationships), else through the loader.
 */
function actionsOf(relationship: RelationshipRecord, { loaders }: { loaders: Loaders }): ActionCountRecord[] | Promise<ActionCountRecord[]> {
  if (relationship.actions) return withCuratedAction(relationship, relationship.actions);
  return loaders.actionsOf.load(relationship.id).then((sentences) => withCuratedAction(relationship, sentences));
}

/** The one action older clients read: the curator's, else the one most affirming sentences name; never one only denied. */
function leadingAction(relationship: RelationshipRecord, context: { loaders: Loaders }): string | null | Promise<string | null> {
  const leading = ([first]: ActionCountRecord[]) => (first && (first.curated || first.affirming > 0) ? first.action : null);
  const actions = actionsOf(relationship, context);
  return actions instanceof Promise ? actions.then(leading) : leading(actions);
}

export const Relationship: RelationshipResolvers = {
  origin: (relationship) => (relationship.curated ? 'CURATED' : 'EXTRACTED'),
  action: (relationship, _args, context) => leadingAction(relationship, context),
  actions: (relationship, _args, context) => actionsOf(relationship, context),
  evidence: (relationship, { first, sourceTypes, polarity }, { loaders }) => {
    const count = boundedInt('first', first, 1, LIMITS.pageSize, DEFAULT_EVIDENCE_FIRST);
    // Fetched with the relationship when the statement that read it saw this field coming (unfiltered).
    if (!sourceTypes && !polarity && relationship.prefetchedEvidence?.first === count) return relationship.prefetchedEvidence.items;
    return loaders.evidenceOf({ first: count, sourceTypes: sourceTypes ?? null, polarity: polarity ?? null }).load(relationship.id);
  },
};

export const ReceptorAction: ReceptorActionResolvers = {
  ligand: (relationship) => endOf(relationship, 'source'),
  receptor: (relationship) => endOf(relationship, 'target'),
  action: (relationship, _args, context) => leadingAction(relationship, context),
  relationship: (relationship) => relationship,
};
