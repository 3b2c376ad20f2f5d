import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import { belowAreaSql } from '../areas/index.js';
import type { AgreementFilter } from './agreement.inputs.js';
import { AGREEMENT } from './agreement.reads.js';
import { effectiveStatusSql, inForceSql } from './agreement.transitions.js';
import { agreementVisibleSql } from './agreement.rules.js';
import { isCalendarDate } from '../../shared/calendar-date.js';
import { localToday } from '../../shared/today.js';
import type { SharingAgreement } from './agreement.type.js';
import { badInput } from '../../shared/errors.js';
import { idOf } from '../../shared/input.js';
import type { Connection } from '../../shared/relay.js';
import { parsePageArgs, readPage, type PageArgs } from '../../read/page.js';
import { SqlParams } from '../../read/params.js';
import { pathIn, selectionOf } from '../../read/selection.js';

const LIST_KEY = 'agreements';


/**
 * `agreements(filter, first/after, last/before)`, in id order: the page and the to-one relations the query
 * asks for (organization, area) come from one statement; items and history are batched by loaders, and
 * `totalCount` is a second statement, only when selected. Visibility and the clock are parameters of it.
 */
export async function searchAgreements(
  ctx: Context,
  info: GraphQLResolveInfo,
  filter: AgreementFilter | null | undefined,
  args: PageArgs,
): Promise<Connection<SharingAgreement>> {
  const f = filter ?? {};
  const page = parsePageArgs(args, LIST_KEY);
  if (f.inForceOn != null && !isCalendarDate(f.inForceOn)) throw badInput('filter.inForceOn', '"inForceOn" must be a calendar date, YYYY-MM-DD.');

  const p = new SqlParams();
  // added only when used: a parameter the statement never mentions has no type PostgreSQL could infer
  let todayParam: string | null = null;
  const today = () => (todayParam ??= `${p.add(localToday(ctx.app.clock.now(), ctx.app.config.timeZone))}::date`);
  const where = [agreementVisibleSql(ctx.viewer, p, 'a')];
  if (f.areaId) where.push(belowAreaSql('a', p, idOf(f.areaId, ['Area'], 'filter.areaId')));
  if (f.organizationId) where.push(`a.organization_id = ${p.add(idOf(f.organizationId, ['Organization'], 'filter.organizationId'))}`);
  if (f.statuses?.length) where.push(`${effectiveStatusSql('a', today())} = any(${p.add([...new Set(f.statuses)].sort())}::text[])`);
  if (f.resourceId) {
    const resourceId = p.add(idOf(f.resourceId, ['Resource'], 'filter.resourceId'));
    where.push(`exists (select 1 from agreement_item i where i.agreement_id = a.id and i.resource_id = ${resourceId})`);
  }
  if (f.inForceOn) {
    const day = `${p.add(f.inForceOn)}::date`;
    // as things stand: a future day also finds signed agreements that will have started by then
    where.push(`a.start_date <= ${day} and a.end_date >= ${day} and ${effectiveStatusSql('a', today())} in ('SIGNED','ACTIVE')`);
  }
  return readPage({ pool: ctx.app.db.pool, def: AGREEMENT, alias: 'a', selection: pathIn([...selectionOf(info).values()][0], 'edges', 'node'), listKey: LIST_KEY, where, p, page });
}

/**
 * Resources (alias `resource`) covered by an agreement in force on `today` made with the area `areaId`
 * or an area above it: for a community, its own agreements and its street's. Used by the resource search.
 */
export function sharedWithSql(p: SqlParams, resource: string, areaId: string, today: string): string {
  const todayP = `${p.add(today)}::date`;
  return `exists (select 1 from agreement_item si join sharing_agreement sa on sa.id = si.agreement_id
    where si.resource_id = ${resource}.id and sa.discarded_at is null and ${inForceSql('sa', todayP)}
      and starts_with((select path from area where id = ${p.add(areaId)}::bigint), sa.area_path))`;
}
