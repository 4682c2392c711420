import { ConfigError, loadConfig } from '../../src/config';

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

  it('splits CORS_ORIGINS on commas', () => {
    expect(loadConfig({ CORS_ORIGINS: 'http://a.test, http://b.test' }).CORS_ORIGINS).toEqual(['http://a.test', 'http://b.test']);
  });
});
