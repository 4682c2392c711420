import type { EntityKind } from '../../domain/entityKinds';
import { DEPENDENCE_WORDS, WITHDRAWAL_WORDS } from '../lexicon/conditionWords';
import { FRONTED_ONLY, TRIGGER_FAMILIES } from '../lexicon/triggerLexicon';
import type { AnalysedSentence, Token } from '../language/analysedText';
import { SHORTHAND, SPLIT_SHORTHAND } from '../lexicon/shorthand';
import type { Mention, Vocabulary } from '../types';
import { expandFunctionTargets } from './functionTargets';
import { classReceptors } from './classReceptor';
import { expandImpliedTargets } from './impliedTargets';
import { resolveHomographs } from './homographs';
import { expandNegatedFunctions } from './negatedFunctions';
import { isTrademark, looksLikeName } from './looksLikeName';
import { provisionalId } from './provisionalId';
import { measureAnaphor } from './measureNouns';
import { historyFactors } from './historyFactors';
import { likenesses } from './likenesses';
import { classPredicates } from './classPredicates';
import { isAttributiveParticiple } from './attributiveParticiple';
import { semicolonLists } from './semicolonLists';
import { frequencyAdverbs } from './frequencyAdverbs';
import { scheduledReductions } from './scheduledReductions';
import { splitAbruptStops } from './splitAbruptStops';
import { namedOwnConditions } from './ownConditionNames';
import { entryRef, type AnaphorKind, type Unit } from './unit';

const SUBSTANCE_OR_COMPOUND: readonly EntityKind[] = ['Substance', 'Compound'];
const ALL_KINDS: readonly EntityKind[] = ['Substance', 'Compound', 'Condition', 'Symptom', 'Strategy', 'Factor', 'Receptor'];
// Head nouns that refer back ("the drug", "both alkaloids", "the same receptor") and the kinds they may stand for.
const ANAPHORIC_NOUNS: Record<string, readonly EntityKind[]> = {
  drug: ['Substance'], agent: SUBSTANCE_OR_COMPOUND, medication: ['Substance'], medicine: ['Substance'], supplement: ['Substance'], plant: ['Substance'], herb: ['Substance'],
  leaf: ['Substance'], botanical: ['Substance'], substance: SUBSTANCE_OR_COMPOUND, product: SUBSTANCE_OR_COMPOUND,
  compound: ['Compound'], alkaloid: ['Compound'], ingredient: ['Compound'], constituent: ['Compound'], receptor: ['Receptor'], condition: ['Condition'], syndrome: ['Condition'],
  interaction: SUBSTANCE_OR_COMPOUND, mechanism: SUBSTANCE_OR_COMPOUND, mode: SUBSTANCE_OR_COMPOUND,
  symptom: ['Condition'], effect: ['Condition'], challenge: ['Condition'], issue: ['Condition'], problem: ['Condition'],
  // "peer support can make that stretch easier", "during this period": a span of a condition named before.
  stretch: ['Condition'], period: ['Condition'], phase: ['Condition'],
};
// "these symptoms" stands for a condition; "the symptoms of X" or "symptoms such as" does not.
const CONDITION_WORDS = new Set(['symptom', 'effect', 'challenge', 'issue', 'problem']);
const DEMONSTRATIVES = new Set(['this', 'these', 'those', 'such']);
const PERSONAL_POSSESSIVES = new Set(['my', 'his', 'her', 'their', 'your', 'our']);
// "their symptoms of anxiety", "his symptoms, such as …", "her symptoms like …": the symptoms are named after.
const SYMPTOMS_NAMED_AFTER = new Set(['of', 'such', 'like', 'include', ',', ':', '(']);
const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'both', 'neither', 'either', 'its', 'their', 'same', 'two', 'such']);
// Determiners of two or more: "these alkaloids", "both drugs", "neither medicine".
const PLURAL_DETERMINERS = new Set(['these', 'those', 'both', 'neither', 'either', 'two']);
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their', 'these', 'those', 'both']);
const SINGULAR_PRONOUNS = new Set(['it', 'its', 'itself']);
const POSSESSIVES = new Set(['its', 'their']);
const INTENSIVE_PRONOUNS = new Set(['itself', 'themselves']);
const MODIFIER_POS = new Set(['ADJ', 'NOUN']);
const MODALS = new Set(['can', 'may', 'might', 'will', 'must', 'could', 'would']);
export const HABITUAL_USE_NOUNS = new Set(['use', 'consumption']);
const HABITUAL = new Set(['regular', 'daily', 'chronic', 'long-term', 'heavy', 'prolonged', 'frequent', 'continued', 'habitual', 'repeated']);
// Forum shorthand the tagger takes for nouns ("clonidine, gabapentin, idk, all help"): interjections,
// never a list item or an unknown entity. Those that hedge stay cues (lexicon/assertionCues).
const CHAT_SHORTHAND = new Set(['ymmv', 'imo', 'imho', 'tbh', 'tbf', 'lol', 'lmao', 'fwiw', 'idk', 'iirc', 'afaik', 'smh', 'ngl', 'btw', 'omg', 'fyi', 'irl', 'jk', 'rofl', 'tho']);

/**
 * The units of one sentence: each vocabulary mention collapsed into one unit, anaphors marked with
 * the kinds they may stand for, unknown drug-like names flagged; every other token a word unit.
 */
export function buildUnits(sentence: AnalysedSentence, mentions: readonly Mention[], vocabulary: Vocabulary): Unit[] {
  const units: Unit[] = [];
  let mentionIndex = 0;
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    while (mentionIndex < mentions.length && mentions[mentionIndex]!.end <= token.start) mentionIndex += 1;
    const mention = mentions[mentionIndex];
    if (mention && mention.start < token.end) {
      const entry = vocabulary.byId.get(mention.entityId)!;
      units.push({
        start: mention.start,
        end: mention.end,
        text: mention.text,
        lemma: mention.text.toLowerCase(),
        pos: 'ENTITY',
        entity: entryRef(entry),
      });
      while (i + 1 < tokens.length && tokens[i + 1]!.start < mention.end) i += 1;
      mentionIndex += 1;
      continue;
    }
    const split = splitShorthand(tokens, i);
    if (split) {
      // "W/d sx overnight": a shorthand for withdrawal stands for it as the word does.
      units.push(...split.units.map((unit) => ({ ...unit, ...(WITHDRAWAL_WORDS.has(unit.lemma) && { anaphor: WITHDRAWAL_ANAPHOR }) })));
      i += split.tokens - 1;
      continue;
    }
    const shorthand = Object.hasOwn(SHORTHAND, token.text) ? SHORTHAND[token.text] : undefined;
    const openingVerb = i === 0 ? openingTriggerVerb(token, tokens[i + 1]) : undefined;
    const unit: Unit = shorthand
      ? { start: token.start, end: token.end, text: token.text, ...shorthand }
      : openingVerb
        ? { start: token.start, end: token.end, text: token.text, lemma: openingVerb, pos: 'VERB' }
        : { start: token.start, end: token.end, text: token.text, lemma: token.lemma, pos: wordPos(tokens, i, mentions[mentionIndex]) };
    // "its principal alkaloid": a possessive before the adjectives.
    const possessive = [tokens[i - 2], tokens[i - 3]].find((token) => token && POSSESSIVES.has(token.text.toLowerCase()) && tokens.slice(tokens.indexOf(token) + 1, i).every((between) => MODIFIER_POS.has(between.pos)));
    const determiner = possessive ? possessive.text.toLowerCase() : determinerBefore(tokens, i, mentions);
    // "Both act on …", "both act as agonists": a noun-tagged word followed by a preposition other than "of" is the verb.
    // "Both bind opioid receptors", "Neither cause …": an uninflected trigger verb the tagger takes for a noun.
    // A possessive's next noun is its head, never a verb ("eased their withdrawal from heroin"), and so is
    // the next noun of a word a preposition governs ("compatible with both benefit and harm").
    const possessiveBefore = POSSESSIVES.has(token.text.toLowerCase());
    const governed = tokens[i - 1]?.pos === 'ADP';
    const next = tokens[i + 1] && !possessiveBefore && !governed && tokens[i + 1]!.pos === 'NOUN' && (((tokens[i + 2]?.pos === 'ADP' || tokens[i + 2]?.lemma === 'as') && tokens[i + 2]!.lemma !== 'of') || isBareTriggerVerb(tokens[i + 1]!)) ? { ...tokens[i + 1]!, pos: 'VERB' } : tokens[i + 1];
    // "mitragynine itself did not …", "withdrawal itself can …": a reflexive right after what it stresses refers to nothing.
    const stressed = units[units.length - 1];
    const intensive = INTENSIVE_PRONOUNS.has(token.lemma.toLowerCase()) && (stressed?.entity !== undefined || stressed?.pos === 'NOUN');
    // "anxiety scores", "pain ratings": a measure right after a symptom measures that symptom, named already.
    const measured = stressed?.entity?.kind === 'Symptom';
    // "Neither one does anything for cravings": "one" after a pronoun of a pair is no noun it determines.
    // "and that honestly took the edge off": an adverb between a clause-opening "that" and its verb.
    const head = ONE_OF_A_PAIR.has(token.lemma) && tokens[i + 1]?.lemma === 'one' ? tokens[i + 2] : token.lemma === 'that' && next?.pos === 'ADV' ? tokens[i + 2] : next;
    const anaphor = intensive || isExpletive(tokens, i) || modifiesSymptom(tokens[i + 1], mentions, vocabulary) || isMadeToAct(tokens, i) ? undefined : (anaphorOf(token.lemma, determiner, head) ?? (measured ? undefined : measureAnaphor(tokens, i)));
    if (anaphor) {
      unit.anaphor = anaphor;
      // "users develop a withdrawal syndrome with myalgia …": the syndrome is the withdrawal itself, one unit
      // with it; "a withdrawal syndrome of anxiety, …" names its signs after "syndrome of" (lexicon/triggerLexicon).
      if (anaphor === WITHDRAWAL_ANAPHOR && tokens[i + 1]?.lemma === 'syndrome' && tokens[i + 2]?.lemma !== 'of') {
        unit.end = tokens[i + 1]!.end;
        unit.text = `${unit.text} ${tokens[i + 1]!.text}`;
        i += 1;
      }
    }
    // A trade mark names a product: an entity from the first line that names it, so "It helped me sleep" below finds it.
    else if (isTrademark(token, tokens[i + 1])) unit.entity = { id: provisionalId('Substance', token.text), kind: 'Substance', name: token.text.toLowerCase(), provisional: true };
    else if (looksLikeName(token)) unit.name = true;
    units.push(unit);
  }
  return classReceptors(expandNegatedFunctions(expandFunctionTargets(expandImpliedTargets(resolveHomographs(historyFactors(namedOwnConditions(semicolonLists(splitAbruptStops(scheduledReductions(classPredicates(likenesses(frequencyAdverbs(units))), vocabulary), vocabulary)), vocabulary), vocabulary), vocabulary), vocabulary), vocabulary), vocabulary), vocabulary);
}

/** A word's part of speech, where the tagger's is corrected: chat shorthand is an interjection, a participle before its noun an adjective. */
function wordPos(tokens: readonly Token[], index: number, nextMention: Mention | undefined): string {
  const token = tokens[index]!;
  if (CHAT_SHORTHAND.has(token.text.toLowerCase())) return 'INTJ';
  const nextIsMention = nextMention !== undefined && tokens[index + 1] !== undefined && nextMention.start < tokens[index + 1]!.end;
  return isAttributiveParticiple(tokens, index, nextIsMention, TRIGGER_VERBS) ? 'ADJ' : token.pos;
}

// Single-word trigger verbs; a verb of prescribing relieves only after a fronted "for", so it is none on its own
// ("Users who stop …" opens with no verb "use").
const TRIGGER_VERBS = new Set(TRIGGER_FAMILIES.flatMap((family) => family.entries.filter((entry) => entry.lemmas.length === 1 && !FRONTED_ONLY.has(entry.lemmas[0]!)).map((entry) => entry.lemmas[0]!)));
// The first words of trigger phrases: "effect" in "effect on", "benefit" in "benefit for".
const TRIGGER_OPENERS = new Set(TRIGGER_FAMILIES.flatMap((family) => family.entries.map((entry) => entry.lemmas[0]!)));
const isBareTriggerVerb = (token: { text: string; lemma: string }): boolean => TRIGGER_VERBS.has(token.lemma) && token.text.toLowerCase() === token.lemma;

/**
 * "Lifts a low mood", "Eases muscle aches" (a product page's bullet with no subject): the tagger
 * takes a capitalised verb opening the sentence for a name. One that is a trigger verb with its
 * "-s" is the verb; the dropped subject is then restored as for forum writing. Before "such as" it
 * is the plural noun its examples belong to ("Medicines such as clonidine relieve sweating").
 */
function openingTriggerVerb(token: { text: string; pos: string }, next: { lemma: string } | undefined): string | undefined {
  if (token.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}+s$/u.test(token.text) || next?.lemma === 'such') return undefined;
  const lower = token.text.toLowerCase();
  return [lower.slice(0, -1), lower.slice(0, -2)].find((stem) => TRIGGER_VERBS.has(stem) && stem.length > 2);
}

const ONE_OF_A_PAIR = new Set(['neither', 'either', 'each']);

const WITHDRAWAL_ANAPHOR = { kind: 'withdrawal', kinds: ['Condition'] } as const satisfies { kind: AnaphorKind; kinds: readonly EntityKind[] };

function anaphorOf(
  lemma: string,
  previous: string | undefined,
  next: { lemma: string; pos: string; text: string } | undefined,
): { kind: AnaphorKind; kinds: readonly EntityKind[] } | undefined {
  // "has no role in the acute phase": the acute phase is the withdrawal itself.
  if (WITHDRAWAL_WORDS.has(lemma) || (lemma === 'phase' && previous === 'acute')) return WITHDRAWAL_ANAPHOR;
  if (DEPENDENCE_WORDS.has(lemma)) return { kind: 'dependence', kinds: ['Condition'] };
  // "regular use is associated with dependence", "daily consumption can produce dependence": the use of the substance talked about.
  if (HABITUAL_USE_NOUNS.has(lemma) && previous && HABITUAL.has(previous) && next?.lemma !== 'of') return { kind: 'singular', kinds: ['Substance'] };
  const nounKinds = ANAPHORIC_NOUNS[lemma];
  // "its alkaloids", "their compounds": the plant they belong to.
  if (nounKinds && (previous === 'its' || previous === 'their') && nounKinds.includes('Compound')) return { kind: 'singular', kinds: ['Substance'] };
  // "Loperamide did not relieve their symptoms": someone's symptoms are those of the condition talked about.
  if (lemma === 'symptom' && previous && PERSONAL_POSSESSIVES.has(previous) && !SYMPTOMS_NAMED_AFTER.has(next?.lemma ?? '')) return { kind: 'singular', kinds: ['Condition'] };
  if (nounKinds && CONDITION_WORDS.has(lemma) && !(previous && DEMONSTRATIVES.has(previous))) return undefined;
  if (nounKinds && previous && DETERMINERS.has(previous)) {
    return { kind: PLURAL_DETERMINERS.has(previous) ? 'plural' : 'singular', kinds: nounKinds };
  }
  // "Neither relieves cravings": the pronoun of a pair named before, denied as a whole.
  if (lemma === 'neither') return next && (next.pos === 'VERB' || next.pos === 'AUX') ? { kind: 'plural', kinds: ALL_KINDS } : undefined;
  // "its effect on daytime fatigue was negligible": the owner of an effect is its agent, as in "trazodone's effect".
  if (lemma === 'its' && next?.pos === 'NOUN' && TRIGGER_OPENERS.has(next.lemma)) return { kind: 'singular', kinds: ['Substance', 'Compound', 'Strategy'] };
  // A pronoun followed by a noun is a determiner of that noun ("these compounds"), resolved there;
  // a modal the tagger takes for a noun ("both can cause") is not one.
  if (next && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'NUM') && lemma !== 'it' && !MODALS.has(next.lemma)) return undefined;
  if (SINGULAR_PRONOUNS.has(lemma)) return { kind: 'singular', kinds: ['Substance', 'Compound', 'Strategy', 'Condition'] };
  // "we start buprenorphine, and that relieves the cravings": a demonstrative "that" opening a clause before its verb.
  if (lemma === 'that' && (previous === 'and' || previous === 'but') && next?.pos === 'VERB') return { kind: 'singular', kinds: ['Substance', 'Compound', 'Strategy'] };
  if (PLURAL_PRONOUNS.has(lemma)) return { kind: 'plural', kinds: ALL_KINDS };
  return undefined;
}

// "the blood pressure drug": at most two modifiers between a determiner and its noun.
const MAX_MODIFIERS = 2;
// "the other drug", "a different medicine": a modifier that sets its noun apart from what was named.
const DISTINGUISHING = new Set(['other', 'another', 'different', 'alternative']);

// "the dried leaf", "the fresh leaves": the plant talked about, in a state, is no new thing.
const PLANT_STATES = new Set(['dried', 'dry', 'fresh', 'raw', 'powdered', 'crushed', 'ground', 'whole', 'plain', 'aged', 'green']);
const PLANT_HEADS = new Set(['leaf', 'leave', 'plant', 'herb']);
const inStateOnly = (tokens: AnalysedSentence['tokens'], determiner: number, noun: number): boolean =>
  PLANT_HEADS.has(tokens[noun]!.lemma) && tokens.slice(determiner + 1, noun).every((token) => PLANT_STATES.has(token.lemma));

/**
 * The word that determines the noun at `index`, over the adjectives and nouns that modify it: "these
 * side effects", "these prescription medicines", "both older drugs" are determined by "these" and
 * "both" as "these medicines" is. Only a determiner of several reaches over modifiers, as it gathers
 * what was just named; "the" or "this" before modifiers as often brings in something new ("the main
 * active ingredient is …", "this herbal remedy"), except a plant in a state ("the dried leaf"). A modifier that names an entity ("these kratom
 * products") makes the phrase a name of that entity, and "other" a different one: neither is skipped.
 */
function determinerBefore(tokens: AnalysedSentence['tokens'], index: number, mentions: readonly Mention[]): string | undefined {
  for (let at = index - 1; at >= 0 && at >= index - 1 - MAX_MODIFIERS; at -= 1) {
    const token = tokens[at]!;
    const modifies = MODIFIER_POS.has(token.pos) && !DETERMINERS.has(token.lemma) && !DISTINGUISHING.has(token.lemma) && !mentions.some((mention) => mention.start < token.end && token.start < mention.end);
    if (!modifies) return at === index - 1 || PLURAL_DETERMINERS.has(token.lemma) || inStateOnly(tokens, at, index) ? token.lemma : tokens[index - 1]!.lemma;
    if (at === index - 1 - MAX_MODIFIERS) return tokens[index - 1]!.lemma;
  }
  return tokens[index - 1]?.lemma;
}

const CLEFT_REACH = 10;

/** "It is a myth that …", "it's crucial to …": an "it" that stands for nothing. */
function isExpletive(tokens: AnalysedSentence['tokens'], index: number): boolean {
  if (tokens[index]!.lemma !== 'it' || tokens[index + 1]?.lemma !== 'be') return false;
  if (tokens.slice(index + 2, index + 7).some((token) => token.lemma === 'that' || token.lemma === 'to' || token.lemma === 'whether')) return true;
  // "It was Dale at the hardware shop who told me about kratom": a cleft's "it" too, its "who" after a longer phrase.
  return tokens.slice(index + 2, index + CLEFT_REACH).some((token) => token.lemma === 'who');
}

// "c/o" is three tokens ("c", "/", "o"); "w/" before a space is two.
const SPLIT_SHORTHAND_LENGTHS = [3, 2];

/** "c/o", "w/" as tokens written together: one unit per word it stands for, the last on its last token. */
function splitShorthand(tokens: AnalysedSentence['tokens'], index: number): { units: Unit[]; tokens: number } | undefined {
  for (const length of SPLIT_SHORTHAND_LENGTHS) {
    const parts = tokens.slice(index, index + length);
    if (parts.length < length || parts.some((part, at) => at > 0 && part.start !== parts[at - 1]!.end)) continue;
    const words = SPLIT_SHORTHAND[parts.map((part) => part.text).join('').toLowerCase()];
    if (!words) continue;
    const last = parts[parts.length - 1]!;
    // "c/" stands for the first word, "o" for the second; a one-word abbreviation covers all its tokens.
    const spans = words.length === 1 ? [parts] : [parts.slice(0, -1), [last]];
    const units = words.map((word, at): Unit => {
      const span = spans[at]!;
      return { start: span[0]!.start, end: span[span.length - 1]!.end, text: span.map((part) => part.text).join(''), ...word };
    });
    return { units, tokens: length };
  }
  return undefined;
}

const CAUSATIVES = new Set(['help', 'let', 'make', 'allow', 'get']);
const CAUSATIVE_REACH = 3;

/**
 * "helped them stay off opioids", "helps many of them manage pain": "them" between a causative verb
 * and the bare verb it governs is people (unlike "any of them help", where it is what helps).
 */
function isMadeToAct(tokens: AnalysedSentence['tokens'], index: number): boolean {
  const next = tokens[index + 1];
  if (tokens[index]!.lemma.toLowerCase() !== 'them' || next?.pos !== 'VERB' || next.text.toLowerCase() !== next.lemma) return false;
  return tokens.slice(Math.max(0, index - CAUSATIVE_REACH), index).some((token) => token.pos === 'VERB' && CAUSATIVES.has(token.lemma.toLowerCase()));
}

/** "withdrawal sweats", "withdrawal insomnia": a noun before a symptom's name modifies it. */
function modifiesSymptom(next: AnalysedSentence['tokens'][number] | undefined, mentions: readonly Mention[], vocabulary: Vocabulary): boolean {
  const mention = next && mentions.find((candidate) => candidate.start === next.start);
  return mention !== undefined && vocabulary.byId.get(mention.entityId)?.kind === 'Symptom';
}
