import type pg from 'pg';
import { fromGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import type { PostDemandInput } from '../gql/graphql.js';
import type { BuiltArea } from './builders.js';
import { placedDemand } from './demands.js';
import type { TestHub } from './server.js';

/*
 * Service orders' takes and their points, written directly with SQL: stand-ins, for the points and order
 * statistics tests, of what the service-order mutations (takeDemand, reportDemandServed, confirmDemandServed,
 * revokeDemandConfirmation) record. Everything else (areas, volunteers, demands) goes through the API.
 */

export const rowIdOf = (globalId: string) => fromGlobalId(globalId)!.id;

/** A SERVICE demand (服务订单) of `area`, posted and placed through the API at `placedAt` (the hub's clock is set to it, then back). */
export async function placedServiceOrder(hub: TestHub, area: BuiltArea, placedAt: string, patch: Partial<PostDemandInput> = {}) {
  const before = hub.clock.now();
  hub.clock.set(placedAt);
  try {
    const demand = await placedDemand(hub, area, { fulfilment: 'SERVICE', kinds: null, serviceKinds: ['ERRANDS'], title: '帮独居老人买菜', ...patch });
    return { ...demand, rowId: rowIdOf(demand.id) };
  } finally {
    hub.clock.set(before);
  }
}

export interface TakeRow {
  demandRowId: string;
  /** the taking volunteer's row id */
  volunteerRowId: string;
  status: 'TAKEN' | 'RELEASED' | 'REVOKED' | 'SERVED' | 'CONFIRMED' | 'DISPUTED';
  takenAt: string;
  servedAt?: string;
  confirmedAt?: string;
  confirmations?: number;
  /** who served and how long, in order */
  persons?: { volunteerRowId: string | null; minutes: number }[];
}

/** Inserts a volunteer's take of a demand and its people, as the service-order mutations would have left them; its row id. */
export async function insertTakeForTest(pool: pg.Pool, t: TakeRow): Promise<string> {
  const { rows } = await pool.query<{ id: string }>(
    `insert into demand_take (demand_id, area_path, taker_kind, volunteer_id, account_id, quantity, status, serve_deadline, taken_at,
       served_at, confirmed_at, confirmations, ended_at)
     select d.id, d.area_path, 'VOLUNTEER', v.id, coalesce(v.account_id, 'unclaimed'), 1, $3, (d.end_date + 1)::timestamp at time zone 'Asia/Shanghai',
       $4, $5, $6, $7, case when $3 in ('RELEASED', 'REVOKED') then $4::timestamptz end
     from demand d, volunteer v where d.id = $1 and v.id = $2
     returning id::text`,
    [t.demandRowId, t.volunteerRowId, t.status, t.takenAt, t.servedAt ?? null, t.confirmedAt ?? null, t.confirmations ?? (t.confirmedAt ? 1 : 0)],
  );
  const id = rows[0]!.id;
  for (const [i, person] of (t.persons ?? []).entries()) {
    await pool.query('insert into demand_take_person (take_id, position, volunteer_id, minutes) values ($1, $2, $3, $4)', [id, i + 1, person.volunteerRowId, person.minutes]);
  }
  return id;
}

export interface EntryRow {
  volunteerRowId: string;
  kind: 'SERVICE' | 'REVERSAL';
  points: number;
  minutes: number;
  takeRowId: string;
  round?: number;
  at: string;
}

/** Inserts a SERVICE or REVERSAL line for a take, in the take's demand's community, as a confirmation (or its revocation) would. */
export async function insertPointsEntryForTest(pool: pg.Pool, e: EntryRow): Promise<void> {
  await pool.query(
    `insert into points_entry (volunteer_id, kind, points, minutes, source_type, source_id, round, area_id, area_path, reason, actor_id, actor_role, at)
     select $1, $2, $3, $4, 'DemandTake', t.id, $5, c.id, c.path, case when $2 = 'REVERSAL' then '确认有误，撤销' end, 'test-confirmer', $6, $7
     from demand_take t join area c on t.area_path like c.path || '%' and c.kind = 'COMMUNITY'
     where t.id = $8`,
    [e.volunteerRowId, e.kind, e.points, e.minutes, e.round ?? 1, Role.COMMUNITY_ADMIN, e.at, e.takeRowId],
  );
}
