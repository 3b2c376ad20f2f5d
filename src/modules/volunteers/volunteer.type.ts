import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../shared/scalars.js';
import { connectionType, Node } from '../../shared/relay.js';
import { toWindowType, WeeklyWindowType } from '../../shared/schedule/schedule.graphql.js';
import type { WeeklyWindow } from '../../shared/schedule/schedule.types.js';
import { Actor } from '../events/index.js';
import { VolunteerHistoryAction, VolunteerSkill, VolunteerStatus, VolunteerTeamStatus } from './volunteer.enums.js';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    'A volunteer or in-service member (志愿者, 在职党员) registered with their home community (报到). Private: seen only by the volunteer, staff of their home community and above, and the admin of their employer unit (or of the unit that reported them); everyone else sees counts (`Area.volunteerStatistics`).',
})
export class Volunteer extends Node {
  __typename!: 'Volunteer';
  rowId!: string;
  areaRowId!: string;
  areaPath!: string;
  gridRowId!: string | null;
  employerRowId!: string | null;
  reportedByRowId!: string | null;
  accountId!: string | null;
  storedWindows!: WeeklyWindow[];

  @Field({ description: 'Their real name (实名).' })
  realName!: string;

  @Field({ description: 'Their phone number.' })
  phone!: string;

  @Field(() => VolunteerStatus, { description: 'Where their registration stands.' })
  status!: VolunteerStatus;

  @Field({ description: 'A party member (党员).' })
  isPartyMember!: boolean;

  @Field({ description: 'In service (在职), as opposed to retired.' })
  isInService!: boolean;

  @Field(() => [VolunteerSkill], { description: 'What they can do, from the district\'s list.' })
  skills!: VolunteerSkill[];

  @Field(() => String, { nullable: true, description: 'Other skills, in their own words.' })
  skillsNote!: string | null;

  @Field(() => [WeeklyWindowType], { description: 'When they can serve each week, in local time.' })
  get windows(): WeeklyWindowType[] {
    return this.storedWindows.map(toWindowType);
  }

  @Field({ description: 'Whether the record belongs to an account: false for a whole-unit report (整建制报到) not yet claimed with its code.' })
  get isClaimed(): boolean {
    return this.accountId !== null;
  }

  @Field(() => DateTimeScalar, { nullable: true, description: 'Until when the one-time claim code of an unclaimed reported record works.' })
  claimExpiresAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was last rejected or suspended.' })
  statusReason!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the home community first approved them.' })
  approvedAt!: Date | null;

  @Field(() => Int, { description: 'Increases with every change of the record; give it back to `updateVolunteer`.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When they applied, or their unit reported them.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When the record last changed.' })
  updatedAt!: Date;
}

export const VolunteerConnection = connectionType('Volunteer', Volunteer, 'volunteer');

@ObjectType({ simpleResolvers: true, description: 'One change of a volunteer\'s record: what, from and to which status, who, when, why. Never a name or a phone.' })
export class VolunteerHistoryEntry {
  @Field(() => VolunteerHistoryAction, { description: 'What was done.' })
  action!: VolunteerHistoryAction;

  @Field(() => VolunteerStatus, { nullable: true, description: 'The status before, where it changed.' })
  from!: VolunteerStatus | null;

  @Field(() => VolunteerStatus, { nullable: true, description: 'The status after, where it changed.' })
  to!: VolunteerStatus | null;

  @Field(() => Actor, { description: 'Who did it.' })
  actor!: Actor;

  @Field(() => String, { nullable: true, description: 'Why (a rejection, a suspension).' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'What changed: the names of the fields an update touched.' })
  detail!: string | null;

  @Field(() => DateTimeScalar, { description: 'When.' })
  occurredAt!: Date;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    'A volunteer team (志愿服务队) of a street or a community, with a leader and members who are approved volunteers of that area. Public: its name, area, size and the leader\'s masked name; members themselves only to those who may see each.',
})
export class VolunteerTeam extends Node {
  __typename!: 'VolunteerTeam';
  rowId!: string;
  areaRowId!: string;
  areaPath!: string;
  leaderRowId!: string | null;

  @Field({ description: 'Its name, e.g. 和平社区夕阳红志愿服务队.' })
  name!: string;

  @Field({ description: 'What it does.' })
  description!: string;

  @Field(() => VolunteerTeamStatus, { description: 'Whether it still serves.' })
  status!: VolunteerTeamStatus;

  @Field(() => String, { nullable: true, description: 'Why it was disbanded.' })
  disbandReason!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was disbanded.' })
  disbandedAt!: Date | null;

  @Field(() => Int, { description: 'Increases with every change of the team; give it back to `updateVolunteerTeam`.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When it was formed.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it last changed.' })
  updatedAt!: Date;
}

export const VolunteerTeamConnection = connectionType('VolunteerTeam', VolunteerTeam, 'volunteer team');

@ObjectType({ simpleResolvers: true, description: 'One member of a whole-unit report (整建制报到) as recorded, with the one-time code that lets them claim it.' })
export class ReportedMember {
  @Field(() => Volunteer, { description: 'The APPLIED record made for them.' })
  volunteer!: Volunteer;

  @Field({
    description:
      'The one-time claim code to hand to the member: `claimVolunteerRecord(code)` with their VOLUNTEER token binds the record to their account. Shown only in this answer; the hub keeps only its hash.',
  })
  claimCode!: string;

  @Field(() => DateTimeScalar, { description: 'Until when the code works.' })
  claimExpiresAt!: Date;
}
