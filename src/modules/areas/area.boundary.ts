import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { area as areaOf } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { buffer } from '@turf/buffer';
import { difference } from '@turf/difference';
import { feature, featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { kinks } from '@turf/kinks';
import { pointToPolygonDistance } from '@turf/point-to-polygon-distance';
import { badInput } from '../../shared/errors.js';
import { fromWgs84, toWgs84, type LatLng } from '../../shared/geo.js';
import { CoordinateSystem } from '../../shared/location.js';

/*
 * Area boundaries (README, "Area boundaries"): a GeoJSON Polygon or MultiPolygon, given in WGS-84, GCJ-02 or BD-09
 * as points are, stored in WGS-84 ([lng, lat] positions, 7 decimals as points are) with its bounding box. The
 * geometry is Turf's (its modules, pinned in package.json); this file only says what is valid and what conflicts.
 */

/** A stored boundary: WGS-84, [lng, lat] positions. */
export type Boundary = Polygon | MultiPolygon;

/** The bounding box of a boundary, stored beside it for the SQL filter of areasAt and of the sibling check. */
export interface BoundaryBox {
  minLat: number;
  minLng: number;
  maxLat: number;
  maxLng: number;
}

/** Positions one boundary may hold, counted over every ring (closing positions included). */
export const MAX_BOUNDARY_VERTICES = 10_000;

/** Less than this (m²) a ring does not enclose: its positions are on one line (on the sphere, nearly). */
const MIN_RING_SQUARE_METERS = 1;

/** Overlaps and outside parts smaller than this (m²) are rounding, not geography: two edges drawn on one line. */
const NEGLIGIBLE_SQUARE_METERS = 0.01;

const round7 = (x: number) => Math.round(x * 1e7) / 1e7;
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Validates a boundary a client gives (a Polygon or MultiPolygon, or a Feature holding one, as map tools export
 * them) and converts every vertex from `system` to WGS-84. BAD_USER_INPUT, naming the place under `field`, when
 * it is another type, a ring is not closed or has fewer than 4 positions, a position is not [lng, lat] in range,
 * it holds more than MAX_BOUNDARY_VERTICES positions, or it intersects itself (rings crossing or touching, a hole
 * outside its polygon, polygons of a MultiPolygon inside one another).
 */
export function parseBoundary(input: { system?: CoordinateSystem | null; geojson: unknown }, field: string): Boundary {
  let geometry = input.geojson;
  let at = `${field}.geojson`;
  if (isRecord(geometry) && geometry.type === 'Feature') {
    geometry = geometry.geometry;
    at = `${at}.geometry`;
  }
  if (!isRecord(geometry) || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
    const type = isRecord(geometry) ? JSON.stringify(geometry.type ?? null) : typeof geometry;
    throw badInput(`${at}.type`, `A boundary is a GeoJSON Polygon or MultiPolygon, got ${type}.`);
  }
  const multi = geometry.type === 'MultiPolygon';
  const polygons = arrayAt(geometry.coordinates, `${at}.coordinates`, 1);
  const rawPolygons = (multi ? polygons : [polygons]).map((p, i) => arrayAt(p, multi ? `${at}.coordinates[${i}]` : `${at}.coordinates`, 1));
  let vertices = 0;
  rawPolygons.forEach((rings, i) =>
    rings.forEach((ring, j) => {
      vertices += arrayAt(ring, ringPath(at, multi, i, j), 4).length;
    }),
  );
  if (vertices > MAX_BOUNDARY_VERTICES) {
    throw badInput(`${at}.coordinates`, `A boundary holds at most ${MAX_BOUNDARY_VERTICES} positions, got ${vertices}.`);
  }
  const system = input.system ?? CoordinateSystem.WGS84;
  const converted = rawPolygons.map((rings, i) => rings.map((ring, j) => parseRing(ring as unknown[], system, ringPath(at, multi, i, j))));
  const boundary: Boundary = multi ? { type: 'MultiPolygon', coordinates: converted } : { type: 'Polygon', coordinates: converted[0]! };
  const crossing = kinks(boundary).features[0];
  if (crossing) {
    const [lng, lat] = crossing.geometry.coordinates;
    throw badInput(`${at}.coordinates`, `A boundary may not intersect itself; its edges cross or touch at lat ${lat}, lng ${lng} (WGS-84).`);
  }
  converted.forEach((rings, i) => {
    rings.forEach((ring, j) => {
      if (!(areaOf({ type: 'Polygon', coordinates: [ring] }) >= MIN_RING_SQUARE_METERS)) {
        throw badInput(ringPath(at, multi, i, j), `A ring must enclose at least ${MIN_RING_SQUARE_METERS} m²; its positions lie on one line or nearly.`);
      }
    });
    const shell: Polygon = { type: 'Polygon', coordinates: [rings[0]!] };
    rings.slice(1).forEach((hole, j) => {
      if (!booleanPointInPolygon(hole[0]!, shell)) throw badInput(ringPath(at, multi, i, j + 1), 'A hole lies outside its polygon.');
    });
    converted.forEach((other, k) => {
      if (k !== i && booleanPointInPolygon(rings[0]![0]!, { type: 'Polygon', coordinates: other })) {
        throw badInput(`${at}.coordinates[${i}]`, `Polygon ${i} of the MultiPolygon lies inside polygon ${k}.`);
      }
    });
  });
  return boundary;
}

function ringPath(at: string, multi: boolean, polygon: number, ring: number): string {
  return multi ? `${at}.coordinates[${polygon}][${ring}]` : `${at}.coordinates[${ring}]`;
}

function arrayAt(value: unknown, field: string, min: number): unknown[] {
  if (!Array.isArray(value)) throw badInput(field, 'Expected an array, as GeoJSON nests its coordinates.');
  if (value.length < min) {
    throw badInput(field, min === 4 ? `A ring has at least 4 positions (the last repeating the first), got ${value.length}.` : 'Expected at least one element.');
  }
  return value;
}

/** One ring: closed, every position [lng, lat] (an altitude is dropped) in range, converted to WGS-84. */
function parseRing(ring: unknown[], system: CoordinateSystem, field: string): Position[] {
  const positions = ring.map((p, k) => {
    if (!Array.isArray(p) || p.length < 2 || p.length > 3 || !p.every((x) => typeof x === 'number' && Number.isFinite(x))) {
      throw badInput(`${field}[${k}]`, 'A position is [longitude, latitude] in degrees (an altitude may follow).');
    }
    const [lng, lat] = p as number[];
    if (lng! < -180 || lng! > 180) throw badInput(`${field}[${k}]`, `Longitude must be from -180 to 180, got ${lng}.`);
    if (lat! < -90 || lat! > 90) throw badInput(`${field}[${k}]`, `Latitude must be from -90 to 90, got ${lat}.`);
    return [lng!, lat!] as const;
  });
  const first = positions[0]!;
  const last = positions[positions.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) throw badInput(field, 'A ring must be closed: its last position repeats its first.');
  return positions.map(([lng, lat]) => {
    const p = toWgs84(system, lat, lng);
    return [round7(p.lng), round7(p.lat)];
  });
}

/** The bounding box of a boundary. */
export function boxOf(boundary: Boundary): BoundaryBox {
  const box = { minLat: Infinity, minLng: Infinity, maxLat: -Infinity, maxLng: -Infinity };
  const rings = boundary.type === 'Polygon' ? boundary.coordinates : boundary.coordinates.flat();
  for (const ring of rings) {
    for (const [lng, lat] of ring) {
      box.minLat = Math.min(box.minLat, lat!);
      box.maxLat = Math.max(box.maxLat, lat!);
      box.minLng = Math.min(box.minLng, lng!);
      box.maxLng = Math.max(box.maxLng, lng!);
    }
  }
  return box;
}

/** A stored boundary with every vertex in `system`. */
export function boundaryIn(boundary: Boundary, system: CoordinateSystem): Boundary {
  if (system === CoordinateSystem.WGS84) return boundary;
  const ring = (r: Position[]) => r.map(([lng, lat]) => {
    const p = fromWgs84(system, lat!, lng!);
    return [round7(p.lng), round7(p.lat)];
  });
  return boundary.type === 'Polygon'
    ? { type: 'Polygon', coordinates: boundary.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: boundary.coordinates.map((p) => p.map(ring)) };
}

/** Does `boundary` hold the point? A point on an edge does. */
export function boundaryHolds(boundary: Boundary, point: LatLng): boolean {
  return booleanPointInPolygon([point.lng, point.lat], boundary);
}

/** Is the point more than `toleranceM` metres outside `boundary`? */
export function pointBeyond(boundary: Boundary, point: LatLng, toleranceM: number): boolean {
  if (boundaryHolds(boundary, point)) return false;
  return pointToPolygonDistance([point.lng, point.lat], boundary, { units: 'meters' }) > toleranceM;
}

/** `boundary` grown (or, for a negative distance, shrunk) by `meters`; null when shrinking leaves nothing. */
function grown(boundary: Boundary, meters: number): Feature<Polygon | MultiPolygon> | null {
  if (meters === 0) return feature(boundary);
  const result = buffer(feature(boundary), meters, { units: 'meters' });
  return result && result.geometry ? (result as Feature<Polygon | MultiPolygon>) : null;
}

const substantial = (f: Feature<Polygon | MultiPolygon> | null) => f !== null && areaOf(f) > NEGLIGIBLE_SQUARE_METERS;

/**
 * Does `inner` reach more than `toleranceM` metres outside `outer`: is some point of it farther than that from
 * `outer`? Measured as: `inner` less `outer` grown by the tolerance (Turf's buffer) leaves a part.
 */
export function reachesOutside(inner: Boundary, outer: Boundary, toleranceM: number): boolean {
  const allowed = grown(outer, toleranceM);
  if (!allowed) return true;
  return substantial(difference(featureCollection([feature(inner), allowed])));
}

/**
 * Do `a` and `b` overlap by more than `toleranceM` metres: does a point they share lie deeper than that inside
 * either of them? An overlap is tolerated while every point of it lies within the tolerance of both edges (two
 * sources drawing one street line a few metres apart). Measured as: the overlap (Turf's intersect) meets `a` or
 * `b` shrunk by the tolerance.
 */
export function overlapsBeyond(a: Boundary, b: Boundary, toleranceM: number): boolean {
  const overlap = intersect(featureCollection([feature(a), feature(b)]));
  if (!substantial(overlap)) return false;
  return [a, b].some((one) => {
    const core = grown(one, -toleranceM);
    return core !== null && substantial(intersect(featureCollection([overlap!, core])));
  });
}
