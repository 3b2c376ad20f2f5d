import { getNamedType, GraphQLNonNull, isEnumType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { Field, Float, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { badInput } from './errors.js';
import { fromWgs84, toWgs84, type LatLng } from './geo.js';

/** The coordinate system of a point a client gives or asks for; everything is stored as WGS-84. */
export enum CoordinateSystem {
  WGS84 = 'WGS84',
  GCJ02 = 'GCJ02',
  BD09 = 'BD09',
}

registerEnumType(CoordinateSystem, {
  name: 'CoordinateSystem',
  description: 'The datum of a point: the one a client gives a point in, or asks a returned point in.',
  valuesConfig: {
    WGS84: { description: 'GPS coordinates; what the hub stores.' },
    GCJ02: { description: 'China\'s GCJ-02, as AMap (高德) and Tencent maps give.' },
    BD09: { description: 'Baidu\'s BD-09.' },
  },
});

@ObjectType({
  simpleResolvers: true,
  description: 'A point on the map, in the coordinate system its field was asked for (`system`): WGS-84, as GPS reports it, unless asked otherwise.',
})
export class GeoPoint {
  @Field(() => Float, { description: 'Latitude in degrees, in `system`.' })
  lat!: number;

  @Field(() => Float, { description: 'Longitude in degrees, in `system`.' })
  lng!: number;

  @Field(() => CoordinateSystem, { description: 'The coordinate system of lat/lng: the one the field was asked for.' })
  system!: CoordinateSystem;
}

/** A stored WGS-84 point as a GeoPoint in `system` (WGS-84 when not given); null stays null. */
export function pointIn(point: LatLng | null, system = CoordinateSystem.WGS84): GeoPoint | null {
  if (point === null) return null;
  if (system === CoordinateSystem.WGS84) return { lat: point.lat, lng: point.lng, system };
  const p = fromWgs84(system, point.lat, point.lng);
  return { lat: p.lat, lng: p.lng, system };
}

const SYSTEM_ARGUMENT = 'system';

/**
 * Gives every field of `schema` that returns a GeoPoint the argument `system` (default WGS84) and a resolver
 * that converts the stored WGS-84 point (on the object's property of the field's name, as the read path plans
 * it) into that system. Every point the API returns takes the argument, declared in this one place, and a
 * later GeoPoint field gets it too. Each occurrence converts on its own at resolve time, so two aliases
 * asking for two systems each get theirs, while distances, `near` and matching keep using the stored WGS-84.
 * Done on the built schema rather than with type-graphql's `@Arg`: type-graphql resolves any field with an
 * argument through its (async) argument validation, even with validation off, which would make every point
 * of a page a promise; this resolver is synchronous.
 */
export function withPointSystems(schema: GraphQLSchema): void {
  const pointType = schema.getType('GeoPoint');
  const systemType = schema.getType('CoordinateSystem');
  if (!pointType || !isEnumType(systemType)) return;
  const type = new GraphQLNonNull(systemType);
  for (const owner of Object.values(schema.getTypeMap())) {
    if (!(isObjectType(owner) || isInterfaceType(owner)) || owner.name.startsWith('__')) continue;
    for (const field of Object.values(owner.getFields())) {
      if (getNamedType(field.type) !== pointType || field.args.some((a) => a.name === SYSTEM_ARGUMENT)) continue;
      field.args = [
        ...field.args,
        {
          name: SYSTEM_ARGUMENT,
          description:
            'The coordinate system to give the point in: WGS84 (GPS, the default), GCJ02 (AMap, Tencent, WeChat) or BD09 (Baidu).',
          type,
          defaultValue: CoordinateSystem.WGS84,
          deprecationReason: undefined,
          extensions: {},
          astNode: undefined,
        },
      ];
      field.description = `${field.description ?? ''} In \`system\`: WGS-84 unless asked otherwise.`.trim();
      const property = field.name;
      field.resolve = (source: Record<string, LatLng | null | undefined>, args: { system?: CoordinateSystem }) =>
        pointIn(source[property] ?? null, args.system);
    }
  }
}

@InputType({ description: 'A point as a map SDK gives it; converted to and stored as WGS-84.' })
export class GeoPointInput {
  @Field(() => Float, { description: 'Latitude in degrees, -90 to 90.' })
  lat!: number;

  @Field(() => Float, { description: 'Longitude in degrees, -180 to 180.' })
  lng!: number;

  @Field(() => CoordinateSystem, {
    defaultValue: CoordinateSystem.WGS84,
    description: 'The coordinate system of lat/lng: WGS84 (GPS), GCJ02 (AMap, Tencent) or BD09 (Baidu).',
  })
  system!: CoordinateSystem;
}

/** Validates and converts a point to WGS-84; `field` names the input in the error. */
export function parsePoint(input: GeoPointInput, field: string): LatLng {
  if (!Number.isFinite(input.lat) || input.lat < -90 || input.lat > 90) {
    throw badInput(`${field}.lat`, `Latitude must be from -90 to 90, got ${input.lat}.`);
  }
  if (!Number.isFinite(input.lng) || input.lng < -180 || input.lng > 180) {
    throw badInput(`${field}.lng`, `Longitude must be from -180 to 180, got ${input.lng}.`);
  }
  const p = toWgs84(input.system ?? CoordinateSystem.WGS84, input.lat, input.lng);
  return { lat: Math.round(p.lat * 1e7) / 1e7, lng: Math.round(p.lng * 1e7) / 1e7 };
}

/** The widest circle a search or a subscription may ask for, and a demand may reach. */
export const MAX_RADIUS_METERS = 50_000;

/** A circle (`near` of searches and subscriptions): the point in WGS-84 and a radius of up to MAX_RADIUS_METERS. */
export function parseNear(input: GeoPointInput & { radiusMeters: number }, field: string): LatLng & { radiusMeters: number } {
  const radiusMeters = input.radiusMeters;
  if (!(Number.isFinite(radiusMeters) && radiusMeters > 0 && radiusMeters <= MAX_RADIUS_METERS)) {
    throw badInput(`${field}.radiusMeters`, `"radiusMeters" must be more than 0 and at most ${MAX_RADIUS_METERS}.`);
  }
  return { ...parsePoint(input, field), radiusMeters };
}
