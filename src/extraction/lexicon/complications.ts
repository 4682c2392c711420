/**
 * Symptoms that are a condition's complications rather than its signs: withdrawal from alcohol,
 * benzodiazepines or kratom "can cause seizures"; vomiting and diarrhoea "lead to dehydration".
 * Sources write them as brought on ("seizures during withdrawal have been described"), so a
 * condition CAUSES them even where a sentence lists them among what it presents with.
 */
export const COMPLICATIONS: ReadonlySet<string> = new Set(['symptom:seizures', 'symptom:dehydration']);
