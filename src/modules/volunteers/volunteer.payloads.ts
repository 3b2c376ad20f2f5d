import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/errors.js';
import { ReportedMember, Volunteer, VolunteerTeam } from './volunteer.type.js';

@ObjectType({ simpleResolvers: true, description: 'Result of a mutation of one volunteer\'s record.' })
export class VolunteerPayload {
  @Field(() => Volunteer, { nullable: true, description: 'The record as it is now; null when userErrors is not empty.' })
  volunteer!: Volunteer | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of a whole-unit report: every member recorded, or none.' })
export class ReportUnitMembersPayload {
  @Field(() => [ReportedMember], { description: 'Each member\'s new record with its one-time claim code, in the order given; empty when userErrors is not.' })
  members!: ReportedMember[];

  @Field(() => [UserError], { description: 'Why nothing was recorded; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of a mutation of one volunteer team.' })
export class VolunteerTeamPayload {
  @Field(() => VolunteerTeam, { nullable: true, description: 'The team as it is now; null when userErrors is not empty.' })
  team!: VolunteerTeam | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of reissuing a reported member\'s claim code.' })
export class ReportedMemberPayload {
  @Field(() => ReportedMember, { nullable: true, description: 'The record with its new code; null when userErrors is not empty.' })
  member!: ReportedMember | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}
