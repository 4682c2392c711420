import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

function inSelectionSet(selectionSet: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo): boolean {
  return (selectionSet?.selections ?? []).some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name;
    if (selection.kind === Kind.INLINE_FRAGMENT) return inSelectionSet(selection.selectionSet, name, info);
    return inSelectionSet(info.fragments[selection.name.value]?.selectionSet, name, info);
  });
}

/** True when the client asked for `name` directly under the field being resolved (fragments included). */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => inSelectionSet(node.selectionSet, name, info));
}
