import { AGENT_KINDS } from '../../domain/entityKinds';
import type { Unit } from '../units/unit';

const CONDITIONS = new Set(['if', 'unless']);
const LIST_WORDS = new Set(['or', 'and']);
// Where a condition ends at the latest (a comma may end it sooner; see conditionalClauses).
const CLAUSE_ENDS = new Set(['.', ';', ':', '?', '!', 'but', 'then', '—', '–']);
// The verbs an instruction after a warning opens with: "…, call 911", "…, see a doctor", "…, seek help".
const INSTRUCTIONS = new Set(['call', 'see', 'seek', 'get', 'go', 'stop', 'talk', 'tell', 'contact', 'ring', 'phone', 'visit', 'ask', 'speak', 'head', 'dial']);

/** An if- or unless-clause: the positions inside it, and the position of the first word after it. */
interface ConditionalClause {
  inside: ReadonlySet<number>;
  next: number;
}

/**
 * The if- and unless-clauses of a sentence: from the conjunction to the comma that ends it, the comma
 * before the main clause ("…, call 911"), not one between the items it lists ("a seizure, faint, or get
 * chest pain").
 */
export function conditionalClauses(units: readonly Unit[]): ConditionalClause[] {
  const clauses: ConditionalClause[] = [];
  units.forEach((unit, at) => {
    if (!CONDITIONS.has(unit.lemma)) return;
    const inside = new Set<number>();
    let index = at + 1;
    for (; index < units.length && !CLAUSE_ENDS.has(units[index]!.lemma); index += 1) {
      const next = units[index + 1];
      if (units[index]!.lemma === ',' && next && !next.entity && !LIST_WORDS.has(next.lemma)) break;
      inside.add(index);
    }
    clauses.push({ inside, next: index + 1 });
  });
  return clauses;
}

/** Positions inside any if- or unless-clause. */
export const insideConditions = (units: readonly Unit[]): ReadonlySet<number> => new Set(conditionalClauses(units).flatMap((clause) => [...clause.inside]));

/**
 * Positions of a warning: an if-clause whose main clause is an instruction ("If you have a seizure,
 * faint, or get chest pain, call 911"), and the instruction's verb. The signs a person may have there
 * are signs to watch for, no claim; "call" or "see" there names or observes nothing. A condition that
 * names an agent still says something of it, hedged ("If kratom relieves your cravings, talk to a doctor").
 */
export function warnings(units: readonly Unit[]): ReadonlySet<number> {
  const instructed = conditionalClauses(units).filter((clause) => INSTRUCTIONS.has(units[clause.next]?.lemma ?? ''));
  const namesAgent = (clause: ConditionalClause): boolean => [...clause.inside].some((at) => units[at]!.entity !== undefined && AGENT_KINDS.has(units[at]!.entity!.kind));
  const seeking = seekingHelpFor(units);
  return new Set([...instructed.flatMap((clause) => [...(namesAgent(clause) ? [] : clause.inside), clause.next]), ...(seeking === undefined ? [] : [seeking])]);
}

// What an instruction sends someone to: "urgent medical help", "a doctor", "emergency care".
const HELP_WORDS = new Set(['help', 'care', 'attention', 'advice', 'doctor', 'gp', 'ambulance', '911', '999']);
const HELP_REACH = 5;

/**
 * "Seek urgent medical help for yellowing of the skin, dark urine or a seizure": an instruction to get
 * help for signs names signs to watch for; its "for" says no help relieves them. The position of that "for".
 */
function seekingHelpFor(units: readonly Unit[]): number | undefined {
  // At the start of the sentence or of a list item after its lead's colon, past a list's number ("18. Seek …").
  let verb = units.map((unit) => unit.lemma).lastIndexOf(':') + 1;
  while (units[verb]?.pos === 'NUM' || units[verb]?.pos === 'PUNCT') verb += 1;
  if (!INSTRUCTIONS.has(units[verb]?.lemma.toLowerCase() ?? '')) return undefined;
  const found = units.slice(verb + 1, verb + HELP_REACH + 1).findIndex((unit) => unit.lemma === 'for');
  if (found < 0) return undefined;
  const at = verb + 1 + found;
  const object = units.slice(verb + 1, at);
  return object.some((unit) => HELP_WORDS.has(unit.lemma.toLowerCase()) || /^strategy:medical/.test(unit.entity?.id ?? '') || /help|care/i.test(unit.entity?.name ?? '')) ? at : undefined;
}
