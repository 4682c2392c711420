/**
 * The words by which text names a withdrawal or a dependence without saying whose ("the wd",
 * "withdrawal", "dependence"): anaphors on their own (units/buildUnits), a substance's own condition
 * right after its name ("oxy wd": units/ownConditionNames).
 */
export const WITHDRAWAL_WORDS: ReadonlySet<string> = new Set(['withdrawal', 'wd', 'w/d', 'withdrawl', 'detox']);
export const DEPENDENCE_WORDS: ReadonlySet<string> = new Set(['dependence', 'dependency', 'addiction']);
