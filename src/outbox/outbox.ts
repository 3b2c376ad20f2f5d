import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { sqlOf, sqlOn, type Sql } from '../db/tx-query.js';
import { EventType } from './event-types.js';

export interface EventDraft {
  type: EventType;
  subjectType: string;
  subjectId: string;
  /** Area path the event is scoped to (staff of that area and above see it); null for district-wide. */
  areaPath: string | null;
  organizationId: string | null;
  /** Further organisations it concerns (a service order's taking units): their admins see it too. */
  organizationIds?: string[];
  /** Accounts it concerns besides its area's staff (a service order's takers: volunteers, team leaders). */
  accountIds?: string[];
  /** Visible to anyone: a change to something anonymous callers can read. */
  isPublic: boolean;
  /** On the order board: approved volunteers of its area receive it, as the redacted card only. */
  board?: boolean;
  data?: Record<string, unknown>;
}

export const EVENTS_CHANNEL = 'sharehub_events';
// any constant works; it only has to be the same for every writer of the outbox
export const OUTBOX_LOCK_KEY = 7_346_001;

/**
 * The outbox tail as one statement: the transaction-level advisory lock, the cursors, the event rows in the
 * order given, and a NOTIFY carrying the newest cursor (sent on commit). The lock is taken before any
 * cursor: the rows are only formed once the lock's row is (they join it), and `nextval` is computed on
 * those rows. The parameters are `eventParams`.
 */
const OUTBOX_SQL = `
  with lock as materialized (select pg_advisory_xact_lock(${OUTBOX_LOCK_KEY})),
  inserted as (
    insert into event (cursor, type, subject_type, subject_id, area_path, organization_id, organization_ids, account_ids,
                       is_public, is_board, actor_id, actor_role, occurred_at, data)
    select nextval('event_cursor_seq'), x.type, x.subject_type, x.subject_id, x.area_path, x.organization_id,
           x.organization_ids, x.account_ids, x.is_public, x.is_board, $1, $2, $3, x.data
    from lock, rows from (jsonb_to_recordset($4::jsonb) as (type text, subject_type text, subject_id bigint,
         area_path text, organization_id bigint, organization_ids bigint[], account_ids text[], is_public boolean,
         is_board boolean, data jsonb))
         with ordinality as x(type, subject_type, subject_id, area_path, organization_id, organization_ids, account_ids,
                              is_public, is_board, data, n)
    order by n
    returning cursor
  )
  select array_agg(cursor::text order by cursor) as cursors, pg_notify('${EVENTS_CHANNEL}', max(cursor)::text) as notified
  from inserted`;


function eventParams(actor: { id: string; role: string }, occurredAt: Date, events: EventDraft[]): unknown[] {
  const records = events.map((e) => ({
    type: e.type,
    subject_type: e.subjectType,
    subject_id: e.subjectId,
    area_path: e.areaPath,
    organization_id: e.organizationId,
    // every organisation it concerns, the first included: the log's scope reads this one
    organization_ids: [...new Set([...(e.organizationId === null ? [] : [e.organizationId]), ...(e.organizationIds ?? [])])],
    account_ids: [...new Set(e.accountIds ?? [])],
    is_public: e.isPublic,
    is_board: e.board ?? false,
    data: e.data ?? {},
  }));
  return [actor.id, actor.role, occurredAt.toISOString(), JSON.stringify(records)];
}

/**
 * Writes events as the last statement of the caller's transaction. Cursors are taken under a
 * transaction-level advisory lock that is held until commit, so a transaction that takes cursor n+1 can
 * only do so after the one holding n has committed or rolled back: a reader that sees n+1 never later
 * sees n appear. Must be called once per transaction, after every other write (the lock serialises the
 * tails of concurrent writers, so keep what follows it short). A NOTIFY carrying the newest cursor is
 * sent on commit; nothing is sent for a rolled-back transaction.
 */
export async function recordEvents(
  em: EntityManager,
  actor: { id: string; role: string },
  occurredAt: Date,
  events: EventDraft[],
): Promise<string[]> {
  return recordEventsWith(sqlOf(em), actor, occurredAt, events);
}

/** `recordEvents` on a pooled client holding an open transaction (the lean write paths). */
export async function recordEventsOn(
  client: pg.ClientBase,
  actor: { id: string; role: string },
  occurredAt: Date,
  events: EventDraft[],
): Promise<string[]> {
  return recordEventsWith(sqlOn(client), actor, occurredAt, events);
}

/** The outbox tail through `sql`, prepared: each connection parses and plans it once. */
async function recordEventsWith(sql: Sql, actor: { id: string; role: string }, occurredAt: Date, events: EventDraft[]): Promise<string[]> {
  if (events.length === 0) return [];
  const rows = await sql<{ cursors: string[] }>(OUTBOX_SQL, eventParams(actor, occurredAt, events), { prepare: true });
  return rows[0]!.cursors;
}
