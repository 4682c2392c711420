import { badUserInput } from './userErrors';

/**
 * Opaque cursors: base64url of the JSON key a page continues from. Clients must not build them; we
 * check them on the way in so that a forged or stale one is a clear BAD_USER_INPUT, not a server error.
 */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, parts: number): string[] {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (!Array.isArray(key) || key.length !== parts || !key.every((part) => typeof part === 'string')) {
    throw badUserInput(`'after' is not a cursor this API gave out: ${JSON.stringify(cursor)}.`);
  }
  return key as string[];
}
