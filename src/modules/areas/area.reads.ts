import type pg from 'pg';
import { toGlobalId } from '../../shared/global-id.js';
import { byIdLoader } from '../../read/by-id.js';
import { keysetPage, parsePageArgs, type PageArgs } from '../../read/page.js';
import type { AreaKind } from './area.enums.js';
import { Area, AREA_COLUMNS, type AreaRow } from './area.type.js';

/** An Area from its row; an instance of the class, so type-graphql's field resolvers take it as it is. */
export function toArea(row: AreaRow): Area {
  return Object.assign(Object.create(Area.prototype) as Area, {
    __typename: 'Area' as const,
    id: toGlobalId('Area', row.id),
    rowId: String(row.id),
    path: row.path,
    parentRowId: row.parent_id === null ? null : String(row.parent_id),
    kind: row.kind,
    name: row.name,
    code: row.code,
    centroid: { lat: row.lat, lng: row.lng },
  });
}

/** Areas are public: anonymous callers read the whole tree. */
export function areaByIdLoader(pool: pg.Pool) {
  return byIdLoader(pool, `select ${AREA_COLUMNS} from area a where a.id = any($1::bigint[])`, toArea);
}

export async function districtArea(pool: pg.Pool): Promise<Area | null> {
  const { rows } = await pool.query<AreaRow>(
    `select ${AREA_COLUMNS} from area a where a.parent_id is null order by a.id limit 1`,
  );
  return rows[0] ? toArea(rows[0]) : null;
}

export function listAreas(
  pool: pg.Pool,
  filter: { kind?: AreaKind | null; parentId?: string | null; belowPath?: string | null },
  args: PageArgs,
) {
  const where: string[] = [];
  const params: unknown[] = [];
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
  return keysetPage<AreaRow, Area>(pool, 'areas', parsePageArgs(args, 'areas'), {
    select: AREA_COLUMNS,
    from: 'area a',
    where,
    params,
    idColumn: 'a.id',
    map: (row) => toArea(row as AreaRow),
  });
}
