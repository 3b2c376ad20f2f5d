import type pg from 'pg';
import { byIdLoader } from '../../read/by-id.js';
import { listLoader } from '../../read/list-loader.js';
import { keysetPage, parsePageArgs, type PageArgs } from '../../read/page.js';
import { SqlParams } from '../../read/params.js';
import { toGlobalId } from '../../shared/global-id.js';
import type { Connection } from '../../shared/relay.js';
import type { Viewer } from '../../shared/viewer.js';
import type { DemandTakeAction, DemandTakeStatus, TakerKind } from './demand.enums.js';
import { demandVisibleSql, viewerTakesSql } from './demand.rules.js';
import { DemandTake, DemandTakePerson, type DemandTakeHistoryEntry } from './demand-take.type.js';

/*
 * Takes through the lean read path: by id (visible to whoever sees the order and to the taker), by order (a
 * field of a visible order), their people and history (fields of a visible take), and the viewer's own.
 */

const TAKE_COLUMNS = `t.id::text as id, t.demand_id::text as demand_id, t.area_path, t.taker_kind, t.volunteer_id::text as volunteer_id,
  t.team_id::text as team_id, t.organization_id::text as organization_id, t.quantity, t.status, t.taken_at, t.serve_deadline,
  t.serve_overdue_at, t.served_at, t.service_note, t.confirmed_at, t.reason`;

interface TakeRow {
  id: string;
  demand_id: string;
  area_path: string;
  taker_kind: TakerKind;
  volunteer_id: string | null;
  team_id: string | null;
  organization_id: string | null;
  quantity: number;
  status: DemandTakeStatus;
  taken_at: Date;
  serve_deadline: Date;
  serve_overdue_at: Date | null;
  served_at: Date | null;
  service_note: string | null;
  confirmed_at: Date | null;
  reason: string | null;
}

function toTake(row: TakeRow): DemandTake {
  const take = Object.create(DemandTake.prototype) as DemandTake;
  return Object.assign(take, {
    __typename: 'DemandTake' as const,
    id: toGlobalId('DemandTake', row.id),
    rowId: row.id,
    demandRowId: row.demand_id,
    areaPath: row.area_path,
    volunteerRowId: row.volunteer_id,
    teamRowId: row.team_id,
    organizationRowId: row.organization_id,
    serveOverdueAt: row.serve_overdue_at,
    takerKind: row.taker_kind,
    quantity: row.quantity,
    status: row.status,
    takenAt: row.taken_at,
    serveDeadline: row.serve_deadline,
    servedAt: row.served_at,
    serviceNote: row.service_note,
    confirmedAt: row.confirmed_at,
    reason: row.reason,
  });
}

/** The predicate a viewer's takes satisfy: its order visible to them, or they are its taker. */
function takeVisibleSql(viewer: Viewer, p: SqlParams, now: Date): string {
  const mine = viewerTakesSql(viewer, p, true);
  return `(exists (select 1 from demand d where d.id = t.demand_id and ${demandVisibleSql(viewer, p, 'd', now)})${mine === null ? '' : ` or ${mine}`})`;
}

export function demandTakeByIdLoader(pool: pg.Pool, viewer: Viewer, now: Date) {
  const p = new SqlParams([null]);
  const visible = takeVisibleSql(viewer, p, now);
  return byIdLoader(pool, `select ${TAKE_COLUMNS} from demand_take t where t.id = any($1::bigint[]) and ${visible}`, toTake, p.values.slice(1));
}

/** Only for orders the viewer already sees: a field of a visible node. */
export const demandTakesLoader = (pool: pg.Pool) =>
  listLoader<TakeRow & Record<string, unknown>, DemandTake>(
    pool,
    'demand_id',
    `select ${TAKE_COLUMNS} from demand_take t where t.demand_id = any($1::bigint[]) order by t.demand_id, t.id`,
    toTake,
  );

export const takePeopleLoader = (pool: pg.Pool) =>
  listLoader<Record<string, unknown>, DemandTakePerson>(
    pool,
    'take_id',
    `select take_id::text as take_id, volunteer_id::text as volunteer_id, minutes from demand_take_person where take_id = any($1::bigint[]) order by take_id, position`,
    (row) => Object.assign(Object.create(DemandTakePerson.prototype) as DemandTakePerson, { volunteerRowId: row.volunteer_id as string | null, minutes: row.minutes as number }),
  );

export const takeHistoryLoader = (pool: pg.Pool) =>
  listLoader<Record<string, unknown>, DemandTakeHistoryEntry>(
    pool,
    'take_id',
    `select take_id::text as take_id, action, from_status, to_status, actor_id, actor_role, reason, at
     from demand_take_history where take_id = any($1::bigint[]) order by take_id, id`,
    (row) => ({
      action: row.action as DemandTakeAction,
      fromStatus: row.from_status as DemandTakeStatus | null,
      toStatus: row.to_status as DemandTakeStatus,
      actor: { id: row.actor_id as string, role: row.actor_role as string },
      reason: row.reason as string | null,
      at: row.at as Date,
    }),
  );

/** The viewer's own takes (theirs, their teams' as leader, their unit's), in id order; none for other roles. */
export function readMyTakes(pool: pg.Pool, viewer: Viewer, statuses: readonly DemandTakeStatus[] | null, page: PageArgs): Promise<Connection<DemandTake>> {
  const p = new SqlParams();
  const where = [viewerTakesSql(viewer, p, true) ?? 'false'];
  if (statuses?.length) where.push(`t.status = any(${p.add(statuses)}::text[])`);
  return keysetPage<TakeRow, DemandTake>(pool, 'myTakes', parsePageArgs(page, 'myTakes'), {
    select: TAKE_COLUMNS,
    from: 'demand_take t',
    where,
    params: p.values,
    idColumn: 't.id',
    map: (row) => toTake(row),
  });
}
