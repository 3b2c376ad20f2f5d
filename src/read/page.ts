import type pg from 'pg';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import { badInput } from '../shared/errors.js';
import type { Connection } from '../shared/relay.js';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface ParsedPage {
  limit: number;
  backward: boolean;
  afterId: string | null;
  beforeId: string | null;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

function cursorId(cursor: string | null | undefined, listKey: string, field: string): string | null {
  if (cursor === null || cursor === undefined) return null;
  const parts = decodeCursor(cursor);
  if (
    !parts ||
    parts.length !== 2 ||
    parts[0] !== listKey ||
    typeof parts[1] !== 'string' ||
    !/^[1-9]\d{0,18}$/.test(parts[1]) ||
    BigInt(parts[1]) > BigInt('9223372036854775807') // beyond bigint: the SQL would fail, not answer
  ) {
    throw badInput(field, `"${field}" is not a cursor of this list.`);
  }
  return parts[1];
}

/** Validates Relay arguments: at most one of first/last, each 0..100, cursors from this very list. */
export function parsePageArgs(args: PageArgs, listKey: string): ParsedPage {
  const { first, last } = args;
  if (first != null && last != null) throw badInput('first', 'Give "first" or "last", not both.');
  for (const [name, value] of [['first', first], ['last', last]] as const) {
    if (value != null && (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE)) {
      throw badInput(name, `"${name}" must be from 0 to ${MAX_PAGE_SIZE}, got ${value}.`);
    }
  }
  return {
    limit: first ?? last ?? DEFAULT_PAGE_SIZE,
    backward: last != null,
    afterId: cursorId(args.after, listKey, 'after'),
    beforeId: cursorId(args.before, listKey, 'before'),
  };
}

export interface KeysetQuery<Row> {
  /** Columns, selected from `from`; must include `id`. */
  select: string;
  /** FROM clause with joins, without WHERE. */
  from: string;
  /** ANDed conditions; may reference $1..$n of `params`. */
  where: string[];
  params: unknown[];
  /** The id column the keyset orders by, e.g. `r.id`. */
  idColumn: string;
  map: (row: Row) => unknown;
}

/** One page of a list ordered by id, with a keyset cursor: rows added between pages never shift it. */
export async function keysetPage<Row extends { id: string }, T>(
  pool: pg.Pool,
  listKey: string,
  page: ParsedPage,
  query: KeysetQuery<Row>,
): Promise<Connection<T>> {
  const params = [...query.params];
  const where = [...query.where];
  const baseWhere = [...query.where];
  if (page.afterId !== null) {
    params.push(page.afterId);
    where.push(`${query.idColumn} > $${params.length}`);
  }
  if (page.beforeId !== null) {
    params.push(page.beforeId);
    where.push(`${query.idColumn} < $${params.length}`);
  }
  params.push(page.limit + 1);
  const sql = `select ${query.select} from ${query.from}
    ${where.length ? `where ${where.join(' and ')}` : ''}
    order by ${query.idColumn} ${page.backward ? 'desc' : 'asc'} limit $${params.length}`;
  const { rows } = await pool.query<Row>(sql, params);
  const more = rows.length > page.limit;
  const slice = rows.slice(0, page.limit);
  if (page.backward) slice.reverse();
  const edges = slice.map((row) => ({ cursor: encodeCursor([listKey, row.id]), node: query.map(row) as T }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.backward ? page.beforeId !== null : more,
      hasPreviousPage: page.backward ? more : page.afterId !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      return pool
        .query<{ n: string }>(`select count(*) as n from ${query.from} ${baseWhere.length ? `where ${baseWhere.join(' and ')}` : ''}`, query.params)
        .then((count) => Number(count.rows[0].n));
    },
  };
}
