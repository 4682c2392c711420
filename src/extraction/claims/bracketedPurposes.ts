import type { Unit } from '../units/unit';
import { assertionStatus, type SentenceCues } from './assertionStatus';
import type { ClaimDraft } from './claimDraft';
import type { SentenceContext } from './sentenceContext';

// Words that label a line or a list as treatment ("Symptomatic:", "Management:", "Treatment options").
const TREATMENT_LABELS = new Set(['management', 'treatment', 'symptomatic', 'therapy', 'pharmacotherapy', 'medication', 'relief', 'manage', 'treat']);
const AGENT_KINDS = new Set(['Substance', 'Compound', 'Strategy']);
const TARGET_KINDS = new Set(['Symptom', 'Condition']);
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
    const targets: number[] = [];
    let close = at + 2;
    for (; close < units.length && units[close]!.lemma !== ')'; close += 1) {
      const inside = units[close]!;
      if (inside.entity && TARGET_KINDS.has(inside.entity.kind)) targets.push(close);
      else if (!LIST_WORDS.has(inside.lemma)) return;
    }
    if (units[close]?.lemma !== ')') return;
    for (const target of targets) {
      drafts.push({ type: unit.entity.kind === 'Strategy' ? 'MITIGATES' : 'RELIEVES', source: unit.entity, target: units[target]!.entity!, ...assertionStatus(units, cues, { first: at + 1, last: at + 1 }, target) });
    }
  });
  return drafts;
}
