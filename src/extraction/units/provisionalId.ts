import type { EntityKind } from '../../domain/entityKinds';

/** The id a provisional entity gets, by the vocabulary's convention: `<kind in lower case>:<kebab-name>`. */
export function provisionalId(kind: EntityKind, name: string): string {
  const kebab = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${kind.toLowerCase()}:${kebab}`;
}
