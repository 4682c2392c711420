import { findCandidates } from './candidates/findCandidates';
import { recentCondition, type Discourse } from './anaphora/discourse';
import { resolveAnaphora } from './anaphora/resolveAnaphora';
import { extractSentenceClaims } from './claims/extractSentenceClaims';
import { hasTrigger } from './claims/hasTrigger';
import { markNaming } from './claims/markNaming';
import type { ClaimDraft, SentenceMention } from './claims/sentenceContext';
import { mergeClaims } from './mergeClaims';
import { buildTermIndex } from './mentions/buildTermIndex';
import { findMentions } from './mentions/findMentions';
import { mostFrequent } from './mostFrequent';
import { splitPassages } from './text/splitPassages';
import { splitSentences } from './text/splitSentences';
import { RELATIONSHIP_ENDS } from '../domain/relationshipEnds';
import { type Evidence, type Extraction, type Mention, type Vocabulary } from './types';

/**
 * Extracts what a document claims (pure): passages → sentences → vocabulary mentions → anaphora
 * → claims per sentence, each with the whole sentence as evidence.
 */
export function extractDocument(text: string, vocabulary: Vocabulary): Extraction {
  const index = buildTermIndex(vocabulary);
  const passages = splitPassages(text);
  const sentences = passages.flatMap(splitSentences);
  const mentionsBySentence = sentences.map((sentence) => findMentions(text, sentence, index));
  const mentions: Mention[] = mentionsBySentence.flat();

  const idsOfKind = (kind: string): string[] =>
    mentions.map((m) => m.entityId).filter((id) => vocabulary.byId.get(id)?.kind === kind);
  const previous: SentenceMention[][] = [];
  const discourse: Discourse = {
    previous,
    topicSubstanceId: mostFrequent(idsOfKind('Substance')),
    topicConditionId: mostFrequent(idsOfKind('Condition')),
  };

  const found: { draft: ClaimDraft; evidence: Evidence }[] = [];
  const candidates = new Set<string>();
  sentences.forEach((sentence, position) => {
    const known = mentionsBySentence[position]!.map((mention): SentenceMention => ({
      entityId: mention.entityId,
      kind: vocabulary.byId.get(mention.entityId)!.kind,
      start: mention.start,
      end: mention.end,
      anaphor: false,
    }));
    const resolved = markNaming(text, resolveAnaphora(sentence, known, discourse, vocabulary));
    const context = { documentText: text, sentence, mentions: resolved };
    const drafts = extractSentenceClaims(context, {
      topicSubstanceId: discourse.topicSubstanceId,
      continuedCondition: recentCondition(discourse),
    });
    for (const draft of drafts.filter((d) => joinsAllowedKinds(d, vocabulary))) {
      const evidence: Evidence = {
        passageIndex: sentence.passageIndex,
        start: sentence.start,
        end: sentence.end,
        quote: sentence.text,
        polarity: 'AFFIRMED',
        certainty: 'ASSERTED',
        ...(draft.action ? { action: draft.action } : {}),
      };
      found.push({ draft, evidence });
    }
    if (hasTrigger(sentence.text)) for (const term of findCandidates(sentence, resolved)) candidates.add(term);
    previous.push(resolved);
  });

  return { passages, mentions, provisional: [], claims: mergeClaims(found), candidates: [...candidates].sort() };
}

/** A guard on the rules: every claim joins the kinds DESIGN §2 allows for its type. */
function joinsAllowedKinds(draft: ClaimDraft, vocabulary: Vocabulary): boolean {
  const ends = RELATIONSHIP_ENDS[draft.type];
  const source = vocabulary.byId.get(draft.sourceId)?.kind;
  const target = vocabulary.byId.get(draft.targetId)?.kind;
  return source !== undefined && target !== undefined && ends.source.includes(source) && ends.target.includes(target);
}
