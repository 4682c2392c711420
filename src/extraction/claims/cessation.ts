import type { Unit } from '../units/unit';

const STOPPING = new Set(['stop', 'quit', 'discontinue', 'cease', 'stopping', 'quitting']);
const COMING_OFF = new Set(['come', 'get', 'go', 'taper', 'coming', 'getting']);

/**
 * Whether the argument at `index` is a substance being stopped ("stopping kratom", "coming off
 * them", "quitting oxycodone"): as the subject of a trigger, what acts is its withdrawal.
 */
export function isStopped(units: readonly Unit[], index: number): boolean {
  let before = index - 1;
  while (before >= 0 && units[before]!.pos === 'DET') before -= 1;
  const word = units[before];
  if (!word) return false;
  if (STOPPING.has(word.lemma) || STOPPING.has(word.text.toLowerCase())) return true;
  const verb = units[before - 1];
  return word.lemma === 'off' && verb !== undefined && (COMING_OFF.has(verb.lemma) || COMING_OFF.has(verb.text.toLowerCase()));
}
