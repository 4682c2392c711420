import { affirmedClaimsOf as claims } from './stancesOf';

// How first-hand accounts report the signs of a withdrawal, with sentences of our own.
describe('signs in first-hand accounts', () => {
  it.each<[string, string, string[]]>([
    ['a function its subject cannot perform is the symptom of its loss', 'I quit kratom on Monday. I havent slept more than an hour since.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia']],
    [
      'a negated function beside other signs is one of them, not a denial',
      'Day 4 off kratom. chills all night, the runs, and i couldnt eat a thing.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:chills', 'PRESENTS_WITH condition:kratom-withdrawal symptom:diarrhoea', 'PRESENTS_WITH condition:kratom-withdrawal symptom:loss-of-appetite'],
    ],
    ['"can\'t focus" is difficulty concentrating', 'Coming off oxycodone was awful. I just cant focus at work.', ['PRESENTS_WITH condition:opioid-withdrawal symptom:difficulty-concentrating']],
    ['a drive said to be absent is its symptom', 'Stopped kratom in June. no motivation, zero energy.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:anhedonia', 'PRESENTS_WITH condition:kratom-withdrawal symptom:fatigue']],
    ['sleeping better than before is no loss', 'I quit kratom on Monday. I never slept better than this week.', []],
    ['advice not to eat names no symptom', 'I quit kratom on Monday. Dont eat right before bed.', []],
    ['a remedy that did not help sleep is a denial, not a sign', 'Melatonin did not help me sleep.', []],
    ['"closer to" measures against a standard, not the withdrawal the writer is in', 'Day 2 off kratom. It feels closer to opioid withdrawal. yawning nonstop.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:yawning']],
    [
      'the writer\'s own stop told with what followed reports the signs',
      'Been on kratom for years. i cold turkeyed from 40g and it was brutal, chills, the runs, no sleep.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:chills', 'PRESENTS_WITH condition:kratom-withdrawal symptom:diarrhoea', 'PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia'],
    ],
    ['"I quit X and had …" names the signs of X\'s withdrawal', 'I quit oxycodone and had the sweats for 2 weeks.', ['PRESENTS_WITH condition:opioid-withdrawal symptom:sweating']],
    [
      'a stop said of others names what stopping brings, not signs',
      'Users who stop kratom suddenly may notice chills and yawning.',
      ['CONTRIBUTES_TO factor:abrupt-cessation symptom:chills', 'CONTRIBUTES_TO factor:abrupt-cessation symptom:yawning'],
    ],
    ['a stop with a date for its object is the writer\'s stop of what they used', 'Been using kratom about 2 years. Quit Nov 1st. Restless legs every night, yawning constantly.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:restlessness', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning']],
    ['near miss: a stop with an amount after it says no stop of the substance', 'Been using kratom about 2 years. Quit 20g. Restless legs every night, yawning constantly.', []],
    ['what helped, named with nothing it helped, after the writer\'s stop, helped the withdrawal they went into', 'Quit kratom Nov 1st. Honestly the taper made a huge difference.', ['MITIGATES strategy:tapering condition:kratom-withdrawal']],
    ['near miss: what helped, with nothing it helped and no stop or condition before it, helped nothing named', 'Hot baths made a huge difference.', []],
    ['a span of "a week" measures how long a sign lasted, as "2 weeks" does', 'I quit kratom and had chills for a week.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:chills']],
    ['a time counted without a substance is a stop of it, as "day 3 off kratom" is', 'ok so day 5 no kratom. the legs are the worst part, cant sit still at night. sweats come and go.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:restlessness', 'PRESENTS_WITH condition:kratom-withdrawal symptom:sweating']],
    ['near miss: "no kratom" with no time counted stops nothing', 'I had no kratom in the house. Sweating all night.', []],
    ['"im" is the writer, never a name of a way of using', 'Kratom withdrawal is rough. i cold turkeyed and thats why im suffering, way worse withdrawal from that stuff', ['CONTRIBUTES_TO factor:abrupt-cessation condition:kratom-withdrawal']],
    ['"a game changer for" relieves', 'my doc gave me clonidine and honestly its a game changer for the sweats n anxiety.', ['RELIEVES substance:clonidine symptom:anxiety', 'RELIEVES substance:clonidine symptom:sweating']],
    ['the withdrawal "from that stuff" is the withdrawal of the substance named before, or none the vocabulary names', 'day 5 no kratom.\nalso stay away from phenibut as a replacement, way worse withdrawal from that stuff', []],
    ['suffering after the writer\'s own abrupt stop is the withdrawal it made severe', 'day 5 no kratom.\ni cold turkeyed and thats why im suffering', ['CONTRIBUTES_TO factor:abrupt-cessation condition:kratom-withdrawal']],
    ['near miss: what people suffer from, with no stop, is no severity, but the substance’s harm', 'Kratom is a plant. Heavy users suffer from itching.', ['CAUSES substance:kratom symptom:itching']],
    ['a thread whose title asks about quitting reports the signs and remedies of that withdrawal', 'anyone here quit kratom?\nyeah did it last year. the rls was the worst\nmagnesium + hot bath before bed helped a ton', ['MITIGATES strategy:hot-baths condition:kratom-withdrawal', 'PRESENTS_WITH condition:kratom-withdrawal symptom:restlessness']],
    ['near miss: a title that stops nothing', 'anyone here tried kratom?\nyeah last year. the rls was the worst\nhot bath before bed helped a ton', []],
    ['"couldn\'t sit still" is restlessness, and "could not" what someone was unable to do, no hedge', 'Quit kratom last week. I couldn\'t sit still all night. When I lay down, I could not sleep.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia', 'PRESENTS_WITH condition:kratom-withdrawal symptom:restlessness']],
    ['a remedy named for a symptom is no sign', 'I quit kratom on Monday. Loperamide for the runs.', ['RELIEVES substance:loperamide symptom:diarrhoea']],
    ['plain words for signs: aching limbs, a streaming nose, jerky legs', 'Kratom withdrawal is rough. I had aching limbs, a streaming nose and jerky legs.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:jerky-movements', 'PRESENTS_WITH condition:kratom-withdrawal symptom:muscle-aches', 'PRESENTS_WITH condition:kratom-withdrawal symptom:runny-nose']],
    ['signs an if-clause names are warnings, not findings', 'Kratom withdrawal is rough. If you have a seizure, faint, or get chest pain, call 911 right away.', []],
    ['a warning\'s sign is no finding, nor its instruction a trigger ("see" a doctor)', 'Kratom withdrawal is hard. If you feel faint, see a doctor.', []],
    ['near miss: the same signs said without the warning are reported', 'Kratom withdrawal is hard. You may faint or get chest pain.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:fainting', 'PRESENTS_WITH condition:kratom-withdrawal symptom:pain']],
    ['near miss: a claim after the warning stands', 'Kratom withdrawal is hard. If you feel faint, see a doctor; clonidine can cause dizziness.', ['CAUSES substance:clonidine symptom:dizziness']],
    [
      'signs named in the next sentence ("called it …") are that condition\'s',
      'I quit kratom in May. By August the flatness set in: no motivation, awful focus. My GP called it post-acute withdrawal.',
      ['PRESENTS_WITH condition:post-acute-withdrawal-syndrome symptom:anhedonia', 'PRESENTS_WITH condition:post-acute-withdrawal-syndrome symptom:difficulty-concentrating'],
    ],
    ['"this is known as …" renames them too', 'Day 5 off kratom. yawning, chills. This is known as kratom withdrawal.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:chills', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning']],
    ['a condition named later with no pronoun for the signs renames nothing', 'I quit kratom in May. chills, yawning. Opioid withdrawal is worse.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:chills', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning']],
    ['"withdrawal itself" is the withdrawal, "itself" standing for nothing', 'I quit kratom in May. withdrawal itself can make pain feel worse.', ['CAUSES condition:kratom-withdrawal symptom:pain']],
    // A condition described after "be" and spelt out after a colon; what describes an item, or the description, denies nothing.
    [
      'the list after a described condition\'s colon, items with a relative clause or a participle',
      'Clonidine eased my anxiety, but kratom withdrawal was a long grey tide: insomnia that kept me up until four, sweats, and cravings arriving every afternoon.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:cravings', 'PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia', 'PRESENTS_WITH condition:kratom-withdrawal symptom:sweating', 'RELIEVES substance:clonidine symptom:anxiety'],
    ],
    ['"not X but Y" corrects a description, it denies no sign', 'Kratom withdrawal is not a phrase but a weather system: the sweating, the yawning.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:sweating', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning']],
    ['a sign that "would not stop" is no one stopping a drug', 'Day 3 off kratom. The sweating, the yawning that would not stop.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:sweating', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning']],
    ['near miss: a clause after the colon is no list of signs', 'Kratom withdrawal is not dangerous: sweating and yawning are uncomfortable but harmless.', []],
    ['near miss: a description denied leaves its list unsaid', 'Loperamide helps, but kratom withdrawal is not a weather system: sweating, yawning.', []],
    // Signs timed from a stop ("after stopping", "when I quit") are the withdrawal's of what was stopped.
    ['signs before "after abruptly stopping"', 'He was admitted with 48 h of vomiting, diarrhoea, sweating and generalised myalgia after abruptly stopping kratom.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:diarrhoea', 'PRESENTS_WITH condition:kratom-withdrawal symptom:muscle-aches', 'PRESENTS_WITH condition:kratom-withdrawal symptom:sweating', 'PRESENTS_WITH condition:kratom-withdrawal symptom:vomiting']],
    ['signs after a fronted "after stopping"', 'After stopping kratom, he had vomiting and sweating.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:sweating', 'PRESENTS_WITH condition:kratom-withdrawal symptom:vomiting']],
    ['"after quitting" a drug of a class', 'She felt anxious after quitting oxycodone.', ['PRESENTS_WITH condition:opioid-withdrawal symptom:anxiety']],
    // What someone had after taking a substance came from it, as what they developed after it (claims/usersOutcomes).
    ['near miss: after taking is no stop', 'He had vomiting after taking kratom.', ['CAUSES substance:kratom symptom:vomiting']],
    ['near miss: a medicine with no withdrawal of its own', 'The sweating started after he stopped clonidine.', []],
  ])('%s', (_name, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
