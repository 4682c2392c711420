import type { Vocabulary } from '../types';
import { entryRef, type EntityRef, type Unit } from './unit';

// Nouns of action that name the receptor by the class word before them ("an opioid antagonist").
export const ACTION_HEADS: ReadonlySet<string> = new Set(['agonist', 'antagonist', 'blocker', 'modulator', 'agonism', 'antagonism']);
const INDEFINITE = new Set(['a', 'an']);
const APPOSED_KINDS = new Set(['Substance', 'Compound']);
// "alpha-2 adrenergic agonist": the longest class name, in units, before a noun of action.
const MAX_CLASS_UNITS = 3;
// "alpha-2 adrenoceptor agonist": the class may keep its receptor word.
const RECEPTOR_WORD = /[\s-](?:receptor|adrenoceptor)$/;
const byVocabulary = new WeakMap<Vocabulary, ReadonlyMap<string, EntityRef>>();

/**
 * "Naltrexone is an opioid antagonist", "naloxone, an opioid antagonist, …", "the alpha-2 agonists
 * clonidine and lofexidine": a receptor class before a noun of action names the receptors of that
 * class ("opioid receptors"), not the drugs, wherever the vocabulary has receptors of that name,
 * when the phrase says what one drug is: after "a", or in apposition with the drugs it describes.
 * A bare category ("opioid agonist (buprenorphine) or taper-only") is left alone: it classifies, it
 * says nothing of what acts on what.
 */
export function classReceptors(units: readonly Unit[], vocabulary: Vocabulary): Unit[] {
  const receptors = receptorsByClass(vocabulary);
  const rewritten = [...units];
  for (let head = rewritten.length - 1; head > 0; head -= 1) {
    if (!ACTION_HEADS.has(rewritten[head]!.lemma)) continue;
    const named = classBefore(rewritten, head, receptors);
    if (!named) continue;
    const predicated = INDEFINITE.has(rewritten[named.first - 1]?.lemma ?? '');
    const apposed = APPOSED_KINDS.has(rewritten[head + 1]?.entity?.kind ?? '');
    if (!predicated && !apposed) continue;
    const text = rewritten.slice(named.first, head).map((unit) => unit.text).join(' ');
    rewritten.splice(named.first, head - named.first, { start: rewritten[named.first]!.start, end: rewritten[head - 1]!.end, text, lemma: text.toLowerCase(), pos: 'ENTITY', entity: named.receptor });
    head = named.first;
  }
  return rewritten;
}

/** The receptors named by the longest class name ending just before `head`, and where it starts. */
function classBefore(units: readonly Unit[], head: number, receptors: ReadonlyMap<string, EntityRef>): { first: number; receptor: EntityRef } | undefined {
  for (let first = Math.max(0, head - MAX_CLASS_UNITS); first < head; first += 1) {
    const span = units.slice(first, head);
    if (span.some((unit) => unit.entity?.kind === 'Receptor')) continue;
    const receptor = receptors.get(spanText(span).replace(RECEPTOR_WORD, ''));
    if (receptor) return { first, receptor };
  }
  return undefined;
}

/** The span as written: units that touch are joined without a space ("alpha" "-" "2"). */
const spanText = (span: readonly Unit[]): string =>
  span.map((unit, at) => (at > 0 && span[at - 1]!.end < unit.start ? ' ' : '') + unit.text.toLowerCase()).join('');

/**
 * Receptor entries by the class words before "receptor(s)" or "adrenoceptor(s)" in their name or an
 * alias: "opioid receptors" → opioid, "alpha-2 adrenergic receptors" → alpha-2 adrenergic, "kappa
 * receptor" → kappa. The first entry to claim a class keeps it (families come before subtypes).
 */
function receptorsByClass(vocabulary: Vocabulary): ReadonlyMap<string, EntityRef> {
  const cached = byVocabulary.get(vocabulary);
  if (cached) return cached;
  const found = new Map<string, EntityRef>();
  for (const entry of vocabulary.entries) {
    if (entry.kind !== 'Receptor') continue;
    for (const term of [entry.name, ...entry.aliases]) {
      const match = /^(.+?)[\s-](?:receptor|adrenoceptor)s?$/i.exec(term);
      const words = match?.[1]!.toLowerCase();
      if (words && !found.has(words)) found.set(words, entryRef(entry));
    }
  }
  byVocabulary.set(vocabulary, found);
  return found;
}
