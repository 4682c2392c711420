import type { FieldNode } from 'graphql';
import type { SelectionContext } from './subfields';

type Built = { nodes: readonly FieldNode[]; value: unknown };

// Per request (graphql-js coerces a new variables object for each) and per field's nodes: the parsed
// document is reused across requests, so its nodes alone would not tell one request's variables from another's.
const builtByRequest = new WeakMap<SelectionContext['variableValues'], WeakMap<FieldNode, Built[]>>();

const sameNodes = (a: readonly FieldNode[], b: readonly FieldNode[]) => a.length === b.length && a.every((node, i) => node === b[i]);

/**
 * What `build` reads from the fields `fieldNodes`, built once per request: the root field builds a nested
 * list's query ahead, and the list's own resolver asks for it again to find its loader key. Keyed by the
 * whole list of nodes, as a fragment's field can merge with different fields under different parents.
 */
export function oncePerRequest<T>(fieldNodes: readonly FieldNode[], context: SelectionContext, build: () => T): T {
  const [first] = fieldNodes;
  if (!first) return build();
  let byNode = builtByRequest.get(context.variableValues);
  if (!byNode) builtByRequest.set(context.variableValues, (byNode = new WeakMap()));
  const built = byNode.get(first) ?? [];
  const found = built.find((entry) => sameNodes(entry.nodes, fieldNodes));
  if (found) return found.value as T;
  const value = build();
  byNode.set(first, [...built, { nodes: fieldNodes, value }]);
  return value;
}
