/**
 * Assertion cues in the manner of NegEx / ConText (DESIGN §6), as lemma sequences. A pre-cue
 * reaches forward to a trigger unless a terminator stands between them; a post-cue reaches back
 * over its whole sentence; a pseudo-cue looks like a negation and is not one.
 */
const phrases = (...list: string[]): string[][] => list.map((phrase) => phrase.split(' '));

export const NEGATION_PRE_CUES = phrases(
  'not', 'no', 'never', 'neither', 'nor', 'without', 'none', 'nothing', 'little', 'fail to', 'unlikely',
  'cannot', 'no longer', 'myth that', 'myth', 'false that', 'untrue that',
  'lack of evidence', 'refute', 'disprove', 'do nothing', 'nowhere', 'low risk', 'lower risk', 'less risk',
  'reduced risk', 'reduce risk', 'without the risk',
);

export const NEGATION_POST_CUES = phrases(
  'be false', 'be untrue', 'be a myth', 'be not true', 'be wrong', 'be incorrect', 'be unfounded',
  'be baseless', 'be just a myth', 'be simply a myth', 'be not supported', 'be not the case',
);

/** Look negative, are not: "not only", "no doubt", "not just", "nothing but". */
export const PSEUDO_NEGATIONS = phrases(
  'not only', 'not just', 'no doubt', 'not necessarily', 'no matter', 'nothing but', 'not until', 'not to mention',
  'not least', 'no wonder', 'a little', 'little bit', 'no problem', 'not bad',
);

export const HEDGE_CUES = phrases(
  'may', 'might', 'could', 'possibly', 'possible', 'perhaps', 'probably', 'likely', 'unlikely', 'appear',
  'seem', 'suggest', 'believe', 'think', 'claim', 'claimed', 'say', 'report', 'anecdotally', 'anecdotal',
  'reportedly', 'allegedly', 'purportedly', 'supposedly', 'potential', 'potentially', 'maybe', 'apparently',
  'imo', 'imho', 'idk', 'not sure', 'not necessarily', 'swear by', 'uncertain', 'unclear', 'hypothesise',
  'hypothesize', 'speculate', 'preliminary', 'some people', 'some users', 'in my experience', 'if', 'unless',
);

/** Words that end the reach of a cue or of a clause: a cue never crosses them. */
export const TERMINATORS = new Set([
  ';', ':', '.', '?', '!', ',', 'but', 'however', 'although', 'though', 'yet', 'whereas', 'while', 'except',
  'which', 'who', 'whom', 'unlike', '—', '–',
]);

/** Clause boundaries for hedges: a hedge colours its whole clause, commas included. */
export const CLAUSE_BOUNDARIES = new Set([';', ':', '.', '?', '!', 'but', 'however', 'although', 'though', 'whereas', '—']);

/** A contrast sets its noun phrase apart: never an argument of the claim beside it. */
export const CONTRAST_CUES = phrases(
  'unlike', 'rather than', 'instead of', 'compare to', 'compare with', 'compared to', 'compared with',
  'as oppose to', 'as opposed to', 'in contrast to', 'apart from', 'other than',
);
