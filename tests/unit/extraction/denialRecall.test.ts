import { extractDocument } from '../../../src/extraction/extractDocument';
import { stancesOf as stances } from './stancesOf';
import { vocabulary } from './vocabularyFixture';

// A missed denial is almost always a claim not extracted at all (issue 9): each class below is a
// structure denying sentences use, pinned with sentences of our own and the near misses it must
// leave alone. Each case: a text and exactly the claims (with stance) it must give.
const cases: [string, string, string[]][] = [
  // A text about stopping several substances means withdrawal in general by bare "withdrawal".
  ['general withdrawal: title stops two', 'Stopping Opioids and Kratom Safely\n\nGabapentin does not shorten withdrawal.', ['RELIEVES substance:gabapentin condition:substance-withdrawal-syndrome NEGATED ASSERTED']],
  ['general withdrawal: two withdrawals', 'Quitting Alcohol or Benzodiazepines: A Guide\n\nHydration does not cure withdrawal.', ['MITIGATES strategy:hydration condition:substance-withdrawal-syndrome NEGATED ASSERTED']],
  ['general withdrawal: bracketed title', 'Withdrawal from Heroin and Kratom: Practice Notes (2025 revision)\n\nMagnesium is not a remedy for withdrawal.', ['RELIEVES substance:magnesium condition:substance-withdrawal-syndrome NEGATED ASSERTED']],
  ['near miss: title stops one', 'Stopping Kratom: A Guide\n\nClonidine does not shorten withdrawal. Kratom withdrawal is rarely dangerous.', ['RELIEVES substance:clonidine condition:kratom-withdrawal NEGATED ASSERTED']],
  ['near miss: title about no stopping', 'Kratom and Opioids: Pharmacology\n\nKratom withdrawal is common. Clonidine does not shorten withdrawal.', ['RELIEVES substance:clonidine condition:kratom-withdrawal NEGATED ASSERTED']],
  ['near miss: a substance taken to stop another', 'Used kratom to get off oxy\n\nClonidine does not shorten withdrawal.', ['RELIEVES substance:clonidine condition:opioid-withdrawal NEGATED ASSERTED']],
  ['near miss: the means of stopping another', 'Quitting heroin with kratom\n\nClonidine does not shorten withdrawal.', ['RELIEVES substance:clonidine condition:opioid-withdrawal NEGATED ASSERTED']],
  ['general withdrawal: adults using both', 'Withdrawal Management for Adults Using Opioids or Kratom\n\nClonidine does not shorten withdrawal.', ['RELIEVES substance:clonidine condition:substance-withdrawal-syndrome NEGATED ASSERTED']],
  ['near miss: a substance compared with', 'Kratom, like other opioids, is hard to stop\n\nClonidine does not shorten withdrawal.', ['RELIEVES substance:clonidine condition:kratom-withdrawal NEGATED ASSERTED']],
  ['near miss: one stopped, one used', 'day 4 off oxys using kratom, is this normal??\n\nclonidine helps with the withdrawal.', ['RELIEVES substance:clonidine condition:opioid-withdrawal AFFIRMED ASSERTED']],
  // With no withdrawal named yet, bare "withdrawal" is that of what the title stops, else of the text's substance.
  ['withdrawal of what the title stops', 'Ninety Days Without Kratom\n\nMagnesium did nothing for the withdrawal.', ['RELIEVES substance:magnesium condition:kratom-withdrawal NEGATED ASSERTED']],
  ['withdrawal of the text\'s substance', 'Kratom and the Liver\n\nMagnesium did nothing for the withdrawal.', ['RELIEVES substance:magnesium condition:kratom-withdrawal NEGATED ASSERTED']],
  // "none of it" counts everything named before it: each medicine and each practice tried is denied.
  ['"none of it" after a list in the sentence before', 'kratom wd insomnia\n\ntried magnesium, hot baths, even quinine tonic water lol. none of it did a thing for the legs.', ['MITIGATES strategy:hot-baths symptom:restlessness NEGATED ASSERTED', 'RELIEVES substance:magnesium symptom:restlessness NEGATED ASSERTED']],
  ['near miss: "it" alone is the first named', 'kratom wd insomnia\n\ntried magnesium and hot baths. it did nothing for the legs.', ['RELIEVES substance:magnesium symptom:restlessness NEGATED ASSERTED']],
  // "stuff that helped: … / stuff that didnt:": a lead that leaves out the verb of the lead before says it, negated.
  ['a lead that leaves out its verb', '2 weeks kratom free\n\nstuff that helped:\n- hot showers\n\nstuff that didnt:\n- the kratom detox kit from the smoke shop', ['MITIGATES strategy:hot-baths condition:kratom-withdrawal AFFIRMED ASSERTED', 'RELIEVES substance:detox-products condition:kratom-withdrawal NEGATED ASSERTED']],
  ['near miss: no lead before it to say the verb', '2 weeks kratom free\n\nstuff that didnt:\n- kava', []],
  ['a lead of remedies under a title that stops a substance', 'day 9 off kratom\n\nwhat helped:\n- melatonin', ['RELIEVES substance:melatonin condition:kratom-withdrawal AFFIRMED ASSERTED']],
  // Post-cues of a finding not made: "have not been substantiated", "have not been described".
  ['claims "have not been substantiated"', 'Kratom withdrawal is mild. Claims that kava shortens withdrawal have not been substantiated.', ['RELIEVES substance:kava condition:kratom-withdrawal NEGATED HEDGED']],
  ['signs that "have not been described"', 'Seizures have not been described in kratom withdrawal.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:seizures NEGATED ASSERTED']],
  ['near miss: "have been described"', 'Seizures have been described in kratom withdrawal.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:seizures AFFIRMED ASSERTED']],
  // "it" after a condition that opens its sentence is that condition.
  ['it: the opening condition', 'Kratom withdrawal is rarely dangerous, and it does not cause seizures.', ['CAUSES condition:kratom-withdrawal symptom:seizures NEGATED ASSERTED']],
  ['it: forum spelling', 'and most kratom wd is mild, nobody gets seizures from it', ['CAUSES condition:kratom-withdrawal symptom:seizures NEGATED ASSERTED']],
  ['near miss: a condition set apart', 'Unlike alcohol withdrawal, it does not cause seizures.', []],
  // Seizures seen during a withdrawal are among its signs (as "a feature of" it); a complication (dehydration) is brought on by it.
  ['seizures described, none seen', 'Seizures during kratom withdrawal have been described, but none occurred in this cohort.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:seizures NEGATED ASSERTED']],
  ['seizures "not a feature of" a withdrawal', 'Seizures are not a feature of kratom withdrawal.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:seizures NEGATED ASSERTED']],
  ['near miss: a withdrawal that "can cause" seizures causes them, by its verb', 'Alcohol withdrawal can cause seizures.', ['CAUSES condition:alcohol-withdrawal symptom:seizures AFFIRMED ASSERTED']],
  ['complication in a list of signs', 'Opioid withdrawal presents with sweating and dehydration.', ['CAUSES condition:opioid-withdrawal symptom:dehydration AFFIRMED ASSERTED', 'PRESENTS_WITH condition:opioid-withdrawal symptom:sweating AFFIRMED ASSERTED']],
  // Everyday words that name an entity only where a verb of cause, relief or having governs them.
  ['"fits" caused', 'Kratom withdrawal is unpleasant. It does not usually cause fits.', ['CAUSES condition:kratom-withdrawal symptom:seizures NEGATED ASSERTED']],
  ['lower-case "paws" fixed', 'kratom wont fix paws imo.', ['RELIEVES substance:kratom condition:post-acute-withdrawal-syndrome NEGATED HEDGED']],
  ['near miss: "fits" the verb', 'This plan fits most people, and kratom eases pain.', ['RELIEVES substance:kratom symptom:pain AFFIRMED ASSERTED']],
  ['near miss: a dog\'s paws', 'My dog licks his paws.', []],
  // A treatment noun names what it treats before it, and its subject is the medicine.
  ['treatment noun: denied', 'Naltrexone is not an opioid withdrawal treatment.', ['RELIEVES substance:naltrexone condition:opioid-withdrawal NEGATED ASSERTED']],
  ['treatment noun: affirmed', 'Clonidine is a useful opioid withdrawal medicine.', ['RELIEVES substance:clonidine condition:opioid-withdrawal AFFIRMED ASSERTED']],
  ['treatment noun: "no"', 'Buprenorphine is no kratom withdrawal remedy.', ['RELIEVES substance:buprenorphine condition:kratom-withdrawal NEGATED ASSERTED']],
  ['near miss: treatment as subject', 'Opioid withdrawal treatment often includes clonidine.', []],
  // A verb and its object that name a symptom, after a negation.
  ['negated symptom phrase', 'Mitragynine did not depress respiration at usual doses.', ['CAUSES compound:mitragynine symptom:respiratory-depression NEGATED ASSERTED']],
  ['never slowed breathing', 'Speciociliatine never slowed breathing in the mice.', ['CAUSES compound:speciociliatine symptom:respiratory-depression NEGATED ASSERTED']],
  ['"itself" stresses, it refers to nothing', 'Nausea was produced by 7-hydroxymitragynine, although mitragynine itself did not depress respiration.', ['CAUSES compound:7-hydroxymitragynine symptom:nausea AFFIRMED ASSERTED', 'CAUSES compound:mitragynine symptom:respiratory-depression NEGATED ASSERTED']],
  ['near miss: "itself" alone', 'Clonidine eases anxiety. Itself, it does little for cravings.', ['RELIEVES substance:clonidine symptom:anxiety AFFIRMED ASSERTED', 'RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED']],
  // What a comparison measures against ("a mild to moderate opioid withdrawal") is not what bare "withdrawal" means next.
  ['range before the standard', 'Kratom withdrawal resembled a mild to moderate opioid withdrawal syndrome. Tapering appears to ease withdrawal.', ['MITIGATES strategy:tapering condition:kratom-withdrawal AFFIRMED HEDGED']],
  ['near miss: no comparison', 'Kratom withdrawal was studied. Opioid withdrawal was mild to moderate. Tapering appears to ease withdrawal.', ['MITIGATES strategy:tapering condition:opioid-withdrawal AFFIRMED HEDGED']],
  // Keeping an organ from harm relieves its injury, as harming it causes it.
  ['protects the liver, denied', 'There is no evidence that milk thistle protects the liver from kratom.', ['RELIEVES substance:milk-thistle condition:liver-injury NEGATED ASSERTED']],
  ['shields the liver', 'Silymarin shields the liver.', ['RELIEVES substance:milk-thistle condition:liver-injury AFFIRMED ASSERTED']],
  ['near miss: harms the liver', 'Kratom can harm the liver.', ['CAUSES substance:kratom condition:liver-injury AFFIRMED ASSERTED']],
  // "won't make withdrawal shorter", and drinking enough is hydration.
  ['make shorter, denied', 'Opioid withdrawal is hard. Drinking enough will not make withdrawal shorter.', ['MITIGATES strategy:hydration condition:opioid-withdrawal NEGATED ASSERTED']],
  ['make shorter', 'Gabapentin makes opioid withdrawal shorter.', ['RELIEVES substance:gabapentin condition:opioid-withdrawal AFFIRMED ASSERTED']],
  // A dependence adjective denied by its prefix, or hyphenated in three tokens.
  ['non-addictive', 'Kratom is non-addictive.', ['CAUSES substance:kratom condition:kratom-dependence NEGATED ASSERTED']],
  ['not habit-forming', 'Kratom is not habit-forming.', ['CAUSES substance:kratom condition:kratom-dependence NEGATED ASSERTED']],
  ['myth of non-addictive', 'It is a myth that kratom is non-addictive.', ['CAUSES substance:kratom condition:kratom-dependence AFFIRMED ASSERTED']],
  ['near miss: no substance', 'Our powder is non-habit-forming.', []],
  // Receptor "activity" is an action on it.
  ['receptor activity', 'Mitragynine shows only weak kappa opioid receptor activity.', ['ACTS_ON compound:mitragynine receptor:kappa-opioid-receptor AFFIRMED ASSERTED']],
  ['lacks receptor activity', 'Mitraphylline lacks any mu-opioid receptor activity.', ['ACTS_ON compound:mitraphylline receptor:mu-opioid-receptor NEGATED ASSERTED']],
  ['devoid of receptor activity', 'Mitraphylline is devoid of opioid receptor activity.', ['ACTS_ON compound:mitraphylline receptor:opioid-receptors NEGATED ASSERTED']],
  ['free of receptor activity', 'Speciogynine is free of MOR activity.', ['ACTS_ON compound:speciogynine receptor:mu-opioid-receptor NEGATED ASSERTED']],
  ['near miss: physical activity', 'Physical activity eases restlessness.', ['MITIGATES strategy:physical-activity symptom:restlessness AFFIRMED ASSERTED']],
  // What a relief comes "without" is an effect its agent does not cause.
  ['relief without an effect', 'Kratom lifts a low mood without the jitters.', ['CAUSES substance:kratom symptom:jitteriness NEGATED ASSERTED', 'RELIEVES substance:kratom symptom:low-mood AFFIRMED ASSERTED']],
  ['relief without two effects', 'Our kratom eases pain without drowsiness or nausea.', ['CAUSES substance:kratom symptom:nausea NEGATED ASSERTED', 'CAUSES substance:kratom symptom:sedation NEGATED ASSERTED', 'RELIEVES substance:kratom symptom:pain AFFIRMED ASSERTED']],
  ['check-mark bullets', 'Why customers love our kratom:\n✔ Kratom eases pain without drowsiness.', ['CAUSES substance:kratom symptom:sedation NEGATED ASSERTED', 'RELIEVES substance:kratom symptom:pain AFFIRMED ASSERTED']],
  ['bullet opening with its verb', 'Our Red Bali is calming.\n\n✔ Lifts a low mood without the jitters', ['CAUSES substance:kratom symptom:jitteriness NEGATED ASSERTED', 'RELIEVES substance:kratom symptom:low-mood AFFIRMED ASSERTED']],
  ['capitalised verb opening a sentence', 'Kratom is a plant. Relieves stress in minutes.', ['RELIEVES substance:kratom symptom:stress AFFIRMED ASSERTED']],
  ['near miss: capitalised nouns', 'Genes matter. Targets vary.', []],
  ['near miss: without a prescription', 'Clonidine eases sweating without a prescription.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
  ['no relief before it: a sign said absent', 'Kratom withdrawal passes without seizures.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:seizures NEGATED ASSERTED']],
  // Products sold as withdrawal aids, scare quotes and all; "groggy" is sedation.
  ['detox kits', 'Detox kits do nothing for opioid withdrawal.', ['RELIEVES substance:detox-products condition:opioid-withdrawal NEGATED ASSERTED']],
  ['scare quotes inside a name', 'I bought a "kratom detox" kit online; it did nothing for opioid withdrawal.', ['RELIEVES substance:detox-products condition:opioid-withdrawal NEGATED ASSERTED']],
  ['groggy', 'Kratom does not leave you groggy.', ['CAUSES substance:kratom symptom:sedation NEGATED ASSERTED']],
  // Trials that compare with placebo: "no better than placebo" denies the benefit, "superior to placebo" affirms it.
  ['no better than placebo', 'Kava was no better than placebo for anxiety.', ['RELIEVES substance:kava symptom:anxiety NEGATED ASSERTED']],
  ['superior to placebo', 'Clonidine was superior to placebo for sweating.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
  ['"did not differ from placebo on"', 'In the trial, sertraline did not differ from placebo on low mood.', ['RELIEVES substance:sertraline symptom:low-mood NEGATED ASSERTED']],
  ['"differed from placebo in"', 'Lofexidine differed from placebo in sweating scores.', ['RELIEVES substance:lofexidine symptom:sweating AFFIRMED ASSERTED']],
  // "either medication" stands for the two named before, as "both" and "neither" do; a treatment noun standing for them claims no relief itself.
  ['"attributed to either medication"', 'Patients got buprenorphine or naltrexone. No liver injury was attributed to either medication.', ['CAUSES substance:buprenorphine condition:liver-injury NEGATED ASSERTED', 'CAUSES substance:naltrexone condition:liver-injury NEGATED ASSERTED']],
  ['"neither medication caused": no relief denied', 'Patients got buprenorphine or naltrexone. Neither medication caused nausea.', ['CAUSES substance:buprenorphine symptom:nausea NEGATED ASSERTED', 'CAUSES substance:naltrexone symptom:nausea NEGATED ASSERTED']],
  ['near miss: "either way"', 'Patients got buprenorphine or naltrexone. Either way, kratom causes nausea.', ['CAUSES substance:kratom symptom:nausea AFFIRMED ASSERTED']],
  ['near miss: a medication named as one', 'Buprenorphine is a good medication for cravings.', ['RELIEVES substance:buprenorphine symptom:cravings AFFIRMED ASSERTED']],
  ['vitamin C, by name and as "it"', 'Kratom withdrawal is common. Vitamin C is popular. There is no evidence that it shortens withdrawal.', ['RELIEVES substance:vitamin-c condition:kratom-withdrawal NEGATED ASSERTED']],
  // Sources that disagree in one sentence: authors named as a review cites them dispute the claim before the contrast.
  ['"whereas Delacroix et al. found no benefit"', 'Kratom withdrawal review. Rahim et al. reported that gabapentin improved sleep onset, whereas Delacroix et al. found no benefit.', ['RELIEVES substance:gabapentin symptom:insomnia AFFIRMED HEDGED', 'RELIEVES substance:gabapentin symptom:insomnia NEGATED ASSERTED']],
  ['"whereas Delacroix and Mbeki found no benefit"', 'Kratom withdrawal review. Rahim reported that gabapentin improved sleep onset, whereas Delacroix and Mbeki found no benefit.', ['RELIEVES substance:gabapentin symptom:insomnia AFFIRMED HEDGED', 'RELIEVES substance:gabapentin symptom:insomnia NEGATED ASSERTED']],
  ['near miss: a capitalised phrase that is no author', 'Kratom withdrawal review. Gabapentin improved sleep onset, but the Kratom Kings forum found no benefit.', ['RELIEVES substance:gabapentin symptom:insomnia AFFIRMED ASSERTED']],
  ['a strategy "not any gentler"', 'Kratom withdrawal guide. Tapering is not any gentler than quitting.', ['MITIGATES strategy:tapering condition:kratom-withdrawal NEGATED ASSERTED']],
  // An effect too small to count is none: "a negligible effect on", "its effect … was negligible".
  ['"a negligible effect on"', 'Trazodone had a negligible effect on daytime fatigue.', ['RELIEVES substance:trazodone symptom:fatigue NEGATED ASSERTED']],
  ['"effect … was negligible"', "Trazodone's effect on fatigue was negligible.", ['RELIEVES substance:trazodone symptom:fatigue NEGATED ASSERTED']],
  ['near miss: an effect that was large', "Trazodone's effect on fatigue was large.", ['RELIEVES substance:trazodone symptom:fatigue AFFIRMED ASSERTED']],
  // A writer's account of what did nothing for them is about what they went through.
  ['did nothing for me', 'Kratom withdrawal was rough. Kava did nothing for me.', ['RELIEVES substance:kava condition:kratom-withdrawal NEGATED ASSERTED']],
  // A past condition is a risk factor: "a history of seizures" is not seizures.
  ['history of a condition is a factor', 'Kratom withdrawal was studied. Patients with a history of depression did not have worse withdrawal.', ['CONTRIBUTES_TO factor:history-of-depression condition:kratom-withdrawal NEGATED ASSERTED']],
  // Bare "wd" is never the precipitated withdrawal named just before it.
  ['bare wd after precipitated wd', 'kratom wd is rough. bupe too early can throw u into precipitated wd. naltrexone is not a wd med.', ['CAUSES substance:buprenorphine condition:precipitated-withdrawal AFFIRMED ASSERTED', 'RELIEVES substance:naltrexone condition:kratom-withdrawal NEGATED ASSERTED']],
  // Guidelines deny a medicine a role: "has no role in the acute phase" (the withdrawal itself).
  ['no role in the acute phase', 'Opioid withdrawal can be managed at home. Naltrexone has no role in the acute phase.', ['RELIEVES substance:naltrexone condition:opioid-withdrawal NEGATED ASSERTED']],
  ['near miss: plays a role in a harm', 'Kratom plays a role in liver injury.', []],
  // What people got after taking a substance is its harm, and "none developed" denies it.
  ['none developed after taking', 'None of the patients developed seizures after taking kratom.', ['CAUSES substance:kratom symptom:seizures NEGATED ASSERTED']],
  ['participants who took a substance are its users', 'Kratom is a plant. Nausea was common in participants who took kratom daily.', ['CAUSES substance:kratom symptom:nausea AFFIRMED ASSERTED']],
  ['developed after weeks of use', 'Two patients developed liver injury after several weeks of daily kratom use.', ['CAUSES substance:kratom condition:liver-injury AFFIRMED ASSERTED']],
  ['near miss: after stopping, the signs are the withdrawal\'s', 'He developed chills after stopping kratom.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:chills AFFIRMED ASSERTED']],
  // A withdrawal's existence denied before it is named.
  ['no such thing as', 'There is no such thing as kratom withdrawal.', ['CAUSES substance:kratom condition:kratom-withdrawal NEGATED ASSERTED']],
  // A treatment said to be absent denies nothing: "tapered without medication".
  ['near miss: without medication', 'Kratom withdrawal is common. Patients tapered without medication did well.', []],
  ['a substance said to be no treatment', 'Kratom is no treatment for opioid withdrawal.', ['RELIEVES substance:kratom condition:opioid-withdrawal NEGATED ASSERTED']],
  ['the main clause denies, the relative clause affirms of another', 'Kratom does not cause the respiratory depression that kills people on fentanyl.', ['CAUSES substance:fentanyl symptom:respiratory-depression AFFIRMED ASSERTED', 'CAUSES substance:kratom symptom:respiratory-depression NEGATED ASSERTED']],
  // A treatment said to have failed after it is named: the clause that says so is about that claim.
  ['failed: someone\'s symptoms are the condition talked about', 'Kratom withdrawal is common. Callers had taken loperamide, which did not relieve their symptoms.', ['RELIEVES substance:loperamide condition:kratom-withdrawal NEGATED ASSERTED']],
  ['near miss: symptoms named after "of" are those named', 'Kratom withdrawal is common. Clonidine relieved his symptoms of anxiety.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:anxiety AFFIRMED ASSERTED', 'RELIEVES substance:clonidine symptom:anxiety AFFIRMED ASSERTED']],
  ['failed: which-clause', 'Kratom withdrawal is hard. The doctor gave him hydroxyzine for the anxiety, which he says didn\'t help at all.', ['RELIEVES substance:hydroxyzine symptom:anxiety NEGATED ASSERTED']],
  ['failed: same clause', 'Kratom withdrawal is hard. Gabapentin for the restless legs never worked.', ['RELIEVES substance:gabapentin symptom:restlessness NEGATED ASSERTED']],
  ['near miss: what failed is named after', 'Kratom withdrawal is hard. Clonidine takes the edge off the sweats but it does nothing for the rls.', ['RELIEVES substance:clonidine symptom:restlessness NEGATED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
  // A statement with a question tagged on states what comes before the tag; the tag names nothing.
  ['tag question', 'kratom doesnt depress breathing, isnt that the whole ceiling effect thing?', ['CAUSES substance:kratom symptom:respiratory-depression NEGATED ASSERTED']],
  ['near miss: a real question', 'Does kratom depress breathing?', []],
  ['tag "right?" names nothing', 'clonidine helps the sweats, right?', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
  // What a denial measures against, echoed by an auxiliary, does it.
  ['denial beside a standard that does it', 'Kratom does not depress breathing like real opioids do.', ['CAUSES substance:kratom symptom:respiratory-depression NEGATED ASSERTED', 'CAUSES substance:opioids symptom:respiratory-depression AFFIRMED ASSERTED']],
  // Who said it, inside a relative clause, is no argument: the clause is about what "which" stands for.
  ['reporting aside', 'Kratom withdrawal was hard. He tapered down over six weeks, which he swears made it bearable.', ['MITIGATES strategy:tapering condition:kratom-withdrawal AFFIRMED ASSERTED']],
  // A brand the document defines by its medicine is that medicine throughout; what it is said to be is no subject.
  ['brand defined by its active substance', 'Lofenza contains the active substance lofexidine. Lofenza does not cause constipation. Lofenza is not an opioid and does not act on mu-opioid receptors.', ['ACTS_ON substance:lofexidine receptor:mu-opioid-receptor NEGATED ASSERTED', 'CAUSES substance:lofexidine symptom:constipation NEGATED ASSERTED']],
  ['brand in brackets', 'Suboxa (buprenorphine) does not cause constipation in most patients.', ['CAUSES substance:buprenorphine symptom:constipation NEGATED ASSERTED']],
  ['near miss: a product that contains an alkaloid is not the alkaloid', 'Maengo contains mitragynine. Maengo does not cause constipation.', []],
  // In withdrawal talk "my legs", "the legs" are the restless legs.
  ['the legs are restless legs', 'Kratom withdrawal kept me up. Hot baths did nothing for my legs. Magnesium at night might help the legs.', ['MITIGATES strategy:hot-baths symptom:restlessness NEGATED ASSERTED', 'RELIEVES substance:magnesium symptom:restlessness AFFIRMED HEDGED']],
  // Sources that disagree: the relief claimed before the contrast is also denied, by the sources after it.
  ['disputed in the sentence', 'Kratom withdrawal is common. Some small studies suggest gabapentin may help with restlessness, but others found no benefit.', ['RELIEVES substance:gabapentin symptom:restlessness AFFIRMED HEDGED', 'RELIEVES substance:gabapentin symptom:restlessness NEGATED ASSERTED']],
  ['disputed in the next sentence', 'Kratom withdrawal is common. Some of us swear by gabapentin for the legs. Others say it did nothing.', ['RELIEVES substance:gabapentin symptom:restlessness AFFIRMED HEDGED', 'RELIEVES substance:gabapentin symptom:restlessness NEGATED ASSERTED']],
  ['near miss: a failure with its own object is its own claim', 'Kratom withdrawal is common. Clonidine helps the sweats, but others say it does nothing for the rls.', ['RELIEVES substance:clonidine symptom:restlessness NEGATED HEDGED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
  // A subject dropped before an auxiliary or a modal is the remedy talked about.
  ['dropped subject before "didn\'t"', 'Kratom withdrawal is common. Melatonin is popular. Didn\'t do much for sleep.', ['RELIEVES substance:melatonin symptom:insomnia NEGATED ASSERTED']],
  ['dropped subject before a modal', 'Loperamide is cheap. Can cause constipation.', ['CAUSES substance:loperamide symptom:constipation AFFIRMED ASSERTED']],
  // A dropped subject may be a practice, as "it" across sentences may not.
  ['dropped subject: the practice before', 'Kratom withdrawal is common. A hot bath eases the aches. Does nothing for the anxiety though.', ['MITIGATES strategy:hot-baths symptom:anxiety NEGATED ASSERTED', 'MITIGATES strategy:hot-baths symptom:muscle-aches AFFIRMED ASSERTED']],
  ['dropped subject: "won\'t touch" under a bullet', 'Kratom withdrawal is common.\n- a walk for the aches. Won\'t touch the cravings though.', ['MITIGATES strategy:physical-activity symptom:cravings NEGATED ASSERTED', 'MITIGATES strategy:physical-activity symptom:muscle-aches AFFIRMED ASSERTED']],
  ['dropped subject: an affirmed practice', 'Kratom withdrawal is common. Tapering is slow. Helps with the cravings though.', ['MITIGATES strategy:tapering symptom:cravings AFFIRMED ASSERTED']],
  ['dropped subject: the product a bullet before was about', 'Red Bali kratom capsules.\n- Soothes aching muscles after the gym\n- Helps you sleep', ['RELIEVES substance:kratom symptom:insomnia AFFIRMED ASSERTED', 'RELIEVES substance:kratom symptom:muscle-aches AFFIRMED ASSERTED']],
  ['"it" is the practice the sentence before named alone', 'Kratom withdrawal is common. Walking helps the aches. It does nothing for the anxiety.', ['MITIGATES strategy:physical-activity symptom:anxiety NEGATED ASSERTED', 'MITIGATES strategy:physical-activity symptom:muscle-aches AFFIRMED ASSERTED']],
  ['near miss: "it" after a sentence that named a drug is the drug', 'Kratom withdrawal is common. Clonidine helps the sweats. It does nothing for the anxiety.', ['RELIEVES substance:clonidine symptom:anxiety NEGATED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
  ['near miss: "but" opens a clause, not a list item', 'Hot baths do nothing for the anxiety but the rls would finally settle.', ['MITIGATES strategy:hot-baths symptom:anxiety NEGATED ASSERTED']],
  // A failure with no object, under a label that opens no condition, is of the condition the text has named most so far.
  ['failure with no object: the withdrawal named most', 'day 3 off kratom. the wd is brutal and the wd sweats are worse.\n\nMod note · 5 points\ntapering never worked for me. I later went to an addiction clinic.', ['MITIGATES strategy:tapering condition:kratom-withdrawal NEGATED ASSERTED']],
  // A relief verb with no object helps with what its sentence said the remedy was for.
  ['stated purpose: denied', 'Kratom withdrawal is common. Many take magnesium for restless legs, but it did not help me.', ['RELIEVES substance:magnesium symptom:restlessness NEGATED ASSERTED']],
  ['stated purpose: a practice affirmed', 'Kratom withdrawal is common. I tried walking for the anxiety, and it helped.', ['MITIGATES strategy:physical-activity symptom:anxiety AFFIRMED ASSERTED']],
  ['near miss: a purpose no remedy is named for', 'Kratom withdrawal is common. For the restless legs, it did not help.', []],
  // A relative clause hangs on the noun before a short phrase of place or time.
  ['relative after "at home"', 'He had tried diphenhydramine at home, which he said did not help him sleep.', ['RELIEVES substance:diphenhydramine symptom:insomnia NEGATED ASSERTED']],
  ['relative after "in the evening"', 'She tried melatonin in the evening, which did not help her sleep.', ['RELIEVES substance:melatonin symptom:insomnia NEGATED ASSERTED']],
  // "zero" denies as "no" does; a dose brought down to zero denies nothing.
  ['"zero difference"', 'Kratom withdrawal is common. Tapering made zero difference to the cravings.', ['MITIGATES strategy:tapering symptom:cravings NEGATED ASSERTED']],
  ['"zero effect"', 'Kratom withdrawal is common. Kava had zero effect on my anxiety.', ['RELIEVES substance:kava symptom:anxiety NEGATED ASSERTED']],
  ['near miss: tapered to zero', 'Kratom withdrawal is common. I tapered down to zero and the sweats got worse.', []],
  // A habit of use says its substance brings something on only where the habit's own claim is affirmed and no measure of it rises.
  ['a dose not associated denies the dose\'s part only', 'Kratom withdrawal is common. Dose was not associated with withdrawal.', ['CONTRIBUTES_TO factor:dose condition:kratom-withdrawal NEGATED ASSERTED']],
  ['a measure noun after the target', 'Kratom withdrawal is common. Dose was associated with withdrawal severity.', ['CONTRIBUTES_TO factor:dose condition:kratom-withdrawal AFFIRMED ASSERTED']],
  ['near miss: daily use brings dependence on', 'Kratom withdrawal is common. Daily use is associated with dependence.', ['CAUSES substance:kratom condition:kratom-dependence AFFIRMED ASSERTED', 'CONTRIBUTES_TO factor:frequency-of-use condition:kratom-dependence AFFIRMED ASSERTED']],
  // A verdict after a colon is on what stands before it.
  ['verdict after a colon', 'Kratom withdrawal is common. Loperamide for diarrhoea: works. Loperamide for anxiety: useless.', ['RELIEVES substance:loperamide symptom:anxiety NEGATED ASSERTED', 'RELIEVES substance:loperamide symptom:diarrhoea AFFIRMED ASSERTED']],
  ['verdict after a colon, with adverbs', 'Kratom withdrawal is common. Kava for sleep: pretty much useless.', ['RELIEVES substance:kava symptom:insomnia NEGATED ASSERTED']],
  ['"a waste of money"', 'Kratom withdrawal is common. Gabapentin for the rls was a waste of money.', ['RELIEVES substance:gabapentin symptom:restlessness NEGATED ASSERTED']],
  ['near miss: a verdict on another remedy', 'Kratom withdrawal is common. Kava is great for anxiety, but magnesium was useless.', ['RELIEVES substance:kava symptom:anxiety AFFIRMED ASSERTED']],
  // Lower-case scores measure the symptom they follow; a capitalised one names an instrument.
  ['"anxiety scores" measure anxiety', 'Kratom withdrawal is common. Gabapentin did not significantly reduce anxiety scores.', ['RELIEVES substance:gabapentin symptom:anxiety NEGATED ASSERTED']],
  ['near miss: an instrument\'s name', 'Kratom withdrawal is common. Gabapentin did not change the Anxiety Score.', []],
  // Each sign someone reports is a finding of its own (NegEx): "denied" and "no" deny only the signs they reach.
  ['a patient denied one sign', 'Case report. A 30-year-old man stopped kratom. On day 2 of withdrawal he had sweating and diarrhoea but denied hallucinations.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:diarrhoea AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:hallucinations NEGATED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:sweating AFFIRMED ASSERTED']],
  ['signs reported absent', 'day 4 off kratom. no sweats, no chills, just tired.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:chills NEGATED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:sweating NEGATED ASSERTED']],
  ['near miss: a sign not so bad is still had', 'day 3 off kratom. the sweats weren\'t too bad but the insomnia is brutal.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:sweating AFFIRMED ASSERTED']],
  // A verbless verdict on another target carries the relief claimed just before.
  ['verdict: "not so much"', 'Kratom withdrawal is common. Hot showers help with aches. Cravings, not so much.', ['MITIGATES strategy:hot-baths symptom:cravings NEGATED ASSERTED', 'MITIGATES strategy:hot-baths symptom:muscle-aches AFFIRMED ASSERTED']],
  ['verdict: "nope" on two', 'Kratom withdrawal is common. Clonidine helped the sweats. The cravings and the anxiety - nope.', ['RELIEVES substance:clonidine symptom:anxiety NEGATED ASSERTED', 'RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
  ['verdict: "too" adds', 'Kratom withdrawal is common. Clonidine helped the sweats. Anxiety too.', ['RELIEVES substance:clonidine symptom:anxiety AFFIRMED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
  ['near miss: a sentence with a verb of its own', 'Kratom withdrawal is common. Clonidine helped the sweats. Anxiety is the worst though.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:anxiety AFFIRMED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
  ['a causative adjective denied', 'Kratom withdrawal is common. Loperamide is not sedating.', ['CAUSES substance:loperamide symptom:sedation NEGATED ASSERTED']],
  ['"produced no improvement in"', 'Kratom withdrawal is common. Trazodone produced no improvement in insomnia.', ['RELIEVES substance:trazodone symptom:insomnia NEGATED ASSERTED']],
  // A label before a colon is the subject of the verb after it; "stop" stops a bare withdrawal too.
  ['labelled subject', 'Kratom withdrawal is common. Gabapentin: helped the legs, didn\'t touch the cravings.', ['RELIEVES substance:gabapentin symptom:cravings NEGATED ASSERTED', 'RELIEVES substance:gabapentin symptom:restlessness AFFIRMED ASSERTED']],
  ['near miss: a label before an instruction', 'Kratom withdrawal is common. Clonidine: take it at night.', []],
  ['"will not stop withdrawal"', 'Kratom withdrawal is common. Imodium will not stop withdrawal.', ['RELIEVES substance:loperamide condition:kratom-withdrawal NEGATED ASSERTED']],
  // Forum shorthand: "af" intensifies; doubt after the account hedges it; an equation with "zero help" causes nothing.
  ['"useless af for"', 'Kratom withdrawal is common. kava was useless af for the anxiety', ['RELIEVES substance:kava symptom:anxiety NEGATED ASSERTED']],
  ['"idk if its placebo" hedges', 'Kratom withdrawal is common. gabapentin helped w sleep but idk if its placebo', ['RELIEVES substance:gabapentin symptom:insomnia AFFIRMED HEDGED']],
  ['near miss: a comparison with placebo hedges nothing', 'Kratom withdrawal is common. Clonidine eased sweating more than placebo.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
  ['"= zero help for" causes nothing', 'Kratom withdrawal is common. clonidine = zero help for cravings', []],
  // A condition clause is a claim of its own: a negation before "if" does not reach it; doubt about it hedges.
  ['near miss: "do not drive if" denies nothing after it', 'Kratom is a plant. Do not drive if clonidine makes you sleepy.', ['CAUSES substance:clonidine symptom:sedation AFFIRMED HEDGED']],
  ['"don\'t know if" hedges', 'Kratom is a plant. I don\'t know if kratom helps with anxiety.', ['RELIEVES substance:kratom symptom:anxiety AFFIRMED HEDGED']],
  // Rebuttals: what a writer disputes or rejects is turned over.
  ['"dispute the authors\' claim that"', 'Kratom withdrawal is common. We dispute the authors\' claim that kratom causes liver injury.', ['CAUSES substance:kratom condition:liver-injury NEGATED ASSERTED']],
  ['"reject the idea that" a denial affirms', 'Kratom withdrawal is common. We reject the idea that kratom does not cause dependence.', ['CAUSES substance:kratom condition:kratom-dependence AFFIRMED ASSERTED']],
  ['near miss: a dispute about something else', 'Kratom withdrawal is common. We dispute the finding, but kratom causes constipation.', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED']],
  // A gloss in brackets does not carry the main clause's negation into a participle after it.
  ['denial beside what is seen with others', 'Kratom does not cause the dangerous slowing of breathing (respiratory depression) seen with heroin.', ['CAUSES substance:heroin symptom:respiratory-depression AFFIRMED ASSERTED', 'CAUSES substance:kratom symptom:respiratory-depression NEGATED ASSERTED']],
  ['made no difference to', 'Kratom withdrawal is common. Magnesium supplements, widely recommended online, made no measurable difference to restless legs.', ['RELIEVES substance:magnesium symptom:restlessness NEGATED ASSERTED']],
  // A past tense with its object after "did not find that" is the clause's verb, not a participle that makes a claim of its own.
  ['"did not find that" a drug shortened it', 'Kratom withdrawal is common. We did not find that gabapentin shortened withdrawal.', ['RELIEVES substance:gabapentin condition:kratom-withdrawal NEGATED ASSERTED']],
  ['"Nor did we find that"', 'Kratom withdrawal is common. Nor did we find that lofexidine eased the cravings.', ['RELIEVES substance:lofexidine symptom:cravings NEGATED ASSERTED']],
  ['near miss: a participle after its noun is still a claim of its own', 'Kratom withdrawal is common. Trials did not record the constipation caused by loperamide.', ['CAUSES substance:loperamide symptom:constipation AFFIRMED ASSERTED']],
  // A word governed by a preposition is no subject, so the noun after it is no verb: "both benefit and harm" makes no claim.
  ['near miss: "compatible with both benefit and harm"', 'Tapering and exercise were studied. Gabapentin does not shorten kratom withdrawal, and the interval is compatible with both benefit and harm.', ['RELIEVES substance:gabapentin condition:kratom-withdrawal NEGATED ASSERTED']],
  // The writer's own trial after a remedy just praised disputes it; one that names what it failed at is a claim of its own.
  ['"Didn\'t help at all for me" after what everyone says', 'Day 3 of my kratom taper. Everyone on the forum says magnesium helps restless legs. Didn\'t help at all for me.', ['RELIEVES substance:magnesium symptom:restlessness AFFIRMED HEDGED', 'RELIEVES substance:magnesium symptom:restlessness NEGATED ASSERTED']],
  ['"It did nothing for me"', 'Day 3 of my kratom taper. Clonidine helps the sweats. It did nothing for me.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating NEGATED ASSERTED']],
  [
    'a source that disputes what the sentence before claimed, whatever it claimed',
    'The FDA has warned that kratom can cause liver damage and seizures. The American Kratom Association disputes that, arguing the cases involved adulterated products.',
    ['CAUSES substance:kratom condition:liver-injury AFFIRMED ASSERTED', 'CAUSES substance:kratom condition:liver-injury NEGATED ASSERTED', 'CAUSES substance:kratom symptom:seizures AFFIRMED ASSERTED', 'CAUSES substance:kratom symptom:seizures NEGATED ASSERTED'],
  ],
  ['near miss: a denial of something named, or of something else', 'Kratom can cause seizures. The company denies wrongdoing. Critics reject kratom bans.', ['CAUSES substance:kratom symptom:seizures AFFIRMED ASSERTED']],
  ['"Tried X." makes X, not the drug before it, what "it" and a dropped subject stand for', 'Quit kratom last month. Tried melatonin. It had no effect on the insomnia. Tried valerian. No effect on the anxiety.', ['RELIEVES substance:melatonin symptom:insomnia NEGATED ASSERTED', 'RELIEVES substance:valerian symptom:anxiety NEGATED ASSERTED']],
  ['near miss: a failure at something else', 'Day 3 of my kratom taper. Clonidine helps the sweats. It did nothing for the cravings.', ['RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
  // A dose cannot relieve: the drug it is a dose of does (or does not); "neither one" is the pair.
  ['"High doses of X do not help with"', 'Kratom withdrawal is common. High doses of loperamide do not help with cravings or aches.', ['RELIEVES substance:loperamide symptom:cravings NEGATED ASSERTED', 'RELIEVES substance:loperamide symptom:muscle-aches NEGATED ASSERTED']],
  ['"Neither one does anything for"', 'Kratom withdrawal is common. Clonidine and lofexidine help with sweats. Neither one does anything for cravings.', ['RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED', 'RELIEVES substance:lofexidine symptom:cravings NEGATED ASSERTED', 'RELIEVES substance:lofexidine symptom:sweating AFFIRMED ASSERTED']],
  ['near miss: "one" as a number', 'Kratom withdrawal is common. Clonidine helps with sweats. Each one of the patients had cravings.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:cravings AFFIRMED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
  // A second predicate after the first one's object is a clause of its own: the denial stays with the first.
  ['a denial, then "and may keep you awake"', 'Kratom withdrawal is common. Pseudoephedrine does nothing for withdrawal aches and may keep you awake.', ['CAUSES substance:pseudoephedrine symptom:insomnia AFFIRMED HEDGED', 'RELIEVES substance:pseudoephedrine symptom:muscle-aches NEGATED ASSERTED']],
  ['near miss: two verbs sharing one object share the denial', 'Kratom withdrawal is common. Clonidine does not relieve or prevent cravings.', ['RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED']],
  // "but" goes on with a list only as "but not" / "but also": before a clause of its own it ends the list.
  ['near miss: a clause after "but" is no item of the denied list', 'Kratom withdrawal is common. Hot baths do nothing for the anxiety but the rls and back aches would finally chill out.', ['MITIGATES strategy:hot-baths symptom:anxiety NEGATED ASSERTED']],
  ['"but not" goes on with the list', 'Kratom withdrawal is common. Clonidine reduces sweating but not cravings.', ['RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
  // An aside between commas before the verb leaves nothing out: no ellipsis repeats the claim before it for the new subject.
  ['near miss: "does not, however, relieve" is no ellipsis', 'Kratom withdrawal is common. Doctors give loperamide for diarrhoea; clonidine does not, however, relieve cravings.', ['RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED', 'RELIEVES substance:loperamide symptom:diarrhoea AFFIRMED ASSERTED']],
  ['an ellipsis still repeats it', 'Kratom withdrawal is common. Bupe treats oud, kratom doesnt.', ['RELIEVES substance:buprenorphine condition:opioid-use-disorder AFFIRMED ASSERTED', 'RELIEVES substance:kratom condition:opioid-use-disorder NEGATED ASSERTED']],
  // What a treatment is for is no sign a list of medications includes.
  ['near miss: "medications include clonidine for sweating"', 'Kratom withdrawal is common. Medications described include clonidine for sweating and anxiety.', ['RELIEVES substance:clonidine symptom:anxiety AFFIRMED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
  // A word of relief that tells which amount ("at analgesic doses") claims no relief; "not far above" is a degree, no negation.
  ['near miss: "did not depress respiration at analgesic doses" denies no relief', 'Kratom is a plant. Mitragynine did not depress respiration at analgesic doses.', ['CAUSES compound:mitragynine symptom:respiratory-depression NEGATED ASSERTED']],
  ['near miss: "not far above" negates nothing', 'Kratom is a plant. Kratom causes nausea at doses not far above the usual ones.', ['CAUSES substance:kratom symptom:nausea AFFIRMED ASSERTED']],
  // A dispute of the relief before stands beside the sentence's own claims.
  ['"Others say it did nothing and left them foggy"', 'Kratom withdrawal is common. Some of us swear by gabapentin for the RLS. Others say it did nothing and left them dizzy.', ['CAUSES substance:gabapentin symptom:dizziness AFFIRMED HEDGED', 'RELIEVES substance:gabapentin symptom:restlessness AFFIRMED HEDGED', 'RELIEVES substance:gabapentin symptom:restlessness NEGATED ASSERTED']],
  // What was expected of a remedy and then denied was a hope, not a claim; a reply may close the sentence itself.
  ['an expectation denied after a semicolon', 'Kratom withdrawal is common. A friend swore gabapentin would fix my legs; it didn\'t, not for me.', ['RELIEVES substance:gabapentin symptom:restlessness NEGATED ASSERTED']],
  ['an expectation denied by the next sentence', 'Kratom withdrawal is common. I was told loperamide would stop the diarrhoea. It didn\'t.', ['RELIEVES substance:loperamide symptom:diarrhoea NEGATED ASSERTED']],
  ['an expectation borne out after a semicolon: the writer\'s own word', 'Kratom withdrawal is common. My doctor thought clonidine would help with the sweats; it did.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
  ['near miss: what others say, then denied, stays beside the denial', 'Kratom withdrawal is common. People say kratom kills cravings. For me it didn\'t, not really.', ['RELIEVES substance:kratom symptom:cravings AFFIRMED HEDGED', 'RELIEVES substance:kratom symptom:cravings NEGATED ASSERTED']],
  ['near miss: a clause after a semicolon with a verb phrase of its own', 'Kratom withdrawal is common. Magnesium helps the restless legs; it does for me anyway.', ['RELIEVES substance:magnesium symptom:restlessness AFFIRMED ASSERTED']],
  // "and neither did …", "and so did …" repeat a claim for a practice too, and for a subject after a determiner.
  ['"and neither did" a practice', 'Kratom withdrawal is common. Melatonin did nothing for the insomnia, and neither did the sleep-hygiene leaflet.', ['MITIGATES strategy:consistent-sleep symptom:insomnia NEGATED ASSERTED', 'RELIEVES substance:melatonin symptom:insomnia NEGATED ASSERTED']],
  ['"and so did the fluids"', 'Kratom withdrawal is common. Loperamide helped with the diarrhoea and so did the fluids.', ['MITIGATES strategy:hydration symptom:diarrhoea AFFIRMED ASSERTED', 'RELIEVES substance:loperamide symptom:diarrhoea AFFIRMED ASSERTED']],
  ['"nor did" a medicine', 'Kratom withdrawal is common. Clonidine did not help the anxiety, nor did hydroxyzine.', ['RELIEVES substance:clonidine symptom:anxiety NEGATED ASSERTED', 'RELIEVES substance:hydroxyzine symptom:anxiety NEGATED ASSERTED']],
  ['near miss: "so did" before a clause that goes on', 'Kratom withdrawal is common. Loperamide helped with the diarrhoea and so did the nurse who brought fluids.', ['RELIEVES substance:loperamide symptom:diarrhoea AFFIRMED ASSERTED']],
  // Sources set apart by a semicolon or "but": a study that found no benefit, no effect, disputes the claim before it.
  [
    'a semicolon sets a second series against the first',
    'Kratom withdrawal is common. Gabapentin: may ease restless legs (one case series); a second series (n = 14) found no benefit; not recommended routinely.',
    ['RELIEVES substance:gabapentin symptom:restlessness AFFIRMED HEDGED', 'RELIEVES substance:gabapentin symptom:restlessness NEGATED ASSERTED'],
  ],
  [
    'a pilot that "found no effect on" the same sign: each side its own clause',
    'Kratom withdrawal is common. Several clinicians report gabapentin eases the restless legs; the small pilot found no effect on restless legs.',
    ['RELIEVES substance:gabapentin symptom:restlessness AFFIRMED HEDGED', 'RELIEVES substance:gabapentin symptom:restlessness NEGATED ASSERTED'],
  ],
  ['a trial\'s finding on another sign is of the same medicine', 'Kratom withdrawal is common. Clonidine eases sweating, but a trial found no effect on cravings.', ['RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
  [
    'an observer\'s finding after "however" disputes the relief felt before',
    'Kratom withdrawal is common. Gabapentin was trialled, as he felt it had eased his restless legs before; however, nursing staff observed no improvement in his restless legs.',
    ['RELIEVES substance:gabapentin symptom:restlessness AFFIRMED ASSERTED', 'RELIEVES substance:gabapentin symptom:restlessness NEGATED ASSERTED'],
  ],
  [
    'a study "found no evidence that" after "although": each side its own clause',
    'Kratom is a plant. Case reports suggest that kratom may cause liver injury, although a cohort study found no evidence that kratom at typical doses causes liver injury.',
    ['CAUSES substance:kratom condition:liver-injury AFFIRMED HEDGED', 'CAUSES substance:kratom condition:liver-injury NEGATED ASSERTED'],
  ],
  ['a verb misread as a noun, a name right after it: "kratom at typical doses causes liver injury"', 'Kratom is a plant. Kratom at typical doses causes liver injury.', ['CAUSES substance:kratom condition:liver-injury AFFIRMED ASSERTED']],
  ['near miss: a trial of another medicine is of that one', 'Kratom withdrawal is common. Clonidine eases sweating, but a trial of lofexidine found no effect on cravings.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED', 'RELIEVES substance:lofexidine symptom:cravings NEGATED ASSERTED']],
  // A verb reporting a clause relates nothing itself; "reported with" still associates.
  ['"which they reported did not relieve"', 'Kratom withdrawal is common. Callers had taken loperamide, which they reported did not relieve their sweating.', ['RELIEVES substance:loperamide symptom:sweating NEGATED HEDGED']],
  ['near miss: "reported with" associates', 'Kratom is a plant. Seizures have been reported with kratom.', ['CAUSES substance:kratom symptom:seizures AFFIRMED HEDGED']],
  // A past participle before its noun modifies it ("recognised effects"), however the tagger reads it.
  ['a participle before an effect noun', 'Serotonin syndrome and seizures are not recognised effects of buprenorphine induction.', ['CAUSES substance:buprenorphine condition:serotonin-syndrome NEGATED ASSERTED', 'CAUSES substance:buprenorphine symptom:seizures NEGATED ASSERTED']],
  ['a participle before an effect noun, affirmed', 'Constipation and sweating are established effects of loperamide.', ['CAUSES substance:loperamide symptom:constipation AFFIRMED ASSERTED', 'CAUSES substance:loperamide symptom:sweating AFFIRMED ASSERTED']],
  ['near miss: a participle after "have" is the verb', 'Clonidine has not reduced sweating in this cohort.', ['RELIEVES substance:clonidine symptom:sweating NEGATED ASSERTED']],
  // The adjective of a harm ("hepatotoxic", "cardiotoxic") said of a substance says it causes the harm.
  ['"has not been shown to be hepatotoxic"', '7-hydroxymitragynine has not been shown to be hepatotoxic.', ['CAUSES compound:7-hydroxymitragynine condition:liver-injury NEGATED ASSERTED']],
  ['"is cardiotoxic" at high doses', 'Kratom is a plant. Loperamide is cardiotoxic.', ['CAUSES substance:loperamide condition:cardiac-toxicity AFFIRMED ASSERTED']],
  ['near miss: a hepatotoxic thing unnamed', 'Kratom is a plant. Some hepatotoxic herbs are sold online.', []],
  // What "affects" or "influences" a withdrawal contributes to it; what affects a receptor acts on it.
  ['"no good evidence that sex affects"', 'Kratom withdrawal is common. There is no good evidence that sex affects withdrawal severity.', ['CONTRIBUTES_TO factor:sex condition:kratom-withdrawal NEGATED ASSERTED']],
  ['"strongly influences withdrawal severity"', 'Kratom withdrawal is common. The daily dose strongly influences withdrawal severity.', ['CONTRIBUTES_TO factor:dose condition:kratom-withdrawal AFFIRMED ASSERTED']],
  ['near miss: what affects a receptor acts on it', 'Mitragynine affects the mu-opioid receptor.', ['ACTS_ON compound:mitragynine receptor:mu-opioid-receptor AFFIRMED ASSERTED']],
  // What comes after "at" is when ("at typical doses"), not who; a large dose there still contributes.
  ['"at typical doses" is no agent', 'Kratom is a plant. Kratom does not appear to cause liver injury at typical doses.', ['CAUSES substance:kratom condition:liver-injury NEGATED HEDGED']],
  ['near miss: "at high doses" contributes', 'Kratom is a plant. Kratom can cause liver injury at high doses.', ['CAUSES substance:kratom condition:liver-injury AFFIRMED ASSERTED', 'CONTRIBUTES_TO factor:dose condition:liver-injury AFFIRMED ASSERTED']],
  // A fronted alternative denies of the subject what it says the subject did not do.
  ['"Rather than relieving pain, kratom caused headaches"', 'Kratom is a plant. Rather than relieving pain, kratom caused headaches.', ['CAUSES substance:kratom symptom:headache AFFIRMED ASSERTED', 'RELIEVES substance:kratom symptom:pain NEGATED ASSERTED']],
  // "made it worse": "it" is the anxiety named before it (claims/pairArguments objectSign).
  ['"Far from easing anxiety"', 'Kratom is a plant. Far from easing anxiety, kratom made it worse.', ['CAUSES substance:kratom symptom:anxiety AFFIRMED ASSERTED', 'RELIEVES substance:kratom symptom:anxiety NEGATED ASSERTED']],
  ['near miss: "rather than" a practice', 'Kratom is a plant. Rather than tapering, he stopped kratom abruptly.', []],
  ['near miss: "case reports involving" a use', 'Kratom is a plant. Respiratory depression has been described in case reports involving kratom use.', ['CAUSES substance:kratom symptom:respiratory-depression AFFIRMED HEDGED']],
  // The writer's own trial told before the failure disputes what others said it does.
  ['"I tried it, it did nothing"', 'Kratom withdrawal is common. My friend said clonidine helps the sweating a lot. I tried it, it did nothing.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED HEDGED', 'RELIEVES substance:clonidine symptom:sweating NEGATED ASSERTED']],
  ['"I try, it not help"', 'Kratom withdrawal is common. My friend said clonidine helps the sweating a lot. I try, it not help.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED HEDGED', 'RELIEVES substance:clonidine symptom:sweating NEGATED ASSERTED']],
  ['near miss: someone else\'s trial told before the failure', 'Kratom withdrawal is common. My friend said clonidine helps the sweating a lot. My sister tried the tea, it did nothing.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED HEDGED']],
  // An object relative clause: "which" stands for the noun before it, the patient.
  ['"restless legs, which clonidine failed to improve"', 'Kratom withdrawal is common. He still had restless legs, which clonidine failed to improve.', ['RELIEVES substance:clonidine symptom:restlessness NEGATED ASSERTED']],
  ['"insomnia that melatonin did not fix"', 'Kratom withdrawal is common. She had insomnia that melatonin did not fix.', ['RELIEVES substance:melatonin symptom:insomnia NEGATED ASSERTED']],
  ['near miss: a subject relative clause keeps its subject as the agent', 'Kratom withdrawal is common. Clonidine, which helps sweating, is cheap.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
  // Everyday words for doing nothing, and pharmacology's nouns of action.
  ['"did zilch for"', 'Kratom withdrawal is common. CBD did zilch for my cravings.', ['RELIEVES substance:cannabidiol symptom:cravings NEGATED ASSERTED']],
  ['"didnt touch"', 'Kratom withdrawal is common. Clonidine didnt touch the cravings.', ['RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED']],
  ['near miss: "nothing touches … like kratom does" praises kratom', 'Kratom withdrawal is common. Nothing touches the cravings like kratom does.', ['RELIEVES substance:kratom symptom:cravings AFFIRMED ASSERTED']],
  ['near miss: touching a plant relieves nothing', 'Kratom is a plant. Please do not touch the plant.', []],
  ['"no meaningful action at" a receptor', 'Kratom is a plant. Lofexidine has no meaningful action at the mu-opioid receptor.', ['ACTS_ON substance:lofexidine receptor:mu-opioid-receptor NEGATED ASSERTED']],
  ['"at either the mu- or the kappa-opioid receptor": both denied', 'Kratom is a plant. Lofexidine has no action at either the mu- or the kappa-opioid receptor.', ['ACTS_ON substance:lofexidine receptor:kappa-opioid-receptor NEGATED ASSERTED', 'ACTS_ON substance:lofexidine receptor:mu-opioid-receptor NEGATED ASSERTED']],
  ['"does not switch on" a receptor', 'Kratom is a plant. Paynantheine does not switch on the mu-opioid receptor.', ['ACTS_ON compound:paynantheine receptor:mu-opioid-receptor NEGATED ASSERTED']],
  // A harm "of" a drug is that drug's, not the page's substance's.
  ['"a side effect of" another drug', 'Kratom is popular. Constipation is a side effect of loperamide.', ['CAUSES substance:loperamide symptom:constipation AFFIRMED ASSERTED']],
  ['"an effect of" another drug', 'Kratom is popular. Constipation is an effect of loperamide.', ['CAUSES substance:loperamide symptom:constipation AFFIRMED ASSERTED']],
  ['near miss: side effects of no drug named are the page\'s', 'Kratom is popular. Side effects include constipation.', ['CAUSES substance:kratom symptom:constipation AFFIRMED ASSERTED']],
  // A strategy beside a withdrawal said to be no milder did not ease it.
  ['withdrawal no milder beside a strategy', 'Kratom notes.\n\nI tapered this time and the withdrawal was not any milder.', ['MITIGATES strategy:tapering condition:kratom-withdrawal NEGATED ASSERTED']],
  ['near miss: a plural or a part of the text in front of brackets is no brand', 'Patients (kratom) were seen. Patients do not get constipation. Figure (kratom) shows who. Figure does not cause constipation.', []],
  // "supplement" after a determiner refers back to the supplements named, as "drug" does; "a supplement" names none.
  ['neither supplement', 'Kratom withdrawal is common. Melatonin may help sleep and magnesium may ease cramps. Neither supplement treats the withdrawal itself.', ['RELIEVES substance:magnesium condition:kratom-withdrawal NEGATED ASSERTED', 'RELIEVES substance:melatonin condition:kratom-withdrawal NEGATED ASSERTED', 'RELIEVES substance:melatonin symptom:insomnia AFFIRMED HEDGED']],
  ['near miss: a supplement', 'Kratom withdrawal is common. Clonidine eases sweating. A supplement alone often does not treat withdrawal.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
  // Verb-phrase ellipsis across sentences: a sentence of a subject and an auxiliary repeats the claim before, with its own stance.
  ['ellipsis: denied for a new subject', 'Benzodiazepine withdrawal can bring on seizures. Kratom withdrawal, in most cases, does not.', ['CAUSES condition:benzodiazepine-withdrawal symptom:seizures AFFIRMED ASSERTED', 'CAUSES condition:kratom-withdrawal symptom:seizures NEGATED ASSERTED']],
  ['ellipsis: affirmed with "too"', 'Clonidine eases the sweats. Lofexidine does too.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED', 'RELIEVES substance:lofexidine symptom:sweating AFFIRMED ASSERTED']],
  ['ellipsis: after "But"', "Loperamide settles diarrhoea. But lofexidine doesn't.", ['RELIEVES substance:lofexidine symptom:diarrhoea NEGATED ASSERTED', 'RELIEVES substance:loperamide symptom:diarrhoea AFFIRMED ASSERTED']],
  ['ellipsis: hedged by its modal', 'Clonidine eases the sweats. Lofexidine might.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED', 'RELIEVES substance:lofexidine symptom:sweating AFFIRMED HEDGED']],
  ['near miss: a sentence with a verb of its own', 'Clonidine eases the sweats. Lofexidine is a newer drug.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
  ['near miss: an aside, then the verb', 'Clonidine eases the sweats. Lofexidine does not, however, ease cravings.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED', 'RELIEVES substance:lofexidine symptom:cravings NEGATED ASSERTED']],
  // Idioms of no effect: "does not touch" a receptor, "failed to separate from placebo", "found no difference in".
  ['"does not touch" a receptor', 'Kratom binds the mu-opioid receptor. Caffeine does not touch that receptor.', ['ACTS_ON substance:caffeine receptor:mu-opioid-receptor NEGATED ASSERTED', 'ACTS_ON substance:kratom receptor:mu-opioid-receptor AFFIRMED ASSERTED']],
  ['"failed to separate from placebo"', 'In the trial, lofexidine failed to separate from placebo on cravings.', ['RELIEVES substance:lofexidine symptom:cravings NEGATED ASSERTED']],
  ['"found no difference in"', 'A small trial of yoga found no significant difference in anxiety.', ['MITIGATES strategy:physical-activity symptom:anxiety NEGATED ASSERTED']],
  // A remedy's verdict with no object is on the signs the sentence before described.
  ['verdict on the signs before: denied', 'The muscle cramps at night were awful. The magnesium my sister recommended hasn\'t done anything.', ['RELIEVES substance:magnesium symptom:muscle-cramps NEGATED ASSERTED']],
  ['verdict on the signs before: affirmed', 'The insomnia was the worst of it. Melatonin helped a lot.', ['RELIEVES substance:melatonin symptom:insomnia AFFIRMED ASSERTED']],
  ['near miss: the verdict has an object of its own', 'The insomnia was the worst of it. Melatonin helped my partner sleep.', []],
  // A subject carried into a later clause is every coordinated subject, not a named example of one.
  ['carried subject: both coordinated', 'Clonidine and lofexidine ease sweating but do not touch cravings.', ['RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED', 'RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED', 'RELIEVES substance:lofexidine symptom:cravings NEGATED ASSERTED', 'RELIEVES substance:lofexidine symptom:sweating AFFIRMED ASSERTED']],
  ['near miss: an example is no second subject', 'Sleep aids such as diphenhydramine ease insomnia but can worsen restless legs.', ['CAUSES substance:diphenhydramine symptom:restlessness AFFIRMED ASSERTED', 'RELIEVES substance:diphenhydramine symptom:insomnia AFFIRMED ASSERTED', 'RELIEVES substance:sleep-aids symptom:insomnia AFFIRMED ASSERTED']],
  // An aside between dashes is read as one between commas: a relative clause or a noun phrase.
  ['dash aside: relative clause', 'Gabapentin - which my doctor called a wonder drug - did nothing for the cravings.', ['RELIEVES substance:gabapentin symptom:cravings NEGATED ASSERTED']],
  ['dash aside: apposition', 'Gabapentin \u2014 a drug for nerve pain \u2014 eases restless legs.', ['RELIEVES substance:gabapentin symptom:restlessness AFFIRMED ASSERTED']],
  ['near miss: a list between dashes', 'His symptoms - sweating, yawning and diarrhoea - were typical of kratom withdrawal.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:diarrhoea AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:sweating AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning AFFIRMED ASSERTED']],
  ['near miss: a clause between dashes', 'Kratom can cause seizures - the poison centre has recorded several - mostly with other drugs.', ['CAUSES substance:kratom symptom:seizures AFFIRMED ASSERTED']],
  // A quotation mark may open a clause whose subject is carried; a subject named in brackets is carried nowhere.
  ['carried subject: a quoted clause', 'Sleep hygiene might help a bit with sleep but "doesn\'t touch the restless legs".', ['MITIGATES strategy:consistent-sleep symptom:insomnia AFFIRMED HEDGED', 'MITIGATES strategy:consistent-sleep symptom:restlessness NEGATED ASSERTED']],
  ['carried subject: not one in brackets', 'Sleep hygiene (no screens, same bedtime) might help with sleep but doesn\'t touch the restless legs.', ['MITIGATES strategy:consistent-sleep symptom:insomnia AFFIRMED HEDGED', 'MITIGATES strategy:consistent-sleep symptom:restlessness NEGATED ASSERTED']],
  // A negation inside brackets is the bracket's own.
  ['near miss: "no" inside brackets', 'Sleep hygiene (no screens, a cool room) might help with insomnia.', ['MITIGATES strategy:consistent-sleep symptom:insomnia AFFIRMED HEDGED']],
  // A stomach upset is digestive upset, by the verb as by the noun.
  ['"upsets my stomach"', 'Kratom upsets my stomach.', ['CAUSES substance:kratom symptom:gastrointestinal-upset AFFIRMED ASSERTED']],
  ['"doesn\'t upset my stomach"', 'The ginger doesn\'t upset my stomach.', ['CAUSES substance:ginger symptom:gastrointestinal-upset NEGATED ASSERTED']],
  // A rebuttal after a semicolon: "found no such thing".
  ['"found no such thing"', 'Magnesium eases restless legs; the trial found no such thing.', ['RELIEVES substance:magnesium symptom:restlessness AFFIRMED ASSERTED', 'RELIEVES substance:magnesium symptom:restlessness NEGATED ASSERTED']],
  // A cause named with no object is a cause of what the sentence before said was brought on, in a list item too.
  ['"was not a predictor"', 'High doses predict severe kratom withdrawal. Duration of use was not a predictor.', ['CONTRIBUTES_TO factor:dose condition:kratom-withdrawal AFFIRMED ASSERTED', 'CONTRIBUTES_TO factor:duration-of-use condition:kratom-withdrawal NEGATED ASSERTED']],
  ['"was also a risk factor"', 'High doses predict severe kratom withdrawal. Duration of use was also an independent risk factor.', ['CONTRIBUTES_TO factor:dose condition:kratom-withdrawal AFFIRMED ASSERTED', 'CONTRIBUTES_TO factor:duration-of-use condition:kratom-withdrawal AFFIRMED ASSERTED']],
  ['near miss: no noun of cause', 'High doses predict severe kratom withdrawal. Duration of use was a surprise.', ['CONTRIBUTES_TO factor:dose condition:kratom-withdrawal AFFIRMED ASSERTED']],
  ['the second sentence of a list item', 'Findings:\n* High doses predicted severe kratom withdrawal. Duration of use was not a predictor.', ['CONTRIBUTES_TO factor:dose condition:kratom-withdrawal AFFIRMED ASSERTED', 'CONTRIBUTES_TO factor:duration-of-use condition:kratom-withdrawal NEGATED ASSERTED']],
  ['a contribution denied', 'He developed kratom liver injury. The high dose did not contribute.', ['CONTRIBUTES_TO factor:dose condition:liver-injury NEGATED ASSERTED']],
  // What was tried for a sign, listed after it, each denied by the failure that closes the list.
  ['tried everything, nothing worked', 'Ive tryed everything for the kratom wd insomnia, melatonin, benadryl, nothing worked.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia AFFIRMED ASSERTED', 'RELIEVES substance:diphenhydramine symptom:insomnia NEGATED ASSERTED', 'RELIEVES substance:melatonin symptom:insomnia NEGATED ASSERTED']],
  ['tried everything, between dashes', 'I tried everything for the legs - magnesium, hot baths - nothing helped.', ['MITIGATES strategy:hot-baths symptom:restlessness NEGATED ASSERTED', 'RELIEVES substance:magnesium symptom:restlessness NEGATED ASSERTED']],
  ['near miss: the list ends in a success', 'I tried everything for the insomnia: melatonin, benadryl, and finally valerian worked.', []],
  // A noun after what it acts on, its agent after "by".
  ['"receptor agonism by"', 'Mu-opioid receptor agonism by mitragynine is well documented.', ['ACTS_ON compound:mitragynine receptor:mu-opioid-receptor AFFIRMED ASSERTED']],
  // What someone cannot stop doing goes on: the negation affirms it (a pseudo-negation).
  ['"can\'t stop" with a gerund affirms', 'Kratom withdrawal is rough. I can\'t stop yawning and she couldn\'t stop sweating for three days.', ['PRESENTS_WITH condition:kratom-withdrawal symptom:sweating AFFIRMED ASSERTED', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning AFFIRMED ASSERTED']],
  ['stopping doing something relieves nothing', 'kratom wd day 4. also cant stop sneezing lol', ['PRESENTS_WITH condition:kratom-withdrawal symptom:sneezing AFFIRMED ASSERTED']],
  ['near miss: a remedy stopped a sign', 'Kratom withdrawal is rough. Clonidine stopped the sweating.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
  ['near miss: a remedy that could not stop a sign denies', 'Kratom withdrawal is rough. Clonidine couldn\'t stop the sweating.', ['RELIEVES substance:clonidine symptom:sweating NEGATED ASSERTED']],
  // A remedy that leaves a sign "untouched" or "unchanged" denies relieving it; the word denies only the phrase it ends.
  ['leaves a sign untouched', 'Kratom withdrawal is common. Clonidine and lofexidine leave craving untouched.', ['RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED', 'RELIEVES substance:lofexidine symptom:cravings NEGATED ASSERTED']],
  ['near miss: something else left unchanged', 'Kratom withdrawal is common. Clonidine left her blood pressure unchanged and eased the sweating.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
  // "Not on its own." answers a question no, for the thing asked about alone.
  ['a qualified no to a question', 'Kratom FAQ\n\nDoes kratom withdrawal cause seizures?\nNot on its own.', ['CAUSES condition:kratom-withdrawal symptom:seizures NEGATED ASSERTED']],
  ['near miss: "not" going on to a clause', 'Kratom FAQ\n\nDoes kratom withdrawal cause seizures?\nNot on its own terms, some say.', []],
  // A claim quoted and ruled false after it, on its line after a dash or in the next sentence, was examined, not made.
  ['ruled false after a dash', 'Kratom withdrawal myths\n\n"Loperamide will stop the cravings." - False. It does not help.', ['RELIEVES substance:loperamide symptom:cravings NEGATED ASSERTED']],
  ['ruled false in the next sentence', 'Kratom withdrawal myths\n\nLoperamide will stop the cravings. False.', ['RELIEVES substance:loperamide symptom:cravings NEGATED ASSERTED']],
  ['near miss: ruled true', 'Kratom withdrawal myths\n\n"Loperamide will stop the cravings." - True.', ['RELIEVES substance:loperamide symptom:cravings AFFIRMED ASSERTED']],
  // A line labelled as a misconception states what the page denies, as "Myth:" does.
  ['a misconception denied', 'Misconception: Gabapentin is a cure for kratom withdrawal.\nReality: It does not shorten withdrawal.', ['RELIEVES substance:gabapentin condition:kratom-withdrawal NEGATED ASSERTED', 'RELIEVES substance:gabapentin condition:kratom-withdrawal NEGATED ASSERTED']],
  ['a misconception that denies, turned', 'Misconception: Kratom is not addictive.\nReality: Regular use leads to dependence.', ['CAUSES substance:kratom condition:kratom-dependence AFFIRMED ASSERTED', 'CAUSES substance:kratom condition:kratom-dependence AFFIRMED ASSERTED']],
  ['near miss: a conception of no one', 'Kratom withdrawal is common.\nPerception: Gabapentin is a cure for kratom withdrawal.', ['RELIEVES substance:gabapentin condition:kratom-withdrawal AFFIRMED ASSERTED']],
  // Avoiding a drug is keeping off it: no relief by the drug, and a drug avoided "for" a sign is a use warned against.
  ['avoiding a drug relieves nothing by it', 'Re: clonidine for kratom wd??\n\na: please stay away from benzos\n\nb: +1 on avoiding benzos.\n\na: thanks', []],
  ['a drug to stay away from for a sign', 'Kratom withdrawal is rough. Please stay away from benzos for sleep.', []],
  ['near miss: a drug taken for a sign', 'Kratom withdrawal is rough. Please try melatonin for sleep.', ['RELIEVES substance:melatonin symptom:insomnia AFFIRMED ASSERTED']],
];

describe('denials extracted where the claim was missed (issue 9)', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(stances(text)).toEqual([...expected].sort());
  });
});

describe('a disagreement inside one sentence', () => {
  it('gives each side its own clause as evidence', () => {
    const text = 'Some authors advocate gabapentin for kratom withdrawal, whereas a small series found no benefit.';
    const claim = extractDocument(text, vocabulary).claims.find((c) => c.sourceId === 'substance:gabapentin');
    expect(claim?.evidence.map((e) => [e.polarity, e.quote])).toEqual([
      ['AFFIRMED', text],
      ['NEGATED', 'whereas a small series found no benefit.'],
    ]);
  });

  // Other sources after the claim dispute it; they do not take it back, so both sides stay.
  it.each<[string, string[]]>([
    ['Some say CBD helps the anxiety, others say it does nothing.', ['RELIEVES substance:cannabidiol symptom:anxiety AFFIRMED HEDGED', 'RELIEVES substance:cannabidiol symptom:anxiety NEGATED ASSERTED']],
    ['Some users find that kava eases anxiety, while others find it useless.', ['RELIEVES substance:kava symptom:anxiety AFFIRMED HEDGED', 'RELIEVES substance:kava symptom:anxiety NEGATED ASSERTED']],
    ['Dr Smith says kratom causes liver injury; Dr Jones disagrees.', ['CAUSES substance:kratom condition:liver-injury AFFIRMED HEDGED', 'CAUSES substance:kratom condition:liver-injury NEGATED ASSERTED']],
    ['Kratom eases anxiety, and it does nothing for nausea.', ['RELIEVES substance:kratom symptom:anxiety AFFIRMED ASSERTED', 'RELIEVES substance:kratom symptom:nausea NEGATED ASSERTED']],
  ])('%s', (text, expected) => {
    expect(stances(text)).toEqual([...expected].sort());
  });
});
