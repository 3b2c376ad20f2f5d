import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTimeScalar } from '../../shared/scalars.js';
import { GeoPointInput } from '../../shared/location.js';
import { ScheduleExceptionInput, WeeklyWindowInput } from '../../shared/schedule/schedule.graphql.js';
import { AccessMode, Audience, ResourceKind } from './resource.enums.js';

@InputType({ description: 'A new resource of a resident unit; it starts as DRAFT.' })
export class CreateResourceInput {
  @Field(() => ID, { description: 'The unit that opens the resource.' })
  organizationId!: string;

  @Field(() => ResourceKind, { description: 'What kind of resource it is.' })
  kind!: ResourceKind;

  @Field({ description: 'Title as residents will see it.' })
  title!: string;

  @Field({ defaultValue: '', description: 'What is offered and how to use it.' })
  description!: string;

  @Field({ defaultValue: '', description: 'Street address of the place.' })
  address!: string;

  @Field(() => GeoPointInput, { description: 'Where it is; any of WGS84, GCJ02, BD09.' })
  location!: GeoPointInput;

  @Field(() => ID, {
    nullable: true,
    description: 'The area it lies in; when the area has a boundary, `location` must lie inside it (within AREA_BOUNDARY_TOLERANCE_M) or it is POINT_OUTSIDE_AREA. Omitted: the deepest grid whose boundary holds `location`, else the community whose boundary holds it, else the unit\'s own area.',
  })
  areaId?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many can use it at once; required for ALLOCATED resources; ≥ 0.' })
  capacity?: number | null;

  @Field(() => String, { nullable: true, description: 'What capacity counts, e.g. 个车位.' })
  capacityUnit?: string | null;

  @Field(() => AccessMode, {
    nullable: true,
    description: 'Defaults to OPEN_ACCESS for toilets and water points, ALLOCATED for everything else.',
  })
  accessMode?: AccessMode | null;

  @Field(() => [Audience], { defaultValue: [Audience.ALL_RESIDENTS], description: 'Who it serves.' })
  audiences!: Audience[];

  @Field(() => [WeeklyWindowInput], { defaultValue: [], description: 'When it is offered each week; windows may not overlap.' })
  windows!: WeeklyWindowInput[];

  @Field(() => [ScheduleExceptionInput], { defaultValue: [], description: 'Dates with other hours or closed.' })
  exceptions!: ScheduleExceptionInput[];
}

@InputType({ description: 'Changes to a resource; omitted fields stay as they are.' })
export class UpdateResourceInput {
  @Field(() => ID, { description: 'The resource to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; a newer stored version is VERSION_CONFLICT and nothing is overwritten.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'New title.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New description.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'New address.' })
  address?: string | null;

  @Field(() => GeoPointInput, { nullable: true, description: 'New location.' })
  location?: GeoPointInput | null;

  @Field(() => ID, { nullable: true, description: 'New area.' })
  areaId?: string | null;

  @Field(() => Int, { nullable: true, description: 'New capacity; not below the quantity already allocated.' })
  capacity?: number | null;

  @Field(() => String, { nullable: true, description: 'New capacity unit.' })
  capacityUnit?: string | null;

  @Field(() => [Audience], { nullable: true, description: 'New audiences (replaces the list).' })
  audiences?: Audience[] | null;

  @Field(() => [WeeklyWindowInput], { nullable: true, description: 'New weekly windows (replaces the list).' })
  windows?: WeeklyWindowInput[] | null;

  @Field(() => [ScheduleExceptionInput], { nullable: true, description: 'New exceptions (replaces the list).' })
  exceptions?: ScheduleExceptionInput[] | null;
}

@InputType({ description: 'Which resource to change the status of, and why.' })
export class ResourceStatusInput {
  @Field(() => ID, { description: 'The resource.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Why, recorded in the event (e.g. 设施维修).' })
  reason?: string | null;
}

@InputType({ description: 'A live free count of a counted resource.' })
export class ReportAvailabilityInput {
  @Field(() => ID, { description: 'The counted resource (a car park, a reading room).' })
  resourceId!: string;

  @Field(() => Int, { description: 'Free places now: from 0 to the resource\'s capacity.' })
  freeCount!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was observed; defaults to now. Must be newer than the latest.' })
  observedAt?: Date | null;

  @Field({ defaultValue: '', description: 'The reporting system or person.' })
  source!: string;
}

@InputType({ description: 'A batch of live counts, as a car-park system sends them.' })
export class ReportAvailabilitiesInput {
  @Field(() => [ReportAvailabilityInput], { description: 'One to 500 observations.' })
  observations!: ReportAvailabilityInput[];
}
