import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/errors.js';
import { Volunteer } from '../volunteers/index.js';
import { PointsEntry, PointsRule } from './points.type.js';

@ObjectType({ simpleResolvers: true, description: "Result of setting a community's points rate." })
export class SetPointsRulePayload {
  @Field(() => PointsRule, { nullable: true, description: 'The rate as it is now; null when userErrors is not empty.' })
  pointsRule!: PointsRule | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "Result of adjusting a volunteer's points." })
export class AdjustPointsPayload {
  @Field(() => PointsEntry, { nullable: true, description: 'The new ADJUSTMENT line; null when userErrors is not empty.' })
  entry!: PointsEntry | null;

  @Field(() => Volunteer, { nullable: true, description: 'The volunteer, with their new balance (`points`); null when userErrors is not empty.' })
  volunteer!: Volunteer | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}
