import { createHash, timingSafeEqual } from 'node:crypto';

import type { RequestContext } from './context';

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * Reads `Authorization: Bearer <token>`. Digests of equal length are compared in constant time, so
 * neither the token's content nor its length leaks through timing.
 */
export function authorizationOf(header: string | undefined, apiToken: string | undefined): RequestContext['authorization'] {
  if (!apiToken) return 'none-configured';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return header ? 'invalid' : 'missing';
  return timingSafeEqual(digest(match[1]), digest(apiToken)) ? 'valid' : 'invalid';
}
