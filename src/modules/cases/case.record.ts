import type { EntityManager } from '@mikro-orm/postgresql';
import { toGlobalId } from '../../shared/global-id.js';
import { actorOf, Role, type Viewer } from '../../shared/viewer.js';
import type { EventType } from '../../outbox/event-types.js';
import type { EventDraft } from '../../outbox/outbox.js';
import type { CaseAction, CaseLevel, CaseStatus, SummonsAction, SummonsStatus } from './case.enums.js';
import { CaseEntity, CaseHistoryEntity, CaseSummonsEntity, CaseSummonsHistoryEntity } from './case.entity.js';

/*
 * The records every write of a case leaves: a line of the case's or the summons's history, and an event.
 * Events of cases are never public: they are scoped to the case's area (its staff and those above), to
 * every organisation ever summoned to it, and to its reporter's account when a RESIDENT reported it. Their
 * data never carries the reporter, the description, the ticket number, the location or a note's text.
 */

export function recordCaseHistory(
  em: EntityManager,
  viewer: Viewer,
  c: CaseEntity,
  entry: { action: CaseAction; from: CaseStatus | null; to: CaseStatus; fromLevel?: CaseLevel | null; toLevel?: CaseLevel | null; reason?: string | null; at: Date },
): void {
  const actor = actorOf(viewer);
  em.create(CaseHistoryEntity, {
    case: c, action: entry.action, fromStatus: entry.from, toStatus: entry.to, fromLevel: entry.fromLevel ?? null, toLevel: entry.toLevel ?? null,
    actorId: actor.id, actorRole: actor.role, reason: entry.reason ?? null, at: entry.at,
  });
}

export function recordSummonsHistory(
  em: EntityManager,
  viewer: Viewer,
  s: CaseSummonsEntity,
  entry: { action: SummonsAction; from: SummonsStatus | null; to: SummonsStatus; reason?: string | null; at: Date },
): void {
  const actor = actorOf(viewer);
  em.create(CaseSummonsHistoryEntity, {
    summons: s, action: entry.action, fromStatus: entry.from, toStatus: entry.to,
    actorId: actor.id, actorRole: actor.role, reason: entry.reason ?? null, at: entry.at,
  });
}

/**
 * An event of case `c` (subject: the case), scoped to its area, to `organizationIds` (every organisation ever
 * summoned to it) and, when a RESIDENT reported it, to the reporter's account: the resident follows their own
 * case over `events` and `caseEvents` (others' actor ids stay HIDDEN to them, view.ts).
 */
export function caseEvent(
  type: EventType,
  c: Pick<CaseEntity, 'id' | 'areaPath' | 'reporterAccountId' | 'reporterRole'>,
  organizationIds: readonly string[],
  data: Record<string, unknown> = {},
): EventDraft {
  return {
    type,
    subjectType: 'Case',
    subjectId: c.id,
    areaPath: c.areaPath,
    organizationId: null,
    organizationIds: [...new Set(organizationIds)],
    accountIds: c.reporterRole === Role.RESIDENT ? [c.reporterAccountId] : [],
    isPublic: false,
    data,
  };
}

/** The data of a summons's event: which summons and which organisation, as global ids. */
export const summonsData = (s: CaseSummonsEntity, data: Record<string, unknown> = {}) => ({
  summonsId: toGlobalId('CaseSummons', s.id),
  organizationId: toGlobalId('Organization', s.organization.id),
  ...data,
});
