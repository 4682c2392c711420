/**
 * Symptoms that are a condition's complications rather than its signs: vomiting and diarrhoea "lead
 * to dehydration". Sources write them as brought on, so a condition CAUSES them even where a
 * sentence lists them among what it presents with. Seizures are not among them: sources that call
 * them "a feature of" or "seen in" a withdrawal, or deny it, treat them as one of its signs (DESIGN §2
 * has PRESENTS_WITH for a condition's signs), and "withdrawal can cause seizures" still CAUSES by its verb.
 */
export const COMPLICATIONS: ReadonlySet<string> = new Set(['symptom:dehydration']);
