// Words that link items of one coordinated list ("anxiety, agitation, and nausea"; "symptoms like
// X"; "compounds, particularly X and Y"). Other words between items are tolerated up to a few
// modifiers ("and intense drug cravings", "maintaining a balanced diet").
const CONNECTORS = new Set([
  'and', 'or', 'nor', 'plus', 'like', 'such', 'as', 'well', 'including', 'particularly',
  'especially', 'even', 'also', 'e', 'g', 'i',
]);
// Words that start a new clause or negate one: a list never runs across them.
const CLAUSE_WORDS = new Set([
  'although', 'but', 'while', 'whereas', 'which', 'that', 'who', 'because', 'since', 'if', 'when',
  'not', 'no', 'never', 'little', 'is', 'are', 'was', 'were', 'be', 'been', 'can', 'may', 'might',
  'will', 'would', 'should', 'could', 'does', 'do', 'did', 'has', 'have', 'had',
]);
const MAX_MODIFIERS = 3;
const MAX_GAP_WORDS = 6;

function words(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => word.toLowerCase());
}

/** Whether the text between two mentions joins them into one list. */
export function isListJoiner(between: string): boolean {
  if (/[;.!?:—–]/.test(between)) return false;
  const all = words(between);
  if (all.some((word) => CLAUSE_WORDS.has(word))) return false;
  const linked = /[,(]/.test(between) || all.some((word) => CONNECTORS.has(word));
  return linked && all.filter((word) => !CONNECTORS.has(word)).length <= MAX_MODIFIERS;
}

/** Whether a trigger still governs the list that starts after this gap ("ease symptoms like …"). */
export function isOpenGap(between: string): boolean {
  if (/[;.!?]/.test(between)) return false;
  const all = words(between);
  return all.length <= MAX_GAP_WORDS && !all.some((word) => CLAUSE_WORDS.has(word) && word !== 'can');
}

/** Whether a source and a later trigger are in different clauses, or the trigger is negated. */
export function isClauseBreak(between: string): boolean {
  return (
    /;|,\s*(?:and|but|although|whereas|yet|so)\b|\b(?:although|whereas|however|but)\b/i.test(between) ||
    /\b(?:not|never|no|cannot|fails?\s+to)\b|n[’']t\b/i.test(between)
  );
}
