import { GraphQLError } from 'graphql';
import type pg from 'pg';
import type { App } from '../context.js';
import { BACKGROUND_SQL } from './feed.js';

/*
 * The event log keeps EVENT_RETENTION_DAYS of events (README, "Subscriptions (realtime)"). The sweeper's
 * leader purges what is older, EVENT_PURGE_BATCH events a transaction, and keeps a watermark: the highest
 * cursor purged (table `event_watermark`, one row). Every event at or below it is gone, so
 *  - a reader resuming from a cursor below it (`events(after)`, a subscription's `after`) would skip events
 *    silently: it gets CURSOR_EXPIRED instead;
 *  - the matcher, whose cursor may lag (stopped, or a long pass), does not hold the purge back: finding its
 *    cursor below the watermark, it re-solves every open demand once (matcher.ts).
 * Only the `event` table is purged; the history tables keep the audit.
 *
 * The purge removes a prefix of the log in cursor order, never a gap: it walks from the watermark up and
 * stops at the first event inside the retention, so an old event committed after a newer one waits for it.
 */

/**
 * One batch, as one statement (its own transaction): the watermark row locked (a second purger waits for
 * it and then starts from the new watermark), the next `$2` events after it by cursor (the primary key's
 * order, so the statement reads a batch, not the log), the longest run of them older than `$1` deleted,
 * the watermark moved to the last one deleted. Uncommitted events cannot fall below it: cursors are taken
 * in commit order (outbox.ts), so every cursor below a visible one is visible or was never used.
 */
const PURGE_SQL = `${BACKGROUND_SQL}
  with w as (select cursor from event_watermark where id = 1 for update),
  page as (select e.cursor, e.occurred_at from event e where e.cursor > (select cursor from w) order by e.cursor limit $2),
  kept as (select min(cursor) as cursor from page where occurred_at >= $1),
  gone as (
    delete from event e
    where e.cursor in (select p.cursor from page p where (select cursor from kept) is null or p.cursor < (select cursor from kept))
    returning e.cursor
  )
  update event_watermark set cursor = (select max(cursor) from gone)
  where id = 1 and exists (select 1 from gone)
  returning (select count(*) from gone)::int as purged`;

/** The oldest time the log keeps, on the app's clock. */
export function retentionCutoff(app: App): Date {
  return new Date(app.clock.now().getTime() - app.config.eventRetentionDays * 86_400_000);
}

/** Deletes one batch of events older than the retention (see PURGE_SQL); returns how many. */
export async function purgeBatch(app: App): Promise<number> {
  const { rows } = await app.db.pool.query<{ purged: number }>({
    name: 'sharehub-event-purge',
    text: PURGE_SQL,
    values: [retentionCutoff(app).toISOString(), app.config.eventPurgeBatch],
  });
  return rows[0]?.purged ?? 0;
}

/**
 * Purges batch by batch until a batch finds less than a full one to delete, or `shouldStop` says so
 * (checked between batches: a stopping sweeper waits for one batch at most). Returns how many were deleted.
 * Each batch is its own transaction; an error leaves what the batches before it did.
 */
export async function purgeEvents(app: App, options: { shouldStop?: () => boolean } = {}): Promise<number> {
  let total = 0;
  for (;;) {
    const purged = await purgeBatch(app);
    total += purged;
    if (purged < app.config.eventPurgeBatch || options.shouldStop?.()) return total;
  }
}

/** The watermark: the highest cursor purged ('0': none). */
export async function purgedThrough(pool: pg.Pool): Promise<string> {
  const { rows } = await pool.query<{ cursor: string }>(`${BACKGROUND_SQL} select cursor::text as cursor from event_watermark where id = 1`);
  return rows[0]?.cursor ?? '0';
}

/**
 * Whether reading on from `after` would skip purged events. '0' means "from the oldest event kept", so it
 * never expires; a cursor equal to the watermark has seen every purged event.
 */
export function isPurged(after: string, watermark: string): boolean {
  return after !== '0' && BigInt(after) < BigInt(watermark);
}

/** The error of a cursor the log no longer reaches (the same code and field over HTTP and WebSocket). */
export function cursorExpired(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CURSOR_EXPIRED', field: 'after' } });
}
