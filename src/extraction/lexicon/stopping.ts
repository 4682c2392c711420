/**
 * The verbs of stopping a substance ("stopped kratom", "quit oxy", "on discontinuing"), by lemma: one
 * list for every rule that asks whether someone came off something, each adding the words its own
 * setting needs (a title's "off" and "taper", a forum's "kicking").
 */
export const STOP_VERBS: ReadonlySet<string> = new Set(['stop', 'quit', 'discontinue', 'cease']);

/** `STOP_VERBS` and `more`, as one set. */
export const stopVerbsAnd = (...more: string[]): ReadonlySet<string> => new Set([...STOP_VERBS, ...more]);
