import DataLoader from 'dataloader';
import type pg from 'pg';
import { byIdLoader } from '../../read/by-id.js';
import { SqlParams } from '../../read/params.js';
import { toGlobalId } from '../../shared/global-id.js';
import type { WeeklyWindow } from '../../shared/schedule/schedule.types.js';
import type { Viewer } from '../../shared/viewer.js';
import type { Audience, ResourceKind } from '../resources/resource.enums.js';
import type { DemandAction, DemandChannel, DemandListAction, DemandListStatus, DemandStatus, Urgency } from './demand.enums.js';
import { Demand, DemandList, type DemandHistoryEntry, type DemandListHistoryEntry } from './demand.type.js';
import { demandListVisibleSql, demandVisibleSql } from './demand.visibility.js';

export interface DemandRow {
  id: string;
  area_id: string;
  area_path: string;
  demand_list_id: string | null;
  title: string;
  description: string;
  kinds: ResourceKind[];
  quantity: number;
  accepted_quantity: number;
  windows: WeeklyWindow[];
  start_date: string;
  end_date: string;
  lat: number;
  lng: number;
  radius_meters: number;
  audience: Audience;
  urgency: Urgency;
  channel: DemandChannel;
  ordered_at: Date;
  ordered_by: string;
  recorded_by: string;
  placed_by: string | null;
  placed_at: Date | null;
  taken_by_organization_id: string | null;
  taken_by_account: string | null;
  taken_at: Date | null;
  status: DemandStatus;
  cancel_reason: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const DEMAND_COLUMNS = `d.id, d.area_id, d.area_path, d.demand_list_id, d.title, d.description, d.kinds, d.quantity,
  d.accepted_quantity, d.windows, d.start_date, d.end_date, d.lat, d.lng, d.radius_meters, d.audience, d.urgency, d.channel,
  d.ordered_at, d.ordered_by, d.recorded_by, d.placed_by, d.placed_at, d.taken_by_organization_id, d.taken_by_account,
  d.taken_at, d.status, d.cancel_reason, d.version, d.created_at, d.updated_at`;

const idOrNull = (id: string | null | undefined) => (id === undefined ? undefined : id === null ? null : String(id));

/** A Demand from its row, or from the columns a selection asked for (the rest stay undefined). */
export function toDemand(row: DemandRow): Demand {
  return Object.assign(Object.create(Demand.prototype) as Demand, {
    __typename: 'Demand' as const,
    id: toGlobalId('Demand', row.id),
    rowId: String(row.id),
    areaRowId: String(row.area_id),
    areaPath: row.area_path,
    demandListRowId: idOrNull(row.demand_list_id),
    takenByOrganizationRowId: idOrNull(row.taken_by_organization_id),
    storedStatus: row.status,
    storedWindows: row.windows,
    title: row.title,
    description: row.description,
    kinds: row.kinds,
    quantity: row.quantity,
    acceptedQuantity: row.accepted_quantity,
    startDate: row.start_date,
    endDate: row.end_date,
    location: row.lat === undefined ? undefined : { lat: row.lat, lng: row.lng },
    radiusMeters: row.radius_meters,
    audience: row.audience,
    urgency: row.urgency,
    channel: row.channel,
    orderedAt: row.ordered_at,
    orderedBy: row.ordered_by,
    recordedBy: row.recorded_by,
    placedBy: row.placed_by,
    placedAt: row.placed_at,
    takenByAccount: row.taken_by_account,
    takenAt: row.taken_at,
    cancelReason: row.cancel_reason,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

/** Demands by id for `node`, events' subjects and payloads: what the viewer may not see comes back null. */
export function demandByIdLoader(pool: pg.Pool, viewer: Viewer) {
  const p = new SqlParams([null]);
  const visible = demandVisibleSql(viewer, p);
  return byIdLoader(pool, `select ${DEMAND_COLUMNS} from demand d where d.id = any($1::bigint[]) and ${visible}`, toDemand, p.values.slice(1));
}

export interface DemandListRow {
  id: string;
  area_id: string;
  area_path: string;
  title: string;
  period_start: string;
  period_end: string;
  status: DemandListStatus;
  submitted_at: Date | null;
  published_at: Date | null;
  closed_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export const DEMAND_LIST_COLUMNS = `l.id, l.area_id, l.area_path, l.title, l.period_start, l.period_end, l.status,
  l.submitted_at, l.published_at, l.closed_at, l.created_at, l.updated_at`;

export function toDemandList(row: DemandListRow): DemandList {
  return Object.assign(Object.create(DemandList.prototype) as DemandList, {
    __typename: 'DemandList' as const,
    id: toGlobalId('DemandList', row.id),
    rowId: String(row.id),
    areaRowId: String(row.area_id),
    areaPath: row.area_path,
    title: row.title,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    status: row.status,
    submittedAt: row.submitted_at,
    publishedAt: row.published_at,
    closedAt: row.closed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export function demandListByIdLoader(pool: pg.Pool, viewer: Viewer) {
  const p = new SqlParams([null]);
  const visible = demandListVisibleSql(viewer, p);
  return byIdLoader(pool, `select ${DEMAND_LIST_COLUMNS} from demand_list l where l.id = any($1::bigint[]) and ${visible}`, toDemandList, p.values.slice(1));
}

interface HistoryRow<A, S> {
  owner: string;
  action: A;
  from_status: S | null;
  to_status: S;
  actor_id: string;
  actor_role: string;
  reason: string | null;
  at: Date;
}

/**
 * Histories by owner id, oldest first, batched. Callers pass only ids of objects the viewer already
 * sees: the history is a field of a visible node, never a root.
 */
function historyLoader<A, S>(pool: pg.Pool, table: string, ownerColumn: string) {
  return new DataLoader<string, { action: A; fromStatus: S | null; toStatus: S; actor: { id: string; role: string }; reason: string | null; at: Date }[]>(
    async (ids) => {
      const { rows } = await pool.query<HistoryRow<A, S>>(
        `select ${ownerColumn}::text as owner, action, from_status, to_status, actor_id, actor_role, reason, at
         from ${table} where ${ownerColumn} = any($1::bigint[]) order by ${ownerColumn}, id`,
        [ids],
      );
      const byOwner = new Map<string, ReturnType<typeof toEntry>[]>();
      const toEntry = (r: HistoryRow<A, S>) => ({
        action: r.action, fromStatus: r.from_status, toStatus: r.to_status, actor: { id: r.actor_id, role: r.actor_role }, reason: r.reason, at: r.at,
      });
      for (const row of rows) {
        if (!byOwner.has(row.owner)) byOwner.set(row.owner, []);
        byOwner.get(row.owner)!.push(toEntry(row));
      }
      return ids.map((id) => byOwner.get(id) ?? []);
    },
  );
}

export const demandHistoryLoader = (pool: pg.Pool) =>
  historyLoader<DemandAction, DemandStatus>(pool, 'demand_history', 'demand_id') as DataLoader<string, DemandHistoryEntry[]>;

export const demandListHistoryLoader = (pool: pg.Pool) =>
  historyLoader<DemandListAction, DemandListStatus>(pool, 'demand_list_history', 'demand_list_id') as DataLoader<string, DemandListHistoryEntry[]>;
