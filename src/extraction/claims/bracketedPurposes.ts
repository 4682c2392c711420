import { AGENT_KINDS, OUTCOME_KINDS } from '../../domain/entityKinds';
import type { Unit } from '../units/unit';
import { assertionStatus, type SentenceCues } from './assertionStatus';
import { closingBracket } from './brackets';
import type { ClaimDraft } from './claimDraft';
import type { SentenceContext } from './sentenceContext';

// Words that label a line or a list as treatment ("Symptomatic:", "Management:", "Treatment options").
const TREATMENT_LABELS = new Set(['management', 'treatment', 'symptomatic', 'therapy', 'pharmacotherapy', 'medication', 'relief', 'manage', 'treat']);
const LIST_WORDS = new Set([',', 'and', 'or', '&', '/', 'the']);

/**
 * "Symptomatic: clonidine (sweating, anxiety); loperamide (diarrhoea)": in a line labelled as
 * treatment, or under a heading that asks for or names remedies, the signs in brackets after a
 * medicine are what it is given for. Only brackets that hold nothing but signs.
 */
export function bracketedPurposes(units: readonly Unit[], cues: SentenceCues, context: SentenceContext): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  units.forEach((unit, at) => {
    if (!unit.entity || !AGENT_KINDS.has(unit.entity.kind) || units[at + 1]?.lemma !== '(') return;
    if (!context.askedRemedyFor() && !units.slice(0, at).some((before) => TREATMENT_LABELS.has(before.lemma))) return;
    const isOutcome = (inside: Unit): boolean => inside.entity !== undefined && OUTCOME_KINDS.has(inside.entity.kind);
    const close = closingBracket(units, at + 1, units.length, (inside) => isOutcome(inside) || LIST_WORDS.has(inside.lemma));
    if (close === undefined) return;
    for (let target = at + 2; target < close; target += 1) {
      if (!isOutcome(units[target]!)) continue;
      drafts.push({ type: unit.entity.kind === 'Strategy' ? 'MITIGATES' : 'RELIEVES', source: unit.entity, target: units[target]!.entity!, ...assertionStatus(units, cues, { first: at + 1, last: at + 1 }, target) });
    }
  });
  return drafts;
}
