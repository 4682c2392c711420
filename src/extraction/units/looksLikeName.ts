import type { Token } from '../language/analysedText';

// Endings of drug and alkaloid names (tianeptine, gabapentin, loperamide, kavalactone, phenibut,
// diazepam, pregabalin, naltrexone, baclofen, isorhynchophylline, zolpidem).
const DRUG_ENDING = /(?:ine|ide|one|ol|pam|lam|pin|entin|alin|fen|ane|ate|xone|done|dem|zole|mab|vir|but|cin|mycin|phylline)s?$/;
const COMMON_WORDS = new Set([
  'medicine', 'determine', 'combine', 'examine', 'routine', 'discipline', 'baseline', 'guideline', 'someone',
  'everyone', 'anyone', 'undermine', 'headline', 'decline', 'genuine', 'control', 'protocol', 'online', 'none',
  'alone', 'phone', 'done', 'gone', 'bone', 'tone', 'zone', 'stone', 'lane', 'plane', 'rate', 'state', 'date',
  'late', 'debate', 'estimate', 'climate', 'candidate', 'moderate', 'adequate', 'separate', 'immediate', 'ultimate',
  'accurate', 'appropriate', 'private', 'ate', 'mate', 'gate', 'fate', 'hate', 'plate', 'slate', 'alcohol',
  'cholesterol', 'patrol', 'hide', 'side', 'wide', 'guide', 'ride', 'pride', 'tide', 'provide', 'decide', 'inside',
  'outside', 'beside', 'aside', 'suicide', 'machine', 'magazine', 'engine',
  'marine', 'urine', 'feminine', 'masculine', 'doctrine', 'famine', 'cuisine', 'vaccine', 'regime', 'fine',
  'line', 'mine', 'wine', 'nine', 'pine', 'dine', 'shine', 'spine', 'define', 'refine', 'online', 'offline',
  'deadline', 'airline', 'helpline', 'hotline', 'lifeline', 'timeline', 'pipeline', 'frontline', 'outline', 'borderline', 'turbine', 'substrate', 'extract', 'pristine', 'combine', 'intestine', 'quarantine',
]);
const MIN_LENGTH = 6;

/**
 * Whether a word the vocabulary does not know is shaped like a drug or compound name: a noun with
 * a drug-like ending, sentence-initial or not (capitals alone name places and brands too). The
 * position it fills decides its kind.
 */
export function looksLikeName(token: Token): boolean {
  if (token.pos !== 'NOUN' && token.pos !== 'PROPN') return false;
  const word = token.text.toLowerCase();
  if (!/^\p{L}[\p{L}\p{N}-]*$/u.test(word) || word.length < MIN_LENGTH || COMMON_WORDS.has(word) || COMMON_WORDS.has(word.replace(/s$/, ''))) return false;
  return DRUG_ENDING.test(word);
}

/** "TaperEase™", "Kratomite®": a word marked as a trade mark is a product's name, whatever its shape. */
export function isTrademark(token: Token, next: Token | undefined): boolean {
  return (token.pos === 'NOUN' || token.pos === 'PROPN') && next !== undefined && next.start === token.end && (next.text === '™' || next.text === '®');
}
