import { Field, ID, InputType, Int } from 'type-graphql';
import { WeeklyWindowInput } from '../../shared/schedule/schedule.graphql.js';
import { VolunteerSkill } from './volunteer.enums.js';

/** How many members one whole-unit report takes at most. */
export const MAX_REPORTED_MEMBERS = 500;
/** How many ids one team change takes at most. */
export const MAX_TEAM_IDS = 200;

@InputType({ description: "A person's details as they register with their home community." })
export class VolunteerDetailsInput {
  @Field({ description: 'Their real name (实名), 1 to 50 characters.' })
  realName!: string;

  @Field({ description: 'Their phone number: digits, spaces, +, -, ( ), 5 to 32 characters. One live record per number.' })
  phone!: string;

  @Field(() => ID, { nullable: true, description: 'The grid of their home community they live in, if they know it.' })
  gridId?: string | null;

  @Field({ description: 'A party member (党员).' })
  isPartyMember!: boolean;

  @Field({ defaultValue: true, description: 'In service (在职); false for the retired.' })
  isInService!: boolean;

  @Field(() => [VolunteerSkill], { defaultValue: [], description: 'What they can do, from the district\'s list (no repeats).' })
  skills!: VolunteerSkill[];

  @Field(() => String, { nullable: true, description: 'Other skills in their own words, up to 200 characters.' })
  skillsNote?: string | null;

  @Field(() => [WeeklyWindowInput], { defaultValue: [], description: 'When they can serve each week (none overlapping another).' })
  windows!: WeeklyWindowInput[];
}

@InputType({ description: "An application with one's home community (报到), by a VOLUNTEER token that has no live record." })
export class ApplyAsVolunteerInput extends VolunteerDetailsInput {
  @Field(() => ID, { description: 'The home community (a COMMUNITY area) they register with.' })
  homeCommunityId!: string;

  @Field(() => ID, { nullable: true, description: 'The unit they work for (在职党员的单位), if any.' })
  employerId?: string | null;
}

@InputType({ description: 'Which volunteer.' })
export class VolunteerIdInput {
  @Field(() => ID, { description: 'The volunteer.' })
  id!: string;
}

@InputType({ description: 'A volunteer and why.' })
export class VolunteerReasonInput {
  @Field(() => ID, { description: 'The volunteer.' })
  id!: string;

  @Field({ description: 'Why, 1 to 500 characters; the volunteer sees it.' })
  reason!: string;
}

@InputType({ description: 'Leaving volunteering, by the person themself.' })
export class LeaveVolunteeringInput {
  @Field(() => String, { nullable: true, description: 'Why, if they want to say; up to 500 characters.' })
  reason?: string | null;
}

@InputType({ description: "Changes to a volunteer's details; omitted fields keep their values, an explicit null clears an optional one." })
export class UpdateVolunteerInput {
  @Field(() => ID, { description: 'The volunteer (a VOLUNTEER finds their own id at `viewer.volunteer`).' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; VERSION_CONFLICT when it changed since.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'New real name.' })
  realName?: string | null;

  @Field(() => String, { nullable: true, description: 'New phone number.' })
  phone?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'A new home community. Changed by the person, the record goes back to APPLIED there (the new community approves it); changed by an admin of both communities, it keeps its status. Clears the grid unless `gridId` names one.',
  })
  homeCommunityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'New grid of the home community; null clears it.' })
  gridId?: string | null;

  @Field(() => ID, { nullable: true, description: 'New employer unit; null clears it.' })
  employerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Party member or not.' })
  isPartyMember?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'In service or retired.' })
  isInService?: boolean | null;

  @Field(() => [VolunteerSkill], { nullable: true, description: 'New skills (replaces the list).' })
  skills?: VolunteerSkill[] | null;

  @Field(() => String, { nullable: true, description: 'New free-text skills; null clears them.' })
  skillsNote?: string | null;

  @Field(() => [WeeklyWindowInput], { nullable: true, description: 'New weekly windows (replaces the list).' })
  windows?: WeeklyWindowInput[] | null;
}

@InputType({ description: "A unit's whole-unit report (整建制报到): its members registered with one community in one call." })
export class ReportUnitMembersInput {
  @Field(() => ID, { description: 'The unit reporting; you must be its UNIT_ADMIN. It becomes each member\'s employer.' })
  organizationId!: string;

  @Field(() => ID, { description: 'The community (a COMMUNITY area) they register with.' })
  homeCommunityId!: string;

  @Field(() => [VolunteerDetailsInput], { description: `1 to ${MAX_REPORTED_MEMBERS} members, no phone number twice.` })
  members!: VolunteerDetailsInput[];
}

@InputType({ description: "A reported member's claim of their record." })
export class ClaimVolunteerRecordInput {
  @Field({ description: 'The one-time code their unit handed them.' })
  code!: string;
}

@InputType({ description: 'A new volunteer team (志愿服务队).' })
export class CreateVolunteerTeamInput {
  @Field(() => ID, { description: 'Its street or community; you must administer it.' })
  areaId!: string;

  @Field({ description: 'Its name, 1 to 100 characters, unique among the area\'s active teams.' })
  name!: string;

  @Field({ defaultValue: '', description: 'What it does, up to 2000 characters.' })
  description!: string;

  @Field(() => ID, { description: 'Its leader: an APPROVED volunteer whose home community is in the area (made a member too).' })
  leaderId!: string;

  @Field(() => [ID], { defaultValue: [], description: `Up to ${MAX_TEAM_IDS} members: APPROVED volunteers whose home community is in the area.` })
  memberIds!: string[];
}

@InputType({ description: 'Changes to a team; omitted fields keep their values.' })
export class UpdateVolunteerTeamInput {
  @Field(() => ID, { description: 'The team.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; VERSION_CONFLICT when it changed since.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New description.' })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'A new leader (an eligible volunteer; made a member too).' })
  leaderId?: string | null;

  @Field(() => [ID], { nullable: true, description: `Members to add, up to ${MAX_TEAM_IDS}; ones already members are skipped.` })
  addMemberIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: `Members to remove, up to ${MAX_TEAM_IDS}; not the leader unless a new one is named.` })
  removeMemberIds?: string[] | null;
}

@InputType({ description: 'A team to disband, and why.' })
export class DisbandVolunteerTeamInput {
  @Field(() => ID, { description: 'The ACTIVE team.' })
  id!: string;

  @Field({ description: 'Why, 1 to 500 characters.' })
  reason!: string;
}
