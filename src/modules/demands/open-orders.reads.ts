import type pg from 'pg';
import type { Context } from '../../context.js';
import { preparedName } from '../../db/statements.js';
import { column, idColumn, plan, point, readAll, ReadQuery, type TypeDef } from '../../read/compile.js';
import { connectionOf, parsePageArgs } from '../../read/page.js';
import { SqlParams } from '../../read/params.js';
import type { Selection } from '../../read/selection.js';
import { decodeCursor, encodeCursor } from '../../shared/cursor.js';
import { badInput, forbidden, unauthenticated } from '../../shared/errors.js';
import { todayOf } from '../../shared/today.js';
import { AREA } from '../areas/index.js';
import { distanceSql } from '../resources/index.js';
import { DemandFulfilment, DemandStatus, type ServiceKind } from './demand.enums.js';
import { boardReachSql, heldByViewerSql, LIVE_TAKE_STATUSES } from './open-orders.rules.js';
import { OpenOrder, type OpenOrderConnection } from './open-orders.type.js';

/*
 * The order board (`openOrders`) and the cards of service orders (the demand channel's `order`), read in one
 * statement each. A card is built from the demand and its area only: the area is the order's grid, or its
 * community when it sits directly in one, and the card's location is that area's centroid. The demand's own
 * point, description, orderer and accounts are never selected here, so no selection can reach them.
 */

/** The card's columns, from `demand d` joined to its area `g` and its community `c` (CARD_FROM). */
const CARD_COLUMNS = `d.id, d.title, d.service_kinds, d.urgency, d.audience, d.quantity, d.quantity - d.taken_quantity as still_needed,
  d.start_date, d.end_date, d.windows, d.placed_at, d.take_deadline, c.id as community_id,
  case when g.id = c.id then null else g.id end as grid_id, g.lat, g.lng`;

// the community is the third step of every path below it ('/1/7/42/…'): the area path is unique and indexed
const CARD_FROM = `demand d join area g on g.id = d.area_id join area c on c.path = substring(d.area_path from '^/[^/]+/[^/]+/[^/]+/')`;

/** How a card is read (src/read/compile.ts), from the columns of CARD_COLUMNS. */
export const OPEN_ORDER: TypeDef<OpenOrder> = {
  typename: 'OpenOrder',
  table: 'demand',
  prototype: OpenOrder.prototype,
  base: { communityRowId: idColumn('community_id'), gridRowId: idColumn('grid_id') },
  props: {
    title: column('title'),
    serviceKinds: column('service_kinds'),
    urgency: column('urgency'),
    audience: column('audience'),
    quantity: column('quantity'),
    stillNeeded: column('still_needed'),
    startDate: column('start_date'),
    endDate: column('end_date'),
    storedWindows: column('windows'),
    placedAt: column('placed_at'),
    takeDeadline: column('take_deadline'),
    location: point('lat', 'lng'),
  },
  serves: { windows: ['storedWindows'], isOverdue: ['takeDeadline'] },
  relations: {
    community: { target: () => AREA, foreignKey: 'community_id', optional: false },
    grid: { target: () => AREA, foreignKey: 'grid_id', optional: true },
  },
};

const toCard = readAll(OPEN_ORDER);

export interface OpenOrderSearch {
  areaRowId: string | null;
  near: { lat: number; lng: number; radiusMeters: number } | null;
  /** null: any kind; otherwise orders asking for one of these (an empty list finds none). */
  serviceKinds: ServiceKind[] | null;
  neededOn: string | null;
  first: number | null | undefined;
  after: string | null | undefined;
}

const LIST_KEY = 'open-orders';
const URGENCY_RANK = `array_position(array['URGENT','HIGH','NORMAL','LOW']::text[], d.urgency)`;
const DEADLINE_KEY = `coalesce(d.take_deadline, 'infinity'::timestamptz)`;

/** The keyset of a cursor of this list: urgency rank, take deadline (as text), id. */
function keysetOf(cursor: string | null | undefined): [number, string, string] | null {
  if (cursor == null) return null;
  const parts = decodeCursor(cursor);
  const ok =
    parts !== null &&
    parts.length === 4 &&
    parts[0] === LIST_KEY &&
    typeof parts[1] === 'number' && Number.isInteger(parts[1]) && parts[1] >= 1 && parts[1] <= 4 &&
    typeof parts[2] === 'string' && (parts[2] === 'infinity' || /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?[+-]\d\d(:\d\d){0,2}$/.test(parts[2])) &&
    typeof parts[3] === 'string' && /^[1-9]\d{0,18}$/.test(parts[3]) && BigInt(parts[3]) <= BigInt('9223372036854775807');
  if (!ok) throw badInput('after', '"after" is not a cursor of this list.');
  return [parts[1] as number, parts[2] as string, parts[3] as string];
}

/**
 * `openOrders`: the SERVICE orders the viewer may take, PLACED (not past their last needed day) with some
 * quantity no live take covers, but for those the viewer already holds a live take of; most urgent first,
 * then the earliest take deadline, then id. One prepared statement, the areas the selection asks for
 * (community, grid, their parents…) joined in.
 */
export async function readOpenOrders(ctx: Context, selection: Selection | undefined, search: OpenOrderSearch): Promise<OpenOrderConnection> {
  const viewer = ctx.viewer;
  if (viewer.role === null) throw unauthenticated('Sign in to see the order board.');
  const p = new SqlParams();
  const reach = boardReachSql(viewer, p, 'd');
  if (reach === null) throw forbidden('The order board is for approved volunteers, units and staff: those who may take its orders.');
  const page = parsePageArgs({ first: search.first }, LIST_KEY);
  const after = keysetOf(search.after);
  const where = [
    `d.fulfilment = ${p.add(DemandFulfilment.SERVICE)}`,
    `d.status = ${p.add(DemandStatus.PLACED)}`,
    `d.end_date >= ${p.add(todayOf(ctx))}::date`,
    'd.taken_quantity < d.quantity',
    reach,
  ];
  const held = heldByViewerSql(viewer, p, 'd');
  if (held !== null) where.push(`not ${held}`);
  if (search.areaRowId !== null) {
    const id = p.add(search.areaRowId);
    where.push(`d.area_path >= (select path from area where id = ${id}::bigint) and d.area_path < (select path || '~' from area where id = ${id}::bigint)`);
  }
  if (search.serviceKinds !== null) where.push(`d.service_kinds && ${p.add(search.serviceKinds)}::text[]`);
  if (search.neededOn !== null) {
    const day = p.add(search.neededOn);
    where.push(`d.start_date <= ${day}::date and d.end_date >= ${day}::date`);
  }
  if (search.near !== null) {
    where.push(`${distanceSql(`${p.add(search.near.lat)}::float8`, `${p.add(search.near.lng)}::float8`, 'g')} <= ${p.add(search.near.radiusMeters)}::float8`);
  }
  if (after !== null) {
    where.push(`(${URGENCY_RANK}, ${DEADLINE_KEY}, d.id) > (${p.add(after[0])}::int, ${p.add(after[1])}::timestamptz, ${p.add(after[2])}::bigint)`);
  }
  const query = new ReadQuery();
  const build = plan(OPEN_ORDER, selection, 'o', query);
  const rankSlot = query.column('o.urgency_rank');
  const deadlineSlot = query.column('o.deadline_key::text');
  // the page is chosen in the subquery; only its rows are joined to the areas the selection asks for
  const text = `select ${query.columns.join(', ')}
    from (select ${CARD_COLUMNS}, ${URGENCY_RANK} as urgency_rank, ${DEADLINE_KEY} as deadline_key
          from ${CARD_FROM}
          where ${where.join(' and ')}
          order by ${URGENCY_RANK}, ${DEADLINE_KEY}, d.id
          limit ${p.add(page.limit + 1)}) o
    ${query.joins.join(' ')}
    order by o.urgency_rank, o.deadline_key, o.id`;
  const { rows } = await ctx.app.db.pool.query<unknown[]>({ name: preparedName(text), text, values: p.values, rowMode: 'array' });
  const connection = connectionOf(
    rows,
    { limit: page.limit, backward: false, afterId: after, beforeId: null },
    (row) => {
      const node = build(row);
      return { cursor: encodeCursor([LIST_KEY, row[rankSlot] as number, row[deadlineSlot] as string, node.rowId]), node };
    },
    () => Promise.resolve(0),
  );
  return { edges: connection.edges, pageInfo: connection.pageInfo };
}

/** A card and the order's live takers, as the demand channel needs them. */
export interface OrderCard {
  card: OpenOrder;
  takers: { accountIds: string[]; organizationIds: string[] };
}

/**
 * The cards of the SERVICE demands among `rowIds` as they are now, whatever their status and whoever asks
 * (the channel checks each subscriber's scope), with their live takers' accounts (volunteers, team leaders)
 * and units. One statement.
 */
export async function orderCardsByIds(pool: pg.Pool, rowIds: string[]): Promise<Map<string, OrderCard>> {
  const out = new Map<string, OrderCard>();
  if (!rowIds.length) return out;
  const { rows } = await pool.query<Record<string, unknown> & { taker_accounts: string[]; taker_organizations: string[] }>(
    `select ${CARD_COLUMNS},
            array(select t.account_id from demand_take t where t.demand_id = d.id and t.status = any($3::text[]) and t.taker_kind <> 'ORGANIZATION') as taker_accounts,
            array(select t.organization_id::text from demand_take t where t.demand_id = d.id and t.status = any($3::text[]) and t.organization_id is not null) as taker_organizations
     from ${CARD_FROM}
     where d.id = any($1::bigint[]) and d.fulfilment = $2`,
    [rowIds, DemandFulfilment.SERVICE, LIVE_TAKE_STATUSES],
  );
  for (const row of rows) {
    const card = toCard(row);
    out.set(card.rowId, { card, takers: { accountIds: row.taker_accounts, organizationIds: row.taker_organizations } });
  }
  return out;
}
