import type { SentenceContext } from '../claims/sentenceContext';
import type { EntityRef, Unit } from '../units/unit';

// A clause opened by one of these is subordinate: its verb is not the sentence's own
// ("A receptor that turns down …", "The state in which the body has adjusted …").
const SUBORDINATORS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'because', 'so', 'if', 'as', 'while', 'until']);
const FINITE_AUXILIARIES = new Set(['be', 'have', 'do', 'can', 'could', 'may', 'might', 'will', 'would', 'shall', 'should', 'must']);
const OPENING_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'VERB']);

/**
 * The entity a heading names and nothing else: a glossary's or a monograph's headword
 * ("Lofexidine", "7-hydroxymitragynine (7-OH)", "Withdrawal (kratom)"). What a bracket adds is an
 * abbreviation or a gloss; a bare "Withdrawal" or "Dependence" is the one the text is about, or that
 * of the substance in its bracket.
 */
export function headwordOf(units: readonly Unit[], context: SentenceContext): EntityRef | undefined {
  const open = units.findIndex((unit) => unit.text === '(' || unit.text === '[');
  const head = (open < 0 ? units : units.slice(0, open)).filter((unit) => unit.pos !== 'PUNCT' && unit.pos !== 'DET');
  if (head.length !== 1) return undefined;
  const [word] = head;
  if (word!.entity) return word!.entity;
  const anaphor = word!.anaphor;
  if (anaphor?.kind !== 'withdrawal' && anaphor?.kind !== 'dependence') return undefined;
  const substance = open < 0 ? undefined : units.slice(open).find((unit) => unit.entity?.kind === 'Substance')?.entity;
  if (substance) return anaphor.kind === 'withdrawal' ? context.withdrawalFrom(substance) : context.dependenceOn(substance);
  return context.resolve(units, units.indexOf(word!), ['Condition'])[0];
}

/**
 * A definition written as a noun phrase, with no verb of its own ("A licensed non-opioid medicine for
 * opioid withdrawal.", "Cutting the dose down gradually, often by a tenth a week.", "A receptor that
 * turns down …"): a participle or a verb in a subordinate clause is not the sentence's verb.
 */
export function isDefinition(units: readonly Unit[]): boolean {
  const first = units[0];
  // It opens with a word, not a name: "Kratom causes constipation" is a sentence however its verb is tagged.
  if (!first || first.anaphor || first.entity || !OPENING_TAGS.has(first.pos)) return false;
  // A verb may open it as a gerund ("Stopping kratom all at once"), not as an instruction ("Drink water").
  if (first.pos === 'VERB' && !/ing$/i.test(first.text)) return false;
  if (units[units.length - 1]?.text === '?') return false;
  for (let at = 1; at < units.length; at += 1) {
    const unit = units[at]!;
    if (SUBORDINATORS.has(unit.lemma)) return true;
    if (isFinite(unit, units[at - 1])) return false;
  }
  return true;
}

/** A verb that can be a clause's own: an auxiliary or modal, a present "-s" form, or a bare form not after "to". */
function isFinite(unit: Unit, previous: Unit | undefined): boolean {
  if (unit.pos === 'AUX') return FINITE_AUXILIARIES.has(unit.lemma);
  if (unit.pos !== 'VERB' || previous?.lemma === 'to') return false;
  const text = unit.text.toLowerCase();
  return (/[^s]s$/.test(text) && text !== unit.lemma) || (text === unit.lemma && previous !== undefined && previous.pos !== 'DET' && previous.pos !== 'ADJ');
}

/** The definition read as the sentence it stands for: "<headword> is <definition>", the two words placed at its start. */
export function asDefinitionOf(headword: EntityRef, units: readonly Unit[]): Unit[] {
  const at = units[0]?.start ?? 0;
  return [
    { start: at, end: at, text: headword.name, lemma: headword.name.toLowerCase(), pos: 'PROPN', entity: headword },
    { start: at, end: at, text: 'is', lemma: 'be', pos: 'AUX' },
    ...units,
  ];
}

/**
 * A headword and its definition on one line, set apart by a colon, as slides, monographs and flashcards
 * write them ("Mitragynine (MG): principal alkaloid", "7-OH: potent MOR partial agonist"): the line read
 * as "<headword> is <definition>", however short and unstopped. Not a heading's topic and question
 * ("Kratom withdrawal: what to expect") nor a clause after the colon ("Clonidine: eases sweating"), which
 * is read as written.
 */
export function labelledDefinition(units: readonly Unit[], context: SentenceContext): Unit[] | undefined {
  const colon = units.findIndex((unit) => unit.lemma === ':');
  if (colon <= 0) return undefined;
  const headword = headwordOf(units.slice(0, colon), context);
  const definition = units.slice(colon + 1);
  return headword && DEFINED_KINDS.has(headword.kind) && definition.length > 0 && isDefinition(definition) ? asDefinitionOf(headword, definition) : undefined;
}

// What a labelled line defines: a drug, a compound, a receptor or a practice. After a sign or a condition
// the label's value says how often or whether ("- Itching: none reported.", "Nausea: common."), which the list's lead reads.
const DEFINED_KINDS: ReadonlySet<string> = new Set(['Substance', 'Compound', 'Receptor', 'Strategy']);

const HEADWORD_PRONOUNS = new Set(['it', 'its']);

/**
 * In a glossary's entry, "it" is the headword, whatever its kind, unless the sentence named
 * something of that kind before it ("Liver injury / … Kratom appears to cause it"; "Alpha-2
 * receptor / … Mitragynine may act on it weakly"): each such "it" is read as the headword's name.
 */
export function withHeadword(units: readonly Unit[], headword: EntityRef): Unit[] {
  return units.map((unit, at) =>
    unit.anaphor?.kind === 'singular' && HEADWORD_PRONOUNS.has(unit.lemma) && !units.slice(0, at).some((before) => before.entity?.kind === headword.kind)
      ? { start: unit.start, end: unit.end, text: unit.text, lemma: headword.name.toLowerCase(), pos: 'PROPN', entity: headword }
      : unit,
  );
}
