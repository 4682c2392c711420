import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * Refuses an operation whose type the schema does not have (here: subscriptions), as a validation
 * error. graphql-js 16 only notices at execution and throws, which Apollo reports as an internal
 * error with a stack trace in the log; graphql-js 17 has this same rule (KnownOperationTypesRule).
 */
export function KnownOperationTypesRule(context: ValidationContext): ASTVisitor {
  const schema = context.getSchema();
  return {
    OperationDefinition(node) {
      if (schema.getRootType(node.operation)) return;
      context.reportError(new GraphQLError(`The ${node.operation} operation is not supported by the schema.`, { nodes: node }));
    },
  };
}
