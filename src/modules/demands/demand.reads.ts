import DataLoader from 'dataloader';
import type pg from 'pg';
import { byIdLoader } from '../../read/by-id.js';
import { SqlParams } from '../../read/params.js';
import { column, idColumn, point, readAll, selectAll, type TypeDef } from '../../read/compile.js';
import { AREA, AreaUseKind, type AreaUseSql } from '../areas/index.js';
import { ORGANIZATION } from '../organizations/index.js';
import type { Viewer } from '../../shared/viewer.js';
import { DemandListStatus, type DemandAction, type DemandListAction, type DemandStatus } from './demand.enums.js';
import { demandStatusSql, HELD_SERVICE_STATUSES, LIVE_DEMAND_STATUSES } from './demand.transitions.js';
import { Demand, DemandList, type DemandHistoryEntry, type DemandListHistoryEntry } from './demand.type.js';
import { demandListVisibleSql, demandVisibleSql } from './demand.rules.js';




/** How a Demand is read: each column declared once (src/read/compile.ts). */
export const DEMAND: TypeDef<Demand> = {
  typename: 'Demand',
  table: 'demand',
  prototype: Demand.prototype,
  base: {
    areaRowId: idColumn('area_id'),
    areaPath: column('area_path'),
    demandListRowId: idColumn('demand_list_id'),
    takenByOrganizationRowId: idColumn('taken_by_organization_id'),
  },
  props: {
    storedStatus: column('status'),
    storedWindows: column('windows'),
    title: column('title'),
    description: column('description'),
    fulfilment: column('fulfilment'),
    kinds: column('kinds'),
    serviceKinds: column('service_kinds'),
    takenQuantity: column('taken_quantity'),
    takeDeadline: column('take_deadline'),
    quantity: column('quantity'),
    acceptedQuantity: column('accepted_quantity'),
    startDate: column('start_date'),
    endDate: column('end_date'),
    location: point('lat', 'lng'),
    radiusMeters: column('radius_meters'),
    audience: column('audience'),
    urgency: column('urgency'),
    channel: column('channel'),
    orderedAt: column('ordered_at'),
    orderedBy: column('ordered_by'),
    recordedBy: column('recorded_by'),
    placedBy: column('placed_by'),
    placedAt: column('placed_at'),
    takenByAccount: column('taken_by_account'),
    takenAt: column('taken_at'),
    cancelReason: column('cancel_reason'),
    version: column('version'),
    createdAt: column('created_at'),
    updatedAt: column('updated_at'),
  },
  // `status` applies the clock to the stored status and the end date
  serves: { status: ['storedStatus', 'endDate', 'takenQuantity'], isOverdue: ['fulfilment', 'storedStatus', 'endDate', 'takenQuantity', 'takeDeadline'], takes: ['fulfilment'], windows: ['storedWindows'] },
  // the demand list is not joined: it has a visibility of its own, so it goes through its loader
  relations: {
    area: { target: () => AREA, foreignKey: 'area_id', optional: false },
    takenBy: { target: () => ORGANIZATION, foreignKey: 'taken_by_organization_id', optional: true },
  },
};

export const DEMAND_COLUMNS = selectAll(DEMAND, 'd');
export const toDemand = readAll(DEMAND);

/** Demands by id for `node`, events' subjects and payloads: what the viewer may not see comes back null. */
export function demandByIdLoader(pool: pg.Pool, viewer: Viewer, now: Date) {
  const p = new SqlParams([null]);
  const visible = demandVisibleSql(viewer, p, 'd', now);
  return byIdLoader(pool, `select ${DEMAND_COLUMNS} from demand d where d.id = any($1::bigint[]) and ${visible}`, toDemand, p.values.slice(1));
}



/** How a DemandList is read: each column declared once (src/read/compile.ts). */
export const DEMAND_LIST: TypeDef<DemandList> = {
  typename: 'DemandList',
  table: 'demand_list',
  prototype: DemandList.prototype,
  base: { areaRowId: idColumn('area_id'), areaPath: column('area_path'), publishedAt: column('published_at') },
  props: {
    title: column('title'),
    periodStart: column('period_start'),
    periodEnd: column('period_end'),
    status: column('status'),
    submittedAt: column('submitted_at'),
    closedAt: column('closed_at'),
    createdAt: column('created_at'),
    updatedAt: column('updated_at'),
  },
  relations: { area: { target: () => AREA, foreignKey: 'area_id', optional: false } },
};

const DEMAND_LIST_COLUMNS = selectAll(DEMAND_LIST, 'l');
const toDemandList = readAll(DEMAND_LIST);

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

/**
 * `retireArea`: demands at the area or below it in a live status on `today` (one past its last needed day is
 * EXPIRED before the sweeper records it), and demand lists not CLOSED, keep it in use. The `areaInUseSql` hook.
 */
export function demandsInAreaSql(p: SqlParams, below: (alias: string) => string, today: string): AreaUseSql[] {
  return [
    {
      kind: AreaUseKind.DEMAND,
      count: `(select count(*) from demand d where ${below('d')} and ${demandStatusSql('d', p.add(today))} = any(${p.add([...LIVE_DEMAND_STATUSES, ...HELD_SERVICE_STATUSES])}::text[]))`,
    },
    { kind: AreaUseKind.DEMAND_LIST, count: `(select count(*) from demand_list l where ${below('l')} and l.status <> ${p.add(DemandListStatus.CLOSED)})` },
  ];
}
