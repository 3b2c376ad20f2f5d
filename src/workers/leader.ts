import type pg from 'pg';

/** Background work that one instance at a time performs, on its own schedule. */
export interface LeaderLoop {
  /** Whether this instance holds the work's leader lock right now. */
  readonly isLeader: boolean;
  /** Runs a round now (coalesced with one queued or in progress). */
  wake(): void;
  /** Stops scheduling, waits for the round in progress, releases the lock (its connection ends). */
  stop(): Promise<void>;
}

/**
 * Every `intervalMs`, and whenever woken, the one instance holding the session-level advisory lock `lockKey`
 * (on a dedicated connection from `connect`, not a pooled one) runs `work`; the others try to take the lock
 * each round, so a new leader takes over within one interval when the old one dies. Rounds never overlap and
 * never pile up: a wake or a tick while one is queued is the same round. An error is reported, the
 * connection dropped (a broken one, or the lock with it), and the next round tries again.
 */
export function startLeaderLoop(options: {
  lockKey: number;
  intervalMs: number;
  connect: () => Promise<pg.Client>;
  /** One round's work, as the leader; `stopping()` turns true once `stop` was called. */
  work: (stopping: () => boolean) => Promise<void>;
  onError?: (error: unknown) => void;
}): LeaderLoop {
  let client: pg.Client | null = null;
  let leader = false;
  let stopped = false;
  let queued = false;
  let running: Promise<void> = Promise.resolve();

  const round = async () => {
    queued = false;
    if (stopped) return;
    try {
      if (!client) {
        client = await options.connect();
        client.on('error', () => {
          leader = false;
          client = null;
        });
      }
      if (!leader) {
        const { rows } = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [options.lockKey]);
        leader = rows[0].ok;
      }
      if (leader) await options.work(() => stopped);
    } catch (error) {
      options.onError?.(error);
      leader = false;
      const broken = client;
      client = null;
      await broken?.end().catch(() => {});
    }
  };
  const schedule = () => {
    if (stopped || queued) return;
    queued = true;
    running = running.then(round);
  };

  const timer = setInterval(schedule, options.intervalMs);
  timer.unref();
  schedule();

  return {
    get isLeader() {
      return leader;
    },
    wake: schedule,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      await client?.end().catch(() => {});
    },
  };
}
