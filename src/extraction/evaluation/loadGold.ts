import { readFileSync } from 'node:fs';

import { parse } from 'yaml';
import { z } from 'zod';

import { RELATIONSHIP_TYPES } from '../../domain/relationshipTypes';
import type { Vocabulary } from '../types';
import type { Triple } from './scoreExtraction';

const goldSchema = z.object({
  claims: z.array(
    z
      .object({
        type: z.enum(RELATIONSHIP_TYPES),
        source: z.string(),
        target: z.string(),
        action: z.string().optional(),
        quote: z.string().min(1),
        note: z.string().optional(),
      })
      .strict(),
  ),
});

/**
 * Reads a gold file (tests/fixtures/gold/*.yaml) and checks it against the vocabulary and the
 * document, so a typo in the gold cannot pass for an extraction miss.
 */
export function loadGold(path: string, documentText: string, vocabulary: Vocabulary): Triple[] {
  const gold = goldSchema.parse(parse(readFileSync(path, 'utf8')));
  return gold.claims.map((claim, index) => {
    for (const id of [claim.source, claim.target]) {
      if (!vocabulary.byId.has(id)) throw new Error(`${path}: claim ${index}: unknown entity id ${id}`);
    }
    if (!documentText.includes(claim.quote)) throw new Error(`${path}: claim ${index}: quote not found in the document`);
    return { type: claim.type, sourceId: claim.source, targetId: claim.target };
  });
}
