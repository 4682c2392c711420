import type { CurationRecord } from '../graph/records';
import { badUserInput } from './userErrors';

const MAX_NOTE_LENGTH = 1000;

/**
 * A curator's note stamped with the time of the write. `required` for writes that take something
 * away (deleteEntity, retractRelationship), so every removal says why.
 */
export function curationOf(note: string | null | undefined, required: boolean): CurationRecord {
  const trimmed = note?.trim() ?? '';
  if (required && trimmed === '') throw badUserInput("'note' must say why (it is kept with the change).");
  if (trimmed.length > MAX_NOTE_LENGTH) throw badUserInput(`'note' must be at most ${MAX_NOTE_LENGTH} characters.`);
  return { note: trimmed === '' ? null : trimmed, at: new Date().toISOString() };
}
