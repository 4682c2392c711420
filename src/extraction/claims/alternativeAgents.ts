import { AGENT_KINDS } from '../../domain/entityKinds';
import { RELATIONSHIP_ENDS } from '../../domain/relationshipEnds';
import type { Unit } from '../units/unit';
import type { MadeClaim } from './ellipticClaims';
import type { ClaimDraft } from './claimDraft';
import { relativeBetween } from './pairArguments';


/**
 * "For the sweating, clonidine works well, or lofexidine, which is similar", "Loperamide helps with
 * diarrhoea, or bismuth", "Clonidine (or lofexidine if you can get it) may help with the sweats": a
 * medicine offered as an alternative after the claim, with ", or", or in brackets after its agent, does
 * what its agent does, with the same stance.
 */
export function alternativeAgents(units: readonly Unit[], made: readonly MadeClaim[]): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  units.forEach((unit, at) => {
    const alternative = unit.entity;
    if (!alternative || !AGENT_KINDS.has(alternative.kind) || units[at - 1]?.lemma !== 'or') return;
    // "Clonidine (or lofexidine if you can get it) may help": an alternative in brackets right after the agent.
    const bracketed = units[at - 2]?.lemma === '(' && units[at - 3]?.entity !== undefined;
    if (units[at - 2]?.lemma !== ',' && !bracketed) return;
    // "lofexidine for sweating, or buprenorphine, which eases opioid withdrawal": an alternative that is said to do something of its own does that.
    if (made.some(({ trigger, pair }) => pair.source.id === alternative.id && trigger.first > at)) return;
    for (const { trigger, pair, status } of made) {
      if (bracketed ? pair.source.id !== units[at - 3]!.entity!.id || trigger.first < at : at <= trigger.last || at <= pair.targetIndex || pair.sourceIndex >= trigger.first) continue;
      if (alternative.id === pair.source.id) continue;
      // "something like lofexidine, which can calm sweating, or buprenorphine": an alternative to what the relative clause hangs on.
      if (relativeBetween(units, pair.sourceIndex, trigger.first)) continue;
      if (alternative.kind !== pair.source.kind || !RELATIONSHIP_ENDS[pair.type].source.includes(alternative.kind)) continue;
      drafts.push({ type: pair.type, source: alternative, target: pair.target, ...status });
    }
  });
  return drafts;
}
