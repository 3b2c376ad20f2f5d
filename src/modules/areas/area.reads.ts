import type pg from 'pg';
import type { Context } from '../../context.js';
import { notFound } from '../../shared/errors.js';
import { idOf } from '../../shared/input.js';
import { column, idColumn, point, readAll, selectAll, type TypeDef } from '../../read/compile.js';
import type { SqlParams } from '../../read/params.js';
import { byIdLoader } from '../../read/by-id.js';
import { keysetPage, parsePageArgs, type PageArgs } from '../../read/page.js';
import type { AreaKind } from './area.enums.js';
import { Area } from './area.type.js';

/** How an Area is read: each column declared once (src/read/compile.ts). */
export const AREA: TypeDef<Area> = {
  typename: 'Area',
  table: 'area',
  prototype: Area.prototype,
  base: { parentRowId: idColumn('parent_id'), path: column('path') },
  props: {
    kind: column('kind'),
    name: column('name'),
    code: column('code'),
    centroid: point('lat', 'lng'),
    gridLevel: column('grid_level'),
    version: column('version'),
    retiredAt: column('retired_at'),
  },
  relations: { parent: { target: () => AREA, foreignKey: 'parent_id', optional: true } },
};

const AREA_COLUMNS = selectAll(AREA, 'a');
const toArea = readAll(AREA);

/** Areas are public: anonymous callers read the whole tree. */
export function areaByIdLoader(pool: pg.Pool) {
  return byIdLoader(pool, `select ${AREA_COLUMNS} from area a where a.id = any($1::bigint[])`, toArea);
}

export async function districtArea(pool: pg.Pool): Promise<Area | null> {
  const { rows } = await pool.query(
    `select ${AREA_COLUMNS} from area a where a.parent_id is null order by a.id limit 1`,
  );
  return rows[0] ? toArea(rows[0]) : null;
}

export function listAreas(
  pool: pg.Pool,
  filter: { kind?: AreaKind | null; parentId?: string | null; belowPath?: string | null; includeRetired?: boolean },
  args: PageArgs,
) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!filter.includeRetired) where.push('a.retired_at is null');
  if (filter.kind) {
    params.push(filter.kind);
    where.push(`a.kind = $${params.length}`);
  }
  if (filter.parentId) {
    params.push(filter.parentId);
    where.push(`a.parent_id = $${params.length}`);
  }
  if (filter.belowPath) {
    params.push(`${filter.belowPath}%`);
    where.push(`a.path like $${params.length}`);
  }
  return keysetPage<{ id: string }, Area>(pool, 'areas', parsePageArgs(args, 'areas'), {
    select: AREA_COLUMNS,
    from: 'area a',
    where,
    params,
    idColumn: 'a.id',
    map: toArea,
  });
}

/**
 * "In the area `areaRowId` or below", for a row (alias `alias`) carrying its area's path: a range on the
 * C-collated path, which an (area_path, id) index serves; '~' sorts after the digits and '/' of every path.
 */
export function belowAreaSql(alias: string, p: SqlParams, areaRowId: string): string {
  const id = p.add(areaRowId);
  return `${alias}.area_path >= (select path from area where id = ${id}) and ${alias}.area_path < (select path || '~' from area where id = ${id})`;
}

/** The path of the area a filter names (null when none is named); NOT_FOUND names the field. */
export async function areaPathOf(ctx: Context, areaId: string | null | undefined, field: string): Promise<string | null> {
  if (!areaId) return null;
  const area = await ctx.loaders.areaById.load(idOf(areaId, ['Area'], field));
  if (!area) throw notFound(field, 'area');
  return area.path;
}
