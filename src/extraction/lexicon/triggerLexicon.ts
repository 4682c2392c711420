import type { RelationshipType } from '../../domain/relationshipTypes';
import { EASING_ADJECTIVES, madeTowards, towardsWith, WORSENING_ADJECTIVES } from './directionAdjectives';

/**
 * A relationship family: the trigger words that express it and the relationship types it may
 * become. Which type a pair gets is decided by the kinds at its two ends (RELATIONSHIP_ENDS): a
 * medicine that eases a symptom RELIEVES it, a strategy that eases it MITIGATES it.
 */
export interface TriggerFamily {
  name: string;
  types: readonly RelationshipType[];
  /** Trigger phrases as lemma sequences; `action` names an ACTS_ON action the phrase itself says. */
  entries: readonly { lemmas: readonly string[]; action?: string }[];
}

const phrases = (...list: string[]): { lemmas: string[] }[] => list.map((phrase) => ({ lemmas: phrase.split(' ') }));

/** Verbs of a sign getting better, whose reliever follows "with" ("resolved with loperamide"). */
export const IMPROVED_WITH: readonly string[] = ['resolve', 'improve', 'settle', 'subside', 'ease', 'lessen', 'disappear', 'abate', 'diminish', 'decrease', 'fade', 'stop', 'cease', 'terminate'];

/** Verbs of a sign's course, not of a treatment's ("it was stopped after 2 nights" stops the medicine). */
export const SIGNS_COURSE: readonly string[] = IMPROVED_WITH.filter((verb) => !['stop', 'cease', 'terminate'].includes(verb));

// Collected from how withdrawal medicine is written about: clinical reviews and guidelines
// ("attenuates", "is effective for"), consumer pages ("helps with", "eases") and forums ("takes the
// edge off", "killed the cravings", "works for").
/** Verbs of prescribing that, bare, relieve only what a fronted "for" names ("For diarrhoea, loperamide is often used"). */
export const FRONTED_ONLY: ReadonlySet<string> = new Set(['recommend', 'use', 'prescribe', 'offer']);

export const RELIEF: TriggerFamily = {
  name: 'relief',
  types: ['RELIEVES', 'MITIGATES'],
  entries: phrases(
    'relieve', 'relief', 'ease', 'alleviate', 'alleviation', 'reduce', 'reduction', 'lessen', 'attenuate', 'attenuation', 'mitigation', 'amelioration', 'ameliorate',
    'blunt', 'settle', 'relax', 'limit', 'control', 'help', 'manage', 'management', 'mitigate', 'treat', 'treatment', 'address', 'target',
    'cure', 'calm', 'soothe', 'curb', 'suppress', 'counteract', 'combat', 'diminish', 'decrease',
    'minimise', 'minimize', 'prevent', 'avoid', 'improve', 'improvement', 'fix', 'dull', 'remedy', 'aid', 'tame',
    'kill', 'tackle', 'fight', 'shorten', 'lift', 'quiet', 'quieten', 'steady', 'soften', 'cushion',
    // "a taper takes the worst of it off".
    'take the worst of * off', 'take the worst off',
    // British casual: "loperamide sorted out the diarrhoea", "gabapentin sorted his legs out", "did more for her mood".
    'sort out', 'sort * out', 'do more for',
    // "bupe shut down the cravings", "a walk burns off the restlessness".
    'shut down', 'shut * down', 'burn off', 'burn * off',
    // "makes withdrawal milder", "made the nights less miserable"; "withdrawal is milder with a taper".
    ...madeTowards(EASING_ADJECTIVES, WORSENING_ADJECTIVES), ...towardsWith(EASING_ADJECTIVES, WORSENING_ADJECTIVES),
    'effective for', 'effective against', 'effective in', 'useful for', 'good for', 'work for',
    // "takes the edge off", "took some of the edge off", "takes a bit of the sting out of insomnia".
    'take * edge off', 'take edge off', 'cope with', 'deal with', 'get through', 'get thru',
    'swear by', 'break free from', 'alternative for', 'alternative to', 'solution for', 'ally',
    'therapy for', 'option for', 'medication for', 'medicine for', 'medicine', 'medication', 'med', 'therapy', 'do nothing for', 'do little for',
    'do nothing to', 'do little to', 'improvement in', 'improvement of',
    // Trial reports: "resulted in resolution of cravings", "complete remission of the withdrawal".
    'resolution of', 'remission of', 'effect on', 'benefit for', 'benefit in',
    'useless for', 'useless against', 'ineffective for', 'ineffective against', 'ineffective in', 'do jack for', 'do squat for',
    // "did zilch for my cravings", "does sod all for the legs", "didn't touch the cravings".
    'do zilch for', 'do nada for', 'do sod all for', 'do bugger all for', 'do diddly for', 'touch',
    // "attenuate autonomic features but leave craving largely untouched" (denied by its last word: lexicon/assertionCues).
    'leave * untouched', 'leave * unchanged', 'leave * unaffected',
    // A medicine's use is its treatment ("Loperamide was used for diarrhoea", "may be offered for"); a clinician's "was started for", not a writer's "started (kratom) for back pain", a motive.
    'use for', 'use as * for', 'offer for', 'prescribe for', 'be start for', 'be commence for', 'be initiate for', 'give for', 'recommend for', 'indicate for',
    ...FRONTED_ONLY,
    'adjunct for', 'approve for', 'first-line treatment for',
    // Answer keys and handouts: "Hydroxyzine is for anxiety"; drug charts: "Clonidine 0.1 mg bid prn sweats" (as needed for).
    'be for', 'prn',
    // Guidelines: "naltrexone has no role in the acute phase", "clonidine has a place in withdrawal management".
    'have * role in', 'have * place in',
    // Trials: "was no better than placebo for anxiety" (a denial by its "no"), "superior to placebo".
    'better than placebo', 'better than placebo for', 'separate from placebo', 'separate from placebo on', 'differ from placebo', 'differ from placebo on', 'differ from placebo in', 'more effective than placebo', 'superior to placebo', 'outperform placebo', 'consider for', 'take for', 'try for', 'suggest for', 'reserve for',
    // What a sign does under a treatment: "diarrhoea resolved with loperamide", "sweating improved
    // with clonidine", "the cramps responded to hyoscine" (the sign first, its reliever after: claims/findTriggers).
    ...IMPROVED_WITH.flatMap((verb) => [`${verb} with`, `${verb} on`]), 'respond to', 'go away with', 'clear up with', 'get better with', 'settle down with',
    // Reviews, harm-reduction pages and forums on withdrawal: "reverses an overdose", "knocks out the
    // cravings", "keeps the sweats at bay", "was helpful for", "made the sweats more bearable".
    'reverse', 'reversal', 'knock out', 'knock down', 'knock * out', 'knock * down', 'take away', 'take * away', 'get rid of', 'quell', 'subdue', 'stave off',
    'ward off', 'hold off', 'keep * at bay', 'hold * at bay', 'keep * in check', 'hold * in check', 'keep * under control', 'keep * away', 'take * sting out of',
    'more bearable', 'helpful', 'helpful for', 'helpful with', 'helpful in', 'beneficial for', 'beneficial in', 'benefit',
    'efficacy against', 'efficacy for', 'efficacy in', 'efficacious for', 'efficacious in', 'license for', 'licensed for',
    'used to treat', 'used to manage', 'used to ease', 'used to relieve', 'beat', 'overcome', 'counter', 'offset',
    'mask', 'eliminate', 'resolve', 'lower', 'protect against', 'protective against', 'shield against', 'substitute for',
    'replacement for', 'do anything for', 'do much for', 'do a thing for', 'do anything to', 'do much to',
    'do a lot for', 'do wonders for', 'work wonders for', 'work wonders on', 'lifesaver for', 'godsend for', 'game changer for', 'game-changer for', 'miracle for', 'saviour for', 'savior for',
    // Forums and blogs: "was great for the sweats", "best thing for the rls", "got me through the
    // worst of it", "made the wd disappear", "did jack all for my nausea", "didn't touch the cravings".
    // "For the sweating, clonidine works well" (the sign fronted: claims/frontedTarget).
    'work well', 'work great', 'work best', 'work wonders',
    // Trials and forums: "made no measurable difference to restless legs", "made a big difference for my sleep".
    'make * difference to', 'make * difference for', 'make * difference in', 'make * difference with', 'make * difference',
    // Trial reports: "a pilot trial of exercise found no significant difference in withdrawal severity".
    'find * difference in', 'show * difference in', 'find * difference on', 'show * difference on',
    // "cut the risk of overdose death by about half", "halves the chance of relapse".
    'cut * risk of', 'cut * chance of', 'halve * risk of', 'halve * chance of',
    'great for', 'amazing for', 'fine for', 'good for', 'best thing for', 'take * down', 'bring * down', 'perfect for', 'get * through', 'get * thru', 'make * disappear',
    'make * go away', 'do jack all for', 'do * job for', 'touch',
    // Patient leaflets: "can stop you feeling sick", "keeps you from vomiting" (never "stop kratom").
    'stop you', 'stop me', 'stop people', 'stop', 'halt', 'keep you from', 'keep me from', 'help * feel better', 'make * feel better',
    // "Loperamide for diarrhoea", "warm baths for restless legs": a treatment named for what it treats
    // (claims/sentenceClaims keeps it only right after a treatment).
    'for',
  ),
};

export const CAUSE: TriggerFamily = {
  name: 'cause',
  types: ['CAUSES', 'CONTRIBUTES_TO'],
  entries: phrases(
    'cause', 'induce', 'induced', 'produce', 'trigger', 'precipitate', 'provoke', 'lead to', 'led to',
    'result in', 'bring on', 'worsen', 'worse', 'exacerbate', 'aggravate', 'intensify',
    'contribute', 'contributor', 'factor', 'raise the risk of', 'increase the risk of', 'raise risk of',
    'risk of', 'risk', 'make more likely', 'more likely', 'side effect', 'adverse effect', 'side-effect',
    // A label's and a protocol's word for a side effect: "the most frequent adverse reactions are hypotension …".
    'adverse reaction', 'adverse drug reaction',
    'set off', 'spark', 'prolong', 'responsible for',
    // A killing's means is the harm the killer brings on ("fentanyl, which kills by respiratory depression"), no relief as "kills the cravings" is.
    'kill by', 'kill through', 'kill via',
    // "Daily dosing is the biggest driver of dependence", "extract use drives dependence faster".
    'drive', 'driver of', 'fuel',
    // What a drug leaves or keeps someone in: "it left him badly constipated", "kratom kept me constipated", "made her nauseous".
    ...['leave', 'make', 'keep'].flatMap((verb) => ['me', 'you', 'him', 'her', 'them', 'us', 'people', 'ppl', 'u'].map((person) => `${verb} ${person}`)),
    // Passive findings: "no case of X was recorded after Y".
    'record after', 'observe after', 'note after',
    // Case reports, drug labels and forums: "gave me headaches", "can elicit seizures", "is a risk
    // factor for", "predisposes to", "increases anxiety", "is toxic to", "heightens the risk".
    'bring about', 'give rise to', ...['me', 'you', 'him', 'her', 'them', 'us', 'people', 'ppl', 'u'].map((person) => `give ${person}`), 'get people', 'get ppl', 'get you', 'get u', 'elicit', 'evoke', 'generate',
    'increase', 'elevate', 'heighten', 'amplify', 'potentiate', 'predispose to', 'risk factor for',
    'be a cause of', 'cause of', 'be behind', 'toxic to', 'harmful to', 'hard on', 'associate risk of',
    'stir up', 'kick off', 'leave * with', 'follow',
    // A threshold lowered makes what it holds back likelier: "bupropion lowers the seizure threshold".
    'lower * threshold', 'reduce * threshold', 'decrease * threshold',
    // Forums: "can throw you into precipitated withdrawal", "sent me into withdrawal"; "kratom = constipation city",
    // "cold turkey off a heavy habit = the worst wd" (the kinds at the two ends decide).
    'throw * into', 'send * into', '=',
    // Forums: "seizures from it", "nausea from the high doses" (claims/sentenceClaims keeps it only right after a symptom).
    'from',
    // Cohort studies and reviews on risk: "higher dose and longer use predict a more severe withdrawal",
    // "Risk rises with daily intake" (what rises is measured, its cause after "with": claims/findTriggers).
    // "the wobbles come from taking too much", "nausea stems from the dose" (the cause after "from": claims/findTriggers).
    'come from', 'stem from', 'result from', 'arise from',
    // Case series and letters: "QT prolongation attributed to loperamide", "no case attributable to kratom", "due to alcohol";
    // clinical notes: "transaminitis secondary to kratom", written "2/2" ("ALT elevation 2/2 kratom"), one token.
    'attribute to', 'attributable to', 'due to', 'secondary to', '2/2', 'put down to', 'blame on',
    // "sex affects withdrawal severity", "too much can seriously affect your heart" (a receptor's is ACTION's).
    'affect', 'influence',
    // "Severity depends mainly on the daily amount": what it depends on comes after (claims/findTriggers).
    'depend on', 'depend * on',
    'predict', 'predictor of', 'predictive of', 'rise with', 'increase with', 'grow with', 'go up with', 'scale with', 'worsen with',
    // "Withdrawal is worse with large daily amounts", "the risk is higher with heavy use", "severity
    // correlates with daily quantity": what is worse, higher or correlated is measured, its cause after "with".
    'higher with', 'greater with', 'correlate with',
    // "High doses make withdrawal harsher", "more likely"; "withdrawal is worse with large daily amounts".
    ...madeTowards(WORSENING_ADJECTIVES, EASING_ADJECTIVES), ...towardsWith(WORSENING_ADJECTIVES, EASING_ADJECTIVES),
  ),
};

export const PRESENTATION: TriggerFamily = {
  name: 'presentation',
  types: ['PRESENTS_WITH'],
  entries: phrases(
    'symptom', 'sign', 'complaint', 'feature', 'effect', 'harm', 'include', 'involve', 'come with', 'show up as',
    'manifest as', 'manifest with', 'present with', 'present as', 'characterise by', 'characterize by',
    // "Liver injury shows itself through dark urine, itching and yellowing of the skin".
    'show itself through', 'show itself as', 'show itself in', 'show itself by',
    'marked by', 'typical of', 'dominate by', 'dominated by', 'dominate * by',
    // "Irritability, myalgia and insomnia are typical.": signs judged typical, common or usual, of the
    // condition the text is about (claims/pairArguments), only where the judgement ends the sentence.
    'typical .', 'common .', 'usual .', 'characteristic .',
    'characteristic of', 'common in', 'common during', 'seen in', 'experience', 'linger', 'persist',
    'go through', 'with', 'look like', 'know as', 'refer to as', 'call', 'dub', 'term',
    // "symptoms were reported by most; the most frequent were …": the signs named by frequency.
    'most common be', 'most frequent be', 'most prominent be', 'most commonly report be',
    // Guides and forums: "what to expect: …", "hallmarks of", "consists of", "patients exhibit",
    // "plagued by", "the insomnia sets in", "people struggle with", "withdrawal brings insomnia"
    // ("bring on" is a cause, and findTriggers lets the longer phrase win).
    'bring', 'expect', 'hallmark', 'hallmark of', 'consist of', 'comprise', 'exhibit', 'display', 'suffer from', 'suffer',
    'struggle with', 'battle with', 'plague', 'plague by', 'set in', 'kick in', 'peak', 'telltale', 'classic sign',
    'accompany by',
    // Judgements and case reports: "developed a withdrawal syndrome of anxiety, sweating and yawning".
    'syndrome of',
    // "you'll feel achy, sweaty and restless": what people feel while the text is about a withdrawal (claims/pairArguments).
    'feel',
    // Blogs and forums on the weeks after: "the low mood hung around for weeks", "comes in waves".
    'hang around', 'stick around', 'drag on', 'come in waves', 'come and go',
    // How long signs last: "aching usually lasts about a week", "low mood often outlasts the physical
    // symptoms", "sleep problems can take weeks to lift" (what lasts is a sign of the condition talked about).
    'last', 'outlast', 'predominate', ...IMPROVED_WITH.map((verb) => `take * to ${verb}`), 'take * to lift', 'take * to go away', 'take * to clear',
    // "goosebumps usually fade within a week", "the aches settle by day 5": the course of the signs ("resolved
    // after kratom was stopped" is a dechallenge, so not "after").
    ...SIGNS_COURSE.flatMap((verb) => [`${verb} within`, `${verb} by day`]),
    // Results sections: "jerky movements were documented in 19%", "chills were also commonly recorded"
    // (claims/pairArguments takes only a passive one, of the condition the text is about).
    'record', 'document', 'observe', 'note',
    // News and case reports: "patients describe sweating and sleepless nights", "users complain of chills".
    'describe', 'complain of',
  ),
};

/** Association without a direction of its own ("was associated with", "has been reported with"). */
export const ASSOCIATION: TriggerFamily = {
  name: 'association',
  types: ['PRESENTS_WITH', 'CAUSES', 'CONTRIBUTES_TO'],
  entries: phrases(
    'associate with', 'associated with', 'link to', 'linked to', 'tie to', 'seen with', 'see with', 'report',
    // "constipation is common with regular kratom use", "nausea is frequent with high doses", "seizures are rare with
    // kratom alone", "respiratory depression is unlikely with buprenorphine alone" (a hedge: lexicon/assertionCues);
    // case literature: "hepatitis is well recognised with kratom", "seizures have been documented with high doses".
    'common with', 'frequent with', 'rare with', 'uncommon with', 'likely with', 'unlikely with', 'recognise with', 'recognize with', 'document with', 'describe with',
    // "severity is related to dose", "the risk of hepatotoxicity is dose-related", "loperamide-related arrhythmia".
    'relate to', 'related to', '- related', '- dependent', 'dependent on',
  ),
};

export const ACTION: TriggerFamily = {
  name: 'action',
  types: ['ACTS_ON'],
  entries: [
    ...phrases(
      'act on', 'act at', 'act as', 'bind', 'binding', 'interact with', 'target', 'activate', 'activation',
      'stimulate', 'hit', 'reach', 'occupy', 'engage', 'ligand', 'affinity', 'work on', 'work at',
      // "affects the same brain receptors as morphine", "attaches to", "acts through".
      'affect', 'influence', 'attach to', 'latch onto', 'latch on to', 'plug into', 'act through', 'act via',
      'work through', 'selective for', 'potency at',
      // "has no meaningful action at the mu-opioid receptor", "switches on the receptor".
      'action at', 'action on', 'switch on', 'turn on', 'touch',
      // Pharmacology: "shows weak MOR activity", "is devoid of opioid receptor activity".
      'activity', 'activity at',
    ),
    { lemmas: ['partial', 'agonist'], action: 'partial agonist' },
    { lemmas: ['full', 'agonist'], action: 'agonist' },
    { lemmas: ['agonist'], action: 'agonist' },
    { lemmas: ['agonism'], action: 'agonist' },
    { lemmas: ['antagonist'], action: 'antagonist' },
    { lemmas: ['antagonism'], action: 'antagonist' },
    { lemmas: ['antagonise'], action: 'antagonist' },
    { lemmas: ['antagonize'], action: 'antagonist' },
    { lemmas: ['inhibit'], action: 'antagonist' },
    { lemmas: ['partial', 'agonism'], action: 'partial agonist' },
    { lemmas: ['biased', 'agonist'], action: 'agonist' },
    { lemmas: ['block'], action: 'antagonist' },
    { lemmas: ['blocker'], action: 'antagonist' },
    { lemmas: ['modulate'], action: 'modulator' },
    { lemmas: ['modulator'], action: 'modulator' },
    { lemmas: ['modulating'], action: 'modulator' },
  ],
};

export const CONTENT: TriggerFamily = {
  name: 'content',
  types: ['CONTAINS'],
  entries: phrases(
    'contain', 'rich in', 'alkaloid', 'constituent', 'compound', 'component', 'ingredient', 'present', 'found in',
    'find in', 'isolate from', 'extract from', 'derive from', 'include', 'there be also', 'also there be',
    // Phytochemistry: "mitragynine makes up about 66 % of the alkaloids", "occurs in the leaves".
    'make up', 'account for', 'occur in', 'abundant in', 'source of', 'content', 'identify in', 'detect in',
    // Plain words for a constituent: "The main active substance in it is called mitragynine".
    'active substance', 'active chemical', 'active principle',
  ),
};

/**
 * Slides and notes: "Mitragynine → MOR partial agonist", "abrupt cessation → worse withdrawal",
 * "Exercise → mood": an arrow leads from what stands before it to what it acts on or brings. Which
 * relationship it is the kinds of its two ends tell, in this order; under a heading that asks what
 * treats a condition it is a treatment's relief (claims/pairArguments).
 */
export const LINK: TriggerFamily = {
  name: 'link',
  types: ['ACTS_ON', 'CONTRIBUTES_TO', 'MITIGATES', 'CAUSES'],
  entries: phrases('→', '⟶', '➔', '- >', '= >'),
};

/**
 * Every family. A phrase may trigger several ("include" lists a condition's signs and a plant's
 * alkaloids); the kinds at the two ends decide which of them, if any, a pair becomes.
 */
export const TRIGGER_FAMILIES: readonly TriggerFamily[] = [ACTION, CONTENT, RELIEF, CAUSE, PRESENTATION, ASSOCIATION, LINK];

/** ACTS_ON actions named beside a receptor rather than by the trigger ("binds … as a partial agonist"). */
export const ACTION_NOUNS: readonly { lemmas: readonly string[]; action: string }[] = ACTION.entries.filter(
  (entry): entry is { lemmas: readonly string[]; action: string } => entry.action !== undefined && entry.lemmas[0] !== 'block',
);
