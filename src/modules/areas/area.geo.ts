import type { EntityManager } from '@mikro-orm/core';
import type pg from 'pg';
import type { Context } from '../../context.js';
import { badInput, userError, type UserError } from '../../shared/errors.js';
import type { LatLng } from '../../shared/geo.js';
import { byIdLoader } from '../../read/by-id.js';
import { selectAll, readAll } from '../../read/compile.js';
import { boundaryHolds, overlapsBeyond, pointBeyond, reachesOutside, type Boundary, type BoundaryBox } from './area.boundary.js';
import type { AreaEntity } from './area.entity.js';
import { AreaKind } from './area.enums.js';
import { AREA } from './area.reads.js';
import type { Area } from './area.type.js';

/*
 * The database side of boundaries: the conflicts createArea and updateArea refuse (AREA_BOUNDARY_CONFLICT), and
 * areasAt, which createResource and postDemand also use to place what omits its area. Boxes are filtered in SQL
 * (PostgreSQL's box type, GiST-indexed by Migration20261202120000_area_boundary), polygons tested in code.
 */

/** The box expression the GiST index is on; `a` is the area's alias. */
const BOX = (a: string) => `box(point(${a}.min_lng, ${a}.min_lat), point(${a}.max_lng, ${a}.max_lat))`;

const conflict = (message: string) => userError('AREA_BOUNDARY_CONFLICT', message, 'input.boundary');

/**
 * Why `boundary`, for the area `selfId` (null while creating it) below `parentId`, may not be stored; null when
 * it may. Against the live bounded areas around it, read in one statement: the parent (the boundary may reach
 * at most `toleranceM` outside it), the siblings whose boxes meet its box (it may overlap each by at most
 * `toleranceM`: areaBoundary.overlapsBeyond), and its own children (each must stay within `toleranceM` of it).
 */
export async function boundaryConflict(
  em: EntityManager,
  place: { parentId: string | null; selfId: string | null },
  boundary: Boundary,
  box: BoundaryBox,
  toleranceM: number,
): Promise<UserError | null> {
  const rows: { id: string; name: string; role: 'parent' | 'sibling' | 'child'; boundary: Boundary }[] = await em.getConnection().execute(
    `select a.id::text as id, a.name, a.boundary,
            case when a.id = ?::bigint then 'parent' when a.parent_id = ?::bigint then 'child' else 'sibling' end as role
     from area a
     where a.boundary is not null and a.retired_at is null and (
       a.id = ?::bigint
       or a.parent_id = ?::bigint
       or (a.parent_id = ?::bigint and a.id is distinct from ?::bigint and ${BOX('a')} && box(point(?, ?), point(?, ?))))
     order by a.id`,
    [
      place.parentId, place.selfId, place.parentId, place.selfId, place.parentId, place.selfId,
      box.minLng, box.minLat, box.maxLng, box.maxLat,
    ],
    'all',
    em.getTransactionContext(),
  );
  try {
    return conflictAmong(rows, boundary, toleranceM);
  } catch (error) {
    // Turf gave up on a geometry parseBoundary let through (e.g. one spanning half the globe): the input's fault
    throw badInput('input.boundary', `The boundary could not be checked against its neighbours: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function conflictAmong(
  rows: { name: string; role: 'parent' | 'sibling' | 'child'; boundary: Boundary }[],
  boundary: Boundary,
  toleranceM: number,
): UserError | null {
  const parent = rows.find((r) => r.role === 'parent');
  if (parent && reachesOutside(boundary, parent.boundary, toleranceM)) {
    return conflict(`The boundary reaches more than ${toleranceM} m outside its parent's, ${parent.name}.`);
  }
  for (const child of rows.filter((r) => r.role === 'child')) {
    if (reachesOutside(child.boundary, boundary, toleranceM)) {
      return conflict(`The area's child ${child.name} would reach more than ${toleranceM} m outside this boundary.`);
    }
  }
  for (const sibling of rows.filter((r) => r.role === 'sibling')) {
    if (overlapsBeyond(boundary, sibling.boundary, toleranceM)) {
      return conflict(`The boundary overlaps its sibling ${sibling.name}'s by more than ${toleranceM} m.`);
    }
  }
  return null;
}

/** Areas' boundaries by id, read only when `Area.boundary` is asked for (they may be large); null when none. */
export function areaBoundaryLoader(pool: pg.Pool) {
  return byIdLoader<{ id: string; boundary: Boundary | null }, Boundary | null>(
    pool,
    'select id::text as id, boundary from area where id = any($1::bigint[])',
    (row) => row.boundary,
  );
}

const AREA_COLUMNS = selectAll(AREA, 'a');
const toArea = readAll(AREA);

/**
 * The chain of live areas holding `point`, the district first and the deepest last, in one statement: the live
 * bounded areas whose box holds the point (SQL, on the GiST index), with every ancestor of theirs and the
 * district; then the exact test in code (a point on an edge is inside). The deepest area whose boundary holds
 * the point (the lower id among equals, as on an edge two siblings share) ends the chain, and its ancestors fill
 * it whether they have boundaries or not, so the chain stays connected. With no bounded area holding the point,
 * the chain is the district alone; it is empty when the district has a boundary that does not hold it.
 */
export async function areasAt(pool: pg.Pool, point: LatLng): Promise<Area[]> {
  const { rows } = await pool.query<Record<string, unknown> & { hit: Boundary | null; bounded: boolean }>(
    `with hits as (
       select a.id, a.path, a.boundary from area a
       where a.boundary is not null and a.retired_at is null and ${BOX('a')} @> box(point($1, $2), point($1, $2))
     )
     select ${AREA_COLUMNS}, h.boundary as hit, a.boundary is not null as bounded
     from area a left join hits h on h.id = a.id
     where a.retired_at is null and (
       h.id is not null or a.parent_id is null
       or a.id in (select step::bigint from hits, unnest(string_to_array(trim(both '/' from hits.path), '/')) as step))
     order by a.id`,
    [point.lng, point.lat],
  );
  const areas = new Map(rows.map((row) => [String(row.id), { area: toArea(row), hit: row.hit, bounded: row.bounded }]));
  const district = [...areas.values()].find((a) => a.area.parentRowId === null);
  if (!district) return [];
  const holding = [...areas.values()].filter((a) => a.hit !== null && boundaryHolds(a.hit, point));
  if (district.bounded && !holding.includes(district)) return [];
  const depth = (a: Area) => a.path.split('/').length;
  // rows come in id order, so the first of the deepest is the one of the lowest id
  const deepest = holding.reduce<Area | null>((best, a) => (best === null || depth(a.area) > depth(best) ? a.area : best), null);
  if (!deepest) return [district.area];
  return deepest.path.split('/').filter(Boolean).flatMap((id) => areas.get(id)?.area ?? []);
}

/**
 * Where something at `point` belongs when its input names no area (createResource, postDemand): the deepest
 * grid of areasAt's chain, else its community; null when the chain reaches no community.
 */
export async function areaAtPoint(ctx: Context, point: LatLng): Promise<Area | null> {
  const chain = await areasAt(ctx.app.db.pool, point);
  return chain.findLast((a) => a.kind === AreaKind.GRID) ?? chain.find((a) => a.kind === AreaKind.COMMUNITY) ?? null;
}

/**
 * POINT_OUTSIDE_AREA, naming `field`, when the named `area` has a boundary and `point` lies more than
 * AREA_BOUNDARY_TOLERANCE_M outside it; null otherwise (an area without a boundary holds any point).
 */
export function pointOutsideArea(ctx: Context, area: AreaEntity, point: LatLng, field: string): UserError | null {
  if (!area.boundary || !pointBeyond(area.boundary, point, ctx.app.config.areaBoundaryToleranceM)) return null;
  return userError(
    'POINT_OUTSIDE_AREA',
    `The location lies more than ${ctx.app.config.areaBoundaryToleranceM} m outside ${area.name}'s boundary.`,
    field,
  );
}

/** The userError of an input that names no area when no community's boundary holds its point. */
export function noAreaAtPoint(field: string): UserError {
  return userError('AREA_NOT_FOUND_AT_POINT', 'No community\'s boundary holds the location: name the area.', field);
}
