import {
  ACTS_ON_TRIGGER,
  CAUSES_TRIGGER,
  CONTAINS_TRIGGER,
  CONTRIBUTES_TO_TRIGGER,
  MITIGATES_TRIGGER,
  RELIEVES_TRIGGER,
} from './triggers';

const ALL = [ACTS_ON_TRIGGER, RELIEVES_TRIGGER, CAUSES_TRIGGER, MITIGATES_TRIGGER, CONTRIBUTES_TO_TRIGGER, CONTAINS_TRIGGER];

/** Whether any relationship trigger occurs in the text (where unknown terms are worth reporting). */
export function hasTrigger(text: string): boolean {
  // Patterns with the g flag keep state between test() calls, so test fresh copies.
  return ALL.some((pattern) => new RegExp(pattern.source, 'i').test(text));
}
