import 'reflect-metadata';
import { parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createSchema } from '../../src/schema.js';
import { toGlobalId } from '../../src/shared/global-id.js';
import { measureOperation } from '../../src/shared/query-limits.js';
import { reachable, sentinelDocuments, type GeneratorOptions } from '../kit/sentinel.js';

/*
 * The sentinel harness's documents (test/kit/sentinel.ts), without a hub: every one is valid against the
 * schema (sibling fragments on `Node` once selected conflicting fields) and within the limits it was cut
 * to, and together they select every type reachable from Query and Subscription.
 */

let schema: GraphQLSchema;
const limits = loadConfig({ NODE_ENV: 'test' }).limits;
const base: GeneratorOptions = {
  maxObjectDepth: 4,
  maxRepeats: 1,
  pageSize: limits.maxPageSize,
  pagedObjectDepth: 2,
  maxDepth: limits.maxDepth,
  maxCost: 10_000_000,
  bodyBytes: 10_000_000,
  defaultListSize: 20,
};
const ids = ['Area', 'Organization', 'Resource', 'Demand', 'DemandList', 'Match', 'SharingAgreement', 'Project', 'MatchRun'].map((type, i) => toGlobalId(type, i + 1));
const values = { from: '2026-01-01', to: '2026-12-31', 'availabilityChanged.filter': { kinds: ['PARKING'] } };

beforeAll(async () => {
  schema = await createSchema();
});

function expectValidWithin(options: GeneratorOptions, rootFields?: string[]) {
  const generated = sentinelDocuments(schema, { ids, values, rootFields }, options);
  const problems: string[] = [];
  for (const doc of generated.documents) {
    const document = parse(doc.text);
    for (const error of validate(schema, document, specifiedRules)) problems.push(`${doc.name}: ${error.message}`);
    const measure = measureOperation(schema, document, null, {}, options.defaultListSize);
    if (measure.depth > options.maxDepth || measure.cost > options.maxCost) problems.push(`${doc.name}: depth ${measure.depth}, cost ${measure.cost}`);
    if (doc.text.length > options.bodyBytes) problems.push(`${doc.name}: ${doc.text.length} characters`);
  }
  expect(problems.slice(0, 10)).toEqual([]);
  return generated;
}

describe('the sentinel documents', () => {
  it('are valid, within relaxed limits, and select every reachable type and field', () => {
    const generated = expectValidWithin(base);
    const { types, fields } = reachable(schema);
    expect([...types].filter((t) => !generated.typesSelected.has(t) && t !== 'Query' && t !== 'Subscription')).toEqual([]);
    expect([...fields].filter((f) => !generated.fieldsSelected.has(f))).toEqual([]);
    expect(generated.cutByLimits.size).toBe(0);
    // one id per `node`, `nodes`, `<thing>(id)` copy, of the type the field returns
    const demand = generated.documents.find((d) => d.name === 'demand')!;
    expect(demand.text).toContain(`demand(id: "${toGlobalId('Demand', 4)}")`);
    expect(demand.text).not.toContain(toGlobalId('Area', 1));
    expect(generated.documents.filter((d) => d.operation === 'subscription').map((d) => d.text)).toEqual(
      expect.arrayContaining([expect.stringContaining('matchEvents(after: "0")'), expect.stringContaining('availabilityChanged(filter: {kinds: [PARKING]})')]),
    );
  });

  it('are cut to fit the default limits', () => {
    const generated = expectValidWithin({ ...base, maxCost: limits.maxCost, bodyBytes: limits.bodyBytes }, ['organization', 'demand', 'events', 'matchEvents']);
    expect(generated.documents.length).toBeGreaterThan(4);
  });
});
