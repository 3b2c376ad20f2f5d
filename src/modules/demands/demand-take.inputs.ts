import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Which demand to take, and for a service order how much of it and for whom.' })
export class TakeDemandInput {
  @Field(() => ID, { description: 'The demand.' })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "SERVICE orders: how many of what is still needed to take (at most that: DEMAND_QUANTITY_EXCEEDS). Defaults to 1 for a volunteer or a team, and to all still needed for a unit. Not given for RESOURCE demands.",
  })
  quantity?: number | null;

  @Field(() => ID, {
    nullable: true,
    description: "SERVICE orders: take it for this ACTIVE team you lead (an order within the team's area) instead of for yourself. Volunteers only.",
  })
  teamId?: string | null;
}

@InputType({ description: 'Which take to give back or revoke, and why.' })
export class TakeReasonInput {
  @Field(() => ID, { description: 'The take (DemandTake).' })
  takeId!: string;

  @Field({ description: 'Why, recorded in the take\'s and the order\'s history (e.g. 临时出差，无法服务).' })
  reason!: string;
}

@InputType({ description: 'One person who served on a take, and for how long.' })
export class ServicePersonInput {
  @Field(() => ID, {
    nullable: true,
    description:
      "The volunteer who served. A volunteer's own take: omit it or name yourself. A team's take: an APPROVED member of the team. A unit's take: a volunteer the unit employs, or omit it for the unit's staff who are not registered volunteers (their minutes count, they earn no points).",
  })
  volunteerId?: string | null;

  @Field(() => Int, { description: 'Whole minutes served, 1 to 1440.' })
  minutes!: number;
}

@InputType({ description: 'A taker\'s report that the work of its take is done.' })
export class ReportDemandServedInput {
  @Field(() => ID, { description: 'The take (DemandTake).' })
  takeId!: string;

  @Field({ description: 'What was done; private like the order\'s description (staff of its area and the taker read it).' })
  note!: string;

  @Field(() => [ServicePersonInput], { description: 'Who served and for how long: at least one person, none twice. Replaces an earlier report\'s list.' })
  people!: ServicePersonInput[];
}

@InputType({ description: 'Which service order, and why.' })
export class DemandReasonInput {
  @Field(() => ID, { description: 'The demand (a SERVICE order).' })
  id!: string;

  @Field({ description: 'Why, recorded in its history.' })
  reason!: string;
}
