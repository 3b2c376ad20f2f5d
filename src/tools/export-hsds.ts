import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { connectHubDatabase } from '../app.js';
import { systemClock } from '../shared/clock.js';
import { writeHsdsPackage } from '../modules/hsds/index.js';

/**
 * `npm run export:hsds -- --out DIR`: writes the hub's public data as HSDS 3.0's tabular data package (CSV files
 * and datapackage.json) into DIR. `--help` prints the usage and exits 0; bad arguments exit 2 with one line on
 * standard error.
 */
const USAGE = `usage: npm run export:hsds -- --out DIR

Writes the published resources and the resident units (never their contacts) of the hub's database
(DATABASE_URL, or the embedded one in DATA_DIR) as Open Referral HSDS 3.0's tabular data package: one CSV
file per table and datapackage.json, into DIR (made if missing; files of the same names are replaced).
`;

let values: { out?: string; help?: boolean };
try {
  ({ values } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false }));
} catch (error) {
  process.stderr.write(`export:hsds: ${(error as Error).message.replace(/\s*\n\s*/g, ' ').trim()} (--help for usage)\n`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (!values.out) {
  process.stderr.write('export:hsds: --out DIR is required (--help for usage)\n');
  process.exit(2);
}
const config = loadConfig();
const connected = await connectHubDatabase(config);
try {
  const dir = path.resolve(values.out);
  const counts = await writeHsdsPackage(connected.db.pool, dir, config, systemClock.now());
  process.stdout.write(`wrote ${dir}: ${Object.entries(counts).map(([table, n]) => `${n} ${table}`).join(', ')}\n`);
} finally {
  await connected.close();
}
