/**
 * Coordinate systems used by Chinese map services, and great-circle distance.
 *
 * GCJ-02 is the obfuscated datum required for maps published in mainland China (AMap, Tencent, Apple
 * Maps in China); BD-09 is Baidu's extra offset on top of GCJ-02. We store WGS-84 only and convert at
 * the edge. The forward transforms are the widely published ones; the inverses are solved numerically.
 */

export type CoordinateSystem = 'WGS84' | 'GCJ02' | 'BD09';

export interface LatLng {
  lat: number;
  lng: number;
}

/**
 * Mean earth radius (IUGG R1) used by greatCircleMeters. PostgreSQL's earthdistance extension uses
 * 6378168 m unless `earth()` is redefined, so any SQL distance (or a radius filter that must agree with
 * this function) has to use this constant explicitly, e.g. haversine in SQL with this radius.
 */
export const EARTH_RADIUS_METERS = 6_371_008.8;

// krasovsky 1940 ellipsoid, as in the original GCJ-02 algorithm
const KRASOVSKY_A = 6_378_245.0;
const KRASOVSKY_EE = 0.00669342162296594323;
const BD_X_PI = (Math.PI * 3000.0) / 180.0;

// tolerance for the numerical inverses: 1e-10 degree is about 0.01 mm
const INVERSE_EPSILON_DEG = 1e-10;
const INVERSE_MAX_ITERATIONS = 30;

/** The rough bounding box the GCJ-02 algorithm applies to; outside it GCJ-02 equals WGS-84. */
function outOfChina(lat: number, lng: number): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function transformLat(x: number, y: number): number {
  let r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320.0 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  return r;
}

function transformLng(x: number, y: number): number {
  let r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  return r;
}

export function wgs84ToGcj02(lat: number, lng: number): LatLng {
  if (outOfChina(lat, lng)) return { lat, lng };
  const radLat = (lat / 180.0) * Math.PI;
  const magic = 1 - KRASOVSKY_EE * Math.sin(radLat) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  const dLat =
    (transformLat(lng - 105.0, lat - 35.0) * 180.0) /
    (((KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * sqrtMagic)) * Math.PI);
  const dLng =
    (transformLng(lng - 105.0, lat - 35.0) * 180.0) /
    ((KRASOVSKY_A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return { lat: lat + dLat, lng: lng + dLng };
}

export function gcj02ToBd09(lat: number, lng: number): LatLng {
  const z = Math.sqrt(lng * lng + lat * lat) + 0.00002 * Math.sin(lat * BD_X_PI);
  const theta = Math.atan2(lat, lng) + 0.000003 * Math.cos(lng * BD_X_PI);
  return { lat: z * Math.sin(theta) + 0.006, lng: z * Math.cos(theta) + 0.0065 };
}

/**
 * Solves forward(x) = target by fixed-point iteration from `start`. Both offsets are small and smooth
 * (their derivative is far below 1), so each step shrinks the error by orders of magnitude; it
 * converges in a handful of iterations to well under a millimetre.
 */
function invert(forward: (lat: number, lng: number) => LatLng, target: LatLng, start: LatLng): LatLng {
  let lat = start.lat;
  let lng = start.lng;
  for (let i = 0; i < INVERSE_MAX_ITERATIONS; i++) {
    const f = forward(lat, lng);
    const dLat = f.lat - target.lat;
    const dLng = f.lng - target.lng;
    lat -= dLat;
    lng -= dLng;
    if (Math.abs(dLat) < INVERSE_EPSILON_DEG && Math.abs(dLng) < INVERSE_EPSILON_DEG) break;
  }
  return { lat, lng };
}

export function gcj02ToWgs84(lat: number, lng: number): LatLng {
  if (outOfChina(lat, lng)) return { lat, lng };
  return invert(wgs84ToGcj02, { lat, lng }, { lat, lng });
}

export function bd09ToGcj02(lat: number, lng: number): LatLng {
  // the usual closed-form approximation is a good first guess; iteration makes it exact
  const x = lng - 0.0065;
  const y = lat - 0.006;
  const z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * BD_X_PI);
  const theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * BD_X_PI);
  const guess = { lat: z * Math.sin(theta), lng: z * Math.cos(theta) };
  return invert(gcj02ToBd09, { lat, lng }, guess);
}

export function bd09ToWgs84(lat: number, lng: number): LatLng {
  const gcj = bd09ToGcj02(lat, lng);
  return gcj02ToWgs84(gcj.lat, gcj.lng);
}

export function toWgs84(system: CoordinateSystem, lat: number, lng: number): LatLng {
  switch (system) {
    case 'WGS84':
      return { lat, lng };
    case 'GCJ02':
      return gcj02ToWgs84(lat, lng);
    case 'BD09':
      return bd09ToWgs84(lat, lng);
  }
}

/** A WGS-84 point in `system`, by the forward transforms (closed form, so exact to their definition). */
export function fromWgs84(system: CoordinateSystem, lat: number, lng: number): LatLng {
  switch (system) {
    case 'WGS84':
      return { lat, lng };
    case 'GCJ02':
      return wgs84ToGcj02(lat, lng);
    case 'BD09': {
      const gcj = wgs84ToGcj02(lat, lng);
      return gcj02ToBd09(gcj.lat, gcj.lng);
    }
  }
}

/** Haversine distance in metres on a sphere of radius EARTH_RADIUS_METERS. */
export function greatCircleMeters(a: LatLng, b: LatLng): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLng = (b.lng - a.lng) * toRad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLng / 2) ** 2;
  // clamp: rounding can push h a hair above 1 for antipodal points
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.sqrt(Math.min(1, h)));
}
