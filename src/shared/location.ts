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

/**
 * The argument of every field returning a GeoPoint (`location(system: GCJ02)`): each occurrence of the field
 * converts the stored WGS-84 point at resolve time, so two aliases asking for two systems each get theirs,
 * and distances, filters and matching keep working on the stored WGS-84.
 */
export const SYSTEM_ARG = {
  defaultValue: CoordinateSystem.WGS84,
  description: 'The coordinate system to give the point in: WGS84 (GPS, the default), GCJ02 (AMap, Tencent, WeChat) or BD09 (Baidu).',
} as const;

/** A stored WGS-84 point as a GeoPoint in `system` (WGS-84 when not given); null stays null. */
export function pointIn(point: LatLng, system: CoordinateSystem | undefined): GeoPoint;
export function pointIn(point: LatLng | null, system: CoordinateSystem | undefined): GeoPoint | null;
export function pointIn(point: LatLng | null, system = CoordinateSystem.WGS84): GeoPoint | null {
  if (point === null) return null;
  if (system === CoordinateSystem.WGS84) return { lat: point.lat, lng: point.lng, system };
  const p = fromWgs84(system, point.lat, point.lng);
  return { lat: p.lat, lng: p.lng, system };
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
