import { GraphQLError } from 'graphql';

import { InputRejectedError } from '../domain/inputRules';

/** Errors a client caused, with the stable `extensions.code` values the README lists. */

export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

/** An integer argument within [min, max]; null or undefined takes the schema's default. */
export function boundedInt(name: string, value: number | null | undefined, min: number, max: number, fallback: number): number {
  const actual = value ?? fallback;
  if (!Number.isInteger(actual) || actual < min || actual > max) {
    throw badUserInput(`'${name}' must be between ${min} and ${max}; got ${actual}.`);
  }
  return actual;
}

/** A match threshold, from 0 to 1; null or undefined takes the schema's default. */
export function threshold(value: number | null | undefined, fallback: number): number {
  const actual = value ?? fallback;
  if (!Number.isFinite(actual) || actual < 0 || actual > 1) throw badUserInput(`'threshold' must be between 0 and 1; got ${actual}.`);
  return actual;
}

/** Runs input rules (src/domain/inputRules) and returns what they return; a broken rule becomes BAD_USER_INPUT with its message. */
export function checkUserInput<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof InputRejectedError) throw badUserInput(error.message);
    throw error;
  }
}
