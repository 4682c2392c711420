import type http from 'node:http';

import { middlewareChain, type Middleware } from '../../../src/server/middlewareChain';

const request = {} as http.IncomingMessage;
const response = {} as http.ServerResponse;

describe('middlewareChain', () => {
  it('runs the middleware in order, then the handler', async () => {
    const seen: string[] = [];
    const step = (name: string): Middleware<http.IncomingMessage> => (_request, _response, next) => {
      seen.push(name);
      next();
    };
    const handled = new Promise<void>((resolve) => {
      middlewareChain([step('a'), step('b')], async () => void (seen.push('handler'), resolve()), () => seen.push('error'))(request, response);
    });
    await handled;
    expect(seen).toEqual(['a', 'b', 'handler']);
  });

  it("stops at a middleware's error and hands it on; nothing after it runs", () => {
    const failure = new Error('body too large');
    const errors: unknown[] = [];
    const later = jest.fn();
    const failing: Middleware<http.IncomingMessage> = (_request, _response, next) => next(failure);
    middlewareChain([failing, later], async () => later(), (error) => errors.push(error))(request, response);
    expect(errors).toEqual([failure]);
    expect(later).not.toHaveBeenCalled();
  });

  it("hands on the handler's failure", async () => {
    const failure = new Error('Apollo failed');
    const handed = new Promise<unknown>((resolve) => {
      middlewareChain([], async () => Promise.reject(failure), resolve)(request, response);
    });
    await expect(handed).resolves.toBe(failure);
  });
});
