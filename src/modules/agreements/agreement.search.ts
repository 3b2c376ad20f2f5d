import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import type { AgreementFilter } from './agreement.inputs.js';
import { AGREEMENT } from './agreement.reads.js';
import { agreementVisibleSql, effectiveStatusSql } from './agreement.sql.js';
import { isCalendarDate } from '../../shared/calendar-date.js';
import { localToday } from '../../shared/today.js';
import type { SharingAgreement } from './agreement.type.js';
import { encodeCursor } from '../../shared/cursor.js';
import { badInput } from '../../shared/errors.js';
import { idOf } from '../../shared/input.js';
import type { Connection } from '../../shared/relay.js';
import { plan, ReadQuery } from '../../read/compile.js';
import { parsePageArgs, type PageArgs } from '../../read/page.js';
import { SqlParams } from '../../read/params.js';
import { pathIn, selectionOf } from '../../read/selection.js';
import { preparedName } from '../../db/statements.js';

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
  if (f.areaId) {
    const id = p.add(idOf(f.areaId, ['Area'], 'filter.areaId'));
    where.push(`a.area_path >= (select path from area where id = ${id}) and a.area_path < (select path || '~' from area where id = ${id})`);
  }
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
  const filtered = [...where];
  if (page.afterId !== null) where.push(`a.id > ${p.add(page.afterId)}`);
  if (page.beforeId !== null) where.push(`a.id < ${p.add(page.beforeId)}`);

  const selection = pathIn([...selectionOf(info).values()][0], 'edges', 'node');
  const query = new ReadQuery();
  const build = plan(AGREEMENT, selection, 'a', query);
  const direction = page.backward ? 'desc' : 'asc';
  // the page is chosen over sharing_agreement alone, and only its rows are joined
  const inner = [...query.used.get('a')!].map((c) => `a.${c}`);
  const text = `select ${query.columns.join(', ')}
    from (select ${inner.join(', ')} from sharing_agreement a where ${where.join(' and ')}
          order by a.id ${direction} limit ${p.add(page.limit + 1)}) a
    ${query.joins.join(' ')}
    order by a.id ${direction}`;
  const { rows } = await ctx.app.db.pool.query<unknown[]>({ name: preparedName(text), text, values: p.values, rowMode: 'array' });
  const more = rows.length > page.limit;
  const slice = rows.slice(0, page.limit);
  if (page.backward) slice.reverse();
  const edges = slice.map((row) => {
    const node = build(row);
    return { cursor: encodeCursor([LIST_KEY, node.rowId]), node };
  });

  const countText = `select count(*)::int from sharing_agreement a where ${filtered.join(' and ')}`;
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
      return ctx.app.db.pool
        .query<[number]>({ name: preparedName(countText), text: countText, values: countValues, rowMode: 'array' })
        .then((r) => r.rows[0][0]);
    },
  };
}

function highestParam(text: string): number {
  let max = 0;
  for (const match of text.matchAll(/\$(\d+)/g)) max = Math.max(max, Number(match[1]));
  return max;
}
