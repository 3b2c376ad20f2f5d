import { Field, Int, ObjectType } from 'type-graphql';
import { connectionType, Node } from '../../shared/relay.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { Actor } from '../events/index.js';
import { DemandTakeAction, DemandTakeStatus, TakerKind } from './demand.enums.js';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    "One taker's share of a service order (a SERVICE demand): a volunteer for themself, a team by its leader, a unit by its admin. Seen by whoever sees its order and by its taker.",
})
export class DemandTake extends Node {
  __typename!: 'DemandTake';
  rowId!: string;
  demandRowId!: string;
  areaPath!: string;
  volunteerRowId!: string | null;
  teamRowId!: string | null;
  organizationRowId!: string | null;
  serveOverdueAt!: Date | null;

  @Field(() => TakerKind, { description: 'Who took it: a volunteer, a team or a unit.' })
  takerKind!: TakerKind;

  @Field(() => Int, { description: 'How many of the order\'s quantity it holds.' })
  quantity!: number;

  @Field(() => DemandTakeStatus, { description: 'Where it is.' })
  status!: DemandTakeStatus;

  @Field(() => DateTimeScalar, { description: 'When it was taken.' })
  takenAt!: Date;

  @Field(() => DateTimeScalar, { description: "By when the work must be done: the end (24:00 local) of the order's last needed day, fixed when taken." })
  serveDeadline!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the taker last reported it served.' })
  servedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The taker's report of the work; private like the order's description." })
  serviceNote!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the community confirmed it (null unless CONFIRMED).' })
  confirmedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was last released, revoked or disputed.' })
  reason!: string | null;
}

export const DemandTakeConnection = connectionType('DemandTake', DemandTake, 'take');

@ObjectType({ simpleResolvers: true, description: 'One person who served on a take, and for how long, as the taker reported it.' })
export class DemandTakePerson {
  volunteerRowId!: string | null;

  @Field(() => Int, { description: 'Whole minutes served.' })
  minutes!: number;
}

@ObjectType({ simpleResolvers: true, description: 'One change of a take: what, from and to which status, who, when and why.' })
export class DemandTakeHistoryEntry {
  @Field(() => DemandTakeAction, { description: 'What was done.' })
  action!: DemandTakeAction;

  @Field(() => DemandTakeStatus, { nullable: true, description: 'The status before; null when it was taken.' })
  fromStatus!: DemandTakeStatus | null;

  @Field(() => DemandTakeStatus, { description: 'The status after.' })
  toStatus!: DemandTakeStatus;

  @Field(() => Actor, { description: 'Who did it; SYSTEM for an overdue record.' })
  actor!: Actor;

  @Field(() => String, { nullable: true, description: 'Why, where one was given.' })
  reason!: string | null;

  @Field(() => DateTimeScalar, { description: 'When.' })
  at!: Date;
}
