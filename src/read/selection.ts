import {
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  getNamedType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/** The fields a query asks of one object type, merged across aliases and fragments. */
export interface Selection {
  /** Field name → what is asked of it (args of the first occurrence; sub-selections merged). */
  fields: Map<string, SelectedField>;
}

export interface SelectedField {
  name: string;
  args: Record<string, unknown>;
  /** Sub-selection per possible concrete type name (one entry for object types). */
  selection: Map<string, Selection>;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function included(walk: Walk, node: { directives?: readonly unknown[] } & Parameters<typeof getDirectiveValues>[1]): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, walk.variables);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, walk.variables);
  return include?.if !== false;
}

function typeApplies(walk: Walk, typeCondition: string | undefined, type: GraphQLObjectType): boolean {
  if (!typeCondition || typeCondition === type.name) return true;
  const condition = walk.schema.getType(typeCondition);
  return condition !== undefined && isAbstractType(condition) && walk.schema.isSubType(condition, type);
}

function collect(walk: Walk, type: GraphQLObjectType, selectionSet: SelectionSetNode, into: Selection, seen: Set<string>): void {
  for (const node of selectionSet.selections) {
    if (!included(walk, node)) continue;
    if (node.kind === 'Field') {
      addField(walk, type, node, into);
    } else if (node.kind === 'InlineFragment') {
      if (typeApplies(walk, node.typeCondition?.name.value, type)) collect(walk, type, node.selectionSet, into, seen);
    } else {
      const name = node.name.value;
      const fragment = walk.fragments[name];
      if (!fragment || seen.has(name) || !typeApplies(walk, fragment.typeCondition.name.value, type)) continue;
      collect(walk, type, fragment.selectionSet, into, new Set([...seen, name]));
    }
  }
}

function addField(walk: Walk, parent: GraphQLObjectType, node: FieldNode, into: Selection): void {
  const name = node.name.value;
  if (name.startsWith('__')) return;
  const definition: GraphQLField<unknown, unknown> | undefined = parent.getFields()[name];
  if (!definition) return;
  let field = into.fields.get(name);
  if (!field) {
    field = { name, args: getArgumentValues(definition, node, walk.variables), selection: new Map() };
    into.fields.set(name, field);
  }
  if (!node.selectionSet) return;
  const named = getNamedType(definition.type);
  const concrete = isObjectType(named) ? [named] : isAbstractType(named) ? walk.schema.getPossibleTypes(named) : [];
  for (const type of concrete) {
    let sub = field.selection.get(type.name);
    if (!sub) field.selection.set(type.name, (sub = { fields: new Map() }));
    collect(walk, type, node.selectionSet, sub, new Set());
  }
}

/** What the current field asks of its (object) return type, with variables, fragments and @skip/@include applied. */
export function selectionOf(info: GraphQLResolveInfo): Map<string, Selection> {
  const walk: Walk = { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
  const root: Selection = { fields: new Map() };
  for (const node of info.fieldNodes) addField(walk, info.parentType, node, root);
  return root.fields.get(info.fieldName)?.selection ?? new Map();
}

/** Follows a path of field names through single-type selections, e.g. ['edges', 'node']. */
export function pathIn(selection: Selection | undefined, ...path: string[]): Selection | undefined {
  let current = selection;
  for (const name of path) {
    const field = current?.fields.get(name);
    if (!field) return undefined;
    current = [...field.selection.values()][0];
  }
  return current;
}
