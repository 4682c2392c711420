import type { FieldNode } from 'graphql';

import type { GraphSelection } from '../../graph/read/readSelection';
import { fieldsNamed, subfields, type SelectionContext } from './subfields';

/** Which parts a `Graph` selection reads: node degrees and edge evidence counts cost a count each. */
export function graphSelectionOf(fieldNodes: readonly FieldNode[], context: SelectionContext): GraphSelection {
  const fields = subfields(fieldNodes, context);
  const selects = (list: string, field: string) => fieldsNamed(subfields(fieldsNamed(fields, list), context), field).length > 0;
  return { degree: selects('nodes', 'degree'), evidenceCount: selects('edges', 'evidenceCount'), stance: selects('edges', 'stance'), support: false };
}
