import { affirmedClaimsOf as claims, stancesOf } from './stancesOf';


// Informal writing (forums, blogs, testimonials), with sentences of our own: the claims each must give exactly.
describe('extraction of informal, first-person writing', () => {
  it.each<[string, string, string[]]>([
    ['an alternative in brackets after the agent', 'Kratom withdrawal is common. Clonidine (or lofexidine if you can get it) may help with the sweats.', ['RELIEVES substance:clonidine symptom:sweating', 'RELIEVES substance:lofexidine symptom:sweating']],
    ['"fine for", "took the anxiety way down"', 'Kratom withdrawal is common. Ibuprofen is fine for the muscle aches. hydroxyzine took the anxiety way down', ['RELIEVES substance:hydroxyzine symptom:anxiety', 'RELIEVES substance:ibuprofen symptom:muscle-aches']],
    ['a named withdrawal before its sign: the sign is relieved, and the withdrawal presents with it', 'Kratom is a plant. Melatonin helped the kratom wd insomnia.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia', 'RELIEVES substance:melatonin symptom:insomnia']],
    ['near miss: the withdrawal alone is what is relieved', 'Kratom is a plant. Melatonin helped the kratom wd.', ['RELIEVES substance:melatonin condition:kratom-withdrawal']],
    ['near miss: a dose taken down relieves nothing', 'Kratom withdrawal is common. Take your dose down slowly.', []],
    // What a sign is "common with" is what it comes with: a drug's effect, a withdrawal's sign.
    ['a sign "common with" a drug\'s use is its effect, "w/" written for "with"', 'Constipation v common w/ regular kratom use. Nausea is frequent with high doses of kratom.', ['CAUSES substance:kratom symptom:constipation', 'CAUSES substance:kratom symptom:nausea', 'CONTRIBUTES_TO factor:dose symptom:nausea']],
    ['near miss: "common with" a withdrawal is its sign', 'Yawning is common with opioid withdrawal.', ['PRESENTS_WITH condition:opioid-withdrawal symptom:yawning']],
    // What a drug leaves or keeps someone in is its effect; "keep you from" still relieves.
    ['"kept me constipated"', 'kratom kept me constipated', ['CAUSES substance:kratom symptom:constipation']],
    ['"left him badly constipated"', 'Danny took kratom for years. It left him badly constipated.', ['CAUSES substance:kratom symptom:constipation']],
    ['near miss: "keep you from vomiting" relieves', 'Loperamide can keep you from vomiting.', ['RELIEVES substance:loperamide symptom:vomiting']],
    // "it" after a sentence that named practices alone is the practice, even with a drug named further back.
    ['"it" is the practice the sentence before named', 'Imodium is good for the runs.\nfind a meeting, smart recovery or whatever. it helps w the cravings more than any pill', ['MITIGATES strategy:support-groups symptom:cravings', 'RELIEVES substance:loperamide symptom:diarrhoea']],
    ['near miss: "it" after a drug and a practice named together is the drug', 'Kratom withdrawal is tough. Try clonidine and a warm bath. It helps with the sweats.', ['RELIEVES substance:clonidine symptom:sweating']],
    // A journal: a sign or a thing that stopped is no stop of use ("one loperamide and it stopped" starts no opioid withdrawal);
    // a sign "from about 1am" is timed, not caused.
    ['"and it stopped" is the sign stopping', 'Day 3 of my kratom taper. Diarrhoea till about 11, one loperamide and it stopped. Chills then sweats.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:chills', 'PRESENTS_WITH condition:kratom-withdrawal symptom:sweating']],
    ['near miss: the writer stopping', 'I took oxycodone for years. Then I stopped. Chills then sweats.', ['PRESENTS_WITH condition:opioid-withdrawal symptom:chills', 'PRESENTS_WITH condition:opioid-withdrawal symptom:sweating']],
    ['a sign from a time', 'Day 3 of my kratom taper. Chills from about 1am.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:chills']],
    ['a sign that lasted "for days" is measured, not treated', 'Kratom withdrawal is rough. It was the anxiety, a buzzing dread that sat on my chest for days, and the total absence of sleep.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:anxiety', 'PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia']],
    ['a sign that lasted "for weeks"', 'Kratom withdrawal is rough. Sweats and chills for weeks.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:chills', 'PRESENTS_WITH condition:kratom-withdrawal symptom:sweating']],
    ['near miss: "for" before a sign, not a span of time, is a treatment, no sign report', 'Kratom withdrawal is rough. Melatonin for the insomnia.', ['RELIEVES substance:melatonin symptom:insomnia']],
    // An action with no receptor to act on decides nothing of a sign report.
    ['"the first thing that hits is" a sign', 'Kratom withdrawal is rough. The first thing that hits is the restlessness, a crawling feeling in your legs that makes lying still impossible.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:restlessness']],
    ['"what hits first is" a sign', 'Kratom withdrawal is rough. What hits first is the anxiety.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:anxiety']],
    ['near miss: an action on a receptor is no sign report', 'Kratom withdrawal is rough. Kratom hits the mu-opioid receptor, and the anxiety follows.', ['ACTS_ON substance:kratom receptor:mu-opioid-receptor']],
    ['a verb that raises a function relieves its loss', 'Melatonin helped me sleep through the night.', ['RELIEVES substance:melatonin symptom:insomnia']],
    ['"gets me to sleep" relieves insomnia', 'Kratom withdrawal is rough. Melatonin gets me to sleep quicker.', ['RELIEVES substance:melatonin symptom:insomnia']],
    ['"puts you to sleep" relieves insomnia', 'Kratom withdrawal is rough. Hydroxyzine puts you to sleep.', ['RELIEVES substance:hydroxyzine symptom:insomnia']],
    ['near miss: "get" raises no other function, nor sleep without "to"', 'Kratom withdrawal is rough. Kratom gets to my head. Kratom gets my sleep.', []],
    ['"backs you up" is constipation', 'Kratom withdrawal is common. Kratom backs you up. Loperamide really bound me up.', ['CAUSES substance:kratom symptom:constipation', 'CAUSES substance:loperamide symptom:constipation']],
    // "knock someone out" puts them to sleep, also past a circumstance between subject and verb.
    ['"knocked me out" relieves insomnia', 'Kratom withdrawal is rough. Hydroxyzine at night knocked me out. Quetiapine will knock you out for hours.', ['RELIEVES substance:hydroxyzine symptom:insomnia', 'RELIEVES substance:quetiapine symptom:insomnia']],
    ['near miss: knocked out of a routine, knocked out the cravings', 'Kratom withdrawal is rough. Kratom knocked me out of my routine. Hydroxyzine knocked out my cravings.', ['RELIEVES substance:hydroxyzine symptom:cravings']],
    ['near miss: backing up files', 'Kratom withdrawal is common. Please back up your files.', []],
    ['a quantifier between the subjects and their verb', 'Kratom withdrawal is common. Benzos, booze and opioids each slow your breathing on their own.', ['CAUSES substance:alcohol symptom:respiratory-depression', 'CAUSES substance:benzodiazepines symptom:respiratory-depression', 'CAUSES substance:opioids symptom:respiratory-depression']],
    ['an adjective in -ing said of a substance causes its symptom', 'Kratom withdrawal is common. Kratom is very constipating. Kratom can be dehydrating, and water may help.', ['CAUSES substance:kratom symptom:constipation', 'CAUSES substance:kratom symptom:dehydration']],
    ['near miss: an adjective in -ed is a state, no claim', 'Kratom withdrawal is common. Kratom users are often dehydrated.', []],
    ['a function made worse or better is its loss caused or relieved', 'Kratom withdrawal is common. Avoid alcohol, which can make sleep worse. Exercise made my mood better.', ['CAUSES substance:alcohol symptom:insomnia', 'MITIGATES strategy:physical-activity symptom:low-mood']],
    ['near miss: stopping made it worse is the withdrawal\'s', 'Kratom withdrawal is common. Stopping kratom made my sleep worse.', ['CAUSES condition:kratom-withdrawal symptom:insomnia']],
    // A remedy an instruction gives "if" a sign comes is for that sign; a caution or a stop is not.
    ['"Take loperamide if diarrhoea becomes a problem"', 'Kratom is a plant. Take loperamide if diarrhoea becomes a problem.', ['RELIEVES substance:loperamide symptom:diarrhoea']],
    ['near miss: a caution before taking', 'Kratom is a plant. Talk to your doctor before taking lofexidine if you have low blood pressure.', []],
    ['near miss: a substance to stop if a sign comes', 'Kratom is a plant. Stop kratom if you get jaundice.', []],
    // Signs that lasted until a medicine was started ended with it; not signs absent until then.
    ['"until I started" relieves what lasted till then', 'Kratom withdrawal is rough. My anxiety was through the roof until I started hydroxyzine. The sweats kept coming back until they put me on clonidine.', ['RELIEVES substance:clonidine symptom:sweating', 'RELIEVES substance:hydroxyzine symptom:anxiety']],
    ['near miss: a sign absent until a substance was taken', 'Kratom withdrawal is rough. I had no cravings until I took kratom again.', []],
    ['near miss: "until" of an instruction', 'Kratom withdrawal is rough. Wait until the sweating peaks before you take clonidine.', []],
    // A clinician's "was started for" is a treatment; a writer's "started (kratom) for back pain" is a motive.
    ['"was started for", "was commenced for"', 'Kratom withdrawal day 2. Gabapentin 300 mg tds was started for restless legs. Clonidine was commenced for sweating.', ['RELIEVES substance:clonidine symptom:sweating', 'RELIEVES substance:gabapentin symptom:restlessness']],
    ['near miss: "started for back pain" is a motive', 'so ive been on kratom for about 4 years, started for back pain and it snowballed.', []],
    ['"resp depression" is respiratory depression, not low mood', 'Kratom is a plant. Benzos can cause resp depression.', ['CAUSES substance:benzodiazepines symptom:respiratory-depression']],
    ['"smaller" eases', 'Kratom withdrawal is common. A slow taper makes the wd way smaller.', ['MITIGATES strategy:tapering condition:kratom-withdrawal']],
    ['how much a verb helped stands between it and the function', 'Melatonin can help a little with falling asleep. Magnesium may help a bit with getting to sleep.', ['RELIEVES substance:magnesium symptom:insomnia', 'RELIEVES substance:melatonin symptom:insomnia']],
    ['near miss: a little of a function, or a bit of help with the withdrawal, relieves no insomnia', 'Kratom withdrawal is common. A little sleep helps. Clonidine helped me a bit, then I could sleep.', ['RELIEVES substance:clonidine condition:kratom-withdrawal']],
    ['"both can" before a verb of harm: the modal is no noun', 'Gabapentin and kratom are risky together. Both can slow your breathing.', ['CAUSES substance:gabapentin symptom:respiratory-depression', 'CAUSES substance:kratom symptom:respiratory-depression']],
    ['"let me sleep" is relief of insomnia', 'Gabapentin finally let me sleep.', ['RELIEVES substance:gabapentin symptom:insomnia']],
    ['a practice that lifts the mood mitigates low mood', 'Swimming lifted my mood every morning.', ['MITIGATES strategy:physical-activity symptom:low-mood']],
    ['"helped with the mood" names low mood, not the withdrawal', 'Kratom withdrawal dragged on. Meditation helped with the mood.', ['MITIGATES strategy:meditation symptom:low-mood']],
    ['a verb that lowers a function causes its loss', 'Loperamide wrecked my appetite.', ['CAUSES substance:loperamide symptom:loss-of-appetite']],
    ['raising what is a symptom in excess causes the excess', 'Kava raised my blood pressure.', ['CAUSES substance:kava symptom:high-blood-pressure']],
    ['lowering blood pressure causes low blood pressure', 'Lofexidine dropped my blood pressure.', ['CAUSES substance:lofexidine symptom:low-blood-pressure']],
    ['a function said to be lost names its symptom, in an account of a withdrawal a sign', 'I quit kratom on Friday. appetite is gone, sleep is terrible.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia', 'PRESENTS_WITH condition:kratom-withdrawal symptom:loss-of-appetite']],
    ['a function said to be fine names nothing', 'I quit kratom on Friday. My appetite is fine and my sleep is normal.', []],
    ['a stabilised mood is not a lifted one', 'Kratom seemed to stabilise my mood.', []],
    ['a function word with no verb of change names nothing', 'My sleep schedule is odd and kratom is expensive.', []],
    [
      'symptoms reported after a stop are the stopped substance’s withdrawal signs',
      'I quit kratom on Sunday. By Tuesday I had all of it: chills, yawning and a runny nose.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:chills', 'PRESENTS_WITH condition:kratom-withdrawal symptom:runny-nose', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning'],
    ],
    [
      'a sudden stop with no object is of the substance named before it',
      'I had been on oxycodone for years and went cold turkey in May. The worst part was the diarrhoea.',
      ['PRESENTS_WITH condition:opioid-withdrawal symptom:diarrhoea'],
    ],
    [
      'a withdrawal named as a measure of comparison is not the one the writer is in',
      'I stopped kratom last week. It is milder than opioid withdrawal. Mostly I get the sweats.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:sweating'],
    ],
    ['a sentence that says the stop itself names what the stop brings, not reported signs', 'Kratom users who stop suddenly can notice chills.', ['CONTRIBUTES_TO factor:abrupt-cessation symptom:chills']],
    ['a sentence naming a drug beside the symptoms reports no signs', 'I quit kratom in March. Clonidine and the sweats were my whole week.', []],
    ['symptoms with no withdrawal talked about are no one’s signs', 'Kratom is sold as a powder. Sweating and chills are common in summer.', []],
    ['"great for" is relief, and a clause after "but" keeps its subject', 'The lofexidine was great for my chills but made me dizzy.', ['CAUSES substance:lofexidine symptom:dizziness', 'RELIEVES substance:lofexidine symptom:chills']],
    ['"got me through" is relief', 'Methadone got me through the worst of opioid withdrawal.', ['RELIEVES substance:methadone condition:opioid-withdrawal']],
    ['"made … disappear" is relief', 'Buprenorphine made the cravings basically disappear.', ['RELIEVES substance:buprenorphine symptom:cravings']],
    ['"throw you into" is a cause', 'Naltrexone can throw you into precipitated withdrawal.', ['CAUSES substance:naltrexone condition:precipitated-withdrawal']],
    ['what "hangs around" is a sign of the condition the sentence names', 'The insomnia can hang around for months; that is post-acute withdrawal.', ['PRESENTS_WITH condition:post-acute-withdrawal-syndrome symptom:insomnia']],
    ['what follows a lasting verb belongs to its subject, not to the condition talked about', 'Opioid withdrawal ended in May. The after-effects can linger for months, mostly anxiety and low mood.', []],
    ['what a withdrawal left the person with are its signs', 'Kratom withdrawal gives you the chills.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:chills']],
    ['a withdrawal’s complications stay causes', 'Alcohol withdrawal can cause seizures.', ['CAUSES condition:alcohol-withdrawal symptom:seizures']],
    ['forum shorthand reads as the word it stands for ("u", "w")', 'tramadol makes u dizzy. kratom wd comes w chills', ['CAUSES substance:tramadol symptom:dizziness', 'PRESENTS_WITH condition:kratom-withdrawal symptom:chills']],
    ['a third-person verb the tagger takes for a noun still triggers', 'Paynantheine interacts with the kappa receptor.', ['ACTS_ON compound:paynantheine receptor:kappa-opioid-receptor']],
    ['a capital letter is no shorthand', 'Tramadol makes R dizzy.', []],
    ['a fronted "for" phrase names what the remedy is for', 'Opioid withdrawal is rough. For the nausea, a lot of people swear by ginger and ondansetron.', ['RELIEVES substance:ginger symptom:nausea', 'RELIEVES substance:ondansetron symptom:nausea']],
    ['a fronted "for" naming a person names no target', 'For me, the clonidine did little.', []],
    [
      'a condition named as a comparison’s standard is not the one whose signs are listed',
      'Kratom withdrawal usually lasts a week. Typical features include sweating and chills, more often than in opioid withdrawal.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:chills', 'PRESENTS_WITH condition:kratom-withdrawal symptom:sweating'],
    ],
    ['a bare "for" before a duration names no target', 'Kratom withdrawal was rough. Yoga for twenty minutes is my routine.', []],
    ['a pseudo-cleft names the cause of what it gets people', 'high doses are what gets ppl the wobbles.', ['CONTRIBUTES_TO factor:dose condition:kratom-wobbles']],
    ['"paws" opening its clause before an auxiliary is the syndrome', 'acute wd is over by day 7. but paws can hang around for weeks, mostly the insomnia.', ['PRESENTS_WITH condition:post-acute-withdrawal-syndrome symptom:insomnia']],
    ['near miss: a dog\'s paws before an auxiliary', 'My dog\'s paws are sore.', []],
    ['an adjective with its preposition names harm to an organ', 'kavas hard on the liver if u overdo it', ['CAUSES substance:kava condition:liver-injury', 'CONTRIBUTES_TO factor:dose condition:liver-injury']],
    ['an indefinite pronoun is the subject itself', 'She bought kratom while looking for something to ease her headaches.', []],
  ])('%s', (_rule, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it('a negated report of signs denies them', () => {
    expect(stancesOf('I quit kratom on Sunday. No chills at all, thankfully.')).toEqual(['PRESENTS_WITH condition:kratom-withdrawal symptom:chills NEGATED ASSERTED']);
  });

  it('what "unlike" sets against a denial reaches only its own clause', () => {
    expect(stancesOf('Unlike heroin, kratom does not cause respiratory depression, and no study has shown that it causes seizures.')).toEqual([
      'CAUSES substance:heroin symptom:respiratory-depression AFFIRMED ASSERTED',
      'CAUSES substance:kratom symptom:respiratory-depression NEGATED ASSERTED',
      'CAUSES substance:kratom symptom:seizures NEGATED ASSERTED',
    ]);
  });

  it('"did not touch" denies relief', () => {
    expect(stancesOf('Ondansetron did not touch my nausea.')).toEqual(['RELIEVES substance:ondansetron symptom:nausea NEGATED ASSERTED']);
  });

  it('keeps a denial of a raised function a denial', () => {
    expect(stancesOf('Melatonin did not help me sleep.')).toEqual(['RELIEVES substance:melatonin symptom:insomnia NEGATED ASSERTED']);
  });
});

// British casual speech in minutes and transcripts, with sentences of our own.
describe('British casual speech', () => {
  it.each<[string, string, string[]]>([
    ['"sorted out" relieves', 'Kratom withdrawal is common. Loperamide sorted out the diarrhoea.', ['RELIEVES substance:loperamide symptom:diarrhoea AFFIRMED ASSERTED']],
    ['"sorted … out" around its object', 'Kratom withdrawal is common. Gabapentin sorted his legs out.', ['RELIEVES substance:gabapentin symptom:restlessness AFFIRMED ASSERTED']],
    ['near miss: things sorted by date', 'Kratom withdrawal is common. The files were sorted out by date.', []],
    ['"gave him the runs" causes', 'Kratom withdrawal is common. Magnesium only gave him the runs.', ['CAUSES substance:magnesium symptom:diarrhoea AFFIRMED ASSERTED']],
    ['near miss: a medicine given to someone is no harm', 'Kratom withdrawal is common. The nurse gave her loperamide for the diarrhoea.', ['RELIEVES substance:loperamide symptom:diarrhoea AFFIRMED ASSERTED']],
    ['"helps a lot of people get off to sleep" relieves insomnia', 'Kratom withdrawal is common. Hydroxyzine at night helps a lot of people get off to sleep.', ['RELIEVES substance:hydroxyzine symptom:insomnia AFFIRMED ASSERTED']],
    ['near miss: helping people get to work is no sleep', 'Kratom withdrawal is common. Hydroxyzine helps a lot of people get to work.', []],
    ['"…, nothing worked" after what was tried denies it', 'Kratom withdrawal is common. I tried melatonin and benadryl for the insomnia, nothing worked.', ['RELIEVES substance:diphenhydramine symptom:insomnia NEGATED ASSERTED', 'RELIEVES substance:melatonin symptom:insomnia NEGATED ASSERTED']],
    ['"…, neither helped" denies both', 'Kratom withdrawal is common. I took melatonin and magnesium for the insomnia, neither helped.', ['RELIEVES substance:magnesium symptom:insomnia NEGATED ASSERTED', 'RELIEVES substance:melatonin symptom:insomnia NEGATED ASSERTED']],
    ['a remedy tried, then a failure told in the next sentence, is denied, not contested', 'Kratom withdrawal is common. I tried melatonin for sleep. Nothing worked.', ['RELIEVES substance:melatonin symptom:insomnia NEGATED ASSERTED']],
    ['a remedy tried, then a success told after it, is affirmed', 'Kratom withdrawal is common. I tried melatonin for sleep and it helped.', ['RELIEVES substance:melatonin symptom:insomnia AFFIRMED ASSERTED']],
    ['a remedy tried, and nothing told of it, is no claim', 'Kratom withdrawal is common. I tried melatonin for sleep.', []],
    ['near miss: advice to try a remedy still recommends it', 'Kratom withdrawal is common. Try loperamide for the diarrhoea.', ['RELIEVES substance:loperamide symptom:diarrhoea AFFIRMED ASSERTED']],
    ['"has done more for her mood" relieves', 'Kratom withdrawal is common. Walking has done more for her mood than anything else.', ['MITIGATES strategy:physical-activity symptom:low-mood AFFIRMED ASSERTED']],
    ['a denial ends at a second predicate after an adverb', 'Kratom withdrawal is common. Magnesium did nothing for his legs and only gave him diarrhoea.', ['CAUSES substance:magnesium symptom:diarrhoea AFFIRMED ASSERTED', 'RELIEVES substance:magnesium symptom:restlessness NEGATED ASSERTED']],
    ['near miss: a second denial after the adverb is a denial', 'Kratom withdrawal is common. Clonidine did not ease the sweating and never touched the cravings.', ['RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating NEGATED ASSERTED']],
  ])('%s', (_name, text, expected) => {
    expect(stancesOf(text)).toEqual([...expected].sort());
  });
});
