import type { EvidenceItem, RelationshipEvidence } from './explorerQueries';
import { STANCE_LOOK } from './stanceLook';

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

/** One sentence in its passage, its document, and what it says beyond the claim: hedged, an action. */
function sentence(item: EvidenceItem, polarity: 'asserts' | 'denies'): HTMLElement {
  const box = element('article', undefined, `evidence ${polarity}`);
  const tags = element('p', undefined, 'tags');
  if (item.certainty === 'HEDGED') tags.append(element('span', 'hedged', 'tag hedged'));
  if (item.action) tags.append(element('span', item.action, 'tag'));
  const source = element('p', '— ', 'source');
  source.append(element('cite', item.document.title), ` (characters ${item.start}–${item.end})`);
  box.append(...(tags.childElementCount > 0 ? [tags] : []), quotedPassage(item), source, provenanceOf(item.document));
  return box;
}

/** A titled group of sentences ("Asserts" or "Denies"); an empty group says so rather than vanishing. */
function group(title: string, polarity: 'asserts' | 'denies', items: readonly EvidenceItem[], total: number): HTMLElement {
  const section = element('section', undefined, `evidence-group ${polarity}`);
  section.setAttribute('aria-label', title);
  section.append(element('h3', `${title} (${total})`));
  if (items.length === 0) section.append(element('p', polarity === 'asserts' ? 'No sentence asserts it.' : 'No sentence denies it.', 'hint'));
  section.append(...items.map((item) => sentence(item, polarity)));
  return section;
}

/**
 * What a claim rests on: its stance, then the sentences that assert it and those that deny it, each
 * highlighted within its passage with the document it comes from; hedged sentences are marked.
 */
export function evidenceView(relationship: RelationshipEvidence): HTMLElement[] {
  const heading = element('h2', `${relationship.source.name} ${relationship.type.toLowerCase().replace(/_/g, ' ')} ${relationship.target.name}`);
  const { affirming, negating, documents } = relationship.support;
  const stance = element('p', undefined, `stance stance-${relationship.stance.toLowerCase()}`);
  stance.append(element('strong', STANCE_LOOK[relationship.stance].meaning));
  const count = element(
    'p',
    affirming + negating === 0
      ? 'No sentence is recorded for this claim (a curator added it).'
      : `${affirming} sentence${affirming === 1 ? '' : 's'} assert${affirming === 1 ? 's' : ''} it and ${negating} den${negating === 1 ? 'ies' : 'y'} it, from ${documents} document${documents === 1 ? '' : 's'}.`,
    'hint',
  );
  return [heading, stance, count, group('Asserts', 'asserts', relationship.asserts, affirming), group('Denies', 'denies', relationship.denies, negating)];
}
