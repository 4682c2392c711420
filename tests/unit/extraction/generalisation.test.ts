import { extractDocument } from '../../../src/extraction/extractDocument';
import { affirmedClaimsOf as claims } from './stancesOf';
import { vocabulary } from './vocabularyFixture';


// Sentences of our own, one per generalised rule: the claims each must give (exactly), or must not give.
describe('extraction rules that generalise', () => {
  it.each<[string, string, string[]]>([
    [
      'an anaphor resolved in one sentence is what the next one refers back to',
      'Kratom is a tropical tree. The plant’s alkaloids, such as mitragynine, bind opioid receptors. This mechanism helps to ease anxiety.',
      ['ACTS_ON compound:mitragynine receptor:opioid-receptors', 'ACTS_ON substance:kratom receptor:opioid-receptors', 'CONTAINS substance:kratom compound:mitragynine', 'RELIEVES substance:kratom symptom:anxiety'],
    ],
    [
      'a general subject takes the examples named after the object',
      'Kratom wobbles are unpleasant. Many factors contribute to them, including the dose and the kratom strain.',
      ['CONTRIBUTES_TO factor:dose condition:kratom-wobbles', 'CONTRIBUTES_TO factor:kratom-strain condition:kratom-wobbles'],
    ],
    [
      'a colon list after a general subject, with gerund items',
      'Things that make the wobbles worse: raising the dose quickly, moving to a new strain, and low tolerance.',
      ['CONTRIBUTES_TO factor:dose condition:kratom-wobbles', 'CONTRIBUTES_TO factor:kratom-strain condition:kratom-wobbles', 'CONTRIBUTES_TO factor:tolerance condition:kratom-wobbles'],
    ],
    [
      'a sentence opening with "Additionally" adds agents to the claim before',
      'Staying hydrated can ease kratom wobbles. Additionally, meditation and a consistent sleep schedule can make the days smoother.',
      ['MITIGATES strategy:consistent-sleep condition:kratom-wobbles', 'MITIGATES strategy:hydration condition:kratom-wobbles', 'MITIGATES strategy:meditation condition:kratom-wobbles'],
    ],
    [
      'a subject said with "likewise" to be used as well joins the claims of the sentence before',
      'Kratom withdrawal is common. Buprenorphine has been used successfully for kratom withdrawal in more than 30 published cases. Methadone has likewise been used, though less often.',
      ['RELIEVES substance:buprenorphine condition:kratom-withdrawal', 'RELIEVES substance:methadone condition:kratom-withdrawal'],
    ],
    [
      'a subject said with "also" to help as well joins the claims of the sentence before',
      'Kratom withdrawal is common. Clonidine eases the sweating. Lofexidine can also help.',
      ['RELIEVES substance:clonidine symptom:sweating', 'RELIEVES substance:lofexidine symptom:sweating'],
    ],
    [
      'near miss: what else a subject "also" does is no treatment, and a name later in the sentence is no subject',
      'Kratom withdrawal is common. Clonidine eases the sweating. Kratom may also be contaminated. Sadly, lofexidine is also used.',
      ['RELIEVES substance:clonidine symptom:sweating'],
    ],
    [
      '"withdrawal" before a symptom modifies it',
      'Clonidine settles withdrawal sweats and restlessness.',
      ['RELIEVES substance:clonidine symptom:restlessness', 'RELIEVES substance:clonidine symptom:sweating'],
    ],
    [
      'what follows a noun trigger’s conjunction is its sibling, not its content',
      'Opioid withdrawal is hard. Methadone lessens withdrawal symptoms and cravings with less sedation.',
      ['RELIEVES substance:methadone condition:opioid-withdrawal', 'RELIEVES substance:methadone symptom:cravings'],
    ],
    [
      'a treatment noun with no object names no treatment of the condition talked about',
      'Kratom wobbles are common. Kratom offers an alternative for those seeking a change.',
      [],
    ],
    [
      'a pronoun after a verb is its object, not an agent of a purpose clause',
      'To manage kratom wobbles, start with a low dose and gradually increase it.',
      ['MITIGATES strategy:gradual-dose-increase condition:kratom-wobbles', 'MITIGATES strategy:low-starting-dose condition:kratom-wobbles'],
    ],
    [
      'an appositive after a dash names the side effects of the page’s substance',
      'Kratom is a plant. Many users notice the kratom wobbles—the short-lived side effects of a high dose.',
      ['CAUSES substance:kratom condition:kratom-wobbles'],
    ],
    [
      'a condition several words after the trigger',
      'Low mood may linger for many weeks after the end of opioid withdrawal.',
      ['PRESENTS_WITH condition:opioid-withdrawal symptom:low-mood'],
    ],
    [
      'a coordinated modifier shares the term’s head',
      'Clonidine binds alpha-2 adrenergic receptors; kratom binds mu and kappa opioid receptors.',
      ['ACTS_ON substance:clonidine receptor:alpha-2-adrenergic-receptors', 'ACTS_ON substance:kratom receptor:kappa-opioid-receptor', 'ACTS_ON substance:kratom receptor:mu-opioid-receptor'],
    ],
    [
      'a modifier joined by a symbol ("+", "&") shares the head too; a term before the symbol stays itself',
      'Mitragynine blocks kappa + delta opioid receptors. 7-OH binds mu & kappa opioid receptors. Kratom + opioid withdrawal are different.',
      ['ACTS_ON compound:7-hydroxymitragynine receptor:kappa-opioid-receptor', 'ACTS_ON compound:7-hydroxymitragynine receptor:mu-opioid-receptor', 'ACTS_ON compound:mitragynine receptor:delta-opioid-receptor', 'ACTS_ON compound:mitragynine receptor:kappa-opioid-receptor'],
    ],
    [
      'a suspended hyphen, and an article before the term, share its head too',
      'Mitragynine binds mu- and delta-opioid receptors. Lofexidine does not act at either the mu- or the kappa-opioid receptor.',
      ['ACTS_ON compound:mitragynine receptor:delta-opioid-receptor', 'ACTS_ON compound:mitragynine receptor:mu-opioid-receptor'],
    ],
    [
      'a verb the tagger reads as a noun, before an article, is no noun a phrase before it modifies',
      'Kratom is a plant. Abrupt cessation after regular use precipitates a withdrawal syndrome.',
      ['CONTRIBUTES_TO factor:abrupt-cessation condition:kratom-withdrawal'],
    ],
    ['"the leaf" is the plant named last, over a drug named since', 'Kratom is popular. Oxycodone is an opioid. The leaf contains mitragynine.', ['CONTAINS substance:kratom compound:mitragynine']],
    [
      'a cleft\'s "it" stands for nothing, so "the plant" is still the plant',
      'I had traded the oxycodone for a jar of powder. It was Dale who told me about kratom. I learned that the plant contains mitragynine.',
      ['CONTAINS substance:kratom compound:mitragynine'],
    ],
    [
      'a cleft\'s "it" with a longer phrase before its "who"',
      'I had traded the oxycodone for a jar of powder. It was Dale at the hardware shop who told me about kratom. It helps the cravings, he said.',
      ['RELIEVES substance:kratom symptom:cravings'],
    ],
    ['near miss: "the drug" is the drug named last', 'Kratom is popular. Oxycodone is an opioid. The drug causes constipation.', ['CAUSES substance:oxycodone symptom:constipation']],
    [
      'the subject of a passive use is the agent',
      'Ondansetron was used for vomiting, and clonidine is recommended for sweating.',
      ['RELIEVES substance:clonidine symptom:sweating', 'RELIEVES substance:ondansetron symptom:vomiting'],
    ],
    [
      'a list under a lead of medicines offered for symptoms',
      'Opioid withdrawal can be treated.\nThese medicines may be offered for particular symptoms:\n- loperamide for diarrhoea\n- ondansetron for nausea',
      ['RELIEVES substance:loperamide symptom:diarrhoea', 'RELIEVES substance:ondansetron symptom:nausea'],
    ],
    [
      'symptoms that are the object of a verb are not the signs of the condition talked about',
      'Kratom withdrawal is common. Many people took lofexidine to relieve symptoms such as chills and yawning.',
      ['RELIEVES substance:lofexidine symptom:chills', 'RELIEVES substance:lofexidine symptom:yawning'],
    ],
    [
      'an association with less of a symptom is relief of it',
      'Lofexidine was associated with fewer episodes of insomnia and lower anxiety.',
      ['RELIEVES substance:lofexidine symptom:anxiety', 'RELIEVES substance:lofexidine symptom:insomnia'],
    ],
    [
      'a noun phrase inside a prepositional aside is not the subject',
      'Opioid withdrawal was studied. Tapering, usually with clonidine, was associated with milder withdrawal.',
      ['MITIGATES strategy:tapering condition:opioid-withdrawal'],
    ],
    [
      'a list holds one kind: a new clause after ", and" is not its item',
      'Meditation helps with the anxiety, and deep breathing helps with the restlessness.',
      ['MITIGATES strategy:deep-breathing symptom:restlessness', 'MITIGATES strategy:meditation symptom:anxiety'],
    ],
    [
      'bare withdrawal after a dependence is that dependence’s withdrawal',
      'Heavy use can lead to kratom dependence, and quitting cold turkey may cause withdrawal.',
      ['CAUSES substance:kratom condition:kratom-dependence', 'CONTRIBUTES_TO factor:abrupt-cessation condition:kratom-withdrawal', 'CONTRIBUTES_TO factor:frequency-of-use condition:kratom-dependence'],
    ],
    [
      'combining substances is the agent, not the first substance',
      'Mixing kratom with alcohol raises the risk of respiratory depression.',
      ['CONTRIBUTES_TO factor:polysubstance-use symptom:respiratory-depression'],
    ],
    [
      'taking a substance together with others is combining them',
      'Kratom is sold online. Using kratom together with other drugs may increase the risk of seizures.',
      ['CONTRIBUTES_TO factor:polysubstance-use symptom:seizures'],
    ],
    [
      'taking it with other sedatives is combining them',
      'Kratom is sold online. Taking kratom with other sedatives can cause respiratory depression.',
      ['CONTRIBUTES_TO factor:polysubstance-use symptom:respiratory-depression'],
    ],
    [
      'near miss: taking it with food combines no substances',
      'Kratom is sold online. Taking kratom with food can reduce nausea.',
      ['RELIEVES substance:kratom symptom:nausea'],
    ],
    [
      'an action noun is never an entity of a list',
      'Mitragynine binds the kappa opioid receptor as an antagonist.',
      ['ACTS_ON compound:mitragynine receptor:kappa-opioid-receptor'],
    ],
    [
      'habitual use stands for the substance talked about',
      'Kratom is sold as a powder. Regular use is linked to constipation.',
      ['CAUSES substance:kratom symptom:constipation'],
    ],
    [
      'a clause with a subject of its own carries no subject from the clause before',
      'Clonidine is given to ease sweating, and antidiarrhoeals may be offered for diarrhoea.',
      ['RELIEVES substance:clonidine symptom:sweating'],
    ],
    [
      'a sign noun that is the object of a verb pairs only with the condition modifying it',
      'Opioid withdrawal is hard. Many said they used lofexidine to ease symptoms such as sweating.',
      ['RELIEVES substance:lofexidine symptom:sweating'],
    ],
    [
      'the subject of a verb of undergoing is a person, not an entity',
      'Kratom can cause nausea. When they quit, many go through kratom withdrawal, with chills and yawning.',
      ['CAUSES substance:kratom symptom:nausea', 'PRESENTS_WITH condition:kratom-withdrawal symptom:chills', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning'],
    ],
    [
      'bare symptoms belong to the condition whose signs were described last',
      'Kratom withdrawal often comes with chills and yawning. Liver injury is rare. Gentle exercise may help with symptoms.',
      ['MITIGATES strategy:physical-activity condition:kratom-withdrawal', 'PRESENTS_WITH condition:kratom-withdrawal symptom:chills', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning'],
    ],
    [
      '"both" before a verb the tagger takes for a noun is a pronoun',
      'Lofexidine and clonidine are not opioids. Both act on alpha-2 adrenergic receptors.',
      ['ACTS_ON substance:clonidine receptor:alpha-2-adrenergic-receptors', 'ACTS_ON substance:lofexidine receptor:alpha-2-adrenergic-receptors'],
    ],
    [
      'a list item may be a head noun with its complement',
      'Kratom wobbles are common. Counselling and attention to sleep hygiene may ease the wobbles.',
      ['MITIGATES strategy:consistent-sleep condition:kratom-wobbles', 'MITIGATES strategy:counselling condition:kratom-wobbles'],
    ],
    [
      'bracketed figures between list items; signs named by frequency',
      'Kratom withdrawal was common; the most frequent were chills (40%), yawning (31%) and insomnia (12%).',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:chills', 'PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning'],
    ],
    [
      'a term inside an instrument’s name names no entity',
      'Kratom withdrawal was measured with the Clinical Opiate Withdrawal Scale. Clonidine eased withdrawal.',
      ['RELIEVES substance:clonidine condition:kratom-withdrawal'],
    ],
    [
      'a passive treatment of people names no condition it treats',
      'Kratom withdrawal is common. Patients were managed with tapering.',
      [],
    ],
    [
      'a list of treatments may mix medicines and practices',
      'Many people ease insomnia with magnesium and a hot bath.',
      ['MITIGATES strategy:hot-baths symptom:insomnia', 'RELIEVES substance:magnesium symptom:insomnia'],
    ],
    [
      'an aside between commas stands between list items',
      'Methadone can cause sweating and, in rare cases, constipation.',
      ['CAUSES substance:methadone symptom:constipation', 'CAUSES substance:methadone symptom:sweating'],
    ],
    [
      'an unknown product of the substance talked about contains its alkaloids',
      'Kratom is sold online. This Green Bali blend is rich in mitragynine and also contains paynantheine.',
      ['CONTAINS substance:kratom compound:mitragynine', 'CONTAINS substance:kratom compound:paynantheine'],
    ],
    [
      'constituents added "with smaller amounts of" are contained by what contains the first',
      'Kratom leaf contains mitragynine as its principal alkaloid, with lesser quantities of 7-hydroxymitragynine and paynantheine. Kratom also contains speciogynine, together with traces of the oxindole mitraphylline.',
      ['CONTAINS substance:kratom compound:7-hydroxymitragynine', 'CONTAINS substance:kratom compound:mitragynine', 'CONTAINS substance:kratom compound:mitraphylline', 'CONTAINS substance:kratom compound:paynantheine', 'CONTAINS substance:kratom compound:speciogynine'],
    ],
    [
      'near miss: an amount of something other than a constituent list',
      'Kratom contains mitragynine, which binds receptors with high amounts of affinity for 7-hydroxymitragynine.',
      ['CONTAINS substance:kratom compound:mitragynine'],
    ],
    [
      'effects that no condition owns are the substance’s',
      'Kratom is sold online. Rare effects, including liver injury and seizures, have been described.',
      ['CAUSES substance:kratom condition:liver-injury', 'CAUSES substance:kratom symptom:seizures'],
    ],
    [
      'a medicine used for people treats the condition talked about',
      'Opioid withdrawal is distressing. Clonidine may be prescribed for adults who cannot take methadone.',
      ['RELIEVES substance:clonidine condition:opioid-withdrawal'],
    ],
    [
      'withdrawal a medicine precipitates is precipitated withdrawal',
      'Opioid withdrawal is common. Naltrexone will precipitate withdrawal.',
      ['CAUSES substance:naltrexone condition:precipitated-withdrawal'],
    ],
    [
      'an unknown noun after a verb is its object, not a list item',
      'Opioid withdrawal brings on sweating, soaking the pillows.',
      ['CAUSES condition:opioid-withdrawal symptom:sweating'],
    ],
    [
      '"both of which" hangs on the list before it',
      'Kratom leaves contain mitragynine and paynantheine, both of which bind the kappa opioid receptor.',
      ['ACTS_ON compound:mitragynine receptor:kappa-opioid-receptor', 'ACTS_ON compound:paynantheine receptor:kappa-opioid-receptor', 'CONTAINS substance:kratom compound:mitragynine', 'CONTAINS substance:kratom compound:paynantheine'],
    ],
    [
      'a participle describing the argument does not end the search for it',
      'Methadone was associated with fewer reported cravings.',
      ['RELIEVES substance:methadone symptom:cravings'],
    ],
    [
      'what "unlike" sets against a denied claim’s source is affirmed for it',
      'Unlike methadone, lofexidine does not cause constipation.',
      ['CAUSES substance:methadone symptom:constipation'],
    ],
    [
      'a participle after a noun that is no argument describes that noun',
      'Kratom may ease symptoms associated with opioid cessation.',
      [],
    ],
    [
      'a verb the lite model leaves inflected is lemmatised all the same',
      'Paynantheine stimulates the kappa opioid receptor.',
      ['ACTS_ON compound:paynantheine receptor:kappa-opioid-receptor'],
    ],
    [
      'what a receptor is shared with acts on it too',
      'Mitragynine occupies the same mu-opioid receptors that morphine and heroin act on.',
      ['ACTS_ON compound:mitragynine receptor:mu-opioid-receptor', 'ACTS_ON substance:heroin receptor:mu-opioid-receptor', 'ACTS_ON substance:morphine receptor:mu-opioid-receptor'],
    ],
    [
      'a receptor apposed as "the same target as" another’s is shared with it',
      'Mitragynine, the main alkaloid in kratom, does act on the mu-opioid receptor, the same target as morphine.',
      ['ACTS_ON compound:mitragynine receptor:mu-opioid-receptor', 'ACTS_ON substance:morphine receptor:mu-opioid-receptor', 'CONTAINS substance:kratom compound:mitragynine'],
    ],
    [
      'a receptor apposed as "the same receptor" another hits, with no "that", is shared with it',
      'Mitragynine and 7-hydroxymitragynine are partial agonists at the mu-opioid receptor, the same receptor morphine hits. Speciociliatine binds the kappa opioid receptor, the same one as heroin.',
      ['ACTS_ON compound:7-hydroxymitragynine receptor:mu-opioid-receptor', 'ACTS_ON compound:mitragynine receptor:mu-opioid-receptor', 'ACTS_ON compound:speciociliatine receptor:kappa-opioid-receptor', 'ACTS_ON substance:heroin receptor:kappa-opioid-receptor', 'ACTS_ON substance:morphine receptor:mu-opioid-receptor'],
    ],
    [
      'near miss: a name that only modifies the subject of a relative clause shares nothing',
      'Mitragynine binds the mu-opioid receptor, the same receptor kratom users rely on.',
      ['ACTS_ON compound:mitragynine receptor:mu-opioid-receptor'],
    ],
    [
      '"just like" equates the claim’s source with another',
      'kratom binds the mu receptor just like heroin',
      ['ACTS_ON substance:heroin receptor:mu-opioid-receptor', 'ACTS_ON substance:kratom receptor:mu-opioid-receptor'],
    ],
    [
      'a large dose as the circumstance of a harm contributes to it',
      'At very high doses, tianeptine can cause seizures.',
      ['CAUSES substance:tianeptine symptom:seizures', 'CONTRIBUTES_TO factor:dose symptom:seizures'],
    ],
    [
      'a large dose as the circumstance of what a factor brings on contributes to it too',
      'Kratom withdrawal is hard. The team feel abrupt cessation at high dose may have triggered the seizure.',
      ['CONTRIBUTES_TO factor:abrupt-cessation symptom:seizures', 'CONTRIBUTES_TO factor:dose symptom:seizures'],
    ],
    [
      'a large dose as the circumstance of what a factor brings on contributes to it too, in other words',
      'Kratom withdrawal is hard. At very high doses, daily use can lead to dependence.',
      ['CAUSES substance:kratom condition:kratom-dependence', 'CONTRIBUTES_TO factor:dose condition:kratom-dependence', 'CONTRIBUTES_TO factor:frequency-of-use condition:kratom-dependence'],
    ],
    [
      'near miss: a large dose beside a factor’s denied harm contributes nothing, nor one stressed by "especially"',
      'Kratom withdrawal is hard. Abrupt cessation at high doses does not trigger seizures. Abrupt cessation can trigger cravings, especially at high doses.',
      ['CONTRIBUTES_TO factor:abrupt-cessation symptom:cravings'],
    ],
    [
      'a high dose named before one medicine holds for that medicine alone',
      'Kratom causes constipation, and high-dose loperamide causes heart rhythm problems.',
      ['CAUSES substance:kratom symptom:constipation', 'CAUSES substance:loperamide symptom:cardiac-arrhythmia', 'CONTRIBUTES_TO factor:dose symptom:cardiac-arrhythmia'],
    ],
    [
      '"after a large dose" is a time, not the dose of the claim',
      'Naltrexone can trigger precipitated withdrawal after a large dose of kratom.',
      ['CAUSES substance:naltrexone condition:precipitated-withdrawal'],
    ],
    [
      'a verb of stopping relieves the sign it stops',
      'Loperamide stopped my diarrhoea within a day.',
      ['RELIEVES substance:loperamide symptom:diarrhoea'],
    ],
    [
      'people who stop a medicine are not relieved by it: they get the signs of its withdrawal',
      'People who stop methadone often get chills.',
      ['PRESENTS_WITH condition:opioid-withdrawal symptom:chills'],
    ],
    [
      'a lead of a person and a modal leaves its verb to the items',
      'Kratom withdrawal starts within a day. Most people will:\n- sweat and yawn a lot\n- feel tearful or restless',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:low-mood', 'PRESENTS_WITH condition:kratom-withdrawal symptom:restlessness', 'PRESENTS_WITH condition:kratom-withdrawal symptom:sweating', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning'],
    ],
    [
      'on a page about withdrawal from several substances, a list lead naming none lists the signs they share',
      'Stopping Kratom or Opioids\n\nWithdrawal from opioids starts within a day. You may:\n- feel anxious\n- have runny poo',
      ['PRESENTS_WITH condition:substance-withdrawal-syndrome symptom:anxiety', 'PRESENTS_WITH condition:substance-withdrawal-syndrome symptom:diarrhoea'],
    ],
    [
      'a condition reported with no agent, on a page about a substance, is among its harms',
      'Kratom: safety\n\nKratom is a tree. Neonatal abstinence syndrome has been reported in exposed infants.',
      ['CAUSES substance:kratom condition:neonatal-abstinence-syndrome'],
    ],
    [
      'a reported withdrawal is not the substance’s harm',
      'Kratom: safety\n\nKratom is a tree. Kratom withdrawal has been described in daily users.',
      [],
    ],
    [
      'what a condition is worse with contributes to it',
      'Kratom withdrawal is hard. It is worse with large daily amounts, and the risk is higher with years of use.',
      ['CONTRIBUTES_TO factor:dose condition:kratom-withdrawal', 'CONTRIBUTES_TO factor:duration-of-use condition:kratom-withdrawal'],
    ],
    [
      'a receptor family named before its member is one mention of the member',
      'Speciogynine binds the serotonin 5-HT1A receptor.',
      ['ACTS_ON compound:speciogynine receptor:5-ht1a-receptor'],
    ],
    [
      'a medicine considered or taken for a sign relieves it',
      'Gabapentin may be considered for anxiety, and magnesium was commonly taken for muscle cramps.',
      ['RELIEVES substance:gabapentin symptom:anxiety', 'RELIEVES substance:magnesium symptom:muscle-cramps'],
    ],
    [
      'a sign that resolved or improved with a medicine is relieved by it',
      'Diarrhoea resolved with loperamide, and sweating improved with clonidine.',
      ['RELIEVES substance:clonidine symptom:sweating', 'RELIEVES substance:loperamide symptom:diarrhoea'],
    ],
    [
      'a participle after its noun names the agent in its by-phrase',
      'Ondansetron can settle nausea caused by kratom.',
      ['CAUSES substance:kratom symptom:nausea', 'RELIEVES substance:ondansetron symptom:nausea'],
    ],
    [
      'a sign that stopped with a medicine is relieved by it',
      'Seizures stopped with lorazepam.',
      ['RELIEVES substance:lorazepam symptom:seizures'],
    ],
    ['near miss: someone who stopped with a substance names no reliever', 'I stopped with kratom last week and the insomnia started.', []],
    [
      'what is more frequent at a dose is what the dose contributes to',
      'Nausea was more frequent at higher doses.',
      ['CONTRIBUTES_TO factor:dose symptom:nausea'],
    ],
    ['near miss: more frequent at a time of day names no cause', 'Nausea was more frequent at night.', []],
    [
      'a harm well recognised with a drug is caused by it',
      'Constipation is well recognised with kratom.',
      ['CAUSES substance:kratom symptom:constipation'],
    ],
    ['near miss: recognised by people names no cause', 'Constipation is well recognised by patients.', []],
    [
      'what a practice keeps milder it mitigates',
      'Kratom withdrawal can be hard. A slow taper keeps it milder.',
      ['MITIGATES strategy:tapering condition:kratom-withdrawal'],
    ],
    ['near miss: what a practice keeps someone is no relief', 'Kratom withdrawal can be hard. A slow taper keeps you busy.', []],
    [
      'what the writer who takes a substance gets comes from it, as for people who take it',
      'I take kratom every day and get constipation. I took it for years and never had nausea.',
      ['CAUSES substance:kratom symptom:constipation'],
    ],
    [
      'what someone gets on a substance comes from it',
      'I got the jitters on kratom.',
      ['CAUSES substance:kratom symptom:jitteriness'],
    ],
    ['near miss: taking a substance to get through something is a purpose, and "for years" no purpose', 'I took kratom for years to get through opioid withdrawal.', ['RELIEVES substance:kratom condition:opioid-withdrawal']],
    [
      'near miss: what people get after they stop a substance, "after regular use", is its withdrawal\'s, not the substance\'s',
      'When people stop kratom after regular use, they often get withdrawal symptoms such as muscle aches.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:muscle-aches'],
    ],
    [
      'near miss: "many of them" who became dependent are people, not the signs named before',
      'Users said kratom eased their sweating. But many of them became dependent on kratom itself.',
      ['CAUSES substance:kratom condition:kratom-dependence', 'RELIEVES substance:kratom symptom:sweating'],
    ],
    [
      'what people who take a substance get comes from it',
      'People who take kratom every day often get constipation and develop dependence.',
      // Taking it every day contributes to the dependence it brings (claims/habitCircumstances).
      ['CAUSES substance:kratom condition:kratom-dependence', 'CAUSES substance:kratom symptom:constipation', 'CONTRIBUTES_TO factor:frequency-of-use condition:kratom-dependence'],
    ],
    [
      'fewer signs in people who take a substance is no harm of it',
      'Patients who took methadone reported fewer cravings.',
      ['RELIEVES substance:methadone symptom:cravings'],
    ],
    [
      'a drug-shaped name the vocabulary lacks, right before "for", is a treatment',
      'Comfort medicines:\n- tramazolone for headache',
      ['RELIEVES substance:tramazolone symptom:headache'],
    ],
    [
      '"together with" adds items to a list, over a measure noun',
      'Kratom leaves contain mitragynine together with small amounts of paynantheine and speciogynine.',
      ['CONTAINS substance:kratom compound:mitragynine', 'CONTAINS substance:kratom compound:paynantheine', 'CONTAINS substance:kratom compound:speciogynine'],
    ],
    [
      'what helped someone come off a substance relieved their dependence on it',
      'Buprenorphine helped many patients get off heroin, and tapering helped me quit kratom.',
      ['MITIGATES strategy:tapering condition:kratom-dependence', 'RELIEVES substance:buprenorphine condition:opioid-dependence'],
    ],
    [
      'a substance used to come off another relieves the dependence on it',
      'I used kratom to come off oxycodone.',
      ['RELIEVES substance:kratom condition:opioid-dependence'],
    ],
    [
      'what people who stop a substance get are the signs of its withdrawal',
      'People who stop kratom often get chills.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:chills'],
    ],
    [
      'the subject of a passive "used to manage" is the agent',
      'Clonidine is often used to manage sweating.',
      ['RELIEVES substance:clonidine symptom:sweating'],
    ],
    [
      'a substance named before "wd" or "withdrawal" names its withdrawal, or its class’s',
      'clonidine helps with oxy wd, and gabapentin eases tramadol withdrawal',
      ['RELIEVES substance:clonidine condition:opioid-withdrawal', 'RELIEVES substance:gabapentin condition:opioid-withdrawal'],
    ],
    [
      'one withdrawal worse than another is a comparison, not a cause',
      'tramadol wd is worse than kratom wd',
      [],
    ],
    [
      'what something comes from is its cause',
      'The wobbles come from taking too much.',
      ['CONTRIBUTES_TO factor:dose condition:kratom-wobbles'],
    ],
    [
      'stopping or slowing someone’s breathing is respiratory depression',
      'Benzodiazepines can slow your breathing, and large amounts of lope can stop it.',
      ['CAUSES substance:benzodiazepines symptom:respiratory-depression'],
    ],
    [
      '"so" before an adjective intensifies it and ends nothing',
      'Hydroxyzine helped, but it made me so drowsy.',
      ['CAUSES substance:hydroxyzine symptom:sedation'],
    ],
    [
      'a treatment that made a withdrawal livable mitigates it',
      'Kratom withdrawal was hard. Tapering did not make it painless, but it made it livable.',
      ['MITIGATES strategy:tapering condition:kratom-withdrawal'],
    ],
    [
      'the addiction a substance leads to is the dependence on it',
      'Kratom can lead to addiction.',
      ['CAUSES substance:kratom condition:kratom-dependence'],
    ],
    [
      'signs seen in people who took a substance are its harms, past how much they took',
      'The clinic treated seizures in people who took large amounts of kratom powder.',
      ['CAUSES substance:kratom symptom:seizures'],
    ],
    [
      'a sign relieved in people who took a substance is not its harm',
      'Clonidine relieved sweating in people who took kratom.',
      ['RELIEVES substance:clonidine symptom:sweating'],
    ],
    [
      'adjectives in a row share their noun',
      'Kratom eases aching, stiff muscles.',
      ['RELIEVES substance:kratom symptom:muscle-aches', 'RELIEVES substance:kratom symptom:muscle-stiffness'],
    ],
    [
      'what helped someone wean off a substance with little withdrawal relieved that withdrawal',
      'Kratom helped me wean off tramadol with barely any withdrawal.',
      ['RELIEVES substance:kratom condition:opioid-withdrawal'],
    ],
    [
      '"it" in the next sentence is what the claims before were about, not any drug named there',
      'Customers coming off prescription painkillers say kratom takes the edge off the restlessness. Others say it helps with anxiety.',
      ['RELIEVES substance:kratom symptom:anxiety', 'RELIEVES substance:kratom symptom:restlessness'],
    ],
    [
      'what users who stop suddenly notice comes from stopping all at once, the examples rather than the general word',
      'Kratom: a guide. Daily users who stop suddenly may notice discomfort such as irritability, yawning or a runny nose.',
      ['CONTRIBUTES_TO factor:abrupt-cessation symptom:irritability', 'CONTRIBUTES_TO factor:abrupt-cessation symptom:runny-nose', 'CONTRIBUTES_TO factor:abrupt-cessation symptom:yawning'],
    ],
    [
      'a measure after "lower" is of the condition it names',
      'Kratom withdrawal was studied. Among patients tapered without medication, a longer taper was associated with lower peak withdrawal scores.',
      ['MITIGATES strategy:tapering condition:kratom-withdrawal'],
    ],
    [
      'what users of a substance report comes from it',
      'Kratom users frequently report constipation. Users of kratom often develop dependence.',
      ['CAUSES substance:kratom condition:kratom-dependence', 'CAUSES substance:kratom symptom:constipation'],
    ],
    [
      'what some people go through, on a page about a substance, comes from it',
      'Kratom is sold as a powder. Some people experience mild nausea or constipation at higher serving sizes.',
      ['CAUSES substance:kratom symptom:constipation', 'CAUSES substance:kratom symptom:nausea', 'CONTRIBUTES_TO factor:dose symptom:constipation', 'CONTRIBUTES_TO factor:dose symptom:nausea'],
    ],
    [
      'what some people go through, on a page about a substance, comes from it, in other words',
      'Kratom is sold as a powder. Many users notice dizziness.',
      ['CAUSES substance:kratom symptom:dizziness'],
    ],
    [
      'near miss: what some people go through in a withdrawal is none of the substance’s harms, but the withdrawal’s sign',
      'Kratom is sold as a powder. Some people experience nausea during withdrawal. Many people get relief from pain.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:nausea'],
    ],
    [
      'people a participle names by what they take, at the head of a sentence too',
      'People taking kratom frequently experience constipation. Patients on kratom often report itching.',
      ['CAUSES substance:kratom symptom:constipation', 'CAUSES substance:kratom symptom:itching'],
    ],
    [
      'what someone gets while taking a substance, the time phrase after the clause or opening it',
      'She developed itching while taking kratom extract. While on kratom, I had terrible constipation. During kratom use, several participants reported nausea.',
      ['CAUSES substance:kratom symptom:constipation', 'CAUSES substance:kratom symptom:itching', 'CAUSES substance:kratom symptom:nausea'],
    ],
    [
      'what is common among the users of a substance, named before the phrase or after it opens the sentence',
      'Constipation was common among kratom users. Among regular kratom users, itching was the most frequent complaint.',
      ['CAUSES substance:kratom symptom:constipation', 'CAUSES substance:kratom symptom:itching'],
    ],
    [
      'near miss: less of something among users, and people named by something other than a substance',
      'Constipation was less common among kratom users. People visiting the clinic often report nausea. I had chills while stopping kratom.',
      [],
    ],
    [
      'a verb and particle around its object ("knocked the RLS down")',
      'Gabapentin knocked the RLS down a lot.',
      ['RELIEVES substance:gabapentin symptom:restlessness'],
    ],
    [
      'near miss: an unknown phrase after a bare comma at a list\'s end is a comment, not one more symptom',
      'CBD didn\'t touch the cravings, waste of money. Gabapentin helped the sweats, chills and brain zaps.',
      ['RELIEVES substance:gabapentin symptom:brain-zaps', 'RELIEVES substance:gabapentin symptom:chills', 'RELIEVES substance:gabapentin symptom:sweating'],
    ],
    [
      'near miss: relief that people who take a substance get is no harm of it',
      'People who take kratom get relief from pain.',
      ['RELIEVES substance:kratom symptom:pain'],
    ],
    [
      'a remedy named with the moment it is for eases what that moment names',
      'Take a warm bath or shower when the aches and chills are bad.',
      ['MITIGATES strategy:hot-baths symptom:chills', 'MITIGATES strategy:hot-baths symptom:muscle-aches'],
    ],
    [
      'a remedy warned against for a moment is no denial',
      'Do not take loperamide when you have a fever.',
      [],
    ],
    [
      'what someone gets when they take a substance comes from it',
      'I get nausea when I take kratom.',
      ['CAUSES substance:kratom symptom:nausea'],
    ],
    [
      'a sign said to befall people on a substance comes from it, whatever the main clause denies',
      'Kratom does not cause the respiratory depression that kills people on fentanyl.',
      ['CAUSES substance:fentanyl symptom:respiratory-depression'],
    ],
    [
      'a concession that only grades a claim keeps what it is compared with',
      'Mitragynine activates the mu-opioid receptor, though less fully than morphine does.',
      ['ACTS_ON compound:mitragynine receptor:mu-opioid-receptor', 'ACTS_ON substance:morphine receptor:mu-opioid-receptor'],
    ],
    [
      'a trigger after "but" with no subject of its own takes the one that opens the sentence',
      'Clonidine is cheap but can cause low blood pressure.',
      ['CAUSES substance:clonidine symptom:low-blood-pressure'],
    ],
    [
      '"that stretch" is the span of the condition named before it',
      'Some go on to post-acute withdrawal; peer support groups can make that stretch easier.',
      ['MITIGATES strategy:support-groups condition:post-acute-withdrawal-syndrome'],
    ],
    [
      'what a treatment did for the writer is relief of what the writer went through',
      'Kratom withdrawal was brutal. Gabapentin helped me a lot.',
      ['RELIEVES substance:gabapentin condition:kratom-withdrawal'],
    ],
    [
      'what makes a condition harsher or more likely contributes to it, by the adjective’s direction',
      'Kratom withdrawal is hard. Stopping suddenly makes it harsher, and big daily amounts make it more likely.',
      // A dose of the page's substance is a dose of kratom: what it brings, kratom brings (doseCircumstance).
      ['CAUSES substance:kratom condition:kratom-withdrawal', 'CONTRIBUTES_TO factor:abrupt-cessation condition:kratom-withdrawal', 'CONTRIBUTES_TO factor:dose condition:kratom-withdrawal'],
    ],
    [
      'what makes a condition less severe, or milder, eases it',
      'Kratom withdrawal is hard. A slow taper makes it less severe, and regular exercise makes the insomnia milder.',
      ['MITIGATES strategy:physical-activity symptom:insomnia', 'MITIGATES strategy:tapering condition:kratom-withdrawal'],
    ],
    [
      'a condition milder with a strategy, or harsher with a factor, names them after "with"',
      'Kratom withdrawal is usually milder with a slow taper and harsher with abrupt cessation.',
      ['CONTRIBUTES_TO factor:abrupt-cessation condition:kratom-withdrawal', 'MITIGATES strategy:tapering condition:kratom-withdrawal'],
    ],
    [
      'Markdown emphasis does not break a list',
      'Kratom also contains **paynantheine**, **speciogynine** and *speciociliatine*.',
      ['CONTAINS substance:kratom compound:paynantheine', 'CONTAINS substance:kratom compound:speciociliatine', 'CONTAINS substance:kratom compound:speciogynine'],
    ],
    [
      'a noun trigger heading the subject takes the complement after "is" as its subject',
      'The main alkaloid in kratom is mitragynine. The most common side effect of kratom is constipation. The best treatment for cravings is buprenorphine.',
      ['CAUSES substance:kratom symptom:constipation', 'CONTAINS substance:kratom compound:mitragynine', 'RELIEVES substance:buprenorphine symptom:cravings'],
    ],
    [
      'near miss: a complement that is a clause names nothing',
      'The main risk of kratom is that people stop taking it.',
      [],
    ],
    [
      'a remedy that "works well" for a fronted sign',
      'For the sweating and the anxiety, clonidine works well.',
      ['RELIEVES substance:clonidine symptom:anxiety', 'RELIEVES substance:clonidine symptom:sweating'],
    ],
    [
      'a speaker label that opens several lines is not part of what is said',
      'HOST: What helps?\nDR. OKAFOR: For the sweating, clonidine works well.\nHOST: And the cravings?\nDR. OKAFOR: The best treatment for cravings is buprenorphine.',
      ['RELIEVES substance:buprenorphine symptom:cravings', 'RELIEVES substance:clonidine symptom:sweating'],
    ],
    [
      'a "Withdrawal" section of a page titled by a substance is about its withdrawal, whatever an earlier section named',
      'Kratom\n\n## Uses\n\nSome people use kratom to get through opioid withdrawal.\n\n## Withdrawal\n\nCommon withdrawal symptoms include:\n- muscle aches',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:muscle-aches', 'RELIEVES substance:kratom condition:opioid-withdrawal'],
    ],
    [
      'bare withdrawal after a dependence is named is the withdrawal from that substance',
      'Kratom in the news\n\nAdvocates say kratom helps people recover from opioid addiction. It eases their withdrawal.',
      ['RELIEVES substance:kratom condition:opioid-withdrawal'],
    ],
    [
      'people who stop using a substance get the signs of its withdrawal',
      'People who stop using kratom after months of daily use commonly experience insomnia and strong cravings.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:cravings', 'PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia'],
    ],
    [
      'signs a patient or a share of respondents reported are the signs of the withdrawal talked about',
      'Kratom withdrawal: a case\n\nHe reported insomnia, restless legs and diarrhoea. Roughly two-thirds reported sweating.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:diarrhoea', 'PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia', 'PRESENTS_WITH condition:kratom-withdrawal symptom:restlessness', 'PRESENTS_WITH condition:kratom-withdrawal symptom:sweating'],
    ],
    [
      'near miss: signs reported of a named substance are its effects, not withdrawal signs',
      'Kratom withdrawal: a case\n\nKratom users reported nausea.',
      ['CAUSES substance:kratom symptom:nausea'],
    ],
    [
      'rows of a table drawn in text are the items of the sentence before it',
      'Kratom survey\n\nThe most commonly reported withdrawal symptoms were:\n\n  Symptom           % reporting\n  ------------------------------\n  Restless legs     54%\n  Insomnia          51%',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia', 'PRESENTS_WITH condition:kratom-withdrawal symptom:restlessness'],
    ],
    [
      'what a condition "looks a lot like" is its standard, not what the signs after it belong to',
      'Kratom withdrawal looks a lot like a mild-to-moderate opioid withdrawal. Insomnia, restless legs, muscle aches.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia', 'PRESENTS_WITH condition:kratom-withdrawal symptom:muscle-aches', 'PRESENTS_WITH condition:kratom-withdrawal symptom:restlessness'],
    ],
    [
      'the signs a named person had when they stopped are the signs of the withdrawal',
      'Danny used kratom for years. When Danny decided to stop last spring, he had a rough two weeks: restless legs, chills.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:chills', 'PRESENTS_WITH condition:kratom-withdrawal symptom:restlessness'],
    ],
    [
      'near miss: a plural that opens a sentence is no person’s name: what users who stop suddenly notice comes from the stop, not a named person’s withdrawal',
      'Kratom is a plant. Users who stop suddenly may notice irritability.',
      ['CONTRIBUTES_TO factor:abrupt-cessation symptom:irritability'],
    ],
    [
      'what something is "milder than being" is the standard of the comparison',
      'Kratom wd is real.\nUsually milder than being dopesick. Expect:\n- cant sleep',
      ['CAUSES substance:kratom condition:kratom-withdrawal', 'PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia'],
    ],
    [
      '"So does X" adds X to the claims of the sentence before',
      'Kratom withdrawal is rough. Abrupt cessation makes it worse. So does the dose.',
      ['CONTRIBUTES_TO factor:abrupt-cessation condition:kratom-withdrawal', 'CONTRIBUTES_TO factor:dose condition:kratom-withdrawal'],
    ],
    [
      'what brings on less of a condition eases it',
      'Kratom withdrawal is rough. A gradual taper generally produces milder withdrawal than abrupt cessation. Clonidine leads to fewer cravings.',
      ['MITIGATES strategy:tapering condition:kratom-withdrawal', 'RELIEVES substance:clonidine symptom:cravings'],
    ],
    [
      'near miss: a lowering verb is no decrease of its own object',
      'Clonidine eases sweating. It can also lower blood pressure.',
      ['CAUSES substance:clonidine symptom:low-blood-pressure', 'RELIEVES substance:clonidine symptom:sweating'],
    ],
    [
      'an equation in casual writing: the kinds at its two ends decide',
      'kratom = constipation city. cold turkey off a heavy habit = the worst wd.',
      ['CAUSES substance:kratom symptom:constipation', 'CONTRIBUTES_TO factor:abrupt-cessation condition:kratom-withdrawal'],
    ],
    [
      'people on a way of taking a substance, or who use it, have what that way contributes to',
      'Kratom withdrawal is common. In my clinic the people on extracts tend to have the rougher withdrawals.',
      ['CONTRIBUTES_TO factor:product-potency condition:kratom-withdrawal'],
    ],
    [
      'patients on a substance get what it causes',
      'Kratom withdrawal is common. Many patients on kratom get constipation.',
      ['CAUSES substance:kratom symptom:constipation'],
    ],
    [
      'signs that got better after a medicine was started were relieved by it',
      'Kratom withdrawal is common. Buprenorphine was started at 2 mg, after which cravings and muscle aches resolved. He was given clonidine but the insomnia did not settle.',
      ['RELIEVES substance:buprenorphine symptom:cravings', 'RELIEVES substance:buprenorphine symptom:muscle-aches'],
    ],
    [
      'signs gone after a dose of the page\'s substance were relieved by it',
      'Red Bali kratom capsules. The sweats and the restless legs were gone within an hour of my first dose.',
      ['RELIEVES substance:kratom symptom:restlessness', 'RELIEVES substance:kratom symptom:sweating'],
    ],
    [
      'a dose that names its medicine, and signs gone after taking one',
      'Kratom withdrawal is common. After my first dose of gabapentin the restless legs were gone. The sweats were gone within an hour of taking clonidine.',
      ['RELIEVES substance:clonidine symptom:sweating', 'RELIEVES substance:gabapentin symptom:restlessness'],
    ],
    [
      'near miss: signs gone with no dose or medicine are reported signs, relieved by nothing',
      'Kratom withdrawal is common. By day ten the sweats were gone.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:sweating'],
    ],
    [
      'a way of stopping in a condition clause contributes to the withdrawal people go through',
      'Kratom is a plant. People who use kratom regularly can experience withdrawal if they stop suddenly. Withdrawal can be severe when people stop abruptly after heavy use.',
      ['CONTRIBUTES_TO factor:abrupt-cessation condition:kratom-withdrawal', 'CONTRIBUTES_TO factor:frequency-of-use condition:kratom-withdrawal'],
    ],
    [
      'users who stop suddenly, named as one term, still have the withdrawal\'s signs',
      'Kratom is a plant. Daily users who stop suddenly may notice irritability or yawning.',
      ['CONTRIBUTES_TO factor:abrupt-cessation symptom:irritability', 'CONTRIBUTES_TO factor:abrupt-cessation symptom:yawning'],
    ],
    [
      'near miss: a condition clause with advice',
      'Kratom is a plant. When you stop suddenly, drink water.',
      [],
    ],
    [
      'a gloss of the object stands before the by-agent',
      'Partial agonism at the mu-opioid receptor (MOR) by mitragynine has been demonstrated.',
      ['ACTS_ON compound:mitragynine receptor:mu-opioid-receptor'],
    ],
    [
      'a reported relief is no cause of the sign relieved',
      'Kratom withdrawal is common. Relief of cravings with clonidine was reported.',
      ['RELIEVES substance:clonidine symptom:cravings'],
    ],
    [
      'a verb of causing whose object is a relief noun causes nothing',
      'Kratom withdrawal is common. Clonidine led to a marked reduction in sweating.',
      ['RELIEVES substance:clonidine symptom:sweating'],
    ],
    [
      'near miss: a relief word and a harm caused together',
      'Kratom is a plant. At higher doses kratom produces analgesia and sedation.',
      ['CAUSES substance:kratom symptom:sedation', 'CONTRIBUTES_TO factor:dose symptom:sedation', 'RELIEVES substance:kratom symptom:pain'],
    ],
    [
      'a class, then the one member it names ("the main one being", "of which")',
      'Kratom is a tree. Kratom leaves contain more than 40 alkaloids, the main one being mitragynine. Kratom contains many alkaloids, of which speciogynine is one.',
      ['CONTAINS substance:kratom compound:mitragynine', 'CONTAINS substance:kratom compound:speciogynine'],
    ],
    [
      'a label naming what a remedy is for, with no verb of relief',
      'Kratom withdrawal is common. For diarrhoea: loperamide 2 mg after each loose stool.\nFor the aches and cramps:\n- ibuprofen\n- a hot bath',
      ['MITIGATES strategy:hot-baths symptom:muscle-aches', 'RELIEVES substance:ibuprofen symptom:muscle-aches', 'RELIEVES substance:loperamide symptom:diarrhoea'],
    ],
    [
      'near miss: a label with nothing named after it',
      'Kratom withdrawal is common. For cravings: nothing works, sadly.',
      [],
    ],
    [
      'a label before a colon is the subject of a line that names no other agent',
      'Slide 2: Pharmacology\n- Mitragynine: partial μ-opioid agonist\n\nMitragynine also shows α2-adrenergic activity.',
      ['ACTS_ON compound:mitragynine receptor:alpha-2-adrenergic-receptors', 'ACTS_ON compound:mitragynine receptor:mu-opioid-receptor'],
    ],
    [
      'near miss: a title label',
      'Kratom: what you need to know.',
      [],
    ],
    [
      'an apostrophe inside a term, "keep you awake", and people who say it are no symptom',
      'Kratom withdrawal is common. My brother can\'t sleep. Pseudoephedrine can keep you awake. Valerian helps with sleep, some customers say.',
      ['CAUSES substance:pseudoephedrine symptom:insomnia', 'PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia', 'RELIEVES substance:valerian symptom:insomnia'],
    ],
    [
      'the signs of a condition named after "of", as an object, are its examples only',
      'Kratom withdrawal is common. Clonidine relieves the symptoms of withdrawal, such as sweating, but not cravings.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:sweating', 'RELIEVES substance:clonidine condition:kratom-withdrawal', 'RELIEVES substance:clonidine symptom:sweating'],
    ],
    [
      'near miss: signs as an object with no condition of their own',
      'Kratom withdrawal is common. Clonidine eases symptoms such as sweating.',
      ['RELIEVES substance:clonidine symptom:sweating'],
    ],
    [
      'signs that got better in the sentence right after a medicine was started',
      'A man stopped kratom. He was given clonidine. By the next morning the sweating had settled.',
      ['RELIEVES substance:clonidine symptom:sweating'],
    ],
    [
      'near miss: a sentence between the medicine and the signs',
      'He was given clonidine. The next day he felt better. The sweating had settled.',
      [],
    ],
    [
      '"them" made to act is people, not the signs named before',
      'Kratom withdrawal is common. Withdrawal brings sweating and anxiety. Kratom helped them stay away from heroin. The sweats were bad. Clonidine eased them.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:anxiety', 'PRESENTS_WITH condition:kratom-withdrawal symptom:sweating', 'RELIEVES substance:clonidine symptom:sweating'],
    ],
    [
      'a disclaimer about any disease names no condition',
      'Kratom withdrawal is common. Magnesium is popular. This product is not intended to diagnose, treat, cure or prevent any disease.',
      [],
    ],
    [
      'what a drug\'s effects include are no condition\'s signs',
      'Opioid withdrawal is common. High doses act like opioids, including sedation.',
      [],
    ],
    [
      'what people are said to feel while the text is about a withdrawal are its signs',
      'Kratom withdrawal is common. You will feel anxious and irritable. Kratom makes me feel anxious.',
      ['CAUSES substance:kratom symptom:anxiety', 'PRESENTS_WITH condition:kratom-withdrawal symptom:anxiety', 'PRESENTS_WITH condition:kratom-withdrawal symptom:irritability'],
    ],
    [
      'a relative named with a compound noun goes through it too',
      'Kratom withdrawal is common. Your brother-in-law is likely to feel achy, sweaty and restless for about a week.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:muscle-aches', 'PRESENTS_WITH condition:kratom-withdrawal symptom:restlessness', 'PRESENTS_WITH condition:kratom-withdrawal symptom:sweating'],
    ],
    [
      'a taper of a substance is an account of its withdrawal, whose signs follow',
      'Kratom taper journal.\n\nDay 9\nRunny nose and yawning all day.\n\nI am tapering off kratom. Sneezing fits all morning.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:runny-nose', 'PRESENTS_WITH condition:kratom-withdrawal symptom:sneezing', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning'],
    ],
    [
      'near miss: what something makes you feel is no sign of the withdrawal',
      'Kratom withdrawal is common. Loperamide can make you feel dizzy. Stress can make you feel anxious.',
      ['CAUSES substance:loperamide symptom:dizziness'],
    ],
    [
      'a bare "for" with signs for object is for the signs described last',
      'Kratom withdrawal is common.\n- Mild: clonidine or lofexidine for autonomic symptoms',
      ['RELIEVES substance:clonidine condition:kratom-withdrawal', 'RELIEVES substance:lofexidine condition:kratom-withdrawal'],
    ],
    [
      'near miss: a doctor seen for the signs of a named condition',
      'Kratom is a plant. See a doctor for symptoms of liver injury.',
      [],
    ],
    [
      'a gapped phrase holds a long object',
      'Kratom kept the sweats and the shakes of opioid withdrawal at bay.',
      // The signs "of opioid withdrawal" are its own, and relieving them relieves it (claims/signsOfCondition).
      ['PRESENTS_WITH condition:opioid-withdrawal symptom:sweating', 'PRESENTS_WITH condition:opioid-withdrawal symptom:tremor', 'RELIEVES substance:kratom condition:opioid-withdrawal', 'RELIEVES substance:kratom symptom:sweating', 'RELIEVES substance:kratom symptom:tremor'],
    ],
    [
      'a way of using or stopping named beside how hard the withdrawal was contributes to it',
      'Kratom withdrawal is common. People who have taken high doses for years may have a harder time. The more times a day, the rougher the comedown.',
      ['CONTRIBUTES_TO factor:dose condition:kratom-withdrawal', 'CONTRIBUTES_TO factor:frequency-of-use condition:kratom-withdrawal'],
    ],
    [
      'the writer’s sudden stop beside a hard withdrawal contributes to it, and the signs are still reported',
      'I used kratom for years. i cold turkeyed from 30g and it was 2 weeks of hell, no sleep, hot/cold sweats.',
      ['CONTRIBUTES_TO factor:abrupt-cessation condition:kratom-withdrawal', 'PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia', 'PRESENTS_WITH condition:kratom-withdrawal symptom:sweating'],
    ],
    [
      'a strategy named beside a withdrawal said to be milder eases it',
      'Kratom notes.\n\nSecond time I tapered, at a clinic, under supervision, cutting down slowly over six weeks, and the withdrawal was way milder. I joined a support group and the wd was a lot more bearable.',
      ['MITIGATES strategy:medical-supervision condition:kratom-withdrawal', 'MITIGATES strategy:support-groups condition:kratom-withdrawal', 'MITIGATES strategy:tapering condition:kratom-withdrawal'],
    ],
    [
      'near miss: a mild withdrawal that says when, or is milder than a strategy, is eased by nothing',
      'Kratom notes.\n\nTapering is advised where withdrawal is mild. The withdrawal was milder than after my taper.',
      [],
    ],
    [
      'a reduction repeated on a schedule is a taper',
      'Kratom notes.\n\nCut by maybe ten percent every week or two, and the withdrawal is far gentler. I shaved about half a gram off every four days and the wd was much easier.',
      ['MITIGATES strategy:tapering condition:kratom-withdrawal'],
    ],
    [
      'near miss: a reduction made once, or a sign cut every day, is no taper',
      'Kratom notes.\n\nI cut my intake by half in one go and the withdrawal was much easier. Loperamide can cut the diarrhoea every day.',
      [],
    ],
    [
      'a pronoun a way of stopping makes worse, naming nothing it can be, is the withdrawal talked about',
      'Kratom notes.\n\nFor most people, a slow taper helps. Abrupt cessation after heavy use makes it much worse.',
      ['CONTRIBUTES_TO factor:abrupt-cessation condition:kratom-withdrawal'],
    ],
    [
      'near miss: a pronoun that names a condition keeps it, and other factors are not ways of stopping',
      'Kratom notes.\n\nI use kratom daily. Opioid withdrawal is rough. Quitting cold turkey makes it worse. I take it with food. High doses make it worse.',
      ['CONTRIBUTES_TO factor:abrupt-cessation condition:opioid-withdrawal'],
    ],
    [
      'near miss: a dose that dates something is no amount',
      'Opioid withdrawal is often severe in the first days after the last dose.',
      [],
    ],
    [
      'a practice the agent is carried out under does what the agent does',
      'Kratom withdrawal is common. A gradual taper under medical supervision makes withdrawal easier. Cutting down slowly over a few weeks usually makes it much easier.',
      ['MITIGATES strategy:medical-supervision condition:kratom-withdrawal', 'MITIGATES strategy:tapering condition:kratom-withdrawal'],
    ],
    [
      'signs that stopped once a medicine was started were relieved by it; not those that stopped before',
      'Kratom withdrawal is common. The diarrhoea stopped once I started loperamide. The sweats stopped before I started clonidine.',
      ['RELIEVES substance:loperamide symptom:diarrhoea'],
    ],
    [
      'a nominalised relief names its agent after "by"',
      'Attenuation of sweating by clonidine is well established.',
      ['RELIEVES substance:clonidine symptom:sweating'],
    ],
    [
      'in a section on side effects, a list under a frequency band names the medicine’s side effects',
      'Clonidine leaflet\n\nClonidine is used for opioid withdrawal.\n\n4. Possible side effects\n\nVery common (may affect more than 1 in 10 people):\n- dry mouth\n- dizziness\n\n5. How to store it\n\nKeep it:\n- away from heat',
      ['CAUSES substance:clonidine symptom:dizziness', 'CAUSES substance:clonidine symptom:dry-mouth', 'RELIEVES substance:clonidine condition:opioid-withdrawal'],
    ],
    [
      'near miss: the same list outside a section on side effects names nothing',
      'Clonidine leaflet\n\nClonidine is used for opioid withdrawal.\n\nVery common (may affect more than 1 in 10 people):\n- dry mouth',
      ['RELIEVES substance:clonidine condition:opioid-withdrawal'],
    ],
    [
      'a drug class said of a drug ("is an antihistamine that", "acts as a stimulant and") is that drug',
      'Hydroxyzine is an antihistamine that eases anxiety. At low doses, kratom acts as a mild stimulant and increases alertness.',
      ['CAUSES substance:kratom symptom:alertness', 'RELIEVES substance:hydroxyzine symptom:anxiety'],
    ],
    [
      'near miss: the class named again on its own is the class',
      'Kratom is not an opioid, but opioids cause constipation.',
      ['CAUSES substance:opioids symptom:constipation'],
    ],
    [
      'a subject that stands for the side effects the sentence before named lists them',
      'Kratom is a tropical tree. However, kratom also has side effects. Common ones include nausea, constipation and loss of appetite.',
      ['CAUSES substance:kratom symptom:constipation', 'CAUSES substance:kratom symptom:loss-of-appetite', 'CAUSES substance:kratom symptom:nausea'],
    ],
    [
      'the same, "these" and a medicine of its own',
      'Kratom withdrawal is common. Loperamide has side effects too. These include dizziness and constipation.',
      ['CAUSES substance:loperamide symptom:constipation', 'CAUSES substance:loperamide symptom:dizziness'],
    ],
    [
      'near miss: a subject of its own after side effects',
      'Kratom also has side effects. Kratom withdrawal includes chills.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:chills'],
    ],
    [
      'a stop that precipitates a withdrawal syndrome brings on the ordinary one; a drug or a dose, the precipitated one',
      'Kratom is a plant. Abrupt cessation precipitates a withdrawal syndrome. Naloxone precipitates withdrawal.',
      ['CAUSES substance:naloxone condition:precipitated-withdrawal', 'CONTRIBUTES_TO factor:abrupt-cessation condition:kratom-withdrawal'],
    ],
    [
      'a function last in a list of signs a remedy helps is the sign of its loss',
      'Kratom withdrawal is rough. Hydroxyzine helped with anxiety and sleep. Exercise might help with the low mood and the sleep.',
      ['MITIGATES strategy:physical-activity symptom:insomnia', 'MITIGATES strategy:physical-activity symptom:low-mood', 'RELIEVES substance:hydroxyzine symptom:anxiety', 'RELIEVES substance:hydroxyzine symptom:insomnia'],
    ],
    [
      'words of the course of recovery name no provisional sign',
      'Counselling reduces cravings and relapse.',
      ['MITIGATES strategy:counselling symptom:cravings'],
    ],
    [
      'a risk brought down is relieved, never caused',
      'Methadone and buprenorphine cut the risk of overdose death. Naloxone lowers the risk of overdose. Kratom raises the risk of seizures.',
      ['CAUSES substance:kratom symptom:seizures', 'RELIEVES substance:buprenorphine condition:opioid-overdose', 'RELIEVES substance:methadone condition:opioid-overdose', 'RELIEVES substance:naloxone condition:opioid-overdose'],
    ],
    [
      'a demonstrative "that" opening a clause stands for what was named before it',
      'Kratom withdrawal is common. For heavier users we start buprenorphine, and that relieves the cravings.',
      ['RELIEVES substance:buprenorphine symptom:cravings'],
    ],
    [
      'an adverb may stand between a clause-opening "that" and its verb',
      'Kratom withdrawal is common. She gave me clonidine, and that honestly took the edge off the sweating.',
      ['RELIEVES substance:clonidine symptom:sweating'],
    ],
    [
      'near miss: a "that" before an adverb and a verb of no claim',
      'Kratom withdrawal is common. She said kratom, and that honestly surprised me.',
      [],
    ],
    [
      'a body part in a list of signs names no provisional sign',
      'Liver injury is rare. Warning signs include:\n- yellowing of the skin or eyes (jaundice);\n- dark urine',
      ['PRESENTS_WITH condition:liver-injury symptom:dark-urine', 'PRESENTS_WITH condition:liver-injury symptom:jaundice'],
    ],
    [
      'a medicine offered as an alternative after the claim does what its agent does',
      'Kratom withdrawal is common. For the sweating, clonidine works well, or lofexidine, which is similar.',
      ['RELIEVES substance:clonidine symptom:sweating', 'RELIEVES substance:lofexidine symptom:sweating'],
    ],
    [
      'near miss: an alternative to what a relative clause hangs on',
      'Kratom withdrawal is common. Your doctor may offer clonidine, which can calm sweating, or buprenorphine if you used strong opioids.',
      ['RELIEVES substance:clonidine symptom:sweating'],
    ],
    [
      'a sign measured against another condition is a sign of the one talked about',
      'Kratom withdrawal is usually mild. Jerky limb movements are reported more often than in opioid withdrawal.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:jerky-movements'],
    ],
    [
      'a sign measured against another condition is a sign of the one talked about, in other words',
      'Kratom withdrawal is usually mild. Diarrhoea is seen less often than in opioid withdrawal. Jerky movements are more common than in opioid withdrawal.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:diarrhoea', 'PRESENTS_WITH condition:kratom-withdrawal symptom:jerky-movements'],
    ],
    [
      'near miss: with no other condition talked about, the standard’s sign is nobody’s; a condition named plainly keeps it',
      'Opioid withdrawal is hard. Jerky movements are reported more often than in opioid withdrawal. Kratom withdrawal is usually mild. Yawning is reported in opioid withdrawal.',
      ['PRESENTS_WITH condition:opioid-withdrawal symptom:yawning'],
    ],
    [
      'an "active substance" in a plant is a constituent of it',
      'Kratom is a plant. The main active substance in it is called mitragynine.',
      ['CONTAINS substance:kratom compound:mitragynine'],
    ],
    [
      'an "active substance" in a plant is a constituent of it, in other words',
      'Kratom is a plant. The active chemical in kratom leaves is mitragynine.',
      ['CONTAINS substance:kratom compound:mitragynine'],
    ],
    [
      'near miss: a substance called active has no constituent',
      'Kratom is a plant. Kratom is an active substance.',
      [],
    ],
    [
      'a gapped phrase stays inside its clause',
      'Kratom withdrawal came. Tapering made it livable: the worst days felt like a flu.',
      ['MITIGATES strategy:tapering condition:kratom-withdrawal'],
    ],
    [
      'a gapped phrase ends at a comma that opens a clause of its own',
      'Kratom withdrawal is common. Caffeine makes withdrawal anxiety worse, so go easy on the coffee.',
      ['CAUSES substance:caffeine symptom:anxiety'],
    ],
    [
      'a gapped phrase ends at a comma that opens a clause of its own, in other words',
      'Kratom withdrawal is common. Alcohol makes the insomnia worse, so drink light. Extract use makes dependence harder to break, not easier.',
      ['CAUSES substance:alcohol symptom:insomnia', 'CONTRIBUTES_TO factor:product-potency condition:kratom-dependence'],
    ],
    [
      'near miss: a list goes on past its commas inside a gapped phrase',
      'Kratom withdrawal is common. Caffeine makes nausea, sweating and anxiety worse.',
      ['CAUSES substance:caffeine symptom:anxiety', 'CAUSES substance:caffeine symptom:nausea', 'CAUSES substance:caffeine symptom:sweating'],
    ],
    [
      'what agents "together can" bring on is the combination\'s, not each one\'s',
      'Do not mix kratom with alcohol or benzodiazepines. Together they can slow your breathing. Kratom and alcohol together may damage the liver.',
      ['CONTRIBUTES_TO factor:polysubstance-use condition:liver-injury', 'CONTRIBUTES_TO factor:polysubstance-use symptom:respiratory-depression'],
    ],
    [
      'near miss: "both can" is each agent\'s, and a report of what together happened names each exposure',
      'Kratom and gabapentin can both slow your breathing. Kratom and quetiapine together may have caused the seizure.',
      ['CAUSES substance:gabapentin symptom:respiratory-depression', 'CAUSES substance:kratom symptom:respiratory-depression', 'CAUSES substance:kratom symptom:seizures', 'CAUSES substance:quetiapine symptom:seizures'],
    ],
    [
      '"adverse reactions", a label\'s word for side effects, are what the drug brings on',
      'Gabapentin is widely prescribed. Its commonest adverse drug reactions include dizziness and somnolence. Adverse reactions to clonidine, such as dry mouth, were mild.',
      ['CAUSES substance:clonidine symptom:dry-mouth', 'CAUSES substance:gabapentin symptom:dizziness', 'CAUSES substance:gabapentin symptom:sedation'],
    ],
    [
      'near miss: a reaction that is no adverse one, and reactions asked for, name no cause',
      'Kratom withdrawal is common. Patients were asked about their reactions to the questionnaire. Sweating and anxiety were recorded daily.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:anxiety', 'PRESENTS_WITH condition:kratom-withdrawal symptom:sweating'],
    ],
    [
      'side effects listed after a run-in label that names a drug alone are that drug\'s',
      'Kratom is widely used. 7.1 Lofexidine. The most frequent adverse reactions are low blood pressure and dizziness. Clonidine. Side effects include dry mouth.',
      ['CAUSES substance:clonidine symptom:dry-mouth', 'CAUSES substance:lofexidine symptom:dizziness', 'CAUSES substance:lofexidine symptom:low-blood-pressure'],
    ],
    [
      'near miss: a label that names no drug, and side effects that name their own drug',
      'Kratom withdrawal is common. 4.2 Clonidine. Side effects of lofexidine include dizziness. Withdrawal. Sweating and anxiety are typical.',
      ['CAUSES substance:lofexidine symptom:dizziness', 'PRESENTS_WITH condition:kratom-withdrawal symptom:anxiety', 'PRESENTS_WITH condition:kratom-withdrawal symptom:sweating'],
    ],
    [
      'what a drug kills by, through or via is a harm it brings on',
      'On the street it is fentanyl, which kills by respiratory depression. Loperamide in huge doses can kill via cardiac arrhythmia.',
      ['CAUSES substance:fentanyl symptom:respiratory-depression', 'CAUSES substance:loperamide symptom:cardiac-arrhythmia'],
    ],
    [
      'near miss: a drug that kills a sign relieves it, and a passive\'s "by" names the agent',
      'Gabapentin killed my restless legs by the third night. The cravings were killed by buprenorphine.',
      ['RELIEVES substance:buprenorphine symptom:cravings', 'RELIEVES substance:gabapentin symptom:restlessness'],
    ],
    [
      'near miss: an alternative said in a clause of its own to do something does that, not what its agent does',
      'Your GP can prescribe lofexidine for sweating, or buprenorphine, which eases opioid withdrawal. Kratom withdrawal is common. Clonidine helps the sweats, or lofexidine, which some prefer.',
      ['RELIEVES substance:buprenorphine condition:opioid-withdrawal', 'RELIEVES substance:clonidine symptom:sweating', 'RELIEVES substance:lofexidine symptom:sweating'],
    ],
    [
      '"both" after "it" and a name stands for what "it" stands for and the name',
      'Gabapentin is often prescribed. But mixing it with kratom is risky: both can slow your breathing.',
      ['CAUSES substance:gabapentin symptom:respiratory-depression', 'CAUSES substance:kratom symptom:respiratory-depression', 'CONTRIBUTES_TO factor:polysubstance-use symptom:respiratory-depression'],
    ],
    [
      'near miss: "both" after two names is those two, not a drug of the sentence before',
      'Gabapentin is often prescribed. Kratom and alcohol are different, but both can slow your breathing.',
      ['CAUSES substance:alcohol symptom:respiratory-depression', 'CAUSES substance:kratom symptom:respiratory-depression'],
    ],
    [
      'a determiner of several reaches over the modifiers of its noun to what was just named',
      'Ask your doctor about clonidine or lofexidine. These prescription medicines calm the sweating.',
      ['RELIEVES substance:clonidine symptom:sweating', 'RELIEVES substance:lofexidine symptom:sweating'],
    ],
    [
      'a determiner of several reaches over an adjective too',
      'My doctor offered clonidine and gabapentin, and both older drugs eased the sweating.',
      ['RELIEVES substance:clonidine symptom:sweating', 'RELIEVES substance:gabapentin symptom:sweating'],
    ],
    [
      'near miss: "other" sets its noun apart, and "this" before a modifier brings in something new',
      'Ask your doctor about clonidine. These other herbal products calm the sweating. This herbal remedy eases the anxiety.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it('takes the action named between the trigger and the receptor', () => {
    const claim = extractDocument('Mitragynine acts as an antagonist at the delta-opioid receptor.', vocabulary).claims.find((c) => c.type === 'ACTS_ON');
    expect(claim?.evidence.map((evidence) => evidence.action)).toEqual(['antagonist']);
  });
});
