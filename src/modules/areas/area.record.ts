import type { EntityManager } from '@mikro-orm/core';
import { EventType } from '../../outbox/event-types.js';
import type { EventDraft } from '../../outbox/outbox.js';
import type { Actor } from '../../shared/viewer.js';
import { AreaEntity, AreaHistoryEntity } from './area.entity.js';
import { AreaAction, AreaStatus } from './area.enums.js';

const EVENTS: Record<AreaAction, EventType> = {
  CREATE: EventType.AREA_CREATED,
  UPDATE: EventType.AREA_UPDATED,
  MOVE: EventType.AREA_MOVED,
  RETIRE: EventType.AREA_RETIRED,
};

/**
 * Records one change of an area: its history row (with the caller's reason, where the action takes one),
 * and the event, public as areas are, scoped to the area's path.
 */
export function recordArea(
  em: EntityManager,
  area: AreaEntity,
  action: AreaAction,
  actor: Actor,
  now: Date,
  data: Record<string, unknown> = {},
  reason: string | null = null,
): EventDraft {
  em.create(AreaHistoryEntity, {
    area,
    action,
    fromStatus: action === AreaAction.CREATE ? null : AreaStatus.LIVE,
    toStatus: action === AreaAction.RETIRE ? AreaStatus.RETIRED : AreaStatus.LIVE,
    actorId: actor.id,
    actorRole: actor.role,
    at: now,
    reason,
  });
  return { type: EVENTS[action], subjectType: 'Area', subjectId: area.id, areaPath: area.path, organizationId: null, isPublic: true, data };
}
