import { termKey } from '../mentions/termKey';
import { tokenize } from '../mentions/tokenize';
import type { Vocabulary, VocabularyEntry } from '../types';

/**
 * The vocabulary entry a gold id names. Gold is written without looking at the vocabulary, so its
 * writer names an entity as a reader would ("receptor:serotonin-1a-receptor", "substance:paracetamol")
 * where the vocabulary may file it under another name ("receptor:5-ht1a-receptor", with "serotonin
 * 1A receptor" as an alias). An id the vocabulary has is kept; otherwise its name (the id's words)
 * is looked up among every entry's name and aliases, as an outside scorer would match by name:
 * an entry of the same kind first, else the one entry of any kind. An id that names nothing in the
 * vocabulary stays as it is, to be met by a provisional entity of that name.
 */
export function goldIdResolver(vocabulary: Vocabulary): (id: string) => string {
  const byName = new Map<string, VocabularyEntry[]>();
  for (const entry of vocabulary.entries) {
    for (const term of new Set([entry.name, ...entry.aliases].map(nameKey))) {
      byName.set(term, [...(byName.get(term) ?? []), entry]);
    }
  }
  return (id) => {
    if (vocabulary.byId.has(id)) return id;
    const [kind = '', slug = ''] = id.split(':');
    const named = byName.get(nameKey(slug)) ?? [];
    const sameKind = named.filter((entry) => entry.kind.toLowerCase() === kind);
    const match = sameKind.length === 1 ? sameKind[0] : named.length === 1 ? named[0] : undefined;
    return match?.id ?? generalEntry(vocabulary, kind, slug.replace(/-/g, ' ')) ?? id;
  };
}

const MAX_BROADER = 3;

/**
 * "condition:withdrawal": a head word the vocabulary names only in qualified forms ("opioid withdrawal",
 * "kratom withdrawal") means the general entry those forms are instances of (their `broader`, followed
 * to its root), when they all share one, as a reader calls substance withdrawal syndrome "withdrawal".
 */
function generalEntry(vocabulary: Vocabulary, kind: string, head: string): string | undefined {
  const rootOf = (entry: VocabularyEntry): string | undefined => {
    let current = entry;
    for (let depth = 0; depth < MAX_BROADER && current.broader !== undefined; depth += 1) current = vocabulary.byId.get(current.broader) ?? current;
    return current === entry ? undefined : current.id;
  };
  const qualified = vocabulary.entries.filter((entry) => entry.kind.toLowerCase() === kind && entry.name.toLowerCase().endsWith(` ${head}`));
  const roots = new Set(qualified.map(rootOf));
  const [root] = roots;
  return qualified.length > 0 && roots.size === 1 ? root : undefined;
}

// Case ignored on both sides: a gold id is lower case even where the vocabulary writes an acronym.
const nameKey = (name: string): string => termKey(tokenize(name.toLowerCase()).map((token) => token.text), false);
