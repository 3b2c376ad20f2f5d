import DataLoader from 'dataloader';
import type pg from 'pg';
import { badInput } from '../../shared/errors.js';
import { toGlobalId } from '../../shared/global-id.js';
import { SqlParams } from '../../read/params.js';
import type { Viewer } from '../../shared/viewer.js';
import { eventVisibleSql } from '../../outbox/scope.js';
import type { EventType } from '../../outbox/event-types.js';
import { cursorExpired, isPurged } from '../../outbox/purge.js';
import { actorIn, dataIn, eventViewOf } from '../../outbox/view.js';
import type { Event, EventConnection } from './event.type.js';

interface EventRow {
  cursor: string;
  type: EventType;
  subject_type: string;
  subject_id: string;
  actor_id: string;
  actor_role: string;
  occurred_at: Date;
  data: Record<string, unknown>;
  area_path: string | null;
  organization_ids: string[];
  account_ids: string[];
  is_public: boolean;
  is_board: boolean;
}

// the scope columns tell how the viewer sees the event (src/outbox/view.ts)
const EVENT_COLUMNS = `e.cursor, e.type, e.subject_type, e.subject_id, e.actor_id, e.actor_role, e.occurred_at, e.data,
  e.area_path, e.organization_ids::text[] as organization_ids, e.account_ids, e.is_public, e.is_board`;

/** An event as `viewer` sees it: the actor masked unless it may know who acted; the card's data only when it sees the board alone. */
function toEvent(row: EventRow, viewer: Viewer): Event {
  const actor = { id: row.actor_id, role: row.actor_role };
  const view = eventViewOf(viewer, {
    actor,
    areaPath: row.area_path,
    organizationIds: row.organization_ids,
    accountIds: row.account_ids,
    isPublic: row.is_public,
    isBoard: row.is_board,
  });
  return {
    cursor: String(row.cursor),
    type: row.type,
    occurredAt: row.occurred_at,
    actor: actorIn(view, actor),
    subjectType: row.subject_type,
    subjectRowId: String(row.subject_id),
    subjectId: toGlobalId(row.subject_type, row.subject_id),
    data: dataIn(view, row.data),
  };
}

export function eventByCursorLoader(pool: pg.Pool, viewer: Viewer) {
  return new DataLoader<string, Event | null>(async (cursors) => {
    const p = new SqlParams([cursors]);
    const { rows } = await pool.query<EventRow>(
      `select ${EVENT_COLUMNS} from event e where e.cursor = any($1::bigint[]) and ${eventVisibleSql(viewer, p)}`,
      p.values,
    );
    const byCursor = new Map(rows.map((r) => [String(r.cursor), toEvent(r, viewer)]));
    return cursors.map((c) => byCursor.get(c) ?? null);
  });
}

export interface EventFilterValues {
  types: EventType[] | null;
  subjectIds: { type: string; id: string }[] | null;
  belowPath: string | null;
  organizationId: string | null;
}

export const MAX_EVENTS_PAGE = 500;

/**
 * Events after `after` in cursor order; the cursor of an empty page stays where the reader was. An `after`
 * below the purge watermark (src/outbox/purge.ts) is refused with CURSOR_EXPIRED; '0' reads from the oldest kept.
 */
export async function readEvents(
  pool: pg.Pool,
  viewer: Viewer,
  after: string | null,
  first: number,
  filter: EventFilterValues,
): Promise<EventConnection> {
  if (after !== null && !/^(0|[1-9]\d{0,18})$/.test(after)) throw badInput('after', '"after" must be an event cursor.');
  if (!Number.isInteger(first) || first < 1 || first > MAX_EVENTS_PAGE) {
    throw badInput('first', `"first" must be from 1 to ${MAX_EVENTS_PAGE}, got ${first}.`);
  }
  const p = new SqlParams();
  const where = [`e.cursor > ${p.add(after ?? '0')}`, eventVisibleSql(viewer, p)];
  if (filter.types?.length) where.push(`e.type = any(${p.add(filter.types)}::text[])`);
  if (filter.subjectIds?.length) {
    where.push(
      `(e.subject_type, e.subject_id) in (select * from unnest(${p.add(filter.subjectIds.map((s) => s.type))}::text[], ${p.add(
        filter.subjectIds.map((s) => s.id),
      )}::bigint[]))`,
    );
  }
  if (filter.belowPath !== null) where.push(`e.area_path like ${p.add(`${filter.belowPath}%`)}`);
  if (filter.organizationId !== null) where.push(`e.organization_id = ${p.add(filter.organizationId)}`);
  // the watermark comes from the page's own snapshot: a purge committing meanwhile cannot open a gap unseen
  const { rows } = await pool.query<EventRow & { purged_through: string }>(
    `select w.cursor::text as purged_through, x.* from event_watermark w
     left join lateral (select ${EVENT_COLUMNS} from event e where ${where.join(' and ')} order by e.cursor limit ${p.add(first + 1)}) x on true
     where w.id = 1 order by x.cursor`,
    p.values,
  );
  if (after !== null && isPurged(after, rows[0]?.purged_through ?? '0')) {
    throw cursorExpired('The events after that cursor have been purged from the log: refetch what you show, then read again without "after".');
  }
  const page = rows.filter((row) => row.cursor !== null);
  const more = page.length > first;
  const edges = page.slice(0, first).map((row) => ({ cursor: String(row.cursor), node: toEvent(row, viewer) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: more,
      hasPreviousPage: after !== null && after !== '0',
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? after,
    },
  };
}
