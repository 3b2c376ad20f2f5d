import 'reflect-metadata';
import { parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createSchema } from '../../src/schema.js';
import { checkOperationLimits, measureOperation, queryLimitRules, type QueryLimits } from '../../src/shared/query-limits.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

const defaults = loadConfig({ NODE_ENV: 'test' }).limits;
const limits: QueryLimits = {
  maxDepth: defaults.maxDepth,
  maxCost: defaults.maxCost,
  maxMutationFields: defaults.maxMutationFields,
  defaultListSize: 20,
};

const runMatchings = (count: number) =>
  `mutation { ${Array.from({ length: count }, (_, i) => `m${i}: runMatching(input: { areaId: "QXJlYTox" }) { run { id } userErrors { code } }`).join(' ')} }`;

const codesOf = (query: string) =>
  validate(schema, parse(query), [...specifiedRules, ...queryLimitRules(limits)]).map((error) => error.extensions['code']);

describe('mutation costs', () => {
  it('every Mutation field declares its cost (type-graphql `complexity`), so a new mutation cannot slip past MAX_QUERY_COST', () => {
    const fields = Object.values(schema.getMutationType()!.getFields());
    expect(fields.length).toBeGreaterThan(0);
    const uncosted = fields
      .filter((field) => {
        const cost = field.extensions['complexity'];
        return typeof cost !== 'number' || !Number.isInteger(cost) || cost < 1;
      })
      .map((field) => field.name);
    expect(uncosted).toEqual([]);
  });

  it('counts a mutation field at its declared cost instead of 1', () => {
    const measure = measureOperation(schema, parse('mutation { runMatching(input: { areaId: "QXJlYTox" }) { run { id } } }'), null, {});
    expect(measure).toEqual({ depth: 3, cost: 5_000 + 1 + 1 });
  });

  it('lets three runMatching through the default limits and refuses four as QUERY_TOO_COSTLY', () => {
    expect(codesOf(runMatchings(3))).toEqual([]);
    expect(codesOf(runMatchings(4))).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('refuses 1,000 aliased runMatching as TOO_MANY_MUTATIONS and QUERY_TOO_COSTLY', () => {
    expect(codesOf(runMatchings(1_000))).toEqual(['TOO_MANY_MUTATIONS', 'QUERY_TOO_COSTLY']);
  });
});

describe('MAX_MUTATION_FIELDS', () => {
  const cheap = (count: number) =>
    `mutation { ${Array.from({ length: count }, (_, i) => `a${i}: placeDemand(input: { id: "RGVtYW5kOjE" }) { userErrors { code } }`).join(' ')} }`;

  it('allows as many root fields as the limit and refuses one more with TOO_MANY_MUTATIONS', () => {
    expect(codesOf(cheap(10))).toEqual([]);
    const error = checkOperationLimits(schema, parse(cheap(11)), null, {}, limits);
    expect(error?.extensions).toEqual({ code: 'TOO_MANY_MUTATIONS' });
    expect(error?.message).toBe('The operation holds 11 mutation fields; the limit is 10.');
  });

  it('counts aliases spread through fragments, and a repeated response key once, as execution runs them', () => {
    const fields = (prefix: string) =>
      Array.from({ length: 6 }, (_, i) => `${prefix}${i}: placeDemand(input: { id: "RGVtYW5kOjE" }) { userErrors { code } }`).join(' ');
    const spread = `mutation { ...F ... on Mutation { ${fields('b')} } } fragment F on Mutation { ${fields('a')} }`;
    expect(codesOf(spread)).toEqual(['TOO_MANY_MUTATIONS']);
    const repeated = `mutation { ...F ...F ${fields('a')} } fragment F on Mutation { ${fields('a')} }`;
    expect(codesOf(repeated)).toEqual([]);
  });

  it('does not apply to queries', () => {
    const query = `{ ${Array.from({ length: 20 }, (_, i) => `d${i}: district { name }`).join(' ')} }`;
    expect(codesOf(query)).toEqual([]);
  });
});
