import { OUTCOME_KINDS } from '../../domain/entityKinds';
import { RELIEF_TYPES } from '../../domain/relationshipTypes';
import type { ClaimDraft } from '../claims/claimDraft';
import type { EntityRef, Unit } from '../units/unit';

const LIST_WORDS = new Set(['the', 'my', 'your', 'his', 'her', 'their', 'and', 'or', ',']);
const SEPARATORS = new Set([',', '-', '–', '—', ':', '?']);
// What a verdict may say after the target: "not so much", "not really", "nope", "nada"; "too", "as well".
const DENYING = [['not', 'so', 'much'], ['not', 'really'], ['not', 'at', 'all'], ['not', 'much'], ['nope'], ['no'], ['nada'], ['nothing'], ['zero'], ['not']];
const ADDING = [['too'], ['as', 'well'], ['also']];
const CLOSERS = new Set(['.', '!', 'though', 'tho', 'unfortunately', 'sadly', 'lol']);

/**
 * "Hot showers help with aches. Cravings, not so much.", "Clonidine helped the sweats. Anxiety too.":
 * a verbless line naming a symptom and a verdict on it. The relief the sentence before claimed,
 * with this target and the verdict's stance.
 */
export function verdictOnTarget(units: readonly Unit[], previous: readonly ClaimDraft[]): ClaimDraft[] {
  const targets: EntityRef[] = [];
  let index = 0;
  for (; index < units.length; index += 1) {
    const unit = units[index]!;
    if (unit.entity && OUTCOME_KINDS.has(unit.entity.kind)) targets.push(unit.entity);
    else if (!LIST_WORDS.has(unit.lemma) || (unit.lemma === ',' && !isListComma(units, index))) break;
  }
  if (targets.length === 0) return [];
  if (SEPARATORS.has(units[index]?.lemma ?? '')) index += 1;
  const denying = matchAt(units, index, DENYING);
  const verdict = denying ?? matchAt(units, index, ADDING);
  if (verdict === undefined || !units.slice(verdict).every((unit) => CLOSERS.has(unit.lemma))) return [];
  const reliefs = previous.filter((draft) => RELIEF_TYPES.has(draft.type) && draft.polarity === 'AFFIRMED');
  const claims = new Map<string, ClaimDraft>();
  for (const draft of reliefs) {
    for (const target of targets) {
      if (target.id === draft.target.id) continue;
      claims.set(`${draft.type}|${draft.source.id}|${target.id}`, { type: draft.type, source: draft.source, target, polarity: denying !== undefined ? 'NEGATED' : 'AFFIRMED', certainty: draft.certainty });
    }
  }
  return [...claims.values()];
}

/** A comma between two targets ("Cravings, anxiety, not so much"), not the one before the verdict. */
function isListComma(units: readonly Unit[], index: number): boolean {
  let next = index + 1;
  while (units[next] && LIST_WORDS.has(units[next]!.lemma) && units[next]!.lemma !== ',') next += 1;
  return units[next]?.entity !== undefined && OUTCOME_KINDS.has(units[next]!.entity!.kind);
}

/** Where the first of `phrases` that starts at `index` ends (exclusive), if one does. */
function matchAt(units: readonly Unit[], index: number, phrases: readonly (readonly string[])[]): number | undefined {
  const phrase = phrases.find((words) => words.every((word, at) => units[index + at]?.lemma === word));
  return phrase ? index + phrase.length : undefined;
}
