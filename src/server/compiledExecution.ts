import type { GatewayExecutor, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from '@apollo/server-gateway-interface';
import { execute, GraphQLError, printSchema, type DocumentNode, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

/** What is known of one operation of a document: run once so far, compiled, or not compilable. */
type Compilation = 'ran once' | CompiledQuery | 'not compilable';

/**
 * Documents whose operations are remembered. A compiled operation is about ten times its parsed query's
 * size (the bench's entity query: 23 KB parsed, 210 KB compiled); a client sending many queries twice
 * each would otherwise make this process hold them all. An application sends a few dozen at most.
 */
export const DOCUMENTS_KEPT = 100;

/**
 * The error graphql-js would have made. The compiled query makes its own errors for what a resolver threw
 * that was not a GraphQLError, and for a null where the schema promises a value; they have no
 * `extensions` at all, where graphql-js's have at least `{}`, and Apollo fails formatting them (the
 * client would get a bare "Internal server error" in place of TIMEOUT or DATABASE_UNAVAILABLE).
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined });
  // graphql-js takes locations from the query's nodes, which the compiled error no longer has.
  return Object.assign(rebuilt, { locations: error.locations });
}

/**
 * Executes operations compiled by graphql-jit: each becomes a JavaScript function, which answers without
 * graphql-js's work for every field of every answer (an argument map, a resolve info, completion by type),
 * most of the API's own time on a query returning hundreds of fields (`npm run bench`). The answers are
 * graphql-js's, field for field and error for error (tests/integration/compiledExecution.test.ts).
 *
 * An operation is compiled on its second execution and graphql-js runs the first: a client sending a new
 * query each time pays what graphql-js costs, never a compilation too. Compilations are kept per parsed
 * document (Apollo's document cache gives a query the same one each time), for the documents used last.
 */
export function compiledExecutor(schema: GraphQLSchema): GatewayExecutor {
  const compilations = new LRUCache<DocumentNode, Map<string | null, Compilation>>({ max: DOCUMENTS_KEPT });

  function compiled(document: DocumentNode, operationName: string | null): CompiledQuery | undefined {
    let ofDocument = compilations.get(document);
    if (!ofDocument) compilations.set(document, (ofDocument = new Map()));
    const known = ofDocument.get(operationName);
    if (known === undefined) {
      ofDocument.set(operationName, 'ran once');
      return undefined;
    }
    if (known !== 'ran once') return known === 'not compilable' ? undefined : known;
    const compilation = compileQuery(schema, document, operationName ?? undefined);
    const query = isCompiledQuery(compilation) ? compilation : undefined;
    ofDocument.set(operationName, query ?? 'not compilable');
    return query;
  }

  return async ({ document, operationName, request, context }) => {
    const byGraphqlJs = () => execute({ schema, document, operationName, variableValues: request.variables, contextValue: context });
    const query = compiled(document, operationName);
    if (!query) return byGraphqlJs();
    const { errors, ...answer } = await query.query(undefined, context, request.variables ?? {});
    // No data: the variables were refused, which the compiled query words in its own way; graphql-js's
    // words are the API's, and Apollo reads them to answer 400 BAD_USER_INPUT. Nothing has run yet.
    if (!('data' in answer)) return byGraphqlJs();
    // graphql-js puts the errors first, and so does the answer's JSON.
    return errors ? { errors: errors.map(asGraphqlJsError), ...answer } : answer;
  };
}

/**
 * Apollo Server 5 takes an executor of one's own only through its gateway interface (its migration guide's
 * way for what was the `executor` option): this gateway serves the API's own schema, as given, once.
 */
export function compiledExecutionGateway(schema: GraphQLSchema): GatewayInterface {
  const listeners = new Set<GatewaySchemaLoadOrUpdateCallback>();
  return {
    onSchemaLoadOrUpdate(callback) {
      listeners.add(callback);
      return () => void listeners.delete(callback);
    },
    async load() {
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return { executor: compiledExecutor(schema) };
    },
    async stop() {
      listeners.clear();
    },
  };
}
