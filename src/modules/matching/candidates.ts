import { pgArray, type Sql } from '../../db/tx-query.js';
import { EARTH_RADIUS_METERS } from '../../shared/geo.js';
import type { WeeklyWindow } from '../../shared/schedule/schedule.types.js';
import { inForceSql } from '../agreements/index.js';
import { distanceSql } from '../resources/index.js';
import { neededMinutesPerWeek, offeredMinutesPerWeek, windowsCovered } from './coverage.js';
import { scorePair, type ScoreBreakdown, type UrgencyLevel } from './scoring.js';

/*
 * The candidate search (docs/architecture.md, "Matching"): one statement finds, for each open
 * demand in scope, the allocated resources near it — through the GiST index on point(lng, lat) with a box
 * around the demand's circle, never a scan of all pairs — whose kind, audience, status and agreement fit,
 * and that the demand's unit has not declined. Window coverage and the score are pure functions applied
 * to those rows (coverage.ts, scoring.ts).
 *
 * Audiences fit when the demand's audience is one the resource serves, or the resource serves
 * ALL_RESIDENTS (a resource for everyone serves every group; a resource for the elderly does not serve a
 * demand for all residents).
 */

export interface CandidateDemand {
  id: string;
  areaPath: string;
  /** quantity − accepted quantity: what is still to serve. */
  openQuantity: number;
}

export interface CandidateResource {
  id: string;
  organizationId: string;
  /** capacity − accepted quantity. */
  free: number;
}

export interface CandidatePair {
  demandId: string;
  resourceId: string;
  agreementId: string;
  agreementItemId: string;
  /** min(committed quantity, capacity) − accepted quantity on the resource, at least 0. */
  capacity: number;
  score: number;
  explanation: ScoreBreakdown & { meters: number };
}

export interface CandidateSet {
  demands: CandidateDemand[];
  resources: CandidateResource[];
  pairs: CandidatePair[];
}

interface Row {
  demand_id: string;
  demand_area_path: string;
  open_quantity: number;
  demand_kinds: string[];
  demand_windows: WeeklyWindow[];
  radius_meters: number;
  urgency: UrgencyLevel;
  placed_at: Date;
  resource_id: string | null;
  organization_id: string | null;
  resource_kind: string | null;
  capacity: number | null;
  accepted_quantity: number | null;
  resource_windows: WeeklyWindow[] | null;
  item_id: string | null;
  agreement_id: string | null;
  committed_quantity: number | null;
  item_windows: WeeklyWindow[] | null;
  meters: number | null;
}

const DEG = 180 / Math.PI;

/**
 * The box around a circle (centre `lat`, `lng`, `radius` metres, all SQL expressions), slightly larger, for
 * the GiST index on point(lng, lat): its half-height in degrees is radius / R; its half-width grows with
 * 1 / cos(latitude).
 */
export function boxAroundSql(lat: string, lng: string, radius: string): string {
  const dLat = `(${radius} * 1.01 / ${EARTH_RADIUS_METERS} * ${DEG})`;
  const dLng = `(${dLat} / greatest(cos(radians(abs(${lat}) + ${dLat})), 0.01))`;
  return `box(point(${lng} - ${dLng}, ${lat} - ${dLat}), point(${lng} + ${dLng}, ${lat} + ${dLat}))`;
}

/**
 * The rules of a candidate pair that are about resource `r` and demand `d` alone (besides place, agreement
 * and windows): r is PUBLISHED, ALLOCATED, has a capacity, is of a kind d accepts, serves d's audience, and
 * d's unit has not declined the pair.
 */
export function resourceFitsSql(d: string, r: string): string {
  return `${r}.status = 'PUBLISHED' and ${r}.access_mode = 'ALLOCATED' and ${r}.capacity is not null and ${r}.kind = any(${d}.kinds)
          and (${d}.audience = any(${r}.audiences) or 'ALL_RESIDENTS' = any(${r}.audiences))
          and not exists (select 1 from declined_pair dp where dp.demand_id = ${d}.id and dp.resource_id = ${r}.id)`;
}

/**
 * Open demands below `scopePath` (RESOURCE demands, never service orders; PLACED or PARTIALLY_MATCHED, not past their end date on `today`, some
 * quantity still to serve; of `kinds`, when given) and their candidate pairs. Runs through `sql`, so inside
 * the caller's transaction.
 */
export async function findCandidates(
  sql: Sql,
  input: {
    scopePath: string;
    kinds: string[] | null;
    today: string;
    now: Date;
    /** Only these demands (still subject to every other rule); the incremental matcher's component. */
    demandIds?: readonly string[] | null;
    /** Only pairs with these resources. */
    resourceIds?: readonly string[] | null;
  },
): Promise<CandidateSet> {
  // the incremental matcher's shape (its component's demands) is a named prepared statement, planned once;
  // a search of a whole scope is planned for its values each time
  const params: unknown[] = [];
  const add = (v: unknown) => (params.push(v), `$${params.length}`);
  const today = `${add(input.today)}::date`;
  const scope = add(`${input.scopePath}%`);
  const kindFilter = input.kinds ? `and d.kinds && ${add(pgArray(input.kinds))}::text[]` : '';
  const demandFilter = input.demandIds ? `and d.id = any(${add(pgArray(input.demandIds))}::bigint[])` : '';
  const resourceKindFilter = input.kinds ? `and r.kind = any(${add(pgArray(input.kinds))}::text[])` : '';
  const resourceFilter = input.resourceIds ? `and r.id = any(${add(pgArray(input.resourceIds))}::bigint[])` : '';
  const text = `
    with p as (select ${today} as today),
    dem as (
      select d.id, d.area_path, d.kinds, d.windows, d.lat, d.lng, d.radius_meters, d.audience, d.urgency,
             d.quantity - d.accepted_quantity as open_quantity, coalesce(d.placed_at, d.created_at) as placed_at
      from demand d cross join p
      where d.area_path like ${scope} and d.fulfilment = 'RESOURCE' and d.status in ('PLACED','PARTIALLY_MATCHED') and d.end_date >= p.today
        and d.quantity > d.accepted_quantity ${kindFilter} ${demandFilter}
    )
    select dem.id::text as demand_id, dem.area_path as demand_area_path, dem.open_quantity, dem.kinds as demand_kinds,
           dem.windows as demand_windows, dem.radius_meters, dem.urgency, dem.placed_at,
           c.resource_id, c.organization_id, c.resource_kind, c.capacity, c.accepted_quantity, c.resource_windows,
           c.item_id, c.agreement_id, c.committed_quantity, c.item_windows, c.meters
    from dem cross join p
    left join lateral (
      select r.id::text as resource_id, r.organization_id::text as organization_id, r.kind as resource_kind,
             r.capacity, r.accepted_quantity, r.windows as resource_windows, i.id::text as item_id,
             i.agreement_id::text as agreement_id, i.committed_quantity, i.windows as item_windows, r.meters
      from (
        -- location first: the resources in the demand's box (GiST on point(lng, lat)) and circle that fit it;
        -- "offset 0" keeps this subquery whole, so the planner cannot start from the agreements instead
        -- (without statistics it looped over every agreement in force and probed the box for each)
        select r.id, r.organization_id, r.kind, r.capacity, r.accepted_quantity, r.windows, dist.meters
        from resource r
        cross join lateral (select ${distanceSql('dem.lat', 'dem.lng')} as meters) dist
        where point(r.lng, r.lat) <@ ${boxAroundSql('dem.lat', 'dem.lng', 'dem.radius_meters')}
          and dist.meters <= dem.radius_meters
          and ${resourceFitsSql('dem', 'r')} ${resourceKindFilter} ${resourceFilter}
        offset 0
      ) r
      join agreement_item i on i.resource_id = r.id
      -- then each item's agreement by its key; "offset 0" keeps the EXISTS a per-row check (no semi-join
      -- the planner could turn around)
      where exists (select 1 from sharing_agreement a
                    where a.id = i.agreement_id and a.discarded_at is null and ${inForceSql('a', 'p.today')}
                      and starts_with(dem.area_path, a.area_path)
                    offset 0)
    ) c on true
    order by dem.id, c.resource_id, c.item_id`;
  return buildCandidates(await sql<Row>(text, params, { prepare: !!input.demandIds }), input.now);
}

function buildCandidates(rows: Row[], now: Date): CandidateSet {
  const demands = new Map<string, CandidateDemand>();
  const resources = new Map<string, CandidateResource>();
  const best = new Map<string, CandidatePair>();
  for (const row of rows) {
    if (!demands.has(row.demand_id)) {
      demands.set(row.demand_id, { id: row.demand_id, areaPath: row.demand_area_path, openQuantity: row.open_quantity });
    }
    if (row.resource_id === null) continue;
    if (!windowsCovered(row.demand_windows, row.resource_windows!, row.item_windows!)) continue;
    const free = Math.max(0, row.capacity! - row.accepted_quantity!);
    if (!resources.has(row.resource_id)) resources.set(row.resource_id, { id: row.resource_id, organizationId: row.organization_id!, free });
    const capacity = Math.max(0, Math.min(row.committed_quantity ?? row.capacity!, row.capacity!) - row.accepted_quantity!);
    const breakdown = scorePair({
      demandKinds: row.demand_kinds,
      resourceKind: row.resource_kind!,
      meters: row.meters!,
      radiusMeters: row.radius_meters,
      neededMinutes: neededMinutesPerWeek(row.demand_windows),
      offeredMinutes: offeredMinutesPerWeek(row.resource_windows!, row.item_windows!),
      urgency: row.urgency,
      placedAt: new Date(row.placed_at),
      now,
    });
    const pair: CandidatePair = {
      demandId: row.demand_id,
      resourceId: row.resource_id,
      agreementId: row.agreement_id!,
      agreementItemId: row.item_id!,
      capacity,
      score: breakdown.total,
      explanation: { ...breakdown, meters: Math.round(row.meters!) },
    };
    // several agreements may cover one pair (the community's and the street's): keep the one that carries
    // most, then the best score, then the lowest item id (rows come in item id order)
    const key = `${row.demand_id}:${row.resource_id}`;
    const held = best.get(key);
    if (!held || pair.capacity > held.capacity || (pair.capacity === held.capacity && pair.score > held.score)) best.set(key, pair);
  }
  return { demands: [...demands.values()], resources: [...resources.values()], pairs: [...best.values()] };
}
