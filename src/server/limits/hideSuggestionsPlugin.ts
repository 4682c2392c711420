import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

// graphql-js's didYouMean: ` Did you mean "a"?`, ` Did you mean "a", "b", or "c"?`, and with a subject,
// ` Did you mean the enum value "Compound"?` or ` Did you mean to use an inline fragment on "X"?`.
// Names and enum values cannot hold a question mark, so the sentence ends at the first one.
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/** A message without graphql-js's "Did you mean …?" hints. */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '').trim();
}

/**
 * Takes every "Did you mean …?" hint out of the answer: field and argument names, enum values in
 * the document and in variables alike. Those hints map the schema for someone who cannot introspect
 * it. It works on the answer as sent, after formatError, so it reaches errors from validation,
 * variable coercion and execution (graphql-armor's rule only sees validation, and only field names).
 */
export function hideSuggestionsPlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { errors } = response.body.singleResult;
          if (!errors) return;
          response.body.singleResult.errors = errors.map((error) => ({ ...error, message: withoutSuggestions(error.message) }));
        },
      };
    },
  };
}
