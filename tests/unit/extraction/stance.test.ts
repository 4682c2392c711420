import { extractDocument } from '../../../src/extraction/extractDocument';
import { stancesOf as stances } from './stancesOf';
import { vocabulary } from './vocabularyFixture';

// Each case: a sentence and exactly the claims (with stance) it must give.
const cases: [string, string, string[]][] = [
  // Issue 9, "Why".
  ['myth frame', 'It is a myth that kratom relieves anxiety.', ['RELIEVES substance:kratom symptom:anxiety NEGATED ASSERTED']],
  ['claim then refutation', 'Kratom is claimed to relieve nausea, but this claim is false.', ['RELIEVES substance:kratom symptom:nausea NEGATED HEDGED']],
  ['neither … nor', 'Neither naltrexone nor naloxone relieves muscle aches.', ['RELIEVES substance:naloxone symptom:muscle-aches NEGATED ASSERTED', 'RELIEVES substance:naltrexone symptom:muscle-aches NEGATED ASSERTED']],
  ['unlikely', 'Lofexidine is unlikely to relieve insomnia.', ['RELIEVES substance:lofexidine symptom:insomnia NEGATED HEDGED']],
  ['hedge', 'Clonidine may possibly ease insomnia, although the evidence is weak.', ['RELIEVES substance:clonidine symptom:insomnia AFFIRMED HEDGED']],
  ['plain denial', 'Kratom does not relieve nausea.', ['RELIEVES substance:kratom symptom:nausea NEGATED ASSERTED']],
  // Negation, our own.
  ['never', 'Naloxone never relieves cravings.', ['RELIEVES substance:naloxone symptom:cravings NEGATED ASSERTED']],
  ['fails to', 'Loperamide fails to relieve anxiety.', ['RELIEVES substance:loperamide symptom:anxiety NEGATED ASSERTED']],
  ['does nothing for', 'kratom did nothing for my cravings.', ['RELIEVES substance:kratom symptom:cravings NEGATED ASSERTED']],
  ['no evidence that', 'There is no evidence that kratom treats opioid use disorder.', ['RELIEVES substance:kratom condition:opioid-use-disorder NEGATED ASSERTED']],
  ['contracted negation', "Methadone doesn't cause constipation in everyone.", ['CAUSES substance:methadone symptom:constipation NEGATED ASSERTED']],
  ['double negation', 'It is a myth that kratom does not cause constipation.', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED']],
  ['pseudo-negation', 'Kratom not only causes nausea but also constipation.', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED', 'CAUSES substance:kratom symptom:nausea AFFIRMED ASSERTED']],
  ['lower risk', 'Buprenorphine carries a lower risk of respiratory depression.', ['CAUSES substance:buprenorphine symptom:respiratory-depression NEGATED ASSERTED']],
  ['cannot', 'Clonidine cannot relieve cravings.', ['RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED']],
  ['no longer', 'Kratom no longer relieves my anxiety.', ['RELIEVES substance:kratom symptom:anxiety NEGATED ASSERTED']],
  // What a sentence goes on to say of an apposed constituent neither denies nor hedges that the plant contains it.
  ['negated predicate after an apposed constituent', "UDS negative (NB kratom's main alkaloid, mitragynine, is not detected on the standard opiate immunoassay).", ['CONTAINS substance:kratom compound:mitragynine AFFIRMED ASSERTED']],
  ['apposed constituent before its owner', "Mitragynine, kratom's main alkaloid, may not show up on drug tests.", ['CONTAINS substance:kratom compound:mitragynine AFFIRMED ASSERTED']],
  ['near miss: a denial of the constituent itself', "Kratom's main alkaloid is not mitragynine.", ['CONTAINS substance:kratom compound:mitragynine NEGATED ASSERTED']],
  // Hedges, our own.
  ['might', 'Kratom might cause constipation.', ['CAUSES substance:kratom symptom:constipation AFFIRMED HEDGED']],
  ['suggests', 'Research suggests that kratom reduces cravings.', ['RELIEVES substance:kratom symptom:cravings AFFIRMED HEDGED']],
  ['anecdotally', 'Anecdotally, kratom eases restlessness.', ['RELIEVES substance:kratom symptom:restlessness AFFIRMED HEDGED']],
  ['some users say', 'Some users say kratom eases anxiety.', ['RELIEVES substance:kratom symptom:anxiety AFFIRMED HEDGED']],
  ['appears', 'Mitragynine appears to act on the mu-opioid receptor.', ['ACTS_ON compound:mitragynine receptor:mu-opioid-receptor AFFIRMED HEDGED']],
  ['is thought to', 'Lofexidine is thought to lessen chills.', ['RELIEVES substance:lofexidine symptom:chills AFFIRMED HEDGED']],
  ['imo', 'kratom helps with the sweats imo.', ['RELIEVES substance:kratom symptom:sweating AFFIRMED HEDGED']],
  ['possibly', 'Methadone possibly causes constipation.', ['CAUSES substance:methadone symptom:constipation AFFIRMED HEDGED']],
  ['conditional', 'If kratom relieves your cravings, talk to a doctor.', ['RELIEVES substance:kratom symptom:cravings AFFIRMED HEDGED']],
  ['can is not a hedge', 'Kratom can cause constipation.', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED']],
  // Scope per claim.
  ['but not', 'Lofexidine reduces sweating but not cravings.', ['RELIEVES substance:lofexidine symptom:cravings NEGATED ASSERTED', 'RELIEVES substance:lofexidine symptom:sweating AFFIRMED ASSERTED']],
  ['although they do little', 'Lofexidine lessens sweating, although it does little for cravings.', ['RELIEVES substance:lofexidine symptom:cravings NEGATED ASSERTED', 'RELIEVES substance:lofexidine symptom:sweating AFFIRMED ASSERTED']],
  ['not X but Y', 'Clonidine eases anxiety, not cravings.', ['RELIEVES substance:clonidine symptom:anxiety AFFIRMED ASSERTED', 'RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED']],
  ['rather than', 'Methadone rather than kratom relieves cravings.', ['RELIEVES substance:methadone symptom:cravings AFFIRMED ASSERTED']],
  ['two clauses', 'Kratom does not relieve nausea, but it eases anxiety.', ['RELIEVES substance:kratom symptom:anxiety AFFIRMED ASSERTED', 'RELIEVES substance:kratom symptom:nausea NEGATED ASSERTED']],
  ['however', 'Kratom causes constipation; however, it does not cause diarrhoea.', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED', 'CAUSES substance:kratom symptom:diarrhoea NEGATED ASSERTED']],
  // Questions and headings assert nothing.
  ['question', 'Does kratom relieve anxiety?', []],
  ['headings', 'Kratom wobbles\nKratom causes kratom wobbles?\nSide effects of kratom', []],
  ['question then answer', 'Does kratom relieve anxiety?\nSome users say it does.', ['RELIEVES substance:kratom symptom:anxiety AFFIRMED HEDGED']],
  ['question then no', 'Does naloxone relieve cravings?\nNo, it does not.', ['RELIEVES substance:naloxone symptom:cravings NEGATED ASSERTED']],
  ['question then own answer', 'Can kratom cause constipation?\nYes, kratom can cause constipation.', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED']],
  // Passive voice and by-phrases.
  ['passive (issue 10)', 'Sweating was reduced by clonidine in most patients.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
  ['passive cause', 'Constipation is often caused by kratom.', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED']],
  ['passive with negation', 'Cravings were not relieved by clonidine.', ['RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED']],
  ['passive list', 'Anxiety and restlessness were eased by lofexidine.', ['RELIEVES substance:lofexidine symptom:anxiety AFFIRMED ASSERTED', 'RELIEVES substance:lofexidine symptom:restlessness AFFIRMED ASSERTED']],
  ['X-induced Y', 'Kratom-induced constipation is common.', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED']],
  ['nominalisation', 'Relief of cravings with methadone is well documented.', ['RELIEVES substance:methadone symptom:cravings AFFIRMED ASSERTED']],
  ['treatment of X with Y', 'Treatment of opioid withdrawal with buprenorphine is standard.', ['RELIEVES substance:buprenorphine condition:opioid-withdrawal AFFIRMED ASSERTED']],
  // Associated with, linked to, reported.
  ['associated with (issue 10)', 'Kratom withdrawal was associated with irritability and yawning.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:irritability AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning AFFIRMED ASSERTED']],
  ['linked to', 'Kratom use has been linked to constipation.', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED']],
  ['symptom burden measures the condition', 'Kratom withdrawal is common. Symptom burden correlates with daily dose.', ['CONTRIBUTES_TO factor:dose condition:kratom-withdrawal AFFIRMED ASSERTED']],
  ['near miss: the burden of something names it', 'The burden of withdrawal falls on families.', []],
  ['rare with', 'Seizures are rare with kratom.', ['CAUSES substance:kratom symptom:seizures AFFIRMED ASSERTED']],
  ['unlikely with', 'Respiratory depression is unlikely with buprenorphine alone.', ['CAUSES substance:buprenorphine symptom:respiratory-depression NEGATED HEDGED']],
  ['reported with', 'Nausea has been reported with kratom.', ['CAUSES substance:kratom symptom:nausea AFFIRMED HEDGED']],
  ['typical of', 'Yawning is typical of opioid withdrawal.', ['PRESENTS_WITH condition:opioid-withdrawal symptom:yawning AFFIRMED ASSERTED']],
  // Cross-sentence subjects.
  ['typical complaints (issue 10)', 'Kratom withdrawal peaks on the third day. Typical complaints are chills and a runny nose.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:chills AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:runny-nose AFFIRMED ASSERTED']],
  ['pronoun', 'Methadone is a long-acting opioid. It reduces cravings.', ['RELIEVES substance:methadone symptom:cravings AFFIRMED ASSERTED']],
  ['its effect, denied', 'Trazodone helps sleep, although its effect on fatigue was negligible.', ['RELIEVES substance:trazodone symptom:fatigue NEGATED ASSERTED', 'RELIEVES substance:trazodone symptom:insomnia AFFIRMED ASSERTED']],
  ['its effect, next sentence', 'Trazodone helps sleep. Its benefit for fatigue is small.', ['RELIEVES substance:trazodone symptom:fatigue AFFIRMED ASSERTED', 'RELIEVES substance:trazodone symptom:insomnia AFFIRMED ASSERTED']],
  ['near miss: "its" determining a noun that opens no trigger', 'Trazodone helps sleep. Its price on fatigue clinics is high.', ['RELIEVES substance:trazodone symptom:insomnia AFFIRMED ASSERTED']],
  ['"it" as a verb\'s object is the sign named before it', 'Sleep hygiene reduces insomnia, whereas caffeine worsens it.', ['CAUSES substance:caffeine symptom:insomnia AFFIRMED ASSERTED', 'MITIGATES strategy:consistent-sleep symptom:insomnia AFFIRMED ASSERTED']],
  ['"it" as a verb\'s object is the condition named before it', 'She had serotonin syndrome, and tramadol probably caused it.', ['CAUSES substance:tramadol condition:serotonin-syndrome AFFIRMED HEDGED']],
  ['"which controlled it"', 'Metoclopramide did not settle his nausea and was switched to ondansetron, which controlled it.', ['RELIEVES substance:metoclopramide symptom:nausea NEGATED ASSERTED', 'RELIEVES substance:ondansetron symptom:nausea AFFIRMED ASSERTED']],
  ['near miss: a semicolon ends what "it" points back into', 'Loperamide sorts out the diarrhoea; and a slow taper eases it.', ['RELIEVES substance:loperamide symptom:diarrhoea AFFIRMED ASSERTED']],
  ['near miss: "it" as a subject is still the drug', 'Kratom helped my anxiety but it made me constipated.', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED', 'RELIEVES substance:kratom symptom:anxiety AFFIRMED ASSERTED']],
  ['the drug', 'Clonidine is an old medicine. The drug lessens sweating.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
  ['these compounds (issue 10)', 'Mitragynine and paynantheine bind the mu-opioid receptor. These two compounds also reach the kappa receptor.', [
    'ACTS_ON compound:mitragynine receptor:kappa-opioid-receptor AFFIRMED ASSERTED',
    'ACTS_ON compound:mitragynine receptor:mu-opioid-receptor AFFIRMED ASSERTED',
    'ACTS_ON compound:paynantheine receptor:kappa-opioid-receptor AFFIRMED ASSERTED',
    'ACTS_ON compound:paynantheine receptor:mu-opioid-receptor AFFIRMED ASSERTED',
  ]],
  // Contrast never moves a claim onto the wrong entity.
  ['unlike (issue 10)', 'Unlike kratom, methadone relieves cravings.', ['RELIEVES substance:methadone symptom:cravings AFFIRMED ASSERTED']],
  ['instead of', 'Instead of kratom, buprenorphine relieves cravings.', ['RELIEVES substance:buprenorphine symptom:cravings AFFIRMED ASSERTED']],
  // A fronted "for" names what a bare verb of prescribing relieves; without it the verb claims nothing.
  ['fronted for, passive use', 'For diarrhoea, loperamide is often used.', ['RELIEVES substance:loperamide symptom:diarrhoea AFFIRMED ASSERTED']],
  ['fronted for, prescribed', 'For nausea, ondansetron is commonly prescribed.', ['RELIEVES substance:ondansetron symptom:nausea AFFIRMED ASSERTED']],
  ['fronted for, offered, hedged', 'For the cravings, doctors may offer naltrexone.', ['RELIEVES substance:naltrexone symptom:cravings AFFIRMED HEDGED']],
  ['near miss: a bare use with no fronted for', 'Many people use kratom daily.', []],
  ['near miss: a fronted span of time', 'For three years I used kratom.', []],
  ['an imperative "avoid" advises; its object relieves nothing', 'Drink plenty of water during kratom withdrawal.\n\n- Decongestants like pseudoephedrine do nothing for withdrawal aches. Avoid them.', ['RELIEVES substance:pseudoephedrine symptom:muscle-aches NEGATED ASSERTED']],
  // What replaces is the agent, never what is replaced.
  ['replacing X with Y', 'Replacing kratom with buprenorphine relieves cravings.', ['RELIEVES substance:buprenorphine symptom:cravings AFFIRMED ASSERTED']],
  ['swapping X for Y or Z, denied', 'Swapping kratom for alcohol or sleeping pills will not make kratom withdrawal easier.', [
    'RELIEVES substance:alcohol condition:kratom-withdrawal NEGATED ASSERTED',
    'RELIEVES substance:sleep-aids condition:kratom-withdrawal NEGATED ASSERTED',
  ]],
  ['switching from X to Y', 'Switching from kratom to methadone relieved my cravings.', ['RELIEVES substance:methadone symptom:cravings AFFIRMED ASSERTED']],
  ['near miss: a gerund of taking before a preposition keeps its subject whole', 'Starting with buprenorphine reduces cravings.', ['RELIEVES substance:buprenorphine symptom:cravings AFFIRMED ASSERTED']],
  ['trading X for Y, a cause', 'Trading kratom for phenibut made my anxiety worse.', ['CAUSES substance:phenibut symptom:anxiety AFFIRMED ASSERTED']],
  ['substituting Y for X: the object comes in', 'Substituting buprenorphine for kratom relieves cravings.', ['RELIEVES substance:buprenorphine symptom:cravings AFFIRMED ASSERTED']],
  ['conditional wrong source (issue 10)', 'If naloxone is given while kratom is still active, it can trigger precipitated withdrawal.', ['CAUSES substance:naloxone condition:precipitated-withdrawal AFFIRMED HEDGED']],
  // Relative clauses and unseen names.
  ['relative clause, unseen compound (issue 10)', 'Kratom contains zelnorphine, which binds the mu-opioid receptor.', [
    'ACTS_ON compound:zelnorphine receptor:mu-opioid-receptor AFFIRMED ASSERTED',
    'CONTAINS substance:kratom compound:zelnorphine AFFIRMED ASSERTED',
  ]],
  ['sentence-initial unseen name', 'Phenazorine relieves cravings.', ['RELIEVES substance:phenazorine symptom:cravings AFFIRMED ASSERTED']],
  ['a compound of an English word and "line" names no drug', 'A helpline or a lifeline can help you get through the cravings.', []],
  ['near miss: an unseen name in "-line" is still a drug', 'Protriptyline can help you get through the cravings.', ['RELIEVES substance:protriptyline symptom:cravings AFFIRMED ASSERTED']],
  ['a kind opening the sentence, with its examples', 'Medicines such as clonidine and lofexidine relieve sweating.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED', 'RELIEVES substance:lofexidine symptom:sweating AFFIRMED ASSERTED']],
  ['an abbreviation\'s full stop inside a list ends no list', 'Nausea, vomiting (incl. dry heaving) and sweating are common in kratom withdrawal.', [
    'PRESENTS_WITH condition:kratom-withdrawal symptom:nausea AFFIRMED ASSERTED',
    'PRESENTS_WITH condition:kratom-withdrawal symptom:sweating AFFIRMED ASSERTED',
    'PRESENTS_WITH condition:kratom-withdrawal symptom:vomiting AFFIRMED ASSERTED',
  ]],
  ['unseen list member', 'Kratom can cause nausea and jitteriness.', ['CAUSES substance:kratom symptom:jitteriness AFFIRMED ASSERTED', 'CAUSES substance:kratom symptom:nausea AFFIRMED ASSERTED']],
  // CAUSES from compounds and conditions.
  ['compound cause (issue 10)', 'Mitragynine can cause respiratory depression.', ['CAUSES compound:mitragynine symptom:respiratory-depression AFFIRMED ASSERTED']],
  ['condition cause (issue 10)', 'Kratom withdrawal causes insomnia.', ['CAUSES condition:kratom-withdrawal symptom:insomnia AFFIRMED ASSERTED']],
  ['leads to', 'Opioid withdrawal often leads to insomnia.', ['CAUSES condition:opioid-withdrawal symptom:insomnia AFFIRMED ASSERTED']],
  ['brings on', 'Naloxone brings on precipitated withdrawal.', ['CAUSES substance:naloxone condition:precipitated-withdrawal AFFIRMED ASSERTED']],
  ['worsens (factor)', 'Higher doses worsen nausea.', ['CONTRIBUTES_TO factor:dose symptom:nausea AFFIRMED ASSERTED']],
  // Triggers by lemma and phrasal forms.
  ['hold * in check', 'Buprenorphine held the cravings in check.', ['RELIEVES substance:buprenorphine symptom:cravings AFFIRMED ASSERTED']],
  ['keep * under control', 'Gabapentin keeps the anxiety under control.', ['RELIEVES substance:gabapentin symptom:anxiety AFFIRMED ASSERTED']],
  ['hold * at bay', 'Loperamide held the diarrhoea at bay.', ['RELIEVES substance:loperamide symptom:diarrhoea AFFIRMED ASSERTED']],
  ['took (lemma)', 'i took clonidine and it helped with the sweats.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
  ['takes the edge off', 'Mitragynine takes the edge off restlessness.', ['RELIEVES compound:mitragynine symptom:restlessness AFFIRMED ASSERTED']],
  ['attenuates', 'Lofexidine attenuates sweating.', ['RELIEVES substance:lofexidine symptom:sweating AFFIRMED ASSERTED']],
  ['show up as', 'The wobbles show up as shakiness.', ['PRESENTS_WITH condition:kratom-wobbles symptom:tremor AFFIRMED ASSERTED']],
];

describe('extractDocument: stance per claim, structures, unseen names', () => {
  it.each(cases)('%s: %s', (_kind, text, expected) => {
    expect(stances(text)).toEqual([...expected].sort());
  });
});

describe('extractDocument: lists and actions', () => {
  it('takes a list under a lead line as the lead says (issue 10)', () => {
    const text = 'Kratom withdrawal: what to expect\nTypical signs:\n- chills\n- runny nose';
    expect(stances(text)).toEqual([
      'PRESENTS_WITH condition:kratom-withdrawal symptom:chills AFFIRMED ASSERTED',
      'PRESENTS_WITH condition:kratom-withdrawal symptom:runny-nose AFFIRMED ASSERTED',
    ]);
  });

  it('gives each sentence its own action (issue 9)', () => {
    const extraction = extractDocument('Mitragynine is a partial agonist at the mu-opioid receptor. Mitragynine is an antagonist at the mu-opioid receptor.', vocabulary);
    expect(extraction.claims).toHaveLength(1);
    expect(extraction.claims[0]!.evidence.map((e) => e.action)).toEqual(['partial agonist', 'antagonist']);
  });

  it('names an unseen compound as provisional, never its known neighbour', () => {
    const extraction = extractDocument('Kratom contains zelnorphine, which binds the mu-opioid receptor.', vocabulary);
    expect(extraction.provisional).toEqual([{ id: 'compound:zelnorphine', kind: 'Compound', name: 'zelnorphine' }]);
    expect(extraction.claims.some((c) => c.type === 'ACTS_ON' && c.sourceId === 'substance:kratom')).toBe(false);
  });

  it('takes an abbreviation inside a sentence ("incl.") for no unseen entity', () => {
    const extraction = extractDocument('Kratom dependence is common. Severity appears to rise with daily dose, and use of concentrated extracts (incl. products enriched in 7-hydroxymitragynine) is likely associated with more severe withdrawal.', vocabulary);
    expect(extraction.provisional).toEqual([]);
  });
});
