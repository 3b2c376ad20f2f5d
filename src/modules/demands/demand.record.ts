import type { EntityManager } from '@mikro-orm/postgresql';
import { actorOf, type Viewer } from '../../shared/viewer.js';
import { EventType } from '../../outbox/event-types.js';
import type { EventDraft } from '../../outbox/outbox.js';
import { DemandAction, DemandListAction, DemandListStatus, DemandStatus } from './demand.enums.js';
import { DemandEntity } from './demand.entity.js';
import { DemandHistoryEntity, DemandListHistoryEntity } from './demand-history.entity.js';
import { DemandListEntity } from './demand-list.entity.js';

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
