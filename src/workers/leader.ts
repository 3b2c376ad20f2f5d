import type pg from 'pg';

/**
 * Which instance does the background work: the one holding the session-level advisory lock `lockKey`, on a
 * dedicated connection (not a pooled one, so the lock lives exactly as long as that connection). The others
 * try to take it each round, so a new leader takes over within one round when the old one dies. One
 * leadership is shared by every schedule of an instance (src/workers/index.ts): the sweeper and the jobs
 * of the modules run on the same leader, each on its own schedule.
 */
export interface Leadership {
  /** Whether this instance held the lock when it last looked. */
  readonly isLeader: boolean;
  /** Holds or tries to take the lock; false when another instance has it. */
  acquire(): Promise<boolean>;
  /** Drops the connection and the lock with it (after an error: the connection may be broken). */
  drop(): Promise<void>;
}

export function createLeadership(options: { lockKey: number; connect: () => Promise<pg.Client> }): Leadership {
  let client: Promise<pg.Client> | null = null;
  let leader = false;
  // schedules ask concurrently: one connection, one lock query at a time
  let asking: Promise<boolean> | null = null;

  const connection = () =>
    (client ??= options.connect().then((c) => {
      c.on('error', () => {
        leader = false;
        client = null;
      });
      return c;
    }));
  const ask = async () => {
    try {
      if (!leader) {
        const { rows } = await (await connection()).query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [options.lockKey]);
        leader = rows[0].ok;
      }
      return leader;
    } catch (error) {
      await drop();
      throw error;
    } finally {
      asking = null;
    }
  };
  const drop = async () => {
    leader = false;
    const broken = client;
    client = null;
    await broken?.then((c) => c.end()).catch(() => {});
  };
  return {
    get isLeader() {
      return leader;
    },
    acquire: () => (asking ??= ask()),
    drop,
  };
}

/** One schedule of background work, run only while its instance leads. */
export interface LeaderLoop {
  /** Whether this instance leads right now. */
  readonly isLeader: boolean;
  /** Runs a round now (coalesced with one queued or in progress). */
  wake(): void;
  /** Stops scheduling and waits for the round in progress. */
  stop(): Promise<void>;
}

/**
 * Every `intervalMs`, and whenever woken, runs `work` if this instance leads. Rounds never overlap and never
 * pile up: a wake or a tick while one is queued is the same round. An error is reported, the leadership
 * dropped (its connection may be the broken thing), and the next round tries again.
 */
export function startLeaderLoop(options: {
  leadership: Leadership;
  intervalMs: number;
  /** One round's work, as the leader; `stopping()` turns true once `stop` was called. */
  work: (stopping: () => boolean) => Promise<void>;
  onError?: (error: unknown) => void;
}): LeaderLoop {
  const { leadership } = options;
  let stopped = false;
  let queued = false;
  let running: Promise<void> = Promise.resolve();

  const round = async () => {
    queued = false;
    if (stopped) return;
    try {
      if (await leadership.acquire()) await options.work(() => stopped);
    } catch (error) {
      options.onError?.(error);
      await leadership.drop();
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
      return leadership.isLeader;
    },
    wake: schedule,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
