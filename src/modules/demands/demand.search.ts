import type { Context } from '../../context.js';
import type { DemandListStatus, DemandStatus, Urgency } from './demand.enums.js';
import { DEMAND, DEMAND_LIST } from './demand.reads.js';
import type { Demand, DemandList } from './demand.type.js';
import { demandListVisibleSql, demandStatusSql, demandVisibleSql } from './demand.visibility.js';
import { todayOf } from '../../shared/today.js';
import type { ResourceKind } from '../resources/index.js';
import { encodeCursor } from '../../shared/cursor.js';
import type { Connection } from '../../shared/relay.js';
import { plan, ReadQuery, type TypeDef } from '../../read/compile.js';
import { parsePageArgs, type PageArgs } from '../../read/page.js';
import { SqlParams } from '../../read/params.js';
import type { Selection } from '../../read/selection.js';
import { preparedName } from '../../db/statements.js';

// `base` starts with id: the planner reads a joined object's presence from its first column



interface PageRead<T> {
  ctx: Context;
  def: TypeDef<T>;
  alias: string;
  selection: Selection | undefined;
  listKey: string;
  /** ANDed conditions over `alias`, scope included, using the parameters of `p`. */
  where: string[];
  p: SqlParams;
  args: PageArgs;
}

/**
 * One page ordered by id, with the to-one relations the selection asks for, in one prepared statement:
 * the page is chosen in a subquery over the table alone and only its rows are joined (as resources.ts
 * does). `totalCount` is a second statement, only when selected.
 */
async function readPage<T extends { rowId: string }>(r: PageRead<T>): Promise<Connection<T>> {
  const page = parsePageArgs(r.args, r.listKey);
  const { p, alias } = r;
  const filtered = [...r.where];
  const where = [...r.where];
  if (page.afterId !== null) where.push(`${alias}.id > ${p.add(page.afterId)}::bigint`);
  if (page.beforeId !== null) where.push(`${alias}.id < ${p.add(page.beforeId)}::bigint`);
  const query = new ReadQuery();
  const build = plan(r.def, r.selection, alias, query);
  const direction = page.backward ? 'desc' : 'asc';
  const inner = [...query.used.get(alias)!].map((c) => `${alias}.${c}`);
  const text = `select ${query.columns.join(', ')}
    from (select ${inner.join(', ')} from ${r.def.table} ${alias}
          where ${where.join(' and ')}
          order by ${alias}.id ${direction}
          limit ${p.add(page.limit + 1)}) ${alias}
    ${query.joins.join(' ')}
    order by ${alias}.id ${direction}`;
  const { rows } = await r.ctx.app.db.pool.query<unknown[]>({ name: preparedName(text), text, values: p.values, rowMode: 'array' });
  const more = rows.length > page.limit;
  const slice = rows.slice(0, page.limit);
  if (page.backward) slice.reverse();
  const edges = slice.map((row) => {
    const node = build(row);
    return { cursor: encodeCursor([r.listKey, node.rowId]), node };
  });
  const countText = `select count(*)::int from ${r.def.table} ${alias} where ${filtered.join(' and ')}`;
  const countValues = p.values.slice(0, highestParam(countText));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.backward ? page.beforeId !== null : more,
      hasPreviousPage: page.backward ? more : page.afterId !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      return r.ctx.app.db.pool
        .query<[number]>({ name: preparedName(countText), text: countText, values: countValues, rowMode: 'array' })
        .then((result) => result.rows[0]![0]);
    },
  };
}

/** The parameters a statement uses are $1..$n with n its highest: the filter's come first. */
function highestParam(text: string): number {
  let max = 0;
  for (const match of text.matchAll(/\$(\d+)/g)) max = Math.max(max, Number(match[1]));
  return max;
}

/** "In this area or below": a range on the C-collated path, which the (area_path, id) index serves. */
function belowArea(alias: string, p: SqlParams, areaRowId: string): string {
  const id = p.add(areaRowId);
  return `${alias}.area_path >= (select path from area where id = ${id}) and ${alias}.area_path < (select path || '~' from area where id = ${id})`;
}

export interface DemandSearch {
  areaRowId: string | null;
  statuses: DemandStatus[] | null;
  kinds: ResourceKind[] | null;
  demandListRowId: string | null;
  urgency: Urgency | null;
  neededOn: string | null;
}

/** `demands(filter, …)` and `DemandList.demands`: the demands the viewer may see, in id order. */
export function readDemands(ctx: Context, selection: Selection | undefined, search: DemandSearch, args: PageArgs): Promise<Connection<Demand>> {
  const p = new SqlParams();
  const where = [demandVisibleSql(ctx.viewer, p, 'd')];
  if (search.areaRowId) where.push(belowArea('d', p, search.areaRowId));
  if (search.statuses) where.push(`${demandStatusSql('d', p.add(todayOf(ctx)))} = any(${p.add(search.statuses)}::text[])`);
  if (search.kinds) where.push(`d.kinds && ${p.add(search.kinds)}::text[]`);
  if (search.demandListRowId) where.push(`d.demand_list_id = ${p.add(search.demandListRowId)}::bigint`);
  if (search.urgency) where.push(`d.urgency = ${p.add(search.urgency)}`);
  if (search.neededOn) {
    const day = p.add(search.neededOn);
    where.push(`d.start_date <= ${day}::date and d.end_date >= ${day}::date`);
  }
  return readPage({ ctx, def: DEMAND, alias: 'd', selection, listKey: 'demands', where, p, args });
}

/** `demandLists(filter, …)`: the lists the viewer may see, in id order. */
export function readDemandLists(
  ctx: Context,
  selection: Selection | undefined,
  search: { areaRowId: string | null; statuses: DemandListStatus[] | null },
  args: PageArgs,
): Promise<Connection<DemandList>> {
  const p = new SqlParams();
  const where = [demandListVisibleSql(ctx.viewer, p, 'l')];
  if (search.areaRowId) where.push(belowArea('l', p, search.areaRowId));
  if (search.statuses) where.push(`l.status = any(${p.add(search.statuses)}::text[])`);
  return readPage({ ctx, def: DEMAND_LIST, alias: 'l', selection, listKey: 'demand-lists', where, p, args });
}

/** `demand(id)`: demands by id with their selection in one statement; what the viewer may not see is null. */
export async function demandsByIds(ctx: Context, selection: Selection | undefined, ids: string[]): Promise<(Demand | null)[]> {
  if (ids.length === 0) return [];
  const query = new ReadQuery();
  const build = plan(DEMAND, selection, 'd', query);
  const p = new SqlParams([ids]);
  const text = `select ${query.columns.join(', ')} from demand d ${query.joins.join(' ')}
    where d.id = any($1::bigint[]) and ${demandVisibleSql(ctx.viewer, p, 'd')}`;
  const { rows } = await ctx.app.db.pool.query<unknown[]>({ name: preparedName(text), text, values: p.values, rowMode: 'array' });
  const byId = new Map(rows.map((row) => [String(row[0]), build(row)]));
  return ids.map((id) => byId.get(id) ?? null);
}
