import type pg from 'pg';
import { preparedName } from '../db/statements.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import { badInput } from '../shared/errors.js';
import type { Connection, Edge } from '../shared/relay.js';
import { plan, ReadQuery, type TypeDef } from './compile.js';
import { SqlParams } from './params.js';
import type { Selection } from './selection.js';

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
  const countSql = `select count(*)::int from ${query.from} ${baseWhere.length ? `where ${baseWhere.join(' and ')}` : ''}`;
  return connectionOf(rows, page, (row) => ({ cursor: encodeCursor([listKey, row.id]), node: query.map(row) as T }), () =>
    pool.query<{ count: number }>(countSql, query.params).then((count) => count.rows[0].count),
  );
}

/**
 * The end every page shares: `rows` were read with one over the limit (which tells whether there is more),
 * a backward page in reverse order; `edgeOf` makes the edges of those kept; `count` runs only when
 * `totalCount` is selected (a getter).
 */
export function connectionOf<R, E extends Edge<unknown>>(
  rows: R[],
  page: { limit: number; backward: boolean; afterId: unknown; beforeId: unknown },
  edgeOf: (row: R) => E,
  count: () => Promise<number>,
): Omit<Connection<E['node']>, 'edges'> & { edges: E[] } {
  const more = rows.length > page.limit;
  const kept = rows.slice(0, page.limit);
  if (page.backward) kept.reverse();
  const edges = kept.map(edgeOf);
  return {
    edges,
    pageInfo: {
      hasNextPage: page.backward ? page.beforeId !== null : more,
      hasPreviousPage: page.backward ? more : page.afterId !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      return count();
    },
  };
}

/** The parameters a statement uses are $1..$n with n its highest: the filter's come first. */
function highestParam(text: string): number {
  let max = 0;
  for (const match of text.matchAll(/\$(\d+)/g)) max = Math.max(max, Number(match[1]));
  return max;
}

/**
 * `select count(*)` over `from` where `where` holds, as a prepared statement run when called: the values
 * are the filter's, the first of `p`'s (those of the page come after them and are left out).
 */
export function countOf(pool: pg.Pool, from: string, where: readonly string[], p: SqlParams): () => Promise<number> {
  const text = `select count(*)::int from ${from} where ${where.join(' and ')}`;
  const values = p.values.slice(0, highestParam(text));
  return () => pool.query<[number]>({ name: preparedName(text), text, values, rowMode: 'array' }).then((r) => r.rows[0][0]);
}

/** A root list ordered by id: see `readPage`. */
export interface PageRead<T> {
  pool: pg.Pool;
  def: TypeDef<T>;
  alias: string;
  selection: Selection | undefined;
  listKey: string;
  /** ANDed conditions over `alias`, scope included, using the parameters of `p`. */
  where: string[];
  p: SqlParams;
  page: ParsedPage;
}

/**
 * One page ordered by id, with the to-one relations the selection asks for, in one prepared statement:
 * the page is chosen in a subquery over the table alone and only its rows are joined. `totalCount` is a
 * second statement, only when selected.
 */
export async function readPage<T extends { rowId: string }>(r: PageRead<T>): Promise<Connection<T>> {
  const { p, alias, page } = r;
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
  const { rows } = await r.pool.query<unknown[]>({ name: preparedName(text), text, values: p.values, rowMode: 'array' });
  return connectionOf(
    rows,
    page,
    (row) => {
      const node = build(row);
      return { cursor: encodeCursor([r.listKey, node.rowId]), node };
    },
    countOf(r.pool, `${r.def.table} ${alias}`, r.where, p),
  );
}

/**
 * Root lookups by id (`demand(id)`, `node(id)`, `nodes(ids)`…), read with the to-one relations the
 * selection asks for in one statement; ids `visible` hides (the viewer's scope) come back null.
 */
export async function readByIds<T>(
  pool: pg.Pool,
  def: TypeDef<T>,
  alias: string,
  selection: Selection | undefined,
  ids: string[],
  visible: (p: SqlParams) => string,
): Promise<(T | null)[]> {
  if (ids.length === 0) return [];
  const query = new ReadQuery();
  const build = plan(def, selection, alias, query);
  const p = new SqlParams([ids]);
  const text = `select ${query.columns.join(', ')} from ${def.table} ${alias} ${query.joins.join(' ')}
    where ${alias}.id = any($1::bigint[]) and ${visible(p)}`;
  const { rows } = await pool.query<unknown[]>({ name: preparedName(text), text, values: p.values, rowMode: 'array' });
  const byId = new Map(rows.map((row) => [String(row[0]), build(row)]));
  return ids.map((id) => byId.get(id) ?? null);
}
