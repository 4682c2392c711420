import type { EntityKind } from '../../domain/entityKinds';
import { CONTRAST_CUES } from '../lexicon/assertionCues';
import { TRIGGER_FAMILIES } from '../lexicon/triggerLexicon';
import { doseStart } from '../units/dosePhrase';
import { isArgument, type Unit } from '../units/unit';
import { closingBracket, FIGURE_POS, statisticsEnd } from './brackets';
import { modifiedHead } from './compoundModifier';
import { classedDrug } from './apposedAction';
import { matchPhrase } from './matchPhrase';
import { PASSIVE_AUXILIARIES } from './findTriggers';

/** One item of a coordinated list: a unit, or an unknown noun phrase standing among known entities. */
export interface Item {
  unit: Unit;
  index: number;
  /** For an unknown noun phrase among known siblings: the siblings' kind. */
  kindHint?: EntityKind;
}

/** A coordinated list filling one argument ("lofexidine and clonidine", "sweating, anxiety and chills"). */
export interface Group {
  items: Item[];
  first: number;
  last: number;
  /** Words between the group and the trigger: the nearest group is the likeliest argument. */
  distance: number;
  side: 'left' | 'right';
  /** Set apart by "unlike", "rather than", "instead of": never an argument. */
  contrast: boolean;
  /**
   * Named after the object as examples (", including A, B", "…: A, B"): the members of a general
   * subject ("Several factors contribute to X, including A and B").
   */
  examples?: boolean;
}

// Words that link items of one list, and words a list tolerates between items.
const LINKS = new Set([',', 'and', 'or', 'nor', 'neither', 'either', 'plus', '+', '&', '/', 'including', 'like', 'especially', 'particularly', 'e.g.', 'i.e.', '(', 'as', 'well', 'such', 'even', 'also', 'both', 'but', 'not', 'no', 'and/or']);
const TOLERATED_POS = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'PUNCT', 'PART', 'NOUN', 'INTJ']);
const BLOCKING = new Set([';', ':', '.', '?', '!', '—', '–', 'which', 'who', 'that', 'although', 'however', 'whereas', 'while', 'because', 'if', 'when', 'with', 'without', 'in', 'at', 'for', 'from', 'by', 'to', 'of', 'on', 'after', 'than']);
const MAX_MODIFIERS = 3;
const COORDINATORS = new Set(['and', 'or', 'nor']);
const BUT_GOES_ON = new Set(['not', 'also', 'only', 'no', 'never', 'especially', 'mostly', 'mainly', 'particularly']);
const ADDING = new Set(['along', 'together']);
// Nouns too general to name a symptom or a compound of their own.
const GENERIC_NOUNS = new Set(['mg', 'mcg', 'µg', 'ml', 'g', 'kg', 'gram', 'milligram', 'microgram', 'people', 'person', 'user', 'patient', 'customer', 'reader', 'friend', 'doctor', 'respondent', 'participant', 'death', 'case', 'day', 'night', 'morning', 'evening', 'afternoon', 'week', 'weekend', 'month', 'year', 'hour', 'minute', 'time', 'dose', 'amount', 'thing', 'stuff', 'way', 'medicine', 'drug', 'product', 'lot', 'bit', 'effect', 'symptom', 'sign', 'problem', 'issue', 'other', 'others', 'study', 'studies', 'series', 'author', 'trial', 'evidence', 'use', 'risk', 'claim', 'idea', 'belief', 'myth', 'fact', 'none', 'relapse', 'recovery', 'abstinence', 'sobriety', 'habit', 'benefit', 'harm', 'outcome', 'result', 'score', 'severity', 'eye', 'skin', 'ear', 'mouth', 'stomach', 'chest', 'liver', 'kidney', 'body', 'arm', 'hand', 'foot', 'rib', 'muscle']);
const NOUN_PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
// A word that is itself a trigger ("agonist", "relief") names no entity of a list.
const TRIGGER_WORDS = new Set(TRIGGER_FAMILIES.flatMap((family) => family.entries.filter((entry) => entry.lemmas.length === 1).map((entry) => entry.lemmas[0]!)));

const INDEFINITE_SUBJECTS = new Set(['something', 'anything', 'everything', 'someone', 'anyone']);
/** Left-scan stops: a clause boundary between a trigger and its subject. */
const LEFT_STOPS = new Set([';', ':', '.', '?', '!', '—', '–', 'but', 'although', 'though', 'whereas', 'however', 'because', 'unless', 'yet', 'so']);
const RIGHT_STOPS = new Set([';', '.', '?', '!', '—', '–', 'but', 'although', 'though', 'whereas', 'however', 'which', 'who', 'because', 'while', 'if', 'when', 'unless', 'since', 'so', 'yet']);
const MODAL_AUXILIARIES = new Set(['may', 'might', 'can', 'could', 'will', 'would', 'should']);
const LISTING_VERBS = new Set(['include', 'involve', 'comprise']);
/** After a comma, words that go on to name examples of what came before ("40 alkaloids, chiefly mitragynine"). */
const EXAMPLE_LINKS = new Set(['including', 'such', 'like', 'especially', 'particularly', 'chiefly', 'mainly', 'notably', 'mostly', 'primarily', 'e.g.', 'namely', 'principally']);
/** Words that join a trigger's second argument to its first ("relief of cravings with clonidine"). */
const SECOND_ARGUMENT_LINKS = new Set(['with', 'by', 'from', 'using', 'via', ':', 'such', 'like', 'including', 'include', 'in', 'as', 'for', 'on', 'at', 'to']);
const MAX_FILLERS = 8;
const QUANTIFIERS = new Set(['both', 'all', 'each', 'either', 'neither', 'one', 'some', 'none', 'most']);
const MAX_APPOSITIVE_MODIFIERS = 5;

/** The argument groups before a trigger, nearest first (at most three), within its clause. */
export function groupsBefore(units: readonly Unit[], first: number): Group[] {
  const groups: Group[] = [];
  let index = first - 1;
  while (index >= 0 && groups.length < 3) {
    const unit = units[index]!;
    if (isParentheticalHowever(units, index)) {
      index -= 2;
      continue;
    }
    if (isAppositiveDash(units, index, first)) {
      index -= 1;
      continue;
    }
    if (LEFT_STOPS.has(unit.lemma) || (unit.lemma === ',' && (units[index + 1]?.lemma === 'and' || units[index + 1]?.lemma === 'but'))) break;
    // "he was looking for something to get him through …": an indefinite pronoun is the subject itself, no name further back.
    if (INDEFINITE_SUBJECTS.has(unit.lemma) && groups.length === 0) break;
    if (unit.lemma === 'which' || unit.lemma === 'who' || (unit.lemma === 'that' && unit.pos !== 'SCONJ' && index > 0 && isArgument(units[index - 1]!))) {
      // A relative clause: its subject is the noun phrase it hangs on, never one further back
      // ("…, both of which act as …" hangs on the list before "both of").
      let antecedent = index - 1;
      if (units[antecedent]?.lemma === 'of' && QUANTIFIERS.has(units[antecedent - 1]?.lemma ?? '')) antecedent -= 2;
      while (antecedent >= 0 && units[antecedent]!.lemma === ',') antecedent -= 1;
      // "switched to ondansetron 4 mg, which controlled it": a dose after the drug's name.
      const dose = doseStart(units, antecedent + 1);
      if (dose !== undefined) antecedent = dose - 1;
      antecedent = passiveSubject(units, beforeAdjunct(units, antecedent));
      if (antecedent >= 0 && isArgument(units[antecedent]!)) groups.push({ ...buildGroup(units, antecedent, antecedent + 1, 'left'), distance: 0 });
      break;
    }
    if (isArgument(unit)) {
      const group = buildGroup(units, index, first, 'left');
      groups.push(group);
      index = group.first - 1;
      continue;
    }
    index -= 1;
  }
  return groups;
}

const MAX_SUBJECT_NOUNS = 2;

/**
 * "Clonidine was started, which helped the sweating", "Sleep hygiene advice was given, which improved his
 * insomnia": a relative clause on a passive clause is about what was given, its subject; else `index`.
 */
function passiveSubject(units: readonly Unit[], index: number): number {
  if (units[index]?.pos !== 'VERB' || !PASSIVE_AUXILIARIES.has(units[index - 1]?.lemma ?? '')) return index;
  let at = index - 2;
  while (at >= 0 && (units[at]!.pos === 'ADV' || units[at]!.pos === 'AUX' || units[at]!.pos === 'PART')) at -= 1;
  for (let nouns = 0; at >= 0 && nouns <= MAX_SUBJECT_NOUNS; at -= 1, nouns += 1) {
    if (isArgument(units[at]!)) return at;
    if (units[at]!.pos !== 'NOUN') return index;
  }
  return index;
}

const MAX_ADJUNCT_UNITS = 4;
const ADJUNCT_POS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PRON']);

/**
 * "tried diphenhydramine at home, which …", "took clonidine for a week, which …": a short phrase of
 * place or time between a noun and its relative clause; the relative hangs on the noun before it.
 * Where no such phrase stands, `index` itself.
 */
function beforeAdjunct(units: readonly Unit[], index: number): number {
  for (let at = index; at >= Math.max(0, index - MAX_ADJUNCT_UNITS); at -= 1) {
    const unit = units[at]!;
    if (isArgument(unit)) return index;
    if (unit.pos === 'ADP') return at > 0 && isArgument(units[at - 1]!) && at < index ? at - 1 : index;
    if (!ADJUNCT_POS.has(unit.pos)) return index;
  }
  return index;
}

/** The argument groups after a trigger: its object, and a second one joined by "with", "by", ":" … */
export function groupsAfter(units: readonly Unit[], from: number, trigger: { first: number; last: number }): Group[] {
  const groups: Group[] = [];
  let fillers = 0;
  let examples = false;
  let index = from;
  while (index < units.length && groups.length < 2) {
    const unit = units[index]!;
    if (index >= trigger.first && index <= trigger.last && !isArgument(unit)) {
      index += 1;
      continue;
    }
    if (isArgument(unit)) {
      const head = modifiedHead(units, index) ?? classedDrug(units, index);
      if (head !== undefined && groups.length === 0) {
        index = head;
        continue;
      }
      const group = buildGroup(units, index, trigger.last + 1, 'right');
      groups.push(examples ? { ...group, examples } : group);
      index = group.last + 1;
      // "at the mu-opioid receptor (MOR) by mitragynine": a gloss of the object (inside the group or after it)
      // stands before its second argument.
      const gloss = units[index]?.lemma === ')' ? index : glossEnd(units, index);
      if (gloss !== undefined) index = gloss + 1;
      while (index <= trigger.last) index += 1;
      const exampleList = examplesAfter(units, index);
      if (exampleList !== undefined && groups.length === 1) {
        examples = true;
        index = exampleList;
      } else if (!SECOND_ARGUMENT_LINKS.has(units[index]?.lemma ?? '')) break;
      fillers = 0;
      continue;
    }
    // "withdrawal symptoms and cravings": what follows a noun trigger's conjunction is its sibling, not its content.
    if (groups.length === 0 && fillers === 0 && (unit.lemma === 'and' || unit.lemma === 'or') && units[trigger.last]?.pos === 'NOUN') break;
    const openingColon = unit.lemma === ':' && groups.length === 0;
    const exampleComma = unit.lemma === ',' && (EXAMPLE_LINKS.has(units[index + 1]?.lemma ?? '') || EXAMPLE_LINKS.has(units[index + 1]?.text.toLowerCase() ?? '') || namesOneOf(units, index + 1) !== undefined);
    // "40 alkaloids, the main one being mitragynine", "…, of which mitragynine is the most abundant": go on to the one named.
    const oneOf = exampleComma && groups.length === 0 ? namesOneOf(units, index + 1) : undefined;
    if (oneOf !== undefined) {
      index = oneOf;
      continue;
    }
    // "brings on sudden, severe withdrawal": a comma between two adjectives is inside the noun phrase.
    const betweenAdjectives = unit.lemma === ',' && units[index - 1]?.pos === 'ADJ' && units[index + 1]?.pos === 'ADJ';
    if (!openingColon && ((RIGHT_STOPS.has(unit.lemma) && !isIntensifier(units, index)) || (unit.lemma === ',' && groups.length === 0 && !exampleComma && !betweenAdjectives))) break;
    // A verb ends the search, unless it is a link to examples or a participle describing the next argument ("fewer reported cravings").
    // "The features most often recorded were …": a participle before the copula describes the subject.
    const attributive = units[index + 1] !== undefined && (isArgument(units[index + 1]!) || units[index + 1]!.lemma === 'be') && /ed$/i.test(unit.text);
    if (unit.pos === 'VERB' && groups.length === 0 && fillers > 0 && !attributive && !(units[index - 1]?.lemma === ',' && EXAMPLE_LINKS.has(unit.text.toLowerCase()))) break;
    // "Side effects may include nausea": a modal right after the trigger leaves "include" the first word after it.
    if (!(unit.pos === 'AUX' && MODAL_AUXILIARIES.has(unit.lemma) && index === trigger.last + 1 && LISTING_VERBS.has(units[index + 1]?.lemma ?? ''))) fillers += 1;
    if (fillers > MAX_FILLERS) break;
    index += 1;
  }
  return groups;
}

/**
 * The list around a seed argument, grown both ways through list joiners; an unknown noun phrase
 * between joiners joins as an item of its siblings' kind ("anxiety and jitteriness").
 */
function buildGroup(units: readonly Unit[], seed: number, bound: number, side: 'left' | 'right'): Group {
  const items: Item[] = [{ unit: units[seed]!, index: seed }];
  let last = seed;
  for (;;) {
    const next = nextItem(units, last + 1, 1, side === 'left' ? bound : units.length);
    // "these side effects, including tolerance and dose": examples of another kind start a group of their own.
    // A list holds one kind of thing: "the anxiety, and meditation helps …" ends at the new clause.
    if (!next || !(sameKinds(units[seed]!, next.unit) || broughtOnByUse(units[seed]!, next.unit, side)) || (introducesExamples(units, last + 1, next.index) && units[seed]!.pos === 'PRON')) break;
    if (side === 'right' && subjectOfNewClause(units, last, next.index)) break;
    items.push(next);
    last = next.index + (next.span ?? 1) - 1;
  }
  let first = seed;
  for (;;) {
    const previous = nextItem(units, first - 1, -1, 0);
    if (!previous || isContrast(units, previous.index) || !sameKinds(units[seed]!, previous.unit) || (side === 'left' && opensClause(units, previous.index, first))) break;
    items.unshift(previous);
    first = previous.index;
  }
  const knownKinds = new Set(items.flatMap((item) => (item.unit.entity ? [item.unit.entity.kind] : [])));
  const hint = knownKinds.size === 1 ? [...knownKinds][0] : undefined;
  const withHints = items
    .map((item, at) => (item.unit.pos === 'PHRASE' && hint && !isAfterthought(units, items, at) ? { ...item, kindHint: hint } : item))
    .filter((item) => item.unit.pos !== 'PHRASE' || item.kindHint);
  const distance = side === 'left' ? bound - last - 1 : first - bound;
  return { items: withHints, first, last, distance, side, contrast: isContrast(units, first) };
}

const CONJUNCTIONS = new Set(['and', 'or', 'nor', '&']);

/**
 * "didn't touch the cravings, waste of money": an unknown phrase that ends a list after a bare comma,
 * with no "and" or "or" anywhere in it, is a comment on what came before, not one more of its kind.
 */
function isAfterthought(units: readonly Unit[], items: readonly Item[], at: number): boolean {
  if (at === 0 || at < items.length - 1) return false;
  return !units.slice(items[0]!.index, items[at]!.index).some((unit) => CONJUNCTIONS.has(unit.lemma));
}

/** The next list item from `from` in `direction`, if only list joiners stand between. */
function nextItem(units: readonly Unit[], from: number, direction: 1 | -1, limit: number): (Item & { span?: number }) | undefined {
  let linked = false;
  let gerund = false;
  let throughComplement = false;
  let modifiers = 0;
  let index = from;
  while (direction === 1 ? index < limit : index >= limit) {
    const unit = units[index]!;
    if (isArgument(unit)) return linked ? { unit, index } : undefined;
    // "muscle aches (71%), insomnia (68%)": a figure in brackets stands between items, and so does
    // an aside between commas ("weight loss and, in rare cases, liver damage").
    const figure = direction === 1 ? (bracketedFigureEnd(units, index) ?? citationEnd(units, index) ?? asideEnd(units, index) ?? qualifierEnd(units, index)) : undefined;
    if (figure !== undefined) {
      index = figure + 1;
      continue;
    }
    // "Runny nose (A), muscle aches (B) … are reported": an answer's letter or a figure in brackets stands between items read backwards too.
    const label = direction === -1 ? bracketedLabelStart(units, index) : undefined;
    if (label !== undefined) {
      index = label - 1;
      continue;
    }
    // A preposition blocks, except inside a gerund item ("switching to a new strain") and after a
    // head noun whose complement is the item ("attention to sleep hygiene", "avoidance of alcohol").
    const complement = (unit.lemma === 'to' || unit.lemma === 'of') && units[index - 1]?.pos === 'NOUN' && !isArgument(units[index - 1]!) && (linked || direction === -1);
    // "linked to daily use and to the duration of use": a preposition repeated after the conjunction.
    // "… and sleepless nights, along with intense cravings": "along with" / "together with" adds an item.
    const parallel = direction === 1 && unit.pos === 'ADP' && (COORDINATORS.has(units[index - 1]?.lemma ?? '') || (unit.lemma === 'with' && ADDING.has(units[index - 1]?.lemma ?? '')));
    if (BLOCKING.has(unit.lemma) && !(unit.lemma === 'as' || unit.lemma === 'such') && !(gerund && unit.pos === 'ADP') && !complement && !parallel) return undefined;
    if (complement) throughComplement = true;
    if (linked && unit.pos === 'VERB') gerund = true;
    // "sweating but not cravings", "not only X but also Y" go on with the list; "the anxiety but the rls … would chill out" opens a clause.
    if (unit.lemma === 'but' && !BUT_GOES_ON.has(units[index + 1]?.lemma ?? '')) return undefined;
    const adding = direction === 1 && ADDING.has(unit.lemma) && units[index + 1]?.lemma === 'with';
    if (LINKS.has(unit.lemma) || parallel || adding) linked = true;
    // An unknown noun after a verb is its object ("soaking the sheets"), not an item.
    else if (linked && direction === 1 && !throughComplement && !gerund && NOUN_PHRASE_POS.has(unit.pos) && phraseItem(units, index, limit)) return phraseItem(units, index, limit);
    // A gerund may lead an item of a list of practices ("maintaining a balanced diet, and incorporating …").
    else if ((unit.pos === 'VERB' && !/ing$/i.test(unit.text)) || unit.pos === 'AUX' || !(TOLERATED_POS.has(unit.pos) || unit.pos === 'VERB' || (gerund && unit.pos === 'ADP') || complement || parallel) || (modifiers += 1) > MAX_MODIFIERS + (gerund ? 2 : 0)) return undefined;
    index += direction;
  }
  return undefined;
}

/** An unknown noun phrase as a list item ("jitteriness", "loss of appetite"), if a list joiner or the end follows it. */
function phraseItem(units: readonly Unit[], start: number, limit: number): (Item & { span: number }) | undefined {
  let end = start;
  while (end + 1 < limit && (NOUN_PHRASE_POS.has(units[end + 1]!.pos) || (units[end + 1]!.lemma === 'of' && NOUN_PHRASE_POS.has(units[end + 2]?.pos ?? '')))) {
    if (isArgument(units[end + 1]!)) break;
    end += 1;
  }
  const after = units[end + 1];
  const words = units.slice(start, end + 1);
  if (units[end]!.pos !== 'NOUN' || end - start > 3 || words.some((unit) => unit.pos === 'PROPN' || GENERIC_NOUNS.has(unit.lemma) || TRIGGER_WORDS.has(unit.lemma))) return undefined;
  if (after && !LINKS.has(after.lemma) && !RIGHT_STOPS.has(after.lemma) && after.lemma !== ')' && after.pos !== 'AUX' && after.pos !== 'VERB') return undefined;
  const startUnit = units[start]!;
  const endUnit = units[end]!;
  const text = units.slice(start, end + 1).map((unit) => unit.text).join(' ');
  return { unit: { start: startUnit.start, end: endUnit.end, text, lemma: text.toLowerCase(), pos: 'PHRASE', name: true }, index: start, span: end - start + 1 };
}

/** "made me so drowsy": "so" before what it intensifies, not the conjunction that opens a clause. */
function isIntensifier(units: readonly Unit[], index: number): boolean {
  const next = units[index + 1];
  return units[index]!.lemma === 'so' && next !== undefined && (next.pos === 'ADJ' || (next.entity !== undefined && next.pos !== 'PRON' && units[index - 1]?.lemma !== ','));
}

/** Whether the unit at `first` is set apart by a contrast cue before it ("unlike kratom"). */
export function isContrast(units: readonly Unit[], first: number): boolean {
  let before = first - 1;
  while (before >= 0 && units[before]!.pos === 'DET') before -= 1;
  return CONTRAST_CUES.some((cue) => cue.length <= before + 1 && matchPhrase(units, before - cue.length + 1, cue) === before);
}

function isParentheticalHowever(units: readonly Unit[], index: number): boolean {
  return units[index]!.lemma === ',' && units[index - 1]?.lemma === 'however' && units[index - 2]?.lemma === ',';
}

/** "kratom wobbles—the side effects that …": a dash that opens an appositive naming the trigger. */
function isAppositiveDash(units: readonly Unit[], index: number, trigger: number): boolean {
  if (units[index]!.lemma !== '—' && units[index]!.lemma !== '–') return false;
  const between = units.slice(index + 1, trigger);
  return between.length <= MAX_APPOSITIVE_MODIFIERS && between.every((unit) => !isArgument(unit) && !LEFT_STOPS.has(unit.lemma) && unit.pos !== 'AUX' && unit.pos !== 'PRON');
}

/**
 * Where a list of examples starts after an argument: ", including …", ", such as …", or a colon a
 * few words on ("make the wobbles worse for me: …").
 */
function examplesAfter(units: readonly Unit[], from: number): number | undefined {
  const link = units[from + 1];
  if (units[from]?.lemma === ',' && link && (EXAMPLE_LINKS.has(link.lemma) || EXAMPLE_LINKS.has(link.text.toLowerCase()))) return from + 2;
  for (let index = from; index < Math.min(units.length, from + 4); index += 1) {
    if (units[index]!.lemma === ':') return index + 1;
    if (isArgument(units[index]!) || RIGHT_STOPS.has(units[index]!.lemma) || units[index]!.lemma === ',') return undefined;
  }
  return undefined;
}

function introducesExamples(units: readonly Unit[], from: number, to: number): boolean {
  return units.slice(from, to).some((unit) => EXAMPLE_LINKS.has(unit.lemma) || EXAMPLE_LINKS.has(unit.text.toLowerCase()));
}

/**
 * "associated with tolerance, dependence and a withdrawal syndrome": what use brings on, a factor
 * first and conditions after, is one list as an object (a new clause's subject after ", and" is not).
 */
function broughtOnByUse(seed: Unit, next: Unit, side: 'left' | 'right'): boolean {
  return side === 'right' && seed.entity?.kind === 'Factor' && (next.entity?.kind === 'Condition' || next.anaphor?.kind === 'dependence' || next.anaphor?.kind === 'withdrawal');
}

/**
 * "…stimulates the same receptors as painkillers, and regular use produces …": ", and" before a
 * trigger's subject opens a new clause unless the item before it is itself one of a comma list ("A, B, and C").
 */
function opensClause(units: readonly Unit[], previous: number, next: number): boolean {
  const between = units.slice(previous + 1, next);
  const commaAnd = between.some((unit, at) => unit.lemma === ',' && between[at + 1]?.lemma === 'and');
  // "Staying hydrated, maintaining a balanced diet, and …": a gerund may lead the item before.
  return commaAnd && !units.slice(Math.max(0, previous - 3), previous).some((unit) => unit.lemma === ',');
}

const MAX_SUBJECT_TAIL = 4;

/**
 * "can produce dependence, and withdrawal on stopping is often described", "does nothing for the
 * anxiety but the rls would settle": after ", and" or "but" an item followed by its own finite verb
 * is the subject of a new clause, not the last of a list.
 */
function subjectOfNewClause(units: readonly Unit[], last: number, next: number): boolean {
  const between = units.slice(last + 1, next);
  if (!between.some((unit, at) => (unit.lemma === ',' && between[at + 1]?.lemma === 'and') || unit.lemma === 'but')) return false;
  for (let index = next + 1; index < Math.min(units.length, next + 1 + MAX_SUBJECT_TAIL); index += 1) {
    const unit = units[index]!;
    if (unit.pos === 'AUX' || (unit.pos === 'VERB' && !/(?:ing|ed)$/i.test(unit.text))) return true;
    if (unit.pos === 'PUNCT' || unit.pos === 'CCONJ' || isArgument(unit)) return false;
  }
  return false;
}

/** Whether two list items may stand for the same kinds of entity. */
function sameKinds(a: Unit, b: Unit): boolean {
  // A condition's examples may be symptoms ("withdrawal symptoms like anxiety"): one family.
  // Treatments are one family too ("magnesium and a hot bath").
  const family = (kind: string): string => (kind === 'Symptom' ? 'Condition' : kind === 'Compound' || kind === 'Strategy' ? 'Substance' : kind);
  // "it" stands for a condition only when the sentence before was about one: in a list it is a drug's.
  const anaphorKinds = (unit: Unit): readonly string[] => (unit.pos === 'PRON' && unit.anaphor?.kind === 'singular' ? unit.anaphor.kinds.filter((kind) => kind !== 'Condition') : (unit.anaphor?.kinds ?? []));
  const kinds = (unit: Unit): readonly string[] => (unit.entity ? [unit.entity.kind] : anaphorKinds(unit)).map(family);
  const [of, other] = [kinds(a), kinds(b)];
  return of.length === 0 || other.length === 0 || of.some((kind) => other.includes(kind));
}

const MAX_FIGURE_UNITS = 6;

/** The index of the ")" closing a bracketed figure ("(71%)", "(n = 12)") that opens at `index`. */
const bracketedFigureEnd = (units: readonly Unit[], index: number): number | undefined =>
  closingBracket(units, index, MAX_FIGURE_UNITS, (unit) => FIGURE_POS.has(unit.pos) || unit.lemma === 'n') ?? statisticsEnd(units, index);

const MAX_QUALIFIER_UNITS = 12;
// What a qualifier may name: how often or under what circumstance the item holds ("dose-related").
const QUALIFIER_KINDS = new Set(['Factor']);

/**
 * The index of the ")" closing a bracket that qualifies the item before it and names no other item
 * ("constipation (common, dose-related); nausea", "seizures (case reports, usually at high dose)").
 */
const qualifierEnd = (units: readonly Unit[], index: number): number | undefined =>
  units[index - 1] && isArgument(units[index - 1]!)
    ? closingBracket(units, index, MAX_QUALIFIER_UNITS, (unit) => (unit.entity ? QUALIFIER_KINDS.has(unit.entity.kind) : !unit.anaphor) && unit.lemma !== '(')
    : undefined;

const MAX_ONE_OF_UNITS = 4;

/**
 * After a comma at `index`: "of which" or "the main one being" that go on to name one member of the
 * class before the comma; where that member's name starts.
 */
function namesOneOf(units: readonly Unit[], index: number): number | undefined {
  if (units[index]?.lemma === 'of' && units[index + 1]?.lemma === 'which') return index + 2;
  if (units[index]?.lemma !== 'the') return undefined;
  for (let at = index + 1; at <= index + MAX_ONE_OF_UNITS && at < units.length; at += 1) {
    if (isArgument(units[at]!)) return undefined;
    if (units[at]!.text.toLowerCase() === 'being') return at + 1;
  }
  return undefined;
}

const MAX_GLOSS_UNITS = 3;

/** The index of the ")" closing a short bracketed gloss ("(MOR)", "(5-HT1A)") that opens at `index`; never an empty one. */
function glossEnd(units: readonly Unit[], index: number): number | undefined {
  const end = closingBracket(units, index, MAX_GLOSS_UNITS + 2, () => true);
  return end !== undefined && end > index + 1 ? end : undefined;
}

const MAX_CITATION_UNITS = 10;
const CITATION_WORDS = new Set(['et', 'al', 'al.', '.', ',', ';', '&', 'and']);

const isYear = (unit: Unit): boolean => unit.pos === 'NUM' && /^(?:19|20)\d\d[a-z]?$/.test(unit.text);

/** The index of the ")" closing an author-year citation ("(Smith et al., 2020)", "(Jones, 2019)") that opens at `index`. */
function citationEnd(units: readonly Unit[], index: number): number | undefined {
  const end = closingBracket(units, index, MAX_CITATION_UNITS, (unit) => isYear(unit) || unit.pos === 'PROPN' || CITATION_WORDS.has(unit.lemma));
  return end !== undefined && units.slice(index + 1, end).some(isYear) ? end : undefined;
}

const MAX_ASIDE_UNITS = 6;

/** The index of the comma closing an adverbial aside (", in rare cases,") that opens at `index`. */
function asideEnd(units: readonly Unit[], index: number): number | undefined {
  if (units[index]!.lemma !== ',' || !['ADP', 'ADV'].includes(units[index + 1]?.pos ?? '')) return undefined;
  for (let end = index + 2; end < Math.min(units.length, index + MAX_ASIDE_UNITS); end += 1) {
    const unit = units[end]!;
    if (unit.lemma === ',') return end;
    if (isArgument(unit) || ['VERB', 'AUX', 'PRON'].includes(unit.pos) || BLOCKING.has(unit.lemma) && unit.pos !== 'ADP') return undefined;
  }
  return undefined;
}

const MAX_LABEL_UNITS = 3;

/** The index of the "(" opening a short bracket that closes at `index` and names nothing ("(A)", "(71%)"), read backwards. */
function bracketedLabelStart(units: readonly Unit[], index: number): number | undefined {
  if (units[index]?.text !== ')') return undefined;
  for (let at = index - 1; at >= Math.max(0, index - 1 - MAX_LABEL_UNITS); at -= 1) {
    const unit = units[at]!;
    if (unit.text === '(') return at < index - 1 ? at : undefined;
    if (isArgument(unit) || unit.text === ')') return undefined;
  }
  return undefined;
}
