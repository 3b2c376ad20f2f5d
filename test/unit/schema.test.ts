import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSchema, printSortedSchema } from '../../src/schema.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

describe('the published schema', () => {
  it('matches the committed schema/schema.graphql (run `npm run schema` after changing it)', () => {
    const committed = readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(printSortedSchema(schema)).toBe(committed);
  });

  it('describes every type, field, argument, input field and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
      if (isUnionType(type) && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });

  it('gives every point it returns the system argument, defaulting to WGS84, resolved without a promise', () => {
    const points: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type).name !== 'GeoPoint') continue;
        points.push(`${type.name}.${field.name}`);
        const system = field.args.find((a) => a.name === 'system');
        expect(String(system?.type), `${type.name}.${field.name}`).toBe('CoordinateSystem!');
        expect(system?.defaultValue).toBe('WGS84');
        const out = field.resolve!({ [field.name]: { lat: 39.9, lng: 116.4 } }, { system: 'GCJ02' }, {}, {} as never);
        expect(out).not.toBeInstanceOf(Promise);
        expect(out).toMatchObject({ system: 'GCJ02' });
      }
    }
    expect(points.sort()).toEqual(['Area.centroid', 'Case.location', 'Demand.location', 'OpenOrder.location', 'Organization.location', 'Resource.location', 'WallCase.location']);
  });
});
