import { Field, Int, ObjectType } from 'type-graphql';
import type { LatLng } from '../../shared/geo.js';
import { GeoPoint } from '../../shared/location.js';
import { connectionType, Node } from '../../shared/relay.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { toWindowType, WeeklyWindowType } from '../../shared/schedule/schedule.graphql.js';
import type { WeeklyWindow } from '../../shared/schedule/schedule.types.js';
import { Actor } from '../events/index.js';
import { Audience, ResourceKind } from '../resources/index.js';
import { DemandAction, DemandChannel, DemandFulfilment, DemandListAction, DemandListStatus, DemandStatus, ServiceKind, Urgency } from './demand.enums.js';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    'What residents need (an item of a demand list): the kinds of resource that would serve, how many, when and where. Only staff of its area and whoever took it see it; others see `Area.demandStatistics`.',
})
export class Demand extends Node {
  __typename!: 'Demand';
  rowId!: string;
  areaRowId!: string;
  areaPath!: string;
  demandListRowId!: string | null;
  takenByOrganizationRowId!: string | null;
  /** the status as stored; `status` is computed from it, the end date and the clock */
  storedStatus!: DemandStatus;
  storedWindows!: WeeklyWindow[];

  @Field({ description: 'Short title as the grid worker wrote it, e.g. 老旧小区夜间停车难.' })
  title!: string;

  @Field({ description: 'Residents\' circumstances, as the grid worker recorded them.' })
  description!: string;

  @Field(() => DemandFulfilment, { description: "How it is met: RESOURCE (matched to units' resources) or SERVICE (a service order people take)." })
  fulfilment!: DemandFulfilment;

  @Field(() => [ResourceKind], { description: 'Kinds of resource any of which would serve; empty for a SERVICE order.' })
  kinds!: ResourceKind[];

  @Field(() => [ServiceKind], { description: 'The kinds of work a SERVICE order asks for; empty for a RESOURCE demand.' })
  serviceKinds!: ServiceKind[];

  @Field(() => Int, { description: 'SERVICE orders: how many of `quantity` live takes cover (0 for RESOURCE demands).' })
  takenQuantity!: number;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'SERVICE orders: by when it must be taken, fixed when placed from ORDER_TAKE_WITHIN_HOURS by urgency (or as the community set it); null for RESOURCE demands and before placing.',
  })
  takeDeadline!: Date | null;

  @Field(() => Int, { description: 'How many are needed (spaces, seats, places, people).' })
  quantity!: number;

  @Field(() => Int, { description: 'How many of `quantity` accepted matches already hold.' })
  acceptedQuantity!: number;

  @Field(() => [WeeklyWindowType], { description: 'When it is needed each week, in local time.' })
  get windows(): WeeklyWindowType[] {
    return this.storedWindows.map(toWindowType);
  }

  @Field({ description: 'First needed local date, YYYY-MM-DD.' })
  startDate!: string;

  @Field({ description: 'Last needed local date, YYYY-MM-DD, inclusive through 24:00; after it the demand is EXPIRED.' })
  endDate!: string;

  // stored WGS-84; the field gives it in the system asked for (withPointSystems, src/shared/location.ts)
  @Field(() => GeoPoint, { description: 'Where it is needed.' })
  location!: LatLng;

  @Field(() => Int, { description: 'How far residents will go, in metres (great-circle).' })
  radiusMeters!: number;

  @Field(() => Audience, { description: 'Who it is for.' })
  audience!: Audience;

  @Field(() => Urgency, { description: 'How urgent it is.' })
  urgency!: Urgency;

  @Field(() => DemandChannel, { description: 'How residents ordered.' })
  channel!: DemandChannel;

  @Field(() => DateTimeScalar, { description: 'When residents ordered.' })
  orderedAt!: Date;

  @Field({ description: 'Who ordered, as the grid worker noted it (e.g. 3号楼王阿姨); may be empty.' })
  orderedBy!: string;

  @Field({ description: 'Account of the staff member who recorded it.' })
  recordedBy!: string;

  @Field(() => String, { nullable: true, description: 'Account of the community staff who placed it.' })
  placedBy!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the community placed it.' })
  placedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Account of the unit admin or volunteer who took it.' })
  takenByAccount!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was taken.' })
  takenAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  cancelReason!: string | null;

  @Field(() => Int, { description: 'Increases with every change; pass it back to `updateDemand`.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When it was recorded.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it last changed.' })
  updatedAt!: Date;
}

export const DemandConnection = connectionType('Demand', Demand, 'demand');

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A grid\'s demand list (需求清单) for a period. Public once published; its demands stay private.',
})
export class DemandList extends Node {
  __typename!: 'DemandList';
  rowId!: string;
  areaRowId!: string;
  areaPath!: string;

  @Field({ description: 'Title, e.g. 2026年11月第一网格需求清单.' })
  title!: string;

  @Field({ description: 'First local date of the period, YYYY-MM-DD.' })
  periodStart!: string;

  @Field({ description: 'Last local date of the period, YYYY-MM-DD, inclusive.' })
  periodEnd!: string;

  @Field(() => DemandListStatus, { description: 'Where the list is.' })
  status!: DemandListStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was submitted to the community.' })
  submittedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was published.' })
  publishedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was closed.' })
  closedAt!: Date | null;

  @Field(() => DateTimeScalar, { description: 'When it was opened.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it last changed.' })
  updatedAt!: Date;
}

export const DemandListConnection = connectionType('DemandList', DemandList, 'demand list');

@ObjectType({ simpleResolvers: true, description: 'One change of a demand: what, from and to which status, who, when and why.' })
export class DemandHistoryEntry {
  @Field(() => DemandAction, { description: 'What was done.' })
  action!: DemandAction;

  @Field(() => DemandStatus, { nullable: true, description: 'The status before; null when it was recorded.' })
  fromStatus!: DemandStatus | null;

  @Field(() => DemandStatus, { description: 'The status after.' })
  toStatus!: DemandStatus;

  @Field(() => Actor, { description: 'Who did it; SYSTEM for expiry.' })
  actor!: Actor;

  @Field(() => String, { nullable: true, description: 'Why, where one was given.' })
  reason!: string | null;

  @Field(() => DateTimeScalar, { description: 'When.' })
  at!: Date;
}

@ObjectType({ simpleResolvers: true, description: 'One change of a demand list.' })
export class DemandListHistoryEntry {
  @Field(() => DemandListAction, { description: 'What was done.' })
  action!: DemandListAction;

  @Field(() => DemandListStatus, { nullable: true, description: 'The status before; null when it was opened.' })
  fromStatus!: DemandListStatus | null;

  @Field(() => DemandListStatus, { description: 'The status after.' })
  toStatus!: DemandListStatus;

  @Field(() => Actor, { description: 'Who did it.' })
  actor!: Actor;

  @Field(() => String, { nullable: true, description: 'Why, where one was given.' })
  reason!: string | null;

  @Field(() => DateTimeScalar, { description: 'When.' })
  at!: Date;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Public counts of demands of one status and kind; a demand accepting several kinds counts once under each.',
})
export class DemandStatistic {
  @Field(() => DemandStatus, { description: 'The status, as of now (EXPIRED computed from the clock).' })
  status!: DemandStatus;

  @Field(() => ResourceKind, { description: 'A kind the demands accept.' })
  kind!: ResourceKind;

  @Field(() => Int, { description: 'How many demands.' })
  count!: number;

  @Field(() => Int, { description: 'Their total quantity.' })
  quantity!: number;
}
