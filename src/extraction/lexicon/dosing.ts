/**
 * How a drug chart writes a dose after the drug's name ("Loperamide 4 mg PRN 01:30 for loose stools",
 * "Ibuprofen 400mg TDS for pain", "Bup 8 mg SL"): the units a number is measured in, and the
 * standard abbreviations of how often and by which route it is given (lower-case lemmas).
 */
export const DOSE_UNITS: ReadonlySet<string> = new Set(['mg', 'mcg', 'µg', 'ug', 'g', 'gram', 'grams', 'ml', 'milligram', 'microgram', 'unit', 'units', 'tab', 'tabs', 'tablet', 'capsule', 'cap', 'caps', 'drop']);

export const DOSING_WORDS: ReadonlySet<string> = new Set([
  'prn', 'stat', 'od', 'bd', 'bid', 'tds', 'tid', 'qds', 'qid', 'qhs', 'nocte', 'mane', 'daily', 'nightly', 'hourly',
  'sl', 'po', 'iv', 'im', 'sc', 'pr', 'top', 'oral', 'orally', '/', 'day', 'per', 'x', 'once', 'twice',
]);

/** Words that say an amount is large ("high-dose", "large doses", "at higher serving sizes"). */
export const LARGE_AMOUNT = /\b(?:high|higher|highest|large|larger|big|bigger|heavy|heavier|massive|excessive)\b/i;
