import { createHash } from 'node:crypto';
import type { GraphQLResolveInfo } from 'graphql';
import { hookHandlers, type Context } from '../../context.js';
import { belowAreaSql } from '../areas/index.js';
import { type ResourceFilter, ResourceOrder } from './resource-search.inputs.js';
import { localToday } from '../../shared/today.js';
import { ResourceStatus } from './resource.enums.js';
import type { Resource, ResourceSearchConnection } from './resource.type.js';
import { resourceVisibleSql } from './resource.rules.js';
import { decodeCursor, encodeCursor } from '../../shared/cursor.js';
import { badInput } from '../../shared/errors.js';
import { EARTH_RADIUS_METERS } from '../../shared/geo.js';
import { idOf } from '../../shared/input.js';
import { parseNear } from '../../shared/location.js';
import { plan, ReadQuery } from '../../read/compile.js';
import { RESOURCE } from './resource.reads.js';
import { openAtSql } from '../../read/open-at.js';
import { connectionOf, countOf, parsePageArgs, readByIds, type PageArgs } from '../../read/page.js';
import { SqlParams } from '../../read/params.js';
import { pathIn, selectionOf } from '../../read/selection.js';
import { preparedName } from '../../db/statements.js';
import { textGrams } from '../../read/text.js';

const MAX_TEXT = 50;

interface Sort {
  /** Key expressions after the distance lateral is in scope, last one the id. */
  keys: string[];
  /** Casts for the cursor's key values when compared. */
  casts: string[];
  descending: boolean;
}

const SORTS: Record<ResourceOrder, Sort> = {
  [ResourceOrder.ID]: { keys: ['r.id'], casts: ['bigint'], descending: false },
  [ResourceOrder.TITLE]: { keys: ['r.title collate "C"', 'r.id'], casts: ['text', 'bigint'], descending: false },
  [ResourceOrder.NEWEST]: { keys: ['coalesce(r.published_at, r.created_at)', 'r.id'], casts: ['timestamptz', 'bigint'], descending: true },
  [ResourceOrder.DISTANCE]: { keys: ['d.meters', 'r.id'], casts: ['float8', 'bigint'], descending: false },
};

/** Great-circle distance from ($lat, $lng), with the radius the JS helper uses, so both agree. */
export function distanceSql(lat: string, lng: string, alias = 'r'): string {
  return `2 * ${EARTH_RADIUS_METERS} * asin(sqrt(power(sin(radians(${alias}.lat - ${lat}) / 2), 2) + cos(radians(${lat})) * cos(radians(${alias}.lat)) * power(sin(radians(${alias}.lng - ${lng}) / 2), 2)))`;
}

function normalise(filter: ResourceFilter | null | undefined, orderBy: ResourceOrder | null | undefined) {
  const f = filter ?? {};
  const near = f.near ? parseNear(f.near, 'filter.near') : null;
  const text = f.text?.trim() ?? '';
  if (f.text != null && (text.length === 0 || text.length > MAX_TEXT)) {
    throw badInput('filter.text', `"text" must have 1 to ${MAX_TEXT} characters.`);
  }
  const order = orderBy ?? (near ? ResourceOrder.DISTANCE : ResourceOrder.ID);
  if (order === ResourceOrder.DISTANCE && !near) throw badInput('orderBy', 'DISTANCE needs `filter.near`.');
  const sorted = <T>(values: T[] | null | undefined) => (values?.length ? [...new Set(values)].sort() : null);
  return {
    kinds: sorted(f.kinds),
    areaId: f.areaId ? idOf(f.areaId, ['Area'], 'filter.areaId') : null,
    organizationId: f.organizationId ? idOf(f.organizationId, ['Organization'], 'filter.organizationId') : null,
    sharedWith: f.sharedWith ? idOf(f.sharedWith, ['Area'], 'filter.sharedWith') : null,
    audiences: sorted(f.audiences),
    accessMode: f.accessMode ?? null,
    statuses: sorted(f.statuses) ?? [ResourceStatus.PUBLISHED],
    openAt: f.openAt ? f.openAt.toISOString() : null,
    near,
    text: text || null,
    order,
  };
}

type Search = ReturnType<typeof normalise>;

/** Cursors carry a digest of the filter and order they were made under; another search refuses them. */
function searchKey(search: Search): string {
  return createHash('sha256').update(JSON.stringify(search)).digest('base64url').slice(0, 12);
}

function keysetValues(cursor: string | null | undefined, field: string, key: string, sort: Sort): unknown[] | null {
  if (cursor == null) return null;
  const parts = decodeCursor(cursor);
  if (!parts || parts[0] !== 'r' || parts.length !== sort.keys.length + 2) throw badInput(field, `"${field}" is not a cursor of this list.`);
  if (parts[1] !== key) throw badInput(field, `"${field}" was made for another filter or order; start again without it.`);
  const values = parts.slice(2);
  if (!values.every((value, i) => CURSOR_VALUES[sort.casts[i]!]!(value))) throw badInput(field, `"${field}" is not a cursor of this list.`);
  return values;
}

/**
 * What a cursor's value may be for each cast: anything else (a forged cursor) would fail the cast in SQL,
 * or, like 'yesterday' or 'epoch' for a timestamptz, mean a position no row ever had.
 */
const CURSOR_VALUES: Record<string, (value: unknown) => boolean> = {
  bigint: (v) => typeof v === 'string' && /^[1-9]\d{0,18}$/.test(v) && BigInt(v) <= BigInt('9223372036854775807'),
  text: (v) => typeof v === 'string',
  float8: (v) => typeof v === 'number',
  // timestamptz::text in the ISO DateStyle, e.g. 2027-03-01 10:00:00.000001+00
  timestamptz: (v) => typeof v === 'string' && /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?[+-]\d\d(:\d\d){0,2}$/.test(v),
};

/** The connection, with `totalCount` a getter that counts only when the field is read. */
export type SearchPage = Omit<ResourceSearchConnection, 'totalCount'> & { readonly totalCount: Promise<number> };

/**
 * `resources(filter, orderBy, first/after, last/before)`: the page and the to-one relations the query asks
 * for (organization, area, the area's parent…) come from one prepared statement, whatever the page size;
 * `totalCount` is a second one, only when selected. Scope is a predicate inside the statement.
 */
export async function searchResources(
  ctx: Context,
  info: GraphQLResolveInfo,
  filter: ResourceFilter | null | undefined,
  orderBy: ResourceOrder | null | undefined,
  args: PageArgs,
): Promise<SearchPage> {
  const search = normalise(filter, orderBy);
  const page = parsePageArgs({ first: args.first, last: args.last }, 'resources');
  const sort = SORTS[search.order];
  const key = searchKey(search);
  const after = keysetValues(args.after, 'after', key, sort);
  const before = keysetValues(args.before, 'before', key, sort);

  const p = new SqlParams();
  const where: string[] = [resourceVisibleSql(ctx.viewer, p, 'r'), `r.status = any(${p.add(search.statuses)}::text[])`];
  if (search.kinds) where.push(`r.kind = any(${p.add(search.kinds)}::text[])`);
  if (search.audiences) where.push(`r.audiences && ${p.add(search.audiences)}::text[]`);
  if (search.accessMode) where.push(`r.access_mode = ${p.add(search.accessMode)}`);
  if (search.organizationId) where.push(`r.organization_id = ${p.add(search.organizationId)}`);
  if (search.areaId) where.push(belowAreaSql('r', p, search.areaId));
  if (search.sharedWith) {
    const today = localToday(ctx.app.clock.now(), ctx.app.config.timeZone);
    const sharedWith = hookHandlers(ctx.app, 'resourcesSharedWithSql');
    where.push(sharedWith.length ? `(${sharedWith.map((shared) => shared(p, 'r', search.sharedWith!, today)).join(' or ')})` : 'false');
  }
  if (search.text) {
    where.push(`r.search_grams @> ${p.add(textGrams(search.text))}::text[]`);
    for (const term of search.text.toLowerCase().split(/\s+/)) {
      where.push(`strpos(lower(r.title || ' ' || r.address), ${p.add(term)}) > 0`);
    }
  }
  if (search.openAt) where.push(openAtSql(p, 'r', new Date(search.openAt), ctx.app.config.timeZone));
  let from = 'resource r';
  if (search.near) {
    const { lat, lng, radiusMeters } = search.near;
    const latP = `${p.add(lat)}::float8`;
    const lngP = `${p.add(lng)}::float8`;
    from += ` cross join lateral (select ${distanceSql(latP, lngP)} as meters) d`;
    // a box a little larger than the circle lets the GiST index on the point do the coarse work
    const dLat = ((radiusMeters * 1.01) / EARTH_RADIUS_METERS) * (180 / Math.PI);
    const dLng = dLat / Math.max(Math.cos((Math.abs(lat) + dLat) * (Math.PI / 180)), 0.01);
    where.push(
      `point(r.lng, r.lat) <@ box(point(${p.add(lng - dLng)}::float8, ${p.add(lat - dLat)}::float8), point(${p.add(lng + dLng)}::float8, ${p.add(lat + dLat)}::float8))`,
      `d.meters <= ${p.add(radiusMeters)}::float8`,
    );
  }
  const filtered = [...where];

  const keyset = (values: unknown[], forward: boolean) => {
    const rhs = values.map((v, i) => `${p.add(v)}::${sort.casts[i]}`);
    const greater = forward !== sort.descending;
    return `(${sort.keys.join(', ')}) ${greater ? '>' : '<'} (${rhs.join(', ')})`;
  };
  if (after) where.push(keyset(after, true));
  if (before) where.push(keyset(before, false));

  const selection = pathIn([...selectionOf(info).values()][0], 'edges', 'node');
  const query = new ReadQuery();
  const build = plan(RESOURCE, selection, 'r', query);
  const backward = page.backward;
  const direction = backward !== sort.descending ? 'desc' : 'asc';
  // the page is chosen first, in a subquery over resource alone, and only its rows are joined: joining
  // every candidate before the limit cost several times more (seen in EXPLAIN on the scale-10 district)
  const keyColumns = sort.keys.map((k, i) => (k === 'r.id' ? 'id' : `sort_key_${i}`));
  const inner = [
    ...[...query.used.get('r')!].map((c) => `r.${c}`),
    ...sort.keys.flatMap((k, i) => (k === 'r.id' ? [] : [`${k} as ${keyColumns[i]}`])),
    ...(search.near ? ['d.meters as meters'] : []),
  ];
  const sortSlots = keyColumns.slice(0, -1).map((c, i) => query.column(`r.${c}${sort.casts[i] === 'timestamptz' ? '::text' : ''}`));
  const distanceSlot = search.near ? query.column('r.meters') : -1;
  const text = `select ${query.columns.join(', ')}
    from (select ${inner.join(', ')} from ${from}
          where ${where.join(' and ')}
          order by ${sort.keys.map((k) => `${k} ${direction}`).join(', ')}
          limit ${p.add(page.limit + 1)}) r
    ${query.joins.join(' ')}
    order by ${keyColumns.map((c) => `r.${c} ${direction}`).join(', ')}`;
  const result = await ctx.app.db.pool.query<unknown[]>({ name: preparedName(text), text, values: p.values, rowMode: 'array' });

  return connectionOf(
    result.rows,
    { limit: page.limit, backward, afterId: after, beforeId: before },
    (row) => {
      const node = build(row) as Resource;
      const sortValues = sortSlots.map((slot) => row[slot]);
      return {
        // encoded only when read: most pages never ask for their edges' cursors
        get cursor() {
          return encodeCursor(['r', key, ...sortValues, node.rowId]);
        },
        node,
        distanceMeters: distanceSlot < 0 ? null : (row[distanceSlot] as number),
      };
    },
    countOf(ctx.app.db.pool, from, filtered, p),
  );
}

/**
 * Root lookups of resources by id (`resource(id)`, `node(id)`, `nodes(ids)`), read with the to-one
 * relations their selection asks for in one statement. Ids the viewer may not see come back null.
 */
export function resourcesByIds(ctx: Context, info: GraphQLResolveInfo, ids: string[]): Promise<(Resource | null)[]> {
  return readByIds(ctx.app.db.pool, RESOURCE, 'r', selectionOf(info).get('Resource'), ids, (p) => resourceVisibleSql(ctx.viewer, p, 'r'));
}
