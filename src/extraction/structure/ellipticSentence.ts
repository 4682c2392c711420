import type { ClaimDraft } from '../claims/claimDraft';
import { AUXILIARIES, ellipticStance, repeatedType } from '../claims/ellipticClaims';
import { isArgument, type Unit } from '../units/unit';

// What may open the sentence before its subject ("But kratom withdrawal does not.", "And so does lofexidine.").
const OPENERS = new Set(['but', 'and', 'yet', 'however', 'whereas', ',']);
// What may close it after the auxiliary ("Lofexidine does too.", "Naloxone doesn't either.").
const CLOSERS = new Set(['too', 'also', 'either', 'though', 'as', 'well', ',']);
const ENDS = new Set(['.', '!', ';']);
const MAX_ASIDE = 4;

/**
 * Verb-phrase ellipsis across a sentence boundary: a sentence that is only a subject and an
 * auxiliary repeats the claims of the sentence before for its subject, with its own stance
 * ("Alcohol withdrawal can cause seizures. Kratom withdrawal, on its own, typically does not.",
 * "Clonidine eases the sweats. Lofexidine does too."). Only affirmed claims are repeated: what a
 * denial's ellipsis means ("… does not. Nor does X.") is read within one sentence (claims/ellipticClaims).
 */
export function ellipticSentence(units: readonly Unit[], previous: readonly ClaimDraft[]): ClaimDraft[] {
  const subject = ellipticSubject(units);
  if (!subject) return [];
  const stance = ellipticStance(units);
  const claims = new Map<string, ClaimDraft>();
  for (const draft of previous) {
    if (draft.polarity !== 'AFFIRMED') continue;
    const type = repeatedType(draft, subject);
    if (type) claims.set(`${type}|${draft.target.id}`, { type, source: subject, target: draft.target, ...stance });
  }
  return [...claims.values()];
}

/** The named subject of a sentence made of a subject, an aside, adverbs and an auxiliary alone. */
function ellipticSubject(units: readonly Unit[]): Unit['entity'] {
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
  at += 1;
  while (units[at] && (units[at]!.lemma === 'not' || units[at]!.pos === 'ADV' || CLOSERS.has(units[at]!.lemma))) at += 1;
  return at === units.length || (at === units.length - 1 && ENDS.has(units[at]!.lemma)) ? subject : undefined;
}
