/**
 * What the driver and the three servers of the browse benchmark share: the canonical document, its
 * parameters, the distance expression, and how a server child process is started and told apart.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { EARTH_RADIUS_METERS } from '../../src/shared/geo.js';

/** The canonical query, exactly as sent to every server. */
export const BROWSE_QUERY = `query Browse {
  resources(filter: { near: { lat: 39.925, lng: 116.445, radiusMeters: 3000 } }, first: 50) {
    edges {
      distanceMeters
      node {
        id kind title address capacity capacityUnit
        location { lat lng }
        organization { id name kind }
        area { id name kind parent { id name kind } }
      }
    }
  }
}
`;

/** The same numbers as the document above; the baselines send them as statement parameters. */
export const BROWSE_PARAMS = { lat: 39.925, lng: 116.445, radiusMeters: 3000, first: 50 } as const;

/**
 * Great-circle distance in metres from ($1 lat, $2 lng) to the resource `r`, haversine on the sphere of
 * EARTH_RADIUS_METERS: the expression the hub uses too, so that the answers are equal to the last bit.
 */
export const DISTANCE_SQL =
  `2 * ${EARTH_RADIUS_METERS}::float8 * asin(sqrt(power(sin(radians(r.lat - $1::float8) / 2), 2) + ` +
  `cos(radians($1::float8)) * cos(radians(r.lat)) * power(sin(radians(r.lng - $2::float8) / 2), 2)))`;

/**
 * Whether the baselines narrow the scan with a bounding box around the circle, so that PostgreSQL can use
 * the GiST index on point(lng, lat) (migration read_path): the access path the hub uses. Without it every
 * published resource's distance is computed (a sequential scan, ~7× the database time at scale 10) and the
 * baselines would be handicapped against the hub. BENCH_BASELINE_BBOX=0 turns it off.
 */
export const BASELINE_BOX = process.env.BENCH_BASELINE_BBOX !== '0';

/**
 * A box a little larger than the circle (1% more radius; longitude widened at the latitude farthest from
 * the equator), as [minLng, minLat, maxLng, maxLat]. The driver checks that no resource of the circle lies
 * outside it.
 */
export function nearBox(lat: number, lng: number, radiusMeters: number): [number, number, number, number] {
  const dLat = ((radiusMeters * 1.01) / EARTH_RADIUS_METERS) * (180 / Math.PI);
  const dLng = dLat / Math.max(Math.cos((Math.abs(lat) + dLat) * (Math.PI / 180)), 0.01);
  return [lng - dLng, lat - dLat, lng + dLng, lat + dLat];
}

/** The box predicate on resource `r`, parameters $5–$8. */
export const BOX_SQL = 'point(r.lng, r.lat) <@ box(point($5::float8, $6::float8), point($7::float8, $8::float8))';

/** The baselines' predicate on `r` before the distance filter: published, and inside the box when BASELINE_BOX. */
export const BASELINE_WHERE = `r.status = 'PUBLISHED'${BASELINE_BOX ? ` and ${BOX_SQL}` : ''}`;

/** Statement parameters, in order: $1 lat, $2 lng, $3 radius in metres, $4 page size (and $5–$8 the box). */
export const BROWSE_VALUES = [
  BROWSE_PARAMS.lat, BROWSE_PARAMS.lng, BROWSE_PARAMS.radiusMeters, BROWSE_PARAMS.first,
  ...(BASELINE_BOX ? nearBox(BROWSE_PARAMS.lat, BROWSE_PARAMS.lng, BROWSE_PARAMS.radiusMeters) : []),
];

/** The pool size of each baseline: the hub's read pool has 10 too (openDatabase's default). */
export const POOL_SIZE = 10;

export interface ServerArgs {
  port: number;
  databaseUrl: string;
}

/** `--port N --database-url URL`, as the driver passes them. */
export function serverArgs(): ServerArgs {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '0' }, 'database-url': { type: 'string' } },
    strict: true,
  });
  const port = Number(values.port);
  const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0–65535, got ${values.port}`);
  if (!databaseUrl) throw new Error('--database-url is required');
  return { port, databaseUrl };
}

/** Message a server child sends its parent once it listens. */
export interface ReadyMessage {
  type: 'ready';
  port: number;
}

/**
 * A server child lives only as long as its driver: when the IPC channel closes (the driver exited, crashed
 * or was killed) it exits too.
 */
export function exitWithParent(): void {
  if (process.send) process.on('disconnect', () => process.exit(0));
}

export function announceReady(name: string, port: number): void {
  process.stdout.write(`${name}: listening on port ${port}\n`);
  process.send?.({ type: 'ready', port } satisfies ReadyMessage);
}

/**
 * A bare node:http server on 127.0.0.1 that answers every POST on any path with `answer()`'s JSON text
 * (the body is read and ignored), 405 to anything else, and 500 with a GraphQL-shaped error if it throws.
 */
export async function listenBare(port: number, answer: () => Promise<string>): Promise<number> {
  const server = http.createServer((req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST', 'content-type': 'application/json' }).end('{"errors":[{"message":"POST only"}]}');
      return;
    }
    req.resume();
    req.on('end', () => {
      answer().then(
        (body) => {
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
          res.end(body);
        },
        (error: unknown) => {
          process.stderr.write(`${String(error)}\n`);
          const body = JSON.stringify({ errors: [{ message: String(error) }] });
          res.writeHead(500, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
          res.end(body);
        },
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

/** Runs a server child's start-up, reporting a failure on stderr with a non-zero exit. */
export function runServer(name: string, start: () => Promise<number>): void {
  exitWithParent();
  // a clean exit on SIGTERM, so that --cpu-prof (BENCH_PROFILE) gets to write its profile
  process.on('SIGTERM', () => process.exit(0));
  start().then(
    (port) => announceReady(name, port),
    (error: unknown) => {
      process.stderr.write(`${name}: failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
