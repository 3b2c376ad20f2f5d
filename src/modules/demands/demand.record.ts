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

/** Who a service order's event concerns besides its area's staff: its takers' units and accounts. */
export interface TakerScope {
  organizationIds: string[];
  accountIds: string[];
}

/**
 * The events of a service order that change what is open on the order board (it opened, filled, reopened or
 * closed): approved volunteers of its area receive them as the redacted card.
 */
export const BOARD_EVENTS: ReadonlySet<EventType> = new Set([
  EventType.DEMAND_PLACED,
  EventType.DEMAND_TAKEN,
  EventType.DEMAND_RELEASED,
  EventType.DEMAND_TAKE_REVOKED,
  EventType.DEMAND_CANCELLED,
  EventType.DEMAND_EXPIRED,
]);

/**
 * An event of a service order: scoped to its area, to the units of its live takes (and of one that just
 * ended) and to the accounts of those takers (a volunteer's, a team's current leader's). A board event's
 * data carries only statuses and quantities (`from`, `to`, `stillNeeded`): any reason stays in the history.
 * No event's data carries a name, a phone, the description, the orderer, the location or a note.
 */
export function serviceEvent(
  type: EventType,
  d: { id: string; areaPath: string; quantity: number; takenQuantity: number },
  takers: TakerScope,
  data: Record<string, unknown> = {},
): EventDraft {
  const board = BOARD_EVENTS.has(type);
  const stillNeeded = d.quantity - d.takenQuantity;
  return {
    type,
    subjectType: 'Demand',
    subjectId: d.id,
    areaPath: d.areaPath,
    organizationId: null,
    organizationIds: takers.organizationIds,
    accountIds: takers.accountIds,
    isPublic: false,
    board,
    data: board ? { from: data.from ?? null, to: data.to ?? null, stillNeeded } : { ...data, stillNeeded },
  };
}

/**
 * The takers an event of order `demandId` concerns, read in the caller's transaction (flush first): those of
 * its holding takes (TAKEN, SERVED, DISPUTED, CONFIRMED) and of `endedTakeIds`, which just ended.
 */
export async function takerScope(em: EntityManager, demandId: string, endedTakeIds: readonly string[] = []): Promise<TakerScope> {
  const rows: { organization_id: string | null; account_id: string | null }[] = await em.execute(
    `select t.organization_id::text as organization_id, coalesce(v.account_id, lv.account_id) as account_id
     from demand_take t
     left join volunteer v on v.id = t.volunteer_id
     left join volunteer_team vt on vt.id = t.team_id
     left join volunteer lv on lv.id = vt.leader_id
     where t.demand_id = ? and (t.status in ('TAKEN','SERVED','DISPUTED','CONFIRMED') or t.id = any(?::bigint[]))
     order by t.id`,
    [demandId, `{${endedTakeIds.join(',')}}`],
  );
  const organizationIds = [...new Set(rows.flatMap((r) => (r.organization_id === null ? [] : [r.organization_id])))];
  const accountIds = [...new Set(rows.flatMap((r) => (r.organization_id === null && r.account_id !== null ? [r.account_id] : [])))];
  return { organizationIds, accountIds };
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
