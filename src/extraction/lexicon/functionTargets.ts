/**
 * Everyday functions whose loss (or excess) is a symptom. People write about sleep and mood far more
 * often than about insomnia and low mood: what raises a function relieves its loss ("helped me
 * sleep", "lifts my mood"), what lowers it causes its loss ("wrecked my sleep", "dropped my blood
 * pressure"), and where too much of it is a symptom too, raising it causes that ("raised my blood
 * pressure"). Targets are vocabulary ids; units/functionTargets checks each exists and is a symptom.
 */
export const FUNCTION_WORDS: readonly { words: readonly string[]; loss: string; excess?: string; raisedBy?: readonly string[] }[] = [
  // "helps you drift off", "let me stay asleep": ways of saying sleep come, as the thing a verb gives back.
  // "gets me to sleep", "puts you to sleep": verbs that raise sleep alone, with "to" before it.
  { words: ['sleep', 'fall asleep', 'stay asleep', 'drift off', 'nod off', 'get to sleep', 'get off to sleep', 'go to sleep'], loss: 'symptom:insomnia', raisedBy: ['get', 'put', 'send'] },
  { words: ['mood', 'spirits'], loss: 'symptom:low-mood' },
  { words: ['energy'], loss: 'symptom:fatigue' },
  { words: ['appetite'], loss: 'symptom:loss-of-appetite' },
  { words: ['focus', 'concentration', 'head', 'mind', 'thinking'], loss: 'symptom:difficulty-concentrating' },
  { words: ['heart rhythm', 'heartbeat'], loss: 'symptom:cardiac-arrhythmia' },
  { words: ['blood pressure', 'bp'], loss: 'symptom:low-blood-pressure', excess: 'symptom:high-blood-pressure' },
];

/**
 * Verbs that raise a function, beside the relief triggers that do ("help", "improve", "aid").
 * "Stabilise" and "regulate" are left out: a stabilised mood is one that swings less, not one lifted.
 */
export const RAISING_VERBS: readonly string[] = ['lift', 'boost', 'restore', 'let', 'allow', 'enable', 'brighten', 'raise', 'increase', 'elevate', 'spike'];

/**
 * Verbs that lower a function. Several are relief triggers with a symptom for object ("kills the
 * cravings", "reduces pain"); with a function for object they say the opposite.
 */
export const LOWERING_VERBS: readonly string[] = ['ruin', 'wreck', 'disrupt', 'drop', 'lower', 'tank', 'kill', 'sap', 'destroy', 'reduce', 'decrease', 'suppress', 'dampen', 'mess', 'screw', 'affect', 'impair', 'worsen', 'flatten', 'crush', 'disturb', 'interfere', 'fog', 'cloud', 'muddle'];

/** Words that say a function is lost, before it or after "is" ("bad sleep", "my mood is low", "appetite gone"). */
export const LOSS_WORDS: readonly string[] = ['low', 'bad', 'poor', 'terrible', 'awful', 'horrible', 'trash', 'garbage', 'crap', 'shot', 'gone', 'nonexistent', 'non-existent', 'zero', 'wrecked', 'ruined', 'broken', 'rubbish', 'lousy'];

/** Words that say a function is in excess, where too much of it is a symptom ("blood pressure is high"). */
export const EXCESS_WORDS: readonly string[] = ['high', 'elevated', 'raised'];

/**
 * Functions said as verbs, whose negation in a first-hand account is the symptom of their loss: "i
 * havent slept in 3 days", "couldn't eat", "can't focus". (Checked as vocabulary ids like FUNCTION_WORDS.)
 */
export const NEGATABLE_FUNCTION_VERBS: readonly { verbs: readonly string[]; loss: string; complement?: string }[] = [
  { verbs: ['sleep'], loss: 'symptom:insomnia' },
  { verbs: ['eat'], loss: 'symptom:loss-of-appetite' },
  { verbs: ['focus', 'concentrate'], loss: 'symptom:difficulty-concentrating' },
  // "couldn't sit still", "her legs would not stay still": with the word that completes them.
  { verbs: ['sit', 'stay', 'keep', 'lie'], loss: 'symptom:restlessness', complement: 'still' },
];

/**
 * Drives whose absence is a symptom, said with "no" ("no motivation", "no pleasure in anything",
 * "zero appetite"), beside the functions of FUNCTION_WORDS.
 */
export const ABSENT_DRIVES: readonly { words: readonly string[]; loss: string }[] = [
  { words: ['motivation', 'drive', 'pleasure', 'enjoyment', 'interest'], loss: 'symptom:anhedonia' },
  ...FUNCTION_WORDS.filter((entry) => entry.words.length > 0).map((entry) => ({ words: entry.words.filter((word) => !word.includes(' ')), loss: entry.loss })),
];

/** Words that say a function or drive is absent, right before it. */
export const ABSENCE_WORDS: readonly string[] = ['no', 'zero', 'zilch'];
