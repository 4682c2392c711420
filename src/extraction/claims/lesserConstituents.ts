import type { Unit } from '../units/unit';
import type { ClaimDraft } from './claimDraft';
import type { MadeClaim } from './ellipticClaims';

// "with smaller amounts of", "with lesser quantities of", "together with traces of".
const QUANTITY_NOUNS = new Set(['amount', 'quantity', 'trace', 'level', 'concentration', 'proportion']);
const QUANTITY_MODIFIERS = new Set(['DET', 'ADJ', 'ADV']);
// What joins the constituents after "of": "paynantheine, speciogynine and 7-hydroxymitragynine".
const LIST_JOINERS = new Set([',', 'and', 'or']);
// "the oxindole mitraphylline": words that class a constituent before its name.
const MAX_CLASS_WORDS = 2;

/**
 * "Kratom leaf contains mitragynine as its principal alkaloid, with lesser quantities of
 * 7-hydroxymitragynine, paynantheine and speciogynine": the constituents added after "with … amounts
 * of" are contained too, by what contains the first, with the same stance.
 */
export function lesserConstituents(units: readonly Unit[], made: readonly MadeClaim[]): ClaimDraft[] {
  const contained = made.find((claim) => claim.pair.type === 'CONTAINS');
  if (!contained) return [];
  const of = quantityOf(units, contained.trigger.last + 1);
  if (of < 0) return [];
  const drafts: ClaimDraft[] = [];
  let classWords = 0;
  for (let at = of + 1; at < units.length; at += 1) {
    const unit = units[at]!;
    if (unit.entity?.kind === 'Compound') {
      if (unit.entity.id !== contained.pair.target.id) drafts.push({ type: 'CONTAINS', source: contained.pair.source, target: unit.entity, ...contained.status });
      classWords = 0;
    } else if (LIST_JOINERS.has(unit.lemma) || (unit.pos === 'DET' && classWords === 0)) classWords = 0;
    else if ((unit.pos === 'NOUN' || unit.pos === 'ADJ') && !unit.entity && classWords < MAX_CLASS_WORDS) classWords += 1;
    else break;
  }
  return drafts;
}

/** The index of "of" in "with (smaller) amounts of" after `from`, else -1. */
function quantityOf(units: readonly Unit[], from: number): number {
  for (let at = from; at < units.length - 2; at += 1) {
    if (units[at]!.lemma !== 'with') continue;
    let noun = at + 1;
    while (units[noun] && QUANTITY_MODIFIERS.has(units[noun]!.pos) && !QUANTITY_NOUNS.has(units[noun]!.lemma)) noun += 1;
    if (QUANTITY_NOUNS.has(units[noun]?.lemma ?? '') && units[noun + 1]?.lemma === 'of') return noun + 1;
  }
  return -1;
}
