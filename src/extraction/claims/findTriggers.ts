import type { RelationshipType } from '../../domain/relationshipTypes';

export interface TriggerSpan {
  start: number;
  end: number;
  text: string;
  type: RelationshipType;
}

/** Every match of `pattern` in the sentence, with document offsets. */
export function findTriggers(
  sentenceText: string,
  sentenceStart: number,
  pattern: RegExp,
  type: RelationshipType,
): TriggerSpan[] {
  return Array.from(sentenceText.matchAll(pattern), (match) => ({
    start: sentenceStart + match.index,
    end: sentenceStart + match.index + match[0].length,
    text: match[0],
    type,
  }));
}
