import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { ok, userError, type Outcome, type UserError } from '../../shared/errors.js';
import { actorOf } from '../../shared/viewer.js';
import { recordEvents, type EventDraft } from './outbox.js';

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

export function versionConflict(): UserError {
  return userError('VERSION_CONFLICT', 'It was changed by someone else since you read it; reload and try again.', 'input.version');
}
