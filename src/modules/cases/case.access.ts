import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden, notFound } from '../../shared/errors.js';
import { actsForOrganization, staffOfArea, type Viewer } from '../../shared/viewer.js';
import { SummonsStatus } from './case.enums.js';
import { CaseEntity, CaseSummonsEntity } from './case.entity.js';
import { caseVisible, handlesCase, type CaseFacts } from './case.rules.js';
import { LIVE_SUMMONS_STATUSES } from './case.transitions.js';

/*
 * How a write reaches a case: its row locked (select … for update, so concurrent whistles, report-ins and
 * decisions of one case run one after another), read fresh with its summonses, and the viewer's right to it
 * checked: NOT_FOUND when they may not see it, FORBIDDEN when they see it but may not do this.
 */

export interface LockedCase {
  c: CaseEntity;
  /** Every summons of the case, oldest first. */
  summonses: CaseSummonsEntity[];
}

/** The case locked for this transaction and read fresh, with its summonses; null when there is none. */
export async function lockCase(em: EntityManager, id: string): Promise<LockedCase | null> {
  const rows: unknown[] = await em.execute('select id from civic_case where id = ? for update', [id]);
  if (rows.length === 0) return null;
  const c = await em.findOneOrFail(CaseEntity, { id }, { refresh: true });
  const summonses = await em.find(CaseSummonsEntity, { case: id }, { orderBy: { id: 'asc' }, refresh: true });
  return { c, summonses };
}

/** Every organisation ever summoned to the case (a released one included), in summons order. */
export const summonedOrganizationIds = (summonses: readonly CaseSummonsEntity[]): string[] => [
  ...new Set(summonses.map((s) => s.organization.id)),
];

export const factsOf = ({ c, summonses }: LockedCase): CaseFacts => ({
  areaPath: c.areaPath,
  handlingPath: c.handlingPath,
  reporterAccountId: c.reporterAccountId,
  organizationIds: summonedOrganizationIds(summonses),
});

export const isLive = (s: CaseSummonsEntity) => LIVE_SUMMONS_STATUSES.includes(s.status);

/**
 * The parties of a case, who may add notes: staff of its area and above (grid workers included), and the
 * admins of organisations with a live or done summons (a released one is no longer a party).
 */
export function isPartyTo(viewer: Viewer, locked: LockedCase): boolean {
  return (
    staffOfArea(viewer, locked.c.areaPath) ||
    locked.summonses.some((s) => s.status !== SummonsStatus.DECLINE_ACCEPTED && actsForOrganization(viewer, s.organization.id))
  );
}

export type CaseAccess = 'handle' | 'party' | 'see';

const REFUSED: Record<Exclude<CaseAccess, 'see'>, string> = {
  handle: "Only an admin of the case's handling level (or above) does this.",
  party: "Only the case's parties do this: staff of its area and the organisations summoned to it.",
};

/** The case `id` locked, when the viewer sees it (NOT_FOUND otherwise) and has `access` to it (FORBIDDEN otherwise). */
export async function caseForChange(em: EntityManager, viewer: Viewer, id: string, field: string, access: CaseAccess): Promise<LockedCase> {
  const locked = await lockCase(em, id);
  if (!locked || !caseVisible(viewer, factsOf(locked))) throw notFound(field, 'case');
  if (access === 'handle' && !handlesCase(viewer, locked.c)) throw forbidden(REFUSED.handle);
  if (access === 'party' && !isPartyTo(viewer, locked)) throw forbidden(REFUSED.party);
  return locked;
}

export type SummonsAccess = 'unit' | 'handle';

/**
 * The summons `id` with its case locked, when the viewer sees the case (NOT_FOUND otherwise) and may do this
 * (FORBIDDEN otherwise): 'unit' the summoned organisation's admin, 'handle' the case's handling level.
 */
export async function summonsForChange(em: EntityManager, viewer: Viewer, id: string, field: string, access: SummonsAccess): Promise<LockedCase & { s: CaseSummonsEntity }> {
  const rows: { case_id: string }[] = await em.execute('select case_id::text as case_id from case_summons where id = ?', [id]);
  if (rows.length === 0) throw notFound(field, 'summons');
  const locked = await lockCase(em, rows[0].case_id);
  if (!locked || !caseVisible(viewer, factsOf(locked))) throw notFound(field, 'summons');
  const s = locked.summonses.find((x) => x.id === id)!;
  if (access === 'unit' && !actsForOrganization(viewer, s.organization.id)) throw forbidden("Only the summoned organisation's admin does this.");
  if (access === 'handle' && !handlesCase(viewer, locked.c)) throw forbidden(REFUSED.handle);
  return { ...locked, s };
}
