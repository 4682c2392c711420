import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isAbstractType,
  isListType,
  isObjectType,
  isUnionType,
  Kind,
  typeFromAST,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** Arguments that say how many items a field returns; the field's selection is paid that many times. */
const SIZE_ARGUMENTS = ['first', 'limit'] as const;

export interface CostAnalysis {
  /** The operation's cost; when `exceeded`, a lower bound: the first part of it found over the limit. */
  cost: number;
  exceeded: boolean;
  /**
   * Selection sets walked. Each fragment is walked once and its cost reused at every spread, so this
   * is bounded by the number of selection sets written in the document, however the fragments nest.
   */
  selectionSetsWalked: number;
  /** Whether a variable gave one of the sizes counted: with other variables, the operation costs otherwise. */
  sizedByVariables: boolean;
}

/** Thrown inside the walk to stop at the first excess; never leaves this module. */
class LimitExceeded extends Error {
  constructor(readonly costSoFar: number) {
    super('cost limit exceeded');
  }
}

interface CostWalk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  maxCost: number;
  /** Cost of each fragment's own selection, computed the first time it is spread. */
  fragmentCosts: Map<string, number>;
  /** Fragments on the current path, so a fragment cycle (refused by validation anyway) cannot loop. */
  visiting: Set<string>;
  walked: number;
  sizedByVariables: boolean;
}

/**
 * How many items a field returns: its `first`/`limit`, else the length of its longest list argument
 * (`resolve(terms: [...])` answers one item per term), else 1.
 */
function sizeOf(args: Record<string, unknown>): number {
  for (const name of SIZE_ARGUMENTS) {
    const value = args[name];
    if (typeof value === 'number' && value > 0) return value;
  }
  return Math.max(1, ...Object.values(args).map((value) => (Array.isArray(value) ? value.length : 0)));
}

/** Every item of a list argument is work the database does (a term to resolve, an id to look up). */
function listItemsOf(args: Record<string, unknown>): number {
  return Object.values(args).reduce<number>((sum, value) => sum + (Array.isArray(value) ? value.length : 0), 0);
}

function containsVariable(value: ValueNode): boolean {
  if (value.kind === Kind.VARIABLE) return true;
  if (value.kind === Kind.LIST) return value.values.some(containsVariable);
  if (value.kind === Kind.OBJECT) return value.fields.some((field) => containsVariable(field.value));
  return false;
}

/** Whether a variable is in an argument the cost reads: a size (`first`, `limit`) or a list (see sizeOf, listItemsOf). */
function isSizedByVariables(selection: FieldNode, definition: GraphQLField<unknown, unknown>): boolean {
  return (selection.arguments ?? []).some((argument) => {
    const name = argument.name.value;
    const type = definition.args.find((candidate) => candidate.name === name)?.type;
    const sizing = (SIZE_ARGUMENTS as readonly string[]).includes(name) || (type !== undefined && isListType(getNullableType(type)));
    return sizing && containsVariable(argument.value);
  });
}

function fieldCost(definition: GraphQLField<unknown, unknown> | undefined, selectionSet: SelectionSetNode | undefined, args: Record<string, unknown>, walk: CostWalk): number {
  const childType = definition ? getNamedType(definition.type) : undefined;
  const childComposite = childType && (isObjectType(childType) || isAbstractType(childType)) ? childType : undefined;
  const own = 1 + listItemsOf(args);
  return own + (selectionSet ? sizeOf(args) * selectionCost(selectionSet, childComposite, walk) : 0);
}

function fragmentCost(name: string, walk: CostWalk): number {
  const known = walk.fragmentCosts.get(name);
  if (known !== undefined) return known;
  const fragment = walk.fragments[name];
  if (!fragment || walk.visiting.has(name)) return 0;
  walk.visiting.add(name);
  const cost = selectionCost(fragment.selectionSet, compositeOrUndefined(typeFromAST(walk.schema, fragment.typeCondition)), walk);
  walk.visiting.delete(name);
  walk.fragmentCosts.set(name, cost);
  return cost;
}

function selectionCost(selectionSet: SelectionSetNode, parentType: GraphQLCompositeType | undefined, walk: CostWalk): number {
  walk.walked += 1;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const fields = parentType && !isUnionType(parentType) ? parentType.getFields() : undefined;
      const definition = fields?.[selection.name.value];
      const args = definition ? getArgumentValues(definition, selection, walk.variables) : {};
      if (definition && isSizedByVariables(selection, definition)) walk.sizedByVariables = true;
      cost += fieldCost(definition, selection.selectionSet, args, walk);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? typeFromAST(walk.schema, selection.typeCondition) : parentType;
      cost += selectionCost(selection.selectionSet, compositeOrUndefined(condition), walk);
    } else {
      cost += fragmentCost(selection.name.value, walk);
    }
    if (cost > walk.maxCost) throw new LimitExceeded(cost);
  }
  return cost;
}

function compositeOrUndefined(type: unknown): GraphQLCompositeType | undefined {
  return isObjectType(type) || isAbstractType(type) ? type : undefined;
}

/**
 * What an operation may cost the database: every field counts 1, every item of a list argument 1,
 * and a field with a `first` or `limit` argument (or a list argument) counts its selection that many
 * times, so `entities(first: 100) { neighborhood(limit: 500) { … } }` costs what it would fetch, not
 * its length. The work is linear in the document: a fragment spread twice is costed once (a chain of
 * fragments each spreading the next twice would otherwise take 2^n steps), and counting stops at the
 * first excess over `maxCost`. Variables must already be coerced.
 */
export function queryCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  maxCost: number,
): CostAnalysis {
  const rootType = schema.getRootType(operation.operation) ?? undefined;
  const walk: CostWalk = { schema, fragments, variables, maxCost, fragmentCosts: new Map(), visiting: new Set(), walked: 0, sizedByVariables: false };
  try {
    const cost = selectionCost(operation.selectionSet, rootType, walk);
    return { cost, exceeded: false, selectionSetsWalked: walk.walked, sizedByVariables: walk.sizedByVariables };
  } catch (error) {
    if (!(error instanceof LimitExceeded)) throw error;
    return { cost: error.costSoFar, exceeded: true, selectionSetsWalked: walk.walked, sizedByVariables: walk.sizedByVariables };
  }
}
