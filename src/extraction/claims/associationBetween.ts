import { RELATIONSHIP_ENDS } from '../../domain/relationshipEnds';
import { TERMINATORS } from '../lexicon/assertionCues';
import { ASSOCIATION } from '../lexicon/triggerLexicon';
import { type EntityRef, type Unit } from '../units/unit';
import { assertionStatus, type SentenceCues } from './assertionStatus';
import type { ClaimDraft } from './claimDraft';
import type { SentenceContext } from './sentenceContext';

// Nouns of a relation between two things, as studies write them: "an association between X and Y".
const RELATION_NOUNS = new Set(['association', 'link', 'correlation', 'relationship', 'connection', 'relation']);
const MAX_ARGUMENT_REACH = 4;

/**
 * "We found no association between kratom use and liver injury", "the link between daily dosing and
 * dependence": a relation noun joins the two things after "between"; the first is the agent, the
 * second what it is associated with, the type by their kinds as for "associated with"; with the
 * sentence's stance.
 */
export function associationBetween(units: readonly Unit[], cues: SentenceCues, context: SentenceContext): ClaimDraft[] {
  return units.flatMap((unit, index): ClaimDraft[] => {
    if (!RELATION_NOUNS.has(unit.lemma) || units[index + 1]?.lemma !== 'between') return [];
    const first = argumentFrom(units, index + 2, context);
    const and = first && units[first.end + 1]?.lemma === 'and' ? first.end + 1 : -1;
    const second = and > 0 ? argumentFrom(units, and + 1, context) : undefined;
    if (!first || !second) return [];
    const type = ASSOCIATION.types.find((candidate) => RELATIONSHIP_ENDS[candidate].source.includes(first.entity.kind) && RELATIONSHIP_ENDS[candidate].target.includes(second.entity.kind));
    if (!type) return [];
    return [{ type, source: first.entity, target: second.entity, ...assertionStatus(units, cues, { first: index, last: index + 1 }, second.index) }];
  });
}

/** The first entity from `from` in a few words of its noun phrase ("kratom use", "daily dosing", "withdrawal severity"), and where its phrase ends. */
function argumentFrom(units: readonly Unit[], from: number, context: SentenceContext): { entity: EntityRef; index: number; end: number } | undefined {
  for (let at = from; at < Math.min(units.length, from + MAX_ARGUMENT_REACH); at += 1) {
    const unit = units[at]!;
    if (TERMINATORS.has(unit.lemma) || unit.lemma === 'and') return undefined;
    const entity = unit.entity ?? (unit.anaphor ? context.resolve(units, at, unit.anaphor.kinds)[0] : undefined);
    if (!entity) continue;
    let end = at;
    // "kratom use", "withdrawal severity": the noun the entity modifies ends its phrase.
    while (units[end + 1]?.pos === 'NOUN' && !units[end + 1]!.entity && !units[end + 1]!.anaphor) end += 1;
    return { entity, index: at, end };
  }
  return undefined;
}
