import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { connectHubDatabase } from '../app.js';
import { seedDistrict, truncateAll } from '../../seeds/load.js';

/** `npm run seed [-- --scale N]`: empties the database and writes the district again. */
const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' } } });
const scale = Number(values.scale);
if (!Number.isInteger(scale) || scale < 1 || scale > 100) {
  process.stderr.write('--scale must be a whole number from 1 to 100\n');
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
