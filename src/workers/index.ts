import pg from 'pg';
import type { App } from '../context.js';
import type { FeedEvent } from '../realtime/feed.js';
import { triggersMatching } from '../modules/matching/matcher.js';
import { startMatcher, type Matcher } from './matcher.js';
import { startSweeper, type Sweeper } from './sweeper.js';

/**
 * The instance's background work: the sweeper (time-driven transitions, then the event-log purge) and the
 * matcher (incremental re-solve), each run by one leader among the instances (its own advisory lock on a
 * dedicated connection). The matcher is woken by the events the instance's feed reads, only by those that
 * can change the optimum and only on the leader (the others try for the lead on their own poll).
 */
export interface Workers {
  sweeper: Sweeper;
  matcher: Matcher;
  /** Hands a batch the event feed read to the workers; quick (it only schedules). */
  onEvents(events: FeedEvent[]): void;
  stop(): Promise<void>;
}

export interface WorkerOptions {
  /** The sweeper's round (30 s by default). */
  sweepIntervalMs?: number;
  /** The matcher's safety poll (1 s by default). */
  matchIntervalMs?: number;
  onError?: (worker: 'sweeper' | 'matcher', error: unknown) => void;
}

export function startWorkers(app: App, options: WorkerOptions = {}): Workers {
  const connect = async () => {
    const client = new pg.Client({ connectionString: app.db.url });
    await client.connect();
    return client;
  };
  const sweeper = startSweeper(app, { intervalMs: options.sweepIntervalMs, connect, onError: (error) => options.onError?.('sweeper', error) });
  const matcher = startMatcher(app, { intervalMs: options.matchIntervalMs, connect, onError: (error) => options.onError?.('matcher', error) });
  return {
    sweeper,
    matcher,
    onEvents(events) {
      if (matcher.isLeader && events.some((e) => triggersMatching(e.type))) matcher.wake();
    },
    async stop() {
      await sweeper.stop();
      await matcher.stop();
    },
  };
}
