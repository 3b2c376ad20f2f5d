import { Field, Float, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { badInput } from './errors.js';
import { toWgs84 } from './geo.js';

/** The coordinate system a client's point is given in; everything is stored as WGS-84. */
export enum CoordinateSystem {
  WGS84 = 'WGS84',
  GCJ02 = 'GCJ02',
  BD09 = 'BD09',
}

registerEnumType(CoordinateSystem, {
  name: 'CoordinateSystem',
  description: 'The datum of a point given by a client.',
  valuesConfig: {
    WGS84: { description: 'GPS coordinates; what the hub stores.' },
    GCJ02: { description: 'China\'s GCJ-02, as AMap (高德) and Tencent maps give.' },
    BD09: { description: 'Baidu\'s BD-09.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A point on the map, WGS-84 (as GPS reports it).' })
export class GeoPoint {
  @Field(() => Float, { description: 'Latitude in degrees, WGS-84.' })
  lat!: number;

  @Field(() => Float, { description: 'Longitude in degrees, WGS-84.' })
  lng!: number;
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
export function parsePoint(input: GeoPointInput, field: string): GeoPoint {
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
export function parseNear(input: GeoPointInput & { radiusMeters: number }, field: string): GeoPoint & { radiusMeters: number } {
  const radiusMeters = input.radiusMeters;
  if (!(Number.isFinite(radiusMeters) && radiusMeters > 0 && radiusMeters <= MAX_RADIUS_METERS)) {
    throw badInput(`${field}.radiusMeters`, `"radiusMeters" must be more than 0 and at most ${MAX_RADIUS_METERS}.`);
  }
  return { ...parsePoint(input, field), radiusMeters };
}
