import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

function fieldsNamed(selectionSet: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo): FieldNode[] {
  return (selectionSet?.selections ?? []).flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name ? [selection] : [];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsNamed(selection.selectionSet, name, info);
    return fieldsNamed(info.fragments[selection.name.value]?.selectionSet, name, info);
  });
}

function selected(info: GraphQLResolveInfo, name: string): FieldNode[] {
  return info.fieldNodes.flatMap((node) => fieldsNamed(node.selectionSet, name, info));
}

/** True when the client asked for `name` directly under the field being resolved (fragments included). */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return selected(info, name).length > 0;
}

/**
 * The integer the client gave argument `argument` of child field `name` (a literal or a variable):
 * `undefined` when the field is not selected, `null` when it is selected without that argument.
 */
export function selectedIntArgument(info: GraphQLResolveInfo, name: string, argument: string): number | null | undefined {
  const [field] = selected(info, name);
  if (!field) return undefined;
  const value = field.arguments?.find((node) => node.name.value === argument)?.value;
  if (!value) return null;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const given = info.variableValues[value.name.value];
    return typeof given === 'number' ? given : null;
  }
  return null;
}
