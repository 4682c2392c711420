/** `document:<kebab-case>` from a file name or title, so ids stay readable and stable. */
export function documentId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `document:${slug || 'untitled'}`;
}
