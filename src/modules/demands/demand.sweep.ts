import { type Context, hookHandlers, type Sweep } from '../../context.js';
import { ok } from '../../shared/errors.js';
import { actorOf } from '../../shared/viewer.js';
import type { EventDraft } from '../../outbox/outbox.js';
import { transact } from '../../outbox/transact.js';
import { pgArray } from '../../db/tx-query.js';
import { EventType } from '../../outbox/event-types.js';
import { DEMAND_EVENTS, demandEvent, demandSubjectOfRow, serviceEvent, takerScope } from './demand.record.js';
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
        `select id::text as id from demand where status in (${live}) and taken_quantity = 0 and end_date < ?::date order by id limit ${BATCH}`,
        [today],
      );
      if (batch.length === 0) return ok({ result: 0, events: [] });
      for (const closing of hookHandlers(ctx.app, 'demandsClosing')) await closing(em, batch.map((d) => d.id));
      // one statement: the rows due (still; skipping any a user is changing now), their new status and history
      const rows: {
        id: string; from_status: string; area_path: string; organization_id: string | null; fulfilment: string; quantity: number; taken_quantity: number;
      }[] = await em.execute(
        `with due as (
           select id, status from demand where id = any(?::bigint[]) and status in (${live}) and taken_quantity = 0 and end_date < ?::date
           order by id for update skip locked),
         expired as (
           update demand d set status = 'EXPIRED', version = d.version + 1, updated_at = ?
           from due where d.id = due.id
           returning d.id, due.status as from_status, d.area_path, d.taken_by_organization_id, d.fulfilment, d.quantity, d.taken_quantity),
         history as (
           insert into demand_history (demand_id, action, from_status, to_status, actor_id, actor_role, reason, at)
           select id, 'EXPIRE', from_status, 'EXPIRED', ?, ?, null, ? from expired)
         select id::text as id, from_status, area_path, taken_by_organization_id::text as organization_id, fulfilment, quantity, taken_quantity
         from expired order by id`,
        [pgArray(batch.map((d) => d.id)), today, at.toISOString(), actor.id, actor.role, at.toISOString()],
      );
      if (rows.length === 0) return ok({ result: 0, events: [] });
      const events: EventDraft[] = rows.map((r) =>
        // a service order that expires had no live take: it leaves the board, and nobody else is to be told
        r.fulfilment === 'SERVICE'
          ? serviceEvent(DEMAND_EVENTS.expire, { id: r.id, areaPath: r.area_path, quantity: r.quantity, takenQuantity: r.taken_quantity }, { organizationIds: [], accountIds: [] }, { from: r.from_status, to: 'EXPIRED' })
          : demandEvent(
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

/**
 * Records DEMAND_OVERDUE once per deadline missed, as SYSTEM, with history lines: a PLACED service order past
 * its take deadline (`take_overdue_at` set), and a take still TAKEN past its serve deadline (`serve_overdue_at`
 * set; a line in the take's history and the order's). Reads already show `isOverdue` from the clock; this
 * makes it stored and tells subscribers. Idempotent: what is marked is never marked again. Rows a user is
 * changing right now are skipped and taken in the next round. The marks are bookkeeping: versions stay.
 */
export const recordOverdueOrders: Sweep = async (ctx: Context) => {
  const actor = actorOf(ctx.viewer);
  let recorded = 0;
  for (;;) {
    const outcome = await transact<number>(ctx, async (em, at) => {
      const now = at.toISOString();
      const orders: { id: string; area_path: string; quantity: number; taken_quantity: number }[] = await em.execute(
        `with due as (
           select id from demand where fulfilment = 'SERVICE' and status = 'PLACED' and take_deadline <= ?::timestamptz and take_overdue_at is null
           order by id limit ${BATCH} for update skip locked),
         marked as (
           update demand d set take_overdue_at = ? from due where d.id = due.id
           returning d.id, d.area_path, d.quantity, d.taken_quantity, d.status),
         history as (
           insert into demand_history (demand_id, action, from_status, to_status, actor_id, actor_role, reason, at)
           select id, 'OVERDUE', status, status, ?, ?, 'take deadline passed', ? from marked)
         select id::text as id, area_path, quantity, taken_quantity from marked order by id`,
        [now, now, actor.id, actor.role, now],
      );
      const takes: { id: string; demand_id: string; area_path: string; quantity: number; taken_quantity: number }[] = await em.execute(
        `with due as (
           select id from demand_take where status = 'TAKEN' and serve_deadline <= ?::timestamptz and serve_overdue_at is null
           order by id limit ${BATCH} for update skip locked),
         marked as (
           update demand_take t set serve_overdue_at = ? from due where t.id = due.id returning t.id, t.demand_id),
         take_history as (
           insert into demand_take_history (take_id, action, from_status, to_status, actor_id, actor_role, reason, at)
           select id, 'OVERDUE', 'TAKEN', 'TAKEN', ?, ?, 'serve deadline passed', ? from marked),
         demand_history as (
           insert into demand_history (demand_id, action, from_status, to_status, actor_id, actor_role, reason, at)
           select d.id, 'OVERDUE', d.status, d.status, ?, ?, 'serve deadline passed', ? from marked m join demand d on d.id = m.demand_id)
         select m.id::text as id, m.demand_id::text as demand_id, d.area_path, d.quantity, d.taken_quantity
         from marked m join demand d on d.id = m.demand_id order by m.id`,
        [now, now, actor.id, actor.role, now, actor.id, actor.role, now],
      );
      const events: EventDraft[] = [];
      for (const o of orders) {
        const order = { id: o.id, areaPath: o.area_path, quantity: o.quantity, takenQuantity: o.taken_quantity };
        events.push(serviceEvent(EventType.DEMAND_OVERDUE, order, await takerScope(em, o.id), { deadline: 'TAKE' }));
      }
      for (const t of takes) {
        const order = { id: t.demand_id, areaPath: t.area_path, quantity: t.quantity, takenQuantity: t.taken_quantity };
        events.push(serviceEvent(EventType.DEMAND_OVERDUE, order, await takerScope(em, t.demand_id), { deadline: 'SERVE', takeId: t.id }));
      }
      return ok({ result: orders.length + takes.length, events });
    });
    const count = outcome.ok ? outcome.value : 0;
    recorded += count;
    if (count < BATCH) return recorded;
  }
};
