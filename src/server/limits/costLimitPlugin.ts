import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { getVariableValues, Kind, type FragmentDefinitionNode } from 'graphql';

import { queryCost } from './queryCost';
import { QueryTooComplexError } from './queryTooComplex';

/**
 * Refuses an operation whose cost (see queryCost) is over `maxCost`. It runs once the operation is
 * resolved rather than as a validation rule, because the sizes often come in variables
 * (`first: $first`), which validation does not see.
 */
export function costLimitPlugin<Context extends BaseContext>(maxCost: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          // Bad variables are refused by execution itself, before any resolver runs.
          if (coerced.errors) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const { cost, exceeded } = queryCost(schema, operation, fragments, coerced.coerced, maxCost);
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
