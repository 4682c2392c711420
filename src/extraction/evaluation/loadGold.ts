import { readFileSync } from 'node:fs';

import { parse } from 'yaml';
import { z } from 'zod';

import { ENTITY_KINDS } from '../../domain/entityKinds';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../domain/relationshipTypes';
import type { Vocabulary } from '../types';
import { goldIdResolver } from './resolveGoldId';
import type { Triple } from './scoreExtraction';

const goldClaim = z
  .object({
    type: z.enum(RELATIONSHIP_TYPES),
    source: z.string(),
    target: z.string(),
    action: z.string().optional(),
    hedged: z.boolean().optional(),
    quote: z.string().min(1),
    note: z.string().optional(),
  })
  .strict();

const goldSchema = z
  .object({
    style: z.string().optional(),
    half: z.enum(['tuning', 'test']).optional(),
    claims: z.array(goldClaim),
    denied: z.array(goldClaim).default([]),
  })
  .strict();

/** A document's gold: what it affirms and what it denies, and where it sits in the evaluation. */
export interface Gold {
  /** Writing style (forum, faq …); absent for the project's first three documents. */
  style?: string;
  half?: 'tuning' | 'test';
  affirmed: Triple[];
  denied: Triple[];
}

// An id outside the vocabulary is allowed when it follows the convention a provisional entity's id does.
const PROVISIONAL_ID = new RegExp(`^(?:${ENTITY_KINDS.map((kind) => kind.toLowerCase()).join('|')}):[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*$`, 'u');

/**
 * A factor brings a condition on only by contributing to it: the schema's one relation from a Factor is
 * CONTRIBUTES_TO (domain/relationshipEnds). A writer who calls it CAUSES ("stopping suddenly causes
 * withdrawal") says the same thing, so it is scored as the relation the graph can hold.
 */
function typeInSchema(type: RelationshipType, sourceId: string): RelationshipType {
  return type === 'CAUSES' && sourceId.startsWith('factor:') ? 'CONTRIBUTES_TO' : type;
}

/**
 * Reads a gold file (tests/fixtures/gold/*.yaml) and checks it against the vocabulary and the
 * document, so a typo in the gold cannot pass for an extraction miss: every quote must be in the
 * document, every id in the vocabulary or shaped as a provisional entity's id. Ids are matched to
 * the vocabulary by name where they differ from its ids (see goldIdResolver).
 */
export function loadGold(path: string, documentText: string, vocabulary: Vocabulary): Gold {
  const gold = goldSchema.parse(parse(readFileSync(path, 'utf8')));
  const resolveId = goldIdResolver(vocabulary);
  const check = (list: 'claims' | 'denied') => (claim: z.infer<typeof goldClaim>, index: number): Triple => {
    for (const id of [claim.source, claim.target]) {
      if (!vocabulary.byId.has(id) && !PROVISIONAL_ID.test(id)) throw new Error(`${path}: ${list} ${index}: malformed entity id ${id}`);
    }
    if (!documentText.includes(claim.quote)) throw new Error(`${path}: ${list} ${index}: quote not found in the document`);
    const sourceId = resolveId(claim.source);
    return { type: typeInSchema(claim.type, sourceId), sourceId, targetId: resolveId(claim.target) };
  };
  return {
    ...(gold.style ? { style: gold.style } : {}),
    ...(gold.half ? { half: gold.half } : {}),
    affirmed: gold.claims.map(check('claims')),
    denied: gold.denied.map(check('denied')),
  };
}
