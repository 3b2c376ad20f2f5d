import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { LatLng } from '../../shared/geo.js';
import { toGlobalId } from '../../shared/global-id.js';
import { GeoPoint, GeoPointInput } from '../../shared/location.js';
import { PageInfo } from '../../shared/relay.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { toWindowType, WeeklyWindowType } from '../../shared/schedule/schedule.graphql.js';
import type { WeeklyWindow } from '../../shared/schedule/schedule.types.js';
import { Area } from '../areas/index.js';
import { Audience } from '../resources/index.js';
import { VolunteerSkill } from '../volunteers/index.js';
import { ServiceKind, Urgency } from './demand.enums.js';
import { serviceKindSkillsText } from './open-orders.skills.js';

@ObjectType({
  simpleResolvers: true,
  description:
    'A service order as the order board (接单大厅) shows it to those who may take it: what, when, how many are still needed, its community and grid. ' +
    "Redacted: no description, no one's name or account, and the location is the grid's centroid (the community's when it sits in no grid), never the order's own point. " +
    'Not a Node: `demandId` is the order, which only its area\'s staff and its takers may read as a `Demand`.',
})
export class OpenOrder {
  rowId!: string;
  communityRowId!: string;
  gridRowId!: string | null;
  storedWindows!: WeeklyWindow[];

  @Field(() => ID, { description: 'Global id of the order (a Demand): pass it to `takeDemand`.' })
  get demandId(): string {
    return toGlobalId('Demand', this.rowId);
  }

  @Field({ description: 'Short title, e.g. 独居老人代购药品.' })
  title!: string;

  @Field(() => [ServiceKind], { description: 'The kinds of work it asks for.' })
  serviceKinds!: ServiceKind[];

  @Field(() => Urgency, { description: 'How urgent it is; the board lists the most urgent first.' })
  urgency!: Urgency;

  @Field(() => Audience, { description: 'Who it is for.' })
  audience!: Audience;

  @Field(() => Int, { description: 'How many are needed in all (people, or visits).' })
  quantity!: number;

  @Field(() => Int, { description: 'How many of `quantity` no live take covers yet.' })
  stillNeeded!: number;

  @Field({ description: 'First needed local date, YYYY-MM-DD.' })
  startDate!: string;

  @Field({ description: 'Last needed local date, YYYY-MM-DD, inclusive; the work is to be done by then.' })
  endDate!: string;

  @Field(() => [WeeklyWindowType], { description: 'When it is needed each week, in local time.' })
  get windows(): WeeklyWindowType[] {
    return this.storedWindows.map(toWindowType);
  }

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the community placed it (社区下单).' })
  placedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'By when it is to be taken (ORDER_TAKE_WITHIN_HOURS by urgency, or as the community set it).' })
  takeDeadline!: Date | null;

  /** declared for the schema; resolved by OpenOrderResolver (the clock) */
  isOverdue?: boolean;

  /** declared for the schema; joined by the read path, else resolved by OpenOrderResolver */
  community?: Area;
  grid?: Area | null;

  // the area's centroid, never the order's own point (open-orders.reads.ts)
  @Field(() => GeoPoint, { description: "Where, no finer than the grid: its grid's centroid, or its community's when it sits in no grid." })
  location!: LatLng;
}

@ObjectType({ simpleResolvers: true, description: 'One order of the board in a page, with the cursor that points at it.' })
export class OpenOrderEdge {
  @Field({ description: 'Opaque cursor of this edge, for `after`.' })
  cursor!: string;

  @Field(() => OpenOrder, { description: 'The order, as a card.' })
  node!: OpenOrder;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A page of the order board, most urgent first, then the earliest take deadline, then the oldest. No `totalCount`: the board is read in one statement.',
})
export class OpenOrderConnection {
  @Field(() => [OpenOrderEdge], { description: 'The orders of this page, in order.' })
  edges!: OpenOrderEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursors at both ends.' })
  pageInfo!: PageInfo;
}

@InputType({ description: 'A circle on the map: the board keeps the orders whose shown location (a grid\'s or community\'s centroid) lies in it.' })
export class OpenOrderNearInput {
  @Field(() => GeoPointInput, { description: 'The centre; any of WGS84, GCJ02, BD09.' })
  location!: GeoPointInput;

  @Field(() => Float, { description: 'The radius in metres: more than 0, at most 50,000.' })
  radiusMeters!: number;
}

@InputType({ description: 'Which orders of the board; all given conditions must hold.' })
export class OpenOrderFilter {
  @Field(() => ID, { nullable: true, description: 'Orders of this area or below it (a community, a grid, a street).' })
  areaId?: string | null;

  @Field(() => OpenOrderNearInput, {
    nullable: true,
    description: "Orders whose shown location (their grid's centroid, else their community's) is within the circle: distances are never measured to an order's own point.",
  })
  near?: OpenOrderNearInput | null;

  @Field(() => [ServiceKind], { nullable: true, description: 'Orders asking for any of these kinds of work.' })
  serviceKinds?: ServiceKind[] | null;

  @Field(() => [VolunteerSkill], {
    nullable: true,
    description: `Orders asking for a kind of work any of these skills suits. Which skills suit which kind: ${serviceKindSkillsText()}.`,
  })
  skills?: VolunteerSkill[] | null;

  @Field(() => String, { nullable: true, description: 'Orders needed on this local date (YYYY-MM-DD): between their first and last needed days.' })
  neededOn?: string | null;
}
