/**
 * Words that say "withdrawal" with no substance ("withdrawal", forum "wd", misspelt "withdrawl",
 * "detox"). In text they are anaphors, resolved to the withdrawal talked about (units/buildUnits,
 * anaphora/resolveAnaphor), so the vocabulary's general withdrawal is named by them only through
 * that resolution, never by a mention.
 */
export const WITHDRAWAL_WORDS: ReadonlySet<string> = new Set(['withdrawal', 'wd', 'withdrawl', 'detox']);
