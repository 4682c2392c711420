import { RELATIONSHIP_ENDS } from '../../domain/relationshipEnds';
import { CAUSE, RELIEF, type TriggerFamily } from '../lexicon/triggerLexicon';
import type { Unit } from '../units/unit';
import type { ClaimDraft } from './claimDraft';

// "Rather than relieving pain, …", "Instead of helping my sleep, …", "Far from easing anxiety, …".
const OPENERS: readonly (readonly string[])[] = [['rather', 'than'], ['instead', 'of'], ['far', 'from']];
const FAMILIES: readonly TriggerFamily[] = [RELIEF, CAUSE];
const VERBS = new Map(FAMILIES.flatMap((family) => family.entries.filter((entry) => entry.lemmas.length === 1).map((entry) => [entry.lemmas[0]!, family] as const)));
const TARGET_REACH = 3;
const SUBJECT_REACH = 2;

/**
 * "Rather than relieving pain, kratom caused headaches", "Far from easing anxiety, kratom made it
 * worse": what a fronted alternative says the subject did not do is denied of that subject; the rest
 * of the sentence says what it did, which other rules read.
 */
export function frontedAlternative(units: readonly Unit[]): ClaimDraft[] {
  const opener = OPENERS.find((words) => words.every((word, at) => units[at]?.lemma === word));
  if (!opener) return [];
  const verb = units[opener.length];
  const family = verb && VERBS.get(verb.lemma);
  if (!family) return [];
  const comma = units.findIndex((unit, at) => at > opener.length && unit.lemma === ',');
  const target = units.slice(opener.length + 1, Math.min(comma, opener.length + 1 + TARGET_REACH)).find((unit) => unit.entity)?.entity;
  const subject = comma < 0 ? undefined : units.slice(comma + 1, comma + 1 + SUBJECT_REACH).find((unit) => unit.entity)?.entity;
  if (!target || !subject) return [];
  const type = family.types.find((candidate) => RELATIONSHIP_ENDS[candidate].source.includes(subject.kind) && RELATIONSHIP_ENDS[candidate].target.includes(target.kind));
  return type ? [{ type, source: subject, target, polarity: 'NEGATED', certainty: 'ASSERTED' }] : [];
}
