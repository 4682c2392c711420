/**
 * Assertion cues in the manner of NegEx / ConText (DESIGN §6), as lemma sequences ("be" stands for
 * is/was/are, "fail" for fails/failed). Sources, adapted from clinical notes to claims about
 * substances and symptoms, and to forum spelling:
 * - NegEx: Chapman et al., "A simple algorithm for identifying negated findings and diseases in
 *   discharge summaries", J Biomed Inform 34 (2001), doi:10.1006/jbin.2001.1029; its lexicon as
 *   kept in github.com/chapmanbe/negex and in negspacy's termsets (github.com/jenojp/negspacy,
 *   negspacy/termsets.py: pseudo, preceding, following, termination);
 * - ConText: Harkema et al., J Biomed Inform 42 (2009), doi:10.1016/j.jbi.2009.05.002, and
 *   medspaCy's context rules (NEGATED_EXISTENCE, POSSIBLE_EXISTENCE, PSEUDO, TERMINATE);
 * - hedges: Hyland, "Hedging in scientific research articles" (1998), and the BioScope corpus
 *   guidelines (Vincze et al. 2008), for "suggest", "appear", "is thought to", "unlikely".
 *
 * A pre-cue reaches forward to a trigger unless a terminator or a new clause stands between them;
 * a post-cue reaches back over its sentence; a frame ("it is a myth that") turns over whatever
 * its clause says, so a denial inside it becomes an affirmation; a pseudo-cue looks like a
 * negation and is not one. "Unlikely" is both a negation and a hedge: issue 9 lists it among the
 * hedges, and a sentence saying a drug is unlikely to relieve something does not claim it does.
 */
const phrases = (...list: string[]): string[][] => list.map((phrase) => phrase.split(' '));

/** Negations before the trigger (NegEx "preceding", ConText NEGATED_EXISTENCE forward). */
export const NEGATION_PRE_CUES = phrases(
  // NegEx / negspacy core, with forum spellings (wink splits "won't" and "wont" into will + not).
  'not', 'no', 'never', 'neither', 'nor', 'without', 'none', 'nothing', 'nobody', 'no one', 'cannot',
  'doesnt', 'dont', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'cant', 'couldnt', 'wouldnt', 'wont',
  'aint', 'hasnt', 'havent', 'hadnt', 'shouldnt', 'nope',
  'no sign of', 'no evidence of', 'rule out', 'deny', 'lack evidence', 'negative for', 'free of',
  // "rarely, if ever": never, said with care (the hedge in it is its own).
  'rarely if ever', 'rarely , if ever ,', 'seldom if ever', 'seldom , if ever ,',
  'fail to', 'unable to', 'no longer', 'hardly', 'barely', 'scarcely', 'far from',
  // Claims about substances: "does little for", "unlikely to", "a lower risk of".
  'little', 'unlikely', 'do nothing', 'do zilch', 'do nada', 'do sod all', 'do bugger all', 'do diddly', 'nowhere', 'refute', 'disprove', 'debunk', 'dispel', 'lack of evidence',
  'low risk', 'lower risk', 'less risk', 'reduced risk', 'reduce risk', 'without the risk',
  // Reviews and forums: "insufficient evidence that …", "useless for", "did jack for".
  'insufficient evidence', 'inadequate evidence', 'scant evidence', 'useless', 'ineffective', 'do jack', 'do squat',
  // NegEx "preceding" terms not yet above ("absence of", "free of", "negative for", "no indication of"),
  // and the claims-literature forms ("no proof that", "lacks efficacy", "has yet to be shown to").
  'absence of', 'free of', 'negative for', 'no indication of', 'no indication that', 'no proof', 'no data',
  'no support for', 'lack', 'devoid of', 'zero', 'not a single', 'nobodys', 'noone', 'nothin', 'yet to be show',
  'yet to be prove', 'yet to be demonstrate', 'never be show', 'never be prove', 'not prove to',
  // Trials: "a negligible effect on fatigue".
  'negligible',
);

/** "leaves craving largely untouched": the last word of a relief phrase that denies it (lexicon/triggerLexicon), and nothing after it. */
export const LEFT_AS_IT_WAS: ReadonlySet<string> = new Set(['untouched', 'unchanged', 'unaffected']);

/**
 * A claim ruled false after it: "…, which is false", "The claim that kratom cures anxiety is a myth". A
 * ruling turns over what it rules on, a denial too ("The claim that kratom is not addictive is wrong").
 */
export const RULED_FALSE_POST_CUES = phrases(
  'be false', 'be untrue', 'be a myth', 'be not true', 'be wrong', 'be incorrect', 'be unfounded',
  'be baseless', 'be just a myth', 'be simply a myth', 'be not the case', 'be nonsense',
  'be bogus', 'be a lie', 'be debunk', 'be disprove', 'be refute',
  // Myth-busting pages: "… is a misconception", "… is overblown".
  'be a misconception', 'be misleading', 'be exaggerate', 'be overstate', 'be overblown', 'be inaccurate',
  'be not accurate', 'be not correct', 'be fiction', 'be a fallacy',
);

/** Negations after the trigger (NegEx "following", ConText backward). */
export const NEGATION_POST_CUES = phrases(
  'be not supported', 'be rule out', 'be not borne out',
  // Findings that did not happen: "… was not observed", "none occurred".
  'be not observe', 'be not see', 'be not find', 'be not detect', 'be not record', 'be not confirm',
  'be not demonstrate', 'be not show', 'be not establish', 'be absent', 'be lacking', 'be missing', 'be nonexistent', 'be non-existent', 'do not occur', 'none occur',
  'never occur', 'be not report', 'have not be establish', 'have not be show', 'have not be prove',
  'have not be demonstrate', 'have not be confirm', 'remain unproven',
  // Reviews: "Claims that kava shortens withdrawal have not been substantiated"; "Seizures have not been described".
  'have not be substantiate', 'be not substantiate', 'be unsubstantiated', 'remain unsubstantiated', 'have not be verify', 'be unproven',
  'have not be describe', 'have not be report', 'have not be document', 'have not be observe', 'have not be record', 'have never be report', 'have never be describe',
  // "that claim is not backed by evidence".
  'be unsupported', 'be not back',
  'lack evidence', 'lack support', 'never happen', 'do not happen', 'be never observe', 'be never see',
  // "…, a claim the evidence does not support", "the data do not bear this out".
  'do not support', 'do not bear * out', 'do not back * up',
  // Trials: "its effect on daytime fatigue was negligible".
  'be negligible', 'be nil',
);

/**
 * A verbless ruling that closes a line after a dash, a colon or a bracket: "Kratom cures anxiety — false.",
 * "Loperamide for cravings (not supported)", "Kava eases insomnia: mostly a myth" (claims/assertionStatus
 * takes it only where nothing but punctuation follows it).
 */
export const RULING_POST_CUES = phrases(
  'false', 'untrue', 'not true', 'wrong', 'incorrect', 'myth', 'misleading', 'debunk', 'debunked', 'fiction', 'bogus',
  'unsupported', 'not supported', 'unproven', 'not proven', 'no evidence', 'not so', 'nope', 'not really',
);

/**
 * Sources set against a claim, whatever it claims: "Dr Jones disagrees", "the evidence says otherwise",
 * "The American Kratom Association disputes that", "regulators reject this".
 */
const DISAGREEMENT_WORDS = ['disagree', 'say otherwise', 'suggest otherwise', 'show otherwise', 'dispute', 'contest', 'reject', 'deny'] as const;
export const DISAGREEMENT_CUES = phrases(...DISAGREEMENT_WORDS);

/**
 * A treatment said to have failed, after it: "hydroxyzine for the anxiety, which didn't help at all",
 * "gabapentin for the legs never worked"; a post-negation only where nothing follows that it failed
 * at ("it does nothing for the rls" is a claim of its own).
 */
export const FAILURE_POST_CUES = phrases(
  'not help', 'never help', 'not work', 'never work', 'do nothing', 'not do anything', 'be no help', 'be not any help',
  'be no use', 'be useless', 'useless', 'worthless', 'pointless', 'a waste of money', 'a waste of time', 'make no difference', 'not make a difference', 'not make any difference',
  // Reviews and forums after a list of what was tried: "melatonin, benadryl, nothing worked", "neither helped".
  'nothing work', 'nothing help', 'none work', 'none help', 'neither work', 'neither help', 'none of it work', 'none of it help',
  'none of them work', 'none of them help', 'none of those work', 'none of those help',
  // Findings: "others found no benefit", "showed no effect".
  'find no benefit', 'find no effect', 'find no improvement', 'show no benefit', 'show no effect', 'see no benefit', 'report no benefit',
  // Rebuttals: "the trial she leans on found no such thing", "the data show nothing of the kind".
  'find no such thing', 'show no such thing', 'find no such effect', 'show no such effect', 'find nothing of the kind', 'show nothing of the kind', 'find nothing of the sort', 'show nothing of the sort',
  ...DISAGREEMENT_WORDS,
);

/** Who, after a claim, speaks for other sources ("others say it does nothing", "a second found no effect"). */
export const OTHER_SOURCES: ReadonlySet<string> = new Set(['other', 'others', 'another', 'second']);

/** What a failure may name after it as what failed ("did nothing for the rls", "no help with sleep"). */
export const FAILED_AT: ReadonlySet<string> = new Set(['for', 'with', 'on', 'against', 'to']);

/** Frames that turn their clause over: "It is a myth that kratom does not …" affirms. */
export const NEGATION_FRAMES = phrases(
  'myth that', 'false that', 'untrue that', 'not true that', 'wrong to say that',
  'a common misconception that', 'misconception that', 'misconception be that', 'myth be that', 'not the case that',
  'lie that', 'false claim that', 'false belief that', 'no truth to the claim that', 'no truth to the idea that',
  'mistaken belief that', 'wrongly believe that', 'erroneous belief that',
  // Letters and rebuttals: "We dispute the authors' claim that …", "we reject the idea that …".
  'dispute that', 'dispute the * that', 'reject the * that', 'contest the * that', 'refute the * that', 'disagree that',
  // "The panel rejected claims that …", "debunked the idea that …".
  'reject * that', 'refute * that', 'debunk the * that', 'debunk * that', 'dismiss the * that', 'dismiss * that',
  // "I doubt that kava helps anxiety", "doubtful that": the writer's disbelief (hedged too, by "doubt").
  'doubt that', 'i doubt', 'we doubt', 'doubtful that', 'doubtful whether',
);

/** Look negative, are not (negspacy pseudo, ConText PSEUDO; "not uncommon" is common). */
export const PSEUDO_NEGATIONS = phrases(
  'not only', 'not just', 'no doubt', 'without a doubt', 'no question', 'not necessarily', 'no matter',
  'nothing but', 'not until', 'not to mention', 'not least', 'no wonder', 'a little', 'little bit', 'no problem',
  'not bad', 'not uncommon', 'not unusual', 'not rare', 'not infrequently', 'no less', 'not surprisingly',
  'no further', 'without difficulty', 'not sure', 'not certain', 'not clear', 'not rule out', 'not be rule out',
  'cannot be rule out', 'cannot be exclude', 'not exclude', 'no change', 'no significant change',
  // Partial negations say "sometimes", and hedge: "Kratom does not always relieve anxiety".
  'not always', 'not all', 'not everyone', 'not every', 'not for everyone',
  // A dose brought down to nothing is no denial: "tapered to zero and the sweats started".
  'to zero', 'at zero',
  // Praise, not denial: "Nothing eases the cravings like methadone."
  'nothing * like', 'nothing * better than', 'nothing beat', 'nothing compare to', 'nothing work better',
  // Double negatives that affirm: "never fails to relieve", "not without risk".
  'never fail to', 'not fail to', 'never fail', 'not uncommonly', 'not without', 'not unlike',
  // Look like hedges and are not: a comparison of risk ("more likely when combined"), a concession.
  'more likely', 'less likely', 'even if', 'as if',
  // Praise and emphasis: "can't recommend it enough", "without fail", "no other drug worked like it".
  'cannot recommend * enough', 'not recommend * enough', 'without fail', 'no exception', 'not to worry',
  'no more than', 'no fewer than', 'no less than', 'not long after', 'not long before', 'not far above', 'not far below', 'not far from', 'not much above',
);

/** Uncertainty (ConText POSSIBLE_EXISTENCE, Hyland's hedges, and how forum writers hedge). */
export const HEDGE_CUES = phrases(
  // "I don't know if kratom helps", "not sure whether": doubt about what the clause after it says.
  'know if', 'know whether', 'sure if', 'sure whether', 'wonder if', 'wonder whether',
  'may', 'might', 'could', 'possibly', 'possible', 'perhaps', 'probably', 'probable', 'likely', 'unlikely',
  'appear', 'seem', 'seemingly', 'apparently', 'suggest', 'suggestive of', 'believe', 'think',
  'thought to', 'claim', 'claims', 'claimed', 'say', 'report', 'reportedly', 'anecdotally', 'anecdotal', 'allegedly',
  'purportedly', 'supposedly', 'presumably', 'arguably', 'conceivably', 'potential', 'potentially', 'maybe',
  'questionable', 'suspect', 'suspected', 'uncertain', 'unclear', 'unknown', 'unproven', 'hypothesise',
  'hypothesize', 'propose to', 'proposed to', 'speculate', 'theoretically', 'in theory', 'preliminary', 'tend to', 'not sure',
  'not certain', 'not clear', 'not necessarily', 'cannot be rule out', 'cannot be exclude', 'not rule out',
  'not be rule out', 'some people', 'some users', 'some patients', 'some studies', 'in my experience',
  'according to', 'rumour', 'rumor', 'conflicting', 'inconsistent', 'remain unclear', 'kinda', 'sorta',
  'i guess', 'i feel like', 'argue', 'not always', 'not all', 'not everyone', 'not every', 'not for everyone',
  'imo', 'imho', 'idk', 'iirc', 'afaik', 'swear by', 'if', 'unless', 'whether',
  // Hearsay, variability and weak evidence as sources write them ("I heard it helps", "it's supposed
  // to help", "ymmv", "hit or miss", "is said to", "poorly understood", "early studies").
  'hear', 'supposed to', 'meant to', 'said to', 'believed to', 'rumoured', 'rumored', 'purported', 'alleged',
  'ymmv', 'your mileage may vary', 'for some people', 'for some', 'in some people', 'hit or miss', 'hit and miss',
  'debatable', 'controversial', 'disputed', 'unverified', 'unconfirmed', 'not well study', 'understudied',
  'poorly understood', 'little research', 'limited evidence', 'weak evidence', 'early research', 'early studies',
  'emerging evidence', 'preliminary evidence', 'hypothetically', 'may or may not', 'not yet known', 'some say',
  'some claim', 'some believe', 'many users', 'users report', 'anecdotal reports', 'i believe', 'i think',
  // What someone was told is hearsay too: "I was told kava helps the anxiety", "People tell me it helps
  // their pain" (by someone: what nobody told the writer, the writer learnt).
  'be tell', ...['people', 'they', 'everyone', 'someone', 'somebody', 'friend', 'patient', 'user', 'doctor', 'he', 'she'].flatMap((teller) => [`${teller} tell me`, `${teller} tell us`]),
  // Disbelief is no certainty: "I doubt that …".
  'doubt', 'doubtful',
  // Evidence graded as partial: "There is some evidence that …", "It is plausible that …", "low-certainty evidence".
  'some evidence', 'plausible', 'plausibly', 'tentative', 'tentatively', 'low-certainty', 'low certainty', 'low-quality', 'low quality',
);

/**
 * Hedges that come after the claim and qualify it from a clause of their own ("…, although the
 * evidence is weak", "…, but the evidence is of low quality"): they reach back over the sentence.
 */
export const HEDGE_POST_CUES = phrases(
  'evidence be weak', 'evidence be limited', 'evidence be of low quality', 'evidence be low quality',
  'evidence be poor', 'evidence be mixed', 'evidence be inconclusive', 'evidence be anecdotal',
  'evidence be sparse', 'evidence be scant', 'evidence be thin', 'evidence be lacking', 'data be limited',
  'data be sparse', 'more research be need', 'further research be need', 'more study be need',
  // The writer doubting their own account after it: "gabapentin helped w sleep but idk if its placebo".
  'be placebo', 'be just placebo', 'be all placebo', 'its placebo', 'its just placebo', 'maybe placebo', 'probably placebo', 'prob placebo',
  'might just be me', 'may just be me', 'could just be me', 'might be coincidence', 'could be coincidence',
);

/**
 * Modals of permission, not of doubt: a guideline's "may be offered for" recommends a use and
 * hedges nothing (the clinical-guideline gold takes it so).
 */
export const PERMISSIONS = phrases(
  'may be offer', 'may be use', 'may be consider', 'may be give', 'may be prescribe', 'may be recommend',
  'can be offer', 'can be use', 'can be give', 'can be prescribe', 'may be add', 'may be start',
);

/** Words that end the reach of a cue: a pre-cue never crosses them (negspacy "termination"). */
export const TERMINATORS = new Set([
  ';', ':', '.', '?', '!', ',', 'but', 'however', 'although', 'though', 'yet', 'whereas', 'while', 'except',
  'which', 'who', 'whom', 'because', 'unless', 'therefore', 'unlike', 'nevertheless', 'nonetheless', 'still', 'apart', 'aside', 'instead', '—', '–',
  // "Do not drive if clonidine makes you sleepy": a condition clause is a claim of its own.
  'if', 'whenever',
]);

/** Clause boundaries for hedges: a hedge colours its whole clause, commas included. */
export const CLAUSE_BOUNDARIES = new Set([
  ';', ':', '.', '?', '!', 'but', 'however', 'although', 'though', 'whereas', 'which', 'nevertheless', '—',
]);

/** Words that, after "and" / "so" / a comma, start a clause of their own ("…, and it eases …"). */
export const CLAUSE_SUBJECTS = new Set(['it', 'they', 'i', 'we', 'you', 'he', 'she', 'this', 'that', 'there']);

/** A contrast sets its noun phrase apart: never an argument of the claim beside it. */
export const CONTRAST_CUES = phrases(
  'unlike', 'rather than', 'instead of', 'compare to', 'compare with', 'compared to', 'compared with',
  'as oppose to', 'as opposed to', 'in contrast to', 'apart from', 'other than',
);

/**
 * Factive verbs: what their "that"-clause says is taken as true whether they are negated or not
 * ("No one warned me that kratom causes constipation", "I didn't know that …"), so a negation of
 * the verb does not reach into the clause (Kiparsky & Kiparsky 1970, "Fact").
 */
export const FACTIVE_VERBS = new Set(['warn', 'tell', 'know', 'realise', 'realize', 'expect', 'mention', 'notice', 'understand', 'explain']);
