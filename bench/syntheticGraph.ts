import { ENTITY_KINDS, type EntityKind } from '../src/domain/entityKinds';
import { RELATIONSHIP_ENDS } from '../src/domain/relationshipEnds';
import { CLAIM_TYPES, type ClaimType } from '../src/domain/relationshipTypes';
import type { BulkDocument, BulkEntity, BulkEvidence, BulkRelationship } from '../src/graph/bulkLoader';
import { seededRandom, seedFor } from './seededRandom';

/** Roughly the mix of the real vocabulary: many compounds and symptoms, few receptors. */
const KIND_SHARES: Record<EntityKind, number> = {
  Substance: 0.1,
  Compound: 0.25,
  Receptor: 0.05,
  Condition: 0.1,
  Symptom: 0.25,
  Factor: 0.1,
  Strategy: 0.15,
};

// 32 syllables, three to a word: 32,768 words, two words to a name. Names read like words, so the
// full-text index tokenises and fuzzy-matches them as it does real names.
const SYLLABLES = 'ka,mi,tra,gy,ne,zo,lo,ra,pe,sa,di,ko,ru,ve,ta,mo,ni,xo,be,lu,fa,ce,do,gi,ha,jo,pu,qui,re,sto,vi,wa'.split(',');
const ACTIONS = ['agonist', 'partial agonist', 'antagonist', 'modulator'];
const VERBS: Record<ClaimType, string> = {
  CONTAINS: 'contains',
  ACTS_ON: 'acts on',
  RELIEVES: 'relieves',
  CAUSES: 'causes',
  PRESENTS_WITH: 'presents with',
  CONTRIBUTES_TO: 'contributes to',
  MITIGATES: 'mitigates',
};
const ENTITIES_PER_PASSAGE = 20;
const PASSAGES_PER_DOCUMENT = 50;

export interface SyntheticGraphOptions {
  /** Number of entities. */
  size: number;
  seed?: number;
  /** Average relationships per entity (sources and targets together). */
  relationshipsPerEntity?: number;
}

interface KindRange {
  kind: EntityKind;
  start: number;
  end: number;
}

function kindRanges(size: number): KindRange[] {
  const ranges: KindRange[] = [];
  let start = 0;
  ENTITY_KINDS.forEach((kind, index) => {
    const last = index === ENTITY_KINDS.length - 1;
    const count = last ? size - start : Math.max(1, Math.round(size * KIND_SHARES[kind]));
    ranges.push({ kind, start, end: start + count });
    start += count;
  });
  return ranges;
}

function word(random: () => number): string {
  let text = '';
  for (let i = 0; i < 3; i += 1) text += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return text;
}

/**
 * A deterministic synthetic graph of any size: the same options give the same graph. Entities,
 * relationships (respecting RELATIONSHIP_ENDS) and evidence are generated lazily, item by item, and
 * any entity or its outgoing relationships can be regenerated alone, so nothing is ever held whole.
 */
export class SyntheticGraph {
  readonly size: number;
  readonly seed: number;
  private readonly ranges: KindRange[];
  private readonly perSource: number;

  constructor({ size, seed = 42, relationshipsPerEntity = 5 }: SyntheticGraphOptions) {
    if (!Number.isInteger(size) || size < ENTITY_KINDS.length) throw new RangeError(`size must be an integer ≥ ${ENTITY_KINDS.length}`);
    this.size = size;
    this.seed = seed;
    this.ranges = kindRanges(size);
    const sources = this.ranges.filter((range) => this.typesFrom(range.kind).length > 0);
    const sourceCount = sources.reduce((sum, range) => sum + range.end - range.start, 0);
    this.perSource = (relationshipsPerEntity * size) / sourceCount;
  }

  rangeOf(kind: EntityKind): { start: number; end: number } {
    const range = this.ranges.find((candidate) => candidate.kind === kind);
    if (!range) throw new Error(`No range for ${kind}`);
    return range;
  }

  kindAt(index: number): EntityKind {
    const range = this.ranges.find((candidate) => index >= candidate.start && index < candidate.end);
    if (!range) throw new RangeError(`No entity ${index} in a graph of ${this.size}`);
    return range.kind;
  }

  idAt(index: number): string {
    return `${this.kindAt(index).toLowerCase()}:syn-${index}`;
  }

  /** Entity `index`'s name alone: a relationship's quote needs no more of its target. */
  private nameAt(index: number): string {
    const random = seededRandom(seedFor(this.seed, index));
    return `${word(random)} ${word(random)}`;
  }

  entityAt(index: number): BulkEntity {
    const kind = this.kindAt(index);
    const name = this.nameAt(index);
    return {
      id: this.idAt(index),
      kind,
      name,
      // A code that holds no syllable word, so a name filter matches names only, as peers compare.
      aliases: [`SYN-${index}`],
      description: `Synthetic ${kind.toLowerCase()} number ${index}.`,
      xrefs: {},
      curated: false,
    };
  }

  *entities(): Generator<BulkEntity> {
    for (let index = 0; index < this.size; index += 1) yield this.entityAt(index);
  }

  documentCount(): number {
    return Math.ceil(this.size / (ENTITIES_PER_PASSAGE * PASSAGES_PER_DOCUMENT));
  }

  *documents(): Generator<BulkDocument> {
    for (let number = 0; number < this.documentCount(); number += 1) {
      const id = `document:syn-${number}`;
      const text = `Synthetic document ${number}, generated for the benchmark.`;
      yield {
        document: {
          id,
          title: `Synthetic document ${number}`,
          source: 'bench/syntheticGraph.ts',
          checksum: `syn-${this.seed}-${number}`,
          text,
          url: null,
          publisher: null,
          author: null,
          published: null,
          sourceType: 'OTHER',
        },
        passages: Array.from({ length: PASSAGES_PER_DOCUMENT }, (_, index) => ({
          id: `${id}#${index}`,
          index,
          start: 0,
          end: text.length,
          text: `Synthetic passage ${index} of document ${number}.`,
        })),
      };
    }
  }

  /** Where entity `index`'s claims are asserted (synthetic offsets: the quote is not in the text). */
  private passageOf(index: number): { documentId: string; passageId: string } {
    const documentId = `document:syn-${Math.floor(index / (ENTITIES_PER_PASSAGE * PASSAGES_PER_DOCUMENT))}`;
    return { documentId, passageId: `${documentId}#${Math.floor(index / ENTITIES_PER_PASSAGE) % PASSAGES_PER_DOCUMENT}` };
  }

  private typesFrom(kind: EntityKind): ClaimType[] {
    return CLAIM_TYPES.filter((type) => RELATIONSHIP_ENDS[type].source.includes(kind));
  }

  /** The outgoing relationships of entity `index`, each with one or two sentences of evidence. */
  relationshipsOf(index: number): BulkRelationship[] {
    const types = this.typesFrom(this.kindAt(index));
    if (types.length === 0) return [];
    const random = seededRandom(seedFor(this.seed ^ 0x5bd1e995, index));
    const count = Math.floor(this.perSource) + (random() < this.perSource % 1 ? 1 : 0);
    const source = { id: this.idAt(index), name: this.nameAt(index) };
    const seen = new Set<string>();
    const relationships: BulkRelationship[] = [];
    for (let attempt = 0; relationships.length < count && attempt < count * 4; attempt += 1) {
      const type = types[Math.floor(random() * types.length)] as ClaimType;
      const targetKinds = RELATIONSHIP_ENDS[type].target;
      const range = this.rangeOf(targetKinds[Math.floor(random() * targetKinds.length)] as EntityKind);
      const targetIndex = range.start + Math.floor(random() * (range.end - range.start));
      const key = `${type}>${targetIndex}`;
      if (targetIndex === index || seen.has(key)) continue;
      seen.add(key);
      const target = { id: this.idAt(targetIndex), name: this.nameAt(targetIndex) };
      const quote = `${source.name} ${VERBS[type]} ${target.name}.`;
      const sentence = { quote, polarity: 'AFFIRMED', certainty: 'ASSERTED' } as const;
      const evidence: Omit<BulkEvidence, 'action'>[] = [{ ...this.passageOf(index), ...sentence, start: 0, end: quote.length }];
      if (random() < 0.3) evidence.push({ ...this.passageOf(targetIndex), ...sentence, start: 1, end: quote.length + 1 });
      // Drawn after the evidence, as it always was, so a seed gives the same graph as before.
      const action = type === 'ACTS_ON' && random() < 0.8 ? (ACTIONS[Math.floor(random() * ACTIONS.length)] ?? null) : null;
      relationships.push({ type, sourceId: source.id, targetId: target.id, evidence: evidence.map((item) => ({ ...item, action })) });
    }
    return relationships;
  }

  /** The relationships of entities `from` (inclusive) to `to` (exclusive), in entity order. */
  *relationships(from = 0, to = this.size): Generator<BulkRelationship> {
    for (let index = from; index < to; index += 1) yield* this.relationshipsOf(index);
  }
}
