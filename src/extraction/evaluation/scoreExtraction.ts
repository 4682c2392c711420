import type { RelationshipType } from '../../domain/relationshipTypes';

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
}

const keyOf = (triple: Triple): string => `${triple.type}|${triple.sourceId}|${triple.targetId}`;

/**
 * Precision, recall and F1 of extracted claims against gold, over distinct (type, source, target)
 * triples. An empty side scores 1 (nothing claimed is nothing wrong; nothing to find is nothing missed).
 */
export function scoreExtraction(claims: readonly Triple[], gold: readonly Triple[]): Score {
  const goldKeys = new Set(gold.map(keyOf));
  const claimed = uniqueTriples(claims);
  const truePositives = claimed.filter((triple) => goldKeys.has(keyOf(triple)));
  const falsePositives = claimed.filter((triple) => !goldKeys.has(keyOf(triple)));
  const claimedKeys = new Set(claimed.map(keyOf));
  const misses = uniqueTriples(gold).filter((triple) => !claimedKeys.has(keyOf(triple)));
  const precision = claimed.length === 0 ? 1 : truePositives.length / claimed.length;
  const recall = goldKeys.size === 0 ? 1 : (goldKeys.size - misses.length) / goldKeys.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives, falsePositives, misses };
}

function uniqueTriples(triples: readonly Triple[]): Triple[] {
  const byKey = new Map<string, Triple>();
  for (const triple of triples) {
    if (!byKey.has(keyOf(triple))) byKey.set(keyOf(triple), { type: triple.type, sourceId: triple.sourceId, targetId: triple.targetId });
  }
  return [...byKey.values()];
}
