import { DRUG_KINDS } from '../../domain/entityKinds';
import type { EntityRef, Unit } from '../units/unit';
import type { Trigger } from './findTriggers';
import type { SentenceContext } from './sentenceContext';

// What can own side effects, as the resolver takes it.
const DRUGS = [...DRUG_KINDS];
const POSSESSIVES: Readonly<Record<string, 'singular' | 'plural'>> = { its: 'singular', their: 'plural' };
// "its two main adverse effects": a possessive reaches over a few modifiers to the harm noun.
const POSSESSIVE_REACH = 3;

/**
 * Whose side effects a sentence names when it names no drug of its own ("Hypotension and sedation are
 * its main adverse effects"): the drug "its" or "their" stands for; else those the section's heading
 * names; else the page's substance. A review that moves on to clonidine does not give kratom
 * clonidine's side effects.
 */
export function effectOwners(units: readonly Unit[], trigger: Trigger, context: SentenceContext): EntityRef[] {
  for (let at = trigger.first - 1; at >= Math.max(0, trigger.first - POSSESSIVE_REACH); at -= 1) {
    const number = POSSESSIVES[units[at]!.lemma.toLowerCase()];
    if (!number) continue;
    // The possessive determines the harm noun, so the unit builder marks no anaphor on it; it is read as one here.
    const asPronoun = [...units.slice(0, at), { ...units[at]!, anaphor: { kind: number, kinds: DRUGS } }];
    const owners = context.resolve(asPronoun, at, DRUGS);
    if (owners.length > 0) return owners;
    break;
  }
  const section = context.sectionDrugs();
  if (section.length > 0) return section;
  const owner = context.topicSubstance();
  return owner ? [owner] : [];
}
