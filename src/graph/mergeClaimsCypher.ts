import type { Certainty, Polarity } from '../domain/assertionStatus';
import type { RelationshipType } from '../domain/relationshipTypes';
import { relationshipId } from './relationshipId';

/** One sentence about a claim: where it is and what it says (DESIGN §6). */
export interface ClaimEvidence {
  documentId: string;
  passageId: string;
  quote: string;
  start: number;
  end: number;
  polarity: Polarity;
  certainty: Certainty;
  /** For ACTS_ON, the action this sentence names (agonist, antagonist …), or null. */
  action: string | null;
}

/** A claim with every sentence that affirms or denies it; nothing about it is stored apart from its sentences. */
export interface ClaimToMerge {
  type: RelationshipType;
  sourceId: string;
  targetId: string;
  evidence: ClaimEvidence[];
}

/**
 * Merges claims of one type with their evidence; one statement per type because a type cannot be a
 * parameter (types come from the allowlist). Every MATCH and MERGE is backed by a uniqueness
 * constraint (Entity.id, Passage.id, Evidence.id), so a batch costs index seeks only, and merging the
 * same claims twice leaves the same graph. Both ends and the passages must exist already. What the
 * relationship sums up from its sentences (counts, stance) is written by refreshClaims afterwards.
 */
export function mergeClaimsCypher(type: RelationshipType): string {
  return `
    UNWIND $claims AS claim
    MATCH (s:Entity {id: claim.sourceId})
    MATCH (t:Entity {id: claim.targetId})
    MERGE (s)-[r:${type}]->(t)
      ON CREATE SET r.id = claim.id, r.curated = false
    WITH claim
    UNWIND claim.evidence AS evidence
    MATCH (p:Passage {id: evidence.passageId})
    MERGE (e:Evidence {id: evidence.id})
      ON CREATE SET e.relationshipId = claim.id, e.documentId = evidence.documentId, e.passageId = evidence.passageId,
                    e.quote = evidence.quote, e.start = evidence.start, e.end = evidence.end,
                    e.polarity = evidence.polarity, e.certainty = evidence.certainty, e.action = evidence.action
    MERGE (p)-[:ASSERTS]->(e)`;
}

/** The parameter shape mergeClaimsCypher reads: ids for the claim and for each sentence of evidence. */
export function claimParameters(claim: ClaimToMerge) {
  const id = relationshipId(claim.sourceId, claim.type, claim.targetId);
  return {
    id,
    sourceId: claim.sourceId,
    targetId: claim.targetId,
    evidence: claim.evidence.map((evidence) => ({
      ...evidence,
      id: `${id}@${evidence.documentId}:${evidence.start}-${evidence.end}`,
    })),
  };
}
