import { extractDocument } from '../../../src/extraction/extractDocument';
import { affirmedClaimsOf as claims, stancesOf } from './stancesOf';
import { vocabulary } from './vocabularyFixture';

// Rules for formal writing (reviews, guidelines, abstracts, news), each with sentences of our own and
// a case the rule must leave alone: the claims each text must give, exactly.
describe('formal writing', () => {
  it.each<[string, string, string[]]>([
    [
      'what a comparison measures against is not what the next sentence is about',
      'Kratom withdrawal usually starts within a day of the last dose.\nIt is generally milder than opioid withdrawal. Common features include yawning and chills.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:chills', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning'],
    ],
    [
      'a condition named plainly is what the next sentence is about',
      'Kratom withdrawal usually starts within a day of the last dose.\nOpioid withdrawal is better known. Common features include yawning and chills.',
      ['PRESENTS_WITH condition:opioid-withdrawal symptom:chills', 'PRESENTS_WITH condition:opioid-withdrawal symptom:yawning'],
    ],
    ['"it" after a practice is the practice', 'A slow taper is preferred to stopping at once, as it makes kratom withdrawal milder.', ['MITIGATES strategy:tapering condition:kratom-withdrawal']],
    ['a practice the sentence before named alone is "it", over a drug named further back', 'Kratom is widely sold. My sister found a support group. Later it eased her cravings.', ['MITIGATES strategy:support-groups symptom:cravings']],
    [
      'the title names the plant a constituent belongs to, over a substance named more often',
      'Management of kratom dependence\n\nMany patients also took opioids; opioid withdrawal and opioid dependence were common, and opioids were often prescribed.\nMitragynine accounts for most of the alkaloid content.',
      ['CONTAINS substance:kratom compound:mitragynine'],
    ],
    [
      'without a title, the substance named most',
      'Many patients also took opioids; opioid withdrawal and opioid dependence were common, and opioids were often prescribed. Kratom was used by some.\nMitragynine accounts for most of the alkaloid content.',
      ['CONTAINS substance:opioids compound:mitragynine'],
    ],
    [
      'a severity score stands for the condition talked about',
      'Kratom withdrawal was assessed in 80 patients. A larger daily dose was associated with a higher severity score.',
      ['CONTRIBUTES_TO factor:dose condition:kratom-withdrawal'],
    ],
    [
      'a risk that rises with factors, one preposition per factor',
      'Kratom dependence was common. The risk increases with dosing frequency and with years of use.',
      ['CONTRIBUTES_TO factor:duration-of-use condition:kratom-dependence', 'CONTRIBUTES_TO factor:frequency-of-use condition:kratom-dependence'],
    ],
    ['a factor that predicts a condition', 'Kratom withdrawal varies. Sudden cessation predicts harsher withdrawal.', ['CONTRIBUTES_TO factor:abrupt-cessation condition:kratom-withdrawal']],
    [
      'more severe symptoms are those of the condition whose signs were described last',
      'Kratom withdrawal presents with chills and sweating. Opioid dependence was rare. Stopping abruptly is linked to more severe symptoms.',
      ['CONTRIBUTES_TO factor:abrupt-cessation condition:kratom-withdrawal', 'PRESENTS_WITH condition:kratom-withdrawal symptom:chills', 'PRESENTS_WITH condition:kratom-withdrawal symptom:sweating'],
    ],
    ['a practice that lowers a severity score', 'In kratom withdrawal, a slow taper lowered the mean severity score.', ['MITIGATES strategy:tapering condition:kratom-withdrawal']],
    ['"the risk of" names its own condition', 'Kratom withdrawal was assessed. The risk of seizures rises with high doses.', ['CONTRIBUTES_TO factor:dose symptom:seizures']],
    ['a verb "score" measures nothing', 'Kratom withdrawal was assessed. Patients scored their mood daily with a score sheet.', []],
    [
      'what use brings on is one list, a factor first',
      'Kratom is sold as powder. Heavy kratom use is associated with tolerance, dependence and withdrawal.',
      ['CAUSES substance:kratom condition:kratom-dependence', 'CAUSES substance:kratom condition:kratom-withdrawal'],
    ],
    ['a condition first does not take a factor after ", and" into its list', 'Kratom dependence is common, and tolerance causes problems.', []],
    [
      'habitual use is of the substance the text is about, not of one the sentence before named',
      'Treating kratom withdrawal\n\nOpioids were used by a few patients. Regular use is associated with physical dependence.',
      ['CAUSES substance:kratom condition:kratom-dependence'],
    ],
    [
      '", and" before a subject opens a new clause',
      "Kratom's main alkaloid, mitragynine, binds the same receptors as morphine, and regular use leads to dependence.",
      ['CAUSES substance:kratom condition:kratom-dependence', 'CONTAINS substance:kratom compound:mitragynine'],
    ],
    [
      'a plural constituent noun in apposition owns every member joined by "and"',
      "Kratom is sold online. Blood tests can find kratom's main alkaloids, mitragynine and 7-hydroxymitragynine. The leaf's minor alkaloids, paynantheine or speciogynine, are rarely tested.",
      ['CONTAINS substance:kratom compound:7-hydroxymitragynine', 'CONTAINS substance:kratom compound:mitragynine', 'CONTAINS substance:kratom compound:paynantheine', 'CONTAINS substance:kratom compound:speciogynine'],
    ],
    [
      'a definite constituent of no one named is the text\'s substance\'s',
      'Kratom withdrawal looks like a milder opioid withdrawal, because the main alkaloid, mitragynine, is a partial agonist.',
      ['CONTAINS substance:kratom compound:mitragynine'],
    ],
    [
      'near miss: an indefinite constituent names no owner',
      'Kratom is sold online. A minor alkaloid, paynantheine, is rarely tested.',
      [],
    ],
    [
      'near miss: what follows the apposed member and ", and" is no member',
      "Kratom is sold online. Kratom's main alkaloid, mitragynine, and morphine bind the same receptors.",
      ['CONTAINS substance:kratom compound:mitragynine'],
    ],
    [
      'an Oxford comma still makes one list',
      'Clonidine, lofexidine, and gabapentin relieve restlessness.',
      ['RELIEVES substance:clonidine symptom:restlessness', 'RELIEVES substance:gabapentin symptom:restlessness', 'RELIEVES substance:lofexidine symptom:restlessness'],
    ],
    [
      'a participle between a sign noun and its copula',
      'Kratom withdrawal was studied in 40 adults. The symptoms most commonly logged were yawning (80%), chills (61%) and diarrhoea (30%).',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:chills', 'PRESENTS_WITH condition:kratom-withdrawal symptom:diarrhoea', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning'],
    ],
    [
      'signs observed in a cohort are the condition’s the text is about',
      'Kratom withdrawal was studied in 40 adults. Goosebumps and yawning were also frequently noted.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:gooseflesh', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning'],
    ],
    ['an active "noted" observes nothing', 'Kratom withdrawal was studied in 40 adults. We noted insomnia in most.', []],
    ['a sign inside a nominalisation is not what was observed', 'Kratom withdrawal was studied in 40 adults. Relief of vomiting with ondansetron was observed in 9 of 10.', ['RELIEVES substance:ondansetron symptom:vomiting']],
    [
      'a general treatment given with medicines: the medicines treat',
      'Maintenance therapy with methadone or buprenorphine is recommended for opioid use disorder.',
      ['RELIEVES substance:buprenorphine condition:opioid-use-disorder', 'RELIEVES substance:methadone condition:opioid-use-disorder'],
    ],
    ['an effect on a symptom is relief of it', 'Magnesium has a calming effect on restlessness.', ['RELIEVES substance:magnesium symptom:restlessness']],
    [
      'what patients describe are the signs of the withdrawal talked about',
      'Kratom withdrawal can last a week. Patients at one clinic described gooseflesh and yawning.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:gooseflesh', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning'],
    ],
    ['what people feel on a remedy for pain is no sign of the pain', 'Chronic pain is common. Some people experience mild nausea at higher doses.', []],
    [
      'a possessive before "ingredient" names the plant',
      'Kratom is sold online. Its main active ingredient, mitragynine, binds opioid receptors.',
      ['ACTS_ON compound:mitragynine receptor:opioid-receptors', 'CONTAINS substance:kratom compound:mitragynine'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

// Denials in formal writing: each must stay a denial (sentences of our own).
describe('formal writing: denials', () => {
  it.each<[string, string[]]>([
    [
      'Gabapentin and clonidine were both tried. Neither agent, however, had any effect on cravings.',
      ['RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED', 'RELIEVES substance:gabapentin symptom:cravings NEGATED ASSERTED'],
    ],
    ['Lofexidine does not, in fact, ease cravings.', ['RELIEVES substance:lofexidine symptom:cravings NEGATED ASSERTED']],
    ['Lofexidine does not, however, ease cravings.', ['RELIEVES substance:lofexidine symptom:cravings NEGATED ASSERTED']],
    ['Kratom is not harmless, however, it eases pain.', ['RELIEVES substance:kratom symptom:pain AFFIRMED ASSERTED']],
  ])('%s', (text, expected) => {
    expect(stancesOf(text)).toEqual([...expected].sort());
  });
});

// Trials report what a sign did in the arm that got a treatment: falling there is its relief, rising its harm.
describe('outcomes by trial arm', () => {
  it.each<[string, string, string[]]>([
    ['a sign that fell in a treated arm', 'Kratom is a plant. In the lofexidine arm, sweating scores fell by 40%. Cravings were lower in the buprenorphine group.', ['RELIEVES substance:buprenorphine symptom:cravings AFFIRMED ASSERTED', 'RELIEVES substance:lofexidine symptom:sweating AFFIRMED ASSERTED']],
    ['a sign that rose in a treated arm', 'Kratom is a plant. In the clonidine group, dizziness increased.', ['CAUSES substance:clonidine symptom:dizziness AFFIRMED ASSERTED']],
    ['near miss: the placebo arm names no treatment', 'Kratom is a plant. In the placebo group, sweating decreased slightly.', []],
    ['near miss: the arm after "than" is the standard', 'Kratom is a plant. Cravings were higher in the placebo group than in the buprenorphine group.', []],
  ])('%s', (_name, text, expected) => {
    expect(stancesOf(text)).toEqual([...expected].sort());
  });
});

// Studies name a relation between two things: "an association between X and Y", the first the agent.
describe('a relation between two things', () => {
  it.each<[string, string, string[]]>([
    ['"no association between" denies', 'Kratom is a plant. We found no association between kratom use and liver injury.', ['CAUSES substance:kratom condition:liver-injury NEGATED ASSERTED']],
    ['"a strong association between"', 'Kratom is a plant. There is a strong association between kratom use and liver injury.', ['CAUSES substance:kratom condition:liver-injury AFFIRMED ASSERTED']],
    ['a factor\'s link is a contribution', 'Kratom is a plant. The link between the dose and dependence is well established.', ['CONTRIBUTES_TO factor:dose condition:kratom-dependence AFFIRMED ASSERTED']],
    ['near miss: a relation with one side only', 'Kratom is a plant. The relationship between patients and clinicians matters.', []],
  ])('%s', (_name, text, expected) => {
    expect(stancesOf(text)).toEqual([...expected].sort());
  });
});

// Safety sections, monographs and case series report a harm in the passive with no agent: it is the harm
// of the substance named after the verb, else before it, else of the text's; never a withdrawal's course.
describe('harms reported with no agent', () => {
  it.each<[string, string, string[]]>([
    ['"uncommon but has been reported"', 'Kratom is sold online. Serious liver injury is uncommon but has been reported.', ['CAUSES substance:kratom condition:liver-injury AFFIRMED HEDGED']],
    ['"no cases … have been documented" denies', 'Kratom is sold online. No cases of liver injury have been documented.', ['CAUSES substance:kratom condition:liver-injury NEGATED ASSERTED']],
    ['the text\'s substance', 'Loperamide is an antidiarrhoeal. Arrhythmia has been observed at very high doses.', ['CAUSES substance:loperamide symptom:cardiac-arrhythmia AFFIRMED ASSERTED', 'CONTRIBUTES_TO factor:dose symptom:cardiac-arrhythmia AFFIRMED ASSERTED', 'RELIEVES substance:loperamide symptom:diarrhoea AFFIRMED ASSERTED']],
    ['a headline\'s bare participle', 'Kratom: adverse effects. Seizures reported in two cases.', ['CAUSES substance:kratom symptom:seizures AFFIRMED ASSERTED']],
    ['the substance named after the verb', 'Kratom is sold online. Seizures were also described in infants of mothers taking tramadol.', ['CAUSES substance:tramadol symptom:seizures AFFIRMED ASSERTED']],
    ['near miss: reported during a withdrawal', 'Kratom withdrawal is common. Jerky limb movements are reported during kratom withdrawal.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:jerky-movements AFFIRMED HEDGED']],
    ['near miss: a course after the last dose', 'Kratom is sold online. Low energy was described for up to a month after the last dose.', []],
    ['near miss: a comparison\'s standard', 'Kratom is sold online. A withdrawal syndrome resembling opioid withdrawal has been described.', []],
  ])('%s', (_name, text, expected) => {
    expect(stancesOf(text)).toEqual([...expected].sort());
  });
});

// Clinical notes: abbreviations split at a slash ("c/o"), "nil", arrows for "reduces" and "increases",
// and how well a treatment worked ("good effect") is no side effect.
describe('clinical shorthand', () => {
  it.each<[string, string, string[]]>([
    ['"c/o" is "complains of", "Nil" denies', 'Kratom withdrawal day 2. Pt c/o insomnia + restless legs overnight. Nil vomiting.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:restlessness AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:vomiting NEGATED ASSERTED']],
    ['arrows down and up', 'Kratom withdrawal is common. Clonidine ↓ sweating but ↑ dizziness.', ['CAUSES substance:clonidine symptom:dizziness AFFIRMED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
    ['"good effect" is the treatment\'s outcome', 'Kratom withdrawal day 2. Clonidine given for sweats, good effect.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
    ['near miss: effects that are harms', 'Kratom is sold online. Rare but serious effects, including liver injury, have been reported.', ['CAUSES substance:kratom condition:liver-injury AFFIRMED HEDGED']],
    ['"w/o" is "without"', 'Kratom is sold online. Kratom eases pain w/o drowsiness.', ['CAUSES substance:kratom symptom:sedation NEGATED ASSERTED', 'RELIEVES substance:kratom symptom:pain AFFIRMED ASSERTED']],
    ['"w/" before a space is "with"', 'Kratom withdrawal day 2. Clonidine helped w/ the sweats. Melatonin may help a bit w/ getting off to sleep.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED', 'RELIEVES substance:melatonin symptom:insomnia AFFIRMED HEDGED']],
    ['near miss: "w/" is no argument of its own', 'Kratom withdrawal day 2. Pt drowsy: mixing kratom w/ alcohol raises the risk of seizures.', ['CONTRIBUTES_TO factor:polysubstance-use symptom:seizures AFFIRMED ASSERTED']],
    ['"w/d" is withdrawal, here the kratom withdrawal the patient is admitted for', 'Dx: kratom dependence, admitted for supervised w/d.\nW/d sx overnight:\n- chills, yawning\n- abdo cramps', ['PRESENTS_WITH condition:kratom-withdrawal symptom:abdominal-cramps AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:chills AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning AFFIRMED ASSERTED']],
    // A drug chart: the dose between a drug and what it is for; a drug with its dose is one given.
    ['a dose between the drug and "for"', 'Kratom withdrawal day 3. Loperamide 4 mg PRN 01:30 for loose stools.', ['RELIEVES substance:loperamide symptom:diarrhoea AFFIRMED ASSERTED']],
    ['a time between the drug and "for"', 'Kratom withdrawal day 3. Hydroxyzine at night for the anxiety.', ['RELIEVES substance:hydroxyzine symptom:anxiety AFFIRMED ASSERTED']],
    ['how often, between the drug and "for"', 'Kratom withdrawal day 3. I took clonidine twice a day for the sweats.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
    ['a chart\'s "prn" right before a sign is "as needed for" it', 'Kratom withdrawal day 3. Clonidine 0.1 mg PO bid prn sweats/anxiety.', ['RELIEVES substance:clonidine symptom:anxiety AFFIRMED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
    ['near miss: "prn" with no sign after it relieves nothing', 'Kratom withdrawal day 3. Clonidine 0.1 mg prn; nausea persists.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:nausea AFFIRMED ASSERTED']],
    ['"as needed" between the drug and "for"', 'Kratom withdrawal day 3. Ibuprofen as needed for muscle aches.', ['RELIEVES substance:ibuprofen symptom:muscle-aches AFFIRMED ASSERTED']],
    ['an aside in commas between the drug and "for"', 'Kratom withdrawal is common.\n- loperamide, for a few days only, for diarrhoea', ['RELIEVES substance:loperamide symptom:diarrhoea AFFIRMED ASSERTED']],
    ['near miss: "for" a length of time before what follows', 'Kratom is sold online. Mice given mitragynine twice daily for 7 days showed withdrawal after naloxone.', []],
    ['a charted dose, then the sign settled', 'Kratom withdrawal day 3. Clonidine 100 mcg 22:00 as charted, sweats settled within the hour.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:sweating AFFIRMED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
    ['a charted dose, then a quoted verdict after a colon', 'Kratom withdrawal day 3. Hydroxyzine 25 mg PRN 21:15 for anxiety - pt: "didn\'t do anything."', ['RELIEVES substance:hydroxyzine symptom:anxiety NEGATED ASSERTED']],
    ['signs down after a drug', 'Kratom withdrawal day 3. Cramps + nausea early eve, ↓ after bup.', ['RELIEVES substance:buprenorphine symptom:nausea AFFIRMED ASSERTED']],
    ['a label that denies what follows it ("Absent:")', 'Kratom withdrawal day 2. Absent: hallucinations, seizures.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:hallucinations NEGATED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:seizures NEGATED ASSERTED']],
    ['a sign charted with a minus is absent, with a plus present', 'Kratom withdrawal day 2. Rhinorrhoea +, lacrimation +, tremor -.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:runny-nose AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:tremor NEGATED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:watery-eyes AFFIRMED ASSERTED']],
    ['near miss: what a clinician notes during a withdrawal is no harm of the substance', 'Kratom withdrawal day 2. No tremor noted.', []],
    ['near miss: a sign gone after a drug was stopped is a dechallenge, no relief', 'Kratom withdrawal day 3. Dechallenge: the jaundice resolved after kratom was stopped.', []],
    ['near miss: a number of years is no dose', 'Kratom withdrawal day 3. Kratom 5 years for back pain, stopped.', []],
    ['near miss: signs that began after a drug', 'Kratom withdrawal day 3. Nausea started after the ondansetron.', []],
    ['"secondary to", written "2/2", names the cause after it', 'Kratom is sold online. Nausea 2/2 kratom. Elevated ALT, possibly secondary to EtOH.', ['CAUSES substance:alcohol condition:liver-injury AFFIRMED HEDGED', 'CAUSES substance:kratom symptom:nausea AFFIRMED ASSERTED']],
    ['near miss: a fraction is no "secondary to", nor "secondary" alone', 'Kratom is sold online. Took 2/2 doses of clonidine. Secondary outcomes were nausea and anxiety.', []],
    ['"w/d" of a named substance', 'Dx: OUD, day 2 bup induction. Heroin w/d sx overnight: nausea, anxiety.', ['PRESENTS_WITH condition:opioid-withdrawal symptom:anxiety AFFIRMED ASSERTED', 'PRESENTS_WITH condition:opioid-withdrawal symptom:nausea AFFIRMED ASSERTED']],
  ])('%s', (_name, text, expected) => {
    expect(stancesOf(text)).toEqual([...expected].sort());
  });
});

// Slides and notes: an arrow leads from what stands before it to what it acts on or brings, the kinds
// of its ends telling which relationship; under a heading that names treatment it points at what a drug relieves.
describe('arrows in slides and notes', () => {
  it.each<[string, string, string[]]>([
    ['"mu" alone names the mu-opioid receptor, as pharmacology writes it', 'Kratom is a plant. 7-OH is a stronger mu agonist. Mitragynine binds mu and kappa receptors.', ['ACTS_ON compound:7-hydroxymitragynine receptor:mu-opioid-receptor AFFIRMED ASSERTED', 'ACTS_ON compound:mitragynine receptor:kappa-opioid-receptor AFFIRMED ASSERTED', 'ACTS_ON compound:mitragynine receptor:mu-opioid-receptor AFFIRMED ASSERTED']],
    ['near miss: "mu" named with no action on it', 'Kratom is a plant. The mu and kappa figures were similar for mitragynine in the table.', []],
    ['a compound to its receptor', 'Slide 5: Receptor pharmacology\n- Mitragynine → mu-opioid receptor (MOR) partial agonist', ['ACTS_ON compound:mitragynine receptor:mu-opioid-receptor AFFIRMED ASSERTED']],
    ['a factor to a condition', 'Kratom withdrawal\n- Risk factors:\n- NB abrupt cessation → worse withdrawal', ['CONTRIBUTES_TO factor:abrupt-cessation condition:kratom-withdrawal AFFIRMED ASSERTED']],
    ['a strategy to a sign', 'Kratom withdrawal\n- Hydration + electrolytes → headaches', ['MITIGATES strategy:hydration symptom:headache AFFIRMED ASSERTED']],
    ['a drug to its harm, with an arrow typed as two characters', 'Kratom withdrawal\n- Loperamide -> constipation', ['CAUSES substance:loperamide symptom:constipation AFFIRMED ASSERTED']],
    ['under a heading that names treatment, a drug to what it relieves', 'Kratom withdrawal\n\nManaging withdrawal: pharmacological\n- Clonidine → sweating, anxiety\n- Loperamide → diarrhoea', ['RELIEVES substance:clonidine symptom:anxiety AFFIRMED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED', 'RELIEVES substance:loperamide symptom:diarrhoea AFFIRMED ASSERTED']],
    // "-like" describes: "opioid-like sedation" names sedation, not opioids.
    ['a dose to an effect "like" a drug\'s', 'Kratom is a plant.\n- Low dose → stimulant-like; high dose → opioid-like sedation', ['CAUSES substance:kratom symptom:sedation AFFIRMED ASSERTED', 'CONTRIBUTES_TO factor:dose symptom:sedation AFFIRMED ASSERTED']],
    ['near miss: a likeness is no drug', 'Kratom is a plant. Users describe opioid-like euphoria.', []],
  ])('%s', (_name, text, expected) => {
    expect(stancesOf(text)).toEqual([...expected].sort());
  });
});

// Encyclopedia conventions: reference marks after a full stop close the sentence before them; a withdrawal named as
// what another resembles ("those of opioid withdrawal") is neither what "they" nor a later bare "withdrawal" means.
describe('reference marks and resemblance', () => {
  it('keeps "[16]" with the sentence it closes', () => {
    const text = 'Kratom withdrawal is usually mild.[16] Commonly reported symptoms include insomnia.[2][11] Kratom causes nausea [7–9].';
    const quotes = extractDocument(text, vocabulary).claims.flatMap((claim) => claim.evidence.map((evidence) => evidence.quote));
    expect(quotes.sort()).toEqual(['Commonly reported symptoms include insomnia.[2][11]', 'Kratom causes nausea [7–9].']);
  });

  it.each<[string, string, string[]]>([
    ['"Commonly reported symptoms" hedge nothing', 'Kratom withdrawal is usually mild. Commonly reported symptoms include insomnia.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia AFFIRMED ASSERTED']],
    [
      'what an efficacy is "well below that of" is set apart from what "it" means next',
      'Mitragynine binds the mu-opioid receptor as a partial agonist, with an efficacy well below that of morphine. It also binds serotonin 5-HT1A receptors.',
      ['ACTS_ON compound:mitragynine receptor:5-ht1a-receptor AFFIRMED ASSERTED', 'ACTS_ON compound:mitragynine receptor:mu-opioid-receptor AFFIRMED ASSERTED'],
    ],
    [
      'a withdrawal resembled is set apart, and "they" is not it',
      'Kratom\n\nWithdrawal symptoms resemble those of opioid withdrawal, though they are milder.\n\nAbrupt cessation has been associated with more severe withdrawal.',
      ['CONTRIBUTES_TO factor:abrupt-cessation condition:kratom-withdrawal AFFIRMED ASSERTED'],
    ],
    [
      'a disorder a treatment is chosen "by analogy with" is set apart, and a later bare withdrawal is not its',
      'Kratom dependence is treated by analogy to opioid dependence. Stopping suddenly brings on withdrawal.',
      ['CONTRIBUTES_TO factor:abrupt-cessation condition:kratom-withdrawal AFFIRMED ASSERTED'],
    ],
    [
      'near miss: a disorder named with no comparison is what the next bare withdrawal is of',
      'Opioid dependence is treated with buprenorphine. Stopping suddenly brings on withdrawal.',
      ['CONTRIBUTES_TO factor:abrupt-cessation condition:opioid-withdrawal AFFIRMED ASSERTED', 'RELIEVES substance:buprenorphine condition:opioid-dependence AFFIRMED ASSERTED'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(stancesOf(text)).toEqual([...expected].sort());
  });
});

// Signs named as a condition's by "of" are what it presents with; relieving them relieves it.
describe('signs of a condition', () => {
  it.each<[string, string, string[]]>([
    [
      'relief of "the sweats and the shakes of opioid withdrawal"',
      'Danny took kratom. It kept the sweats and the shakes of opioid withdrawal at bay.',
      ['PRESENTS_WITH condition:opioid-withdrawal symptom:sweating AFFIRMED ASSERTED', 'PRESENTS_WITH condition:opioid-withdrawal symptom:tremor AFFIRMED ASSERTED', 'RELIEVES substance:kratom condition:opioid-withdrawal AFFIRMED ASSERTED', 'RELIEVES substance:kratom symptom:sweating AFFIRMED ASSERTED', 'RELIEVES substance:kratom symptom:tremor AFFIRMED ASSERTED'],
    ],
    ['signs after the colon spell out the withdrawal brought on', 'Kratom is a plant. Cessation precipitates a kratom withdrawal syndrome: myalgia, yawning and insomnia.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:muscle-aches AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning AFFIRMED ASSERTED']],
    ['signs after the colon spell out the withdrawal a factor brings on, past the standard it is compared with', 'Kratom is a plant. Abrupt cessation after prolonged heavy use precipitates a withdrawal syndrome that is similar to, but milder than, opioid withdrawal: myalgia, rhinorrhoea and yawning.', ['CONTRIBUTES_TO factor:abrupt-cessation condition:kratom-withdrawal AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:muscle-aches AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:runny-nose AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning AFFIRMED ASSERTED']],
    ['signs after the colon spell out the withdrawal high doses bring on', 'Kratom is a plant. High daily doses bring on a more severe kratom withdrawal: sweating, diarrhoea and insomnia.', ['CONTRIBUTES_TO factor:dose condition:kratom-withdrawal AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:diarrhoea AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:sweating AFFIRMED ASSERTED']],
    ['near miss: another thing named before the colon stands between the withdrawal and the list', 'Kratom is a plant. Abrupt cessation precipitates kratom withdrawal in people using alcohol: anxiety follows.', ['CONTRIBUTES_TO factor:abrupt-cessation condition:kratom-withdrawal AFFIRMED ASSERTED']],
    [
      'a drug joined to a harm by "induced" brings it on, with the stance of the sentence it stands in',
      'Kratom-induced liver injury is usually cholestatic. No cases of loperamide-induced seizures were found.',
      ['CAUSES substance:kratom condition:liver-injury AFFIRMED ASSERTED', 'CAUSES substance:loperamide symptom:seizures NEGATED ASSERTED'],
    ],
    ['near miss: "kratom-associated" only places what it qualifies', 'Polysubstance use contributes to most kratom-associated overdose deaths.', ['CONTRIBUTES_TO factor:polysubstance-use condition:opioid-overdose AFFIRMED ASSERTED']],
    ['a condition "from" a drug is brought on by it, as a symptom is', 'Liver injury from kratom is rare.', ['CAUSES substance:kratom condition:liver-injury AFFIRMED ASSERTED']],
    ['near miss: a withdrawal "from" a drug names what is stopped', 'Withdrawal from kratom is rough.', []],
    ['a cause whose object is the resolution of a sign relieves it', 'Treatment with buprenorphine resulted in resolution of cravings.', ['RELIEVES substance:buprenorphine symptom:cravings AFFIRMED ASSERTED']],
    [
      'an outcome said to come more often under a factor is one the factor contributes to',
      'Seizures occurred in 6% of exposures, more often at higher doses. Constipation was more common with daily use.',
      ['CONTRIBUTES_TO factor:dose symptom:seizures AFFIRMED ASSERTED', 'CONTRIBUTES_TO factor:frequency-of-use symptom:constipation AFFIRMED ASSERTED'],
    ],
    [
      'the outcomes of cases that all involved a way of using are outcomes it contributes to',
      'Hepatotoxicity was documented in 11 cases, all involving daily use for more than two months.',
      ['CONTRIBUTES_TO factor:frequency-of-use condition:liver-injury AFFIRMED ASSERTED'],
    ],
    ['near miss: cases of another clause', 'Kratom withdrawal is rarely dangerous; the four case reports all involved high-dose use.', []],
    [
      'a stop made abrupt with the substance between its words is the abrupt stop; a spaced dash opens the signs as a colon does',
      'Kratom is a plant. Stopping it abruptly brings on withdrawal - runny nose, aches, insomnia - much like opioid withdrawal.',
      ['CONTRIBUTES_TO factor:abrupt-cessation condition:kratom-withdrawal AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:muscle-aches AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:runny-nose AFFIRMED ASSERTED'],
    ],
    ['near miss: a hyphen inside a word opens no list', 'Kratom is a plant. Stopping kratom abruptly brings on opioid-like withdrawal.', ['CONTRIBUTES_TO factor:abrupt-cessation condition:kratom-withdrawal AFFIRMED ASSERTED']],
    [
      'a way of stopping beside how severe the courses were, where a pronoun of the sentence stands for the withdrawal',
      'Kratom withdrawal is common. What they do show is that the tapered patients had lower scores than those who stopped abruptly: abrupt cessation was associated with the most severe courses.',
      ['CONTRIBUTES_TO factor:abrupt-cessation condition:kratom-withdrawal AFFIRMED ASSERTED'],
    ],
    ['"daily dosing" is how often, not how much', 'Kratom is a plant. Daily dosing is the biggest driver of dependence.', ['CAUSES substance:kratom condition:kratom-dependence AFFIRMED ASSERTED', 'CONTRIBUTES_TO factor:frequency-of-use condition:kratom-dependence AFFIRMED ASSERTED']],
    [
      '"most often" after a comma gives examples, as "mostly" does; a counted report is a finding, not hearsay',
      'Kratom survey. Of respondents who had tried to stop, 61% reported withdrawal symptoms, most often muscle aches (58%), irritability (54%) and insomnia (51%).',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:irritability AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:muscle-aches AFFIRMED ASSERTED'],
    ],
    ['a modal between "side effects" and "include" leaves the list the page\'s substance\'s effects', 'Kratom is a plant. Side effects may include nausea and dizziness.', ['CAUSES substance:kratom symptom:dizziness AFFIRMED HEDGED', 'CAUSES substance:kratom symptom:nausea AFFIRMED HEDGED']],
    ['near miss: more often at a time is no factor', 'Seizures were more common in the evening.', []],
    ['near miss: the examples of harms in general are no condition\'s signs', 'Kratom can produce significant toxicity, including seizures and liver injury.', ['CAUSES substance:kratom condition:liver-injury AFFIRMED ASSERTED', 'CAUSES substance:kratom symptom:seizures AFFIRMED ASSERTED']],
    ['near miss: what comes "from" a condition, after a colon, is its effect', 'Kratom withdrawal is rarely dangerous. The risks come from it: dehydration if you have bad diarrhoea.', ['CAUSES condition:kratom-withdrawal symptom:dehydration AFFIRMED ASSERTED']],
    [
      'signs listed after a dependence and its withdrawal are the withdrawal\'s',
      'Kratom is a plant. Regular use produces physical dependence, and abrupt discontinuation results in a withdrawal syndrome that resembles opioid withdrawal. Commonly reported features include muscle aches and insomnia.',
      ['CAUSES substance:kratom condition:kratom-dependence AFFIRMED ASSERTED', 'CONTRIBUTES_TO factor:abrupt-cessation condition:kratom-withdrawal AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:muscle-aches AFFIRMED ASSERTED'],
    ],
    ['signs after a dependence alone are those of its withdrawal', 'Kratom is a plant. Daily use leads to kratom dependence. Common symptoms include sweating and cravings.', ['CAUSES substance:kratom condition:kratom-dependence AFFIRMED ASSERTED', 'CONTRIBUTES_TO factor:frequency-of-use condition:kratom-dependence AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:cravings AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:sweating AFFIRMED ASSERTED']],
    ['near miss: a dependence that names its signs keeps them', 'Kratom is a plant. Kratom dependence presents with cravings and tolerance.', ['PRESENTS_WITH condition:kratom-dependence symptom:cravings AFFIRMED ASSERTED']],
    ['near miss: side by side after "of … or of"', 'Kratom is sold for the management of pain or of opioid withdrawal.', ['RELIEVES substance:kratom condition:opioid-withdrawal AFFIRMED ASSERTED', 'RELIEVES substance:kratom symptom:pain AFFIRMED ASSERTED']],
  ])('%s', (_name, text, expected) => {
    expect(stancesOf(text)).toEqual([...expected].sort());
  });
});

// Scholarly conventions: author-year citations inside a list, dose figures in brackets, a combination
// product written with an en dash, and a noun of action in apposition after a preposition.
describe('citations and figures', () => {
  it.each<[string, string, string[]]>([
    ['a citation between list items', 'Kratom withdrawal is common. Clonidine reduced sweating (Smith et al., 2020) and anxiety (Jones, 2019).', ['RELIEVES substance:clonidine symptom:anxiety AFFIRMED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
    ['a dose in brackets names no substance', 'Kratom withdrawal is common. Lofexidine (0.8 mg/day) reduced withdrawal scores relative to placebo (p = 0.02).', ['RELIEVES substance:lofexidine condition:kratom-withdrawal AFFIRMED ASSERTED']],
    ['an en dash inside a term', 'Kratom withdrawal is common. Buprenorphine–naloxone was effective for severe kratom withdrawal in three case series [7–9].', ['RELIEVES substance:buprenorphine condition:kratom-withdrawal AFFIRMED ASSERTED']],
    ['"is why … milder" mitigates', 'Kratom withdrawal is common. The slow taper is why this withdrawal is so much milder than last time.', ['MITIGATES strategy:tapering condition:kratom-withdrawal AFFIRMED ASSERTED']],
    ['"the reason … so rough" contributes', 'Kratom withdrawal is common. High doses are the reason withdrawal is so rough.', ['CAUSES substance:kratom condition:kratom-withdrawal AFFIRMED ASSERTED', 'CONTRIBUTES_TO factor:dose condition:kratom-withdrawal AFFIRMED ASSERTED']],
    ['"limit" relieves, hedged by "has been proposed to"', 'Kratom withdrawal is common. Gradual dose reduction has been proposed to limit withdrawal severity.', ['MITIGATES strategy:tapering condition:kratom-withdrawal AFFIRMED HEDGED']],
    ['near miss: "age limits" relieve nothing', 'Kratom withdrawal is common. Support groups back age limits for kratom.', []],
    ['"harms include", like "effects include", are the substance\'s', 'Kratom is a plant. Rare but serious harms include seizures.', ['CAUSES substance:kratom symptom:seizures AFFIRMED ASSERTED']],
    ['"For X, Y is recommended", after a section number too', 'Kratom is a plant.\n4.5 For kratom withdrawal, a gradual dose reduction is recommended.', ['MITIGATES strategy:tapering condition:kratom-withdrawal AFFIRMED ASSERTED']],
    ['near miss: a bare "recommended" relieves nothing', 'Kratom withdrawal is common. Naltrexone is recommended only after withdrawal has been completed.', []],
    ['"relax" relieves', 'Kratom withdrawal is common. A hot bath before bed can relax aching muscles.', ['MITIGATES strategy:hot-baths symptom:muscle-aches AFFIRMED ASSERTED']],
    ['taking it every day contributes to the dependence it brings', 'Kratom withdrawal is common. People who take it every day can become dependent.', ['CAUSES substance:kratom condition:kratom-dependence AFFIRMED ASSERTED', 'CONTRIBUTES_TO factor:frequency-of-use condition:kratom-dependence AFFIRMED ASSERTED']],
    ['near miss: a frequency beside no outcome', 'Kratom withdrawal is common. People who take it every day buy it online.', []],
    ['doses a day are how often', 'Kratom withdrawal was studied. Consuming more than three doses daily predicted severe withdrawal.', ['CONTRIBUTES_TO factor:frequency-of-use condition:kratom-withdrawal AFFIRMED ASSERTED']],
    ['statistics in brackets between list items', 'The most frequent features of kratom withdrawal were insomnia (pooled prevalence 63%, 95% CI 54–71%; I² = 81%), craving (58%; I² = 74%) and irritability (48%).', ['PRESENTS_WITH condition:kratom-withdrawal symptom:cravings AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:irritability AFFIRMED ASSERTED']],
    ['near miss: "=" inside statistics is no equation', 'The features of kratom withdrawal were insomnia (I² = 81%) and craving (58%).', ['PRESENTS_WITH condition:kratom-withdrawal symptom:cravings AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia AFFIRMED ASSERTED']],
    ['near miss: a bracket that says something is no statistic', 'Kratom withdrawal is common. Clonidine eased sweating (but not cravings, 2 trials).', ['RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
    ['a noun of action in apposition after a preposition', 'Mitragynine is metabolised by CYP3A4 to 7-hydroxymitragynine, a more potent mu-opioid agonist.', ['ACTS_ON compound:7-hydroxymitragynine receptor:mu-opioid-receptor AFFIRMED ASSERTED']],
  ])('%s', (_name, text, expected) => {
    expect(stancesOf(text)).toEqual([...expected].sort());
  });
});


// Drug monographs, charts and product pages write in labels, semicolons and brackets: the list and
// the subject a sentence would spell out are left to the layout.
describe('telegraphic writing', () => {
  it.each<[string, string, string[]]>([
    ['an abbreviation in brackets stands for its entity', 'Opioid use disorder (OUD) is common. Buprenorphine treats OUD.', ['RELIEVES substance:buprenorphine condition:opioid-use-disorder AFFIRMED ASSERTED']],
    ['an abbreviation after a label', 'Paynantheine (PAY) is a minor alkaloid of kratom. PAY: antagonist at the mu-opioid receptor.', ['ACTS_ON compound:paynantheine receptor:mu-opioid-receptor AFFIRMED ASSERTED', 'CONTAINS substance:kratom compound:paynantheine AFFIRMED ASSERTED']],
    ['near miss: letters that do not abbreviate the name before them', 'Kratom contains mitragynine (NA). NA is a support group.', ['CONTAINS substance:kratom compound:mitragynine AFFIRMED ASSERTED']],
    ['near miss: an abbreviation keeps its case ("MG" is no "mg")', 'Mitragynine (MG) is an alkaloid. Kratom causes nausea at doses above 10 mg.', ['CAUSES substance:kratom symptom:nausea AFFIRMED ASSERTED', 'CONTAINS substance:kratom compound:mitragynine AFFIRMED ASSERTED']],
    ['each part of a label\'s line after a semicolon is said of the label', 'Lofexidine: eases sweating; calms anxiety; loperamide stops the diarrhoea.', ['RELIEVES substance:lofexidine symptom:anxiety AFFIRMED ASSERTED', 'RELIEVES substance:lofexidine symptom:sweating AFFIRMED ASSERTED', 'RELIEVES substance:loperamide symptom:diarrhoea AFFIRMED ASSERTED']],
    ['a denial after a semicolon of a label\'s line', 'Clonidine: reduces sweating; no effect on cravings.', ['RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
    ['semicolons between verbless items list them', 'Kratom\n\nWithdrawal: begins within a day. Features: yawning; chills; gooseflesh.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:chills AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:gooseflesh AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning AFFIRMED ASSERTED']],
    ['near miss: a semicolon before a clause still ends the first', 'Kratom withdrawal lasts a week; clonidine eases sweating.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
    ['a unit and its full stop end a sentence ("peak 2 d.")', 'Kratom is a plant. Withdrawal: onset 8 h; peak 2 d. Typical signs: chills and yawning.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:chills AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning AFFIRMED ASSERTED']],
    ['a labelled item whose value opens with a negation is denied', 'Kratom\n\nSide effects:\n- Liver injury: not seen in this cohort.\n- Itching: none reported.\n- Nausea: common.', ['CAUSES substance:kratom condition:liver-injury NEGATED ASSERTED', 'CAUSES substance:kratom symptom:itching NEGATED ASSERTED', 'CAUSES substance:kratom symptom:nausea AFFIRMED ASSERTED']],
    ['near miss: "not uncommon" affirms', 'Kratom\n\nSide effects:\n- Nausea: not uncommon.', ['CAUSES substance:kratom symptom:nausea AFFIRMED ASSERTED']],
    ['a bracket that qualifies an item stands between items', 'Kratom\n\nSide effects:\n- itching (rare, dose-dependent), dizziness.', ['CAUSES substance:kratom symptom:dizziness AFFIRMED ASSERTED', 'CAUSES substance:kratom symptom:itching AFFIRMED ASSERTED']],
    ['a closing bracket and a semicolon are punctuation, not a wink', 'Kratom\n\nSide effects:\n- itching (rare); dizziness.', ['CAUSES substance:kratom symptom:dizziness AFFIRMED ASSERTED', 'CAUSES substance:kratom symptom:itching AFFIRMED ASSERTED']],
    ['near miss: a bracket naming a medicine qualifies nothing', 'Kratom\n\nSide effects:\n- itching (with gabapentin), dizziness.', ['CAUSES substance:kratom symptom:itching AFFIRMED ASSERTED']],
    ['signs in brackets after a medicine, in a line labelled as treatment, are what it is for', 'Kratom\n\nSymptomatic relief: loperamide (diarrhoea); clonidine (sweating, restlessness).', ['RELIEVES substance:clonidine symptom:restlessness AFFIRMED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED', 'RELIEVES substance:loperamide symptom:diarrhoea AFFIRMED ASSERTED']],
    ['near miss: a medicine and a sign in brackets, in no treatment line', 'Kratom is a plant. Clonidine (sweating) was common.', []],
    ['an item of a side-effects list that names another medicine is not the page\'s medicine\'s', 'Kratom\n\nSide effects:\n- constipation\n\nTreatment:\n- loperamide (diarrhoea)', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED', 'RELIEVES substance:loperamide symptom:diarrhoea AFFIRMED ASSERTED']],
    ['a condition put as a milder kind of another is measured against it', 'What is kratom withdrawal like?\n\nA shorter opioid withdrawal. Chills, yawning and a runny nose.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:chills AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:runny-nose AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning AFFIRMED ASSERTED']],
    ['near miss: a condition named without a comparative is what the answer is about', 'What is kratom withdrawal like?\n\nOpioid withdrawal, basically. Chills, yawning and a runny nose.', ['PRESENTS_WITH condition:opioid-withdrawal symptom:chills AFFIRMED ASSERTED', 'PRESENTS_WITH condition:opioid-withdrawal symptom:runny-nose AFFIRMED ASSERTED', 'PRESENTS_WITH condition:opioid-withdrawal symptom:yawning AFFIRMED ASSERTED']],
    ['a trade mark names a product, and "it" below is that product', 'CalmLeaf™ Night Blend\n\nIt helped me sleep.', ['RELIEVES substance:calmleaf symptom:insomnia AFFIRMED ASSERTED']],
    ['near miss: an unknown name without the mark is no product', 'CalmLeaf Night Blend\n\nIt helped me sleep.', []],
  ])('%s', (_name, text, expected) => {
    expect(stancesOf(text)).toEqual([...expected].sort());
  });
});

// Translations gloss a word in square brackets; case reports put a harm down to its cause after "to".
describe('glosses and attributions', () => {
  it.each<[string, string, string[]]>([
    ['what people take a substance to "self-treat" is their motive, no claim', 'Kratom is used by many adults to self-treat pain and opioid withdrawal.', []],
    ['near miss: what a medicine "is used to treat" is a claim', 'Clonidine is used to treat opioid withdrawal.', ['RELIEVES substance:clonidine condition:opioid-withdrawal AFFIRMED ASSERTED']],
    ['"case reports of" a harm on a page about a substance are its, hedged', 'Kratom is popular. There are case reports of liver injury.', ['CAUSES substance:kratom condition:liver-injury AFFIRMED HEDGED']],
    ['"no reports of" a harm denies it, hedged', 'Kratom is popular. There are no reports of liver injury.', ['CAUSES substance:kratom condition:liver-injury NEGATED HEDGED']],
    ['a word glossed in square brackets is the entity its gloss names', 'Every farmer chews bai krathom [kratom leaf]. Krathom causes constipation.', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED']],
    ['near miss: a gloss that names no entity', 'Every farmer chews bai krathom [a leaf from the tree]. Krathom causes constipation.', []],
    ['a harm "attributed to" its cause', 'Kratom withdrawal is common. One patient developed QT prolongation attributed to loperamide.', ['CAUSES substance:loperamide symptom:qt-prolongation AFFIRMED ASSERTED']],
    ['"not thought to be due to" denies, hedged', 'Kratom is a plant. His liver injury is not thought to be due to alcohol.', ['CAUSES substance:alcohol condition:liver-injury NEGATED HEDGED']],
    ['near miss: a recovery attributed to a medicine is no harm', 'Kratom withdrawal is common. Patients attributed their recovery to buprenorphine.', []],
  ])('%s', (_name, text, expected) => {
    expect(stancesOf(text)).toEqual([...expected].sort());
  });
});

// A glossary's or a monograph's entry: a headword on its line, a definition written as a noun phrase,
// then sentences whose "it" is the headword.
describe('glossary entries', () => {
  it.each<[string, string, string[]]>([
    ['a definition says what the headword is', 'Clonidine\nA blood pressure medicine often used to ease opioid withdrawal.', ['RELIEVES substance:clonidine condition:opioid-withdrawal AFFIRMED ASSERTED']],
    // Slides, monographs and flashcards put the headword and its definition on one line, unstopped.
    ['a headword and its definition on one line', 'Kratom is a tree.\nMitragynine (MG): principal alkaloid\nMitragynine: partial agonist at the mu-opioid receptor', ['ACTS_ON compound:mitragynine receptor:mu-opioid-receptor AFFIRMED ASSERTED', 'CONTAINS substance:kratom compound:mitragynine AFFIRMED ASSERTED']],
    ['near miss: a topic and a question after the colon is a heading', 'Kratom is a tree.\nKratom withdrawal: what to expect\n- chills', ['PRESENTS_WITH condition:kratom-withdrawal symptom:chills AFFIRMED ASSERTED']],
    [
      'a headword with its gloss in brackets; "it" after the definition is the headword',
      'Loperamide (Imodium)\nAn over-the-counter medicine for diarrhoea. Kratom users often take it in withdrawal. It can cause constipation.',
      ['CAUSES substance:loperamide symptom:constipation AFFIRMED ASSERTED', 'RELIEVES substance:loperamide symptom:diarrhoea AFFIRMED ASSERTED'],
    ],
    ['"it" is the headword whatever its kind, a sign here', 'Nausea\nA common complaint in the first week of use. Kratom can cause it, mostly on an empty stomach.', ['CAUSES substance:kratom symptom:nausea AFFIRMED ASSERTED']],
    [
      'a compound headword: its plant, and what "it" acts on',
      'Speciogynine\nA minor alkaloid of kratom leaf. It binds to the mu-opioid receptor only weakly.',
      ['ACTS_ON compound:speciogynine receptor:mu-opioid-receptor AFFIRMED ASSERTED', 'CONTAINS substance:kratom compound:speciogynine AFFIRMED ASSERTED'],
    ],
    [
      'near miss: under a heading, a sentence with its own verb is no definition, and "it" is what it named',
      'Clonidine\nKratom causes constipation. It also causes nausea.',
      ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED', 'CAUSES substance:kratom symptom:nausea AFFIRMED ASSERTED'],
    ],
    ['near miss: an instruction under a heading defines nothing', 'Hydration\nDrink water through the day. Kratom causes constipation.', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED']],
  ])('%s', (_name, text, expected) => {
    expect(stancesOf(text)).toEqual([...expected].sort());
  });
});

// Logs and notes open with a legend of their short forms ("Key: MG = mitragynine; bup = buprenorphine")
// and label their lines ("Adv: …", "Note: …").
describe('legends and labelled lines', () => {
  it.each<[string, string, string[]]>([
    [
      'a short form a legend defines is its entity',
      'Key: MG = mitragynine; bup = buprenorphine; C = caller\n\nMG is a partial agonist at the mu-opioid receptor. C says bup works well for kratom dependence.',
      ['ACTS_ON compound:mitragynine receptor:mu-opioid-receptor AFFIRMED ASSERTED', 'RELIEVES substance:buprenorphine condition:kratom-dependence AFFIRMED HEDGED'],
    ],
    ['a legend asserts nothing', 'Key: bup = buprenorphine; RLS = restless legs', []],
    ['a legend\'s short form of three letters', 'Key: MTG = mitragynine; C = caller\n\nMTG causes nausea.', ['CAUSES compound:mitragynine symptom:nausea AFFIRMED ASSERTED']],
    ['near miss: a short form that does not abbreviate the name', 'Key: PT = mitragynine; C = caller\n\nPT causes nausea.', []],
    ['near miss: figures with "=" are no legend', 'Kratom use was common (n = 40; I² = 81%; p = 0.04). Kratom causes insomnia.', ['CAUSES substance:kratom symptom:insomnia AFFIRMED ASSERTED']],
    ['a labelled line\'s sentence: "the main alkaloid in kratom is …"', 'Note: the main alkaloid in kratom is mitragynine.', ['CONTAINS substance:kratom compound:mitragynine AFFIRMED ASSERTED']],
  ])('%s', (_name, text, expected) => {
    expect(stancesOf(text)).toEqual([...expected].sort());
  });
});

// A pseudo-cleft stresses what a plain sentence says ("X is what softens it", "What helped was X").
describe('pseudo-clefts and verbs of driving and softening', () => {
  it.each<[string, string, string[]]>([
    ['"X is what softens it"', 'Kratom withdrawal is common. Tapering is what softens it most.', ['MITIGATES strategy:tapering condition:kratom-withdrawal AFFIRMED ASSERTED']],
    ['"What really fixed my sleep was X"', 'Kratom withdrawal is common. What really fixed my sleep was magnesium.', ['RELIEVES substance:magnesium symptom:insomnia AFFIRMED ASSERTED']],
    ['"X is not what helps" denies', 'Kratom withdrawal is common. Clonidine is not what helps the cravings.', ['RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED']],
    ['near miss: a question with "what" asserts nothing', 'Kratom withdrawal is common. What helps the cravings?', []],
    ['near miss: "What I took was X" names no relief', 'Kratom withdrawal is common. What I took was loperamide.', []],
    ['"drives dependence"', 'Kratom dependence is common. Extract use drives dependence faster.', ['CONTRIBUTES_TO factor:product-potency condition:kratom-dependence AFFIRMED ASSERTED']],
    ['"takes the worst of it off"', 'Kratom withdrawal is common. A taper takes the worst of it off.', ['MITIGATES strategy:tapering condition:kratom-withdrawal AFFIRMED ASSERTED']],
  ])('%s', (_name, text, expected) => {
    expect(stancesOf(text)).toEqual([...expected].sort());
  });
});

// Judgements and reviews: a syndrome "of" its signs; a harm "related to" or "dependent on" what drives it.
describe('syndromes of signs, and what a harm is related to', () => {
  it.each<[string, string, string[]]>([
    [
      '"a withdrawal syndrome of" its signs',
      'Kratom is a plant. He developed a withdrawal syndrome of anxiety, sweating and yawning.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:anxiety AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:sweating AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning AFFIRMED ASSERTED'],
    ],
    ['near miss: a syndrome "of any cause" names no sign', 'Kratom is a plant. Serotonin syndrome of any cause is dangerous.', []],
    ['"dose-related"', 'Kratom is a plant. The risk of liver injury is dose-related.', ['CONTRIBUTES_TO factor:dose condition:liver-injury AFFIRMED ASSERTED']],
    ['"not dose-related" denies', 'Kratom is a plant. The risk of liver injury is not dose-related.', ['CONTRIBUTES_TO factor:dose condition:liver-injury NEGATED ASSERTED']],
    ['"related to dose"', 'Kratom is a plant. Kratom withdrawal severity is related to dose.', ['CONTRIBUTES_TO factor:dose condition:kratom-withdrawal AFFIRMED ASSERTED']],
    ['a drug\'s "-related" harm', 'Kratom is a plant. Loperamide-related arrhythmia is rare.', ['CAUSES substance:loperamide symptom:cardiac-arrhythmia AFFIRMED ASSERTED']],
  ])('%s', (_name, text, expected) => {
    expect(stancesOf(text)).toEqual([...expected].sort());
  });
});
