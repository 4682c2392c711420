import { findCues } from '../claims/assertionStatus';
import { RELIEF } from '../lexicon/triggerLexicon';
import type { ClaimDraft } from '../claims/claimDraft';
import type { EntityRef, Unit } from '../units/unit';

// Openers that add members to what the sentence before said ("Additionally, X and Y …", "So does
// the dose.", "Same with magnesium.").
const ADDITIVE_OPENERS = [['additionally'], ['also'], ['moreover'], ['furthermore'], ['in', 'addition'], ['besides'], ['likewise'],
  ['so', 'do'], ['so', 'can'], ['so', 'be'], ['so', 'have'], ['so', 'will'], ['same', 'with'], ['same', 'for'], ['same', 'go', 'for']];

// "Methadone has likewise been used", "Lofexidine can also help": an adverb of adding after the subject and its auxiliaries,
// before a verb of treating; what else a subject "also" does ("may also be contaminated") is no treatment.
const ADDITIVE_ADVERBS = new Set(['likewise', 'similarly', 'also']);
const TREATING = new Set([...RELIEF.entries.filter((entry) => entry.lemmas.length === 1).map((entry) => entry.lemmas[0]!), 'use', 'try', 'give', 'prescribe']);
const MAX_AUXILIARIES = 2;

/** The subject, a name, of a sentence that says with an adverb of adding that it treats too. */
function addedSubject(units: readonly Unit[]): Unit | undefined {
  if (!units[0]?.entity) return undefined;
  let at = 1;
  while (at <= MAX_AUXILIARIES && units[at]?.pos === 'AUX') at += 1;
  if (!ADDITIVE_ADVERBS.has(units[at]?.lemma ?? '')) return undefined;
  at += 1;
  while (units[at]?.pos === 'AUX') at += 1;
  return TREATING.has(units[at]?.lemma ?? '') ? units[0] : undefined;
}

/**
 * A sentence that opens with "Additionally," names no claim of its own and lists entities of the
 * kind that were the agents of the sentence before: those agents join that sentence's claims
 * ("Staying hydrated can help mitigate the wobbles. Additionally, a consistent sleep schedule and
 * meditation can foster a smoother transition.").
 */
export function continuedClaims(units: readonly Unit[], previous: readonly ClaimDraft[]): ClaimDraft[] {
  const added = addedSubject(units);
  if (previous.length === 0 || !(added || ADDITIVE_OPENERS.some((opener) => opener.every((word, at) => units[at]?.lemma === word)))) return [];
  const cues = findCues(units);
  if (cues.negations.length > 0) return [];
  const kinds = new Set(previous.map((draft) => draft.source.kind));
  const agents = new Map<string, EntityRef>();
  for (const unit of added ? [added] : units) if (unit.entity && !unit.entity.provisional && kinds.has(unit.entity.kind)) agents.set(unit.entity.id, unit.entity);
  const claims = new Map<string, ClaimDraft>();
  for (const draft of previous) {
    if (draft.polarity !== 'AFFIRMED') continue;
    for (const source of agents.values()) {
      if (source.kind !== draft.source.kind || source.id === draft.target.id) continue;
      claims.set(`${draft.type}|${source.id}|${draft.target.id}`, { type: draft.type, source, target: draft.target, polarity: 'AFFIRMED', certainty: cues.hedges.length > 0 ? 'HEDGED' : 'ASSERTED' });
    }
  }
  return [...claims.values()];
}

// "… are also frequent", "… occur too", "… were reported as well": the sentence adds to what the one before listed.
const ADDING_WORDS = new Set(['also', 'too']);
const addsToBefore = (units: readonly Unit[]): boolean =>
  units.some((unit, at) => ADDING_WORDS.has(unit.lemma) || (unit.lemma === 'as' && units[at + 1]?.lemma === 'well'));

/**
 * "Constipation is one of the most commonly reported side effects of kratom. Nausea and loss of
 * appetite are also frequent.": a sentence that names only symptoms, with no claim of its own, and
 * says with "also" that it adds to the sentence before, adds them to that sentence's one relation
 * to symptoms (the same type from the same source); where the sentence before relates symptoms to
 * more than one source, it is not said whose these are.
 */
export function continuedTargets(units: readonly Unit[], previous: readonly ClaimDraft[]): ClaimDraft[] {
  const named = units.flatMap((unit) => (unit.entity ? [unit.entity] : []));
  if (named.length === 0 || named.some((entity) => entity.kind !== 'Symptom') || !addsToBefore(units)) return [];
  const leads = new Map(previous.filter((draft) => draft.polarity === 'AFFIRMED' && draft.target.kind === 'Symptom').map((draft) => [`${draft.type}|${draft.source.id}`, draft]));
  if (leads.size !== 1) return [];
  const cues = findCues(units);
  if (cues.negations.length > 0 || cues.postNegations.length > 0) return [];
  const lead = [...leads.values()][0]!;
  const targets = new Map(named.map((entity) => [entity.id, entity]));
  return [...targets.values()].map((target) => ({ type: lead.type, source: lead.source, target, polarity: 'AFFIRMED', certainty: cues.hedges.length > 0 ? 'HEDGED' : 'ASSERTED' }));
}
