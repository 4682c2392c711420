import type { SentenceMention } from './sentenceContext';
import { NAMING } from './triggers';

/**
 * Flags conditions introduced by "known as" / "referred to as" (see SentenceMention.naming): after
 * a symptom they name the symptoms before them, after a condition they are another name for it.
 */
export function markNaming(documentText: string, mentions: readonly SentenceMention[]): SentenceMention[] {
  return mentions.map((mention, index) => {
    const previous = mentions[index - 1];
    if (mention.kind !== 'Condition' || !previous) return mention;
    if (!NAMING.test(documentText.slice(previous.end, mention.start))) return mention;
    if (previous.kind === 'Symptom') return { ...mention, naming: 'symptoms' };
    if (previous.kind === 'Condition') return { ...mention, naming: 'alias' };
    return mention;
  });
}
