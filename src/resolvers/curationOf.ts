import { checkText, INPUT_LIMITS } from '../domain/inputRules';
import type { CurationRecord } from '../graph/records';
import { badUserInput, checkUserInput } from './userErrors';

/**
 * A curator's note stamped with the time of the write. `required` for writes that take something
 * away (deleteEntity, retractRelationship), so every removal says why.
 */
export function curationOf(note: string | null | undefined, required: boolean): CurationRecord {
  const trimmed = note?.trim() ?? '';
  if (required && trimmed === '') throw badUserInput("'note' must say why (it is kept with the change).");
  checkUserInput(() => checkText('note', trimmed, INPUT_LIMITS.note));
  return { note: trimmed === '' ? null : trimmed, at: new Date().toISOString() };
}
