import { AGENT_KINDS } from '../../domain/entityKinds';
import type { Unit } from '../units/unit';

const MODALS = new Set(['will', 'would', 'can', 'could', 'might', 'should']);
// Words a forum sentence may open with before its verb ("yep took it …", "honestly helped a lot").
const OPENER_POS = new Set(['INTJ', 'ADV', 'PUNCT']);

/**
 * "yep took it for the last week. helped w the sweats, did nothing for the tiredness.": forum
 * writing drops the subject of a sentence that goes on about the drug talked about. A sentence
 * that opens with an inflected verb ("helped", "did", "works"; not an imperative such as "take")
 * gets an unspoken subject before that verb: the drug or practice the sentence before was about
 * ("hot baths w epsom salt, like 3 a day. does nothing for the anxiety").
 */
export function withDroppedSubject(units: readonly Unit[]): readonly Unit[] {
  // "Gabapentin: helped the legs, didn't touch the cravings", "Mitragynine: partial μ-opioid agonist":
  // a label before the colon is the subject, of a verb or of a line that names no other agent.
  if (units[0]?.entity && AGENT_KINDS.has(units[0].entity.kind) && units[1]?.lemma === ':' && (isFiniteVerb(units[2]) || !namesAgent(units.slice(2)))) {
    return [units[0], ...labelAfterSemicolons(units.slice(2), units[0])];
  }
  let index = 0;
  while (index < units.length && OPENER_POS.has(units[index]!.pos)) index += 1;
  const verb = units[index];
  const nominal = nominalRelief(units, index);
  if (nominal !== undefined) return [...units.slice(0, nominal), pronounAt(units[nominal]!), ...units.slice(nominal)];
  // "Won't touch the anxiety", "Can cause drowsiness": a modal is never an imperative, whatever its form.
  const modal = verb?.pos === 'AUX' && MODALS.has(verb.lemma);
  if (!verb || !(verb.pos === 'VERB' || (verb.pos === 'AUX' && verb.lemma === 'do') || modal) || (verb.text.toLowerCase() === verb.lemma && !modal)) return units;
  // "Tried melatonin.", "Took gabapentin for a week": a finite verb whose object is a drug or practice is the writer's doing; no drug is its subject ("Using kratom ~2 yrs, …" is no such verb).
  if (!/ing$/i.test(verb.text) && agentObject(units, index + 1)) return units;
  // "Medications for withdrawal: - Clonidine": a lead whose item after the colon names the agent leaves no subject out.
  const colon = units.findIndex((unit) => unit.lemma === ':');
  if (colon > index && namesAgent(units.slice(colon + 1))) return units;
  // "Soothes aching, stiff muscles", "Helps you drift off and stay asleep": a verb in -s is finite, never a participle
  // ("Didn't do much for sleep": nor is an auxiliary).
  if (verb.pos === 'VERB' && !/s$/i.test(verb.text) && isAttributive(units, index)) return units;
  return [...units.slice(0, index), pronounAt(verb), ...units.slice(index)];
}

/**
 * "MG: partial agonist at MOR; competitive antagonist at KOR; binds alpha-2 receptors": each part
 * after a semicolon of a label's line that names no agent of its own is said of the label too.
 */
function labelAfterSemicolons(units: readonly Unit[], label: Unit): Unit[] {
  const read: Unit[] = [];
  units.forEach((unit, at) => {
    read.push(unit);
    const next = units[at + 1];
    if (unit.lemma !== ';' || !next) return;
    const end = units.findIndex((later, index) => index > at && later.lemma === ';');
    if (!namesAgent(units.slice(at + 1, end < 0 ? undefined : end))) read.push({ ...label, start: next.start, end: next.start });
  });
  return read;
}

const OBJECT_LEAD_POS = new Set(['DET', 'ADJ', 'NUM']);

/** Whether a drug or practice stands at `from`, past its determiners ("some melatonin", "2 mg clonidine"). */
function agentObject(units: readonly Unit[], from: number): boolean {
  let at = from;
  while (units[at] && OBJECT_LEAD_POS.has(units[at]!.pos) && !units[at]!.entity) at += 1;
  return units[at]?.entity !== undefined && AGENT_KINDS.has(units[at]!.entity!.kind);
}

const namesAgent = (units: readonly Unit[]): boolean => units.some((unit) => unit.entity !== undefined && AGENT_KINDS.has(unit.entity.kind));

/** "helped", "eased", "works": an inflected verb (not an imperative such as "take"). */
const isFiniteVerb = (unit: Unit | undefined): boolean => unit !== undefined && unit.pos === 'VERB' && unit.text.toLowerCase() !== unit.lemma;

const pronounAt = (unit: Unit): Unit => ({ start: unit.start, end: unit.start, text: '', lemma: 'it', pos: 'PRON', anaphor: { kind: 'dropped', kinds: ['Substance', 'Compound', 'Strategy'] } });

// "Deep, calming relief from everyday stress", "Fast relief of aches", "No effect on the insomnia": a benefit (or its lack) said as a noun phrase.
const RELIEF_NOUNS = new Set(['relief', 'effect', 'benefit', 'improvement', 'help', 'difference']);
const NOMINAL_OPENER_POS = new Set([...OPENER_POS, 'ADJ', 'DET', 'PROPN']);

/**
 * Where a verbless benefit line ("✔ Deep, calming relief from everyday stress and tension") opens
 * with a relief noun: vendor pages drop the product there as forums drop it before a verb. Only
 * when the line has no verb and names no agent of its own.
 */
function nominalRelief(units: readonly Unit[], from: number): number | undefined {
  let index = from;
  while (index < units.length && NOMINAL_OPENER_POS.has(units[index]!.pos) && !RELIEF_NOUNS.has(units[index]!.lemma)) index += 1;
  if (!RELIEF_NOUNS.has(units[index]?.lemma ?? '')) return undefined;
  const verbless = units.every((unit) => unit.pos !== 'VERB' && unit.pos !== 'AUX');
  return verbless && !units.some((unit) => unit.entity && AGENT_KINDS.has(unit.entity.kind)) ? index : undefined;
}

/** "Approved medicines such as methadone are …", "Reported effects include …": a participle before the subject of a later verb. */
function isAttributive(units: readonly Unit[], verb: number): boolean {
  for (let index = verb + 1; index < units.length && units[index]!.pos !== 'PUNCT'; index += 1) {
    if (units[index]!.pos === 'VERB' || units[index]!.pos === 'AUX') return true;
  }
  return false;
}
