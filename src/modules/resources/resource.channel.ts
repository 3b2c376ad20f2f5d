import { Arg, Field, ID, InputType, Int, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { loadByRowId, type Channel } from '../../outbox/channel.js';
import { EventType } from '../../outbox/event-types.js';
import { HEARTBEAT_DESCRIPTION, idSet, subscribeTo } from '../../outbox/subscription.js';
import { badInput } from '../../shared/errors.js';
import { greatCircleMeters, type LatLng } from '../../shared/geo.js';
import { parseNear } from '../../shared/location.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { SYSTEM_VIEWER } from '../../shared/viewer.js';
import { NearInput } from './resource-search.inputs.js';
import { ResourceKind } from './resource.enums.js';
import { resourceByIdLoader } from './resource.reads.js';
import { resourceVisible } from './resource.rules.js';
import { Resource } from './resource.type.js';

// `availabilityChanged`: live free counts as units report them

@ObjectType({ simpleResolvers: true, description: 'A live free count reported for a resource, delivered by `availabilityChanged`; or a heartbeat.' })
export class AvailabilityChange {
  @Field({ description: 'Position in the event log of this report (heartbeats carry the newest one).' })
  cursor!: string;

  @Field({ description: HEARTBEAT_DESCRIPTION })
  isHeartbeat!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the report was recorded.' })
  occurredAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Free places counted.' })
  freeCount!: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When they were counted.' })
  observedAt!: Date | null;

  @Field(() => Resource, { nullable: true, description: 'The resource as it is now, with the fields you selected.' })
  resource!: Resource | null;
}

@InputType({ description: 'Which resources\' live counts; at least one condition, and all given must hold.' })
export class AvailabilityChangeFilter {
  @Field(() => [ID], { nullable: true, description: 'These resources (at most 100).' })
  resourceIds?: string[] | null;

  @Field(() => [ResourceKind], { nullable: true, description: 'Resources of these kinds.' })
  kinds?: ResourceKind[] | null;

  @Field(() => NearInput, { nullable: true, description: 'Resources within this circle.' })
  near?: NearInput | null;
}

/** The filter as compiled at subscribe time: global ids decoded, the circle parsed. */
export interface AvailabilityFilterValues {
  resourceIds: Set<string> | null;
  kinds: Set<ResourceKind> | null;
  near: (LatLng & { radiusMeters: number }) | null;
}

export const availabilityChannel: Channel<AvailabilityFilterValues, Resource> = {
  field: 'availabilityChanged',
  types: [EventType.AVAILABILITY_REPORTED],
  loadNodes: (pool, ids) => loadByRowId((k) => resourceByIdLoader(pool, SYSTEM_VIEWER).loadMany(k), ids),
  nodeVisible: resourceVisible,
  accepts(f, e, r) {
    if (f.resourceIds && !f.resourceIds.has(e.subjectRowId)) return false;
    if (f.kinds && !(r && f.kinds.has(r.kind))) return false;
    if (f.near && !(r?.location && greatCircleMeters(f.near, r.location) <= f.near.radiusMeters)) return false;
    return true;
  },
  filterKeys: (f) => (f.resourceIds ? [...f.resourceIds].map((id) => `r:${id}`) : f.kinds ? [...f.kinds].map((k) => `k:${k}`) : null),
  eventKeys: (e, r) => (r ? [`r:${e.subjectRowId}`, `k:${r.kind}`] : [`r:${e.subjectRowId}`]),
  payload: (e, r): AvailabilityChange => ({
    cursor: e.cursor,
    isHeartbeat: false,
    occurredAt: e.occurredAt,
    freeCount: typeof e.data.freeCount === 'number' ? e.data.freeCount : null,
    observedAt: typeof e.data.observedAt === 'string' ? new Date(e.data.observedAt) : null,
    resource: r,
  }),
  heartbeat: (cursor): AvailabilityChange => ({ cursor, isHeartbeat: true, occurredAt: null, freeCount: null, observedAt: null, resource: null }),
};

@Resolver()
export class AvailabilityChangedResolver {
  @Subscription(() => AvailabilityChange, {
    description:
      'Live free counts as units report them (car parks, reading rooms), for the resources you name, of the kinds you name, or near a point. Published resources\' counts are public.',
    subscribe: (data) => {
      const f = data.args.filter as AvailabilityChangeFilter;
      if (!f.resourceIds && !f.kinds?.length && !f.near) throw badInput('filter', 'Name resources, kinds or a circle (`near`).');
      const filter: AvailabilityFilterValues = {
        resourceIds: idSet(f.resourceIds, ['Resource'], 'filter.resourceIds'),
        kinds: f.kinds?.length ? new Set(f.kinds) : null,
        near: f.near ? parseNear(f.near, 'filter.near') : null,
      };
      return subscribeTo(availabilityChannel as Channel<AvailabilityFilterValues, unknown>, filter, null, data);
    },
  })
  availabilityChanged(
    @Root() change: AvailabilityChange,
    @Arg('filter', () => AvailabilityChangeFilter, { description: 'Which resources; at least one condition.' }) _filter: AvailabilityChangeFilter,
  ): AvailabilityChange {
    return change;
  }}
