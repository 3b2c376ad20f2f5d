import type pg from 'pg';
import { createContext, type App } from '../context.js';
import { agreementSweeps } from '../modules/agreements/index.js';
import { demandSweeps } from '../modules/demands/index.js';
import { purgeEvents } from '../modules/events/event.purge.js';
import { SYSTEM_VIEWER } from '../shared/viewer.js';
import type { Sweep } from './sweep.js';


const SWEEPS: Sweep[] = [...agreementSweeps, ...demandSweeps];

// any constant works; it only has to be the same for every instance
const LEADER_LOCK_KEY = 7_346_002;

/** Runs every module's sweep once, now, as SYSTEM; returns how many transitions were recorded. */
export async function sweepOnce(app: App): Promise<number> {
  let recorded = 0;
  for (const sweep of SWEEPS) recorded += await sweep(createContext(app, SYSTEM_VIEWER));
  return recorded;
}

export interface Sweeper {
  /** Whether this instance holds the leader lock right now. */
  readonly isLeader: boolean;
  stop(): Promise<void>;
}

/**
 * Every `intervalMs`, the one instance holding a session-level advisory lock (on a dedicated connection,
 * not a pooled one) runs the sweeps, then purges the event log of what is older than the retention
 * (`purgeEvents`: batch after batch, each its own transaction, until nothing old is left or the sweeper
 * stops); the others try to take the lock each round, so a new leader takes over within one interval when
 * the old one dies. Errors are reported and the next round tries again. `onPurge` hears how many events
 * each leader round purged.
 */
export function startSweeper(
  app: App,
  options: {
    intervalMs?: number;
    connect: () => Promise<pg.Client>;
    onError?: (error: unknown) => void;
    onPurge?: (purged: number) => void;
  },
): Sweeper {
  const intervalMs = options.intervalMs ?? 30_000;
  let client: pg.Client | null = null;
  let leader = false;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();

  const round = async () => {
    try {
      if (!client) {
        client = await options.connect();
        client.on('error', () => {
          leader = false;
          client = null;
        });
      }
      if (!leader) {
        const { rows } = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [LEADER_LOCK_KEY]);
        leader = rows[0].ok;
      }
      if (leader) {
        await sweepOnce(app);
        options.onPurge?.(await purgeEvents(app, { shouldStop: () => stopped }));
      }
    } catch (error) {
      options.onError?.(error);
      leader = false;
      const broken = client;
      client = null;
      await broken?.end().catch(() => {});
    }
  };

  const timer = setInterval(() => {
    if (!stopped) running = running.then(round);
  }, intervalMs);
  timer.unref();
  running = running.then(round);

  return {
    get isLeader() {
      return leader;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      await client?.end().catch(() => {});
    },
  };
}
