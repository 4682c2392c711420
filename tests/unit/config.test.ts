import { bodyLimitFor, ConfigError, loadConfig } from '../../src/config';

describe('Configuration from the environment', () => {
  it('has defaults for everything, and no NEO4J_URI (so the local Neo4j is used)', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.NEO4J_LOCAL_PORT).toBe(7687);
    expect(config.MAX_DOCUMENT_BYTES).toBe(5 * 1024 * 1024);
    expect(config.CORS_ORIGINS).toEqual([]);
  });

  it('names every bad value in one message', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', API_TOKEN: 'short', QUERY_TIMEOUT_MS: '-1' });
    expect(attempt).toThrow(ConfigError);
    const message = (() => {
      try {
        attempt();
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    for (const name of ['PORT="eighty"', 'NEO4J_URI="http://x"', 'API_TOKEN="short"', 'QUERY_TIMEOUT_MS="-1"']) {
      expect(message).toContain(name);
    }
  });

  it('derives the body limit from the document limit for the worst JSON escaping, unless MAX_BODY_BYTES is set', () => {
    // "\u00e9" is 6 bytes for the 2 bytes of "é"; "\u0001" is 6 bytes for 1.
    expect(bodyLimitFor(1000)).toBe(6 * 1000 + 64 * 1024);
    expect(loadConfig({}).MAX_BODY_BYTES).toBe(bodyLimitFor(5 * 1024 * 1024));
    expect(loadConfig({ MAX_DOCUMENT_BYTES: '1000' }).MAX_BODY_BYTES).toBe(bodyLimitFor(1000));
    expect(loadConfig({ MAX_DOCUMENT_BYTES: '1000', MAX_BODY_BYTES: '2048' }).MAX_BODY_BYTES).toBe(2048);
    const escaped = JSON.stringify({ query: 'mutation ($t: String!) { ingestDocument(title: "t", text: $t) { created } }', variables: { t: '\u0001'.repeat(1000) } });
    expect(escaped.length).toBeLessThanOrEqual(bodyLimitFor(1000));
  });

  it('splits CORS_ORIGINS on commas', () => {
    expect(loadConfig({ CORS_ORIGINS: 'http://a.test, http://b.test' }).CORS_ORIGINS).toEqual(['http://a.test', 'http://b.test']);
  });
});
