import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Field, ID, InputType, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context.js';
import { loadByRowId, type Channel } from '../../outbox/channel.js';
import { EventType } from '../../outbox/event-types.js';
import type { FeedEvent } from '../../outbox/feed.js';
import { AFTER_DESCRIPTION, below, CURSOR_DESCRIPTION, HEARTBEAT_DESCRIPTION, heartbeatOf, idSet, subscribeTo } from '../../outbox/subscription.js';
import { idOf } from '../../shared/input.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { Role, SYSTEM_VIEWER, type Viewer } from '../../shared/viewer.js';
import { areaPathOf } from '../areas/index.js';
import { Actor } from '../events/index.js';
import { DemandStatus } from './demand.enums.js';
import { demandByIdLoader } from './demand.reads.js';
import { demandVisible } from './demand.rules.js';
import { Demand } from './demand.type.js';
import { orderCardsByIds, type OrderCard } from './open-orders.reads.js';
import { isLiveTaker } from './open-orders.rules.js';
import { OpenOrder } from './open-orders.type.js';

// `demandEvents`: demands and service orders as they change; the order board's cards as they come and go

@ObjectType({
  simpleResolvers: true,
  description:
    'A change of a demand, delivered by `demandEvents`; or a heartbeat. Staff of its area and its takers get every field; an approved volunteer who receives it only because it is on the order board gets the card (`order`), the statuses and quantities, and the actor\'s role: `demand` and `reason` null.',
})
export class DemandEvent {
  @Field({ description: CURSOR_DESCRIPTION })
  cursor!: string;

  @Field({ description: HEARTBEAT_DESCRIPTION })
  isHeartbeat!: boolean;

  @Field(() => EventType, { nullable: true, description: 'What happened (DEMAND_PLACED, DEMAND_TAKEN, DEMAND_RELEASED, DEMAND_CANCELLED, …).' })
  type!: EventType | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it happened.' })
  occurredAt!: Date | null;

  @Field(() => Actor, { nullable: true, description: 'Who did it: the account for staff of its area and the actor themself (HIDDEN for others), the role for everyone; SYSTEM for a change the clock made.' })
  actor!: Actor | null;

  @Field(() => DemandStatus, { nullable: true, description: 'The status before the change, when it moved one.' })
  from!: DemandStatus | null;

  @Field(() => DemandStatus, { nullable: true, description: 'The status after the change, when it moved one.' })
  to!: DemandStatus | null;

  @Field(() => String, { nullable: true, description: 'Why, when the change was given a reason (cancel, release, revoke, dispute); null on the board.' })
  reason!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Details of the change, as in the event log; on the board its statuses and quantities only.' })
  data!: Record<string, unknown> | null;

  @Field(() => Demand, { nullable: true, description: 'The demand as it is now, with the fields you selected; null unless you may see it (staff of its area, its takers).' })
  demand!: Demand | null;

  @Field(() => OpenOrder, { nullable: true, description: 'For a service order, its card as it is now (what the order board shows); null for a RESOURCE demand.' })
  order!: OpenOrder | null;
}

@InputType({
  description:
    'Which demand events; all conditions given must hold. You receive the changes of the demands of your area (staff), of the orders you hold a take of, and, as an approved volunteer, the order board of your home community.',
})
export class DemandEventFilter {
  @Field(() => ID, { nullable: true, description: 'Demands of this area or an area below it.' })
  areaId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only these demands (at most 100).' })
  demandIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only events naming you: the orders you (or the team you lead) or your unit hold a take of.' })
  mine?: boolean | null;
}

/** The filter as compiled at subscribe time. */
export interface DemandFilterValues {
  demandIds: Set<string> | null;
  areaRowId: string | null;
  areaPath: string | null;
  /** `mine`: the account and unit an event must name. */
  mine: { accountId: string | null; organizationId: string | null } | null;
}

/** What the channel loads of a demand, once per batch: the demand, and for a service order its card and live takers. */
export interface DemandNode {
  demand: Demand;
  order: OrderCard | null;
}

/** The demand event types: every DEMAND_* but those of demand lists. */
export const DEMAND_EVENT_TYPES: readonly EventType[] = Object.values(EventType).filter((t) => t.startsWith('DEMAND_') && !t.startsWith('DEMAND_LIST_'));

/** Staff of its area and whoever took it (demand.rules.ts), and the live takers of a service order. */
export function demandNodeVisible(viewer: Viewer, n: DemandNode): boolean {
  const d = n.demand;
  return (
    demandVisible(viewer, { areaPath: d.areaPath, takenByOrganizationId: d.takenByOrganizationRowId, takenByAccount: d.takenByAccount }) ||
    (n.order !== null && isLiveTaker(viewer, n.order.takers))
  );
}

const names = (f: DemandFilterValues['mine'], e: FeedEvent) =>
  f !== null && ((f.accountId !== null && e.accountIds.includes(f.accountId)) || (f.organizationId !== null && e.organizationIds.includes(f.organizationId)));

export const demandChannel: Channel<DemandFilterValues, DemandNode> = {
  field: 'demandEvents',
  types: DEMAND_EVENT_TYPES,
  // SYSTEM sees every demand: the clock bounds only takers' windows, so the wall clock does here
  async loadNodes(pool, ids) {
    const [demands, orders] = await Promise.all([loadByRowId((k) => demandByIdLoader(pool, SYSTEM_VIEWER, new Date()).loadMany(k), ids), orderCardsByIds(pool, ids)]);
    const out = new Map<string, DemandNode>();
    for (const [id, demand] of demands) out.set(id, { demand, order: orders.get(id) ?? null });
    return out;
  },
  nodeVisible: demandNodeVisible,
  accepts(f, e) {
    if (f.demandIds && !f.demandIds.has(e.subjectRowId)) return false;
    if (f.mine !== null && !names(f.mine, e)) return false;
    return below(e.areaPath, f.areaPath);
  },
  filterKeys: (f) => (f.demandIds ? [...f.demandIds].map((id) => `d:${id}`) : null),
  eventKeys: (e) => [`d:${e.subjectRowId}`],
  payload: (e, n, view): DemandEvent => ({
    cursor: e.cursor,
    isHeartbeat: false,
    type: e.type,
    occurredAt: e.occurredAt,
    actor: e.actor,
    from: (e.data.from as DemandStatus | undefined) ?? null,
    to: (e.data.to as DemandStatus | undefined) ?? null,
    reason: !view.boardOnly && typeof e.data.reason === 'string' ? e.data.reason : null,
    data: e.data,
    demand: view.boardOnly ? null : (n?.demand ?? null),
    // the card, for anyone who receives the event: it holds nothing private
    order: view.loaded?.order?.card ?? null,
  }),
  filterArea: (f) => (f.areaRowId !== null && f.areaPath !== null ? { id: f.areaRowId, path: f.areaPath } : null),
  withFilterAreaPath: (f, areaPath) => ({ ...f, areaPath }),
  heartbeat: (cursor): DemandEvent => ({ ...heartbeatOf(cursor), from: null, to: null, reason: null, demand: null, order: null }),
};

@Resolver()
export class DemandEventsResolver {
  @Subscription(() => DemandEvent, {
    description:
      'Changes of demands as they commit. Staff receive every change of the demands of their area, and takers every change of the orders they hold a take of, in full; ' +
      'an approved volunteer also receives the order board of their home community (new service orders, and orders taken, released, cancelled or expired) as cards only. ' +
      'Resumable with `after`, like every subscription.',
    subscribe: async (data) => {
      const ctx = data.context as Context;
      const f = (data.args.filter ?? {}) as DemandEventFilter;
      const viewer = ctx.viewer;
      const filter: DemandFilterValues = {
        demandIds: idSet(f.demandIds, ['Demand'], 'filter.demandIds'),
        areaPath: await areaPathOf(ctx, f.areaId, 'filter.areaId'),
        areaRowId: f.areaId ? idOf(f.areaId, ['Area'], 'filter.areaId') : null,
        mine: f.mine
          ? {
              accountId: viewer.role === Role.VOLUNTEER ? viewer.accountId : null,
              organizationId: viewer.role === Role.UNIT_ADMIN ? viewer.organizationId : null,
            }
          : null,
      };
      return subscribeTo(demandChannel as Channel<DemandFilterValues, unknown>, filter, (data.args.after as string | null) ?? null, data);
    },
  })
  demandEvents(
    @Root() event: DemandEvent,
    @Arg('filter', () => DemandEventFilter, { nullable: true, description: 'Which demands; all you may see when null.' }) _filter: DemandEventFilter | null,
    @Arg('after', () => String, { nullable: true, description: AFTER_DESCRIPTION }) _after: string | null,
  ): DemandEvent {
    return event;
  }
}
