import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { getVariableValues, Kind, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

import { queryCost } from './queryCost';
import { QueryTooComplexError } from './queryTooComplex';

/**
 * Refuses an operation whose cost (see queryCost) is over `maxCost`. It runs once the operation is
 * resolved rather than as a validation rule, because the sizes often come in variables
 * (`first: $first`), which validation does not see.
 *
 * An operation found within the limit whatever its variables (none of them gives a size) is not costed
 * again: Apollo's document cache gives each request of the same query the same operation.
 */
export function costLimitPlugin<Context extends BaseContext>(maxCost: number): ApolloServerPlugin<Context> {
  const withinLimit = new WeakSet<OperationDefinitionNode>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation || withinLimit.has(operation)) return;
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          // Bad variables are refused by execution itself, before any resolver runs.
          if (coerced.errors) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const { cost, exceeded, sizedByVariables } = queryCost(schema, operation, fragments, coerced.coerced, maxCost);
          if (!exceeded && !sizedByVariables) withinLimit.add(operation);
          if (exceeded) {
            throw new QueryTooComplexError(
              `Query too complex: its cost is at least ${cost}, over the limit of ${maxCost} (MAX_QUERY_COST). ` +
                'Ask for fewer items (first, limit) or nest fewer lists.',
            );
          }
        },
      };
    },
  };
}
