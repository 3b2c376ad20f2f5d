import 'reflect-metadata';
import { ConfigError, loadConfig } from './config.js';
import { isEmpty, seedDistrict } from '../seeds/load.js';
import { connectHubDatabase, createApp } from './app.js';
import { createServer } from './server.js';

async function main() {
  const config = loadConfig();
  const say = (line: string) => process.stdout.write(`${line}\n`);
  if (config.jwt.kind === 'hs256' && config.jwt.isDevelopmentDefault) {
    say('note: tokens are verified with the development secret (set JWT_SECRET, or JWT_PUBLIC_KEY / JWT_JWKS_URL)');
  }
  const connected = await connectHubDatabase(config, say);
  say(`database: ${connected.description}`);
  if (config.seedOnEmpty && (await isEmpty(connected.db.pool))) {
    const counts = await seedDistrict(connected.db.pool, 1);
    say(`seeded the district: ${Object.entries(counts).map(([what, n]) => `${n} ${what}`).join(", ")}`);
  }
  const app = createApp(config, connected.db);
  // the sweeper and the matcher run beside the server, woken by its event feed (src/workers/)
  const server = await createServer(app, { workers: true });
  say(`sharehub ready at ${server.url} (WebSocket ${server.wsUrl})`);
  say(server.metricsUrl ? `metrics at ${server.metricsUrl}` : 'metrics off (METRICS_PORT=off)');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: draining connections…`);
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await server.close();
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
