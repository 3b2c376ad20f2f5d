import DataLoader from 'dataloader';
import type pg from 'pg';
import { byIdLoader } from '../../read/by-id.js';
import { column, idColumn, readAll, selectAll, type TypeDef } from '../../read/compile.js';
import { AREA, AreaUseKind, type AreaUseSql } from '../areas/index.js';
import { ORGANIZATION } from '../organizations/index.js';
import { SqlParams } from '../../read/params.js';
import type { WeeklyWindow } from '../../shared/schedule/schedule.types.js';
import type { Viewer } from '../../shared/viewer.js';
import { AgreementAction, AgreementParty, AgreementStatus } from './agreement.enums.js';
import { effectiveStatusSql, inForceSql } from './agreement.transitions.js';
import { agreementVisibleSql } from './agreement.rules.js';
import {
  AgreementHistoryEntry,
  AgreementItem,
  SharingAgreement,
  type AgreementStatistic,
} from './agreement.type.js';

/** How a SharingAgreement is read: each column declared once (src/read/compile.ts). */
export const AGREEMENT: TypeDef<SharingAgreement> = {
  typename: 'SharingAgreement',
  table: 'sharing_agreement',
  prototype: SharingAgreement.prototype,
  // status and dates are what `status` (the clock applied) needs; signed_at what visibility needs
  base: {
    organizationRowId: idColumn('organization_id'),
    areaRowId: idColumn('area_id'),
    areaPath: column('area_path'),
    recordedStatus: column('status'),
    startDate: column('start_date'),
    endDate: column('end_date'),
    signedAt: column('signed_at'),
  },
  props: {
    title: column('title'),
    terms: column('terms'),
    proposedBy: column('proposed_by_party'),
    proposedAt: column('proposed_at'),
    unitSignedBy: column('unit_signed_by'),
    unitSignedAt: column('unit_signed_at'),
    areaSignedBy: column('area_signed_by'),
    areaSignedAt: column('area_signed_at'),
    version: column('version'),
    createdAt: column('created_at'),
    updatedAt: column('updated_at'),
  },
  serves: { signatures: ['unitSignedBy', 'unitSignedAt', 'areaSignedBy', 'areaSignedAt'] },
  relations: {
    organization: { target: () => ORGANIZATION, foreignKey: 'organization_id', optional: false },
    area: { target: () => AREA, foreignKey: 'area_id', optional: false },
  },
};

const AGREEMENT_COLUMNS = selectAll(AGREEMENT, 'a');
const toAgreement = readAll(AGREEMENT);

export function agreementByIdLoader(pool: pg.Pool, viewer: Viewer) {
  const p = new SqlParams([null]);
  const visible = agreementVisibleSql(viewer, p);
  return byIdLoader(
    pool,
    `select ${AGREEMENT_COLUMNS} from sharing_agreement a where a.id = any($1::bigint[]) and ${visible}`,
    toAgreement,
    p.values.slice(1),
  );
}

/** The agreements the viewer may see that share a resource, per resource, in id order. */
function agreementsByResourceIdLoader(pool: pg.Pool, viewer: Viewer) {
  return new DataLoader<string, SharingAgreement[]>(
    async (resourceIds) => {
      const p = new SqlParams([resourceIds]);
      const { rows } = await pool.query<{ resource_id: string }>(
        `select i.resource_id, ${AGREEMENT_COLUMNS} from agreement_item i join sharing_agreement a on a.id = i.agreement_id
         where i.resource_id = any($1::bigint[]) and ${agreementVisibleSql(viewer, p)} order by a.id`,
        p.values,
      );
      const byResource = new Map<string, SharingAgreement[]>();
      for (const row of rows) {
        const key = String(row.resource_id);
        if (!byResource.has(key)) byResource.set(key, []);
        byResource.get(key)!.push(toAgreement(row));
      }
      return resourceIds.map((id) => byResource.get(id) ?? []);
    },
    { maxBatchSize: 500 },
  );
}

interface ItemRow {
  agreement_id: string;
  resource_id: string;
  committed_quantity: number | null;
  windows: WeeklyWindow[];
}

/** Items of agreements already known to be visible (they are reached only through one). */
function itemsByAgreementIdLoader(pool: pg.Pool) {
  return new DataLoader<string, AgreementItem[]>(
    async (ids) => {
      const { rows } = await pool.query<ItemRow>(
        `select agreement_id, resource_id, committed_quantity, windows from agreement_item
         where agreement_id = any($1::bigint[]) order by agreement_id, position`,
        [ids],
      );
      const byAgreement = new Map<string, AgreementItem[]>();
      for (const row of rows) {
        const key = String(row.agreement_id);
        if (!byAgreement.has(key)) byAgreement.set(key, []);
        byAgreement.get(key)!.push(
          Object.assign(Object.create(AgreementItem.prototype) as AgreementItem, {
            resourceRowId: String(row.resource_id),
            committedQuantity: row.committed_quantity,
            storedWindows: row.windows,
          }),
        );
      }
      return ids.map((id) => byAgreement.get(id) ?? []);
    },
    { maxBatchSize: 500 },
  );
}

interface HistoryRow {
  agreement_id: string;
  action: AgreementAction;
  from_status: AgreementStatus | null;
  to_status: AgreementStatus | null;
  party: AgreementParty | null;
  actor_id: string;
  actor_role: string;
  reason: string | null;
  at: Date;
}

function historyByAgreementIdLoader(pool: pg.Pool) {
  return new DataLoader<string, AgreementHistoryEntry[]>(
    async (ids) => {
      const { rows } = await pool.query<HistoryRow>(
        `select agreement_id, action, from_status, to_status, party, actor_id, actor_role, reason, at from agreement_history
         where agreement_id = any($1::bigint[]) order by agreement_id, id`,
        [ids],
      );
      const byAgreement = new Map<string, AgreementHistoryEntry[]>();
      for (const row of rows) {
        const key = String(row.agreement_id);
        if (!byAgreement.has(key)) byAgreement.set(key, []);
        byAgreement.get(key)!.push({
          action: row.action,
          fromStatus: row.from_status,
          toStatus: row.to_status,
          party: row.party,
          actor: { id: row.actor_id, role: row.actor_role },
          reason: row.reason,
          at: row.at,
        });
      }
      return ids.map((id) => byAgreement.get(id) ?? []);
    },
    { maxBatchSize: 500 },
  );
}

const STATUSES = Object.values(AgreementStatus);

/**
 * Agreements made with an area or below it, counted by status as on local date `today`, per area path,
 * batched: any number of areas cost one statement. Every status is listed, with zero where there is none.
 */
function agreementStatisticsLoader(pool: pg.Pool, today: string) {
  return new DataLoader<string, AgreementStatistic[]>(async (paths) => {
    const { rows } = await pool.query<{ path: string; status: AgreementStatus; n: number }>(
      `select p.path, ${effectiveStatusSql('a', '$2::date')} as status, count(*)::int as n
       from unnest($1::text[]) as p(path)
       join sharing_agreement a on a.area_path >= p.path and a.area_path < p.path || '~' and a.discarded_at is null
       group by 1, 2`,
      [paths, today],
    );
    const counts = new Map(rows.map((r) => [`${r.path} ${r.status}`, r.n]));
    return paths.map((path) => STATUSES.map((status) => ({ status, count: counts.get(`${path} ${status}`) ?? 0 })));
  });
}

/** PUBLISHED resources in an area or below it that an agreement in force on `today` shares, per area path. */
function resourcesCoveredCountLoader(pool: pg.Pool, today: string) {
  return new DataLoader<string, number>(async (paths) => {
    const { rows } = await pool.query<{ path: string; n: number }>(
      `select p.path, count(*)::int as n
       from unnest($1::text[]) as p(path)
       join resource r on r.area_path >= p.path and r.area_path < p.path || '~' and r.status = 'PUBLISHED'
       where exists (select 1 from agreement_item i join sharing_agreement a on a.id = i.agreement_id
                     where i.resource_id = r.id and a.discarded_at is null and ${inForceSql('a', '$2::date')})
       group by p.path`,
      [paths, today],
    );
    const counts = new Map(rows.map((r) => [r.path, r.n]));
    return paths.map((path) => counts.get(path) ?? 0);
  });
}

/** One loader per local date asked about (in practice one per operation: today's). */
function perDay<T>(make: (today: string) => T): (today: string) => T {
  const made = new Map<string, T>();
  return (today) => {
    let loader = made.get(today);
    if (!loader) made.set(today, (loader = make(today)));
    return loader;
  };
}

/** Per-operation loaders of the agreements module; visibility is the viewer's, compiled into the SQL. */
export function agreementLoaders(pool: pg.Pool, viewer: Viewer) {
  return {
    agreementById: agreementByIdLoader(pool, viewer),
    agreementsByResourceId: agreementsByResourceIdLoader(pool, viewer),
    agreementItemsByAgreementId: itemsByAgreementIdLoader(pool),
    agreementHistoryByAgreementId: historyByAgreementIdLoader(pool),
    /** Statistics of agreements by area path, as on the given local date. */
    agreementStatisticsByPathOn: perDay((today) => agreementStatisticsLoader(pool, today)),
    /** Resources covered by agreements in force, by area path, on the given local date. */
    resourcesCoveredCountByPathOn: perDay((today) => resourcesCoveredCountLoader(pool, today)),
  };
}

/**
 * `retireArea`: agreements made with the area or one below it keep it in use until TERMINATED or EXPIRED,
 * as the clock on `today` has it (an agreement past its end is EXPIRED before the sweeper records it);
 * discarded drafts are gone. The `areaInUseSql` hook.
 */
export function agreementsInAreaSql(p: SqlParams, below: (alias: string) => string, today: string): AreaUseSql[] {
  const ended = p.add([AgreementStatus.TERMINATED, AgreementStatus.EXPIRED]);
  return [{
    kind: AreaUseKind.AGREEMENT,
    count: `(select count(*) from sharing_agreement a where ${below('a')} and a.discarded_at is null
      and ${effectiveStatusSql('a', `${p.add(today)}::date`)} <> all(${ended}::text[]))`,
  }];
}
