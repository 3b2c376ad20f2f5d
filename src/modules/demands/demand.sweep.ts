import { type Context, hookHandlers, type Sweep } from '../../context.js';
import { ok } from '../../shared/errors.js';
import { actorOf } from '../../shared/viewer.js';
import type { EventDraft } from '../../outbox/outbox.js';
import { transact } from '../../outbox/transact.js';
import { pgArray } from '../../db/tx-query.js';
import { DEMAND_EVENTS, demandEvent, demandSubjectOfRow } from './demand.record.js';
import { LIVE_DEMAND_STATUSES } from './demand.transitions.js';
import { todayOf } from '../../shared/today.js';

const BATCH = 500;

/**
 * Records EXPIRED for live demands whose last needed day is before the district's today, as SYSTEM: the
 * status, a history line and a DEMAND_EXPIRED event per demand, one transaction per batch of 500. Reads
 * already show them EXPIRED (computed from the clock); this makes it stored and tells subscribers.
 * Idempotent: a demand once recorded is no longer live. Rows a user is changing right now are skipped and
 * taken in the next round.
 */
export const expireDemands: Sweep = async (ctx: Context) => {
  const today = todayOf(ctx);
  const actor = actorOf(ctx.viewer);
  const live = LIVE_DEMAND_STATUSES.map((s) => `'${s}'`).join(',');
  let recorded = 0;
  for (;;) {
    const outcome = await transact<number>(ctx, async (em, at) => {
      // the batch's ids unlocked, then their live matches locked, then the demands: acceptMatch's lock order
      // (match, resource, demand), so an acceptance racing the sweep waits or is waited for, never deadlocks
      const batch: { id: string }[] = await em.execute(
        `select id::text as id from demand where status in (${live}) and end_date < ?::date order by id limit ${BATCH}`,
        [today],
      );
      if (batch.length === 0) return ok({ result: 0, events: [] });
      for (const closing of hookHandlers(ctx.app, 'demandsClosing')) await closing(em, batch.map((d) => d.id));
      // one statement: the rows due (still; skipping any a user is changing now), their new status and history
      const rows: { id: string; from_status: string; area_path: string; organization_id: string | null }[] = await em.execute(
        `with due as (
           select id, status from demand where id = any(?::bigint[]) and status in (${live}) and end_date < ?::date
           order by id for update skip locked),
         expired as (
           update demand d set status = 'EXPIRED', version = d.version + 1, updated_at = ?
           from due where d.id = due.id
           returning d.id, due.status as from_status, d.area_path, d.taken_by_organization_id),
         history as (
           insert into demand_history (demand_id, action, from_status, to_status, actor_id, actor_role, reason, at)
           select id, 'EXPIRE', from_status, 'EXPIRED', ?, ?, null, ? from expired)
         select id::text as id, from_status, area_path, taken_by_organization_id::text as organization_id from expired order by id`,
        [pgArray(batch.map((d) => d.id)), today, at.toISOString(), actor.id, actor.role, at.toISOString()],
      );
      if (rows.length === 0) return ok({ result: 0, events: [] });
      const events: EventDraft[] = rows.map((r) =>
        demandEvent(
          DEMAND_EVENTS.expire,
          demandSubjectOfRow(r.id, r.area_path, r.organization_id),
          { from: r.from_status, to: 'EXPIRED' },
        ),
      );
      // matching: the expired demands' accepted matches cancelled (quantity released), proposals superseded
      for (const closed of hookHandlers(ctx.app, 'demandsClosed')) events.push(...(await closed(em, rows.map((r) => r.id), 'EXPIRED', actor, at, null)));
      return ok({ result: rows.length, events });
    });
    const count = outcome.ok ? outcome.value : 0;
    recorded += count;
    if (count < BATCH) return recorded;
  }
};
