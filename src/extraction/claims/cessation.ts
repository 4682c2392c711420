import { stopVerbsAnd } from '../lexicon/stopping';
import type { EntityRef, Unit } from '../units/unit';

// Word forms too: casual writing's lemmas are not always the lemmatiser's.
const STOPPING = stopVerbsAnd('stopping', 'quitting', 'kick', 'kicking', 'ditch', 'ditching');
// "coming off", "weaning off", "giving up", "abstaining from": the particle after the verb.
const COMING_OFF = new Set(['come', 'get', 'go', 'taper', 'coming', 'getting', 'wean', 'weaning', 'tapering']);
const GIVING_UP = new Set(['give', 'giving']);
const ABSTAINING = new Set(['abstain', 'abstaining', 'withdraw', 'withdrawing', 'detox', 'detoxing']);
// "cutting out caffeine", "avoiding alcohol": staying away from a substance, said of a practice.
const CUTTING_OUT = new Set(['cut', 'cutting']);
const AVOIDING = new Set(['avoid', 'avoiding']);
// "day 3 off kratom", "two weeks off oxy": a time counted off a substance, as forum titles keep it.
const TIME_NOUNS = new Set(['day', 'week', 'month', 'year', 'hour', 'hr', 'wk', 'yr']);

/**
 * Whether the argument at `index` is a substance being stopped ("stopping kratom", "coming off
 * them", "quitting oxycodone", "kicking kratom", "giving up kratom", "abstaining from kratom", "day 3 off kratom"): as
 * the subject of a trigger, what acts is its withdrawal.
 */
export function isStopped(units: readonly Unit[], index: number): boolean {
  if (countedWithout(units, index)) return true;
  let before = index - 1;
  while (before >= 0 && units[before]!.pos === 'DET') before -= 1;
  const word = units[before];
  if (!word) return false;
  if (STOPPING.has(word.lemma) || STOPPING.has(word.text.toLowerCase()) || AVOIDING.has(word.lemma)) return true;
  const verb = units[before - 1];
  if (!verb) return false;
  const verbIs = (set: ReadonlySet<string>): boolean => set.has(verb.lemma) || set.has(verb.text.toLowerCase());
  const counted = TIME_NOUNS.has(verb.lemma) || (verb.pos === 'NUM' && TIME_NOUNS.has(units[before - 2]?.lemma ?? ''));
  return (word.lemma === 'off' && (verbIs(COMING_OFF) || counted)) || (word.lemma === 'up' && verbIs(GIVING_UP)) || (word.lemma === 'from' && verbIs(ABSTAINING)) || (word.lemma === 'out' && verbIs(CUTTING_OUT));
}

const WITHOUT = new Set(['no', 'without']);

/** "day 5 no kratom", "3 weeks without kratom": a time counted without a substance, as "day 3 off kratom" is. */
function countedWithout(units: readonly Unit[], index: number): boolean {
  const word = units[index - 1];
  if (!word || !WITHOUT.has(word.lemma)) return false;
  const count = units[index - 2];
  const noun = count?.pos === 'NUM' ? units[index - 3] : count;
  return TIME_NOUNS.has(noun?.lemma ?? '');
}

/** The vocabulary's way of stopping ("abrupt cessation", "abruptly stopping", "cold turkey"): a factor of cessation. */
export const isWayOfStopping = (entity: EntityRef | undefined): boolean => entity?.kind === 'Factor' && /cessation/i.test(entity.name);
