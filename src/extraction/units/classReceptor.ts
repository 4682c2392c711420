import type { Vocabulary } from '../types';
import type { EntityRef, Unit } from './unit';

// Nouns of action that name the receptor by the class word before them ("an opioid antagonist").
const ACTION_HEADS = new Set(['agonist', 'antagonist', 'blocker', 'modulator', 'agonism', 'antagonism']);
const INDEFINITE = new Set(['a', 'an']);
const byVocabulary = new WeakMap<Vocabulary, ReadonlyMap<string, EntityRef>>();

/**
 * "Naltrexone is an opioid antagonist", "naloxone, an opioid antagonist, …": a drug class between
 * "a" and a noun of action says what one drug is, and names the receptors of that class ("opioid
 * receptors"), not the drugs, wherever the vocabulary has receptors of that name. A bare category
 * ("opioid agonist (buprenorphine) or taper-only") is left alone: it classifies, it says nothing
 * of what acts on what.
 */
export function classReceptors(units: readonly Unit[], vocabulary: Vocabulary): Unit[] {
  const receptors = receptorsByWord(vocabulary);
  return units.map((unit, index) => {
    const predicated = INDEFINITE.has(units[index - 1]?.lemma ?? '') && ACTION_HEADS.has(units[index + 1]?.lemma ?? '');
    const receptor = unit.entity && predicated ? receptors.get(unit.text.toLowerCase()) : undefined;
    return receptor ? { ...unit, entity: receptor } : unit;
  });
}

/** Receptor entries by the word before "receptor(s)" in their name or an alias ("opioid receptors" → opioid). */
function receptorsByWord(vocabulary: Vocabulary): ReadonlyMap<string, EntityRef> {
  const cached = byVocabulary.get(vocabulary);
  if (cached) return cached;
  const found = new Map<string, EntityRef>();
  for (const entry of vocabulary.entries) {
    if (entry.kind !== 'Receptor') continue;
    for (const term of [entry.name, ...entry.aliases]) {
      const match = /^(\S+) receptors?$/i.exec(term);
      if (match && !found.has(match[1]!.toLowerCase())) found.set(match[1]!.toLowerCase(), { id: entry.id, kind: entry.kind, name: entry.name, provisional: false });
    }
  }
  byVocabulary.set(vocabulary, found);
  return found;
}
