import type { SentenceMention } from '../claims/sentenceContext';
import type { EntityKind } from '../../domain/entityKinds';
import type { Sentence, Vocabulary } from '../types';
import { type Discourse, recentCondition, subjectCondition, subjectOf } from './discourse';

const SUBSTANCE: ReadonlySet<EntityKind> = new Set(['Substance']);
const SUBSTANCE_OR_COMPOUND: ReadonlySet<EntityKind> = new Set(['Substance', 'Compound']);

type Resolver = (
  match: RegExpExecArray,
  before: readonly SentenceMention[],
  discourse: Discourse,
  vocabulary: Vocabulary,
) => string | undefined;

/**
 * The anaphora the corpus uses, most specific first. Each pattern matches in a sentence and
 * resolves to an entity id from the sentence so far (`before`) or from earlier sentences.
 */
const ANAPHORS: readonly { pattern: RegExp; resolve: Resolver }[] = [
  {
    // "withdrawal symptoms", "these withdrawal effects": the latest condition whose name ends in that word.
    pattern: /\b(?:(?:the|these|those|such)\s+)?(\p{L}+)\s+(?:symptoms?|effects?|signs?)\b/giu,
    resolve: (match, before, discourse, vocabulary) => conditionByHead(match[1]!.toLowerCase(), before, discourse, vocabulary),
  },
  {
    pattern: /\b(?:these|those|such)\s+(?:side[\s-]effects?|symptoms|effects|challenges|issues|problems)\b|\bthis\s+(?:side[\s-]effect|symptom|condition|syndrome)\b/gi,
    resolve: (_match, _before, discourse) => recentCondition(discourse)?.entityId ?? discourse.topicConditionId,
  },
  {
    pattern: /^[“"‘']?(?:These|They)\b(?=\s+(?:can|may|might|are|were|include|often|usually|typically|will|tend))/g,
    resolve: (_match, _before, discourse) => recentCondition(discourse)?.entityId ?? discourse.topicConditionId,
  },
  {
    pattern: /^[“"‘']?(?:(?:Common|Typical|Other|The)\s+)?(?:Symptoms|Signs)\b/g,
    resolve: (_match, _before, discourse) => subjectCondition(discourse)?.entityId ?? discourse.topicConditionId,
  },
  {
    pattern: /\b(?:the|this|that)\s+(?:natural\s+)?(?:plant|herb|leaf|botanical|substance)\b/gi,
    resolve: (_match, _before, discourse) => subjectOf(discourse, SUBSTANCE)?.entityId ?? discourse.topicSubstanceId,
  },
  {
    pattern: /\b(?:the|this|its)\s+(?:interaction|mode\s+of\s+action|mechanism(?:\s+of\s+action)?)\b/gi,
    resolve: (_match, _before, discourse) => subjectOf(discourse, SUBSTANCE_OR_COMPOUND)?.entityId ?? discourse.topicSubstanceId,
  },
  {
    // "it", but not the expletive "it's crucial" / "it is".
    pattern: /\b[Ii]t\b(?!\s*[’']s\b|\s+(?:is|was)\b)/g,
    resolve: (_match, before, discourse) =>
      [...before].reverse().find((m) => SUBSTANCE_OR_COMPOUND.has(m.kind))?.entityId ??
      subjectOf(discourse, SUBSTANCE_OR_COMPOUND)?.entityId,
  },
];

/**
 * The sentence's mentions plus its anaphors resolved to entities, sorted by position. Anaphors
 * overlapping a vocabulary match are ignored ("opioid withdrawal symptoms" is already a mention).
 */
export function resolveAnaphora(
  sentence: Sentence,
  mentions: readonly SentenceMention[],
  discourse: Discourse,
  vocabulary: Vocabulary,
): SentenceMention[] {
  const all = [...mentions];
  for (const { pattern, resolve } of ANAPHORS) {
    for (const match of sentence.text.matchAll(pattern)) {
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      if (all.some((mention) => mention.start < end && start < mention.end)) continue;
      const before = all.filter((mention) => mention.end <= start).sort((a, b) => a.start - b.start);
      const entityId = resolve(match as RegExpExecArray, before, discourse, vocabulary);
      const entry = entityId ? vocabulary.byId.get(entityId) : undefined;
      if (entry) all.push({ entityId: entry.id, kind: entry.kind, start, end, anaphor: true });
    }
  }
  return all.sort((a, b) => a.start - b.start);
}

function conditionByHead(
  head: string,
  before: readonly SentenceMention[],
  discourse: Discourse,
  vocabulary: Vocabulary,
): string | undefined {
  const endsWithHead = (id: string): boolean => {
    const entry = vocabulary.byId.get(id);
    return entry?.kind === 'Condition' && entry.name.toLowerCase().split(/\s+/).pop() === head;
  };
  const candidates = [...discourse.previous.flat(), ...before].reverse();
  const found = candidates.find((mention) => endsWithHead(mention.entityId));
  if (found) return found.entityId;
  return discourse.topicConditionId && endsWithHead(discourse.topicConditionId) ? discourse.topicConditionId : undefined;
}
