import type { Certainty, Polarity } from '../../domain/assertionStatus';
import { AGENT_KINDS } from '../../domain/entityKinds';
import {
  CLAUSE_BOUNDARIES,
  CLAUSE_SUBJECTS,
  FAILED_AT,
  FACTIVE_VERBS,
  FAILURE_POST_CUES,
  HEDGE_CUES,
  HEDGE_POST_CUES,
  NEGATION_FRAMES,
  NEGATION_POST_CUES,
  NEGATION_PRE_CUES,
  OTHER_SOURCES,
  PERMISSIONS,
  PSEUDO_NEGATIONS,
  LEFT_AS_IT_WAS,
  RULED_FALSE_POST_CUES,
  RULING_POST_CUES,
  TERMINATORS,
} from '../lexicon/assertionCues';
import { isArgument, type Unit } from '../units/unit';
import { findPhrases } from './matchPhrase';

export interface Span {
  first: number;
  last: number;
}

/** The cues of one sentence, found once and asked per claim. */
export interface SentenceCues {
  negations: Span[];
  postNegations: Span[];
  /** "It is a myth that …": turns over what its clause says. */
  frames: Span[];
  hedges: Span[];
  /** "…, although the evidence is weak": a hedge of the whole sentence. */
  postHedges: Span[];
  /** "Myth: …": the whole line is what the page denies. */
  myth: boolean;
  /** "Absent: hallucinations, seizures": where the label that denies what follows it ends (-1: none). */
  deniedAfter: number;
  /** "Had clonidine helped the sweats, …", "If kava had worked, …": where a clause contrary to fact ends (-1: none). */
  counterfactualEnd: number;
  /** "… — not supported.", "…, which is false.": a ruling after the claim that turns over what it rules on. */
  rulings: Span[];
  /** "Without kratom I wouldn't have …": where the agent whose absence the sentence imagines is named (-1: none). */
  imaginedAbsence: number;
}

const within = (inner: Span, outer: Span): boolean => outer.first <= inner.first && inner.last <= outer.last;
const longer = (a: Span, b: Span): boolean => a.last - a.first > b.last - b.first;

export function findCues(units: readonly Unit[]): SentenceCues {
  const pseudo = findPhrases(units, PSEUDO_NEGATIONS);
  // "There is no doubt that …": a frame that shares a word with a pseudo-negation is part of it.
  const frames = findPhrases(units, NEGATION_FRAMES).filter((frame) => !pseudo.some((p) => frame.first <= p.last && p.first <= frame.last));
  const permissions = findPhrases(units, PERMISSIONS);
  // A negation that shares a word with a pseudo-negation is part of it ("did nothing but ease").
  const inPseudo = (span: Span): boolean => pseudo.some((p) => span.first <= p.last && p.first <= span.last);
  const negations = findPhrases(units, NEGATION_PRE_CUES).filter((span) => !inPseudo(span) && !frames.some((frame) => within(span, frame)) && !isUnstoppable(units, span));
  // "neither … nor" is one negation, not two.
  const withoutNor = negations.filter((span) => !(units[span.first]!.lemma === 'nor' && negations.some((other) => other.first < span.first && units[other.first]!.lemma === 'neither')));
  return {
    negations: withoutNor,
    postNegations: [
      ...findPhrases(units, NEGATION_POST_CUES),
      ...findPhrases(units, FAILURE_POST_CUES).filter((span) => !namesWhatFailed(units, span)),
    ],
    rulings: [...findPhrases(units, RULING_POST_CUES).filter((span) => closesLine(units, span)), ...findPhrases(units, RULED_FALSE_POST_CUES)],
    frames,
    // A hedge inside a longer pseudo-negation is part of it ("not necessarily" is itself a hedge).
    hedges: findPhrases(units, HEDGE_CUES).filter(
      // Nor the claim a frame rejects ("rejected claims that …": the rejection is firm).
      (span) =>
        !pseudo.some((p) => within(span, p) && longer(p, span)) &&
        !permissions.some((p) => within(span, p)) &&
        !frames.some((frame) => within(span, frame)) &&
        !isAttributive(units, span) &&
        !isCountedReport(units, span) &&
        !isPastInability(units, span),
    ),
    postHedges: findPhrases(units, HEDGE_POST_CUES),
    myth: isMythLine(units),
    deniedAfter: negatingLabelEnd(units),
    counterfactualEnd: counterfactualEnd(units),
    imaginedAbsence: imaginedAbsence(units),
  };
}

/**
 * What a sentence says of one claim (NegEx / ConText): a negation before the trigger reaches it
 * unless a terminator ("but", "which", a comma …) or a new clause stands between; one between the
 * trigger and this claim's target negates only that target ("reduces sweating but not cravings");
 * one after the trigger reaches back over its clause, or over the sentence when its clause is
 * about the claim itself ("…, but this claim is false"). Negations do not cancel each other, a
 * frame ("it is a myth that …") turns its clause over. A hedge colours its clause.
 */
export function assertionStatus(units: readonly Unit[], cues: SentenceCues, trigger: Span, targetIndex: number): { polarity: Polarity; certainty: Certainty } {
  const onTrigger = (cue: Span): boolean => cue.first <= trigger.last && cue.last >= trigger.first;
  const reaches = (cue: Span, terminators: ReadonlySet<string>): boolean =>
    cue.last < trigger.first && clear(units, cue.last + 1, trigger.first, terminators) && !reducedRelative(units, cue, trigger) && !factiveBetween(units, cue.last + 1, trigger.first) && !closesBracket(units, cue.last + 1, trigger.first);
  const predicate =
    LEFT_AS_IT_WAS.has(units[trigger.last]!.lemma) ||
    cues.negations.some((cue) => onTrigger(cue) || reaches(cue, TERMINATORS)) ||
    cues.postNegations.some((cue) => cue.first > trigger.last && reachesBack(units, trigger, cue));
  const target =
    cues.negations.some((cue) => cue.first > trigger.last && targetIndex > cue.last && clear(units, cue.last + 1, targetIndex, TARGET_TERMINATORS)) ||
    deniedLabel(units, cues, targetIndex) ||
    (cues.deniedAfter >= 0 && targetIndex > cues.deniedAfter) ||
    minusAfter(units, targetIndex);
  const counterfactual = trigger.last < cues.counterfactualEnd || (cues.imaginedAbsence >= 0 && trigger.first > cues.imaginedAbsence);
  // "Kratom causes no withdrawal, according to vendors, which is false": a ruling turns the claim over, a denial too.
  const ruled = cues.rulings.some((cue) => cue.first > trigger.last && reachesBack(units, trigger, cue));
  const frames = cues.frames.filter((cue) => reaches(cue, TARGET_TERMINATORS)).length + (cues.myth ? 1 : 0) + (counterfactual ? 1 : 0) + (ruled ? 1 : 0);
  const negated = (predicate || target) !== (frames % 2 === 1);
  const hedged = cues.hedges.some((cue) => sameClause(units, cue, trigger)) || cues.postHedges.some((cue) => cue.first > trigger.last);
  return { polarity: negated ? 'NEGATED' : 'AFFIRMED', certainty: hedged ? 'HEDGED' : 'ASSERTED' };
}

/**
 * "Adverse effects: - Serotonin syndrome: no case attributable to kratom alone", "Seizures: not
 * reported": a target that labels a line whose value opens with a negation is denied there.
 */
const deniedLabel = (units: readonly Unit[], cues: SentenceCues, targetIndex: number): boolean =>
  units[targetIndex + 1]?.lemma === ':' && cues.negations.some((cue) => cue.first === targetIndex + 2);

const PAST_PERFECT_REACH = 4;

/**
 * "Had clonidine helped the sweats, he would not have stopped it", "If kava had worked, I'd have kept
 * taking it": a past condition contrary to fact says what did not happen; its clause ends at the comma.
 */
function counterfactualEnd(units: readonly Unit[]): number {
  const inverted = units[0]?.text.toLowerCase() === 'had' && units[1] !== undefined && (isArgument(units[1]) || units[1].pos === 'PRON' || units[1].pos === 'DET');
  const pastPerfect = units[0]?.lemma === 'if' && units.slice(1, 1 + PAST_PERFECT_REACH).some((unit, at) => unit.text.toLowerCase() === 'had' && units[at + 2]?.pos === 'VERB');
  if (!inverted && !pastPerfect) return -1;
  const comma = units.findIndex((unit) => unit.lemma === ',');
  return comma < 0 ? -1 : comma;
}

// "Without kratom", "If it weren't for kratom", "If not for kratom", "But for kratom": the agent imagined away.
const ABSENCE_OPENERS: readonly (readonly string[])[] = [['without'], ['if', 'it', 'be', 'not', 'for'], ['if', 'not', 'for'], ['but', 'for']];
const IMAGINING = new Set(['would', 'could']);

/**
 * "Without kratom I wouldn't have gotten through opioid withdrawal", "If it weren't for clonidine I
 * could never have slept": what would not have happened without an agent is what the agent did. The
 * agent's index, where the sentence opens on its absence and goes on with "would" or "could"; else -1.
 */
function imaginedAbsence(units: readonly Unit[]): number {
  const lemmas = units.map((unit) => unit.lemma.toLowerCase());
  const opener = ABSENCE_OPENERS.find((words) => words.every((word, at) => lemmas[at] === word || (word === 'not' && lemmas[at] === "n't")));
  const agent = opener ? units[opener.length] : undefined;
  if (!opener || !agent?.entity || !AGENT_KINDS.has(agent.entity.kind)) return -1;
  return lemmas.slice(opener.length + 1).some((lemma) => IMAGINING.has(lemma)) ? opener.length : -1;
}

// Clinical notes' labels of what is not there: "Absent: …", "Negative: …", "Not present: …", "Denies: …".
const NEGATING_LABELS = new Set(['absent', 'negative', 'denies', 'deny', 'none']);

/** Where a line's negating label ends (its colon), or -1. */
function negatingLabelEnd(units: readonly Unit[]): number {
  const label = units[0]?.lemma === 'not' && units[1]?.lemma === 'present' ? 1 : 0;
  const named = label === 1 || NEGATING_LABELS.has(units[0]?.lemma ?? '');
  return named && units[label + 1]?.lemma === ':' ? label + 1 : -1;
}

const CLOSING_MARKS = new Set([',', ';', '.']);
const MINUS = new Set(['-', '−', '–']);

/** "Rhinorrhoea +, lacrimation +, tremor -.": a sign charted with a minus is absent. */
const minusAfter = (units: readonly Unit[], targetIndex: number): boolean =>
  MINUS.has(units[targetIndex + 1]?.text ?? '') && (units[targetIndex + 2] === undefined || CLOSING_MARKS.has(units[targetIndex + 2]!.lemma));

// Between a negation and the target it reaches, a list may run on ("not X, Y or Z"), a clause may not.
const TARGET_TERMINATORS = new Set([...TERMINATORS].filter((word) => word !== ','));
// Words by which a later clause talks about the claim itself, so a post-negation there reaches it.
const CLAIM_REFERENCES = new Set(['this', 'that', 'which', 'it', 'claim', 'idea', 'notion', 'belief', 'statement', 'none', 'neither']);
const CONNECTIVES = new Set(['and', 'so', 'or', 'but']);
const PREDICATE_POS = new Set(['AUX', 'VERB']);
const OBJECT_POS = new Set(['NOUN', 'PRON', 'PROPN']);
// What may open a verdict after its colon: adverbs ("pretty much useless"), an article ("mostly a myth"), an auxiliary ("didn't"), a quotation mark.
const VERDICT_LEAD = new Set(['ADV', 'DET', 'AUX', '"', '“', "'", '‘']);
const LIST_END = new Set([',', 'and', 'or', '.', ';', ')', '!', '?']);
// What sets a verdict after the words it rules on: "…: useless", "… — false", "… (not supported)".
const VERDICT_MARKS = new Set([':', '—', '–', '-', '(']);

const RULING_LEAD = new Set(['ADV', 'DET']);

/** A ruling set after a verdict mark (adverbs and an article may come between: "— mostly a myth") with only punctuation after it. */
function closesLine(units: readonly Unit[], span: Span): boolean {
  let lead = span.first;
  while (RULING_LEAD.has(units[lead - 1]?.pos ?? '')) lead -= 1;
  return VERDICT_MARKS.has(units[lead - 1]?.lemma ?? '') && units.slice(span.last + 1).every((unit) => unit.pos === 'PUNCT');
}

function clear(units: readonly Unit[], from: number, to: number, terminators: ReadonlySet<string>): boolean {
  for (let index = from; index < to; index += 1) {
    // "Neither agent, however, has any effect": a one-word aside between commas ends no scope.
    const aside = asideEnd(units, index);
    if (aside !== undefined) index = aside;
    else if (terminators.has(units[index]!.lemma) || newClause(units, index) || (terminators !== CLAUSE_BOUNDARIES && secondPredicate(units, index))) return false;
  }
  return true;
}

/** "Sleep hygiene (no screens, a cool room) might help": a cue inside brackets that close before the trigger is the bracket's own. */
function closesBracket(units: readonly Unit[], from: number, to: number): boolean {
  let depth = 0;
  for (let index = from; index < to; index += 1) {
    if (units[index]!.lemma === '(') depth += 1;
    else if (units[index]!.lemma === ')' && (depth -= 1) < 0) return true;
  }
  return false;
}

const ASIDE_POS = new Set(['ADV', 'ADP', 'NOUN', 'DET', 'ADJ']);
const MAX_ASIDE = 3;

/**
 * Where an aside between commas (", however,", ", in fact,") that opens at `index` closes; not when
 * a new subject follows ("…, however, it eases …"): that comma splice opens a clause.
 */
function asideEnd(units: readonly Unit[], index: number): number | undefined {
  if (units[index]!.lemma !== ',') return undefined;
  for (let end = index + 2; end <= index + MAX_ASIDE + 1 && end < units.length; end += 1) {
    const word = units[end - 1]!;
    if (!ASIDE_POS.has(word.pos) || isArgument(word) || TERMINATORS.has(word.lemma) && word.lemma !== 'however') return undefined;
    if (units[end]!.lemma === ',') return CLAUSE_SUBJECTS.has(units[end + 1]?.lemma ?? '') || isArgument(units[end + 1] ?? word) ? undefined : end;
  }
  return undefined;
}

/**
 * "do nothing for withdrawal aches and may keep you awake", "did nothing and left them foggy": a second
 * predicate after the first one's object ends a negation's reach ("does not relieve or prevent cravings"
 * shares one), and a hedge's after it, not one before ("Others say it did nothing and left them foggy" reports both).
 */
function secondPredicate(units: readonly Unit[], index: number): boolean {
  const object = units[index - 1];
  // "… and only gave him the runs", "… and then made it worse": an adverb may come before the verb.
  const verb = units[index + 1]?.pos === 'ADV' ? units[index + 2] : units[index + 1];
  return CONNECTIVES.has(units[index]!.lemma) && PREDICATE_POS.has(verb?.pos ?? '') && object !== undefined && (isArgument(object) || OBJECT_POS.has(object.pos));
}

/**
 * Whether a new clause starts at `index`: a connective before a subject pronoun ("and it eases …"),
 * or ", and" before anything but the next item of a list ("…, and stopping suddenly may cause …").
 */
function newClause(units: readonly Unit[], index: number): boolean {
  const unit = units[index]!;
  if (CONNECTIVES.has(unit.lemma) && CLAUSE_SUBJECTS.has(units[index + 1]?.lemma ?? '')) return true;
  if (unit.lemma !== ',' || !CONNECTIVES.has(units[index + 1]?.lemma ?? '')) return false;
  const next = units[index + 2];
  if (!next) return false;
  return !(isArgument(next) && LIST_END.has(units[index + 3]?.lemma ?? '.'));
}

/** A post-negation reaches back over its clause, and further when its clause is about the claim. */
function reachesBack(units: readonly Unit[], trigger: Span, cue: Span): boolean {
  // "…, others say it does nothing": other sources dispute the claim, they do not take it back (claims/disputedClaims).
  if (units.slice(trigger.last + 1, cue.first).some((unit) => OTHER_SOURCES.has(unit.lemma))) return false;
  if (clear(units, trigger.last + 1, cue.first, CLAUSE_BOUNDARIES)) return true;
  // "Loperamide for anxiety: useless.", "Kava for sleep: pretty much useless": a verdict after a colon is on what stands
  // before it, a quoted one too ("Hydroxyzine for anxiety - pt: "didn't do anything."").
  let verdict = cue.first;
  while (verdict > trigger.last + 1 && VERDICT_LEAD.has(units[verdict - 1]!.pos === 'PUNCT' ? units[verdict - 1]!.lemma : units[verdict - 1]!.pos)) verdict -= 1;
  if (VERDICT_MARKS.has(units[verdict - 1]?.lemma ?? '') && clear(units, trigger.last + 1, verdict - 1, CLAUSE_BOUNDARIES)) return true;
  let start = cue.last;
  while (start > trigger.last && !TERMINATORS.has(units[start - 1]!.lemma)) start -= 1;
  return units.slice(Math.max(start - 1, 0), cue.last + 1).some((unit) => CLAIM_REFERENCES.has(unit.lemma));
}

function sameClause(units: readonly Unit[], cue: Span, trigger: Span): boolean {
  if (cue.first <= trigger.last && cue.last >= trigger.first) return true;
  if (cue.last < trigger.first) return clear(units, cue.last + 1, trigger.first, CLAUSE_BOUNDARIES) && !reducedRelative(units, cue, trigger);
  // A modal of a second predicate hedges that one only ("does nothing for aches and may keep you awake").
  return clear(units, trigger.last + 1, cue.first, CLAUSE_BOUNDARIES) && !units.slice(trigger.last + 1, cue.first).some((_, at) => secondPredicate(units, trigger.last + 1 + at));
}

const CLAUSE_TAKING_VERBS = new Set(['say', 'think', 'believe', 'find', 'claim', 'report', 'feel', 'know', 'suggest', 'show', 'hear', 'read', 'swear', 'insist']);

/**
 * A trigger that is a participle hanging on the noun before it ("the respiratory depression seen
 * with opioids"; a participle takes no object) makes a claim of its own: a cue on the verb before that noun does not reach it.
 */
function reducedRelative(units: readonly Unit[], cue: Span, trigger: Span): boolean {
  const head = units[trigger.first]!;
  // "the slowing of breathing (respiratory depression) seen with heroin": a gloss in brackets stands between.
  const glossed = units[trigger.first - 1]?.lemma === ')' && units[trigger.first - 3]?.lemma === '(';
  const before = units[glossed ? trigger.first - 2 : trigger.first - 1];
  if (head.pos !== 'VERB' || head.text.toLowerCase() === head.lemma || /(?:ing|s)$/i.test(head.text)) return false;
  if (!before || !(isArgument(before) || before.pos === 'NOUN')) return false;
  // "Nobody found that kava helped with anxiety", "No one said kava helped": after "that" or a verb that
  // takes a clause, the noun is the clause's subject, its verb finite.
  const opener = units[trigger.first - (glossed ? 3 : 2)];
  if (opener?.lemma === 'that' || CLAUSE_TAKING_VERBS.has(opener?.lemma ?? '')) return false;
  // "did not find that gabapentin shortened withdrawal": a past tense with its object is the clause's verb, not a participle.
  const after = units[trigger.first + 1];
  if (after && (isArgument(after) || after.pos === 'DET' || after.pos === 'PRON')) return false;
  return units.slice(cue.last + 1, trigger.first - 1).some((unit) => unit.pos === 'VERB');
}

/** "Reported side effects include …", "Commonly reported symptoms": a participle before its noun describes, it does not hedge. */
function isAttributive(units: readonly Unit[], span: Span): boolean {
  const word = units[span.first]!;
  if (span.first !== span.last || !/ed$/i.test(word.text)) return false;
  const adverb = units[span.first - 1]?.pos === 'ADV' ? 1 : 0;
  const previous = units[span.first - 1 - adverb];
  const next = units[span.last + 1];
  return (next?.pos === 'NOUN' || next?.pos === 'ADJ') && (!previous || previous.pos === 'DET' || previous.pos === 'ADP' || previous.pos === 'PUNCT');
}

const MAX_FAILED_AT_GAP = 2;

/** "… did nothing for the rls", "did not help my anxiety": what failed is named after the cue. */
function namesWhatFailed(units: readonly Unit[], span: Span): boolean {
  return units.slice(span.last + 1, span.last + 2 + MAX_FAILED_AT_GAP).some((unit) => isArgument(unit) || FAILED_AT.has(unit.lemma));
}

// "I can't stop yawning", "my legs won't stop twitching", "she couldn't stop shaking": what someone
// cannot stop doing goes on, so the negation affirms it (a pseudo-negation, as NegEx's "not only").
const UNSTOPPABLE_MODALS = new Set(['can', 'could', 'will', 'would']);
const STOPPING = new Set(['stop', 'quit']);

function isUnstoppable(units: readonly Unit[], span: Span): boolean {
  const gerund = units[span.last + 2];
  return span.first === span.last && UNSTOPPABLE_MODALS.has(units[span.first - 1]?.lemma ?? '') && STOPPING.has(units[span.last + 1]?.lemma ?? '') && gerund !== undefined && /ing$/i.test(gerund.text);
}

// Labels of a line that states what the page denies: "Myth:", "Misconception:", "Fiction:".
const MYTH_LABELS = new Set(['myth', 'misconception', 'misbelief', 'fallacy', 'fiction']);

/** "Myth: …", "Myth #2: …", "MYTH 3 – …", "Misconception: …": a line that states what the page denies. */
export function isMythLine(units: readonly Unit[]): boolean {
  if (!MYTH_LABELS.has(units[0]?.lemma ?? '')) return false;
  let index = 1;
  while (index < 3 && (units[index]?.pos === 'NUM' || units[index]?.lemma === '#')) index += 1;
  return [':', '-', '–', '—'].includes(units[index]?.lemma ?? '');
}

// "she could not sleep", "I couldn't sit still": what someone was unable to do, not a possibility (the
// negated function may already be one unit naming its symptom: "not sleep" → insomnia).
const INABILITY = /^(?:not|n't|never|barely|hardly)\b/i;
const isPastInability = (units: readonly Unit[], span: Span): boolean => units[span.first]!.lemma === 'could' && span.first === span.last && INABILITY.test(units[span.last + 1]?.text ?? '');

/** "… were reported by 87 patients", "reported in 12 %", "61% reported …": a counted observation, not hearsay. */
function isCountedReport(units: readonly Unit[], span: Span): boolean {
  const by = units[span.last + 1];
  let at = span.last + 2;
  while (units[at]?.pos === 'DET' || units[at]?.pos === 'ADJ') at += 1;
  if (units[span.first]!.lemma !== 'report') return false;
  // "61% reported withdrawal symptoms", "12 of 20 reported nausea": a count of those who reported it.
  const before = units[span.first - 1];
  const counted = before !== undefined && (before.pos === 'NUM' || before.lemma === '%');
  return counted || ((by?.lemma === 'by' || by?.lemma === 'in') && units[at]?.pos === 'NUM');
}

const MAX_FACTIVE_OBJECT = 2;

/** "No one warned me that …", "I didn't know that …": a factive verb and its "that" between a negation and the trigger. */
function factiveBetween(units: readonly Unit[], from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) {
    if (!FACTIVE_VERBS.has(units[index]!.lemma)) continue;
    const that = units.slice(index + 1, Math.min(to, index + 2 + MAX_FACTIVE_OBJECT)).findIndex((unit) => unit.lemma === 'that');
    if (that >= 0) return true;
  }
  return false;
}
