import pg from 'pg';
import { SESSION_OPTIONS, type Database } from '../db/database.js';
import { EVENTS_CHANNEL } from './outbox.js';
import type { EventType } from './event-types.js';

/*
 * The instance's view of the event log (docs/architecture.md, "Realtime"): a dedicated connection LISTENs on the
 * outbox's channel (the NOTIFY carries only the newest cursor), a safety poll runs every `pollMs`, and
 * either one makes the feed read what follows its cursor, in cursor order, batch by batch, handing each
 * batch to `onBatch` before reading on. A lost listening connection is replaced with backoff: LISTEN
 * first, then read from the last cursor, so nothing committed in between is missed. Reads use the pool;
 * a failed read leaves the cursor where it was and the next wake or poll retries.
 *
 * The feed starts at the newest event when it starts: subscribers that want older events pass `after`
 * and are replayed from the log by the hub.
 */

/** One row of the event log, as the realtime path needs it. */
export interface FeedEvent {
  cursor: string;
  type: EventType;
  subjectType: string;
  subjectRowId: string;
  areaPath: string | null;
  organizationId: string | null;
  /** Every organisation it concerns (`organizationId` included). */
  organizationIds: string[];
  /** Accounts it concerns besides its area's staff (a service order's takers). */
  accountIds: string[];
  isPublic: boolean;
  /** On the order board: approved volunteers of its area receive the redacted card. */
  isBoard: boolean;
  actor: { id: string; role: string };
  occurredAt: Date;
  data: Record<string, unknown>;
}

interface EventRow {
  cursor: string;
  type: EventType;
  subject_type: string;
  subject_id: string;
  area_path: string | null;
  organization_id: string | null;
  organization_ids: string[];
  account_ids: string[];
  is_public: boolean;
  is_board: boolean;
  actor_id: string;
  actor_role: string;
  occurred_at: Date;
  data: Record<string, unknown>;
}

export const FEED_BATCH = 500;

/** Marks the feed's own statements (the tests' statement counter leaves them out: they run in the background). */
export const BACKGROUND_SQL = '/* sharehub:background */';

const FEED_COLUMNS = `cursor::text as cursor, type, subject_type, subject_id::text as subject_id, area_path,
  organization_id::text as organization_id, organization_ids::text[] as organization_ids, account_ids, is_public, is_board, actor_id, actor_role, occurred_at, data`;

function toFeedEvent(r: EventRow): FeedEvent {
  return {
    cursor: r.cursor,
    type: r.type,
    subjectType: r.subject_type,
    subjectRowId: r.subject_id,
    areaPath: r.area_path,
    organizationId: r.organization_id,
    organizationIds: r.organization_ids,
    accountIds: r.account_ids,
    isPublic: r.is_public,
    isBoard: r.is_board,
    actor: { id: r.actor_id, role: r.actor_role },
    occurredAt: r.occurred_at,
    data: r.data,
  };
}

/** Events after `after` (exclusive) up to `upTo` (inclusive, when given) of the given types, oldest first. */
export async function readFeed(pool: pg.Pool, after: string, options: { upTo?: string; types?: readonly string[]; limit?: number } = {}): Promise<FeedEvent[]> {
  const values: unknown[] = [after];
  let where = 'cursor > $1::bigint';
  if (options.upTo !== undefined) where += ` and cursor <= $${values.push(options.upTo)}::bigint`;
  if (options.types) where += ` and type = any($${values.push(options.types)}::text[])`;
  const { rows } = await pool.query<EventRow>({
    // by the column: the output column of the same name is text, and '10' sorts before '9'
    text: `${BACKGROUND_SQL} select ${FEED_COLUMNS} from event where ${where} order by event.cursor limit $${values.push(options.limit ?? FEED_BATCH)}`,
    values,
  });
  return rows.map(toFeedEvent);
}

/** The newest cursor in the log ('0' when empty). */
export async function newestCursor(pool: pg.Pool): Promise<string> {
  const { rows } = await pool.query<{ c: string }>(`${BACKGROUND_SQL} select coalesce(max(cursor), 0)::text as c from event`);
  return rows[0].c;
}

export interface EventFeed {
  /** Everything up to here has been handed to `onBatch`. */
  readonly cursor: string;
  /** Whether the LISTEN connection is up. */
  readonly listening: boolean;
  /** Reads now (coalesced with a read in progress). */
  wake(): void;
  /** Resolves when every event committed before the call has been handed on (tests). */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

export interface FeedOptions {
  pollMs: number;
  onBatch: (events: FeedEvent[]) => Promise<void> | void;
  onError?: (error: unknown) => void;
  /** Where to start (exclusive); the newest event by default. */
  from?: string;
  /** The dedicated LISTEN connection; a plain pg.Client on the database's URL by default. */
  connect?: () => Promise<pg.Client>;
}

export async function startEventFeed(db: Database, options: FeedOptions): Promise<EventFeed> {
  const pool = db.pool;
  const connect =
    options.connect ??
    (async () => {
      const client = new pg.Client({ connectionString: db.url, options: SESSION_OPTIONS });
      await client.connect();
      return client;
    });
  let cursor = options.from ?? (await newestCursor(pool));
  let client: pg.Client | null = null;
  let stopped = false;
  let backoffMs = 100;
  let reconnectTimer: NodeJS.Timeout | null = null;

  // reads run one at a time; a wake during a read asks for one more read after it
  let reading: Promise<void> | null = null;
  let again = false;
  const readAll = async () => {
    do {
      again = false;
      try {
        for (;;) {
          const events = await readFeed(pool, cursor);
          if (!events.length) break;
          await options.onBatch(events);
          cursor = events[events.length - 1].cursor;
          if (events.length < FEED_BATCH) break;
        }
      } catch (error) {
        if (!stopped) options.onError?.(error);
      }
    } while (again && !stopped);
  };
  const wake = () => {
    if (stopped) return;
    if (reading) {
      again = true;
      return;
    }
    reading = readAll().finally(() => (reading = null));
  };

  const listen = async () => {
    reconnectTimer = null;
    if (stopped) return;
    let fresh: pg.Client | null = null;
    try {
      fresh = await connect();
      fresh.on('notification', (n) => {
        if (n.channel === EVENTS_CHANNEL && (n.payload === undefined || BigInt(n.payload) > BigInt(cursor))) wake();
      });
      fresh.on('error', (error) => lost(fresh!, error));
      fresh.on('end', () => lost(fresh!, null));
      await fresh.query(`${BACKGROUND_SQL} listen ${EVENTS_CHANNEL}`);
      if (stopped) {
        await fresh.end().catch(() => {});
        return;
      }
      client = fresh;
      backoffMs = 100;
      // LISTEN first, then read: whatever committed while the connection was down is read now
      wake();
    } catch (error) {
      options.onError?.(error);
      await fresh?.end().catch(() => {});
      retry();
    }
  };
  const retry = () => {
    if (stopped || reconnectTimer) return;
    reconnectTimer = setTimeout(listen, backoffMs);
    backoffMs = Math.min(backoffMs * 2, 5_000);
  };
  const lost = (which: pg.Client, error: unknown) => {
    if (client !== which) return;
    client = null;
    if (error && !stopped) options.onError?.(error);
    void which.end().catch(() => {});
    retry();
  };

  await listen();
  const poll = setInterval(wake, options.pollMs);
  poll.unref();

  return {
    get cursor() {
      return cursor;
    },
    get listening() {
      return client !== null;
    },
    wake,
    async settle() {
      const target = await newestCursor(pool);
      while (BigInt(cursor) < BigInt(target) && !stopped) {
        wake();
        await (reading ?? new Promise((r) => setTimeout(r, 5)));
      }
    },
    async stop() {
      stopped = true;
      clearInterval(poll);
      if (reconnectTimer) clearTimeout(reconnectTimer);
      await reading;
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}
