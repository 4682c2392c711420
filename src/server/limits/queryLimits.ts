import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ParseOptions, ValidationContext, ValidationRule } from 'graphql';

import type { Config } from '../../config';
import { costLimitPlugin } from './costLimitPlugin';
import { hideSuggestionsPlugin } from './hideSuggestionsPlugin';
import { QueryTooComplexError } from './queryTooComplex';

export type QueryLimitSettings = Pick<
  Config,
  'MAX_QUERY_DEPTH' | 'MAX_QUERY_COST' | 'MAX_QUERY_ALIASES' | 'MAX_QUERY_TOKENS' | 'MAX_QUERY_DIRECTIVES' | 'NODE_ENV' | 'FIELD_SUGGESTIONS'
>;

export interface QueryLimits<Context extends BaseContext> {
  plugins: ApolloServerPlugin<Context>[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
}

/** Rewords graphql-armor's "Syntax Error: Query depth limit of 12 exceeded, found 14." to name the setting and the excess. */
function refuse(what: string, setting: string) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    const counts = /limit of (\d+) exceeded, found (\d+)/.exec(error.message);
    const message = counts
      ? `Query too complex: ${what} ${counts[2]}, over the limit of ${counts[1]} (${setting}) by ${Number(counts[2]) - Number(counts[1])}.`
      : `Query too complex: ${error.message.replace(/^Syntax Error: /, '')} (${setting})`;
    context?.reportError(new QueryTooComplexError(message));
  };
}

/**
 * Everything that refuses an abusive query before it reaches a resolver: the parser stops at
 * MAX_QUERY_TOKENS, graphql-armor's validation rules count depth, aliases and directives, and the
 * cost plugin weighs lists by their `first`/`limit`. "Did you mean …" suggestions (fields, arguments,
 * enum values) are hidden in production, where they would map the schema for someone who cannot
 * introspect it.
 */
export function queryLimits<Context extends BaseContext>(settings: QueryLimitSettings): QueryLimits<Context> {
  const suggestions = settings.FIELD_SUGGESTIONS ?? settings.NODE_ENV !== 'production';
  const armor = new ApolloArmor({
    maxDepth: {
      n: settings.MAX_QUERY_DEPTH,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [refuse('depth', 'MAX_QUERY_DEPTH')],
    },
    maxAliases: {
      n: settings.MAX_QUERY_ALIASES,
      // armor exempts `__typename` by default, the very field alias-overloading probes repeat.
      allowList: [],
      propagateOnRejection: false,
      onReject: [refuse('aliases', 'MAX_QUERY_ALIASES')],
    },
    maxDirectives: {
      n: settings.MAX_QUERY_DIRECTIVES,
      propagateOnRejection: false,
      onReject: [refuse('directives', 'MAX_QUERY_DIRECTIVES')],
    },
    // graphql-js's own parser limit stops reading at the limit; armor's plugin would throw from a hook.
    maxTokens: { enabled: false },
    // Replaced by costLimitPlugin, which weighs lists by their page size.
    costLimit: { enabled: false },
    // Replaced by hideSuggestionsPlugin, which also hides enum values and reaches variable errors.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    plugins: [
      ...armor.plugins,
      costLimitPlugin<Context>(settings.MAX_QUERY_COST),
      ...(suggestions ? [] : [hideSuggestionsPlugin<Context>()]),
    ],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: settings.MAX_QUERY_TOKENS },
  };
}
