import { AgreementAction, AgreementParty, AgreementStatus } from './agreement.enums.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EventType } from '../../outbox/event-types.js';
import type { EventDraft } from '../../outbox/outbox.js';
import { AgreementHistoryEntity, SharingAgreementEntity } from './agreement.entity.js';

const EVENTS: Record<AgreementAction, EventType> = {
  CREATE: EventType.AGREEMENT_DRAFTED,
  UPDATE: EventType.AGREEMENT_UPDATED,
  DISCARD: EventType.AGREEMENT_DISCARDED,
  PROPOSE: EventType.AGREEMENT_PROPOSED,
  SIGN: EventType.AGREEMENT_SIGNATURE_ADDED,
  REJECT: EventType.AGREEMENT_REJECTED,
  WITHDRAW: EventType.AGREEMENT_PROPOSAL_WITHDRAWN,
  ACTIVATE: EventType.AGREEMENT_ACTIVATED,
  SUSPEND: EventType.AGREEMENT_SUSPENDED,
  RESUME: EventType.AGREEMENT_RESUMED,
  TERMINATE: EventType.AGREEMENT_TERMINATED,
  EXPIRE: EventType.AGREEMENT_EXPIRED,
};

export interface Entry {
  action: AgreementAction;
  from: AgreementStatus | null;
  to: AgreementStatus | null;
  party?: AgreementParty | null;
  reason?: string | null;
  data?: Record<string, unknown>;
}

/**
 * Records one change of an agreement: its history row now, and the event the caller's transaction writes
 * last. Scoped to the agreement's area and unit; public once the agreement was signed. The signature
 * that makes it SIGNED is AGREEMENT_SIGNED.
 */
export function record(em: EntityManager, a: SharingAgreementEntity, entry: Entry, actor: { id: string; role: string }, now: Date): EventDraft {
  em.create(AgreementHistoryEntity, {
    agreement: a,
    action: entry.action,
    fromStatus: entry.from,
    toStatus: entry.to,
    party: entry.party ?? null,
    actorId: actor.id,
    actorRole: actor.role,
    reason: entry.reason ?? null,
    at: now,
  });
  const signedNow = entry.action === AgreementAction.SIGN && entry.to === AgreementStatus.SIGNED;
  return {
    type: signedNow ? EventType.AGREEMENT_SIGNED : EVENTS[entry.action],
    subjectType: 'SharingAgreement',
    subjectId: a.id,
    areaPath: a.areaPath,
    organizationId: a.organization.id,
    isPublic: a.signedAt != null,
    data: {
      from: entry.from,
      to: entry.to,
      ...(entry.party ? { party: entry.party } : {}),
      ...(entry.reason ? { reason: entry.reason } : {}),
      ...entry.data,
    },
  };
}
