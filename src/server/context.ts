import type { Config } from '../config';
import type { GraphDatabase } from '../graph/graphDatabase';
import type { VocabularyCache } from '../ingestion/vocabularyCache';
import type { Loaders } from '../resolvers/loaders';

/** What every resolver receives: built fresh per request, so loaders never share a cache across requests. */
export interface RequestContext {
  database: GraphDatabase;
  /** The graph's vocabulary for ingestion, shared by every request of this process. */
  vocabulary: VocabularyCache;
  config: Config;
  loaders: Loaders;
  /** Whether the request carried the configured bearer token; checked in constant time. */
  authorization: 'none-configured' | 'missing' | 'invalid' | 'valid';
}
