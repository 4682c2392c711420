import type { EvidenceItem, RelationshipEvidence } from './explorerQueries';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (text !== undefined) created.textContent = text;
  if (className) created.className = className;
  return created;
}

/** The passage with the quoted sentence marked; offsets are document offsets, so the passage's start is subtracted. */
function quotedPassage(item: EvidenceItem): HTMLElement {
  const quote = element('blockquote');
  const { text, start } = item.passage;
  let from = item.start - start;
  let to = item.end - start;
  if (text.slice(from, to) !== item.quote) {
    from = text.indexOf(item.quote);
    to = from + item.quote.length;
  }
  if (from < 0) {
    quote.append(element('mark', item.quote));
    return quote;
  }
  quote.append(text.slice(0, from), element('mark', text.slice(from, to)), text.slice(to));
  return quote;
}

const SOURCE_TYPE_NAMES: Record<string, string> = {
  PEER_REVIEWED: 'peer-reviewed',
  CLINICAL_GUIDELINE: 'clinical guideline',
  GOVERNMENT: 'government',
  NEWS: 'news',
  FORUM: 'forum',
  VENDOR: 'vendor',
  BLOG: 'blog',
  OTHER: 'other source',
};

/** Who says it, what kind of source it is and when: so a reader can weigh the quote. */
function provenanceOf(document: EvidenceItem['document']): HTMLElement {
  const line = element('p', undefined, 'provenance');
  line.append(element('span', SOURCE_TYPE_NAMES[document.sourceType] ?? document.sourceType, `source-type source-type-${document.sourceType.toLowerCase()}`));
  line.append(` ${document.publisher ?? 'publisher unknown'} · ${document.published ?? 'date unknown'}`);
  if (document.url) {
    const link = element('a', 'source');
    link.href = document.url;
    link.rel = 'noopener noreferrer';
    line.append(' · ', link);
  }
  return line;
}

/** What a claim rests on: each asserting sentence highlighted within its passage, and the document it comes from. */
export function evidenceView(relationship: RelationshipEvidence): HTMLElement[] {
  const heading = element('h2', `${relationship.source.name} ${relationship.type.toLowerCase().replace(/_/g, ' ')} ${relationship.target.name}`);
  const count = element(
    'p',
    relationship.evidence.length === 0
      ? 'No sentence is recorded for this claim (a curator added it).'
      : `According to ${relationship.evidenceCount} sentence${relationship.evidenceCount === 1 ? '' : 's'}:`,
    'hint',
  );
  const items = relationship.evidence.map((item) => {
    const box = element('article', undefined, 'evidence');
    const source = element('p', '— ', 'source');
    source.append(element('cite', item.document.title), ` (characters ${item.start}–${item.end})`);
    box.append(quotedPassage(item), source, provenanceOf(item.document));
    return box;
  });
  return [heading, count, ...items];
}
