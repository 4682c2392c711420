import { DatabaseUnavailableError, isPoolWaitExpired, QueryTimeoutError, translateDriverError } from '../../src/graph/errors';
import type { GraphDatabase } from '../../src/graph/graphDatabase';
import { startAppOn, type AppOn } from '../support/startAppOn';
import { connectTestDatabase } from '../support/testDatabase';

interface Body {
  data?: { resolve?: unknown[] } | null;
  errors?: { extensions?: { code?: string } }[];
}

// Long words make the fuzzy part of each search (edit distance 2) as costly as it gets.
const heavyTerm = (index: number) =>
  Array.from({ length: 10 }, (_, word) => `mitragynine${index}x${word}`).join(' ').slice(0, 100);

describe('Database errors tell the truth: TIMEOUT while Neo4j is up, DATABASE_UNAVAILABLE only when it is gone', () => {
  it('a connection pool that had no free connection in time is not taken for an outage', () => {
    const poolWait = new Error('Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 100, Idle conn count = 0.');
    expect(isPoolWaitExpired(poolWait)).toBe(true);
    expect(translateDriverError(poolWait)).not.toBeInstanceOf(DatabaseUnavailableError);
    expect(isPoolWaitExpired(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7687'), { code: 'ServiceUnavailable' }))).toBe(false);
  });

  describe('against the running test database', () => {
    let database: GraphDatabase;
    let app: AppOn;
    beforeAll(async () => {
      database = connectTestDatabase(1000);
      app = await startAppOn(database, { QUERY_TIMEOUT_MS: '1000' });
    });
    afterAll(async () => {
      await app?.close();
      await database?.close();
    });

    it('eight queries cut by their timeout at once are each TIMEOUT', async () => {
      const slow = () => database.read('UNWIND range(1, 1000000000) AS x RETURN count(x) AS n');
      const outcomes = await Promise.allSettled(Array.from({ length: 8 }, slow));
      for (const outcome of outcomes) {
        expect(outcome.status).toBe('rejected');
        if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(QueryTimeoutError);
      }
    });

    it('eight parallel resolve requests of long terms are answered or TIMEOUT, never DATABASE_UNAVAILABLE', async () => {
      const terms = Array.from({ length: 20 }, (_, index) => heavyTerm(index));
      const requests = Array.from({ length: 8 }, async () => {
        const response = await app.post({ query: 'query ($terms: [String!]!) { resolve(terms: $terms) { term } }', variables: { terms } });
        return (await response.json()) as Body;
      });
      const codes = (await Promise.all(requests)).map((body) => body.errors?.[0]?.extensions?.code ?? (body.data?.resolve ? 'answered' : 'nothing'));
      for (const code of codes) expect(['answered', 'TIMEOUT']).toContain(code);
    });
  });
});
