import { isComparisonStandard } from '../anaphora/comparisonStandard';
import { CAUSE } from '../lexicon/triggerLexicon';
import type { EntityRef, Unit } from '../units/unit';
import type { SentenceCues } from './assertionStatus';
import { assertionStatus } from './assertionStatus';
import { isAsideNegation, RELATIVE_PRONOUNS } from './asideNegation';
import type { ClaimDraft } from './claimDraft';
import type { Trigger } from './findTriggers';
import type { SentenceContext } from './sentenceContext';

// What may stand between the trigger and the condition it brings on ("a severe withdrawal").
const OBJECT_MODIFIERS = new Set(['DET', 'ADJ', 'ADV']);
// What joins the signs of the list after the colon ("myalgia, rhinorrhoea and jerky limb movements").
const LIST_JOINERS = new Set([',', 'and', 'or', 'the', 'a']);
// The relative clause may describe the condition, never name another trigger or a new clause.
const CLAUSE_BREAKS = new Set([';', '.']);

/**
 * "Abrupt cessation precipitates a withdrawal syndrome that is similar to, but milder than, opioid
 * withdrawal: myalgia, yawning and insomnia": whatever brings the condition on, the signs after the
 * colon that follows it spell it out; they are its signs. A condition named in between as the
 * standard of a comparison ("than opioid withdrawal") is not the one spelt out. (Where no entity brings
 * the condition on, the trigger's own pairs say so already: claims/experiencedSigns.)
 */
export function elaboratedSigns(units: readonly Unit[], cues: SentenceCues, context: SentenceContext, triggers: readonly Trigger[]): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  for (const trigger of triggers) {
    if (trigger.family !== CAUSE || trigger.passive) continue;
    let object = trigger.last + 1;
    while (units[object] && OBJECT_MODIFIERS.has(units[object]!.pos) && !units[object]!.entity && !units[object]!.anaphor) object += 1;
    const unit = units[object];
    const condition = unit?.entity?.kind === 'Condition' ? unit.entity : unit?.anaphor?.kind === 'withdrawal' ? context.resolve(units, object, ['Condition'])[0] : undefined;
    const colon = condition ? colonAfter(units, object) : -1;
    if (!condition || colon < 0) continue;
    for (let at = colon + 1; at < units.length; at += 1) {
      const sign = units[at]!;
      if (sign.entity?.kind === 'Symptom') drafts.push({ type: 'PRESENTS_WITH', source: condition, target: sign.entity, ...assertionStatus(units, cues, trigger, object) });
      else if (!LIST_JOINERS.has(sign.lemma)) break;
    }
  }
  return [...drafts, ...describedSigns(units, cues, context)];
}

// The longest aside between the subject and its "be" (", when it came,").
const MAX_ASIDE = 6;

/**
 * "Opioid withdrawal is not a phrase but a weather system: the sweating, the runny nose, …", "The
 * withdrawal, when it came, was far longer, a tide that would not go out: irritability, insomnia …":
 * a condition described after "be", then spelt out after a colon, presents with the signs listed there.
 */
function describedSigns(units: readonly Unit[], cues: SentenceCues, context: SentenceContext): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  units.forEach((unit, subject) => {
    const condition = unit.entity?.kind === 'Condition' ? unit.entity : unit.anaphor?.kind === 'withdrawal' ? context.resolve(units, subject, ['Condition'])[0] : undefined;
    const copula = condition ? copulaAfter(units, subject) : -1;
    const colon = copula < 0 ? -1 : colonAfter(units, copula);
    if (colon < 0) return;
    // A negation aside ("a tide that would not go out") denies nothing; one that does leaves the signs unsaid.
    const status = assertionStatus(units, { ...cues, negations: cues.negations.filter((cue) => !isAsideNegation(units, cue)) }, { first: copula, last: copula }, colon);
    if (status.polarity === 'NEGATED') return;
    for (const sign of signsFrom(units, colon + 1)) drafts.push({ type: 'PRESENTS_WITH', source: condition!, target: sign, ...status });
  });
  return drafts;
}

/** The "be" right after the subject, or after an aside between commas that names nothing (", when it came,"). */
function copulaAfter(units: readonly Unit[], subject: number): number {
  let at = subject + 1;
  if (units[at]?.lemma === ',') {
    const close = units.findIndex((unit, index) => index > at && index <= at + MAX_ASIDE && unit.lemma === ',');
    if (close < 0 || units.slice(at + 1, close).some((unit) => unit.entity)) return -1;
    at = close + 1;
  }
  return units[at]?.lemma === 'be' ? at : -1;
}

const LIST_END = new Set(['.', ';', '!']);
const PARTICIPLE = /(?:ing|ed)$/i;

/** A word that opens a description of the item before it: a relative pronoun or a participle. */
const describesItem = (unit: Unit): boolean => RELATIVE_PRONOUNS.has(unit.lemma) || (unit.pos === 'VERB' && PARTICIPLE.test(unit.text));

/**
 * The signs listed from `from` on, through list joiners; an item's relative clause or participle, up to
 * the next comma, describes it ("insomnia that kept me at the window until four, sweats", "the goosebumps
 * coming up on my forearms"). The list ends at anything else.
 */
function signsFrom(units: readonly Unit[], from: number): EntityRef[] {
  const signs: EntityRef[] = [];
  let at = from;
  for (; at < units.length; at += 1) {
    const sign = units[at]!;
    if (sign.entity?.kind === 'Symptom') signs.push(sign.entity);
    else if (describesItem(sign) && units[at - 1]?.entity?.kind === 'Symptom') {
      const comma = units.findIndex((unit, index) => index > at && unit.lemma === ',');
      const end = comma < 0 ? units.length : comma;
      if (units.slice(at + 1, end).some((unit) => unit.entity)) break;
      at = end;
    } else if (LIST_END.has(sign.lemma)) return signs;
    else if (!LIST_JOINERS.has(sign.lemma)) break;
  }
  // "…: sweating and yawning are uncomfortable": a clause after the colon, not a list, says something else of them.
  return at >= units.length ? signs : [];
}

// "brings on withdrawal - runny nose, aches, insomnia - much like …": a dash set apart by spaces opens the list as a colon does ("kratom-induced" is a hyphen).
const DASHES = new Set(['-', '–', '—']);
const isSpacedDash = (units: readonly Unit[], at: number): boolean => DASHES.has(units[at]!.text) && at > 0 && units[at]!.start > units[at - 1]!.end;

/** The colon (or spaced dash) that closes the condition's description, if nothing but a comparison's standard is named before it. */
function colonAfter(units: readonly Unit[], object: number): number {
  for (let at = object + 1; at < units.length; at += 1) {
    const unit = units[at]!;
    if (unit.text === ':' || isSpacedDash(units, at)) return at;
    if (CLAUSE_BREAKS.has(unit.text) || ((unit.entity || unit.anaphor) && !isComparisonStandard(units, at))) return -1;
  }
  return -1;
}
