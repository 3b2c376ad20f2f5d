import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Context, hookHandlers, type Sweep } from '../../context.js';
import { ok } from '../../shared/errors.js';
import { actorOf, SYSTEM_VIEWER } from '../../shared/viewer.js';
import { transact } from '../../outbox/transact.js';
import { timeSteps } from './agreement.transitions.js';
import { record } from './agreement.record.js';
import { AgreementStatus } from './agreement.enums.js';
import { SharingAgreementEntity } from './agreement.entity.js';
import { localToday } from '../../shared/today.js';

/** A SYSTEM context beside the caller's: the same app and clock, an EntityManager fork of its own. */
function systemContext(ctx: Context): Context {
  if (ctx.viewer === SYSTEM_VIEWER) return ctx;
  let em: EntityManager | null = null;
  return { ...ctx, viewer: SYSTEM_VIEWER, em: () => (em ??= ctx.app.db.orm.em.fork() as EntityManager) };
}

/**
 * Records, as SYSTEM and in one transaction of its own, the transitions the clock has made to one
 * agreement since its status was recorded (ACTIVATE, EXPIRE), each with its history row and event.
 * Idempotent: the row is locked and the steps recomputed, so a second run, or a run racing another,
 * records nothing. Returns how many transitions it recorded.
 */
export async function settleAgreement(ctx: Context, id: string): Promise<number> {
  const system = systemContext(ctx);
  const outcome = await transact<number>(system, async (em, now) => {
    const a = await em.findOne(SharingAgreementEntity, { id, discardedAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!a) return ok({ result: 0, events: [] });
    const steps = timeSteps(a, localToday(now, system.app.config.timeZone));
    const actor = actorOf(SYSTEM_VIEWER);
    const events = steps.map((step) => record(em, a, { action: step.action, from: step.from, to: step.to }, actor, now));
    if (steps.length) {
      a.status = steps[steps.length - 1]!.to;
      a.updatedAt = now;
    }
    // matching: an expired agreement's accepted matches flagged at risk, its proposals superseded
    if (steps.some((step) => step.to === AgreementStatus.EXPIRED)) {
      for (const changed of hookHandlers(ctx.app, 'agreementChanged')) events.push(...(await changed(em, a.id, 'EXPIRED', actor, now)));
    }
    return ok({ result: steps.length, events });
  });
  return outcome.ok ? outcome.value : 0;
}

const BATCH = 500;

/** The sweeper's part for agreements: every agreement the clock has overtaken, one transaction each. */
export const sweepAgreements: Sweep = async (ctx) => {
  const today = localToday(ctx.app.clock.now(), ctx.app.config.timeZone);
  let recorded = 0;
  let after = '0';
  for (;;) {
    const { rows } = await ctx.app.db.pool.query<{ id: string }>(
      `select id::text from sharing_agreement
       where discarded_at is null and status in ('DRAFT','PROPOSED','SIGNED','ACTIVE','SUSPENDED')
         and (end_date < $1::date or (status = 'SIGNED' and start_date <= $1::date)) and id > $2::bigint
       order by id limit ${BATCH}`,
      [today, after],
    );
    for (const row of rows) recorded += await settleAgreement(ctx, row.id);
    if (rows.length < BATCH) return recorded;
    after = rows[rows.length - 1]!.id;
  }
};
