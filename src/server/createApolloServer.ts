import type http from 'node:http';

import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';

import { loadConfig } from '../config';
import { resolvers } from '../resolvers';
import type { RequestContext } from './context';
import { compiledExecutionGateway } from './compiledExecution';
import { createFormatError } from './formatError';
import { KnownOperationTypesRule } from './knownOperationTypesRule';
import { queryLimits, type QueryLimitSettings } from './limits/queryLimits';
import { readTypeDefs } from './typeDefs';
import { uncacheableAnswersPlugins } from './uncacheableAnswersPlugin';

export interface ApolloOptions {
  /** When given, stopping the server first drains this HTTP server's in-flight requests. */
  httpServer?: http.Server;
  /** How long in-flight requests get when the server stops (default 10 s); the rest are cut. */
  stopGracePeriodMs?: number;
  debug: boolean;
  log: (line: string) => void;
  /** Query limits and field suggestions; the configuration's defaults when not given. */
  limits?: QueryLimitSettings;
}

/**
 * The GraphQL server, without any transport: the HTTP app mounts it, and tests call
 * `executeOperation` on it directly. GraphiQL replaces Apollo's landing page (which loads from a CDN).
 */
export function createApolloServer({ httpServer, stopGracePeriodMs, debug, log, limits = loadConfig({}) }: ApolloOptions): ApolloServer<RequestContext> {
  const guards = queryLimits<RequestContext>(limits);
  return new ApolloServer<RequestContext>({
    // The schema Apollo would build from typeDefs and resolvers, executed compiled (see compiledExecution).
    gateway: compiledExecutionGateway(makeExecutableSchema({ typeDefs: readTypeDefs(), resolvers })),
    csrfPrevention: true,
    // The schema is public and GraphiQL needs it: introspection stays on when NODE_ENV=production too
    // (where Apollo would turn it off by default). Its cost is bounded by the query limits.
    introspection: true,
    // The run command stops Apollo itself, after which it closes the driver and Neo4j.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: debug,
    formatError: createFormatError(debug, log),
    parseOptions: guards.parseOptions,
    validationRules: [KnownOperationTypesRule, ...guards.validationRules],
    plugins: [
      ...guards.plugins,
      ApolloServerPluginLandingPageDisabled(),
      ...uncacheableAnswersPlugins<RequestContext>(),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: stopGracePeriodMs })] : []),
    ],
  });
}
