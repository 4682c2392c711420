import type { RequestContext } from '../server/context';
import { forbidden, unauthenticated } from './userErrors';

/** Every mutation starts here: writes need the configured bearer token. */
export function requireWriter({ authorization }: RequestContext): void {
  switch (authorization) {
    case 'valid':
      return;
    case 'none-configured':
      throw forbidden('Writes are disabled: the server has no API_TOKEN configured.');
    case 'missing':
      throw unauthenticated('This mutation needs the header "Authorization: Bearer <API_TOKEN>".');
    case 'invalid':
      throw unauthenticated('The bearer token is not valid.');
  }
}
