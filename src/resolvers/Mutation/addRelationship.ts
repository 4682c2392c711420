import { checkLine, INPUT_LIMITS } from '../../domain/inputRules';
import { RELATIONSHIP_ENDS } from '../../domain/relationshipEnds';
import type { MutationResolvers } from '../../generated/resolvers';
import { addCuratedRelationship } from '../../graph/curationRepository';
import { findEntitiesByIds } from '../../graph/entityRepository';
import { findRelationshipsByIds } from '../../graph/relationshipRepository';
import { curationOf } from '../curationOf';
import { requireWriter } from '../requireWriter';
import { badUserInput, checkUserInput, notFound } from '../userErrors';

export const addRelationship: NonNullable<MutationResolvers['addRelationship']> = async (_parent, { input }, context) => {
  requireWriter(context);
  const { action } = input;
  if (action != null) checkUserInput(() => checkLine('action', action, INPUT_LIMITS.action));
  const curation = curationOf(input.note, false);
  const found = await findEntitiesByIds(context.database, [input.sourceId, input.targetId]);
  const source = found.find((entity) => entity.id === input.sourceId);
  const target = found.find((entity) => entity.id === input.targetId);
  if (!source) throw notFound(`No entity has the id ${JSON.stringify(input.sourceId)}.`);
  if (!target) throw notFound(`No entity has the id ${JSON.stringify(input.targetId)}.`);
  const ends = RELATIONSHIP_ENDS[input.type];
  if (!ends.source.includes(source.kind) || !ends.target.includes(target.kind)) {
    throw badUserInput(
      `${input.type} joins ${ends.source.join('/')} → ${ends.target.join('/')}; got ${source.kind} → ${target.kind}.`,
    );
  }
  if (ends.sameKind && source.kind !== target.kind) {
    throw badUserInput(`${input.type} joins two entities of one kind; got ${source.kind} → ${target.kind}.`);
  }
  const id = await addCuratedRelationship(context.database, {
    type: input.type,
    sourceId: source.id,
    targetId: target.id,
    action: action ?? null,
  }, curation);
  const [relationship] = await findRelationshipsByIds(context.database, [id]);
  if (!relationship) throw new Error(`Relationship ${id} was written but cannot be read back.`);
  return relationship;
};
