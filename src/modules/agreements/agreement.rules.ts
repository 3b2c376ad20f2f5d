import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../shared/errors.js';
import { actsForOrganization, administersArea, areaScope, Role, staffOfArea, type Viewer } from '../../shared/viewer.js';
import { AreaEntity, AreaKind } from '../areas/index.js';
import { SharingAgreementEntity } from './agreement.entity.js';
import { AgreementParty, AgreementStatus } from './agreement.enums.js';
import { effectiveStatus } from './agreement.transitions.js';
import type { SqlParams } from '../../read/params.js';

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


/**
 * Who may see an agreement: anyone once it was signed by both parties; before that, the unit's admin
 * and staff of the agreement's area or above. Discarded drafts are seen by no one.
 */
export function agreementVisibleSql(viewer: Viewer, p: SqlParams, alias = 'a'): string {
  const clauses = [`${alias}.signed_at is not null`];
  const scope = areaScope(viewer);
  if (scope !== null) clauses.push(`${alias}.area_path like ${p.add(`${scope}%`)}`);
  if (viewer.role === Role.UNIT_ADMIN && viewer.organizationId !== null) {
    clauses.push(`${alias}.organization_id = ${p.add(viewer.organizationId)}`);
  }
  return `(${alias}.discarded_at is null and (${clauses.join(' or ')}))`;
}

/** The same rule in code, for rows already loaded. */
export function agreementVisible(
  viewer: Viewer,
  a: { signedAt: Date | null; areaPath: string; organizationRowId: string; discardedAt?: Date | null },
): boolean {
  if (a.discardedAt) return false;
  return a.signedAt !== null || staffOfArea(viewer, a.areaPath) || actsForOrganization(viewer, a.organizationRowId);
}
