import type pg from 'pg';
import { planDemands, type DemandPlan, type ListPlan } from './demand-plan.js';
import type { Seeder } from './seeder.js';

async function allocateIds(client: pg.PoolClient, table: string, count: number): Promise<string[]> {
  const { rows } = await client.query<{ id: string }>(
    `select nextval(pg_get_serial_sequence($1, 'id'))::text as id from generate_series(1, $2)`,
    [table, count],
  );
  return rows.map((r) => r.id);
}

/** Bulk insert through unnest, one statement a table; jsonb and text[] values travel as text and are cast per row. */
async function insert(client: pg.PoolClient, table: string, columns: Record<string, string>, rows: Record<string, unknown>[]) {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const asText = (type: string) => type === 'jsonb' || type === 'text[]';
  const arrays = names.map((n) =>
    rows.map((row) => (columns[n] === 'jsonb' ? JSON.stringify(row[n]) : columns[n] === 'text[]' ? `{${(row[n] as string[]).join(',')}}` : row[n])),
  );
  const selects = names.map((n, i) => `$${i + 1}::${asText(columns[n]!) ? 'text' : columns[n]}[]`);
  const casts = names.map((n) => (asText(columns[n]!) ? `${n}::${columns[n]}` : n));
  await client.query(
    `insert into ${table} (${names.join(', ')}) overriding system value
     select ${casts.join(', ')} from unnest(${selects.join(', ')}) as t(${names.join(', ')})`,
    arrays,
  );
}

const HISTORY = { action: 'text', from_status: 'text', to_status: 'text', actor_id: 'text', actor_role: 'text', at: 'timestamptz' };

function listHistory(id: string, l: ListPlan) {
  const rows = [{ demand_list_id: id, action: 'OPEN', from_status: null as string | null, to_status: 'COLLECTING', actor_id: l.openedBy, actor_role: 'GRID_WORKER', at: l.openedAt }];
  if (l.submittedAt) rows.push({ demand_list_id: id, action: 'SUBMIT', from_status: 'COLLECTING', to_status: 'SUBMITTED', actor_id: l.openedBy, actor_role: 'GRID_WORKER', at: l.submittedAt });
  if (l.publishedAt) rows.push({ demand_list_id: id, action: 'PUBLISH', from_status: 'SUBMITTED', to_status: 'PUBLISHED', actor_id: l.publishedBy, actor_role: 'COMMUNITY_ADMIN', at: l.publishedAt });
  return rows;
}

function demandHistory(id: string, d: DemandPlan) {
  const rows = [{ demand_id: id, action: 'POST', from_status: null as string | null, to_status: 'POSTED', actor_id: d.recordedBy, actor_role: 'GRID_WORKER', at: d.orderedAt }];
  if (d.placedAt) rows.push({ demand_id: id, action: 'PLACE', from_status: 'POSTED', to_status: 'PLACED', actor_id: d.placedBy!, actor_role: 'COMMUNITY_ADMIN', at: d.placedAt });
  return rows;
}

/**
 * The demand lists and demands of the seeded district (seeds/demand-plan.ts), with the history their
 * statuses imply; no events, like the rest of the seed.
 */
export const seedDemands: Seeder = async (client, district) => {
  const { lists, demands } = planDemands(district.data);
  const area = (key: string) => district.areas.get(key)!;
  const listIds = await allocateIds(client, 'demand_list', lists.length);
  const listIdByKey = new Map(lists.map((l, i) => [l.key, listIds[i]!]));
  await insert(client, 'demand_list', {
    id: 'bigint', area_id: 'bigint', area_path: 'text', title: 'text', period_start: 'date', period_end: 'date', status: 'text',
    opened_by: 'text', submitted_at: 'timestamptz', published_at: 'timestamptz', created_at: 'timestamptz', updated_at: 'timestamptz',
  }, lists.map((l, i) => ({
    id: listIds[i], area_id: area(l.gridKey).id, area_path: area(l.gridKey).path, title: l.title, period_start: l.periodStart,
    period_end: l.periodEnd, status: l.status, opened_by: l.openedBy, submitted_at: l.submittedAt, published_at: l.publishedAt,
    created_at: l.openedAt, updated_at: l.publishedAt ?? l.submittedAt ?? l.openedAt,
  })));
  await insert(client, 'demand_list_history', { demand_list_id: 'bigint', ...HISTORY }, lists.flatMap((l, i) => listHistory(listIds[i]!, l)));

  const demandIds = await allocateIds(client, 'demand', demands.length);
  await insert(client, 'demand', {
    id: 'bigint', area_id: 'bigint', area_path: 'text', demand_list_id: 'bigint', title: 'text', description: 'text', kinds: 'text[]',
    quantity: 'int', windows: 'jsonb', start_date: 'date', end_date: 'date', lat: 'float8', lng: 'float8', radius_meters: 'int',
    audience: 'text', urgency: 'text', channel: 'text', ordered_at: 'timestamptz', ordered_by: 'text', recorded_by: 'text',
    placed_by: 'text', placed_at: 'timestamptz', status: 'text', version: 'int', created_at: 'timestamptz', updated_at: 'timestamptz',
  }, demands.map((d, i) => ({
    id: demandIds[i], area_id: area(d.areaKey).id, area_path: area(d.areaKey).path,
    demand_list_id: d.listKey === null ? null : listIdByKey.get(d.listKey), title: d.title, description: d.description, kinds: d.kinds,
    quantity: d.quantity, windows: d.windows, start_date: d.startDate, end_date: d.endDate, lat: d.lat, lng: d.lng,
    radius_meters: d.radiusMeters, audience: d.audience, urgency: d.urgency, channel: d.channel, ordered_at: d.orderedAt,
    ordered_by: d.orderedBy, recorded_by: d.recordedBy, placed_by: d.placedBy, placed_at: d.placedAt, status: d.status,
    version: d.placedAt ? 2 : 1, created_at: d.orderedAt, updated_at: d.placedAt ?? d.orderedAt,
  })));
  await insert(client, 'demand_history', { demand_id: 'bigint', ...HISTORY }, demands.flatMap((d, i) => demandHistory(demandIds[i]!, d)));
  return { demandLists: lists.length, demands: demands.length };
};
