/**
 * Adjectives by the way they move what they describe, so "makes withdrawal harsher", "makes it more
 * likely", "made the nights less miserable" and "kept the cravings milder" each read as a cause or a
 * relief from the adjective's direction and its degree word, rather than one listed phrase at a time.
 */
export const WORSENING_ADJECTIVES: readonly string[] = [
  'bad', 'worse', 'harsh', 'severe', 'intense', 'hard', 'tough', 'difficult', 'rough', 'brutal', 'painful',
  'uncomfortable', 'miserable', 'dangerous', 'likely', 'long', 'frequent', 'unbearable', 'unpleasant',
  'serious', 'prolonged', 'protracted', 'heavy', 'nasty', 'awful', 'horrible', 'terrible', 'probable',
  'big', 'large',
];

export const EASING_ADJECTIVES: readonly string[] = [
  'mild', 'easy', 'bearable', 'tolerable', 'manageable', 'livable', 'liveable', 'survivable', 'doable',
  'short', 'gentle', 'smooth', 'comfortable', 'safe', 'better', 'light', 'small', 'minor',
];

// "makes withdrawal milder", "is why this withdrawal is so much milder", "is the reason it was bearable".
// "kept the cravings milder", "keeps withdrawal manageable": what a thing keeps in a state it holds there.
const CAUSATIVES = ['make', 'keep', 'be why', 'be the reason'];

/** Phrases that say a thing was moved `toward` a direction: "make * harsh", "make * more intense", "make * less mild", "be why * mild". */
export function madeTowards(toward: readonly string[], awayFrom: readonly string[]): string[] {
  return CAUSATIVES.flatMap((cause) => [
    ...toward.flatMap((adjective) => [`${cause} * ${adjective}`, `${cause} * more ${adjective}`]),
    ...awayFrom.map((adjective) => `${cause} * less ${adjective}`),
  ]);
}

/**
 * "Withdrawal is harsher with high doses", "less severe with a taper": the measured thing, then its agent
 * after "with"; a dose after "at" too ("seizures were more frequent at higher doses").
 */
export function towardsWith(toward: readonly string[], awayFrom: readonly string[]): string[] {
  return ['with', 'at'].flatMap((preposition) => [
    ...toward.flatMap((adjective) => [`${adjective} ${preposition}`, `more ${adjective} ${preposition}`]),
    ...awayFrom.map((adjective) => `less ${adjective} ${preposition}`),
  ]);
}
