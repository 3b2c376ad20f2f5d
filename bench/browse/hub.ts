/**
 * The hub under test, started in this process the way src/main.ts does it, against the bench database,
 * with LOG_LEVEL=error and no seeding (the driver seeded already).
 *
 *   node dist/bench/browse/hub.js --port 0 --database-url postgres://…
 */
import 'reflect-metadata';
import { exportSPKI, generateKeyPair } from 'jose';
import { loadConfig } from '../../src/config.js';
import { connectHubDatabase, createApp } from '../../src/app.js';
import { createServer } from '../../src/server.js';
import { runServer, serverArgs } from './shared.js';

async function start(): Promise<number> {
  const { port, databaseUrl } = serverArgs();
  // production refuses to start without an RS256 key; the benchmark's callers are anonymous, any key will do
  const { publicKey } = await generateKeyPair('RS256', { extractable: true });
  const config = loadConfig({
    ...process.env,
    JWT_PUBLIC_KEY: await exportSPKI(publicKey),
    // and without a key of its own for households' hashes
    HOUSEHOLD_HASH_KEY: 'bench-household-hash-key-of-thirty-two-or-more-characters',
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'error',
    SEED_ON_EMPTY: 'false',
    // measured as deployed, metrics on, on a port of their own that cannot clash with another hub's
    METRICS_PORT: '127.0.0.1:0',
  });
  const connected = await connectHubDatabase(config);
  const server = await createServer(createApp(config, connected.db));
  return server.port;
}

runServer('hub', start);
