import type pg from 'pg';
import { createContext, type App } from '../context.js';
import { agreementSweeps } from '../modules/agreements/index.js';
import { demandSweeps } from '../modules/demands/index.js';
import { purgeEvents } from '../modules/events/event.purge.js';
import { SYSTEM_VIEWER } from '../shared/viewer.js';
import { startLeaderLoop } from './leader.js';
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
  /** Whether this instance holds the sweeper's leader lock right now. */
  readonly isLeader: boolean;
  stop(): Promise<void>;
}

/**
 * Every `intervalMs` (30 s by default) the leader (`startLeaderLoop`) runs the sweeps, then purges the event
 * log of what is older than the retention (`purgeEvents`: batch after batch, each its own transaction, until
 * nothing old is left or the sweeper stops). `onPurge` hears how many events each leader round purged.
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
  const loop = startLeaderLoop({
    lockKey: LEADER_LOCK_KEY,
    intervalMs: options.intervalMs ?? 30_000,
    connect: options.connect,
    onError: options.onError,
    work: async (stopping) => {
      await sweepOnce(app);
      options.onPurge?.(await purgeEvents(app, { shouldStop: stopping }));
    },
  });
  return {
    get isLeader() {
      return loop.isLeader;
    },
    stop: () => loop.stop(),
  };
}
