import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../shared/errors.js';
import { actsForOrganization, administersArea, Role, type Viewer } from '../../shared/viewer.js';
import { AreaEntity, AreaKind } from '../areas/index.js';
import { EventType } from '../../outbox/event-types.js';
import type { EventDraft } from '../../outbox/outbox.js';
import { AgreementHistoryEntity, SharingAgreementEntity } from './agreement.entity.js';
import { AgreementAction, AgreementParty, AgreementStatus } from './agreement.enums.js';
import { agreementVisible } from './agreement.sql.js';
import { effectiveStatus } from './agreement.transitions.js';

/** The sides the viewer may act for: the unit's UNIT_ADMIN; an admin of the agreement's area or above. */
export function partiesOf(viewer: Viewer, a: { organizationId: string; areaPath: string }): AgreementParty[] {
  const parties: AgreementParty[] = [];
  if (actsForOrganization(viewer, a.organizationId)) parties.push(AgreementParty.UNIT);
  if (administersArea(viewer, a.areaPath)) parties.push(AgreementParty.AREA);
  return parties;
}

/**
 * Who signs for which side: exactly the unit's UNIT_ADMIN, and the admin of the agreement's own area
 * (the STREET_ADMIN of that street, the COMMUNITY_ADMIN of that community). Admins of areas above it,
 * the district's included, draft and manage but do not sign.
 */
export function signatoryParty(viewer: Viewer, a: { organizationId: string; areaId: string; areaKind: AreaKind }): AgreementParty | null {
  if (actsForOrganization(viewer, a.organizationId)) return AgreementParty.UNIT;
  const ownAdmin =
    (viewer.role === Role.STREET_ADMIN && a.areaKind === AreaKind.STREET) ||
    (viewer.role === Role.COMMUNITY_ADMIN && a.areaKind === AreaKind.COMMUNITY);
  return ownAdmin && viewer.areaId === a.areaId ? AgreementParty.AREA : null;
}

export interface Loaded {
  a: SharingAgreementEntity;
  area: AreaEntity;
  /** The status as queries show it today. */
  effective: AgreementStatus;
  /** The sides the viewer may act for. */
  parties: AgreementParty[];
}

/**
 * Loads an agreement for a change, locked until the transaction ends (two signatures at once are taken
 * one after the other): NOT_FOUND when it does not exist, was discarded, or the viewer may not see it.
 */
export async function loadForChange(em: EntityManager, viewer: Viewer, id: string, field: string, today: string): Promise<Loaded> {
  const a = await em.findOne(SharingAgreementEntity, { id, discardedAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  const organizationId = a?.organization.id ?? '';
  if (!a || !agreementVisible(viewer, { signedAt: a.signedAt ?? null, areaPath: a.areaPath, organizationRowId: organizationId })) {
    throw notFound(field, 'sharing agreement');
  }
  const area = await em.findOneOrFail(AreaEntity, { id: a.area.id });
  return { a, area, effective: effectiveStatus(a, today), parties: partiesOf(viewer, { organizationId, areaPath: a.areaPath }) };
}

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
