import type { Context } from '../../context.js';
import { belowAreaSql } from '../areas/index.js';
import type { DemandFulfilment, DemandListStatus, DemandStatus, ServiceKind, Urgency } from './demand.enums.js';
import { DEMAND, DEMAND_LIST } from './demand.reads.js';
import type { Demand, DemandList } from './demand.type.js';
import { demandListVisibleSql, demandVisibleSql } from './demand.rules.js';
import { demandStatusSql } from './demand.transitions.js';
import { todayOf } from '../../shared/today.js';
import type { ResourceKind } from '../resources/index.js';
import type { Connection } from '../../shared/relay.js';
import { parsePageArgs, readByIds, readPage, type PageArgs } from '../../read/page.js';
import { SqlParams } from '../../read/params.js';
import type { Selection } from '../../read/selection.js';



export interface DemandSearch {
  areaRowId: string | null;
  statuses: DemandStatus[] | null;
  kinds: ResourceKind[] | null;
  fulfilment: DemandFulfilment | null;
  serviceKinds: ServiceKind[] | null;
  demandListRowId: string | null;
  urgency: Urgency | null;
  neededOn: string | null;
}

/** `demands(filter, …)` and `DemandList.demands`: the demands the viewer may see, in id order. */
export function readDemands(ctx: Context, selection: Selection | undefined, search: DemandSearch, args: PageArgs): Promise<Connection<Demand>> {
  const p = new SqlParams();
  const where = [demandVisibleSql(ctx.viewer, p, 'd', ctx.app.clock.now())];
  if (search.areaRowId) where.push(belowAreaSql('d', p, search.areaRowId));
  if (search.statuses) where.push(`${demandStatusSql('d', p.add(todayOf(ctx)))} = any(${p.add(search.statuses)}::text[])`);
  if (search.kinds) where.push(`d.kinds && ${p.add(search.kinds)}::text[]`);
  if (search.fulfilment) where.push(`d.fulfilment = ${p.add(search.fulfilment)}`);
  if (search.serviceKinds) where.push(`d.service_kinds && ${p.add(search.serviceKinds)}::text[]`);
  if (search.demandListRowId) where.push(`d.demand_list_id = ${p.add(search.demandListRowId)}::bigint`);
  if (search.urgency) where.push(`d.urgency = ${p.add(search.urgency)}`);
  if (search.neededOn) {
    const day = p.add(search.neededOn);
    where.push(`d.start_date <= ${day}::date and d.end_date >= ${day}::date`);
  }
  return readPage({ pool: ctx.app.db.pool, def: DEMAND, alias: 'd', selection, listKey: 'demands', where, p, page: parsePageArgs(args, 'demands') });
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
  if (search.areaRowId) where.push(belowAreaSql('l', p, search.areaRowId));
  if (search.statuses) where.push(`l.status = any(${p.add(search.statuses)}::text[])`);
  return readPage({ pool: ctx.app.db.pool, def: DEMAND_LIST, alias: 'l', selection, listKey: 'demand-lists', where, p, page: parsePageArgs(args, 'demand-lists') });
}

/** `demand(id)`: demands by id with their selection in one statement; what the viewer may not see is null. */
export function demandsByIds(ctx: Context, selection: Selection | undefined, ids: string[]): Promise<(Demand | null)[]> {
  return readByIds(ctx.app.db.pool, DEMAND, 'd', selection, ids, (p) => demandVisibleSql(ctx.viewer, p, 'd', ctx.app.clock.now()));
}
