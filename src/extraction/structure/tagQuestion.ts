import type { Unit } from '../units/unit';

// "…, isn't it?", "…, isnt that the whole ceiling effect thing?", "…, right?": a tag that asks for agreement.
const TAG_OPENERS = new Set(['be', 'do', 'have', 'can', 'will', 'would', 'could', 'should', 'right', 'no', 'yeah', 'yes', 'correct', 'eh', 'innit', 'true']);
const MAX_TAG_UNITS = 8;
// Forums: "someone said ashwagandha helps the anxiety, might be worth a shot?", "clonidine helped my sweats, anyone else?",
// "…, thoughts?": a request after a statement, not a question of it (unless the sentence asks from its start).
const FORUM_TAGS = new Set(['might', 'may', 'anyone', 'anybody', 'any', 'thoughts', 'worth', 'ideas', 'advice', 'suggestions', 'someone', 'somebody']);

/**
 * Where the question tagged on, or coordinated after, a statement begins ("kratom doesnt depress breathing like real opioids
 * do, isnt that the whole ceiling effect thing?"), or undefined: such a sentence states what comes
 * before the tag, so it is no question for extraction (which reads no claim from a question), and the
 * tag itself names nothing ("…, right?").
 */
export function tagQuestionStart(units: readonly Unit[]): number | undefined {
  if (units[units.length - 1]?.lemma !== '?') return undefined;
  const comma = units.map((unit) => unit.lemma).lastIndexOf(',');
  const opener = units[comma + 1];
  const tagged = opener !== undefined && (TAG_OPENERS.has(opener.lemma) || (FORUM_TAGS.has(opener.lemma) && !asksFromStart(units)));
  if (comma > 0 && units.length - comma - 2 <= MAX_TAG_UNITS && tagged && units.slice(0, comma).some((unit) => unit.pos === 'VERB')) return comma;
  return askedAfter(units) ?? doubtedReport(units);
}

const REPORTING = new Set(['say', 'tell', 'hear', 'read', 'claim', 'swear']);
// "my buddy said …", "someone on reddit said …": the reporting verb comes within the first few words.
const MAX_REPORTER_UNITS = 5;
const FIRST_PERSON = new Set(['i', 'we']);

/**
 * "my buddy said imodium helps with the sweating??": someone else's claim the writer doubts, punctuated
 * as a question but stated, not asked (no auxiliary or wh-word opens it). What it reports is a claim
 * of its source (hedged as hearsay by the assertion rules); the question marks end it.
 */
function doubtedReport(units: readonly Unit[]): number | undefined {
  if (asksFromStart(units)) return undefined;
  const verb = units.findIndex((unit) => unit.pos === 'VERB' || unit.pos === 'AUX');
  if (verb < 1 || verb > MAX_REPORTER_UNITS || !REPORTING.has(units[verb]!.lemma)) return undefined;
  // "I read kratom withdrawal can cause seizures??": the writer's own hearsay, put as a question, asks.
  if (units.slice(0, verb).some((unit) => FIRST_PERSON.has(unit.lemma.toLowerCase()))) return undefined;
  let end = units.length;
  while (end > 0 && /^\?+$/.test(units[end - 1]!.text)) end -= 1;
  return units.slice(verb + 1, end).some((unit) => unit.pos === 'VERB') ? end : undefined;
}

const COORDINATORS = new Set(['but', 'and', 'so']);
const ASKING = new Set(['be', 'do', 'can', 'could', 'should', 'will', 'would', 'may', 'might', 'shall']);
const WH_WORDS = new Set(['what', 'how', 'why', 'when', 'where', 'which', 'who', 'whether']);
const ASKERS = new Set(['i', 'we', 'you', 'it', 'they', 'he', 'she', 'that', 'this']);

/**
 * "The loperamide helps with the diarrhea but can I take it every day?": a question coordinated after
 * a statement (the coordinator, then an auxiliary before its subject) asks only what follows it.
 */
function askedAfter(units: readonly Unit[]): number | undefined {
  // "Does loperamide help … and can I …?" asks from its start.
  if (asksFromStart(units)) return undefined;
  for (let at = 1; at < units.length - 3; at += 1) {
    if (!COORDINATORS.has(units[at]!.lemma) || !ASKING.has(units[at + 1]!.lemma) || !ASKERS.has(units[at + 2]!.lemma)) continue;
    const start = units[at - 1]!.lemma === ',' ? at - 1 : at;
    return units.slice(0, start).some((unit) => unit.pos === 'VERB') ? start : undefined;
  }
  return undefined;
}

const asksFromStart = (units: readonly Unit[]): boolean => ASKING.has(units[0]?.lemma ?? '') || WH_WORDS.has(units[0]?.lemma ?? '');
