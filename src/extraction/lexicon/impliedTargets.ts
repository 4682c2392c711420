/**
 * Words that say what they act on: "analgesic" is relief of pain, "anxiolytic" relief of anxiety.
 * Each target is a vocabulary id; units/impliedTargets checks that it exists and is a symptom or a
 * condition before a word stands for it. `adjectiveOnly`: "a sedative effect" implies relief of
 * sleeplessness, "other sedatives" (drugs) does not.
 */
export const RELIEF_WORDS: readonly { words: readonly string[]; target: string; adjectiveOnly?: boolean }[] = [
  { words: ['analgesic', 'analgesia', 'antinociception', 'antinociceptive', 'pain-relieving', 'painkilling', 'pain-killing'], target: 'symptom:pain' },
  { words: ['anxiolytic', 'anxiolysis', 'anti-anxiety'], target: 'symptom:anxiety' },
  { words: ['antiemetic', 'anti-emetic', 'anti-nausea'], target: 'symptom:nausea' },
  { words: ['antidiarrhoeal', 'antidiarrheal', 'anti-diarrhoeal', 'anti-diarrheal'], target: 'symptom:diarrhoea' },
  { words: ['sedative', 'hypnotic', 'sleep-inducing'], target: 'symptom:insomnia', adjectiveOnly: true },
];

/**
 * A verb with an object that together name a symptom: "depressed respiration", "slows breathing",
 * "can lower blood pressure", "can harm the liver" (an object may be two words). `relief`: the verb
 * keeps the organ from it, so the phrase relieves the symptom ("milk thistle protects the liver").
 */
export const SYMPTOM_PHRASES: readonly { verbs: readonly string[]; objects: readonly string[]; target: string; relief?: boolean }[] = [
  { verbs: ['depress', 'slow', 'suppress', 'impair', 'reduce', 'decrease', 'stop'], objects: ['respiration', 'breathing', 'breathe', 'ventilation', 'respiratory'], target: 'symptom:respiratory-depression' },
  { verbs: ['lower', 'drop', 'reduce', 'decrease'], objects: ['blood pressure'], target: 'symptom:low-blood-pressure' },
  { verbs: ['harm', 'damage', 'injure', 'hurt', 'hard', 'tough', 'rough', 'toxic'], objects: ['liver'], target: 'condition:liver-injury' },
  { verbs: ['protect', 'shield', 'safeguard'], objects: ['liver'], target: 'condition:liver-injury', relief: true },
  // "Kratom backs you up", "it bound me up": constipation in everyday speech.
  { verbs: ['back', 'bind', 'block'], objects: ['up'], target: 'symptom:constipation' },
  // "kratom upsets my stomach", "it can wreck your gut": a stomach upset is digestive upset.
  { verbs: ['upset', 'irritate', 'wreck'], objects: ['stomach', 'gut', 'tummy', 'belly'], target: 'symptom:gastrointestinal-upset' },
  // "Sudafed can keep you awake".
  { verbs: ['keep'], objects: ['awake'], target: 'symptom:insomnia' },
  // "Hydroxyzine knocked me out", "it knocks you out": put a person to sleep, so relief of sleeplessness;
  // a person must stand before "out" ("knocked out the cravings" ends something else).
  { verbs: ['knock'], objects: ['I out', 'me out', 'you out', 'he out', 'him out', 'she out', 'her out', 'they out', 'them out', 'we out', 'us out'], target: 'symptom:insomnia', relief: true },
];
