import type { EntityManager } from '@mikro-orm/postgresql';
import { EventType } from './event.enums.js';

export interface EventDraft {
  type: EventType;
  subjectType: string;
  subjectId: string;
  /** Area path the event is scoped to (staff of that area and above see it); null for district-wide. */
  areaPath: string | null;
  organizationId: string | null;
  /** Visible to anyone: a change to something anonymous callers can read. */
  isPublic: boolean;
  data?: Record<string, unknown>;
}

export const EVENTS_CHANNEL = 'sharehub_events';
// any constant works; it only has to be the same for every writer of the outbox
const OUTBOX_LOCK_KEY = 7_346_001;

/**
 * Writes events as the last statements of the caller's transaction. Cursors are taken under a
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
  if (events.length === 0) return [];
  const records = events.map((e) => ({
    type: e.type,
    subject_type: e.subjectType,
    subject_id: e.subjectId,
    area_path: e.areaPath,
    organization_id: e.organizationId,
    is_public: e.isPublic,
    data: e.data ?? {},
  }));
  await em.execute(`select pg_advisory_xact_lock(${OUTBOX_LOCK_KEY})`);
  const rows: { cursor: string }[] = await em.execute(
    `insert into event (cursor, type, subject_type, subject_id, area_path, organization_id, is_public,
                        actor_id, actor_role, occurred_at, data)
     select nextval('event_cursor_seq'), x.type, x.subject_type, x.subject_id, x.area_path, x.organization_id,
            x.is_public, ?, ?, ?, x.data
     from rows from (jsonb_to_recordset(?::jsonb) as (type text, subject_type text, subject_id bigint,
          area_path text, organization_id bigint, is_public boolean, data jsonb))
          with ordinality as x(type, subject_type, subject_id, area_path, organization_id, is_public, data, n)
     order by n
     returning cursor`,
    [actor.id, actor.role, occurredAt.toISOString(), JSON.stringify(records)],
  );
  const cursors = rows.map((r) => String(r.cursor));
  await em.execute(`select pg_notify('${EVENTS_CHANNEL}', ?)`, [cursors[cursors.length - 1]]);
  return cursors;
}
