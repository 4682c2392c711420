import type { Vocabulary } from '../types';
import { entryRef, type EntityRef } from '../units/unit';

export type OwnCondition = 'withdrawal' | 'dependence';
export type OwnConditionOf = (entity: EntityRef, condition: OwnCondition) => EntityRef | undefined;

const MAX_BROADER = 3;

/**
 * The withdrawal (or dependence) named after an entity's substance: "kratom", "kratom dependence" →
 * kratom withdrawal; a member of a drug class without one of its own has its class's (oxycodone →
 * opioids → opioid withdrawal).
 */
export function ownConditionsOf(vocabulary: Vocabulary): OwnConditionOf {
  const byWord = { withdrawal: conditionsByWord(vocabulary, 'withdrawal'), dependence: conditionsByWord(vocabulary, 'dependence') };
  return (entity, condition) => {
    let current = vocabulary.byId.get(entity.id);
    let word = entity.name.toLowerCase().split(/\s+/)[0] ?? '';
    for (let depth = 0; depth <= MAX_BROADER; depth += 1) {
      const found = byWord[condition].get(word) ?? byWord[condition].get(word.replace(/s$/, ''));
      if (found) return found;
      current = current?.broader === undefined ? undefined : vocabulary.byId.get(current.broader);
      if (!current) return undefined;
      word = current.name.toLowerCase().split(/\s+/)[0] ?? '';
    }
    return undefined;
  };
}

/** "opioid withdrawal", "kratom dependence": each such condition by the word that names its substance. */
function conditionsByWord(vocabulary: Vocabulary, condition: OwnCondition): Map<string, EntityRef> {
  const found = new Map<string, EntityRef>();
  const pattern = new RegExp(`^(\\S+) ${condition}$`, 'i');
  for (const entry of vocabulary.entries) {
    const match = pattern.exec(entry.name);
    if (entry.kind === 'Condition' && match) found.set(match[1]!.toLowerCase(), entryRef(entry));
  }
  return found;
}

export type SubstanceOfCondition = (condition: EntityRef) => EntityRef | undefined;

/** The substance a condition is named after: "kratom withdrawal", "kratom use disorder" → kratom; "opioid withdrawal" → opioids. */
export function substancesOfConditions(vocabulary: Vocabulary): SubstanceOfCondition {
  const byWord = new Map<string, EntityRef>();
  for (const entry of vocabulary.entries) {
    if (entry.kind === 'Substance') byWord.set(entry.name.toLowerCase().replace(/s$/, ''), entryRef(entry));
  }
  return (condition) => {
    const word = /^(\S+) (?:withdrawal|dependence|use disorder)$/i.exec(condition.name)?.[1]?.toLowerCase();
    return word === undefined ? undefined : byWord.get(word.replace(/s$/, ''));
  };
}

/** Whether an entity is a plant: the vocabulary names its plant or leaf ("kratom plant", "kratom leaf"). */
export type IsPlant = (entity: EntityRef) => boolean;

export function plantsOf(vocabulary: Vocabulary): IsPlant {
  const plants = new Set(vocabulary.entries.filter((entry) => entry.aliases.some((alias) => /\s(?:plant|leaf|leaves|tree)$/i.test(alias))).map((entry) => entry.id));
  return (entity) => plants.has(entity.id);
}
