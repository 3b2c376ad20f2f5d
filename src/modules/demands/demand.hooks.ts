import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventDraft } from '../../outbox/outbox.js';
import type { Actor } from '../../shared/viewer.js';

declare module '../../context.js' {
  interface Hooks {
    /**
     * Demands are about to be closed (cancelled, expired): lock, in the caller's transaction, the rows of
     * other modules that closing them will change, before the demands themselves (a stable lock order).
     */
    demandsClosing: (em: EntityManager, demandIds: readonly string[]) => Promise<void>;
    /**
     * Demands were closed, their status written: what that does to other modules' rows (their matches),
     * returning the events to record with the demands' own.
     */
    demandsClosed: (
      em: EntityManager,
      demandIds: readonly string[],
      change: 'CANCELLED' | 'EXPIRED',
      actor: Actor,
      now: Date,
      reason: string | null,
    ) => Promise<EventDraft[]>;
  }
}
