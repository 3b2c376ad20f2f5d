import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  astFromValue,
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  printSchema,
  typeFromAST,
  valueFromASTUntyped,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Executes operations with graphql-jit: each distinct document (Apollo keeps parsed documents, so a
 * repeated query is the same object) is compiled once to a JavaScript function that resolves and
 * serialises its fields without graphql-js's generic per-field machinery. Apollo takes a custom executor
 * only through its gateway interface, so this is a gateway that serves the one local schema. Parsing,
 * validation, limits, plugins and error formatting stay Apollo's.
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();

  const compile = (document: DocumentNode, operationName: string | null) => {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let entry = byOperation.get(key);
    if (!entry) {
      entry = compileQuery(schema, document, operationName ?? undefined, { disableLeafSerialization: false });
      byOperation.set(key, entry);
    }
    return entry;
  };

  const executor: GatewayExecutor = async (requestContext) => {
    const entry = compile(requestContext.document, requestContext.operationName);
    if (!isCompiledQuery(entry)) return entry as ExecutionResult;
    const variables = withInputDefaults(schema, requestContext.operation, requestContext.request.variables ?? {});
    const result = await entry.query(undefined, requestContext.context, variables);
    if (!('data' in result) && result.errors?.length) {
      // variables that do not coerce: the caller's input is wrong, as graphql-js and Apollo would say
      throw new GraphQLError(result.errors[0].message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
    }
    // graphql-jit's own errors (a null in a non-null field) come without `extensions`, which Apollo's error
    // handling expects on every GraphQLError
    if (result.errors?.some((e) => !e.extensions)) {
      return { ...result, errors: result.errors.map((e) => (e.extensions ? e : new GraphQLError(e.message, { ...e, extensions: {} }))) };
    }
    return result as ExecutionResult;
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async stop() {},
  };
}

/**
 * graphql-jit (0.8.9) does not apply the default values of input-object fields to variables, so a
 * non-null field with a default that the client leaves out would be refused. The spec says it takes its
 * default: fill those in, in their external form, before the compiled query coerces the variables.
 */
export function withInputDefaults(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  let out = variables;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (!(name in variables)) continue;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) continue;
    const filled = fillDefaults(type, variables[name]);
    if (filled !== variables[name]) out = { ...out, [name]: filled };
  }
  return out;
}

function fillDefaults(type: GraphQLInputType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return fillDefaults(type.ofType, value);
  if (isListType(type)) return Array.isArray(value) ? value.map((item) => fillDefaults(type.ofType, item)) : fillDefaults(type.ofType, value);
  if (!isInputObjectType(type) || typeof value !== 'object' || Array.isArray(value)) return value;
  let out = value as Record<string, unknown>;
  for (const field of Object.values(type.getFields())) {
    const current = out[field.name];
    let next: unknown;
    if (current === undefined) {
      if (field.defaultValue === undefined) continue;
      const ast = astFromValue(field.defaultValue, field.type);
      next = ast ? valueFromASTUntyped(ast) : undefined;
    } else {
      next = fillDefaults(field.type, current);
    }
    if (next !== current) out = { ...out, [field.name]: next };
  }
  return out;
}
