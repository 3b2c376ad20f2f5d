import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../shared/errors.js';
import { requireAllowed } from '../../shared/guards.js';
import { actorOf, administersArea, staffOfArea, type Viewer } from '../../shared/viewer.js';
import { EventType } from '../../outbox/event-types.js';
import type { EventDraft } from '../../outbox/outbox.js';
import { DemandAction, DemandListAction, DemandListStatus, DemandStatus } from './demand.enums.js';
import { DemandEntity } from './demand.entity.js';
import { DemandHistoryEntity, DemandListHistoryEntity } from './demand-history.entity.js';
import { DemandListEntity } from './demand-list.entity.js';
import { demandListVisible, demandVisible } from './demand.visibility.js';

/*
 * Who may do what to demands and lists, and the records every change leaves (history and event).
 */

export interface DemandFacts {
  areaPath: string;
  status: DemandStatus;
  takenByOrganizationId: string | null;
  takenByAccount: string | null;
}

export const factsOf = (d: DemandEntity): DemandFacts => ({
  areaPath: d.areaPath,
  status: d.status,
  takenByOrganizationId: d.takenByOrganization?.id ?? null,
  takenByAccount: d.takenByAccount ?? null,
});

/** Grid workers and admins of the area record and change what residents ordered. */
export const canRecord = (viewer: Viewer, d: { areaPath: string }) => staffOfArea(viewer, d.areaPath);

/** The community (its admin, or the street's or district's) places a demand. */
export const canPlace = (viewer: Viewer, d: { areaPath: string }) => administersArea(viewer, d.areaPath);

/** A posted demand may be withdrawn by whoever may record it; once placed, only the community and above. */
export const canCancel = (viewer: Viewer, d: DemandFacts) =>
  d.status === DemandStatus.POSTED ? canRecord(viewer, d) : canPlace(viewer, d);

/**
 * A demand, as an entity or a row (null when there is none), checked for a change by the viewer: NOT_FOUND
 * when it does not exist or the viewer may not see it, FORBIDDEN when the viewer sees it but may not do
 * this.
 */
export function demandForChangeOf<T>(
  viewer: Viewer,
  d: T | null,
  facts: (d: T) => DemandFacts,
  field: string,
  allow: (viewer: Viewer, d: DemandFacts) => boolean,
): T {
  if (!d || !demandVisible(viewer, facts(d))) throw notFound(field, 'demand');
  requireAllowed(viewer, allow(viewer, facts(d)));
  return d;
}

/** Loads a demand for a change by the viewer, checked by `demandForChangeOf`. */
export async function demandForChange(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  field: string,
  allow: (viewer: Viewer, d: DemandFacts) => boolean,
): Promise<DemandEntity> {
  return demandForChangeOf(viewer, await em.findOne(DemandEntity, { id }), factsOf, field, allow);
}

export async function demandListForChange(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  field: string,
  allow: (viewer: Viewer, l: { areaPath: string }) => boolean,
): Promise<DemandListEntity> {
  const list = await em.findOne(DemandListEntity, { id });
  if (!list || !demandListVisible(viewer, list)) throw notFound(field, 'demand list');
  requireAllowed(viewer, allow(viewer, list));
  return list;
}

/** What a demand's events are about and scoped by: the entity, or the same fields of a row a lean write read. */
type DemandSubject = Pick<DemandEntity, 'id' | 'areaPath'> & { takenByOrganization?: { id: string } | null };

/** The subject of a demand's events from the columns of its row (the lean writes, the sweeper). */
export const demandSubjectOfRow = (id: string, areaPath: string, takenByOrganizationId: string | null): DemandSubject => ({
  id,
  areaPath,
  takenByOrganization: takenByOrganizationId === null ? null : { id: takenByOrganizationId },
});

/** Demand events are never public: they are scoped to the demand's area and to the unit that took it. */
export function demandEvent(type: EventType, d: DemandSubject, data: Record<string, unknown> = {}): EventDraft {
  return {
    type,
    subjectType: 'Demand',
    subjectId: d.id,
    areaPath: d.areaPath,
    organizationId: d.takenByOrganization?.id ?? null,
    isPublic: false,
    data,
  };
}

/** A list's events are public once the list has been published, like the list itself. */
export function demandListEvent(type: EventType, l: DemandListEntity, data: Record<string, unknown> = {}): EventDraft {
  return {
    type,
    subjectType: 'DemandList',
    subjectId: l.id,
    areaPath: l.areaPath,
    organizationId: null,
    isPublic: (l.publishedAt ?? null) !== null,
    data,
  };
}

export function recordDemandHistory(
  em: EntityManager,
  viewer: Viewer,
  d: DemandEntity,
  entry: { action: DemandAction; from: DemandStatus | null; to: DemandStatus; reason?: string | null; at: Date },
): void {
  const actor = actorOf(viewer);
  em.create(DemandHistoryEntity, {
    demand: d, action: entry.action, fromStatus: entry.from, toStatus: entry.to,
    actorId: actor.id, actorRole: actor.role, reason: entry.reason ?? null, at: entry.at,
  });
}

export function recordDemandListHistory(
  em: EntityManager,
  viewer: Viewer,
  l: DemandListEntity,
  entry: { action: DemandListAction; from: DemandListStatus | null; to: DemandListStatus; reason?: string | null; at: Date },
): void {
  const actor = actorOf(viewer);
  em.create(DemandListHistoryEntity, {
    demandList: l, action: entry.action, fromStatus: entry.from, toStatus: entry.to,
    actorId: actor.id, actorRole: actor.role, reason: entry.reason ?? null, at: entry.at,
  });
}

export const DEMAND_EVENTS: Record<'place' | 'take' | 'cancel' | 'expire', EventType> = {
  place: EventType.DEMAND_PLACED,
  take: EventType.DEMAND_TAKEN,
  cancel: EventType.DEMAND_CANCELLED,
  expire: EventType.DEMAND_EXPIRED,
};
