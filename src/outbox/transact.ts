import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';
import type { Context } from '../context.js';
import { ok, userError, type Outcome, type UserError } from '../shared/errors.js';
import { actorOf } from '../shared/viewer.js';
import { recordEvents, recordEventsOn, type EventDraft } from './outbox.js';

export interface Change<T> {
  result: T;
  events: EventDraft[];
}

class Rollback extends Error {
  constructor(readonly errors: UserError[]) {
    super('rolled back');
  }
}

/**
 * Runs a write in one transaction: the work's entity changes are flushed, then its events recorded, then
 * it commits. A failed outcome from the work rolls everything back (also what it flushed itself), so an
 * expected failure changes nothing; a thrown error rolls back and propagates.
 */
export async function transact<T>(
  ctx: Context,
  work: (em: EntityManager, now: Date) => Promise<Outcome<Change<T>>>,
): Promise<Outcome<T>> {
  const now = ctx.app.clock.now();
  try {
    return await ctx.em().transactional(async (em) => {
      const outcome = await work(em, now);
      if (!outcome.ok) throw new Rollback(outcome.errors);
      await em.flush();
      await recordEvents(em, actorOf(ctx.viewer), now, outcome.value.events);
      return ok(outcome.value.result);
    });
  } catch (error) {
    if (error instanceof Rollback) {
      ctx.em().clear();
      return { ok: false, errors: error.errors };
    }
    if (error instanceof OptimisticLockError) {
      // a concurrent writer got there between our version check and our update
      ctx.em().clear();
      return { ok: false, errors: [versionConflict()] };
    }
    throw error;
  }
}

/**
 * `transact` for the lean write paths: the work runs its own statements on a pooled client (no
 * EntityManager, no identity map) inside one explicit transaction, the events are recorded last, then it
 * commits. A failed outcome or a thrown error rolls everything back.
 */
export async function transactOn<T>(
  ctx: Context,
  work: (client: pg.PoolClient, now: Date) => Promise<Outcome<Change<T>>>,
): Promise<Outcome<T>> {
  const now = ctx.app.clock.now();
  return inTransaction(ctx.app.db.pool, async (client) => {
    const outcome = await work(client, now);
    if (!outcome.ok) return { commit: false, value: outcome };
    await recordEventsOn(client, actorOf(ctx.viewer), now, outcome.value.events);
    return { commit: true, value: ok(outcome.value.result) };
  });
}

/**
 * One explicit transaction on a client of `pool`: `work` says whether to commit; a thrown error rolls back
 * and propagates. A client whose connection may have failed mid-transaction is destroyed, not handed out
 * again.
 */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<{ commit: boolean; value: T }>,
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  let rolledBack = false;
  try {
    await client.query('begin');
    let done: { commit: boolean; value: T };
    try {
      done = await work(client);
    } catch (error) {
      await client.query('rollback').then(() => (rolledBack = true), (e: Error) => (broken = e));
      throw error;
    }
    await client.query(done.commit ? 'commit' : 'rollback');
    return done.value;
  } catch (error) {
    if (!rolledBack) broken ??= error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    client.release(broken);
  }
}

export function versionConflict(): UserError {
  return userError('VERSION_CONFLICT', 'It was changed by someone else since you read it; reload and try again.', 'input.version');
}
