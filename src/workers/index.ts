import pg from 'pg';
import type { App, Job } from '../context.js';
import type { FeedEvent } from '../outbox/feed.js';
import { createLeadership, startLeaderLoop, type Leadership, type LeaderLoop } from './leader.js';
import { sweeperJob } from './sweeper.js';

/*
 * The instance's background work: the sweeper (time-driven transitions, then the event-log purge) and the
 * jobs the modules list in their manifests (the incremental matcher), all on the one instance that leads
 * (one advisory lock, leader.ts), each on its own schedule. A job is also woken by the events the
 * instance's feed reads, only by those it names and only on the leader (the others try for the lead on
 * their own rounds).
 */

// any constant works; it only has to be the same for every instance
export const WORKERS_LOCK_KEY = 7_346_002;

export interface Workers {
  /** Whether this instance leads (runs the background work) right now. */
  readonly isLeader: boolean;
  /** Each schedule by its job's name: `sweeper`, `matcher`. */
  readonly loops: ReadonlyMap<string, LeaderLoop>;
  /** Hands a batch the event feed read to the workers; quick (it only schedules). */
  onEvents(events: FeedEvent[]): void;
  stop(): Promise<void>;
}

export interface WorkerOptions {
  /** A job's round by its name, to override its own (tests). */
  intervalsMs?: Readonly<Record<string, number>>;
  onError?: (job: string, error: unknown) => void;
  /** Hears how long each round a job ran as the leader took, in seconds, failed rounds included (metrics). */
  onRound?: (job: string, seconds: number) => void;
}

/** A dedicated connection to the app's database, for a leader's lock. */
function connectTo(app: App) {
  return async () => {
    const client = new pg.Client({ connectionString: app.db.url });
    await client.connect();
    return client;
  };
}

/** Runs one job on its own schedule while `leadership` (by default a lock of its own on WORKERS_LOCK_KEY) is held. */
export function startJob(
  app: App,
  job: Job,
  options: {
    leadership?: Leadership;
    connect?: () => Promise<pg.Client>;
    intervalMs?: number;
    onError?: (error: unknown) => void;
    onRound?: (seconds: number) => void;
  } = {},
): LeaderLoop {
  const leadership = options.leadership ?? createLeadership({ lockKey: WORKERS_LOCK_KEY, connect: options.connect ?? connectTo(app) });
  const loop = startLeaderLoop({
    leadership,
    intervalMs: options.intervalMs ?? job.intervalMs,
    onError: options.onError,
    work: async (stopping) => {
      const started = performance.now();
      try {
        await job.run(app, stopping);
      } finally {
        options.onRound?.((performance.now() - started) / 1000);
      }
    },
  });
  if (options.leadership) return loop;
  // a lock of its own: released with the loop
  return {
    get isLeader() {
      return loop.isLeader;
    },
    wake: () => loop.wake(),
    async stop() {
      await loop.stop();
      await leadership.drop();
    },
  };
}

export function startWorkers(app: App, options: WorkerOptions = {}): Workers {
  const leadership = createLeadership({ lockKey: WORKERS_LOCK_KEY, connect: connectTo(app) });
  const jobs = [sweeperJob(), ...app.modules.flatMap((m) => m.jobs ?? [])];
  const loops = new Map(
    jobs.map((job) => [
      job.name,
      startJob(app, job, {
        leadership,
        intervalMs: options.intervalsMs?.[job.name],
        onError: (error) => options.onError?.(job.name, error),
        onRound: options.onRound && ((seconds) => options.onRound!(job.name, seconds)),
      }),
    ]),
  );
  return {
    get isLeader() {
      return leadership.isLeader;
    },
    loops,
    onEvents(events) {
      if (!leadership.isLeader) return;
      for (const job of jobs) if (job.wakesOn && events.some((e) => job.wakesOn!(e.type))) loops.get(job.name)!.wake();
    },
    async stop() {
      await Promise.all([...loops.values()].map((loop) => loop.stop()));
      await leadership.drop();
    },
  };
}
