import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { connectHubDatabase } from '../app.js';
import { seedDistrict, truncateAll } from '../../seeds/load.js';

/**
 * `npm run seed [-- --scale N]`: empties the database and writes the district again. `--help` prints the usage and
 * exits 0; bad arguments exit 2 with one line on standard error.
 */
const USAGE = `usage: npm run seed [-- --scale N]

Empties the hub's database (DATABASE_URL, or the embedded one in DATA_DIR) and writes the district again;
--scale N (1 to 100, default 1) lays N copies of the five streets side by side, for benchmarks.
`;

let values: { scale?: string; help?: boolean };
try {
  ({ values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false }));
} catch (error) {
  process.stderr.write(`seed: ${(error as Error).message.replace(/\s*\n\s*/g, ' ').trim()} (--help for usage)\n`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const scale = Number(values.scale);
if (!Number.isInteger(scale) || scale < 1 || scale > 100) {
  process.stderr.write('seed: --scale must be a whole number from 1 to 100 (--help for usage)\n');
  process.exit(2);
}
const connected = await connectHubDatabase(loadConfig());
try {
  await truncateAll(connected.db.pool);
  const counts = await seedDistrict(connected.db.pool, scale);
  process.stdout.write(`seeded scale ${scale}: ${Object.entries(counts).map(([what, n]) => `${n} ${what}`).join(", ")}\n`);
} finally {
  await connected.close();
}
