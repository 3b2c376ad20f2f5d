import { Field, ID, InputType, Int } from 'type-graphql';
import { GeoPointInput } from '../../shared/location.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { WeeklyWindowInput } from '../../shared/schedule/schedule.graphql.js';
import { Audience, ResourceKind } from '../resources/index.js';
import { DemandChannel, DemandFulfilment, DemandListStatus, DemandStatus, ServiceKind, Urgency } from './demand.enums.js';

@InputType({ description: 'What residents ordered, as a grid worker (or an admin of the area) records it; it starts as POSTED.' })
export class PostDemandInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The grid or community it belongs to; when the area has a boundary, `location` must lie inside it (within AREA_BOUNDARY_TOLERANCE_M) or it is POINT_OUTSIDE_AREA. Omitted: the deepest grid whose boundary holds `location`, else the community whose boundary holds it, else AREA_NOT_FOUND_AT_POINT.',
  })
  areaId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A COLLECTING demand list of the same grid to add it to.' })
  demandListId?: string | null;

  @Field({ description: 'Short title, e.g. 老旧小区夜间停车难.' })
  title!: string;

  @Field({ defaultValue: '', description: 'Residents\' circumstances; private to staff of the area and whoever takes it.' })
  description!: string;

  @Field(() => DemandFulfilment, {
    defaultValue: DemandFulfilment.RESOURCE,
    description: "How it is to be met: RESOURCE (give `kinds`; matched) or SERVICE (a service order: give `serviceKinds`; taken by volunteers, teams or units).",
  })
  fulfilment!: DemandFulfilment;

  @Field(() => [ResourceKind], { nullable: true, description: 'RESOURCE demands: kinds of resource any of which would serve; at least one. Not given for SERVICE.' })
  kinds?: ResourceKind[] | null;

  @Field(() => [ServiceKind], { nullable: true, description: 'SERVICE demands: the kinds of work asked for; at least one. Not given for RESOURCE.' })
  serviceKinds?: ServiceKind[] | null;

  @Field(() => Int, { description: 'How many are needed; more than 0 (for a service order: people, or visits).' })
  quantity!: number;

  @Field(() => [WeeklyWindowInput], { description: 'When it is needed each week; at least one window, none overlapping another.' })
  windows!: WeeklyWindowInput[];

  @Field({ description: 'First needed local date, YYYY-MM-DD.' })
  startDate!: string;

  @Field({ description: 'Last needed local date, YYYY-MM-DD, inclusive; not before `startDate` nor before today.' })
  endDate!: string;

  @Field(() => GeoPointInput, { description: 'Where it is needed; any of WGS84, GCJ02, BD09.' })
  location!: GeoPointInput;

  @Field(() => Int, { defaultValue: 1000, description: 'How far residents will go, in metres: more than 0, at most 50,000.' })
  radiusMeters!: number;

  @Field(() => Audience, { defaultValue: Audience.ALL_RESIDENTS, description: 'Who it is for.' })
  audience!: Audience;

  @Field(() => Urgency, { defaultValue: Urgency.NORMAL, description: 'How urgent it is.' })
  urgency!: Urgency;

  @Field(() => DemandChannel, { description: 'How residents ordered.' })
  channel!: DemandChannel;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When residents ordered; defaults to now; not in the future.' })
  orderedAt?: Date | null;

  @Field({ defaultValue: '', description: 'Who ordered, as you would note it (e.g. 3号楼王阿姨); private.' })
  orderedBy!: string;
}

@InputType({ description: 'Changes to a POSTED demand; omitted fields stay as they are.' })
export class UpdateDemandInput {
  @Field(() => ID, { description: 'The demand to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; a newer stored version is VERSION_CONFLICT and nothing is overwritten.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'New title.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New description.' })
  description?: string | null;

  @Field(() => [ResourceKind], { nullable: true, description: 'New kinds (replaces the list); RESOURCE demands only.' })
  kinds?: ResourceKind[] | null;

  @Field(() => [ServiceKind], { nullable: true, description: 'New kinds of work (replaces the list); SERVICE demands only.' })
  serviceKinds?: ServiceKind[] | null;

  @Field(() => Int, { nullable: true, description: 'New quantity.' })
  quantity?: number | null;

  @Field(() => [WeeklyWindowInput], { nullable: true, description: 'New weekly windows (replaces the list).' })
  windows?: WeeklyWindowInput[] | null;

  @Field(() => String, { nullable: true, description: 'New first needed date.' })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'New last needed date.' })
  endDate?: string | null;

  @Field(() => GeoPointInput, { nullable: true, description: 'New location.' })
  location?: GeoPointInput | null;

  @Field(() => Int, { nullable: true, description: 'New radius in metres.' })
  radiusMeters?: number | null;

  @Field(() => Audience, { nullable: true, description: 'New audience.' })
  audience?: Audience | null;

  @Field(() => Urgency, { nullable: true, description: 'New urgency.' })
  urgency?: Urgency | null;

  @Field(() => DemandChannel, { nullable: true, description: 'New channel.' })
  channel?: DemandChannel | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'New time of ordering.' })
  orderedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'New note of who ordered.' })
  orderedBy?: string | null;
}

@InputType({ description: 'Which demand.' })
export class DemandIdInput {
  @Field(() => ID, { description: 'The demand.' })
  id!: string;
}

@InputType({ description: 'Which demand to cancel, and why.' })
export class CancelDemandInput {
  @Field(() => ID, { description: 'The demand.' })
  id!: string;

  @Field({ description: 'Why, recorded in its history (e.g. 居民已自行解决).' })
  reason!: string;
}

@InputType({ description: 'Which demands to read; all given conditions must hold. You only ever see demands you may see.' })
export class DemandFilter {
  @Field(() => ID, { nullable: true, description: 'In this area or anywhere below it.' })
  areaId?: string | null;

  @Field(() => [DemandStatus], { nullable: true, description: 'Any of these statuses, as of now (EXPIRED computed from the clock).' })
  statuses?: DemandStatus[] | null;

  @Field(() => [ResourceKind], { nullable: true, description: 'Accepting any of these kinds.' })
  kinds?: ResourceKind[] | null;

  @Field(() => DemandFulfilment, { nullable: true, description: 'Met this way: RESOURCE demands or SERVICE orders.' })
  fulfilment?: DemandFulfilment | null;

  @Field(() => [ServiceKind], { nullable: true, description: 'Service orders asking for any of these kinds of work.' })
  serviceKinds?: ServiceKind[] | null;

  @Field(() => ID, { nullable: true, description: 'In this demand list.' })
  demandListId?: string | null;

  @Field(() => Urgency, { nullable: true, description: 'Of this urgency.' })
  urgency?: Urgency | null;

  @Field(() => String, { nullable: true, description: 'Needed on this local date (YYYY-MM-DD): between its start and end dates.' })
  neededOn?: string | null;
}

@InputType({ description: 'A new demand list of a grid for a period; it starts COLLECTING.' })
export class OpenDemandListInput {
  @Field(() => ID, { description: 'The grid.' })
  areaId!: string;

  @Field({ description: 'First local date of the period, YYYY-MM-DD.' })
  periodStart!: string;

  @Field({ description: 'Last local date of the period, YYYY-MM-DD, inclusive; not before `periodStart`.' })
  periodEnd!: string;

  @Field(() => String, { nullable: true, description: 'Title; defaults to the grid\'s name and the period.' })
  title?: string | null;
}

@InputType({ description: 'Which demand list, and why.' })
export class DemandListStatusInput {
  @Field(() => ID, { description: 'The demand list.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Why, recorded in its history.' })
  reason?: string | null;
}

@InputType({ description: 'Which demand lists to read; all given conditions must hold.' })
export class DemandListFilter {
  @Field(() => ID, { nullable: true, description: 'Of this grid, or of any grid below this area.' })
  areaId?: string | null;

  @Field(() => [DemandListStatus], { nullable: true, description: 'Any of these statuses.' })
  statuses?: DemandListStatus[] | null;
}
