import { Field, ID, InputType } from 'type-graphql';
import { ResourceKind } from '../resources/index.js';
import { MatchStatus } from './match.enums.js';

@InputType({ description: 'Which area to re-solve, and for which kinds.' })
export class RunMatchingInput {
  @Field(() => ID, { description: 'The area (district, street or community) whose open demands are re-solved.' })
  areaId!: string;

  @Field(() => [ResourceKind], { nullable: true, description: 'Only demands and resources of these kinds; all kinds when null or empty.' })
  kinds?: ResourceKind[] | null;
}

@InputType({ description: 'One match.' })
export class MatchInput {
  @Field(() => ID, { description: 'Global id of the match.' })
  id!: string;
}

@InputType({ description: 'One match, and why.' })
export class MatchReasonInput {
  @Field(() => ID, { description: 'Global id of the match.' })
  id!: string;

  @Field({ description: 'Why (1 to 500 characters); kept in the match\'s history.' })
  reason!: string;
}

@InputType({ description: 'Which matches; all conditions must hold.' })
export class MatchFilter {
  @Field(() => ID, { nullable: true, description: 'Matches of this unit\'s resources (the unit admin\'s inbox).' })
  organizationId?: string | null;

  @Field(() => [MatchStatus], { nullable: true, description: 'Only matches in these statuses.' })
  statuses?: MatchStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Matches of this demand.' })
  demandId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Matches of this resource.' })
  resourceId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Matches of demands in this area and below.' })
  areaId?: string | null;
}
