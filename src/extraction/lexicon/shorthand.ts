/**
 * Forum shorthand the tagger does not know, read as the word it stands for ("makes u dizzy", "helped
 * w the sweats", "ppl get hooked", "sweats r insane", "thru the roof"), so that rules over lemmas and
 * parts of speech see it as that word. Lower-case forms only: "R" and "N" are other things.
 */
export const SHORTHAND: Readonly<Record<string, { lemma: string; pos: string }>> = {
  u: { lemma: 'you', pos: 'PRON' },
  ya: { lemma: 'you', pos: 'PRON' },
  ur: { lemma: 'your', pos: 'PRON' },
  ppl: { lemma: 'people', pos: 'NOUN' },
  w: { lemma: 'with', pos: 'ADP' },
  'w/': { lemma: 'with', pos: 'ADP' },
  thru: { lemma: 'through', pos: 'ADP' },
  bc: { lemma: 'because', pos: 'SCONJ' },
  'b/c': { lemma: 'because', pos: 'SCONJ' },
  cuz: { lemma: 'because', pos: 'SCONJ' },
  coz: { lemma: 'because', pos: 'SCONJ' },
  r: { lemma: 'be', pos: 'AUX' },
  n: { lemma: 'and', pos: 'CCONJ' },
  abt: { lemma: 'about', pos: 'ADP' },
  def: { lemma: 'definitely', pos: 'ADV' },
  // "thats why im suffering", "ive been on it 2 yrs": the writer, apostrophe left out (never a name).
  im: { lemma: 'i', pos: 'PRON' },
  Im: { lemma: 'i', pos: 'PRON' },
  ive: { lemma: 'i', pos: 'PRON' },
  Ive: { lemma: 'i', pos: 'PRON' },
  prob: { lemma: 'probably', pos: 'ADV' },
  rn: { lemma: 'now', pos: 'ADV' },
  af: { lemma: 'very', pos: 'ADV' },
  // Clinical notes: "Nil vomiting", "pt settled", "sx improved", "Clonidine ↓ sweating, ↑ dizziness".
  nil: { lemma: 'no', pos: 'DET' },
  Nil: { lemma: 'no', pos: 'DET' },
  pt: { lemma: 'patient', pos: 'NOUN' },
  Pt: { lemma: 'patient', pos: 'NOUN' },
  pts: { lemma: 'patient', pos: 'NOUN' },
  sx: { lemma: 'symptom', pos: 'NOUN' },
  '↓': { lemma: 'reduce', pos: 'VERB' },
  '↑': { lemma: 'increase', pos: 'VERB' },
};

/**
 * Clinical abbreviations the tokenizer splits at their slash ("c/o insomnia" is "complains of
 * insomnia", "w/o" is "without", "w/d" is "withdrawal"): the words they stand for, one per part.
 */
export const SPLIT_SHORTHAND: Readonly<Record<string, readonly { lemma: string; pos: string }[]>> = {
  'c/o': [{ lemma: 'complain', pos: 'VERB' }, { lemma: 'of', pos: 'ADP' }],
  'h/o': [{ lemma: 'history', pos: 'NOUN' }, { lemma: 'of', pos: 'ADP' }],
  'w/o': [{ lemma: 'without', pos: 'ADP' }],
  'w/d': [{ lemma: 'withdrawal', pos: 'NOUN' }],
  'w/': [{ lemma: 'with', pos: 'ADP' }],
};
