/**
 * Depth, cost and mutation-count limits for GraphQL operations.
 *
 * Depth is the deepest field nesting, a root field being 1. Cost model: every field costs 1, or the
 * number its schema definition declares as `extensions.complexity` (type-graphql's `complexity` option;
 * every mutation declares one, see `MUTATION_COST`) — a field
 * that returns a list or a Relay connection (an object or interface type whose name ends in
 * `Connection` and that has an `edges` field) multiplies the cost of its selection by its page size,
 * so nested page sizes multiply. The page size is the larger of `first` and `last`, else the length
 * of an `ids` list (`nodes(ids:)`), else the argument's schema default, else `defaultListSize`. The
 * `edges`/`nodes` lists of a connection are not multiplied again. Introspection fields (`__schema`,
 * `__type`, `__typename`) are free and add no depth, so GraphiQL and codegen always pass. Named and
 * inline fragments are expanded where they are spread; on an abstract type every branch is counted.
 * A mutation operation may also hold at most `maxMutationFields` root fields (distinct response keys,
 * so aliases count): each is a transaction of its own, run one after another.
 */
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  getNamedType,
  getNullableType,
  getOperationAST,
  isInterfaceType,
  isListType,
  isObjectType,
  valueFromASTUntyped,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  defaultListSize: number;
  /** Root fields a mutation operation may hold (`TOO_MANY_MUTATIONS`); no limit when absent. */
  maxMutationFields?: number;
}

/**
 * What mutation fields cost, declared on each `@Mutation` with type-graphql's `complexity` option (a test
 * fails when one has none). WRITE: one transaction changing a few rows and recording its event; BATCH: one
 * that writes a list given in the input (hundreds of rows). A mutation that does more (a matching run)
 * declares its own figure beside its resolver.
 */
export const MUTATION_COST = { WRITE: 10, BATCH: 100 } as const;

export interface OperationMeasure {
  depth: number;
  cost: number;
}

const ZERO: OperationMeasure = { depth: 0, cost: 0 };

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  /** variable values as the operation sees them: given ones, else the declared defaults */
  variables: Record<string, unknown>;
  defaultListSize: number;
  measuredFragments: Map<string, OperationMeasure>;
  fragmentsInProgress: Set<string>;
}

/**
 * Validation rules that reject an operation deeper than `maxDepth` (`QUERY_TOO_DEEP`), a mutation
 * with more than `maxMutationFields` root fields (`TOO_MANY_MUTATIONS`) or an operation costlier
 * than `maxCost` (`QUERY_TOO_COSTLY`). Validation never sees variables (Apollo caches its result per
 * document), so a page size given by a variable counts as the variable's declared default, else
 * `defaultListSize`; call `checkOperationLimits` once variables are known to check the real sizes.
 */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  const rule = (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const measure = measureNode(context.getSchema(), context.getDocument(), operation, undefined, limits);
      for (const error of limitErrors(context.getDocument(), measure, limits, operation)) context.reportError(error);
      // the measurement already walked the whole operation
      return false;
    },
  });
  return [rule];
}

/**
 * Measures the named operation with the given variable values (missing ones take their declared
 * defaults); `defaultListSize` should be the one the limits use. Throws when the document has no
 * such operation, or several and no name.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null,
  variables: Record<string, unknown>,
  defaultListSize = 10,
): OperationMeasure {
  const operation = getOperationAST(document, operationName);
  if (!operation) throw new Error(`The document has no operation named ${operationName ?? '(anonymous)'}.`);
  return measureNode(schema, document, operation, variables, { defaultListSize });
}

/**
 * The limit error for an operation once its variables are known (for Apollo's `didResolveOperation`
 * hook), the depth error first, then the mutation count, then the cost; null when it is within both limits or the operation is not found,
 * which execution reports on its own.
 */
export function checkOperationLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null,
  variables: Record<string, unknown> | undefined,
  limits: QueryLimits,
): GraphQLError | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const measure = measureNode(schema, document, operation, variables ?? {}, limits);
  return limitErrors(document, measure, limits, operation)[0] ?? null;
}

function limitErrors(document: DocumentNode, measure: OperationMeasure, limits: QueryLimits, operation: OperationDefinitionNode): GraphQLError[] {
  const errors: GraphQLError[] = [];
  if (measure.depth > limits.maxDepth) {
    errors.push(
      new GraphQLError(`Query depth ${formatNumber(measure.depth)} exceeds the limit of ${formatNumber(limits.maxDepth)}.`, {
        nodes: operation,
        extensions: { code: 'QUERY_TOO_DEEP' },
      }),
    );
  }
  if (operation.operation === OperationTypeNode.MUTATION && limits.maxMutationFields !== undefined) {
    const count = countRootFields(document, operation);
    if (count > limits.maxMutationFields) {
      errors.push(
        new GraphQLError(`The operation holds ${formatNumber(count)} mutation fields; the limit is ${formatNumber(limits.maxMutationFields)}.`, {
          nodes: operation,
          extensions: { code: 'TOO_MANY_MUTATIONS' },
        }),
      );
    }
  }
  if (measure.cost > limits.maxCost) {
    errors.push(
      new GraphQLError(`Query cost ${formatNumber(measure.cost)} exceeds the limit of ${formatNumber(limits.maxCost)}.`, {
        nodes: operation,
        extensions: { code: 'QUERY_TOO_COSTLY' },
      }),
    );
  }
  return errors;
}

const numberFormat = new Intl.NumberFormat('en-US');

function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/**
 * The root fields execution would run: distinct response keys (an alias makes another one) with
 * fragments expanded, each named fragment once, as graphql-js collects them. `@skip`/`@include` are not
 * evaluated, so a skipped field still counts.
 */
function countRootFields(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const keys = new Set<string>();
  const visited = new Set<string>();
  const collect = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.name.value.startsWith('__')) keys.add(selection.alias?.value ?? selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet);
      } else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  collect(operation.selectionSet);
  return keys.size;
}

function measureNode(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  given: Record<string, unknown> | undefined,
  limits: Pick<QueryLimits, 'defaultListSize'>,
): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (given && Object.hasOwn(given, name)) variables[name] = given[name];
    else if (definition.defaultValue) variables[name] = valueFromASTUntyped(definition.defaultValue);
  }
  const walk: Walk = {
    schema,
    fragments,
    variables,
    defaultListSize: limits.defaultListSize,
    measuredFragments: new Map(),
    fragmentsInProgress: new Set(),
  };
  return measureSelections(walk, operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
}

function measureSelections(walk: Walk, selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined): OperationMeasure {
  let depth = 0;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    const measure = measureSelection(walk, selection, parent);
    depth = Math.max(depth, measure.depth);
    cost += measure.cost;
  }
  return { depth, cost };
}

function measureSelection(walk: Walk, selection: SelectionNode, parent: GraphQLNamedType | undefined): OperationMeasure {
  switch (selection.kind) {
    case Kind.FIELD:
      return measureField(walk, selection, parent);
    case Kind.INLINE_FRAGMENT: {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      return measureSelections(walk, selection.selectionSet, type ?? undefined);
    }
    case Kind.FRAGMENT_SPREAD:
      return measureFragment(walk, selection.name.value);
  }
}

// a fragment measures the same wherever it is spread, so each is walked once: a document that
// spreads fragments inside fragments cannot make the walk exponential
function measureFragment(walk: Walk, name: string): OperationMeasure {
  const measured = walk.measuredFragments.get(name);
  if (measured) return measured;
  const fragment = walk.fragments.get(name);
  // cycles are rejected by graphql-js's NoFragmentCyclesRule, which runs alongside this walk
  if (!fragment || walk.fragmentsInProgress.has(name)) return ZERO;
  walk.fragmentsInProgress.add(name);
  const type = walk.schema.getType(fragment.typeCondition.name.value) ?? undefined;
  const measure = measureSelections(walk, fragment.selectionSet, type);
  walk.fragmentsInProgress.delete(name);
  walk.measuredFragments.set(name, measure);
  return measure;
}

function measureField(walk: Walk, node: FieldNode, parent: GraphQLNamedType | undefined): OperationMeasure {
  if (node.name.value.startsWith('__')) return ZERO;
  const field = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[node.name.value] : undefined;
  // unknown fields are reported by graphql-js's FieldsOnCorrectTypeRule
  if (!field) return ZERO;
  const selection = node.selectionSet ? measureSelections(walk, node.selectionSet, getNamedType(field.type)) : ZERO;
  return { depth: 1 + selection.depth, cost: ownCost(field) + multiplier(walk, node, field, parent) * selection.cost };
}

// type-graphql's `complexity` option lands in the field's extensions; an estimator function is not
// supported here, so only a number replaces the default 1
function ownCost(field: GraphQLField<unknown, unknown>): number {
  const declared = field.extensions['complexity'];
  return typeof declared === 'number' && Number.isFinite(declared) && declared >= 0 ? declared : 1;
}

function multiplier(walk: Walk, node: FieldNode, field: GraphQLField<unknown, unknown>, parent: GraphQLNamedType | undefined): number {
  const isList = isListType(getNullableType(field.type));
  // a connection's edges are already counted by its page size
  if (!isConnection(getNamedType(field.type)) && !(isList && !isConnection(parent))) return 1;
  const pageSizes = [argument(walk, node, field, 'first'), argument(walk, node, field, 'last')]
    .filter((value): value is number => typeof value === 'number' && Number.isFinite(value))
    .map((value) => Math.max(0, value));
  if (pageSizes.length > 0) return Math.max(...pageSizes);
  const ids = argument(walk, node, field, 'ids');
  if (Array.isArray(ids)) return ids.length;
  // a single id is coerced to a one-element list
  if (ids !== undefined && ids !== null) return 1;
  return walk.defaultListSize;
}

function argument(walk: Walk, node: FieldNode, field: GraphQLField<unknown, unknown>, name: string): unknown {
  const given = node.arguments?.find((argument) => argument.name.value === name);
  // an absent variable without a default leaves the argument unset, as in execution
  const value = given ? valueFromASTUntyped(given.value, walk.variables) : undefined;
  return value !== undefined ? value : field.args.find((argument) => argument.name === name)?.defaultValue;
}

function isConnection(type: GraphQLNamedType | undefined): boolean {
  return (
    (isObjectType(type) || isInterfaceType(type)) && type.name.endsWith('Connection') && type.getFields()['edges'] !== undefined
  );
}
