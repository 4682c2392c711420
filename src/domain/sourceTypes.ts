/**
 * What kind of source a document is, so a reader can weigh what it claims: a clinical guideline and a
 * vendor's page should not count alike (Biolink calls this an edge's primary knowledge source).
 */
export const SOURCE_TYPES = [
  'PEER_REVIEWED',
  'CLINICAL_GUIDELINE',
  'GOVERNMENT',
  'NEWS',
  'FORUM',
  'VENDOR',
  'BLOG',
  'OTHER',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** What a document that says nothing of its origin is. */
export const DEFAULT_SOURCE_TYPE: SourceType = 'OTHER';
