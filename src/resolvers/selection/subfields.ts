import { getDirectiveValues, GraphQLIncludeDirective, GraphQLSkipDirective, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** What of the resolve info reading a selection needs, so it can run ahead of the resolvers it stands for. */
export type SelectionContext = Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'variableValues'>;

type Selection = SelectionSetNode['selections'][number];

function included(selection: Selection, variables: GraphQLResolveInfo['variableValues']): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, selection, variables)?.['if'] === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.['if'] !== false;
}

/**
 * The fields selected under `fieldNodes`, grouped by response key as graphql-js groups them, through
 * fragments and inline fragments, honouring @skip and @include. Fragments of every type condition count:
 * ahead of execution the runtime type is not known, and a field fetched for a type the value turns out not
 * to have costs a little work, never a wrong answer.
 */
export function subfields(fieldNodes: readonly FieldNode[], context: SelectionContext): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (!included(selection, context.variableValues)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        fields.set(key, [...(fields.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        visit(context.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of fieldNodes) visit(node.selectionSet);
  return fields;
}

/** Every node of the fields named `name` (under any alias). */
export function fieldsNamed(fields: Map<string, FieldNode[]>, name: string): FieldNode[] {
  return [...fields.values()].flat().filter((node) => node.name.value === name);
}
