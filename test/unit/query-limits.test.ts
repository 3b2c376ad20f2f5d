import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';

import { checkOperationLimits, measureOperation, queryLimitRules, type QueryLimits } from '../../src/shared/query-limits.js';

const schema = buildSchema(`
  interface Node { id: ID! }
  type Query {
    node(id: ID!): Node
    nodes(ids: [ID!]!): [Node]!
    resources(first: Int, last: Int, after: String): ResourceConnection!
    area(id: ID): Area
  }
  type Area implements Node {
    id: ID!
    name: String!
    children: [Area!]!
    parent: Area
    resources(first: Int): ResourceConnection!
  }
  type Resource implements Node {
    id: ID!
    name: String!
    area: Area!
    matches(first: Int = 25): MatchConnection!
  }
  type Match implements Node { id: ID! score: Float! resource: Resource! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type ResourceConnection { edges: [ResourceEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type ResourceEdge { cursor: String! node: Resource! }
  type MatchConnection { edges: [MatchEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type MatchEdge { cursor: String! node: Match! }
`);

const limits: QueryLimits = { maxDepth: 8, maxCost: 10_000, defaultListSize: 10 };

function errorsOf(query: string, custom: QueryLimits = limits) {
  return validate(schema, parse(query), [...specifiedRules, ...queryLimitRules(custom)]);
}

function measure(query: string, variables: Record<string, unknown> = {}) {
  return measureOperation(schema, parse(query), null, variables, limits.defaultListSize);
}

const nestedPages = `{
  resources(first: 100) { edges { node { matches(first: 100) { edges { node { score } } } } } }
}`;

describe('measureOperation', () => {
  it.each([
    ['scalar fields cost 1 each', '{ area(id: "1") { id name } }', { depth: 2, cost: 3 }],
    ['a list without page size uses the default list size', '{ area { children { id } } }', { depth: 3, cost: 12 }],
    ['nodes(ids:) is sized by the ids list', '{ nodes(ids: ["a", "b", "c"]) { id } }', { depth: 2, cost: 4 }],
    ['a connection multiplies its selection by first', '{ resources(first: 5) { totalCount edges { cursor } } }', { depth: 3, cost: 16 }],
    ['last counts like first', '{ resources(last: 7) { totalCount } }', { depth: 2, cost: 8 }],
    ['a schema default page size applies when first is absent', '{ node(id: "r") { ... on Resource { matches { totalCount } } } }', { depth: 3, cost: 27 }],
    ['__typename is free and adds no depth', '{ __typename area { __typename id } }', { depth: 2, cost: 2 }],
  ])('%s', (_, query, expected) => {
    expect(measure(query)).toEqual(expected);
  });

  it('multiplies nested page sizes', () => {
    expect(measure(nestedPages)).toEqual({ depth: 7, cost: 30_301 });
  });

  it('counts named and inline fragments where they are spread', () => {
    const inline = measure('{ area { id parent { id name } } }');
    const expanded = measure(`
      { area { ...AreaFields } }
      fragment AreaFields on Area { id ... on Area { parent { ...Names } } }
      fragment Names on Area { id name }
    `);
    expect(expanded).toEqual(inline);
    expect(expanded).toEqual({ depth: 3, cost: 5 });
  });

  it('stops at a fragment cycle instead of recursing forever', () => {
    const query = `
      { area { ...A } }
      fragment A on Area { parent { ...B } }
      fragment B on Area { parent { ...A } }
    `;
    expect(measure(query).depth).toBeLessThan(10);
    expect(errorsOf(query).map((error) => error.message)).toContain('Cannot spread fragment "A" within itself via "B".');
  });

  it('walks each fragment once, so repeated spreads cannot make it exponential', () => {
    const levels = Array.from({ length: 40 }, (_, i) =>
      i === 0 ? 'fragment F0 on Area { id }' : `fragment F${i} on Area { a: parent { ...F${i - 1} } b: parent { ...F${i - 1} } }`,
    );
    const result = measure(`{ area { ...F39 } } ${levels.join('\n')}`);
    expect(result.depth).toBe(41);
    expect(result.cost).toBeGreaterThan(2 ** 39);
  });

  it('throws when the document has no such operation', () => {
    expect(() => measureOperation(schema, parse('query A { area { id } }'), 'B', {})).toThrow(/no operation named B/);
  });
});

describe('queryLimitRules', () => {
  it('accepts a shallow query', () => {
    expect(errorsOf('{ area(id: "1") { id name parent { id } } }')).toEqual([]);
  });

  it('rejects a query nested deeper than the limit as QUERY_TOO_DEEP', () => {
    const errors = errorsOf('{ area { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } }');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.extensions).toEqual({ code: 'QUERY_TOO_DEEP' });
    expect(errors[0]?.message).toBe('Query depth 10 exceeds the limit of 8.');
  });

  it('rejects nested page sizes as QUERY_TOO_COSTLY although the depth is within the limit', () => {
    const errors = errorsOf(nestedPages);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.extensions).toEqual({ code: 'QUERY_TOO_COSTLY' });
    expect(errors[0]?.message).toBe('Query cost 30,301 exceeds the limit of 10,000.');
  });

  it('counts depth reached through fragments and inline fragments', () => {
    const errors = errorsOf(`
      { node(id: "1") { ... on Area { parent { ...Up } } } }
      fragment Up on Area { parent { parent { parent { parent { ... on Area { parent { parent { parent { id } } } } } } } } }
    `);
    expect(errors.map((error) => error.extensions['code'])).toEqual(['QUERY_TOO_DEEP']);
  });

  it('counts cost reached through fragments', () => {
    const errors = errorsOf(`
      { resources(first: 100) { edges { node { ...Matches } } } }
      fragment Matches on Resource { matches(first: 100) { edges { node { score } } } }
    `);
    expect(errors.map((error) => error.extensions['code'])).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('lets the introspection query through', () => {
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true });
    expect(errorsOf(query, { maxDepth: 10, maxCost: 100, defaultListSize: 100 })).toEqual([]);
    expect(measure(query)).toEqual({ depth: 0, cost: 0 });
  });

  it('sizes a variable page by its declared default, else the default list size', () => {
    const withDefault = 'query ($n: Int = 200) { resources(first: $n) { edges { node { matches(first: $n) { totalCount } } } } }';
    expect(errorsOf(withDefault).map((error) => error.extensions['code'])).toEqual(['QUERY_TOO_COSTLY']);
    const withoutDefault = 'query ($n: Int) { resources(first: $n) { edges { node { matches(first: $n) { totalCount } } } } }';
    expect(errorsOf(withoutDefault)).toEqual([]);
  });
});

describe('checkOperationLimits', () => {
  const byVariable = parse(`
    query Pages($n: Int, $ids: [ID!]!) {
      resources(first: $n) { edges { node { matches(first: $n) { edges { node { score } } } } } }
      nodes(ids: $ids) { id }
    }
  `);

  it('uses the page sizes given by variables', () => {
    expect(checkOperationLimits(schema, byVariable, 'Pages', { n: 5, ids: [] }, limits)).toBeNull();
    const error = checkOperationLimits(schema, byVariable, 'Pages', { n: 100, ids: [] }, limits);
    expect(error?.extensions).toEqual({ code: 'QUERY_TOO_COSTLY' });
    expect(error?.message).toBe('Query cost 30,302 exceeds the limit of 10,000.');
  });

  it('sizes nodes(ids:) by the length of the ids variable', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => String(i));
    expect(measureOperation(schema, byVariable, 'Pages', { n: 0, ids }, 10).cost).toBe(1 + 1 + 20_000);
    expect(checkOperationLimits(schema, byVariable, 'Pages', { n: 0, ids }, limits)?.extensions['code']).toBe('QUERY_TOO_COSTLY');
  });

  it('reports depth before cost', () => {
    const document = parse('{ area { parent { parent { parent { parent { parent { children { children { children { id } } } } } } } } } }');
    const error = checkOperationLimits(schema, document, null, {}, { ...limits, maxCost: 100 });
    expect(error?.extensions).toEqual({ code: 'QUERY_TOO_DEEP' });
    expect(error?.message).toBe('Query depth 10 exceeds the limit of 8.');
  });

  it('answers null for an operation the document does not have', () => {
    expect(checkOperationLimits(schema, byVariable, 'Other', {}, limits)).toBeNull();
  });
});
