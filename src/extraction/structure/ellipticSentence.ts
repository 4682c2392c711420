import type { ClaimDraft } from '../claims/claimDraft';
import { AUXILIARIES, ellipticStance, repeatedType } from '../claims/ellipticClaims';
import { isArgument, type Unit } from '../units/unit';

// What may open the sentence before its subject ("But kratom withdrawal does not.", "And so does lofexidine.").
const OPENERS = new Set(['but', 'and', 'yet', 'however', 'whereas', ',']);
// What may close it after the auxiliary ("Lofexidine does too.", "Naloxone doesn't either.").
const CLOSERS = new Set(['too', 'also', 'either', 'though', 'as', 'well', ',']);
const ENDS = new Set(['.', '!', ';']);
const MAX_ASIDE = 4;
// Nouns that name their subject a cause of what the sentence before named.
const CAUSE_NOUNS = new Set(['predictor', 'factor', 'contributor', 'cause', 'driver', 'determinant']);
const CAUSAL_TYPES = new Set(['CAUSES', 'CONTRIBUTES_TO']);

/**
 * Verb-phrase ellipsis across a sentence boundary: a sentence that is only a subject and an
 * auxiliary repeats the claims of the sentence before for its subject, with its own stance
 * ("Alcohol withdrawal can cause seizures. Kratom withdrawal, on its own, typically does not.",
 * "Clonidine eases the sweats. Lofexidine does too."). Only affirmed claims are repeated: what a
 * denial's ellipsis means ("… does not. Nor does X.") is read within one sentence (claims/ellipticClaims).
 */
export function ellipticSentence(units: readonly Unit[], previous: readonly ClaimDraft[]): ClaimDraft[] {
  const { subject, causal } = ellipticSubject(units) ?? {};
  if (!subject) return [];
  const stance = ellipticStance(units);
  const claims = new Map<string, ClaimDraft>();
  for (const draft of previous) {
    if (draft.polarity !== 'AFFIRMED' || (causal && !CAUSAL_TYPES.has(draft.type))) continue;
    const type = repeatedType(draft, subject);
    if (type) claims.set(`${type}|${draft.target.id}`, { type, source: subject, target: draft.target, ...stance });
  }
  return [...claims.values()];
}

/**
 * The named subject of a sentence made of a subject, an aside, adverbs and an auxiliary alone; or of
 * one that names it a cause with no object ("Duration of use was not a predictor."), which repeats
 * only what the sentence before said brings something on.
 */
function ellipticSubject(units: readonly Unit[]): { subject: NonNullable<Unit['entity']>; causal: boolean } | undefined {
  let at = 0;
  while (OPENERS.has(units[at]?.lemma ?? '')) at += 1;
  const subject = units[at]?.entity;
  if (!subject) return undefined;
  at += 1;
  // "Kratom withdrawal, on its own, typically does not": an aside between commas that names nothing.
  if (units[at]?.lemma === ',') {
    const closing = units.findIndex((unit, index) => index > at && index <= at + 1 + MAX_ASIDE && unit.lemma === ',');
    if (closing < 0 || units.slice(at + 1, closing).some((unit) => isArgument(unit) || unit.pos === 'VERB')) return undefined;
    at = closing + 1;
  }
  while (units[at]?.pos === 'ADV' && !AUXILIARIES.has(units[at]!.lemma)) at += 1;
  if (!AUXILIARIES.has(units[at]?.lemma ?? '')) return undefined;
  const copula = units[at]!.lemma === 'be';
  at += 1;
  while (units[at] && (units[at]!.lemma === 'not' || units[at]!.pos === 'ADV' || CLOSERS.has(units[at]!.lemma))) at += 1;
  const ends = (index: number): boolean => index === units.length || (index === units.length - 1 && ENDS.has(units[index]!.lemma));
  if (ends(at)) return { subject, causal: false };
  // "was not a predictor", "is also an independent risk factor", "was a significant contributor".
  if (!copula) return undefined;
  while (units[at] && !units[at]!.entity && (units[at]!.pos === 'DET' || units[at]!.pos === 'ADJ' || units[at]!.lemma === 'risk')) at += 1;
  return CAUSE_NOUNS.has(units[at]?.lemma ?? '') && ends(at + 1) ? { subject, causal: true } : undefined;
}
