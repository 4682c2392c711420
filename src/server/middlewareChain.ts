import type http from 'node:http';

/** Connect-style middleware, as helmet, cors and body-parser give it, on node's own request and response. */
export type Middleware<Request extends http.IncomingMessage> = (request: Request, response: http.ServerResponse, next: (error?: unknown) => void) => void;

/**
 * Runs `middleware` in order, then `handler`, with no router: for the one path that is served outside
 * Express. A middleware's error, or the handler's, goes to `onError` and nothing after it runs.
 */
export function middlewareChain<Request extends http.IncomingMessage>(
  middleware: readonly Middleware<Request>[],
  handler: (request: Request, response: http.ServerResponse) => Promise<void>,
  onError: (error: unknown, response: http.ServerResponse) => void,
): (request: Request, response: http.ServerResponse) => void {
  return (request, response) => {
    const step = (index: number) => (error?: unknown) => {
      if (error !== undefined) return onError(error, response);
      const next = middleware[index];
      if (next) return next(request, response, step(index + 1));
      handler(request, response).catch((failure: unknown) => onError(failure, response));
    };
    step(0)();
  };
}
