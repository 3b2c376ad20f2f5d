import {
  getNamedType,
  getOperationAST,
  GraphQLError,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  specifiedScalarTypes,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import { badInput } from './errors.js';

/** NUL, or a UTF-16 surrogate without its partner: PostgreSQL's text and jsonb refuse both. */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when PostgreSQL can store the text: no NUL, no unpaired surrogate. */
export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

const TEXT_SCALARS = new Set(['String', 'ID']);
const BUILT_IN = new Set(specifiedScalarTypes.map((t) => t.name));

type Path = readonly (string | number)[];
const fieldOf = (path: Path) => path.join('.');

function textProblem(path: Path, text: string): GraphQLError | null {
  if (isStorableText(text)) return null;
  const field = fieldOf(path);
  return badInput(field, `"${field}" contains a NUL character or an unpaired UTF-16 surrogate.`);
}

/** Where a variable's value lands: the argument path of one of its uses, and its declared type. */
interface VariableSite {
  name: string;
  type: GraphQLInputType;
  path: Path;
  /** The variable's default in the document, used when the request leaves the variable out. */
  defaultValue: ValueNode | undefined;
}

interface Plan {
  /** The first literal the check refuses: literals do not change between requests. */
  literalError: GraphQLError | null;
  sites: VariableSite[];
}

/** Walks a literal along its input type, refusing unstorable text and collecting the variables it holds. */
function walkLiteral(type: GraphQLInputType, node: ValueNode, path: Path, onVariable: (name: string, path: Path) => void): GraphQLError | null {
  if (node.kind === Kind.VARIABLE) {
    onVariable(node.name.value, path);
    return null;
  }
  if (isNonNullType(type)) return walkLiteral(type.ofType, node, path, onVariable);
  if (isListType(type)) {
    if (node.kind !== Kind.LIST) return walkLiteral(type.ofType, node, path, onVariable);
    for (const [i, item] of node.values.entries()) {
      const error = walkLiteral(type.ofType, item, [...path, i], onVariable);
      if (error) return error;
    }
    return null;
  }
  if (isInputObjectType(type)) {
    if (node.kind !== Kind.OBJECT) return null;
    const fields = type.getFields();
    for (const field of node.fields) {
      const def = fields[field.name.value];
      if (!def) continue;
      const error = walkLiteral(def.type, field.value, [...path, field.name.value], onVariable);
      if (error) return error;
    }
    return null;
  }
  if (isScalarType(type) && TEXT_SCALARS.has(type.name) && node.kind === Kind.STRING) return textProblem(path, node.value);
  return null;
}

/** Walks a variable's value (JSON, not yet coerced) along its input type. */
function walkValue(type: GraphQLInputType, value: unknown, path: Path): GraphQLError | null {
  if (value === null || value === undefined) return null;
  if (isNonNullType(type)) return walkValue(type.ofType, value, path);
  if (isListType(type)) {
    if (!Array.isArray(value)) return walkValue(type.ofType, value, path);
    for (const [i, item] of value.entries()) {
      const error = walkValue(type.ofType, item, [...path, i]);
      if (error) return error;
    }
    return null;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value)) return null;
    const fields = type.getFields();
    for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
      const def = fields[name];
      if (!def) continue;
      const error = walkValue(def.type, item, [...path, name]);
      if (error) return error;
    }
    return null;
  }
  if (!isScalarType(type)) return null;
  if (TEXT_SCALARS.has(type.name)) return typeof value === 'string' ? textProblem(path, value) : null;
  if (BUILT_IN.has(type.name)) return null;
  // the project's own scalars (DateTime) refuse in their parseValue; asked here, the refusal names the field
  try {
    type.parseValue(value);
    return null;
  } catch (error) {
    const field = fieldOf(path);
    return badInput(field, `"${field}": ${(error as Error).message}`);
  }
}

function planOf(schema: GraphQLSchema, document: DocumentNode, operationName: string | null): Plan | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const declared = new Map(
    (operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, { type: typeFromAST(schema, d.type) as GraphQLInputType | undefined, defaultValue: d.defaultValue }]),
  );
  const plan: Plan = { literalError: null, sites: [] };
  const onVariable = (name: string, path: Path) => {
    const variable = declared.get(name);
    if (variable?.type && hasCheckedLeaf(variable.type)) plan.sites.push({ name, type: variable.type, path, defaultValue: variable.defaultValue });
  };
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Argument(node) {
      const def = typeInfo.getArgument();
      if (!def || plan.literalError) return false;
      plan.literalError = walkLiteral(def.type, node.value, [node.name.value], onVariable);
      return false;
    },
  });
  // the operation and every fragment: a fragment another operation of the document uses costs a walk, no more
  visit(operation, visitor);
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) visit(definition, visitor);
  return plan;
}

/** Whether any String, ID or custom scalar can occur inside values of `type`. */
function hasCheckedLeaf(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (isLeafType(named)) return isScalarType(named) && (TEXT_SCALARS.has(named.name) || !BUILT_IN.has(named.name));
  if (seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => hasCheckedLeaf(f.type, seen));
}

const plans = new WeakMap<DocumentNode, Map<string, Plan | null>>();

/**
 * The one check of every argument value of an operation — queries, mutations and subscriptions, literals
 * and variables, text nested in input objects and lists — run after validation and before any resolver
 * (the HTTP plugin and the WebSocket `onSubscribe` both call it, whichever executor runs the operation).
 * Refuses String and ID values holding NUL or an unpaired surrogate, and values the project's own scalars
 * refuse, with BAD_USER_INPUT whose `field` is the argument path (`input.observations.2.source`).
 * Returns the first refusal, or null. What a document holds is worked out once per parsed document.
 */
export function checkArgumentValues(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null,
  variables: Record<string, unknown> | null | undefined,
): GraphQLError | null {
  let byOperation = plans.get(document);
  if (!byOperation) plans.set(document, (byOperation = new Map()));
  const key = operationName ?? '';
  let plan = byOperation.get(key);
  if (plan === undefined) byOperation.set(key, (plan = planOf(schema, document, operationName)));
  if (!plan) return null;
  // a fresh error each time: the plan's is kept for the next request
  if (plan.literalError) return badInput(plan.literalError.extensions.field as string, plan.literalError.message);
  for (const site of plan.sites) {
    const value = variables?.[site.name];
    const error =
      value === undefined
        ? site.defaultValue
          ? walkLiteral(site.type, site.defaultValue, site.path, () => {})
          : null
        : walkValue(site.type, value, site.path);
    if (error) return error;
  }
  return null;
}
