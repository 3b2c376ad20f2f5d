/**
 * Baseline 2: the same bare node:http server and `pg` pool as baseline 1, but the prepared statement returns
 * the page flat (one row per resource with its organization, area and the area's parent joined in) and
 * the response is built and serialised in Node.
 *
 *   node dist/bench/browse/baseline-flat.js --port 0 --database-url postgres://…
 */
import pg from 'pg';
import { BASELINE_WHERE, BROWSE_VALUES, DISTANCE_SQL, POOL_SIZE, listenBare, runServer, serverArgs } from './shared.js';

const BROWSE_FLAT_SQL = `
with near as (
  select r.id, r.kind, r.title, r.address, r.capacity, r.capacity_unit, r.lat, r.lng, r.organization_id, r.area_id,
         ${DISTANCE_SQL} as distance
  from resource r
  where ${BASELINE_WHERE}
), page as (
  select * from near where distance <= $3::float8 order by distance, id limit $4::int
)
select p.distance, p.id, p.kind, p.title, p.address, p.capacity, p.capacity_unit, p.lat, p.lng,
       org.id, org.name, org.kind,
       ar.id, ar.name, ar.kind,
       up.id, up.name, up.kind
from page p
join organization org on org.id = p.organization_id
join area ar on ar.id = p.area_id
left join area up on up.id = ar.parent_id
order by p.distance, p.id`;

type Row = [
  distance: number, id: string, kind: string, title: string, address: string, capacity: number | null, capacityUnit: string | null,
  lat: number, lng: number,
  orgId: string, orgName: string, orgKind: string,
  areaId: string, areaName: string, areaKind: string,
  parentId: string | null, parentName: string | null, parentKind: string | null,
];

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');

function toResponse(rows: Row[]): string {
  const edges = rows.map((r) => ({
    distanceMeters: r[0],
    node: {
      id: globalId('Resource', r[1]),
      kind: r[2],
      title: r[3],
      address: r[4],
      capacity: r[5],
      capacityUnit: r[6],
      location: { lat: r[7], lng: r[8] },
      organization: { id: globalId('Organization', r[9]), name: r[10], kind: r[11] },
      area: {
        id: globalId('Area', r[12]),
        name: r[13],
        kind: r[14],
        parent: r[15] === null ? null : { id: globalId('Area', r[15]), name: r[16], kind: r[17] },
      },
    },
  }));
  return JSON.stringify({ data: { resources: { edges } } });
}

async function start(): Promise<number> {
  const { port, databaseUrl } = serverArgs();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: POOL_SIZE });
  pool.on('error', () => {});
  const statement = { name: 'browse_flat', text: BROWSE_FLAT_SQL, values: BROWSE_VALUES, rowMode: 'array' as const };
  return listenBare(port, async () => {
    const { rows } = await pool.query<Row>(statement);
    return toResponse(rows);
  });
}

runServer('baseline-flat', start);
