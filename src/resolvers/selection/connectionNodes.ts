import type { FieldNode } from 'graphql';

import { fieldsNamed, subfields, type SelectionContext } from './subfields';

/** The field nodes that select a connection's nodes: `nodes { … }` and `edges { node { … } }` read the same records. */
export function connectionNodes(fieldNodes: readonly FieldNode[], context: SelectionContext): FieldNode[] {
  const fields = subfields(fieldNodes, context);
  return [...fieldsNamed(fields, 'nodes'), ...fieldsNamed(subfields(fieldsNamed(fields, 'edges'), context), 'node')];
}

/** Whether the connection's `totalCount` is asked for: it is counted in the same statement only then. */
export function selectsTotalCount(fieldNodes: readonly FieldNode[], context: SelectionContext): boolean {
  return fieldsNamed(subfields(fieldNodes, context), 'totalCount').length > 0;
}
