import type { Unit } from '../units/unit';
import type { SentenceCues } from './assertionStatus';
import { assertionStatus } from './assertionStatus';
import type { ClaimDraft } from './claimDraft';
import type { SentenceContext } from './sentenceContext';

// Kindness to the body, said of a way of coming off: "gentler", "safer", "more comfortable".
const KINDER = new Set(['gentle', 'safe', 'smooth', 'mild', 'kind', 'comfortable', 'bearable', 'tolerable']);
// What may stand between the copula and the adjective: "is usually much gentler", "is not any safer".
const DEGREE = new Set(['much', 'far', 'way', 'a', 'lot', 'bit', 'even', 'more', 'any']);

/**
 * "A gradual taper is gentler for most people", "Tapering is much safer than stopping cold turkey": a
 * strategy said to be kinder, in a text about a withdrawal, eases that withdrawal. Only comparatives
 * of kindness count: "tapering is easier with a scale" says how easy it is to do, not what it eases;
 * a strategy the sentence already relates to something is left to that claim.
 */
export function gentlerStrategy(units: readonly Unit[], cues: SentenceCues, context: SentenceContext, drafts: readonly ClaimDraft[]): ClaimDraft[] {
  const subject = units.findIndex((unit) => unit.entity?.kind === 'Strategy' && !unit.entity.provisional);
  const strategy = units[subject]?.entity;
  if (!strategy || units[subject + 1]?.lemma !== 'be' || drafts.some((draft) => draft.source.id === strategy.id)) return [];
  let at = subject + 2;
  while (units[at] && (DEGREE.has(units[at]!.lemma) || units[at]!.pos === 'ADV' || units[at]!.pos === 'PART')) at += 1;
  const adjective = units[at];
  const comparative = adjective !== undefined && (adjective.text.toLowerCase() !== adjective.lemma || units[at - 1]?.lemma === 'more');
  if (!adjective || adjective.pos !== 'ADJ' || !KINDER.has(adjective.lemma) || !comparative) return [];
  const withdrawal = context.withdrawal();
  return withdrawal ? [{ type: 'MITIGATES', source: strategy, target: withdrawal, ...assertionStatus(units, cues, { first: at, last: at }, at) }] : [];
}
