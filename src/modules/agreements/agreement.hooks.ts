import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventDraft } from '../../outbox/outbox.js';
import type { Actor } from '../../shared/viewer.js';

/** The transitions of an agreement other modules hear of. */
export type AgreementChange = 'SUSPENDED' | 'RESUMED' | 'TERMINATED' | 'EXPIRED';

declare module '../../context.js' {
  interface Hooks {
    /**
     * An agreement was suspended, resumed, terminated or expired, in the caller's transaction (`em`): what
     * that does to other modules' rows (matches under it), returning the events to record with its own.
     */
    agreementChanged: (em: EntityManager, agreementId: string, change: AgreementChange, actor: Actor, now: Date) => Promise<EventDraft[]>;
  }
}
