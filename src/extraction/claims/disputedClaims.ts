import { RELIEF_TYPES } from '../../domain/relationshipTypes';
import { DISAGREEMENT_CUES, FAILED_AT, FAILURE_POST_CUES, OTHER_SOURCES } from '../lexicon/assertionCues';
import type { Unit } from '../units/unit';
import { withoutBrackets } from './brackets';
import type { MadeClaim } from './ellipticClaims';
import { findPhrases } from './matchPhrase';
import type { ClaimDraft } from './claimDraft';

const CONTRASTS = new Set(['whereas', 'but', 'while', 'however', 'yet']);
// Who disagrees: "others", "other studies", "a small retrospective series", "some", "many"; or authors by name (namesAuthors).
const DISPUTERS = new Set([...OTHER_SOURCES, 'some', 'many', 'study', 'studies', 'trial', 'trials', 'series', 'review', 'reviews', 'people', 'ppl', 'users', 'patients', 'doctor', 'doctors', 'evidence', 'dr']);
const MAX_SUBJECT_WORDS = 5;
// The writer's own trial: no subject, the writer, or the remedy as a pronoun ("It did nothing for me").
const TRIED_IT = new Set(['i', 'it', 'that', 'this', 'they']);
const WRITER = new Set(['i', 'me', 'us', 'we', 'my']);
const CLAUSE_ENDS = new Set([';', '.', ':']);
const TRYING = new Set(['try', 'tried', 'test', 'give', 'go']);

// "Delacroix et al.", "Chaudry and Mbeki": authors named as a review cites them.
const AUTHOR_JOINERS = new Set(['and', '&', ',', 'et', 'al', '.']);
const namesAuthors = (subject: readonly Unit[]): boolean =>
  subject.some((unit) => unit.pos === 'PROPN') && subject.every((unit) => unit.pos === 'PROPN' || AUTHOR_JOINERS.has(unit.lemma));

/**
 * A failure said with no object of its own, by someone set against the claim ("but others found no
 * benefit"), or by the writer of the remedy just praised ("Everyone says magnesium helps restless
 * legs. Didn't help at all for me.", "It did nothing for me").
 */
function disputeAt(units: readonly Unit[], from: number, writerMay: boolean): boolean {
  const failure = findPhrases(units.slice(from), FAILURE_POST_CUES)[0];
  if (!failure) return false;
  const cue = { first: from + failure.first, last: from + failure.last };
  // "a second series (n = 14)": what a bracket adds is no part of who disagrees.
  const subject = withoutBrackets(units.slice(from, cue.first)).filter((unit) => unit.pos !== 'AUX');
  const byOthers = subject.some((unit) => DISPUTERS.has(unit.lemma) || DISPUTERS.has(unit.text.toLowerCase())) || namesAuthors(subject);
  // "I tried it, it did nothing", "I try, it not help": the writer's trial told before the failure.
  const byWriter = writerMay && subject.every((unit) => TRIED_IT.has(unit.lemma) || TRYING.has(unit.lemma) || unit.lemma === ',');
  if (subject.length > MAX_SUBJECT_WORDS || !(byOthers || byWriter)) return false;
  // What failed is named in the failure's own clause ("found no benefit for cravings"), not after a semicolon.
  const after = units.slice(cue.last + 1, cue.last + 4);
  const end = after.findIndex((unit) => CLAUSE_ENDS.has(unit.lemma));
  const clause = end < 0 ? after : after.slice(0, end);
  return !clause.some((unit, at) => unit.entity || (FAILED_AT.has(unit.lemma) && !WRITER.has(units[cue.last + 2 + at]?.lemma ?? '')));
}

const denied = (draft: Pick<ClaimDraft, 'type' | 'source' | 'target'>, clause?: ClaimDraft['clause']): ClaimDraft => ({ type: draft.type, source: draft.source, target: draft.target, polarity: 'NEGATED', certainty: 'ASSERTED', ...(clause ? { clause } : {}) });

/**
 * "Some authors advocate gabapentin for kratom withdrawal, whereas a small retrospective series found
 * no benefit", "some studies suggest gabapentin may help, but others found no benefit": sources that
 * disagree. The claim made before the contrast ("Dr Smith says kratom causes liver injury; Dr Jones
 * disagrees") is also denied, by the sources after it.
 */
export function disputedInSentence(units: readonly Unit[], made: readonly MadeClaim[]): ClaimDraft[] {
  // "Gabapentin: may ease restless legs (one case series); a second series found no benefit": a semicolon sets sources apart too.
  // "Some say CBD helps the anxiety, others say it does nothing": a comma before other sources too.
  const contrast = units.findIndex((unit, at) => at > 0 && (CONTRASTS.has(unit.lemma) || unit.lemma === ';' || (unit.lemma === ',' && OTHER_SOURCES.has(units[at + 1]?.lemma ?? ''))));
  if (contrast < 0 || !disputeAt(units, contrast + 1, false)) return [];
  // The disputing clause is its own evidence: the sentence affirms the claim before the contrast.
  const clause = { start: units[contrast]!.start, end: units[units.length - 1]!.end };
  return made.filter(({ trigger, status }) => trigger.last < contrast && status.polarity === 'AFFIRMED').map(({ pair }) => denied(pair, clause));
}

/**
 * "Some of us swear by gabapentin. Others say it did nothing.", "… Didn't help at all for me.": the next
 * sentence disputes the relief before it. "The FDA has warned that kratom can cause seizures. The
 * American Kratom Association disputes that.": a source that disagrees, whoever it is, disputes
 * whatever the sentence before claimed.
 */
export function disputedAfter(units: readonly Unit[], previous: readonly ClaimDraft[]): ClaimDraft[] {
  let from = 0;
  while (units[from] && (CONTRASTS.has(units[from]!.lemma) || units[from]!.lemma === ',')) from += 1;
  const disagreement = disagreementAt(units, from);
  if (!disagreement && !disputeAt(units, from, true)) return [];
  return previous.filter((draft) => draft.polarity === 'AFFIRMED' && (disagreement || RELIEF_TYPES.has(draft.type))).map((draft) => denied(draft));
}

// What a disagreement may point back with: "disputes that", "rejects this", "denies those claims".
const POINTERS = new Set(['that', 'this', 'these', 'those', 'it', 'the', 'claim', 'claims', 'finding', 'findings', 'warning', 'link', 'idea']);
const MAX_SOURCE_WORDS = 6;

/** "The American Kratom Association disputes that", "Critics reject this": a source's disagreement naming nothing after it but what it points back to. */
function disagreementAt(units: readonly Unit[], from: number): boolean {
  const cue = findPhrases(units.slice(from), DISAGREEMENT_CUES)[0];
  if (!cue || cue.first === 0 || cue.first > MAX_SOURCE_WORDS) return false;
  const source = units.slice(from, from + cue.first);
  // Who disagrees is a name ("The American Kratom Association", "Critics"), not a clause of its own.
  if (source.some((unit) => unit.pos === 'VERB' || CLAUSE_ENDS.has(unit.lemma))) return false;
  let at = from + cue.last + 1;
  while (units[at] && POINTERS.has(units[at]!.lemma)) at += 1;
  return !units[at] || units[at]!.lemma === ',' || CLAUSE_ENDS.has(units[at]!.lemma);
}
