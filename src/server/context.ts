import type { Config } from '../config';
import type { Vocabulary } from '../extraction/types';
import type { GraphDatabase } from '../graph/graphDatabase';
import type { Loaders } from '../resolvers/loaders';

/** What every resolver receives: built fresh per request, so loaders never share a cache across requests. */
export interface RequestContext {
  database: GraphDatabase;
  vocabulary: Vocabulary;
  config: Config;
  loaders: Loaders;
  /** Whether the request carried the configured bearer token; checked in constant time. */
  authorization: 'none-configured' | 'missing' | 'invalid' | 'valid';
}
