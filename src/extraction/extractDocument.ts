import { RELIEF_TYPES } from '../domain/relationshipTypes';
import { DRUG_KINDS } from '../domain/entityKinds';
import { RELATIONSHIP_ENDS } from '../domain/relationshipEnds';
import { isComparisonStandard } from './anaphora/comparisonStandard';
import { Discourse } from './anaphora/discourse';
import { documentTopics } from './anaphora/documentTopics';
import { documentAliases, withAliases } from './anaphora/documentAliases';
import { disputedAfter } from './claims/disputedClaims';
import { agentWithdrawalOf, generalWithdrawal } from './anaphora/generalWithdrawal';
import { stoppedInTitle } from './anaphora/stoppedInTitle';
import { ownConditionsOf, plantsOf, substancesOfConditions } from './anaphora/ownConditions';
import { resolveAnaphor } from './anaphora/resolveAnaphor';
import { isContrast } from './claims/argumentGroups';
import { findCues } from './claims/assertionStatus';
import { withDroppedSubject } from './claims/droppedSubject';
import { startedMedicine } from './claims/resolvedAfterTreatment';
import type { ClaimDraft } from './claims/claimDraft';
import { sentenceClaims } from './claims/sentenceClaims';
import type { SentenceContext } from './claims/sentenceContext';
import { passageAnalyser } from './language/analysePassage';
import { COMPLICATIONS } from './lexicon/complications';
import { mergeClaims } from './mergeClaims';
import { buildTermIndex } from './mentions/buildTermIndex';
import { withFamilyModifiers } from './mentions/familyModifiers';
import { findMentions } from './mentions/findMentions';
import { answeredQuestion, clauseAndReply, repliedClaims } from './structure/answeredQuestion';
import { verdictOnTarget } from './structure/verdictOnTarget';
import { verdictClaims, withoutAnswerLabel } from './structure/verdictLine';
import { askedRemedy } from './structure/askedRemedy';
import { continuedClaims, continuedTargets } from './structure/continuedClaims';
import { ellipticSentence } from './structure/ellipticSentence';
import { objectlessContribution } from './structure/objectlessContribution';
import { objectlessVerdict } from './structure/objectlessVerdict';
import { headingDrugs } from './structure/headingDrugs';
import { titlePassageIndex } from './structure/byline';
import { withEllipticVerb } from './structure/ellipticLead';
import { asDefinitionOf, headwordOf, isDefinition, labelledDefinition, withHeadword } from './structure/definitionEntry';
import { enteredWithdrawal } from './structure/enteredWithdrawal';
import { undergoneSigns } from './structure/undergoneSigns';
import { namedAfterwards } from './structure/namedAfterwards';
import { listMarkerLength, passageRole, type PassageRole } from './structure/passageRole';
import { reportedSigns, reportedSignsAfterBut } from './structure/reportedSigns';
import { filledQuestion, qualifiedYes } from './structure/filledQuestion';
import { pipeCells, pipeRowClaims } from './structure/pipeTable';
import { labelledDrug, listedSideEffects, listsEffectsNamedBefore, namesSideEffects, opensSection } from './structure/sideEffectSections';
import { speakerLabels, speakerLabelLength } from './structure/speakerLabels';
import { isMythLine } from './claims/assertionStatus';
import { tagQuestionStart } from './structure/tagQuestion';
import { splitPassages } from './text/splitPassages';
import type { Evidence, Extraction, Mention, Passage, ProvisionalEntity, Vocabulary } from './types';
import { buildUnits } from './units/buildUnits';
import { provisionalId } from './units/provisionalId';
import { entryRef, type AnaphorKind, type EntityRef, type Unit } from './units/unit';

interface AnalysedUnitSentence {
  passage: Passage;
  role: PassageRole;
  start: number;
  end: number;
  units: Unit[];
  question: boolean;
}

const CONDITION_ANAPHORS: ReadonlySet<AnaphorKind> = new Set(['withdrawal', 'dependence', 'signs']);
const ANSWER_BLANK = /_{3,}/;

/**
 * Extracts what a document claims (pure): passages (lines) → sentences with lemmas and tags (the
 * linguistic layer) → vocabulary mentions → per sentence, trigger phrases and their arguments →
 * claims, each with every sentence that affirms or denies it and that sentence's stance.
 * Headings and questions are never evidence; list items take their lead ("Typical signs:") and an
 * FAQ answer takes its claim from the question it answers.
 */
export function extractDocument(text: string, vocabulary: Vocabulary): Extraction {
  const index = buildTermIndex(vocabulary);
  const passages = splitPassages(text);
  const analysePassage = passageAnalyser();
  const speakers = speakerLabels(passages);
  const titleAt = titlePassageIndex(passages);
  const mentions: Mention[] = [];
  const sentences: AnalysedUnitSentence[] = [];
  for (const passage of passages) {
    const skip = passage.text.startsWith('>') ? 1 : listMarkerLength(passage.text) || speakerLabelLength(passage.text, speakers);
    const analysedPassage = analysePassage(passage.text.slice(skip), passage.start + skip);
    const read = passageRole(passage.text, analysedPassage.flatMap((analysed) => analysed.tokens));
    // A title asserts nothing, even one that reads as a clause ("Buprenorphine versus symptom-triggered care for kratom withdrawal").
    const role = read === 'prose' && isTitleLine(text, passages, passage, titleAt) ? 'heading' : read;
    // A line with a blank to fill in ("4. Withdrawal is always dangerous. ____") is an exercise: it asserts nothing.
    if (role === 'rule' || ANSWER_BLANK.test(passage.text)) continue;
    for (const analysed of analysedPassage) {
      const sentence = { passageIndex: passage.index, start: analysed.start, end: analysed.end, text: text.slice(analysed.start, analysed.end) };
      const found = withFamilyModifiers(text, findMentions(text, sentence, index), vocabulary);
      mentions.push(...found);
      const built = buildUnits(analysed, found, vocabulary);
      const tag = tagQuestionStart(built);
      const units = tag === undefined ? built : built.slice(0, tag);
      sentences.push({ passage, role, start: analysed.start, end: analysed.end, units, question: sentence.text.endsWith('?') && tag === undefined });
    }
  }

  // A brand the document defines by its medicine ("Lofenza contains the active substance lofexidine") is that medicine throughout.
  const aliases = documentAliases(sentences.map((sentence) => sentence.units));
  if (aliases.size > 0) sentences.forEach((sentence, at) => (sentences[at] = { ...sentence, units: withAliases(sentence.units, aliases) }));

  const provisional = new Map<string, ProvisionalEntity>();
  // The title is the document's first line when it reads as a heading or ends with no full stop
  // ("Withdrawal from Opioids and Kratom: Practice Recommendations (2024 update)").
  const titled = sentences.map((sentence) => ({ units: sentence.units, title: sentence.passage.index === titleAt && (sentence.role === 'heading' || isUnstopped(sentence.passage.text)) }));
  const substanceOf = substancesOfConditions(vocabulary);
  const ownCondition = ownConditionsOf(vocabulary);
  const titleUnits = titled.flatMap(({ units, title }) => (title ? units : []));
  const withdrawal = generalWithdrawal(titleUnits, vocabulary, substanceOf, ownCondition);
  // A forum title may be a question ("day 4 off oxys using kratom, is this normal??") or an exclamation ("30 days clean from kratom!!").
  const stopped = stoppedInTitle(sentences.filter((sentence) => sentence.passage.index === titleAt && !/\.$/.test(sentence.passage.text.trim())).flatMap((sentence) => sentence.units));
  const discourse = new Discourse({ ...documentTopics(titled, substanceOf), ...(withdrawal ? { withdrawal } : {}), ...(stopped ? { stopped } : {}) }, ownCondition, plantsOf(vocabulary));
  const context: SentenceContext = {
    resolve: (units, at, kinds) => resolveAnaphor(units, at, kinds, discourse),
    provisional: (name, kind) => {
      const id = provisionalId(kind, name);
      const entry = vocabulary.byId.get(id);
      if (entry) return entryRef(entry);
      return { id, kind, name: name.toLowerCase(), provisional: true };
    },
    recentCondition: () => discourse.recentCondition(),
    sectionCondition: () => discourse.sectionCondition(),
    wentInto: () => discourse.enteredBefore(),
    withdrawalFrom: (entity) => discourse.withdrawalFrom(entity),
    dependenceOn: (entity) => discourse.dependenceOn(entity),
    recentSyndrome: () => discourse.recentSyndrome(),
    recentSignOwner: () => discourse.recentSignOwner(),
    topicSubstance: () => discourse.topicSubstance(),
    sectionSubstance: () => (headword?.entity.kind === 'Substance' ? headword.entity : undefined),
    sectionDrugs: () => sectionDrugs,
    generalWithdrawal: () => withdrawal,
    withdrawal: () => discourse.withdrawal(),
    agentWithdrawal: agentWithdrawalOf(vocabulary, ownCondition),
    askedRemedyFor: () => listAsked ?? remedyAsked,
    previousTreatment: () => treatment,
  };
  // The medicine the sentence just read said was started or given (claims/resolvedAfterTreatment).
  let treatment: EntityRef | undefined;
  let intervention: EntityRef | undefined;
  let remedyAsked: EntityRef | undefined;
  // "What helps:", "What doesn't help:" as the lead of a list: what its items are remedies for, while it leads;
  // "What worked: kava, gabapentin." asks and answers on one line.
  let leadAsking: { sentence: AnalysedUnitSentence; remedyFor: EntityRef | undefined } | undefined;
  let listAsked: EntityRef | undefined;

  const found: { draft: ClaimDraft; evidence: Omit<Evidence, 'polarity' | 'certainty' | 'action'> }[] = [];
  const evidenceOf = (start: number, end: number, passageIndex: number) => ({ passageIndex, start, end, quote: text.slice(start, end) });
  let lead: AnalysedUnitSentence | undefined;
  let question: { sentence: AnalysedUnitSentence; drafts: ClaimDraft[] } | undefined;
  let noted = 0;
  let lastProse: { sentence: AnalysedUnitSentence; drafts: ClaimDraft[] } | undefined;
  let lastSigns: { sentence: AnalysedUnitSentence; drafts: ClaimDraft[] } | undefined;
  let inSideEffects = false;
  let tableHeader: string[] = [];
  let headword: { sentence: AnalysedUnitSentence; entity: EntityRef } | undefined;
  let sectionDrugs: EntityRef[] = [];
  sentences.forEach((sentence, position) => {
    // "Mitragynine (MG): principal alkaloid": a headword and its definition on one line assert, though as short as a heading.
    const labelled = sentence.role === 'heading' || sentence.role === 'prose' || sentence.role === 'listItem' ? labelledDefinition(sentence.units, context) : undefined;
    const role = labelled && sentence.role === 'heading' ? 'prose' : sentence.role;
    // A glossary's entry: the headword on its line, then its definition as a noun phrase, which says
    // what the headword is ("Lofexidine / A licensed non-opioid medicine for opioid withdrawal.").
    const defines = role === 'prose' && headword?.sentence === sentences[position - 1] && isDefinition(sentence.units) ? headword?.entity : undefined;
    if (defines) discourse.defineSection(defines);
    const headwordOfEntry = discourse.definedHeadword();
    const units = defines ? asDefinitionOf(defines, sentence.units) : (labelled ?? (headwordOfEntry ? withHeadword(sentence.units, headwordOfEntry) : sentence.units));
    inSideEffects = opensSection(role, sentence.passage.text) ? namesSideEffects(units) : inSideEffects || namesSideEffects(units);
    // "Myth 3: "You need to detox in hospital."" on a line of its own heads what answers it, as a heading
    // does: what the answer leaves unnamed is the page's, not what the myth before it compared with.
    if (role === 'prose' && isOwnLine(sentences, position) && isMythLine(units)) discourse.startSection();
    const entered = role === 'heading' || sentence.question ? undefined : enteredWithdrawal(units, context);
    if (entered) discourse.enterWithdrawal(entered.withdrawal);
    const reportsSigns = !entered?.byStopping;
    const colon = role === 'prose' ? units.findIndex((unit) => unit.lemma === ':') : -1;
    const inline = colon > 0 && colon < units.length - 2 ? askedRemedy(units.slice(0, colon + 1), discourse.sectionCondition(), false) : undefined;
    listAsked = inline ?? (role === 'listItem' && lead !== undefined && lead === leadAsking?.sentence ? leadAsking.remedyFor : undefined);
    if (role === 'tableRow') {
      // The first row of a table is its header; each row after it is read by its columns, once per row.
      const previous = sentences[position - 1];
      if (previous?.role !== 'tableRow') tableHeader = pipeCells(sentence.passage.text, sentence.passage.start).map((cell) => cell.text);
      else if (previous.passage !== sentence.passage) {
        const rowUnits = sentences.slice(position, passageEnd(sentences, position) + 1).flatMap((other) => other.units);
        const row = pipeRowClaims(rowUnits, pipeCells(sentence.passage.text, sentence.passage.start), tableHeader, context.topicSubstance());
        for (const draft of row) found.push({ draft, evidence: evidenceOf(sentence.passage.start, sentence.passage.end, sentence.passage.index) });
      }
    } else if (role === 'heading' || sentence.question) {
      // Asserts nothing; an answer below may take its claim, a list below its subject.
      question = sentence.question ? { sentence, drafts: sentenceClaims(units, context) } : undefined;
      remedyAsked = askedRemedy(units, discourse.topicCondition(), role === 'heading');
      // A question on a line of its own heads the list below it as a heading does ("What helps? - fluids").
      if (role === 'heading' || isOwnLine(sentences, position)) {
        lead = sentence;
        discourse.startSection();
      }
      const entity = role === 'heading' ? headwordOf(units, context) : undefined;
      headword = entity && { sentence, entity };
      sectionDrugs = role === 'heading' ? headingDrugs(units) : [];
    } else if (role === 'listItem' && lead && takesLead(sentences, position)) {
      const own = sentenceClaims(units, context);
      for (const draft of own) found.push({ draft, evidence: evidenceOf(sentence.start, sentence.end, sentence.passage.index) });
      const known = new Set(own.map(keyOf));
      // An agent that says what it does itself ("- Loperamide helps with diarrhoea.") takes no target from the lead
      // ("medicine for some symptoms:"); the lead still gives the item's other entities their subject.
      const agents = new Set(own.map((draft) => draft.source.id));
      const separator: Unit = { start: lead.end, end: lead.end, text: ':', lemma: ':', pos: 'PUNCT' };
      // A question's mark would end its clause before the item that answers it.
      const leadUnits = lead.question ? lead.units.slice(0, -1) : lead.units;
      const combined = [...leadUnits, ...(leadUnits[leadUnits.length - 1]?.lemma === ':' ? [] : [separator]), ...units];
      const from = lead.role === 'heading' || lead.question ? sentence.start : lead.start;
      const fromLead = sentenceClaims(combined, context);
      if (fromLead.length === 0) fromLead.push(...undergoneSigns(lead.units, units, context));
      // What the lead says of the item names something in it, by name or as a condition word ("Adverse effects: - Dependence
      // w/ daily use"): "Managing withdrawal: - Loperamide → diarrhoea" says nothing of clonidine two items up.
      const named = new Set(units.flatMap((unit) => (unit.entity ? [unit.entity.id] : [])));
      const conditionWord = units.some((unit) => unit.anaphor && CONDITION_ANAPHORS.has(unit.anaphor.kind));
      const ofItem = (d: ClaimDraft): boolean => conditionWord || named.has(d.source.id) || named.has(d.target.id) || d.source.provisional || d.target.provisional;
      const itemDrafts = fromLead.filter((d) => !known.has(keyOf(d)) && !agents.has(d.source.id) && ofItem(d));
      for (const draft of itemDrafts) found.push({ draft, evidence: evidenceOf(from, sentence.end, sentence.passage.index) });
      // A later sentence of the item may go on from this one ("* Dose predicted severe withdrawal. Duration was not a predictor.").
      lastProse = { sentence, drafts: [...own, ...itemDrafts] };
      // "4. Possible side effects … Very common (may affect more than 1 in 10 people): - dry mouth".
      if (own.length === 0 && fromLead.length === 0 && inSideEffects) {
        for (const draft of listedSideEffects(units, context.topicSubstance())) found.push({ draft, evidence: evidenceOf(sentence.start, sentence.end, sentence.passage.index) });
      }
      // "Call a doctor if you have:" lists warnings, not what anyone has.
      else if (own.length === 0 && fromLead.length === 0 && reportsSigns && findCues(lead.units).hedges.length === 0) {
        for (const draft of reportedSigns(units, discourse.experiencedWithdrawal())) found.push({ draft, evidence: evidenceOf(sentence.start, sentence.end, sentence.passage.index) });
      }
    } else if (role === 'quote') {
      // A quoted post is someone else's word and no evidence here, but the reply below it may take its claims
      // ("> kratom cured my anxiety" / "Not for me.", "> magnesium helps the legs" / "It did help me a bit.").
      lastProse = { sentence, drafts: sentenceClaims(units, context) };
    } else if (role === 'prose' || role === 'listItem') {
      // A list item with no lead, or a later sentence of an item, speaks for itself.

      const replying = clauseAndReply(units);
      const answered = replying && sentenceClaims(replying.clause, context);
      const previous = sentences[position - 1];
      // "Kratom also has side effects. Common ones include nausea …": the side effects of what the sentence before named;
      // after a run-in label ("7.1 Lofexidine. The most frequent adverse reactions are …"), of the labelled drug.
      const effectsOf = previous && (listsEffectsNamedBefore(units, previous.units) ? (previous.units.find((unit) => unit.entity && DRUG_KINDS.has(unit.entity.kind))?.entity ?? context.topicSubstance()) : labelledDrug(previous.units, units));
      // The reply's stance first: "… would help with the sweats; it did" is the writer's own word.
      // A reply that takes the other stance is its own evidence, so "Some websites claim kava helps, but there is no good
      // evidence that it does" keeps both sides; one that agrees is the writer's own word for the whole sentence.
      const replyClause = replying && { start: replying.reply[0]!.start, end: replying.reply[replying.reply.length - 1]!.end };
      const disagrees = (reply: ClaimDraft): boolean => answered?.some((said) => keyOf(said) === keyOf(reply) && said.polarity !== reply.polarity && !said.attempt) ?? false;
      const drafts = effectsOf
        ? listedSideEffects(units, effectsOf)
        : answered?.length
          ? [...repliedClaims(replying!.reply, answered, replying!.clause).map((draft) => (disagrees(draft) ? { ...draft, clause: replyClause! } : draft)), ...answered]
          : sentenceClaims(units, context);
      if (question && previous === question.sentence) drafts.push(...answeredQuestion(withoutAnswerLabel(units), question.drafts));
      // "What helps with the diarrhoea? Loperamide.": the answer in the place the question asked about.
      const filled = question && previous === question.sentence && drafts.length === 0 ? filledQuestion(question.sentence.units, withoutAnswerLabel(units)) : undefined;
      if (filled) drafts.push(...sentenceClaims(filled.units, context).filter((draft) => filled.answered.has(draft.source.id) || filled.answered.has(draft.target.id)));
      // "Does loperamide help? Yes, for diarrhoea.": the question's clause, for what the yes says it is for.
      const qualified = question && previous === question.sentence && !filled ? qualifiedYes(question.sentence.units, withoutAnswerLabel(units)) : undefined;
      if (qualified) {
        const own = sentenceClaims(qualified.units, context).filter((draft) => !drafts.some((other) => keyOf(other) === keyOf(draft)));
        drafts.push(...own.map((draft): ClaimDraft => (qualified.hedged ? { ...draft, certainty: 'HEDGED' } : draft)));
      }
      const said = lastProse && previous === lastProse.sentence ? lastProse.drafts : undefined;
      if (said && drafts.length === 0) drafts.push(...continuedClaims(units, said), ...continuedTargets(units, said), ...ellipticSentence(units, said), ...repliedClaims(units, said, lastProse!.sentence.units), ...verdictOnTarget(units, said), ...verdictClaims(units, said, lastProse!.sentence.units));
      // "Restless legs at night are awful. The magnesium hasn't done anything.", "… liver injury. The dose probably contributed.": a verdict
      // or a share with no object is on what the sentence before described.
      const afterProse = previous && (previous.role === 'prose' || previous.role === 'listItem') ? previous : undefined;
      if (afterProse && drafts.length === 0) drafts.push(...objectlessVerdict(units, afterProse.units, false), ...objectlessContribution(units, afterProse.units));
      else if (afterProse) {
        // "… irritability, yawning or a runny nose. A gradual step-down helps avoid this.": what "this" points back to, over what the text is about.
        const pointed = objectlessVerdict(units, afterProse.units, true);
        if (pointed.length > 0) drafts.splice(0, drafts.length, ...drafts.filter((draft) => !(RELIEF_TYPES.has(draft.type) && draft.source.id === pointed[0]!.source.id)), ...pointed);
      }
      // "Others say it did nothing and left them foggy": a dispute of the relief before stands beside the sentence's own claims.
      if (said) drafts.push(...disputedAfter(units, said).filter((denial) => !drafts.some((draft) => keyOf(draft) === keyOf(denial))));
      lastProse = { sentence, drafts };
      // What a way of stopping contributed ("i cold turkeyed and it was hell, no sleep, sweats") leaves the signs reported.
      const contributionsOnly = drafts.every((draft) => draft.type === 'CONTRIBUTES_TO');
      const signs = !reportsSigns ? [] : contributionsOnly ? reportedSigns(units, discourse.experiencedWithdrawal()) : reportedSignsAfterBut(units, discourse.experiencedWithdrawal());
      // "…no motivation, no pleasure. A counsellor called it post-acute withdrawal.": the signs just reported are the named condition's.
      const before = lastSigns && previous === lastSigns.sentence ? lastSigns.drafts : [];
      const renamed = before.length > 0 ? namedAfterwards(units) : undefined;
      if (renamed) {
        for (const draft of before) draft.source = renamed;
        discourse.noteSyndrome(renamed);
      }
      lastSigns = { sentence, drafts: signs };
      for (const draft of [...drafts, ...signs]) found.push({ draft, evidence: evidenceOf(sentence.start, sentence.end, sentence.passage.index) });
      if (sentence.units[sentence.units.length - 1]?.lemma === ':') {
        // "stuff that helped: … / stuff that didnt:": the verb a lead leaves out is the one the lead before it said.
        const restored = withEllipticVerb(units, lead?.units);
        const asking = restored === units ? sentence : { ...sentence, units: restored };
        lead = asking;
        // "day 9 off kratom … what helped:": with no condition named yet, the withdrawal the writer is in.
        leadAsking = { sentence: asking, remedyFor: askedRemedy(restored, discourse.sectionCondition() ?? discourse.enteredBefore(), false) };
      } else if (role === 'prose' && sentence === lastOfPassage(sentences, position)) lead = undefined;
    }
    // What an anaphor stood for is named here too: after "The plant's compounds, mitragynine …",
    // "this interaction" is the plant's.
    // What a contrast sets apart ("Unlike opioids, kratom …") is not what the text goes on about.
    const made = found.slice(noted).map(({ draft }) => draft);
    for (const draft of made) if (draft.type === 'PRESENTS_WITH' && draft.polarity === 'AFFIRMED') discourse.noteSyndrome(draft.source);
    noted = found.length;
    // Nor is the standard a comparison measures against ("milder than opioid withdrawal").
    // A subject left unspoken ("Soothes aching muscles") is what the sentence is about, as if named.
    const read = withDroppedSubject(units);
    const setApart = (at: number): boolean => isContrast(read, at) || isComparisonStandard(read, at);
    const named = read.flatMap((unit, at) => (unit.entity && !setApart(at) ? [unit.entity] : []));
    const entities = read.flatMap((unit, at) => (unit.entity ? (setApart(at) ? [] : [unit.entity]) : unit.anaphor ? context.resolve(read, at, unit.anaphor.kinds) : []));
    // What the sentence's claims are about comes first ("customers cutting back on painkillers say
    // Maeng Da takes the edge off …. Others say it helps": "it" is Maeng Da, not the painkillers).
    discourse.remember(agentsFirst(entities, made), named);
    // A study's intervention, given to its participants, stays the one signs get better with until a
    // sentence names another drug ("Twenty-four adults received lofexidine. … Results: Sweating and
    // yawning improved within 48 hours"); what one person took is the next sentence's only.
    const namesDrug = named.some((entity) => entity.kind === 'Substance' || entity.kind === 'Compound');
    const started = startedMedicine(read)?.entity;
    if (started) intervention = read.some((unit) => STUDY_PARTICIPANTS.has(unit.lemma)) ? started : undefined;
    else if (namesDrug) intervention = undefined;
    treatment = started ?? intervention;
  });

  // An attempt told as a success or a failure later is evidence there, not here (ClaimDraft.attempt).
  const evidenced = found.filter(({ draft }) => !(draft.attempt && draft.polarity === 'AFFIRMED'));
  unifyProvisionalKinds(evidenced.map(({ draft }) => draft));
  for (const { draft } of evidenced) {
    for (const end of [draft.source, draft.target]) if (end.provisional) provisional.set(end.id, { id: end.id, kind: end.kind, name: end.name });
  }
  return {
    passages,
    mentions,
    provisional: [...provisional.values()].sort((a, b) => a.id.localeCompare(b.id)),
    claims: mergeClaims(evidenced.map((item) => withClause(text, isComplication(item.draft) ? { ...item, draft: { ...item.draft, type: 'CAUSES' } } : item))),
    candidates: candidatesOf(sentences, provisional),
  };
}

/** A claim said by one clause of its sentence has that clause for evidence. */
function withClause<T extends { draft: ClaimDraft; evidence: { start: number; end: number; quote: string } }>(text: string, item: T): T {
  const { clause } = item.draft;
  return clause ? { ...item, evidence: { ...item.evidence, start: clause.start, end: clause.end, quote: text.slice(clause.start, clause.end) } } : item;
}

/**
 * One unknown name, one kind: a name a sentence places as a plant's constituent is a compound
 * wherever else it appears ("Kratom contains isorhynchophylline, which binds …").
 */
function unifyProvisionalKinds(drafts: ClaimDraft[]): void {
  const compounds = new Set(drafts.filter((d) => d.type === 'CONTAINS' && d.target.provisional).map((d) => d.target.name));
  for (const draft of drafts) {
    if (draft.source.provisional && compounds.has(draft.source.name) && RELATIONSHIP_ENDS[draft.type].source.includes('Compound')) {
      draft.source = { ...draft.source, kind: 'Compound', id: provisionalId('Compound', draft.source.name) };
    }
  }
}

/** A sentence alone on its line. */
/** The entities a sentence names, those its claims have as their source first, each kept in its order. */
function agentsFirst(entities: readonly EntityRef[], made: readonly ClaimDraft[]): EntityRef[] {
  const agents = new Set(made.map((draft) => draft.source.id));
  return [...entities.filter((entity) => agents.has(entity.id)), ...entities.filter((entity) => !agents.has(entity.id))];
}

function isOwnLine(sentences: readonly AnalysedUnitSentence[], position: number): boolean {
  const { passage } = sentences[position]!;
  return sentences[position - 1]?.passage !== passage && sentences[position + 1]?.passage !== passage;
}

/** Only a list item's first sentence takes the lead line above it; the item's later sentences speak for themselves. */
function takesLead(sentences: readonly AnalysedUnitSentence[], position: number): boolean {
  return sentences[position - 1]?.passage !== sentences[position]!.passage;
}

const keyOf = (draft: ClaimDraft): string => `${draft.type}|${draft.source.id}|${draft.target.id}`;

function lastOfPassage(sentences: readonly AnalysedUnitSentence[], position: number): AnalysedUnitSentence {
  return sentences[passageEnd(sentences, position)]!;
}

/** The position of the last sentence of the passage the sentence at `position` is in. */
function passageEnd(sentences: readonly AnalysedUnitSentence[], position: number): number {
  let last = position;
  while (sentences[last + 1]?.passage === sentences[position]!.passage) last += 1;
  return last;
}

/** Unknown drug-like names the claims did not use, for a curator to review. */
function candidatesOf(sentences: readonly AnalysedUnitSentence[], provisional: ReadonlyMap<string, ProvisionalEntity>): string[] {
  const used = new Set([...provisional.values()].map((entity) => entity.name));
  const names = sentences.flatMap((sentence) => sentence.units.filter((unit) => unit.name && unit.pos !== 'PHRASE').map((unit) => unit.text));
  return [...new Set(names.filter((name) => !used.has(name.toLowerCase())))].sort();
}

// Who a study's intervention is given to.
const STUDY_PARTICIPANTS = new Set(['participant', 'patient', 'adult', 'subject', 'volunteer', 'respondent', 'arm', 'group', 'cohort']);

const MAX_TITLE_WORDS = 20;

/** The first line (after a byline), short, with no full stop, and a blank line after it: a title. */
function isTitleLine(text: string, passages: readonly Passage[], passage: Passage, titleAt: number): boolean {
  const next = passages[passage.index + 1];
  return passage.index === titleAt && isUnstopped(passage.text) && passage.text.split(/\s+/).length <= MAX_TITLE_WORDS
    && next !== undefined && /\n\s*\n/.test(text.slice(passage.end, next.start));
}

/** A line that ends with no sentence-final mark is no sentence. */
function isUnstopped(line: string): boolean {
  return !/[.!?]$/.test(line.trim());
}

/** A condition presenting with one of its complications brings it on (lexicon/complications). */
const isComplication = (draft: ClaimDraft): boolean => draft.type === 'PRESENTS_WITH' && COMPLICATIONS.has(draft.target.id);
