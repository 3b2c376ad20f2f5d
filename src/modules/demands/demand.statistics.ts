import DataLoader from 'dataloader';
import type pg from 'pg';
import { ResourceKind } from '../resources/index.js';
import { DemandStatus } from './demand.enums.js';
import type { DemandStatistic } from './demand.type.js';
import { demandStatusSql } from './demand.transitions.js';

const STATUS_ORDER = Object.values(DemandStatus);
const KIND_ORDER = Object.values(ResourceKind);

interface StatisticRow {
  owner: string;
  status: DemandStatus;
  kind: ResourceKind;
  n: number;
  quantity: number;
}

/** A key: whose demands (an area path or a demand list id) and the local date statuses are computed for. */
export interface StatisticsKey {
  owner: string;
  today: string;
}

function group(rows: StatisticRow[], owners: readonly string[]): DemandStatistic[][] {
  const byOwner = new Map<string, DemandStatistic[]>();
  for (const row of rows) {
    if (!byOwner.has(row.owner)) byOwner.set(row.owner, []);
    byOwner.get(row.owner)!.push({ status: row.status, kind: row.kind, count: row.n, quantity: row.quantity });
  }
  const rank = (s: DemandStatistic) => STATUS_ORDER.indexOf(s.status) * 100 + KIND_ORDER.indexOf(s.kind);
  return owners.map((owner) => (byOwner.get(owner) ?? []).sort((a, b) => rank(a) - rank(b)));
}

/**
 * Public counts of demands per (effective status, kind), batched: any number of owners in an operation
 * cost one statement. Only combinations that occur are listed, in the enums' order. `match` joins the
 * demand `d` to the owner `o.owner`; statuses are computed for the keys' local date.
 */
function statisticsLoader(pool: pg.Pool, ownerType: 'text' | 'bigint', match: string) {
  return new DataLoader<StatisticsKey, DemandStatistic[], string>(
    async (keys) => {
      const result = new Map<string, DemandStatistic[]>();
      // one operation reads the clock once, so a batch has one date; the key carries it all the same
      for (const today of new Set(keys.map((k) => k.today))) {
        const owners = [...new Set(keys.filter((k) => k.today === today).map((k) => k.owner))];
        const { rows } = await pool.query<StatisticRow>(
          `select o.owner::text as owner, s.status, k.kind, count(*)::int as n, sum(d.quantity)::int as quantity
           from unnest($1::${ownerType}[]) as o(owner)
           join demand d on ${match}
           cross join lateral unnest(d.kinds) as k(kind)
           cross join lateral (select ${demandStatusSql('d', '$2')} as status) s
           group by o.owner, s.status, k.kind`,
          [owners, today],
        );
        group(rows, owners).forEach((stats, i) => result.set(`${today}|${owners[i]}`, stats));
      }
      return keys.map((k) => result.get(`${k.today}|${k.owner}`)!);
    },
    { cacheKeyFn: (k) => `${k.today}|${k.owner}` },
  );
}

/** Demands of an area and everything below it. */
export const demandStatisticsByPathLoader = (pool: pg.Pool) =>
  statisticsLoader(pool, 'text', `d.area_path >= o.owner and d.area_path < o.owner || '~'`);

/** Demands of one demand list. */
export const demandStatisticsByListLoader = (pool: pg.Pool) => statisticsLoader(pool, 'bigint', 'd.demand_list_id = o.owner');
