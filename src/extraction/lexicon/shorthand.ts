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
  prob: { lemma: 'probably', pos: 'ADV' },
  rn: { lemma: 'now', pos: 'ADV' },
};
