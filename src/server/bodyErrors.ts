import type http from 'node:http';

function answerJson(response: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.setHeader('content-length', Buffer.byteLength(text));
  response.end(text);
}

/**
 * A body parser's complaint (bad JSON, too large, bad UTF-8) answered in GraphQL's error shape, not as
 * an HTML page. False for anything else, which is not the client's fault.
 */
export function answerBodyError(error: unknown, response: http.ServerResponse): boolean {
  const status = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : 500;
  if (!(status >= 400 && status < 500)) return false;
  if (status === 413) {
    const { limit, length } = error as { limit?: number; length?: number };
    const excess = length !== undefined && limit !== undefined ? ` (${length} bytes, over by ${length - limit})` : '';
    const message = `Request body too large: the limit is ${limit} bytes (MAX_BODY_BYTES)${excess}.`;
    answerJson(response, 413, { errors: [{ message, extensions: { code: 'QUERY_TOO_COMPLEX' } }] });
    return true;
  }
  const message = error instanceof Error ? error.message : 'Bad request';
  answerJson(response, status, { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  return true;
}

/** What is left: a fault of ours, answered without its details (they go to no client). */
export function answerInternalError(response: http.ServerResponse): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  answerJson(response, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
}
