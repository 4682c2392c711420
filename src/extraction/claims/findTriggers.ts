import { DRUG_KINDS } from '../../domain/entityKinds';
import { EASING_ADJECTIVES } from '../lexicon/directionAdjectives';
import { CAUSE, CONTENT, IMPROVED_WITH, RELIEF, TRIGGER_FAMILIES, type TriggerFamily } from '../lexicon/triggerLexicon';
import type { Unit } from '../units/unit';
import { inStatistics } from './brackets';
import { matchPhrase, openingWords } from './matchPhrase';

export interface Trigger {
  family: TriggerFamily;
  /** Units of the phrase; `head` is its first word (where a gapped phrase's argument starts after). */
  first: number;
  last: number;
  head: string;
  gapped: boolean;
  action?: string;
  /** "was reduced by": the patient stands before, the agent after. */
  passive: boolean;
  /** Words the phrase names (its gap not counted): "make * less severe" says more than "make * severe". */
  words: number;
}

/** The auxiliaries of a passive: "was reduced", "got worse". */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['be', 'get']);
// Prepositions that name the means of an active verb and the agent of a passive one.
const MEANS = new Set(['by', 'through', 'via']);
// Verbs whose passive subject is the remedy ("clonidine is recommended"), not what it acts on.
const PRESCRIBING = new Set(['recommend', 'use', 'prescribe', 'offer']);
// "headaches from kratom", "the low mood that follows withdrawal": like a by-phrase, these name the
// agent after the trigger (and, in the passive, "is followed by" names it before).
const AGENT_AFTER = new Set(['from', 'follow']);

/**
 * The trigger phrases of a sentence, each family's longest match at each word; where one family's
 * phrase is longer at the same word ("brings on"), another family's shorter one there ("brings") is
 * part of it, not a trigger of its own; over the same words, the phrase that names more of them wins
 * ("makes withdrawal less severe" is a relief, not "make * severe").
 */
export function findTriggers(units: readonly Unit[]): Trigger[] {
  const triggers = familyTriggers(units);
  const outdone = (trigger: Trigger, other: Trigger): boolean =>
    other.family !== trigger.family && other.first === trigger.first && (other.last > trigger.last || (other.last === trigger.last && other.words > trigger.words));
  return triggers.filter((trigger) => !triggers.some((other) => outdone(trigger, other)) && !inStatistics(units, trigger.first));
}

interface IndexedEntry {
  order: number;
  lemmas: readonly string[];
  words: number;
  gapped: boolean;
  action?: string;
}

// Each family's phrases by their first word, so a position is tried only against phrases that can start there.
const byFirstWord = new Map<TriggerFamily, Map<string, IndexedEntry[]>>(
  TRIGGER_FAMILIES.map((family) => {
    const index = new Map<string, IndexedEntry[]>();
    family.entries.forEach((entry, order) => {
      const indexed = { order, lemmas: entry.lemmas, words: entry.lemmas.filter((lemma) => lemma !== '*').length, gapped: entry.lemmas.includes('*'), ...(entry.action ? { action: entry.action } : {}) };
      index.set(entry.lemmas[0]!, [...(index.get(entry.lemmas[0]!) ?? []), indexed]);
    });
    return [family, index];
  }),
);

/** The phrases of a family that may start at `unit` (the words matchPhrase can match there), in the family's order. */
function candidatesAt(family: TriggerFamily, unit: Unit): IndexedEntry[] {
  if (unit.entity !== undefined) return [];
  const index = byFirstWord.get(family)!;
  const candidates = openingWords(unit).flatMap((word) => index.get(word) ?? []);
  return candidates.length > 1 ? candidates.sort((a, b) => a.order - b.order) : candidates;
}

// What may stand before an imperative's verb: a bullet, a number, an interjection ("- Avoid them", "2. Avoid …", "Please avoid …").
const BEFORE_IMPERATIVE = new Set(['PUNCT', 'NUM', 'INTJ', 'SYM']);
const opensSentence = (units: readonly Unit[], index: number): boolean => units.slice(0, index).every((unit) => BEFORE_IMPERATIVE.has(unit.pos) || unit.lemma === 'please');

const isDrug = (unit: Unit | undefined): boolean => unit?.entity !== undefined && DRUG_KINDS.has(unit.entity.kind);

function familyTriggers(units: readonly Unit[]): Trigger[] {
  const triggers: Trigger[] = [];
  for (const family of TRIGGER_FAMILIES) {
    let coveredUntil = -1;
    for (let first = 0; first < units.length; first += 1) {
      let best: { last: number; action?: string; gapped: boolean; words: number } | undefined;
      // "presenting features", "presents with sweating": the verb shows signs; only the adjective ("present in the leaf") names content.
      if (family === CONTENT && units[first]!.lemma === 'present' && units[first]!.pos === 'VERB') continue;
      // "+1 on avoiding benzos": avoiding a drug is keeping off it, no relief of anything by it.
      // "Avoid them.", "Avoid stopping suddenly": an imperative "avoid" advises the reader; its object relieves nothing.
      if (family === RELIEF && units[first]!.lemma === 'avoid' && (isDrug(units[first + 1]) || opensSentence(units, first))) continue;
      // "cant stop sneezing", "I stopped sweating after day 5": stopping doing something is the doer's, no agent's relief of it.
      if (family === RELIEF && units[first]!.lemma === 'stop' && /ing$/i.test(units[first + 1]?.text ?? '')) continue;
      for (const entry of candidatesAt(family, units[first]!)) {
        // "kills by respiratory depression" names the means; "the cravings were killed by bupe", the agent of a passive.
        if (family === CAUSE && MEANS.has(entry.lemmas[entry.lemmas.length - 1]!) && isPassive(units, first)) continue;
        const last = matchPhrase(units, first, entry.lemmas);
        if (last >= 0 && (!best || last > best.last || (last === best.last && entry.words > best.words))) {
          best = { last, words: entry.words, gapped: entry.gapped, ...(entry.action ? { action: entry.action } : {}) };
        }
      }
      if (!best || best.last <= coveredUntil) continue;
      coveredUntil = best.last;
      // "X is used for Y", "X is used to manage Y", "For Y, X is recommended": the subject of a passive use is the agent.
      const usedFor = units[best.last]!.lemma === 'for' || (units[first]!.lemma === 'use' && units[first + 1]?.lemma === 'to') || PRESCRIBING.has(units[first]!.lemma);
      const passive = ((isPassive(units, first) && !usedFor) !== AGENT_AFTER.has(units[first]!.lemma)) || risesWith(family, units, first, best.last) || improvesWith(family, units, first, best.last);
      triggers.push({ family, first, last: best.last, head: units[first]!.lemma, gapped: best.gapped, passive, words: best.words, ...(best.action ? { action: best.action } : {}) });
    }
  }
  return triggers;
}

// "attributed to loperamide", "blamed on the extract", "secondary to kratom" ("2/2 kratom"): the cause after "to" or "on".
const CAUSE_AFTER = new Set(['attribute', 'attributable', 'due', 'secondary', '2/2', 'put', 'blame', 'depend']);

// "rises with daily intake", "come from taking too much", "more frequent at higher doses".
const AGENT_PREPOSITIONS = new Set(['with', 'from', 'at']);

/** "Risk rises with daily intake", "the wobbles come from taking too much": a cause's agent after the preposition. */
function risesWith(family: TriggerFamily, units: readonly Unit[], first: number, last: number): boolean {
  return family === CAUSE && ((last > first && AGENT_PREPOSITIONS.has(units[last]!.lemma)) || CAUSE_AFTER.has(units[first]!.lemma));
}

// "resolved with loperamide", "milder with a taper", "less severe with clonidine".
const IMPROVING = new Set([...IMPROVED_WITH, 'respond', 'go', 'clear', 'get', 'settle', ...EASING_ADJECTIVES, 'less']);
const RELIEVER_AFTER = new Set(['with', 'on', 'to']);

/** "Diarrhoea resolved with loperamide", "the cramps responded to hyoscine": the reliever after the sign. */
function improvesWith(family: TriggerFamily, units: readonly Unit[], first: number, last: number): boolean {
  return family === RELIEF && last > first && IMPROVING.has(units[first]!.lemma) && RELIEVER_AFTER.has(units[last]!.lemma);
}

/**
 * A past participle after a form of "be" or "get" (adverbs and negation may come between), or one
 * that follows its noun and names the agent ("nausea caused by kratom", "problems brought on by it").
 */
function isPassive(units: readonly Unit[], index: number): boolean {
  const word = units[index]!;
  // "mu-opioid receptor agonism by mitragynine", "sweating reduction by clonidine": a noun after what it acts on, its agent after "by".
  if (word.pos === 'NOUN' && units[index - 1]?.entity && units[index + 1]?.lemma === 'by') return true;
  if (word.pos !== 'VERB' || word.text.toLowerCase() === word.lemma || /ing$/i.test(word.text)) return false;
  if (units[index - 1]?.entity && units.slice(index + 1, index + 3).some((unit) => unit.lemma === 'by')) return true;
  for (let back = index - 1; back >= Math.max(0, index - 4); back -= 1) {
    const unit = units[back]!;
    if (PASSIVE_AUXILIARIES.has(unit.lemma)) return true;
    if (unit.pos !== 'ADV' && unit.pos !== 'PART') return false;
  }
  return false;
}
