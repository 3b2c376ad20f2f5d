import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../shared/scalars.js';
import type { LatLng } from '../../shared/geo.js';
import { GeoPoint } from '../../shared/location.js';
import { connectionType, Node, PageInfo } from '../../shared/relay.js';
import { ScheduleExceptionType, toWindowType, WeeklyWindowType } from '../../shared/schedule/schedule.graphql.js';
import type { ScheduleException, WeeklyWindow } from '../../shared/schedule/schedule.types.js';
import { AccessMode, Audience, ResourceKind, ResourceStatus } from './resource.enums.js';

@ObjectType({ simpleResolvers: true, description: 'The latest live free count reported for a counted resource.' })
export class Availability {
  @Field(() => Int, { description: 'Free places (spaces, seats) at the time observed.' })
  freeCount!: number;

  @Field(() => DateTimeScalar, { description: 'When the count was observed at the source.' })
  observedAt!: Date;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    'Something a resident unit opens to residents at a place (HSDS service-at-location): a reading room, a car park, a toilet, a 1-hour classroom…',
})
export class Resource extends Node {
  __typename!: 'Resource';
  rowId!: string;
  organizationRowId!: string;
  areaRowId!: string;
  areaPath!: string;

  @Field(() => ResourceKind, { description: 'What kind of resource this is.' })
  kind!: ResourceKind;

  @Field(() => ResourceStatus, { description: 'DRAFT until published; only PUBLISHED resources are public.' })
  status!: ResourceStatus;

  @Field({ description: 'Title as residents see it, e.g. 市图书馆东城分馆阅览室.' })
  title!: string;

  @Field({ description: 'What is offered and how to use it.' })
  description!: string;

  @Field({ description: 'Street address of the place.' })
  address!: string;

  // stored WGS-84; the field gives it in the system asked for (withPointSystems, src/shared/location.ts)
  @Field(() => GeoPoint, { description: 'Where the resource is.' })
  location!: LatLng;

  @Field(() => Int, { nullable: true, description: 'How many can use it at once (spaces, seats, places); null when not counted.' })
  capacity!: number | null;

  @Field(() => String, { nullable: true, description: 'What `capacity` counts, e.g. 个车位, 个座位.' })
  capacityUnit!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The district\'s key of the resource (资源编号 of its ledger), by which a ledger import finds it again; null when it was never imported with one.',
  })
  externalKey!: string | null;

  @Field(() => AccessMode, { description: 'OPEN_ACCESS resources are discovered, never allocated; ALLOCATED ones are matched.' })
  accessMode!: AccessMode;

  @Field(() => [Audience], { description: 'Who the resource serves.' })
  audiences!: Audience[];

  storedWindows!: WeeklyWindow[];
  storedExceptions!: ScheduleException[];

  @Field(() => [WeeklyWindowType], { description: 'When it is offered each week, in local time.' })
  get windows(): WeeklyWindowType[] {
    return this.storedWindows.map(toWindowType);
  }

  @Field(() => [ScheduleExceptionType], { description: 'Dates with other hours or closed (holidays, repairs).' })
  get exceptions(): ScheduleExceptionType[] {
    return this.storedExceptions.map((e) => ({ ...e, hours: e.hours.map((h) => ({ ...h })) }));
  }

  @Field(() => Availability, { nullable: true, description: 'The latest live free count, if any was reported.' })
  latestAvailability!: Availability | null;

  @Field(() => Int, { description: 'Increases with every edit; pass it back to `updateResource`.' })
  version!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was first published.' })
  publishedAt!: Date | null;

  @Field(() => DateTimeScalar, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it was last changed.' })
  updatedAt!: Date;
}

export const ResourceConnection = connectionType('Resource', Resource, 'resource');

@ObjectType({ simpleResolvers: true, description: 'One resource in a page of a search, with its cursor and, when searching near a point, its distance.' })
export class ResourceSearchEdge {
  @Field({ description: 'Opaque cursor of this edge, for `after` / `before` with the same filter and order.' })
  cursor!: string;

  @Field(() => Resource, { description: 'The resource.' })
  node!: Resource;

  @Field(() => Float, { nullable: true, description: 'Great-circle distance in metres from the `near` point; null without `near`.' })
  distanceMeters!: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'A page of a resource search (Relay cursor connection).' })
export class ResourceSearchConnection {
  @Field(() => [ResourceSearchEdge], { description: 'The resources of this page, in the requested order.' })
  edges!: ResourceSearchEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages exist, and the cursors at both ends.' })
  pageInfo!: PageInfo;

  // not simple: the value is a promise-returning getter, which graphql-jit only awaits from a resolver
  @Field(() => Int, { simple: false, description: 'How many resources match the filter; counted only when asked for.' })
  totalCount!: number;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: 'One reported live free count of a counted resource (history is kept).' })
export class AvailabilityObservation extends Node {
  __typename!: 'AvailabilityObservation';
  resourceRowId!: string;

  @Field(() => Int, { description: 'Free places at the time observed.' })
  freeCount!: number;

  @Field(() => DateTimeScalar, { description: 'When it was observed at the source.' })
  observedAt!: Date;

  @Field({ description: 'Which system or person reported it, e.g. 停车场道闸系统.' })
  source!: string;

  @Field(() => DateTimeScalar, { description: 'When the hub recorded it.' })
  recordedAt!: Date;
}
