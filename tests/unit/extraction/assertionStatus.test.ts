import { stancesOf as stances } from './stancesOf';

type Case = [string, string[]];

// Ten or more sentences of our own per kind of stance (issue 9), beside the issue's own examples in
// stance.test.ts. Each gives exactly the claims listed, each with its stance.
const kinds: Record<string, Case[]> = {
  negation: [
    ['Gabapentin does not ease cravings.', ['RELIEVES substance:gabapentin symptom:cravings NEGATED ASSERTED']],
    ["Loperamide won't relieve anxiety.", ['RELIEVES substance:loperamide symptom:anxiety NEGATED ASSERTED']],
    ['kratom doesnt help my insomnia at all.', ['RELIEVES substance:kratom symptom:insomnia NEGATED ASSERTED']],
    ['Naltrexone failed to reduce cravings in this trial.', ['RELIEVES substance:naltrexone symptom:cravings NEGATED ASSERTED']],
    ['Methadone is not effective for kratom withdrawal.', ['RELIEVES substance:methadone condition:kratom-withdrawal NEGATED ASSERTED']],
    ['Nobody has shown that kratom cures opioid use disorder.', ['RELIEVES substance:kratom condition:opioid-use-disorder NEGATED ASSERTED']],
    ['Lofexidine hardly eases muscle aches.', ['RELIEVES substance:lofexidine symptom:muscle-aches NEGATED ASSERTED']],
    ['Buprenorphine never caused constipation.', ['CAUSES substance:buprenorphine symptom:constipation NEGATED ASSERTED']],
    ['Kratom does not cause diarrhoea or nausea.', ['CAUSES substance:kratom symptom:diarrhoea NEGATED ASSERTED', 'CAUSES substance:kratom symptom:nausea NEGATED ASSERTED']],
    ['Mitragynine does not bind the kappa receptor.', ['ACTS_ON compound:mitragynine receptor:kappa-opioid-receptor NEGATED ASSERTED']],
    ['kratom cant fix my nausea.', ['RELIEVES substance:kratom symptom:nausea NEGATED ASSERTED']],
    ['Kratom relieves neither nausea nor cravings.', ['RELIEVES substance:kratom symptom:cravings NEGATED ASSERTED', 'RELIEVES substance:kratom symptom:nausea NEGATED ASSERTED']],
    ['Methadone relieves cravings without causing constipation.', ['CAUSES substance:methadone symptom:constipation NEGATED ASSERTED', 'RELIEVES substance:methadone symptom:cravings AFFIRMED ASSERTED']],
    ['It is unlikely that kratom causes seizures.', ['CAUSES substance:kratom symptom:seizures NEGATED HEDGED']],
    ['gabapentin was useless for my cravings.', ['RELIEVES substance:gabapentin symptom:cravings NEGATED ASSERTED']],
    ['Clonidine is ineffective for cravings.', ['RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED']],
    ['There is insufficient evidence that kratom relieves opioid withdrawal.', ['RELIEVES substance:kratom condition:opioid-withdrawal NEGATED ASSERTED']],
  ],
  hedge: [
    ['There is some evidence that lofexidine reduces cravings.', ['RELIEVES substance:lofexidine symptom:cravings AFFIRMED HEDGED']],
    ['It is plausible that kratom causes liver injury in rare cases.', ['CAUSES substance:kratom condition:liver-injury AFFIRMED HEDGED']],
    ['I was told kava helps the anxiety.', ['RELIEVES substance:kava symptom:anxiety AFFIRMED HEDGED']],
    ['People tell me kratom helps their pain.', ['RELIEVES substance:kratom symptom:pain AFFIRMED HEDGED']],
    ['Without kratom I wouldn\'t have gotten through opioid withdrawal.', ['RELIEVES substance:kratom condition:opioid-withdrawal AFFIRMED ASSERTED']],
    ['Without food, kratom causes nausea.', ['CAUSES substance:kratom symptom:nausea AFFIRMED ASSERTED']],
    ['Kratom could not relieve my pain.', ['RELIEVES substance:kratom symptom:pain NEGATED ASSERTED']],
    ['Quit kratom last week. When I lay down, I could not sleep.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia AFFIRMED ASSERTED']],
    ['Kratom is not addictive, which is false.', ['CAUSES substance:kratom condition:kratom-dependence AFFIRMED ASSERTED']],
    ['Kratom causes seizures, which is a myth.', ['CAUSES substance:kratom symptom:seizures NEGATED ASSERTED']],
    ['Kratom doesn\'t cause withdrawal — not true.', ['CAUSES substance:kratom condition:kratom-withdrawal AFFIRMED ASSERTED']],
    ['Kratom could worsen anxiety.', ['CAUSES substance:kratom symptom:anxiety AFFIRMED HEDGED']],
    ['Gabapentin probably eases restlessness.', ['RELIEVES substance:gabapentin symptom:restlessness AFFIRMED HEDGED']],
    ['Clonidine seems to lessen sweating.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED HEDGED']],
    ['Methadone is likely to cause constipation.', ['CAUSES substance:methadone symptom:constipation AFFIRMED HEDGED']],
    ['Some studies suggest that mitragynine acts on the mu-opioid receptor.', ['ACTS_ON compound:mitragynine receptor:mu-opioid-receptor AFFIRMED HEDGED']],
    // A counted report is an observation, not hearsay.
    ['Kratom withdrawal symptoms were reported by 87 patients; the most frequent were chills and insomnia.', [
      'PRESENTS_WITH condition:kratom-withdrawal symptom:chills AFFIRMED ASSERTED',
      'PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia AFFIRMED ASSERTED',
    ]],
    ['Kratom eases cravings, even if the relief is short.', ['RELIEVES substance:kratom symptom:cravings AFFIRMED ASSERTED']],
    ['Kratom reportedly eases muscle aches.', ['RELIEVES substance:kratom symptom:muscle-aches AFFIRMED HEDGED']],
    ['Perhaps lofexidine relieves anxiety.', ['RELIEVES substance:lofexidine symptom:anxiety AFFIRMED HEDGED']],
    ['kratom helps my anxiety idk.', ['RELIEVES substance:kratom symptom:anxiety AFFIRMED HEDGED']],
    ['Naloxone is believed to trigger precipitated withdrawal.', ['CAUSES substance:naloxone condition:precipitated-withdrawal AFFIRMED HEDGED']],
    ['Whether kratom relieves cravings is unclear.', ['RELIEVES substance:kratom symptom:cravings AFFIRMED HEDGED']],
    ['Preliminary data suggest that clonidine reduces anxiety.', ['RELIEVES substance:clonidine symptom:anxiety AFFIRMED HEDGED']],
    ['According to users, kratom eases anxiety.', ['RELIEVES substance:kratom symptom:anxiety AFFIRMED HEDGED']],
    ['Evidence on whether gabapentin eases restlessness is conflicting.', ['RELIEVES substance:gabapentin symptom:restlessness AFFIRMED HEDGED']],
    ['kratom kinda helps my anxiety.', ['RELIEVES substance:kratom symptom:anxiety AFFIRMED HEDGED']],
    // A hedge in a later clause does not reach back over ", and" (nor over "which").
    ['Kratom causes constipation, and stopping suddenly may cause insomnia.', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED', 'CONTRIBUTES_TO factor:abrupt-cessation symptom:insomnia AFFIRMED HEDGED']],
    // Weak evidence in a later clause hedges the claim; a guideline's "may be used for" permits, it does not hedge.
    ['Gabapentin eases restlessness, but the evidence is of low quality.', ['RELIEVES substance:gabapentin symptom:restlessness AFFIRMED HEDGED']],
    ['Lofexidine may be used for opioid withdrawal.', ['RELIEVES substance:lofexidine condition:opioid-withdrawal AFFIRMED ASSERTED']],
    // "Reported side effects" describes; "has been reported" hedges.
    ['Reported side effects of kratom include nausea.', ['CAUSES substance:kratom symptom:nausea AFFIRMED ASSERTED']],
  ],
  'per-claim scope': [
    ['Clonidine eases sweating but not anxiety.', ['RELIEVES substance:clonidine symptom:anxiety NEGATED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
    ['Gabapentin does not relieve cravings; it eases restlessness.', ['RELIEVES substance:gabapentin symptom:cravings NEGATED ASSERTED', 'RELIEVES substance:gabapentin symptom:restlessness AFFIRMED ASSERTED']],
    ['Kratom does not relieve nausea and it eases anxiety.', ['RELIEVES substance:kratom symptom:anxiety AFFIRMED ASSERTED', 'RELIEVES substance:kratom symptom:nausea NEGATED ASSERTED']],
    ['Lofexidine eases sweating, but clonidine does not.', ['RELIEVES substance:clonidine symptom:sweating NEGATED ASSERTED', 'RELIEVES substance:lofexidine symptom:sweating AFFIRMED ASSERTED']],
    ['bupe actually treats oud, kratom doesnt.', ['RELIEVES substance:buprenorphine condition:opioid-use-disorder AFFIRMED ASSERTED', 'RELIEVES substance:kratom condition:opioid-use-disorder NEGATED ASSERTED']],
    ['Buprenorphine relieves cravings, and so does methadone.', ['RELIEVES substance:buprenorphine symptom:cravings AFFIRMED ASSERTED', 'RELIEVES substance:methadone symptom:cravings AFFIRMED ASSERTED']],
    ['Kratom may ease anxiety, but it does not relieve nausea.', ['RELIEVES substance:kratom symptom:anxiety AFFIRMED HEDGED', 'RELIEVES substance:kratom symptom:nausea NEGATED ASSERTED']],
    ['Methadone eases cravings, whereas naloxone triggers precipitated withdrawal.', ['CAUSES substance:naloxone condition:precipitated-withdrawal AFFIRMED ASSERTED', 'RELIEVES substance:methadone symptom:cravings AFFIRMED ASSERTED']],
    ['Loperamide relieves diarrhoea but does nothing for muscle aches.', ['RELIEVES substance:loperamide symptom:diarrhoea AFFIRMED ASSERTED', 'RELIEVES substance:loperamide symptom:muscle-aches NEGATED ASSERTED']],
    ['Clonidine reduces sweating, but no improvement in insomnia was observed.', ['RELIEVES substance:clonidine symptom:insomnia NEGATED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
    ['Kratom does not relieve nausea, and kratom causes constipation.', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED', 'RELIEVES substance:kratom symptom:nausea NEGATED ASSERTED']],
    // "rather than" on the target side denies; on the source side it is a preference (stance.test.ts).
    ['Clonidine eases anxiety rather than cravings.', ['RELIEVES substance:clonidine symptom:anxiety AFFIRMED ASSERTED', 'RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED']],
    ['Lofexidine reduces sweating and chills rather than cravings or muscle aches.', [
      'RELIEVES substance:lofexidine symptom:chills AFFIRMED ASSERTED',
      'RELIEVES substance:lofexidine symptom:cravings NEGATED ASSERTED',
      'RELIEVES substance:lofexidine symptom:muscle-aches NEGATED ASSERTED',
      'RELIEVES substance:lofexidine symptom:sweating AFFIRMED ASSERTED',
    ]],
    // A participle hanging on a noun is a claim of its own, outside the negation and the hedge.
    ['Kratom does not appear to cause the respiratory depression seen with fentanyl.', ['CAUSES substance:fentanyl symptom:respiratory-depression AFFIRMED ASSERTED', 'CAUSES substance:kratom symptom:respiratory-depression NEGATED HEDGED']],
  ],
  'pseudo-trigger': [
    ['Kratom not only eases anxiety but also relieves muscle aches.', ['RELIEVES substance:kratom symptom:anxiety AFFIRMED ASSERTED', 'RELIEVES substance:kratom symptom:muscle-aches AFFIRMED ASSERTED']],
    ['No doubt methadone relieves cravings.', ['RELIEVES substance:methadone symptom:cravings AFFIRMED ASSERTED']],
    ['It is not unusual for kratom to cause constipation.', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED']],
    ['Clonidine not just lessens sweating but also eases anxiety.', ['RELIEVES substance:clonidine symptom:anxiety AFFIRMED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
    ['Kratom will not necessarily cause constipation.', ['CAUSES substance:kratom symptom:constipation AFFIRMED HEDGED']],
    ['Without a doubt, buprenorphine relieves cravings.', ['RELIEVES substance:buprenorphine symptom:cravings AFFIRMED ASSERTED']],
    ['No wonder kratom causes constipation.', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED']],
    ['There is no doubt that clonidine eases sweating.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
    ['A little kratom relieves my anxiety.', ['RELIEVES substance:kratom symptom:anxiety AFFIRMED ASSERTED']],
    ['Methadone relieves cravings, no matter the dose.', ['RELIEVES substance:methadone symptom:cravings AFFIRMED ASSERTED']],
    ['Not surprisingly, naloxone triggers precipitated withdrawal.', ['CAUSES substance:naloxone condition:precipitated-withdrawal AFFIRMED ASSERTED']],
    ["I'm not sure kratom helps my cravings.", ['RELIEVES substance:kratom symptom:cravings AFFIRMED HEDGED']],
    ['Nothing eases cravings like methadone.', ['RELIEVES substance:methadone symptom:cravings AFFIRMED ASSERTED']],
    ['Methadone never fails to relieve my cravings.', ['RELIEVES substance:methadone symptom:cravings AFFIRMED ASSERTED']],
    // A partial negation says "sometimes": a hedged affirmation.
    ['Kratom does not always relieve anxiety.', ['RELIEVES substance:kratom symptom:anxiety AFFIRMED HEDGED']],
  ],
  'post-negation': [
    ['The idea that kratom relieves anxiety is false.', ['RELIEVES substance:kratom symptom:anxiety NEGATED ASSERTED']],
    ['Claims that kratom cures opioid use disorder are unfounded.', ['RELIEVES substance:kratom condition:opioid-use-disorder NEGATED HEDGED']],
    ['That kratom relieves nausea is a myth.', ['RELIEVES substance:kratom symptom:nausea NEGATED ASSERTED']],
    ['Kratom is said to ease cravings, which is untrue.', ['RELIEVES substance:kratom symptom:cravings NEGATED HEDGED']],
    ['People say clonidine relieves cravings, but this is wrong.', ['RELIEVES substance:clonidine symptom:cravings NEGATED HEDGED']],
    ['The belief that loperamide eases anxiety has been debunked.', ['RELIEVES substance:loperamide symptom:anxiety NEGATED ASSERTED']],
    ['That methadone causes insomnia was ruled out.', ['CAUSES substance:methadone symptom:insomnia NEGATED ASSERTED']],
    ['That gabapentin relieves cravings is not supported by the evidence.', ['RELIEVES substance:gabapentin symptom:cravings NEGATED ASSERTED']],
    ['Relief of cravings with clonidine was not observed.', ['RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED']],
    ['That kratom treats opioid use disorder has not been established.', ['RELIEVES substance:kratom condition:opioid-use-disorder NEGATED ASSERTED']],
    ['Kratom is claimed to relieve chills, but this claim is bogus.', ['RELIEVES substance:kratom symptom:chills NEGATED HEDGED']],
    // A post-negation about something else in a later clause does not reach back.
    // (Seizures not observed: a denial that kratom brings them on, agentless reports.)
    ['Kratom eases anxiety; seizures were not observed.', ['CAUSES substance:kratom symptom:seizures NEGATED ASSERTED', 'RELIEVES substance:kratom symptom:anxiety AFFIRMED ASSERTED']],
    ['Although kratom withdrawal is said to bring on seizures, none occurred.', ['CAUSES condition:kratom-withdrawal symptom:seizures NEGATED HEDGED']],
  ],
  'question or heading': [
    ['Can kratom cause constipation?', []],
    ['Is methadone effective for cravings?', []],
    ['Why does kratom cause constipation?', []],
    ['How does clonidine ease sweating?', []],
    ['# Methadone relieves cravings', []],
    ['Kratom and constipation\nKratom causes constipation.', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED']],
    ['Does gabapentin help with restlessness?\nYes, it does.', ['RELIEVES substance:gabapentin symptom:restlessness AFFIRMED ASSERTED']],
    ['Does clonidine relieve cravings?\nNo.', ['RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED']],
    ['Will naloxone trigger precipitated withdrawal?\nIt can.', ['CAUSES substance:naloxone condition:precipitated-withdrawal AFFIRMED ASSERTED']],
    ['Does kratom relieve nausea?\nMaybe, some users say it does.', ['RELIEVES substance:kratom symptom:nausea AFFIRMED HEDGED']],
    ['Does loperamide ease diarrhoea?\nIt does not.', ['RELIEVES substance:loperamide symptom:diarrhoea NEGATED ASSERTED']],
    ['Does kratom relieve nausea?\nNot really.', ['RELIEVES substance:kratom symptom:nausea NEGATED ASSERTED']],
    ['Does kratom cause constipation?\nNope, never.', ['CAUSES substance:kratom symptom:constipation NEGATED ASSERTED']],
    ['Does kratom relieve anxiety?\nPossibly, for some people.', ['RELIEVES substance:kratom symptom:anxiety AFFIRMED HEDGED']],
    ['Does clonidine relieve cravings?\nNot necessarily.', ['RELIEVES substance:clonidine symptom:cravings AFFIRMED HEDGED']],
    // An answer with its label answers as without it.
    ['Q: Does kratom cause constipation? A: No.', ['CAUSES substance:kratom symptom:constipation NEGATED ASSERTED']],
    ['Does kratom cause constipation?\nAnswer: yes.', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED']],
  ],
  'myth framing': [
    ['It is a myth that methadone cures opioid use disorder.', ['RELIEVES substance:methadone condition:opioid-use-disorder NEGATED ASSERTED']],
    ['Myth: Kratom relieves nausea.', ['RELIEVES substance:kratom symptom:nausea NEGATED ASSERTED']],
    ['Myth: Kratom does not cause constipation.', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED']],
    ['It is false that clonidine relieves cravings.', ['RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED']],
    ['It is not true that loperamide eases anxiety.', ['RELIEVES substance:loperamide symptom:anxiety NEGATED ASSERTED']],
    ['Contrary to popular belief, kratom does not relieve nausea.', ['RELIEVES substance:kratom symptom:nausea NEGATED ASSERTED']],
    ['Contrary to popular belief, kratom causes constipation.', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED']],
    ['A common misconception is that gabapentin relieves cravings.', ['RELIEVES substance:gabapentin symptom:cravings NEGATED ASSERTED']],
    ['The myth that kratom eases anxiety persists.', ['RELIEVES substance:kratom symptom:anxiety NEGATED ASSERTED']],
    ['Kratom withdrawal is a myth.', ['CAUSES substance:kratom condition:kratom-withdrawal NEGATED ASSERTED']],
    ['It is a myth that kratom is not addictive.', ['CAUSES substance:kratom condition:kratom-dependence AFFIRMED ASSERTED']],
    ["It's a myth that buprenorphine relieves cravings.", ['RELIEVES substance:buprenorphine symptom:cravings NEGATED ASSERTED']],
    ['Myth #2: Kratom relieves nausea.', ['RELIEVES substance:kratom symptom:nausea NEGATED ASSERTED']],
    ['Myth 3: Kratom does not cause constipation.', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED']],
    // An answer key's "False —" rules on the statement above, then says what is true.
    ['4. False — kratom withdrawal does not usually cause seizures.', ['CAUSES condition:kratom-withdrawal symptom:seizures NEGATED ASSERTED']],
    // A fact-check's ruling on the line before: a claim ruled false was examined, not made.
    ['The panel rejected claims that kratom cures opioid withdrawal.', ['RELIEVES substance:kratom condition:opioid-withdrawal NEGATED ASSERTED']],
    // Disbelief and a past condition contrary to fact deny; "no doubt" affirms, and a plain condition hedges.
    ['I doubt kava helps anxiety.', ['RELIEVES substance:kava symptom:anxiety NEGATED ASSERTED']],
    ['No doubt clonidine eases sweating.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
    ['Had clonidine helped the sweats, he would not have stopped it.', ['RELIEVES substance:clonidine symptom:sweating NEGATED ASSERTED']],
    ['If kava had worked for my anxiety, I would have kept taking it.', ['RELIEVES substance:kava symptom:anxiety NEGATED HEDGED']],
    ['If kava helps your anxiety, keep taking it.', ['RELIEVES substance:kava symptom:anxiety AFFIRMED HEDGED']],
    ['Claim: kratom causes seizures. Verdict: false.', ['CAUSES substance:kratom symptom:seizures NEGATED ASSERTED']],
    ['Claim: kratom relieves opioid withdrawal. Rating: mostly true.', ['RELIEVES substance:kratom condition:opioid-withdrawal AFFIRMED ASSERTED', 'RELIEVES substance:kratom condition:opioid-withdrawal AFFIRMED ASSERTED']],
    ['Kratom causes seizures. Verdict: false.', ['CAUSES substance:kratom symptom:seizures AFFIRMED ASSERTED', 'CAUSES substance:kratom symptom:seizures NEGATED ASSERTED']],
    ['Kratom isn\'t addictive. Verdict: false.', ['CAUSES substance:kratom condition:kratom-dependence AFFIRMED ASSERTED', 'CAUSES substance:kratom condition:kratom-dependence NEGATED ASSERTED']],
    ['Claim: kratom causes seizures. Verdict: it is complicated.', ['CAUSES substance:kratom symptom:seizures AFFIRMED ASSERTED']],
    // A fact-check that labels every claim it rules on: the labels are no speakers, and a ruling with no full stop is no heading.
    ['Kratom is sold online.\n\nCLAIM: "Kava cures kratom withdrawal."\nRATING: False\n\nKratom withdrawal is common.\n\nCLAIM: "Loperamide stops kratom withdrawal."\nRATING: Mostly false', ['RELIEVES substance:kava condition:kratom-withdrawal NEGATED ASSERTED', 'RELIEVES substance:loperamide condition:kratom-withdrawal NEGATED ASSERTED']],
    ['Kratom is sold online.\nClaim: Loperamide stops kratom withdrawal.\nRating: Mostly false', ['RELIEVES substance:loperamide condition:kratom-withdrawal NEGATED ASSERTED']],
    // A quiz's or a flashcard's "False." / "True." answers its question as "No." / "Yes." do; "Front:" asks, "Back:" answers.
    ['Kratom is sold online.\nQ: Does naloxone relieve kratom withdrawal?\nA: False.', ['RELIEVES substance:naloxone condition:kratom-withdrawal NEGATED ASSERTED']],
    ['Kratom revision cards\n\nFront: Naloxone relieves kratom withdrawal?\nBack: False - it precipitates withdrawal.\n\nFront: Clonidine eases sweating?\nBack: True.', ['CAUSES substance:naloxone condition:precipitated-withdrawal AFFIRMED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED', 'RELIEVES substance:naloxone condition:kratom-withdrawal NEGATED ASSERTED']],
    ['Kratom is sold online.\nDoes clonidine ease sweating?\nTrue, for most people.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
  ],
  // Who a denial is about when its subject refers back: a pair named together or apart ("neither",
  // "neither drug", "both medications"), "it" for the condition the sentence before was about.
  'anaphoric subject': [
    ['Clonidine and gabapentin were prescribed. Neither drug relieved the cravings.', ['RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED', 'RELIEVES substance:gabapentin symptom:cravings NEGATED ASSERTED']],
    ['My doctor tried lofexidine. Later he added loperamide. Neither relieved my anxiety.', ['RELIEVES substance:lofexidine symptom:anxiety NEGATED ASSERTED', 'RELIEVES substance:loperamide symptom:anxiety NEGATED ASSERTED']],
    ['The clonidine helped with sweating. The gabapentin let me sleep. Neither relieved the cravings.', ['RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED', 'RELIEVES substance:gabapentin symptom:cravings NEGATED ASSERTED', 'RELIEVES substance:gabapentin symptom:insomnia AFFIRMED ASSERTED']],
    ['Mitragynine and paynantheine were tested. Neither alkaloid binds the kappa receptor.', ['ACTS_ON compound:mitragynine receptor:kappa-opioid-receptor NEGATED ASSERTED', 'ACTS_ON compound:paynantheine receptor:kappa-opioid-receptor NEGATED ASSERTED']],
    ['Methadone and buprenorphine are licensed. Both medications relieve cravings.', ['RELIEVES substance:buprenorphine symptom:cravings AFFIRMED ASSERTED', 'RELIEVES substance:methadone symptom:cravings AFFIRMED ASSERTED']],
    ['Naltrexone and naloxone block opioids. Neither medicine eases muscle aches.', ['RELIEVES substance:naloxone symptom:muscle-aches NEGATED ASSERTED', 'RELIEVES substance:naltrexone symptom:muscle-aches NEGATED ASSERTED']],
    ['Kratom withdrawal is rarely dangerous. It does not cause seizures.', ['CAUSES condition:kratom-withdrawal symptom:seizures NEGATED ASSERTED']],
    ['Opioid withdrawal is miserable. It does not cause seizures, though.', ['CAUSES condition:opioid-withdrawal symptom:seizures NEGATED ASSERTED']],
    ['Kratom causes constipation. It does not cause seizures.', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED', 'CAUSES substance:kratom symptom:seizures NEGATED ASSERTED']],
    ['Kratom withdrawal is common among daily users. Kratom is cheap. It does not cause seizures.', ['CAUSES substance:kratom symptom:seizures NEGATED ASSERTED']],
    ['Kratom withdrawal is unpleasant. Clonidine eases it.', ['RELIEVES substance:clonidine condition:kratom-withdrawal AFFIRMED ASSERTED']],
    ['Kratom dependence develops slowly. It does not cause seizures.', ['CAUSES condition:kratom-dependence symptom:seizures NEGATED ASSERTED']],
  ],
  // A sentence that answers the one before with a pronoun and an auxiliary alone repeats its claims
  // with its own stance; one with a verb phrase of its own makes its own claims.
  'elliptic reply': [
    ['People say kratom kills cravings. For me it didn\'t, not really.', ['RELIEVES substance:kratom symptom:cravings AFFIRMED HEDGED', 'RELIEVES substance:kratom symptom:cravings NEGATED ASSERTED']],
    ['Users claim gabapentin eases restlessness. It doesn\'t.', ['RELIEVES substance:gabapentin symptom:restlessness AFFIRMED HEDGED', 'RELIEVES substance:gabapentin symptom:restlessness NEGATED ASSERTED']],
    ['Some say loperamide relieves anxiety. In my case it did not.', ['RELIEVES substance:loperamide symptom:anxiety AFFIRMED HEDGED', 'RELIEVES substance:loperamide symptom:anxiety NEGATED ASSERTED']],
    ['Clonidine is said to ease sweating. For me it did.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED HEDGED']],
    ['Many believe kratom relieves nausea. It does not, in fact.', ['RELIEVES substance:kratom symptom:nausea AFFIRMED HEDGED', 'RELIEVES substance:kratom symptom:nausea NEGATED ASSERTED']],
    // What was only expected ("would ease") and then denied was a hope, not a claim: the denial alone.
    ['My friend swore lofexidine would ease my chills. It didn\'t.', ['RELIEVES substance:lofexidine symptom:chills NEGATED ASSERTED']],
    // A reply after "but": an expectation denied is a hope; a claim denied stays, each side its own evidence.
    ['I was told kava would help the anxiety but it didn\'t.', ['RELIEVES substance:kava symptom:anxiety NEGATED ASSERTED']],
    ['Some websites claim that kava helps with anxiety, but there is no good evidence that it does.', ['RELIEVES substance:kava symptom:anxiety AFFIRMED HEDGED', 'RELIEVES substance:kava symptom:anxiety NEGATED ASSERTED']],
    ['Kratom withdrawal seldom, if ever, causes seizures.', ['CAUSES condition:kratom-withdrawal symptom:seizures NEGATED HEDGED']],
    ['The author claims that kratom cured his anxiety, a claim the evidence does not support.', ['RELIEVES substance:kratom symptom:anxiety NEGATED HEDGED']],
    ['Kratom relieves pain, but the data do not support long-term use.', ['RELIEVES substance:kratom symptom:pain AFFIRMED ASSERTED']],
    ['Forums say magnesium helps restlessness. It might.', ['RELIEVES substance:magnesium symptom:restlessness AFFIRMED HEDGED', 'RELIEVES substance:magnesium symptom:restlessness AFFIRMED HEDGED']],
    ['Methadone relieves cravings. It does, but slowly.', ['RELIEVES substance:methadone symptom:cravings AFFIRMED ASSERTED', 'RELIEVES substance:methadone symptom:cravings AFFIRMED ASSERTED']],
    ['Kratom relieves anxiety. It doesn\'t relieve nausea.', ['RELIEVES substance:kratom symptom:anxiety AFFIRMED ASSERTED', 'RELIEVES substance:kratom symptom:nausea NEGATED ASSERTED']],
    ['Kratom eases anxiety. It is cheap.', ['RELIEVES substance:kratom symptom:anxiety AFFIRMED ASSERTED']],
    ['People say kratom causes constipation. It didn\'t make me sleepy.', ['CAUSES substance:kratom symptom:constipation AFFIRMED HEDGED', 'CAUSES substance:kratom symptom:sedation NEGATED ASSERTED']],
  ],
  // Below a question or heading that asks what helps, a remedy said to help (or not) with no object
  // of its own helps with what it asked for; without such a question, or with an object, it does not.
  'remedy asked for': [
    ['What helps with kratom withdrawal?\nSome people swear by magnesium or kava. There is little evidence that any of them help.', ['RELIEVES substance:kava condition:kratom-withdrawal AFFIRMED HEDGED', 'RELIEVES substance:kava condition:kratom-withdrawal NEGATED ASSERTED', 'RELIEVES substance:magnesium condition:kratom-withdrawal AFFIRMED HEDGED', 'RELIEVES substance:magnesium condition:kratom-withdrawal NEGATED ASSERTED']],
    ['What eases the cravings?\nMany swear by kratom.', ['RELIEVES substance:kratom symptom:cravings AFFIRMED HEDGED']],
    ['What helps with opioid withdrawal?\nClonidine helps. Loperamide does nothing.', ['RELIEVES substance:clonidine condition:opioid-withdrawal AFFIRMED ASSERTED']],
    ['Which medicines relieve insomnia?\nGabapentin does not help, in my experience.', ['RELIEVES substance:gabapentin symptom:insomnia NEGATED HEDGED']],
    ['## What helps with kratom withdrawal\nLofexidine helps, and clonidine may help too.', ['RELIEVES substance:clonidine condition:kratom-withdrawal AFFIRMED HEDGED', 'RELIEVES substance:lofexidine condition:kratom-withdrawal AFFIRMED ASSERTED']],
    ['What helps with nausea?\nThere is no evidence that kratom helps.', ['RELIEVES substance:kratom symptom:nausea NEGATED ASSERTED']],
    // The help has an object of its own (sleep: insomnia), so it is not the remedy asked for.
    ['What helps with kratom withdrawal?\nKratom helps a lot of people sleep.', ['RELIEVES substance:kratom symptom:insomnia AFFIRMED ASSERTED']],
    ['Kratom withdrawal is tough. Clonidine helps.', []],
    ['What causes kratom withdrawal?\nStopping helps nobody; kratom helps.', []],
    ['What helps with anxiety?\nClonidine helps, but it causes dizziness.', ['CAUSES substance:clonidine symptom:dizziness AFFIRMED ASSERTED', 'RELIEVES substance:clonidine symptom:anxiety AFFIRMED ASSERTED']],
    ['What helps with cravings?\nMethadone eases anxiety, and buprenorphine helps.', ['RELIEVES substance:buprenorphine symptom:cravings AFFIRMED ASSERTED', 'RELIEVES substance:methadone symptom:anxiety AFFIRMED ASSERTED']],
  ],
  // Forum writing drops the subject of a sentence about the drug talked about: an inflected verb
  // opening the sentence takes it (imperatives and attributive participles do not).
  'dropped subject': [
    ['my doc gave me clonidine. helped with the sweats, did nothing for the cravings.', ['RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
    ['Tried gabapentin last month. Did nothing for my anxiety.', ['RELIEVES substance:gabapentin symptom:anxiety NEGATED ASSERTED']],
    ['I started loperamide. Worked for the diarrhoea.', ['RELIEVES substance:loperamide symptom:diarrhoea AFFIRMED ASSERTED']],
    ['Kratom was my crutch. Never relieved my cravings though.', ['RELIEVES substance:kratom symptom:cravings NEGATED ASSERTED']],
    ['took kratom for a year. eased my muscle aches.', ['RELIEVES substance:kratom symptom:muscle-aches AFFIRMED ASSERTED']],
    ['honestly lofexidine was ok. eased the chills, did not help my insomnia.', ['RELIEVES substance:lofexidine symptom:chills AFFIRMED ASSERTED', 'RELIEVES substance:lofexidine symptom:insomnia NEGATED ASSERTED']],
    ['Clonidine is cheap. Take it for sweating.', []],
    ['Methadone is an option. Avoid kratom if you have liver disease.', []],
    ['Approved medicines such as buprenorphine relieve cravings.', ['RELIEVES substance:buprenorphine symptom:cravings AFFIRMED ASSERTED']],
    ['Reported side effects of kratom include nausea.', ['CAUSES substance:kratom symptom:nausea AFFIRMED ASSERTED']],
  ],
  // "Evidence that X … is lacking" denies X; "…, but the evidence is lacking" in a clause of its own only hedges.
  'evidence lacking': [
    ['Evidence that kratom relieves cravings is lacking.', ['RELIEVES substance:kratom symptom:cravings NEGATED ASSERTED']],
    ['Proof that gabapentin eases restlessness is missing.', ['RELIEVES substance:gabapentin symptom:restlessness NEGATED ASSERTED']],
    ['Evidence that clonidine relieves anxiety is nonexistent.', ['RELIEVES substance:clonidine symptom:anxiety NEGATED ASSERTED']],
    ['Good evidence that kratom cures opioid use disorder is still lacking.', ['RELIEVES substance:kratom condition:opioid-use-disorder NEGATED ASSERTED']],
    ['Data showing that loperamide eases anxiety are lacking.', ['RELIEVES substance:loperamide symptom:anxiety NEGATED ASSERTED']],
    ['Kratom relieves cravings, but evidence is lacking.', ['RELIEVES substance:kratom symptom:cravings AFFIRMED HEDGED']],
    ['Gabapentin eases restlessness, though good evidence is lacking.', ['RELIEVES substance:gabapentin symptom:restlessness AFFIRMED HEDGED']],
    ['Kratom eases anxiety, and the evidence is lacking.', ['RELIEVES substance:kratom symptom:anxiety AFFIRMED HEDGED']],
    ['Clonidine relieves sweating; long-term data are missing.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
    ['There is no evidence that methadone causes seizures.', ['CAUSES substance:methadone symptom:seizures NEGATED ASSERTED']],
    ['There is little evidence that lofexidine relieves cravings.', ['RELIEVES substance:lofexidine symptom:cravings NEGATED ASSERTED']],
  ],
  // Which words a negation reaches: not past "without delay", another clause, a relative clause or a factive
  // verb's "that" ("No one warned me that …"); through "unlike", a negated hedge and "neither … nor".
  'negation in reach or not': [
    ['Clonidine relieves sweating without delay.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
    ['Methadone eases cravings without fail.', ['RELIEVES substance:methadone symptom:cravings AFFIRMED ASSERTED']],
    ['Kratom relieves anxiety, but I have no money for it.', ['RELIEVES substance:kratom symptom:anxiety AFFIRMED ASSERTED']],
    ['I never planned to quit, but buprenorphine relieved my cravings.', ['RELIEVES substance:buprenorphine symptom:cravings AFFIRMED ASSERTED']],
    ['No one warned me that kratom causes constipation.', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED']],
    ['Loperamide relieves diarrhoea; it is not a cure for cravings.', ['RELIEVES substance:loperamide symptom:cravings NEGATED ASSERTED', 'RELIEVES substance:loperamide symptom:diarrhoea AFFIRMED ASSERTED']],
    ['Unlike methadone, kratom does not relieve cravings.', ['RELIEVES substance:kratom symptom:cravings NEGATED ASSERTED', 'RELIEVES substance:methadone symptom:cravings AFFIRMED ASSERTED']],
    ['Kratom does not appear to cause seizures.', ['CAUSES substance:kratom symptom:seizures NEGATED HEDGED']],
    ['Neither speciociliatine nor mitragynine caused respiratory depression.', ['CAUSES compound:mitragynine symptom:respiratory-depression NEGATED ASSERTED', 'CAUSES compound:speciociliatine symptom:respiratory-depression NEGATED ASSERTED']],
    ['Buprenorphine did not reduce cravings in our cohort.', ['RELIEVES substance:buprenorphine symptom:cravings NEGATED ASSERTED']],
    ['Gabapentin, which is not an opioid, eases restlessness.', ['RELIEVES substance:gabapentin symptom:restlessness AFFIRMED ASSERTED']],
    ['Not only does clonidine ease sweating, it also relieves anxiety.', ['RELIEVES substance:clonidine symptom:anxiety AFFIRMED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
    ['I did not know that kratom causes constipation.', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED']],
    ['Nobody told me that gabapentin eases restlessness.', ['RELIEVES substance:gabapentin symptom:restlessness AFFIRMED ASSERTED']],
    ['I didn\'t realise that methadone causes constipation.', ['CAUSES substance:methadone symptom:constipation AFFIRMED ASSERTED']],
    // A negated verb of finding or saying reaches the clause it takes, "that" or not.
    ['Nobody in the group found that kava helped with anxiety.', ['RELIEVES substance:kava symptom:anxiety NEGATED ASSERTED']],
    ['No one said kava helped with anxiety.', ['RELIEVES substance:kava symptom:anxiety NEGATED HEDGED']],
    // A verbless ruling closing the line after a dash, colon or bracket rules on what stands before it; near misses after it.
    ['Kratom relieves anxiety — not supported.', ['RELIEVES substance:kratom symptom:anxiety NEGATED ASSERTED']],
    ['Kava eases insomnia: mostly a myth.', ['RELIEVES substance:kava symptom:insomnia NEGATED ASSERTED']],
    ['Kratom causes constipation — true.', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED']],
    ['Kratom causes constipation - a common complaint.', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED']],
    ["I've used kratom for years and never had constipation.", ['CAUSES substance:kratom symptom:constipation NEGATED ASSERTED']],
    // A denying ruling alone in the next sentence, unlabelled, rules on the sentence before, which was
    // examined, not made (issue 9: a claim ruled false is no evidence for it); an affirming one adds
    // nothing; the writer's own experience against it leaves what others say standing.
    ["They say kratom fixes insomnia. That's a myth.", ['RELIEVES substance:kratom symptom:insomnia NEGATED ASSERTED']],
    ['People say kava helps anxiety. Not in my experience.', ['RELIEVES substance:kava symptom:anxiety AFFIRMED HEDGED', 'RELIEVES substance:kava symptom:anxiety NEGATED ASSERTED']],
    ['People say kava helps anxiety. Not since last year.', ['RELIEVES substance:kava symptom:anxiety AFFIRMED HEDGED']],
  ],
};

describe.each(Object.entries(kinds))('assertion status: %s', (_kind, cases) => {
  it('has ten sentences of our own at least', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('%s', (text, expected) => {
    expect(stances(text)).toEqual([...expected].sort());
  });
});
