import { affirmedClaimsOf as claims, stancesOf } from './stancesOf';


function pinned(title: string, rules: [string, string, string[]][]): void {
  describe(title, () => {
    it.each(rules)('%s', (_rule, text, expected) => {
      expect(claims(text)).toEqual(expected);
    });
  });
}

// Structured pages (FAQs, leaflets, myth-and-fact pages), in sentences of our own.
pinned('list items and their leads', [
  [
    'a question on its own line heads the list that answers it',
    'Opioid withdrawal can be rough.\nWhat eases the symptoms?\n- a hot shower\n- plenty of fluids',
    ['MITIGATES strategy:hot-baths condition:opioid-withdrawal', 'MITIGATES strategy:hydration condition:opioid-withdrawal'],
  ],
  [
    'a list item with no lead above it speaks for itself',
    'Notes from the clinic\n\nOpioid withdrawal can be rough.\n\n1. Loperamide helps with diarrhoea.\n2. Clonidine eases sweating.',
    ['RELIEVES substance:clonidine symptom:sweating', 'RELIEVES substance:loperamide symptom:diarrhoea'],
  ],
  [
    'an item that says what its agent does takes no target from its lead',
    'Opioid withdrawal can be rough. A nurse may give you medicine for some symptoms:\n- Clonidine can reduce sweating.\n- Loperamide eases diarrhoea.',
    ['RELIEVES substance:clonidine symptom:sweating', 'RELIEVES substance:loperamide symptom:diarrhoea'],
  ],
  [
    'an item’s own claim does not stop the lead giving its other entities their subject',
    'Typical opioid withdrawal symptoms include:\n- sweating; clonidine eases sweating',
    ['PRESENTS_WITH condition:opioid-withdrawal symptom:sweating', 'RELIEVES substance:clonidine symptom:sweating'],
  ],
  [
    'only an item’s first sentence takes the lead',
    'Typical opioid withdrawal symptoms include:\n- yawning. Then it passes.\n- chills',
    ['PRESENTS_WITH condition:opioid-withdrawal symptom:chills', 'PRESENTS_WITH condition:opioid-withdrawal symptom:yawning'],
  ],
  [
    'a treatment set off from "for" by a comma',
    'Medicines your doctor may suggest:\n- hydroxyzine, for anxiety\n- promethazine, for nausea, at night',
    ['RELIEVES substance:hydroxyzine symptom:anxiety', 'RELIEVES substance:promethazine symptom:nausea'],
  ],
  ['a comma and "for" after something that is no treatment names nothing', 'I used kratom every day, for three years.', []],
  [
    'compounds listed with no plant of their own are the page’s plant’s',
    'Kratom leaves hold many alkaloids. Apart from mitragynine, others include:\n- speciociliatine\n- mitraphylline',
    ['CONTAINS substance:kratom compound:mitraphylline', 'CONTAINS substance:kratom compound:speciociliatine'],
  ],
  ['a list of symptoms is no plant’s content', 'Kratom is sold as powder. Its side effects include:\n- nausea', ['CAUSES substance:kratom symptom:nausea']],
]);

describe('what "include" lists for the page’s plant', () => {
  it('follows it: a noun before it names no constituent (one sentence of evidence, not two)', () => {
    expect(stancesOf('Kratom contains mitragynine. Its mode of action includes modulating dopamine receptors.')).toEqual([
      'ACTS_ON substance:kratom receptor:dopamine-receptors AFFIRMED ASSERTED',
      'CONTAINS substance:kratom compound:mitragynine AFFIRMED ASSERTED',
    ]);
  });
});

describe('answers below a question asking what helps', () => {
  it('a strategy that helps with no object of its own helps with the condition talked about', () => {
    expect(claims('Kratom withdrawal is unpleasant.\nWhat helps?\nMostly rest. Regular exercise helps, and so does a bedtime routine.')).toContain(
      'MITIGATES strategy:physical-activity condition:kratom-withdrawal',
    );
  });

  it('a yes/no question asks for remedies too, and "they" below it are denied as remedies', () => {
    expect(stancesOf('Opioid withdrawal is hard.\nCan any supplements help?\nSome shops sell phenibut and kava. There is no proof that they help.')).toEqual([
      'RELIEVES substance:kava condition:opioid-withdrawal NEGATED ASSERTED',
      'RELIEVES substance:phenibut condition:opioid-withdrawal NEGATED ASSERTED',
    ]);
  });

  it('a question that asks for no remedy gives "they help" no object', () => {
    expect(stancesOf('Opioid withdrawal is hard.\nIs kava legal?\nSome shops sell phenibut and kava. There is no proof that they help.')).toEqual([]);
  });

  it('a remedy denied below the question keeps its denial', () => {
    expect(stancesOf('Kratom withdrawal is unpleasant.\nWhich supplements help?\nThere is no evidence that magnesium helps.')).toEqual([
      'RELIEVES substance:magnesium condition:kratom-withdrawal NEGATED ASSERTED',
    ]);
  });
});

pinned('signs someone has', [
  [
    'a list under a lead saying people who stop a substance get it: the signs of that withdrawal',
    'Quitting is hard. Most people who stop oxycodone will get:\n- yawning\n- goosebumps',
    ['PRESENTS_WITH condition:opioid-withdrawal symptom:gooseflesh', 'PRESENTS_WITH condition:opioid-withdrawal symptom:yawning'],
  ],
  ['a list under a lead saying people feel it: the signs of the condition talked about', 'Opioid withdrawal is hard. In the first days you may feel:\n- nausea', ['PRESENTS_WITH condition:opioid-withdrawal symptom:nausea']],
  ['warning signs under a conditional lead are no condition’s signs', 'Opioid withdrawal is hard. Call a doctor if you have:\n- chest pain\n- seizures', []],
  [
    'signs that are noticed or experienced are the signs of the condition talked about',
    'Opioid withdrawal is rarely dangerous. Most people who stop notice symptoms such as yawning and gooseflesh.',
    ['PRESENTS_WITH condition:opioid-withdrawal symptom:gooseflesh', 'PRESENTS_WITH condition:opioid-withdrawal symptom:yawning'],
  ],
  ['signs that a medicine eases are not the condition’s signs by this sentence', 'Opioid withdrawal is rarely dangerous. Clonidine eases symptoms such as sweating.', ['RELIEVES substance:clonidine symptom:sweating']],
]);

describe('everyday names of remedies sold for withdrawal', () => {
  it('detox teas and multivitamins are substances a source can deny', () => {
    expect(stancesOf('There is no evidence that detox teas or multivitamins shorten opioid withdrawal.')).toEqual([
      'RELIEVES substance:detox-tea condition:opioid-withdrawal NEGATED ASSERTED',
      'RELIEVES substance:vitamins condition:opioid-withdrawal NEGATED ASSERTED',
    ]);
  });
});

pinned('everyday verb phrases that name a harm', [
  ['"harm the liver" is liver injury', 'Kava can harm the liver.', ['CAUSES substance:kava condition:liver-injury']],
  ['a predicate the tagger takes for a noun', 'Paracetamol in large doses damages the liver.', ['CAUSES substance:acetaminophen condition:liver-injury', 'CONTRIBUTES_TO factor:dose condition:liver-injury']],
  ['"lower blood pressure" after a pronoun and an adverb', 'Clonidine eases sweating. It can also lower blood pressure.', ['CAUSES substance:clonidine symptom:low-blood-pressure', 'RELIEVES substance:clonidine symptom:sweating']],
  ['a noun phrase names the harm, nothing causes it', 'Liver damage is rare.', []],
]);

describe('a pronoun and an auxiliary answer the sentence before only when no verb phrase follows', () => {
  it('"It can also lower …" is a claim of its own, not an answer with the stance of its "not"', () => {
    expect(stancesOf('Clonidine eases sweating. It can also lower blood pressure, so do not take it without a prescription.')).toEqual([
      'CAUSES substance:clonidine symptom:low-blood-pressure AFFIRMED ASSERTED',
      'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED',
    ]);
  });

  it('"it didn\'t, not really" still answers it', () => {
    expect(stancesOf('People say kratom kills cravings. For me it didn\'t, not really.')).toContain('RELIEVES substance:kratom symptom:cravings NEGATED ASSERTED');
  });
});

describe('a yes or a no that closes a qualified answer answers the question', () => {
  it.each<[string, string, string[]]>([
    ['a qualified yes', 'Q: Can kratom cause seizures?\nA: At very high doses, especially mixed with other drugs, yes.', ['CAUSES substance:kratom symptom:seizures AFFIRMED ASSERTED']],
    ['a qualified no', 'Q: Does kratom cure depression?\nA: Sadly, no.', ['RELIEVES substance:kratom symptom:low-mood NEGATED ASSERTED']],
    ['near miss: a yes inside the answer is no closing answer', 'Q: Does kratom cure depression?\nA: Yes people ask that a lot.', []],
  ])('%s', (_rule, text, expected) => expect(stancesOf(text)).toEqual(expected));
});

describe('a short answer to a question that asks for an argument fills the place it asked about', () => {
  it.each<[string, string, string[]]>([
    ['the subject asked for', 'Q: What helps with diarrhoea?\nA: Loperamide.', ['RELIEVES substance:loperamide symptom:diarrhoea']],
    ['the object asked for, after "does"', 'Q: Which receptor does mitragynine mainly bind?\nA: The mu-opioid receptor.', ['ACTS_ON compound:mitragynine receptor:mu-opioid-receptor']],
    ['two answers joined', 'Q: What helps with cravings?\nA: Counselling and support groups.', ['MITIGATES strategy:counselling symptom:cravings', 'MITIGATES strategy:support-groups symptom:cravings']],
    ['near miss: an answer that names nothing', 'Q: What helps with cravings?\nA: Nothing really.', []],
    ['near miss: a question that asks for no argument', 'Q: Why do cravings happen?\nA: Loperamide.', []],
  ])('%s', (_rule, text, expected) => expect(claims(text)).toEqual(expected));
});

describe('a reply below a quoted post answers the quote, which is no evidence itself', () => {
  it.each<[string, string, string[]]>([
    ['a denial of the quote', '> kratom totally cured my anxiety\n\nNot for me.', ['RELIEVES substance:kratom symptom:anxiety NEGATED ASSERTED']],
    ['near miss: a reply that answers nothing', '> kratom totally cured my anxiety\n\nWelcome to the forum.', []],
  ])('%s', (_rule, text, expected) => expect(stancesOf(text)).toEqual(expected));
});

// Second-person advice: what a remedy lets you do names what it relieves.
pinned('second-person advice', [
  ['"help you sleep" relieves insomnia', 'Melatonin helps me sleep.', ['RELIEVES substance:melatonin symptom:insomnia']],
  ['"boost your mood" relieves low mood', 'Exercise can boost your mood.', ['MITIGATES strategy:physical-activity symptom:low-mood']],
  [
    'two functions given back in one sentence',
    'Opioid withdrawal is hard. Yoga can lift your mood and help you sleep.',
    ['MITIGATES strategy:physical-activity symptom:insomnia', 'MITIGATES strategy:physical-activity symptom:low-mood'],
  ],
  [
    'advice under a lead that helps you feel better is for the condition talked about',
    'Kratom withdrawal is hard.\nThese things can help you feel better:\n- Drink plenty of water.\n- Tell friends what you are doing.',
    ['MITIGATES strategy:hydration condition:kratom-withdrawal'],
  ],
  ['"help" with a relief verb as its complement says nothing itself', 'Kratom withdrawal is hard. Meditation helps many people manage cravings.', ['MITIGATES strategy:meditation symptom:cravings']],
  ['"help" alone still helps with the condition talked about', 'Kratom withdrawal is hard. Meditation helps.', ['MITIGATES strategy:meditation condition:kratom-withdrawal']],
  // A function lowered names the symptom of its loss, caused (units/functionTargets: "wrecked my appetite").
  ['a function a verb takes away names the symptom caused', 'Kratom withdrawal ruined my sleep for a week.', ['CAUSES condition:kratom-withdrawal symptom:insomnia']],
  [
    'practices a lead calls helpful, for the condition of the page rather than of the paragraph before the heading',
    'Kratom withdrawal\nKratom withdrawal is unpleasant. Opioid dependence is another matter.\nWhat else can I do?\nMany people find these helpful:\n- yoga\n- a hot shower',
    ['MITIGATES strategy:hot-baths condition:kratom-withdrawal', 'MITIGATES strategy:physical-activity condition:kratom-withdrawal'],
  ],
  // A question whose asking phrase is the object of its verb asks what is avoided, not what helps.
  ['items under "What should I avoid?" relieve nothing', 'Kratom withdrawal is hard.\nWhat should you avoid?\n- Alcohol.\n- Sleeping pills from a friend.', []],
  ['nor under "Which drinks should I avoid?"', 'Kratom withdrawal is hard.\nWhich drinks should I avoid?\n- Beer.\n- Coffee.', []],
  ['near miss: items under "What can help?" still help', 'Kratom withdrawal is hard.\nWhat can help?\n- Clonidine.\n- Hot baths.', ['MITIGATES strategy:hot-baths condition:kratom-withdrawal', 'RELIEVES substance:clonidine condition:kratom-withdrawal']],
  ['near miss: "What can I do to avoid" asks for remedies', 'Kratom withdrawal is hard.\nWhat can I do to avoid cravings?\n- Support groups.', ['MITIGATES strategy:support-groups symptom:cravings']],
]);

pinned('a repeated preposition and what follows what', [
  ['a list whose preposition repeats after its joiner', 'Clonidine helps with sweating and with anxiety.', ['RELIEVES substance:clonidine symptom:anxiety', 'RELIEVES substance:clonidine symptom:sweating']],
  ['a repeated preposition before something that is no item ends the list', 'Clonidine helps with sweating and with help from family.', ['RELIEVES substance:clonidine symptom:sweating']],
  ['what follows a condition is caused by it', 'Insomnia often follows opioid withdrawal.', ['CAUSES condition:opioid-withdrawal symptom:insomnia']],
  ['in the passive, what is followed causes', 'Opioid withdrawal is followed by low mood.', ['CAUSES condition:opioid-withdrawal symptom:low-mood']],
  ['following advice causes nothing', 'Follow the taper plan your doctor gives you.', []],
]);

pinned('what a remedy stops you feeling', [
  ['"stop you feeling sick" relieves nausea', 'Promethazine can stop you feeling sick.', ['RELIEVES substance:promethazine symptom:nausea']],
  ['stopping a substance is no relief', 'Opioid withdrawal is hard. You should stop kratom slowly.', []],
]);

pinned('a gerund of taking as the subject', [
  [
    'what is taken is the agent, not what the adjunct after it names',
    'Opioid withdrawal is hard. Naloxone blocks opioids, and giving it while fentanyl is still active brings on sudden, severe withdrawal.',
    ['CAUSES substance:naloxone condition:opioid-withdrawal'],
  ],
  ['a noun phrase after the object is no agent', 'Starting buprenorphine soon after a large dose can trigger precipitated withdrawal.', ['CAUSES substance:buprenorphine condition:precipitated-withdrawal']],
  ['without a gerund the nearest subject stays the agent', 'After a large dose, buprenorphine can trigger precipitated withdrawal.', ['CAUSES substance:buprenorphine condition:precipitated-withdrawal']],
  ['coordinated adjectives before the object', 'Kratom can cause sudden, severe vomiting.', ['CAUSES substance:kratom symptom:vomiting']],
]);

pinned('a drug class before a noun of action', [
  ['"an opioid antagonist" names the opioid receptors', 'Naltrexone is an opioid antagonist.', ['ACTS_ON substance:naltrexone receptor:opioid-receptors']],
  ['in apposition', 'Naloxone, an opioid antagonist, reverses overdose.', ['ACTS_ON substance:naloxone receptor:opioid-receptors', 'RELIEVES substance:naloxone condition:opioid-overdose']],
  ['a bare category of treatment says nothing of what acts on what', 'Treatment was symptomatic (clonidine, loperamide), opioid agonist (methadone) or taper-only.', []],
]);

pinned('a possessive before a noun', [
  ['its noun is its head, not a verb', 'Many users say kratom eased their withdrawal from oxycodone.', ['RELIEVES substance:kratom condition:opioid-withdrawal']],
  ['a pronoun before an uninflected trigger is still its subject', 'Kratom contains mitragynine and paynantheine. Both act on opioid receptors.', ['ACTS_ON compound:mitragynine receptor:opioid-receptors', 'ACTS_ON compound:paynantheine receptor:opioid-receptors', 'CONTAINS substance:kratom compound:mitragynine', 'CONTAINS substance:kratom compound:paynantheine']],
  ['"both act as" after a semicolon: the pair the clause before named, not the plant', 'Kratom contains mitragynine and 7-hydroxymitragynine; both act as partial agonists at the mu-opioid receptor.', ['ACTS_ON compound:7-hydroxymitragynine receptor:mu-opioid-receptor', 'ACTS_ON compound:mitragynine receptor:mu-opioid-receptor', 'CONTAINS substance:kratom compound:7-hydroxymitragynine', 'CONTAINS substance:kratom compound:mitragynine']],
]);

describe('exercises with a blank to fill in', () => {
  it('a statement to be marked true or false asserts nothing; its key does', () => {
    expect(stancesOf('True or false?\n4. Clonidine cures kratom withdrawal. ____\n\nAnswers\n4. False: clonidine does not cure kratom withdrawal.')).toEqual([
      'RELIEVES substance:clonidine condition:kratom-withdrawal NEGATED ASSERTED',
    ]);
  });

  it('near miss: an underscore or two is no blank', () => {
    expect(stancesOf('Clonidine eases sweating (see note_1).')).toEqual(['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']);
  });
});

describe('a question coordinated after a statement asks only what follows it', () => {
  it.each<[string, string, string[]]>([
    ['"… helps with the diarrhea but can I take it every day?"', 'Kratom is a plant. The loperamide helps with the diarrhea but can I take it every day?', ['RELIEVES substance:loperamide symptom:diarrhoea AFFIRMED ASSERTED']],
    ['near miss: a question from its start', 'Kratom is a plant. Does loperamide help with diarrhea and can I take it every day?', []],
  ])('%s', (_name, text, expected) => {
    expect(stancesOf(text)).toEqual(expected);
  });
});

describe('a heading of medicines and its items', () => {
  it.each<[string, string, string[]]>([
    [
      'every item takes the heading, not only the first',
      'Kratom withdrawal\n\nMedications for withdrawal\n- Loperamide\n- Clonidine',
      ['RELIEVES substance:clonidine condition:kratom-withdrawal AFFIRMED ASSERTED', 'RELIEVES substance:loperamide condition:kratom-withdrawal AFFIRMED ASSERTED'],
    ],
    ['near miss: medicines for a time or place are for nothing named', 'Kratom withdrawal\n\nMedications on discharge\n- Clonidine 50 mcg BD for 3 days\n- Loperamide 2 mg PRN', []],
  ])('%s', (_name, text, expected) => {
    expect(stancesOf(text)).toEqual(expected);
  });
});

describe('answer keys', () => {
  it.each<[string, string, string[]]>([
    ['"X is for Y" says what a medicine treats', 'Kratom is a plant. Hydroxyzine is for anxiety.', ['RELIEVES substance:hydroxyzine symptom:anxiety AFFIRMED ASSERTED']],
    ['near miss: "is for sale" treats nothing', 'Kratom is for sale online.', []],
    ['near miss: "not for" a second sign denies nothing of the first', 'Kratom is a plant. Loperamide is for diarrhoea, not for pain.', ['RELIEVES substance:loperamide symptom:diarrhoea AFFIRMED ASSERTED']],
    [
      'answer letters in brackets stand between items read backwards',
      'Kratom is a plant. Runny nose (A), muscle aches (B) and insomnia (E) are all commonly reported in kratom withdrawal.',
      [
        'PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia AFFIRMED HEDGED',
        'PRESENTS_WITH condition:kratom-withdrawal symptom:muscle-aches AFFIRMED HEDGED',
        'PRESENTS_WITH condition:kratom-withdrawal symptom:runny-nose AFFIRMED HEDGED',
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(stancesOf(text)).toEqual(expected);
  });
});

describe('a line that asks what helped, ending in a colon, asks it of the items after it', () => {
  it.each<[string, string, string[]]>([
    ['a lead over a list', 'Kratom withdrawal tips.\nWhat helps:\n- kava\n- gabapentin', ['RELIEVES substance:gabapentin condition:kratom-withdrawal AFFIRMED ASSERTED', 'RELIEVES substance:kava condition:kratom-withdrawal AFFIRMED ASSERTED']],
    ['a denying lead over a list', 'Kratom withdrawal tips.\nThings that didn\'t help:\n- kava', ['RELIEVES substance:kava condition:kratom-withdrawal NEGATED ASSERTED']],
    ['asked and answered on one line', 'Kratom withdrawal tips.\nWhat didn\'t help: kava, phenibut.', ['RELIEVES substance:kava condition:kratom-withdrawal NEGATED ASSERTED', 'RELIEVES substance:phenibut condition:kratom-withdrawal NEGATED ASSERTED']],
    ['a remedy judged helpful, with nothing it helped, helped what the section is about', 'Kratom withdrawal survey.\nRespondents described tapering and remedies such as loperamide as helpful.', ['MITIGATES strategy:tapering condition:kratom-withdrawal AFFIRMED ASSERTED', 'RELIEVES substance:loperamide condition:kratom-withdrawal AFFIRMED ASSERTED']],
    ['near miss: "as" after a verb that judges nothing', 'Kratom withdrawal survey.\nVendors marketed loperamide as helpful.', []],
    ['a habit of use under a drug\'s heading is that drug\'s, not the page\'s', 'Managing kratom withdrawal at home\n\nLoperamide\nUseful for diarrhoea in the first few days. High doses can cause heart rhythm problems.', ['CAUSES substance:loperamide symptom:cardiac-arrhythmia AFFIRMED ASSERTED', 'CONTRIBUTES_TO factor:dose symptom:cardiac-arrhythmia AFFIRMED ASSERTED', 'RELIEVES substance:loperamide symptom:diarrhoea AFFIRMED ASSERTED']],
    ['near miss: prose after the list is no answer to the lead', 'Kratom withdrawal tips.\nWhat can help:\n- rest\nAvoid alcohol and sleeping tablets.', ['MITIGATES strategy:rest condition:kratom-withdrawal AFFIRMED ASSERTED']],
  ])('%s', (_rule, text, expected) => expect(stancesOf(text)).toEqual(expected));
});

describe('a yes qualified by what it is for says the question of that', () => {
  it.each<[string, string, string[]]>([
    ['"Does X help? Yes, for Y."', 'Kratom withdrawal FAQ\n\nDoes loperamide help?\nYes, for diarrhoea, at the dose on the packet.', ['RELIEVES substance:loperamide symptom:diarrhoea AFFIRMED ASSERTED']],
    ['a hedged yes', 'Kratom withdrawal FAQ\n\nCan magnesium help?\nPossibly, for muscle cramps.', ['RELIEVES substance:magnesium symptom:muscle-cramps AFFIRMED HEDGED']],
    ['near miss: a yes with no purpose', 'Kratom withdrawal FAQ\n\nDoes loperamide help?\nYes, at the dose on the packet.', []],
    ['near miss: a purpose that names nothing', 'Kratom withdrawal FAQ\n\nIs loperamide safe?\nYes, for most people.', []],
  ])('%s', (_rule, text, expected) => expect(stancesOf(text)).toEqual(expected));
});
