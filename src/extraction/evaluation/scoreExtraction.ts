import type { RelationshipType } from '../../domain/relationshipTypes';
import type { Claim } from '../types';

/** A relationship as scored: its type and endpoints (action and evidence are not scored). */
export interface Triple {
  type: RelationshipType;
  sourceId: string;
  targetId: string;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  truePositives: Triple[];
  falsePositives: Triple[];
  misses: Triple[];
  /** Gold denials the output has with at least one NEGATED sentence. */
  denialsCaught: Triple[];
  /** Gold denials the output has only as affirmed (and the gold does not also affirm). */
  denialsLeaked: Triple[];
  denials: number;
}

export const keyOf = (triple: Triple): string => `${triple.type}|${triple.sourceId}|${triple.targetId}`;

/**
 * Precision, recall and F1 of the claims the output affirms (at least one AFFIRMED sentence)
 * against the gold's affirmed claims, over distinct triples; and the gold's denials caught or
 * leaked. An empty side scores 1 (nothing claimed is nothing wrong; nothing to find is nothing missed).
 */
export function scoreExtraction(claims: readonly Claim[], gold: { affirmed: readonly Triple[]; denied: readonly Triple[] }): Score {
  const goldKeys = new Set(gold.affirmed.map(keyOf));
  const claimed = uniqueTriples(claims.filter((claim) => claim.evidence.some((e) => e.polarity === 'AFFIRMED')));
  const negated = new Set(claims.filter((claim) => claim.evidence.some((e) => e.polarity === 'NEGATED')).map(keyOf));
  const truePositives = claimed.filter((triple) => goldKeys.has(keyOf(triple)));
  const falsePositives = claimed.filter((triple) => !goldKeys.has(keyOf(triple)));
  const claimedKeys = new Set(claimed.map(keyOf));
  const misses = uniqueTriples(gold.affirmed).filter((triple) => !claimedKeys.has(keyOf(triple)));
  const precision = claimed.length === 0 ? 1 : truePositives.length / claimed.length;
  const recall = goldKeys.size === 0 ? 1 : (goldKeys.size - misses.length) / goldKeys.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const denied = uniqueTriples(gold.denied);
  return {
    precision,
    recall,
    f1,
    truePositives,
    falsePositives,
    misses,
    denialsCaught: denied.filter((triple) => negated.has(keyOf(triple))),
    denialsLeaked: denied.filter((triple) => claimedKeys.has(keyOf(triple)) && !negated.has(keyOf(triple)) && !goldKeys.has(keyOf(triple))),
    denials: denied.length,
  };
}

function uniqueTriples(triples: readonly Triple[]): Triple[] {
  const byKey = new Map<string, Triple>();
  for (const triple of triples) {
    if (!byKey.has(keyOf(triple))) byKey.set(keyOf(triple), { type: triple.type, sourceId: triple.sourceId, targetId: triple.targetId });
  }
  return [...byKey.values()];
}
