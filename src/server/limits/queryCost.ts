import {
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isObjectType,
  isUnionType,
  Kind,
  typeFromAST,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** Arguments that say how many items a field returns; the field's selection is paid that many times. */
const SIZE_ARGUMENTS = ['first', 'limit'] as const;

interface CostContext {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Fragments on the current path, so a fragment cycle (refused by validation anyway) cannot loop. */
  visiting: Set<string>;
}

function sizeOf(args: Record<string, unknown>): number {
  for (const name of SIZE_ARGUMENTS) {
    const value = args[name];
    if (typeof value === 'number' && value > 0) return value;
  }
  return 1;
}

function selectionCost(selectionSet: SelectionSetNode, parentType: GraphQLCompositeType | undefined, context: CostContext): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const fields = parentType && !isUnionType(parentType) ? parentType.getFields() : undefined;
      const definition = fields?.[selection.name.value];
      const size = definition ? sizeOf(getArgumentValues(definition, selection, context.variables)) : 1;
      const childType = definition ? getNamedType(definition.type) : undefined;
      const childComposite = childType && (isObjectType(childType) || isAbstractType(childType)) ? childType : undefined;
      cost += 1 + (selection.selectionSet ? size * selectionCost(selection.selectionSet, childComposite, context) : 0);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? typeFromAST(context.schema, selection.typeCondition) : parentType;
      cost += selectionCost(selection.selectionSet, compositeOrUndefined(condition), context);
    } else {
      const fragment = context.fragments[selection.name.value];
      if (!fragment || context.visiting.has(fragment.name.value)) continue;
      context.visiting.add(fragment.name.value);
      cost += selectionCost(fragment.selectionSet, compositeOrUndefined(typeFromAST(context.schema, fragment.typeCondition)), context);
      context.visiting.delete(fragment.name.value);
    }
  }
  return cost;
}

function compositeOrUndefined(type: unknown): GraphQLCompositeType | undefined {
  return isObjectType(type) || isAbstractType(type) ? type : undefined;
}

/**
 * What an operation may cost the database: every field counts 1, and a field with a `first` or
 * `limit` argument counts its selection that many times (the argument's default when not given), so
 * `entities(first: 100) { neighborhood(limit: 500) { … } }` costs what it would fetch, not its length.
 * Variables must already be coerced.
 */
export function queryCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): number {
  const rootType = schema.getRootType(operation.operation) ?? undefined;
  return selectionCost(operation.selectionSet, rootType, { schema, fragments, variables, visiting: new Set() });
}
