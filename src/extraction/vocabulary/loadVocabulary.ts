import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';

import { indexTerm } from '../mentions/indexTerm';
import type { Vocabulary, VocabularyEntry } from '../types';
import { vocabularyEntrySchema } from './vocabularySchema';

/**
 * Reads and validates every `.yaml` file in `dir` (the one I/O module of src/extraction).
 * Throws an Error naming the file, the entry (index and id) and the field at fault; duplicate ids
 * and a name or alias claimed by two entries are errors too, since mention matching could not
 * tell them apart. A `broader` id must name an entry of the same kind, and following `broader`
 * links must never come back to where it started.
 */
export function loadVocabulary(dir: string): Vocabulary {
  const entries: VocabularyEntry[] = [];
  const byId = new Map<string, VocabularyEntry>();
  const termOwner = new Map<string, { id: string; file: string }>();
  const whereById = new Map<string, string>();

  for (const file of readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort()) {
    const path = join(dir, file);
    let source: string;
    try {
      source = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
    } catch {
      throw new Error(`${path}: not valid UTF-8 text`);
    }
    let raw: unknown;
    try {
      raw = parse(source);
    } catch (error) {
      throw new Error(`${path}: invalid YAML: ${(error as Error).message}`);
    }
    if (!Array.isArray(raw)) throw new Error(`${path}: expected a YAML list of entries`);

    raw.forEach((item: unknown, index) => {
      const where = `${path}: entry ${index}${describeId(item)}`;
      const result = vocabularyEntrySchema.safeParse(item);
      if (!result.success) {
        const issue = result.error.issues[0];
        const field = issue && issue.path.length > 0 ? issue.path.join('.') : '(entry)';
        throw new Error(`${where}: field "${field}": ${issue?.message ?? 'invalid'}`);
      }
      const entry: VocabularyEntry = { ...result.data, xrefs: { ...result.data.xrefs } as Record<string, string> };
      const previous = byId.get(entry.id);
      if (previous) throw new Error(`${where}: field "id": duplicate id ${entry.id}`);
      for (const term of [entry.name, ...entry.aliases]) {
        const key = indexTerm(term).key;
        const owner = termOwner.get(key);
        if (owner && owner.id !== entry.id) {
          throw new Error(
            `${where}: field "aliases": "${term}" is already claimed by ${owner.id} (${owner.file})`,
          );
        }
        termOwner.set(key, { id: entry.id, file });
      }
      byId.set(entry.id, entry);
      whereById.set(entry.id, where);
      entries.push(entry);
    });
  }
  checkBroader(entries, byId, whereById);
  return { entries, byId };
}

function checkBroader(
  entries: readonly VocabularyEntry[],
  byId: ReadonlyMap<string, VocabularyEntry>,
  whereById: ReadonlyMap<string, string>,
): void {
  for (const entry of entries) {
    if (entry.broader === undefined) continue;
    const where = whereById.get(entry.id)!;
    const broader = byId.get(entry.broader);
    if (!broader) throw new Error(`${where}: field "broader": unknown id ${entry.broader}`);
    if (broader.kind !== entry.kind) {
      throw new Error(`${where}: field "broader": ${broader.id} is a ${broader.kind}, not a ${entry.kind}`);
    }
    const chain = [entry.id];
    for (let next: VocabularyEntry | undefined = broader; next; next = next.broader ? byId.get(next.broader) : undefined) {
      if (chain.includes(next.id)) {
        throw new Error(`${where}: field "broader": cycle ${[...chain, next.id].join(' → ')}`);
      }
      chain.push(next.id);
    }
  }
}

function describeId(item: unknown): string {
  if (typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string') {
    return ` (id ${item.id})`;
  }
  return '';
}
