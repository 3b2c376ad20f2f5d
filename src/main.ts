import 'reflect-metadata';
import { ConfigError, loadConfig } from './config.js';
import { connectDatabase } from './db/connect.js';
import { isEmpty, seedDistrict } from '../seeds/load.js';
import { Authenticator } from './shared/auth.js';
import { systemClock } from './shared/clock.js';
import { createServer } from './server.js';
import { startSweeper } from './sweeper.js';
import { startMatcher, triggersMatching } from './modules/matching/matcher.js';
import pg from 'pg';

async function main() {
  const config = loadConfig();
  const say = (line: string) => process.stdout.write(`${line}\n`);
  if (config.jwt.kind === 'hs256' && config.jwt.isDevelopmentDefault) {
    say('note: tokens are verified with the development secret (set JWT_SECRET, or JWT_PUBLIC_KEY / JWT_JWKS_URL)');
  }
  const connected = await connectDatabase(config, say);
  say(`database: ${connected.description}`);
  if (config.seedOnEmpty && (await isEmpty(connected.db.pool))) {
    const counts = await seedDistrict(connected.db.pool, 1);
    say(`seeded the district: ${Object.entries(counts).map(([what, n]) => `${n} ${what}`).join(", ")}`);
  }
  const auth = new Authenticator(config, connected.db.pool, systemClock);
  const app = { config, db: connected.db, clock: systemClock, auth };
  const server = await createServer(app);
  const sweeper = startSweeper(app, {
    connect: async () => {
      const client = new pg.Client({ connectionString: connected.db.url });
      await client.connect();
      return client;
    },
    onError: (error) => process.stderr.write(`sweeper: ${String(error)}\n`),
  });
  // incremental matching (issue 5): one leader follows the event log, woken by the instance's event feed
  // (LISTEN/NOTIFY) and polling as a safety net
  const matcher = startMatcher(app, {
    connect: async () => {
      const client = new pg.Client({ connectionString: connected.db.url });
      await client.connect();
      return client;
    },
    onError: (error) => process.stderr.write(`matcher: ${String(error)}\n`),
  });
  // woken only by what can change the optimum, and only on the leader (the others try for the lead on their
  // own poll); the matcher's own poll moves its cursor past the rest
  server.onEvents((events) => {
    if (matcher.isLeader && events.some((e) => triggersMatching(e.type))) matcher.wake();
  });
  say(`sharehub ready at ${server.url} (WebSocket ${server.wsUrl})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: draining connections…`);
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await server.close();
    await sweeper.stop();
    await matcher.stop();
    await connected.close();
    say('stopped');
    process.exit(0);
  };
  // the hub drains first and then stops the embedded database in `connected.close()`
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  process.stderr.write(`${error instanceof ConfigError ? `configuration: ${error.message}` : error?.stack ?? error}\n`);
  process.exit(1);
});
