/**
 * Baseline 1: a bare node:http server and a `pg` pool. Every POST runs one prepared statement that builds
 * the whole GraphQL response in PostgreSQL with row_to_json / json_agg; the text is written out unchanged.
 *
 *   node dist/bench/browse/baseline-json.js --port 0 --database-url postgres://…
 */
import pg from 'pg';
import { BASELINE_WHERE, BROWSE_VALUES, DISTANCE_SQL, POOL_SIZE, listenBare, runServer, serverArgs } from './shared.js';

const gid = (type: string, column: string) =>
  `translate(rtrim(encode(convert_to('${type}:' || ${column}, 'UTF8'), 'base64'), '='), '+/', '-_')`;

/**
 * Column order is key order: `{"data":{"resources":{"edges":[{"distanceMeters":…,"node":{…}}]}}}` with the
 * node's keys in the order of the query. A missing parent area gives a null sub-select, i.e. `"parent":null`.
 */
const BROWSE_JSON_SQL = `
with near as (
  select r.id, r.kind, r.title, r.address, r.capacity, r.capacity_unit, r.lat, r.lng, r.organization_id, r.area_id,
         ${DISTANCE_SQL} as distance
  from resource r
  where ${BASELINE_WHERE}
), page as (
  select * from near where distance <= $3::float8 order by distance, id limit $4::int
)
select row_to_json(top)::text as body
from (
  select (
    select row_to_json(d) from (
      select (
        select row_to_json(c) from (
          select coalesce(json_agg(row_to_json(edge) order by p.distance, p.id), '[]'::json) as edges
          from page p
          cross join lateral (
            select p.distance as "distanceMeters",
                   (select row_to_json(node) from (
                      select ${gid('Resource', 'p.id')} as id, p.kind, p.title, p.address, p.capacity,
                             p.capacity_unit as "capacityUnit",
                             (select row_to_json(loc) from (select p.lat, p.lng) loc) as location,
                             (select row_to_json(o) from (
                                select ${gid('Organization', 'org.id')} as id, org.name, org.kind
                                from organization org where org.id = p.organization_id
                              ) o) as organization,
                             (select row_to_json(a) from (
                                select ${gid('Area', 'ar.id')} as id, ar.name, ar.kind,
                                       (select row_to_json(pa) from (
                                          select ${gid('Area', 'up.id')} as id, up.name, up.kind
                                          from area up where up.id = ar.parent_id
                                        ) pa) as parent
                                from area ar where ar.id = p.area_id
                              ) a) as area
                    ) node) as node
          ) edge
        ) c
      ) as resources
    ) d
  ) as data
) top`;

async function start(): Promise<number> {
  const { port, databaseUrl } = serverArgs();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: POOL_SIZE });
  pool.on('error', () => {});
  const statement = { name: 'browse_json', text: BROWSE_JSON_SQL, values: BROWSE_VALUES, rowMode: 'array' as const };
  return listenBare(port, async () => {
    const { rows } = await pool.query<[string]>(statement);
    return rows[0][0];
  });
}

runServer('baseline-json', start);
