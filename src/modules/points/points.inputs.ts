import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: "A community's new points rate." })
export class SetPointsRuleInput {
  @Field(() => ID, { description: 'The community (社区) whose rate it is.' })
  communityId!: string;

  @Field(() => Int, { description: 'Points per hour of confirmed service there, 0 to 1,000.' })
  pointsPerHour!: number;

  @Field(() => Int, {
    nullable: true,
    description: "The rule's `version` as last read (`Area.pointsRule.version`); given, a rate changed since answers VERSION_CONFLICT. Omitted: the rate is set whatever it is now.",
  })
  version?: number | null;
}

@InputType({ description: "Points added to or taken from a volunteer's ledger by an admin: a new ADJUSTMENT line." })
export class AdjustPointsInput {
  @Field(() => ID, { description: 'The volunteer.' })
  volunteerId!: string;

  @Field(() => Int, { description: 'Points to add (positive) or take away (negative): not 0, at most 10,000 either way.' })
  points!: number;

  @Field({ description: 'Why (1 to 500 characters); the volunteer reads it in their ledger.' })
  reason!: string;
}
