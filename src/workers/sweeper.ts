import { createContext, type App, type Job } from '../context.js';
import { purgeEvents } from '../outbox/purge.js';
import { SYSTEM_VIEWER } from '../shared/viewer.js';

/** Runs every module's sweep once, now, as SYSTEM; returns how many transitions were recorded. */
export async function sweepOnce(app: App): Promise<number> {
  let recorded = 0;
  for (const sweep of app.modules.flatMap((m) => m.sweeps ?? [])) recorded += await sweep(createContext(app, SYSTEM_VIEWER));
  return recorded;
}

/**
 * The sweeper, a job of the core: every round (30 s by default) it runs the modules' sweeps, then purges
 * the event log of what is older than the retention (`purgeEvents`: batch after batch, each its own
 * transaction, until nothing old is left or the workers stop). `onPurge` hears how many events each round
 * purged.
 */
export function sweeperJob(options: { intervalMs?: number; onPurge?: (purged: number) => void } = {}): Job {
  return {
    name: 'sweeper',
    intervalMs: options.intervalMs ?? 30_000,
    run: async (app, stopping) => {
      await sweepOnce(app);
      options.onPurge?.(await purgeEvents(app, { shouldStop: stopping }));
    },
  };
}
