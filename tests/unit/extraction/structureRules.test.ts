import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { affirmedClaimsOf as claims, stancesOf } from './stancesOf';


// Structure rules (sentences of our own): the claims each must give, exactly.
describe('structure rules', () => {
  it.each<[string, string, string[]]>([
    ['a treatment named for what it treats', 'Ondansetron for vomiting, twice a day.', ['RELIEVES substance:ondansetron symptom:vomiting']],
    [
      'a treatment with a bracketed brand before "for"',
      'Hydroxyzine (Atarax) for anxiety if needed.',
      ['RELIEVES substance:hydroxyzine symptom:anxiety'],
    ],
    [
      'examples in brackets before "for"',
      'The clinic offered symptomatic medicines (lofexidine, loperamide) for opioid withdrawal.',
      ['RELIEVES substance:lofexidine condition:opioid-withdrawal', 'RELIEVES substance:loperamide condition:opioid-withdrawal'],
    ],
    [
      'a strategy named for a symptom, coordinated on both sides',
      'Meditation and warm baths for anxiety and insomnia.',
      ['MITIGATES strategy:hot-baths symptom:anxiety', 'MITIGATES strategy:hot-baths symptom:insomnia', 'MITIGATES strategy:meditation symptom:anxiety', 'MITIGATES strategy:meditation symptom:insomnia'],
    ],
    ['the use of a medicine for a symptom', 'She described her use of clonidine for the sweating.', ['RELIEVES substance:clonidine symptom:sweating']],
    ['"for" after something other than a treatment names no treatment', 'Patients at risk for seizures took kratom for ten years.', []],
    [
      'bare "withdrawal" after a substance’s use is that substance’s, and the next sentence refers back to it',
      'Methadone eases opioid withdrawal. Long-term kratom use can lead to withdrawal. In surveys, withdrawal was characterised by yawning and chills.',
      ['CAUSES substance:kratom condition:kratom-withdrawal', 'PRESENTS_WITH condition:kratom-withdrawal symptom:chills', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning', 'RELIEVES substance:methadone condition:opioid-withdrawal'],
    ],
    [
      'bare "withdrawal" after stopping a substance',
      'Methadone eases opioid withdrawal. After people stop kratom, withdrawal can cause insomnia.',
      ['CAUSES condition:kratom-withdrawal symptom:insomnia', 'RELIEVES substance:methadone condition:opioid-withdrawal'],
    ],
    ['people who become dependent are dependent on the substance talked about', 'Kratom is sold as a powder. Heavy users can become dependent.', ['CAUSES substance:kratom condition:kratom-dependence']],
    ['dependent on a substance', 'She was dependent on kratom for years.', ['CAUSES substance:kratom condition:kratom-dependence']],
    ['bare "dependence" after a substance’s use is dependence on it', 'Daily kratom use is associated with dependence.', ['CAUSES substance:kratom condition:kratom-dependence']],
    ['dependent on something that is no substance', 'Kratom is sold as a powder. He became dependent on his job.', []],
    ['a noun ending its clause cites a source, it does not associate', 'Kratom and seizures both appear in case reports.', []],
    ['a passive combination in a conditional clause', 'Vomiting is more likely when kratom is mixed with alcohol.', ['CONTRIBUTES_TO factor:polysubstance-use symptom:vomiting']],
    [
      'what a substance is mixed with is part of the combination, not an agent of its own',
      'Some users mix kratom with alcohol, which raises the risk of seizures.',
      ['CONTRIBUTES_TO factor:polysubstance-use symptom:seizures'],
    ],
    ['a negation does not reach into a because-clause', 'Loperamide should not be taken in large doses because of the risk of seizures when it is combined with opioids.', ['CONTRIBUTES_TO factor:dose symptom:seizures', 'CONTRIBUTES_TO factor:polysubstance-use symptom:seizures']],
    ['a stopped substance acts through its withdrawal', 'Stopping kratom abruptly can cause insomnia.', ['CAUSES condition:kratom-withdrawal symptom:insomnia']],
    ['a member of a drug class has its class’s withdrawal; a time of day is no symptom; what it left the person with are its signs', 'Coming off oxycodone left me sweating and awake all night.', ['PRESENTS_WITH condition:opioid-withdrawal symptom:insomnia', 'PRESENTS_WITH condition:opioid-withdrawal symptom:sweating']],
    [
      '"both" stands for the first two named of one kind',
      'My doctor set up a taper and prescribed lofexidine and loperamide. Both cause constipation.',
      ['CAUSES substance:lofexidine symptom:constipation', 'CAUSES substance:loperamide symptom:constipation'],
    ],
    [
      '"both" before an uninflected trigger verb is a pronoun',
      'Kratom contains mitragynine and paynantheine. Both bind opioid receptors.',
      ['ACTS_ON compound:mitragynine receptor:opioid-receptors', 'ACTS_ON compound:paynantheine receptor:opioid-receptors', 'CONTAINS substance:kratom compound:mitragynine', 'CONTAINS substance:kratom compound:paynantheine'],
    ],
    [
      'a possessed constituent with its member in apposition; the member, not the owner, does what follows',
      'Kratom eases pain, and its main active alkaloid, mitragynine, binds opioid receptors.',
      ['ACTS_ON compound:mitragynine receptor:opioid-receptors', 'CONTAINS substance:kratom compound:mitragynine', 'RELIEVES substance:kratom symptom:pain'],
    ],
    ['a member in apposition to a possessor’s constituent', 'Chemists purified paynantheine, kratom’s third alkaloid, in 1960.', ['CONTAINS substance:kratom compound:paynantheine']],
    ['an adverb inside a phrasal trigger', 'Mitragynine acts weakly on the kappa-opioid receptor.', ['ACTS_ON compound:mitragynine receptor:kappa-opioid-receptor']],
    [
      'what a claim is compared with by degree does the same',
      'Methadone relieves cravings more reliably than clonidine.',
      ['RELIEVES substance:clonidine symptom:cravings', 'RELIEVES substance:methadone symptom:cravings'],
    ],
    ['"than" without a degree compares nothing', 'Methadone relieves cravings rather than clonidine.', ['RELIEVES substance:methadone symptom:cravings']],
  ])('%s', (_rule, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

/** A table of rules, each a sentence of our own and the affirmed claims it must give, exactly. */
function pinned(title: string, rules: [string, string, string[]][]): void {
  describe(title, () => {
    it.each(rules)('%s', (_rule, text, expected) => {
      expect(claims(text)).toEqual(expected);
    });
  });
}

// A short line without a full stop is a heading only when it reads as a title, not as a clause.
pinned('heading or sentence', [
  ['a lower-case forum line with a finite verb is a sentence', 'magnesium helps with the sweats', ['RELIEVES substance:magnesium symptom:sweating']],
  ['a capitalised line with a finite verb is a sentence', 'Clonidine eased my anxiety a lot', ['RELIEVES substance:clonidine symptom:anxiety']],
  ['a title-case line is a heading', 'Clonidine Eases Anxiety\nIt is cheap.', []],
  ['a heading put as a question asserts nothing', 'How clonidine eases anxiety\nIt is cheap.', []],
  ['a gerund title is a heading', 'Managing anxiety with clonidine\nIt is cheap.', []],
  ['a markdown heading with a verb is a heading', '# Clonidine eases anxiety', []],
]);

// One family's longer phrase at a word wins over another family's shorter one there only.
pinned('overlapping trigger phrases', [
  ['a condition that brings its signs presents with them', 'Kratom withdrawal brings insomnia and irritability.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia', 'PRESENTS_WITH condition:kratom-withdrawal symptom:irritability']],
  ['"brought on" is a cause only', 'Kratom withdrawal brought on insomnia.', ['CAUSES condition:kratom-withdrawal symptom:insomnia']],
  ['"presents with" is presentation, not content', 'Opioid withdrawal presents with sweating.', ['PRESENTS_WITH condition:opioid-withdrawal symptom:sweating']],
]);

// "from" after a symptom names its cause, like a by-phrase.
pinned('a symptom from its cause', [
  ['a substance after "from"', 'Headaches from kratom are common.', ['CAUSES substance:kratom symptom:headache']],
  ['an anaphor after "from"', 'Kratom is strong. I had headaches from it.', ['CAUSES substance:kratom symptom:headache']],
  ['a factor after "from"', 'Nausea from the high doses is common.', ['CONTRIBUTES_TO factor:dose symptom:nausea']],
  ['"from" after no symptom names no cause', 'Recovery from opioid withdrawal takes weeks.', []],
]);

// Words that name their own target: a relief adjective or noun, a verb with an object naming a symptom.
pinned('implied targets', [
  ['an analgesic effect relieves pain', 'Mitragynine has analgesic effects.', ['RELIEVES compound:mitragynine symptom:pain']],
  ['an anxiolytic predicate relieves anxiety', 'Kratom is anxiolytic.', ['RELIEVES substance:kratom symptom:anxiety']],
  ['a relief word is no other trigger’s object', 'Serotonin modulation contributes to the anxiolytic effects of kratom.', []],
  ['a relief word compounded into a dose claims nothing', 'Both were given at equi-antinociceptive doses.', []],
  ['"sedatives" as drugs imply nothing', 'Kratom is often combined with other sedatives.', []],
  ['a verb and its object name a symptom', 'Mitragynine depressed respiration.', ['CAUSES compound:mitragynine symptom:respiratory-depression']],
  ['after an auxiliary and an adverb', 'Kratom can still slow breathing.', ['CAUSES substance:kratom symptom:respiratory-depression']],
  ['a relative clause names the symptom, not its subject', 'Unlike morphine, which reduced minute ventilation, kratom is safe.', []],
  ['"depressed" alone is still low mood', 'Kratom withdrawal left me depressed.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:low-mood']],
]);

// Stopping a substance, in the words people use for it, acts through its withdrawal.
pinned('ways of stopping', [
  ['"kicking"', 'Kicking kratom gave me the sweats.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:sweating']],
  ['"giving up"', 'Giving up kratom caused insomnia.', ['CAUSES condition:kratom-withdrawal symptom:insomnia']],
  ['"abstaining from"', 'Abstaining from kratom caused insomnia.', ['CAUSES condition:kratom-withdrawal symptom:insomnia']],
  ['a substance taken is itself the cause', 'Taking kratom gave me the sweats.', ['CAUSES substance:kratom symptom:sweating']],
]);

// Forum shorthand inside a list is an interjection: no item, no unknown entity, no break in the list.
pinned('chat shorthand in lists', [
  ['"idk" names no substance', 'clonidine, gabapentin, idk, all help with the sweats.', ['RELIEVES substance:clonidine symptom:sweating', 'RELIEVES substance:gabapentin symptom:sweating']],
  ['"lol" does not end a list', 'Magnesium helps with the sweats, anxiety, lol and insomnia.', ['RELIEVES substance:magnesium symptom:anxiety', 'RELIEVES substance:magnesium symptom:insomnia', 'RELIEVES substance:magnesium symptom:sweating']],
]);

// Staying away from a substance is a practice that relieves; the substance stays for a later "it".
pinned('a practice named after a substance', [
  ['"cutting out" a substance', 'Cutting out caffeine helped my anxiety.', ['MITIGATES strategy:avoiding-caffeine symptom:anxiety']],
  ['"avoiding" a substance', 'Avoiding alcohol helps with insomnia.', ['MITIGATES strategy:avoiding-alcohol symptom:insomnia']],
  ['a later "it" is the substance', 'Cutting out caffeine eased my anxiety; it was making my anxiety worse.', ['CAUSES substance:caffeine symptom:anxiety', 'MITIGATES strategy:avoiding-caffeine symptom:anxiety']],
  ['a stopped substance that causes acts through its withdrawal', 'Quitting kratom caused insomnia.', ['CAUSES condition:kratom-withdrawal symptom:insomnia']],
]);

// A request tagged on a forum statement ("…, anyone else?") leaves the statement a statement; a question from its start stays one.
pinned('a forum request after a statement', [
  ['"might be worth a shot?"', 'someone on discord said ashwagandha helps the anxiety, might be worth a shot?', ['RELIEVES substance:ashwagandha symptom:anxiety']],
  ['"anyone else?"', 'clonidine helped my sweats, anyone else?', ['RELIEVES substance:clonidine symptom:sweating']],
  ['near miss: asked from its start', 'Does kratom help anxiety, anyone know?', []],
]);

// A relative clause hangs on the drug over its dose, and on what a passive clause says was given.
pinned('what "which" hangs on', [
  ['over a dose', 'He was given ondansetron 4 mg, which controlled the nausea.', ['RELIEVES substance:ondansetron symptom:nausea']],
  ['a passive clause\'s subject', 'Clonidine was started, which helped the sweating.', ['RELIEVES substance:clonidine symptom:sweating']],
  ['a passive clause\'s subject with a noun after it', 'Sleep hygiene advice was given, which appeared to improve his insomnia.', ['MITIGATES strategy:consistent-sleep symptom:insomnia']],
]);

// A share in an outcome left unnamed is a share in the condition the sentence before named.
pinned('a contribution with no object', [
  ['"may also have played a part"', 'He developed kratom liver injury. The high dose may also have played a part.', ['CONTRIBUTES_TO factor:dose condition:liver-injury']],
  ['near miss: no factor or substance', 'He developed kratom liver injury. Many things contributed.', []],
]);

// A relief whose object points back ("avoid this", "help with that") is on the signs before, else on the condition before.
pinned('a relief of what "this" points back to', [
  ['the signs before', 'Some people get a runny nose and yawning. A gradual taper helps most customers avoid this entirely.', ['MITIGATES strategy:tapering symptom:runny-nose', 'MITIGATES strategy:tapering symptom:yawning']],
  ['a sign caused before', 'Withdrawal can cause insomnia. Melatonin may help with that.', ['RELIEVES substance:melatonin symptom:insomnia']],
  ['the condition before', 'Kratom withdrawal is tough. Clonidine helps with that.', ['RELIEVES substance:clonidine condition:kratom-withdrawal']],
  ['near miss: no pointer, no sign', 'Kratom withdrawal is tough. Clonidine helps.', []],
]);

describe('a table drawn with pipes is read by its header', () => {
  const table = [
    'Kratom exposures reported to a poison centre',
    '',
    '| Case | Co-ingestants | Features | Treatment |',
    '|---|---|---|---|',
    '| 1 | none | tachycardia, agitation | benzodiazepines |',
    '| 2 | alcohol | seizure | lorazepam |',
    '| 3 | none | no jaundice | supportive |',
  ].join('\n');

  it('a column of features is what the substance brought on, each cell with its own stance; treatment and co-ingestant columns claim nothing', () => {
    expect(stancesOf(table)).toEqual([
      'CAUSES substance:kratom symptom:agitation AFFIRMED ASSERTED',
      'CAUSES substance:kratom symptom:fast-heart-rate AFFIRMED ASSERTED',
      'CAUSES substance:kratom symptom:jaundice NEGATED ASSERTED',
      'CAUSES substance:kratom symptom:seizures AFFIRMED ASSERTED',
    ]);
  });

  it('a substance column names each row’s substance; the header row claims nothing', () => {
    const bySubstance = ['| Substance | Adverse effects |', '| --- | --- |', '| Loperamide | arrhythmia |', '| Clonidine | low blood pressure |'].join('\n');
    expect(claims(bySubstance)).toEqual(['CAUSES substance:clonidine symptom:low-blood-pressure', 'CAUSES substance:loperamide symptom:cardiac-arrhythmia']);
  });
});

// A title asserts nothing, even one that reads as a clause; a first line with a full stop, or with no blank line after it, is prose.
pinned('a title is no evidence', [
  ['a title that reads as a clause', 'Buprenorphine versus symptom-triggered care for kratom withdrawal: a cohort\n\nWe reviewed 40 adults.', []],
  ['near miss: a first line with a full stop', 'Clonidine eases kratom withdrawal.\n\nWe reviewed 40 adults.', ['RELIEVES substance:clonidine condition:kratom-withdrawal']],
  ['near miss: a first line run on with the next', 'clonidine helps with the sweats\nday 3 now, still rough', ['RELIEVES substance:clonidine symptom:sweating']],
]);

// The verb "present" shows signs ("presenting features"); only the adjective names a constituent ("present in the leaf").
pinned('"present" by its part of speech', [
  ['presenting features', 'We reviewed adults admitted for kratom withdrawal. The most frequent presenting features were myalgia (81%) and insomnia (77%).', ['PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia', 'PRESENTS_WITH condition:kratom-withdrawal symptom:muscle-aches']],
  ['near miss: present as an adjective', 'Kratom leaves contain several alkaloids. Paynantheine is also present.', ['CONTAINS substance:kratom compound:paynantheine']],
]);

// A myth on a line of its own heads the answer below it, as a heading does: what the answer leaves
// unnamed is the page's, not what the myth before compared with.
pinned('a myth line opens a section', [
  [
    'the withdrawal of the page, not of the myth before',
    'Kratom withdrawal: the myths\n\nMyth 2: "Kratom withdrawal is just like heroin withdrawal."\nNot quite. Vomiting, common when people come off heroin, is less typical.\n\nMyth 3: "You need to detox in hospital."\nFor most people, no. A gradual reduction at home works well.',
    ['MITIGATES strategy:tapering condition:kratom-withdrawal', 'PRESENTS_WITH condition:opioid-withdrawal symptom:vomiting'],
  ],
  [
    'near miss: in running prose the latest withdrawal named stands',
    'Kratom withdrawal: the myths\n\nKratom withdrawal is said to be just like heroin withdrawal. Not quite. Vomiting, common when people come off heroin, is less typical. You may think you need to detox in hospital. For most people, no. A gradual reduction at home works well.',
    ['MITIGATES strategy:tapering condition:opioid-withdrawal', 'PRESENTS_WITH condition:opioid-withdrawal symptom:vomiting'],
  ],
]);

// "a withdrawal syndrome" is the withdrawal itself: one unit, so the signs after "with" are its signs.
pinned('a withdrawal syndrome is the withdrawal', [
  ['signs after "with"', 'Kratom is widely used. Users develop a withdrawal syndrome with myalgia and irritability.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:irritability', 'PRESENTS_WITH condition:kratom-withdrawal symptom:muscle-aches']],
  ['near miss: "syndrome of" names the signs itself', 'Kratom is widely used. Users develop a withdrawal syndrome of myalgia and irritability.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:irritability', 'PRESENTS_WITH condition:kratom-withdrawal symptom:muscle-aches']],
]);

// Signs given beside the standard of a comparison are those of the withdrawal of a dependence just named.
pinned('signs beside a comparison, after a dependence', [
  ['the withdrawal of the dependence', 'Kratom produces dependence. Users develop withdrawal resembling opioid withdrawal, with myalgia and irritability.', ['CAUSES substance:kratom condition:kratom-dependence', 'PRESENTS_WITH condition:kratom-withdrawal symptom:irritability', 'PRESENTS_WITH condition:kratom-withdrawal symptom:muscle-aches']],
  ['near miss: a withdrawal named before', 'Kratom withdrawal is common. Jerky movements are reported more often than in opioid withdrawal.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:jerky-movements']],
]);

// A forum title that says a substance was given up ("30 days clean from kratom!!", "2 weeks kratom free")
// makes the signs below that substance's withdrawal.
pinned('a title of abstaining', [
  ['clean from, an exclamation', 'update: 30 days clean from kratom!!\n\nweek 1 was brutal. couldnt sleep, constant goosebumps.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:gooseflesh', 'PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia']],
  ['free after the substance', 'kratom-free for a month\n\nweek 1 was brutal. couldnt sleep, constant goosebumps.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:gooseflesh', 'PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia']],
  ['near miss: free of something else', 'sugar free recipes with kratom\n\nweek 1 was brutal. couldnt sleep, constant goosebumps.', []],
]);

// Signs judged typical or common, the judgement closing the sentence, are the signs of the condition talked about.
pinned('signs judged typical', [
  ['"are common."', 'Kratom withdrawal is unpleasant. Cravings and insomnia are common.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:cravings', 'PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia']],
  ['near miss: "typical" before its noun', 'Kratom withdrawal is unpleasant. Typical doses of loperamide are 2 to 4 mg.', []],
]);

// A withdrawal named in the title beside others ("Opioid and kratom withdrawal") stands, below it, for the
// page's general withdrawal; one the page names again in its body is that one.
pinned('signs under a title about several withdrawals', [
  ['signs under a heading', 'Opioid and kratom withdrawal: a guide for families\n\nSigns to look out for\nIn the first days, your relative may be restless and sweaty.', ['PRESENTS_WITH condition:substance-withdrawal-syndrome symptom:restlessness', 'PRESENTS_WITH condition:substance-withdrawal-syndrome symptom:sweating']],
  ['near miss: a title about one', 'Kratom withdrawal: a guide for families\n\nSigns to look out for\nIn the first days, your relative may be restless and sweaty.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:restlessness', 'PRESENTS_WITH condition:kratom-withdrawal symptom:sweating']],
]);

// A study's intervention, given to its participants, is what the signs reported later got better with,
// until another drug is named; what one person took is only the next sentence's.
pinned('signs better under a study intervention', [
  ['results after the methods', 'Kratom withdrawal is common. Twenty-four adults received lofexidine for seven days. Withdrawal was rated daily. Sweating and yawning improved within 48 hours.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:sweating', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning', 'RELIEVES substance:lofexidine symptom:sweating', 'RELIEVES substance:lofexidine symptom:yawning']],
  // No relief: the magnesium is one person's, sentences back; the sweating is still a sign of the withdrawal talked about.
  ['near miss: one person, sentences later', 'Kratom withdrawal is common. I started magnesium last week. Work has been busy. The sweating improved within 48 hours.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:sweating']],
]);

// "in combination with" combines as "combined with" does: the harm is the combination's.
pinned('in combination with', [
  ['a harm in combination', 'Kratom withdrawal is common. In combination with alcohol, kratom can cause respiratory depression.', ['CONTRIBUTES_TO factor:polysubstance-use symptom:respiratory-depression']],
  ['near miss: alone', 'Kratom withdrawal is common. At high doses, kratom can cause respiratory depression.', ['CAUSES substance:kratom symptom:respiratory-depression', 'CONTRIBUTES_TO factor:dose symptom:respiratory-depression']],
]);

// What a severity "depends (mainly) on" is its cause, after "on"; "brings on" keeps its agent before it.
pinned('depends on', [
  ['severity depends on a factor', 'Kratom withdrawal is common. Its severity depends mainly on the daily amount consumed.', ['CONTRIBUTES_TO factor:dose condition:kratom-withdrawal']],
  ['near miss: what brings on', 'Kratom withdrawal is common. Stopping abruptly brings on withdrawal.', ['CONTRIBUTES_TO factor:abrupt-cessation condition:kratom-withdrawal']],
]);

// What a practice eases, left unnamed in a text about a dependence, is the withdrawal it shows itself
// through; a dependence named, or one a practice keeps away, stays.
pinned('a practice easing a dependence left unnamed', [
  ['the worst of it', 'Kratom dependence is common among daily users. A slow taper takes the worst of it off.', ['MITIGATES strategy:tapering condition:kratom-withdrawal']],
  ['near miss: staying off', 'Kratom dependence is common among daily users. Joining a support group can help people stay off kratom.', ['MITIGATES strategy:support-groups condition:kratom-dependence']],
  ['near miss: the dependence named', 'A slow taper helps kratom dependence.', ['MITIGATES strategy:tapering condition:kratom-dependence']],
]);

// A fronted topic names what the remedy of the main clause is for: "as for X,", "regarding X,", or X set apart by "though,".
pinned('a fronted topic', [
  ['"as for"', 'kratom wd is rough. as for the insomnia, trazodone helped a bit.', ['RELIEVES substance:trazodone symptom:insomnia']],
  ['set apart by "though"', 'kratom wd is rough. the insomnia though, trazodone helped a bit.', ['RELIEVES substance:trazodone symptom:insomnia']],
  ['near miss: a subject, not a topic', 'kratom wd is rough. the insomnia lasted weeks, trazodone helped a bit.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia']],
]);

// Side effects named with no drug of their own belong to the drug "its" stands for, or to the drugs the section's heading names.
pinned('whose side effects', [
  ['"its" is the drug named before', 'Kratom withdrawal treatment.\n\nClonidine reduces sweating. Hypotension and sedation are its main adverse effects.', ['CAUSES substance:clonidine symptom:low-blood-pressure', 'CAUSES substance:clonidine symptom:sedation', 'RELIEVES substance:clonidine symptom:sweating']],
  ['the drugs a heading names', 'Kratom withdrawal treatment\n\nClonidine and lofexidine\nBoth reduce sweating. Hypotension is the main adverse effect.', ['CAUSES substance:clonidine symptom:low-blood-pressure', 'CAUSES substance:lofexidine symptom:low-blood-pressure', 'RELIEVES substance:clonidine symptom:sweating', 'RELIEVES substance:lofexidine symptom:sweating']],
  ['near miss: no heading, no "its": the page’s substance', 'Kratom is a plant. Clonidine helps withdrawal. Constipation is the main side effect.', ['CAUSES substance:kratom symptom:constipation', 'RELIEVES substance:clonidine condition:kratom-withdrawal']],
]);

// How long signs last, with no condition named: the signs of the condition the text is about.
pinned('signs that last', [
  ['"lasts"', 'Kratom withdrawal is unpleasant. The sweating usually lasts about a week.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:sweating']],
  ['"outlast"', 'Kratom withdrawal is unpleasant. Irritability and low mood often outlast the physical symptoms.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:irritability', 'PRESENTS_WITH condition:kratom-withdrawal symptom:low-mood']],
  ['"take weeks to lift"', 'Kratom withdrawal is unpleasant. Sleep problems can take several weeks to lift.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia']],
  ['near miss: "last" as an adjective', 'Kratom withdrawal is unpleasant. The last dose of kratom caused nausea.', ['CAUSES substance:kratom symptom:nausea']],
  ['near miss: a medicine that lasts', 'Kratom withdrawal is unpleasant. Clonidine lasts about eight hours.', []],
]);

// "the only thing that helped X was Y" says "Y helped X", as "what helped X was Y" does.
pinned('a "thing that" cleft', [
  ['"the only thing that"', 'kratom wd day 3\n\nthe only thing that really helped the restless legs was gabapentin', ['RELIEVES substance:gabapentin symptom:restlessness']],
  ['"the thing that"', 'Kratom withdrawal is rough. The thing that eased my sweating was clonidine.', ['RELIEVES substance:clonidine symptom:sweating']],
  ['near miss: "the thing" as a plain subject', 'Kratom withdrawal is rough. The thing is, clonidine made me dizzy.', ['CAUSES substance:clonidine symptom:dizziness']],
]);

// Someone else's claim stated with question marks is reported, not asked; the writer's own "I read …??" asks.
pinned('a doubted report', [
  ['a third party’s claim', 'kratom wd day 3\n\nmy buddy said imodium helps with the sweating??', ['RELIEVES substance:loperamide symptom:sweating']],
  ['near miss: the writer’s own hearsay asks', 'kratom wd day 3\n\nI read kratom withdrawal can cause seizures??', []],
  ['near miss: a question from its start', 'kratom wd day 3\n\ndid your doctor say clonidine helps with the sweats?', []],
]);

// A sign that calms down after a medicine is given was relieved by it.
pinned('a sign calming after a medicine', [
  ['"calmed down"', 'kratom wd day 3\n\ndoc gave me clonidine today and the sweats calmed down within a couple hrs', ['RELIEVES substance:clonidine symptom:sweating']],
  ['near miss: nothing given', 'kratom wd day 3\n\nthe sweats calmed down within a couple hrs', []],
]);

// A sign reported in the passive beside a syndrome's signs, with no drug named, is one more of them; alone, it is the page's substance's harm.
pinned('a sign reported beside a syndrome’s signs', [
  ['"is reported less often"', 'Kratom withdrawal: a review\n\nCommonly reported features include muscle aches and insomnia; diarrhea is reported less often.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:diarrhoea', 'PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia', 'PRESENTS_WITH condition:kratom-withdrawal symptom:muscle-aches']],
  ['near miss: no syndrome beside it', 'Kratom is a plant.\n\nConstipation has been reported.', ['CAUSES substance:kratom symptom:constipation']],
  ['near miss: a drug named after the verb', 'Kratom withdrawal: a review\n\nCommonly reported features include insomnia; nausea is reported with loperamide.', ['CAUSES substance:loperamide symptom:nausea', 'PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia']],
]);

// What people go through is the withdrawal their sentence names, over the one named before it.
pinned('the withdrawal people describe', [
  ['the sentence’s own withdrawal', 'Kratom use: a survey\n\nAdults used kratom to reduce opioid withdrawal symptoms. Those who had stopped kratom described withdrawal, mostly craving.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:cravings', 'RELIEVES substance:kratom condition:opioid-withdrawal']],
  ['a withdrawal named by what was stopped', 'Kratom use: a survey\n\nKratom withdrawal is mild. Those who had stopped oxycodone described withdrawal, mostly craving.', ['PRESENTS_WITH condition:opioid-withdrawal symptom:cravings']],
]);

// A byline over a forum post ("posted in … by u/…") is not its title: the line under it is, and what
// it says is stopped ("day 9 off kratom") is whose withdrawal the post's bare "wd" means, though the
// replies go on to buprenorphine and precipitated withdrawal (a tuning document, tests/fixtures).
describe('the title under a byline', () => {
  const post = readFileSync(join(__dirname, '../../fixtures/documents/forum-post-s.txt'), 'utf8');
  it('gives the listed signs to the withdrawal the title stops', () => {
    const signs = claims(post).filter((claim) => claim.startsWith('PRESENTS_WITH') && claim.endsWith('symptom:sweating'));
    expect(signs).toEqual(['PRESENTS_WITH condition:kratom-withdrawal symptom:sweating']);
  });
});

// A dose named without its drug ("large amounts") is of the drug a pronoun before it stands for.
pinned('a dose of what "it" stands for', [
  ['"it … and large amounts"', 'Kratom is a plant. Loperamide eases diarrhoea. It does nothing for cravings, and large amounts can cause heart rhythm problems.', ['CAUSES substance:loperamide symptom:cardiac-arrhythmia', 'CONTRIBUTES_TO factor:dose symptom:cardiac-arrhythmia', 'RELIEVES substance:loperamide symptom:diarrhoea']],
  ['near miss: no pronoun, the page’s substance', 'Kratom is a plant. Large amounts can cause heart rhythm problems.', ['CAUSES substance:kratom symptom:cardiac-arrhythmia', 'CONTRIBUTES_TO factor:dose symptom:cardiac-arrhythmia']],
]);

// A relative clause on what a contrast sets apart still says what that does.
pinned('a relative clause on a contrasted entity', [
  ['"unlike X, which …"', 'Unlike methadone, which relieves cravings, clonidine only eases sweating.', ['RELIEVES substance:clonidine symptom:sweating', 'RELIEVES substance:methadone symptom:cravings']],
  ['near miss: no relative clause', 'Unlike methadone, clonidine eases sweating.', ['RELIEVES substance:clonidine symptom:sweating']],
  ['near miss: a relative clause that claims nothing', 'Unlike kratom, which is unregulated, methadone relieves cravings.', ['RELIEVES substance:methadone symptom:cravings']],
]);

// A syndrome "dominated by" its signs presents with them; signs that "predominate" are the condition's talked about.
pinned('signs that dominate', [
  ['"is dominated early by"', 'Kratom dependence is common. The withdrawal syndrome is dominated early by rhinorrhoea and myalgia.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:muscle-aches', 'PRESENTS_WITH condition:kratom-withdrawal symptom:runny-nose']],
  ['"predominating later"', 'Kratom withdrawal is common. Later, insomnia and craving predominate.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:cravings', 'PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia']],
  ['near miss: a market dominated by a product', 'Kratom is sold online. The market is dominated by kratom extracts.', []],
]);

// "the risk" after a condition the sentence named by its bare word is the risk of that condition.
pinned('the risk of a condition named by its bare word', [
  ['"dependence …, and the risk rises with"', 'Kratom withdrawal myths\n\nRegular use can lead to physical dependence, and the risk rises with higher doses.', ['CAUSES substance:kratom condition:kratom-dependence', 'CONTRIBUTES_TO factor:dose condition:kratom-dependence']],
  ['near miss: no condition before it, the one talked about', 'Kratom withdrawal myths\n\nKratom withdrawal is rarely dangerous. The risk rises with higher doses.', ['CONTRIBUTES_TO factor:dose condition:kratom-withdrawal']],
]);

// A methods sentence names what was tested as a cause, and asserts nothing of it.
pinned('examined as a predictor', [
  ['"were examined as predictors of"', 'Kratom withdrawal study\n\nDaily dose and duration of use were examined as predictors of withdrawal severity.', []],
  ['near miss: a finding', 'Kratom withdrawal study\n\nDaily dose was a strong predictor of withdrawal severity.', ['CONTRIBUTES_TO factor:dose condition:kratom-withdrawal']],
]);

// A harm coordinated after a report's complement, its verb left out, is reported as the first is.
pinned('a gapped report', [
  ['"X was reported in 18% and Y in 11% of …"', 'Kratom withdrawal study\n\nSomnolence was reported in 18% and dizziness in 11% of gabapentin-treated patients.', ['CAUSES substance:gabapentin symptom:dizziness', 'CAUSES substance:gabapentin symptom:sedation']],
  ['near miss: a harm after "and" that is no gapped report', 'Kratom withdrawal study\n\nSomnolence was reported in 18% of gabapentin-treated patients and dizziness was rare.', ['CAUSES substance:gabapentin symptom:sedation']],
]);

// An instruction to get help for signs names signs to watch for, not signs any help relieves.
pinned('seeking help for warning signs', [
  ['"Seek urgent medical help for …"', 'Kratom withdrawal.\n\nSeek urgent medical help for yellowing of the skin, dark urine or a seizure.', []],
  ['a numbered item under a heading', 'Kratom advisory\n\n18. Seek urgent medical help for a seizure.', []],
  ['near miss: advice to get a treatment for a sign', 'Kratom withdrawal.\n\nGet counselling for cravings.', ['MITIGATES strategy:counselling symptom:cravings']],
]);

// A treatment noun that heads its examples ("Medicines such as lofexidine …") claims nothing itself; the examples' verb does.
pinned('a treatment noun heading examples', [
  ['"Medicines such as X can reduce Y"', 'Kratom withdrawal: a guide\n\nWarm baths can ease aching muscles.\n\nMedicines such as lofexidine can reduce the pain.', ['MITIGATES strategy:hot-baths symptom:muscle-aches', 'RELIEVES substance:lofexidine symptom:pain']],
  ['near miss: a treatment noun with its own object', 'Kratom withdrawal: a guide\n\nClonidine is a medicine for sweating.', ['RELIEVES substance:clonidine symptom:sweating']],
]);

// Users named by how they use, on a page about one substance, are its users.
pinned('habitual users', [
  ['"Daily users develop"', 'Kratom review. Daily users develop tolerance and dependence.', ['CAUSES substance:kratom condition:kratom-dependence']],
  ['near miss: users of another substance named', 'Kratom review. Daily users of methadone develop tolerance.', []],
]);

// The course of signs ("fade within a week", "settle after a few days") shows them as the condition's talked about,
// not a contrasting clause's ("…, yet low mood persists, a pattern called PAWS").
pinned('the course of signs', [
  ['"fade within a week"', 'Kratom withdrawal is common. Sweating and goosebumps usually fade within a week.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:gooseflesh', 'PRESENTS_WITH condition:kratom-withdrawal symptom:sweating']],
  ['a condition named in a contrasting clause after them is not theirs', 'Kratom withdrawal is common. Sweating usually fades within a week, yet low mood may persist for a month, a pattern called post-acute withdrawal syndrome.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:sweating', 'PRESENTS_WITH condition:post-acute-withdrawal-syndrome symptom:low-mood']],
  ['near miss: a medicine stopped after two nights', 'Kratom withdrawal is common. Gabapentin was given for restless legs and was stopped after 2 nights.', ['RELIEVES substance:gabapentin symptom:restlessness']],
]);

// Signs reported after a "but", in a clause that names the withdrawal, are its signs though the sentence claims something before it;
// not the drug's after-effects in a clause that names no withdrawal, nor signs a drug acts on in the clause.
pinned('signs reported after "but"', [
  ['a clause naming the withdrawal', 'quit kratom in may. kratom worked for my back pain but i stayed on it 2 yrs and the kratom wd was its own beast, yawning, irritability.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:irritability', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning', 'RELIEVES substance:kratom symptom:back-pain']],
  ['near miss: no withdrawal named after "but"', 'quit kratom in may. trazodone helped a bit with sleep but i was groggy all morning after.', ['RELIEVES substance:trazodone symptom:insomnia']],
  ['near miss: a drug acts on the sign after "but"', 'quit kratom in may. kratom worked for my back pain but the kratom wd was rough, and clonidine helped the yawning.', ['RELIEVES substance:clonidine symptom:yawning', 'RELIEVES substance:kratom symptom:back-pain']],
]);

pinned('"shut down", "burn off" a sign', [
  ['"shut down the cravings"', 'Kratom withdrawal is common. Buprenorphine shut down the cravings in a day.', ['RELIEVES substance:buprenorphine symptom:cravings']],
  ['near miss: a clinic that shut down', 'Kratom withdrawal is common. The clinic shut down last year.', []],
  ['"burn off the restlessness"', 'Kratom withdrawal is common. A walk seems to burn off a lot of the restlessness.', ['MITIGATES strategy:physical-activity symptom:restlessness']],
  ['near miss: savings burned off', 'Kratom withdrawal is common. I burned off my savings on kratom.', []],
]);

// Symptoms a sentence "also" names, with no claim of its own, join the sentence before's one relation to symptoms.
pinned('symptoms added with "also"', [
  ['side effects "also frequent"', 'Constipation is a common side effect of kratom. Nausea and loss of appetite are also frequent.', ['CAUSES substance:kratom symptom:constipation', 'CAUSES substance:kratom symptom:loss-of-appetite', 'CAUSES substance:kratom symptom:nausea']],
  ['near miss: two sources before, whose is not said', 'Kratom causes constipation, and clonidine causes dry mouth. Nausea is also common.', ['CAUSES substance:clonidine symptom:dry-mouth', 'CAUSES substance:kratom symptom:constipation']],
  ['near miss: no "also"', 'Constipation is a common side effect of kratom. My sister has nausea.', ['CAUSES substance:kratom symptom:constipation']],
]);

pinned('a condition that "shows itself through" signs', [
  ['"shows itself through"', 'Liver injury shows itself through dark urine and itching.', ['PRESENTS_WITH condition:liver-injury symptom:dark-urine', 'PRESENTS_WITH condition:liver-injury symptom:itching']],
  ['near miss: no condition', 'The kratom shows itself in my mood.', []],
]);

pinned('"tough" is a worse withdrawal, as "hard" is', [
  ['"mean a longer, tougher withdrawal"', 'Kratom guide. Years of daily use usually mean a longer, tougher withdrawal.', ['CONTRIBUTES_TO factor:duration-of-use condition:kratom-withdrawal']],
  ['near miss: "tough love"', 'Kratom guide. Tough love helps nobody. Tapering eases withdrawal.', ['MITIGATES strategy:tapering condition:kratom-withdrawal']],
]);

// A strategy said to be kinder ("gentler", "much safer") in a text about a withdrawal eases that withdrawal.
pinned('a strategy said to be gentler', [
  ['"is gentler for most people"', 'Kratom withdrawal guide. A gradual taper is gentler for most people.', ['MITIGATES strategy:tapering condition:kratom-withdrawal']],
  ['"much safer than stopping cold turkey"', 'Kratom withdrawal guide. Tapering is much safer than stopping cold turkey.', ['MITIGATES strategy:tapering condition:kratom-withdrawal']],
  ['near miss: easier to do', 'Kratom withdrawal guide. Tapering is easier with a scale.', []],
  ['near miss: no comparison', 'Kratom guide. Tapering is gentle.', []],
]);

// "the dried leaf" is the plant talked about, in a state; another plant's leaf is not.
pinned('the plant in a state', [
  ['"found in the dried leaf"', 'Kratom basics. Mitragynine is found in the dried leaf.', ['CONTAINS substance:kratom compound:mitragynine']],
  ['near miss: another plant\'s leaf', 'Kratom basics. Mitragynine is found in the coca leaf.', []],
]);
