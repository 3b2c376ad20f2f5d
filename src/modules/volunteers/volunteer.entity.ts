import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { HistoryEntity, HistoryEnums, TimestampedEntity } from '../../shared/entity.js';
import type { WeeklyWindow } from '../../shared/schedule/schedule.types.js';
import { AreaEntity } from '../areas/index.js';
import { OrganizationEntity } from '../organizations/index.js';
import { VolunteerHistoryAction, VolunteerSkill, VolunteerStatus, VolunteerTeamHistoryAction, VolunteerTeamStatus } from './volunteer.enums.js';

/** The table behind Volunteer, for writes; reads go through the lean read path (volunteer.reads.ts). */
@Entity({ tableName: 'volunteer' })
export class VolunteerEntity extends TimestampedEntity {
  [OptionalProps]?:
    | 'version'
    | 'accountId'
    | 'grid'
    | 'employer'
    | 'skills'
    | 'skillsNote'
    | 'windows'
    | 'reportedBy'
    | 'claimCodeHash'
    | 'claimExpiresAt'
    | 'claimedAt'
    | 'statusReason'
    | 'approvedAt';

  /** The account (a VOLUNTEER token's `sub`) the record belongs to; null for a unit's report not yet claimed. */
  @Property({ type: 'text', nullable: true })
  accountId?: string | null;

  @Enum({ items: () => VolunteerStatus, type: 'text' })
  status!: VolunteerStatus;

  /** Private: the volunteer, staff of their home community and above, their employer unit's admin. */
  @Property({ type: 'text' })
  realName!: string;

  /** Private, as the name. */
  @Property({ type: 'text' })
  phone!: string;

  /** The home community (报到社区). */
  @ManyToOne(() => AreaEntity, { fieldName: 'area_id' })
  area!: AreaEntity;

  @Property({ type: 'text' })
  areaPath!: string;

  /** The grid of the home community they live in, if they said. */
  @ManyToOne(() => AreaEntity, { fieldName: 'grid_id', nullable: true })
  grid?: AreaEntity | null;

  /** The unit they work for (在职党员的单位), if any. */
  @ManyToOne(() => OrganizationEntity, { fieldName: 'employer_id', nullable: true })
  employer?: OrganizationEntity | null;

  @Property({ type: 'boolean' })
  isPartyMember!: boolean;

  /** In service (在职) or retired. */
  @Property({ type: 'boolean' })
  isInService!: boolean;

  @Property({ type: 'text[]' })
  skills: VolunteerSkill[] = [];

  @Property({ type: 'text', nullable: true })
  skillsNote?: string | null;

  /** When they can serve each week. */
  @Property({ type: 'json' })
  windows: WeeklyWindow[] = [];

  /** The unit whose whole-unit report (整建制报到) made the record, if one did. */
  @ManyToOne(() => OrganizationEntity, { fieldName: 'reported_by_id', nullable: true })
  reportedBy?: OrganizationEntity | null;

  /** SHA-256 of the one-time claim code of a reported record (never the code), until it is claimed. */
  @Property({ type: 'text', nullable: true })
  claimCodeHash?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  claimExpiresAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  claimedAt?: Date | null;

  /** Why it was last rejected or suspended. */
  @Property({ type: 'text', nullable: true })
  statusReason?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  approvedAt?: Date | null;

  /** Bumped by every recorded change; changes hold the row's lock. */
  @Property({ type: 'integer' })
  version: number = 1;
}

/** One change of a volunteer's record, with who, when and why. Never updated; never holds a name or a phone. */
@Entity({ tableName: 'volunteer_history' })
@HistoryEnums(() => VolunteerHistoryAction, () => VolunteerStatus, 'nullable')
export class VolunteerHistoryEntity extends HistoryEntity<VolunteerHistoryAction, VolunteerStatus, VolunteerStatus | null> {
  [OptionalProps]?: 'fromStatus' | 'toStatus' | 'reason' | 'detail';

  @ManyToOne(() => VolunteerEntity, { fieldName: 'volunteer_id' })
  volunteer!: VolunteerEntity;

  /** What changed, for people: the names of the fields an update touched. */
  @Property({ type: 'text', nullable: true })
  detail?: string | null;
}

/** A volunteer team (志愿服务队) of a street or a community. */
@Entity({ tableName: 'volunteer_team' })
export class VolunteerTeamEntity extends TimestampedEntity {
  [OptionalProps]?: 'version' | 'status' | 'description' | 'leader' | 'disbandReason' | 'disbandedAt';

  @ManyToOne(() => AreaEntity, { fieldName: 'area_id' })
  area!: AreaEntity;

  @Property({ type: 'text' })
  areaPath!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  description: string = '';

  /** An approved volunteer of the team's area; null once the leader left volunteering. */
  @ManyToOne(() => VolunteerEntity, { fieldName: 'leader_id', nullable: true })
  leader?: VolunteerEntity | null;

  @Enum({ items: () => VolunteerTeamStatus, type: 'text' })
  status: VolunteerTeamStatus = VolunteerTeamStatus.ACTIVE;

  @Property({ type: 'text', nullable: true })
  disbandReason?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  disbandedAt?: Date | null;

  @Property({ type: 'integer' })
  version: number = 1;
}

/** A member of a team. */
@Entity({ tableName: 'volunteer_team_member' })
export class VolunteerTeamMemberEntity {
  @PrimaryKey({ type: 'bigint' })
  teamId!: string;

  @PrimaryKey({ type: 'bigint' })
  volunteerId!: string;

  @Property({ type: 'timestamptz' })
  joinedAt!: Date;
}

/** One change of a team, with who, when and why. Never updated. */
@Entity({ tableName: 'volunteer_team_history' })
@HistoryEnums(() => VolunteerTeamHistoryAction, () => VolunteerTeamStatus, 'nullable')
export class VolunteerTeamHistoryEntity extends HistoryEntity<VolunteerTeamHistoryAction, VolunteerTeamStatus, VolunteerTeamStatus | null> {
  [OptionalProps]?: 'fromStatus' | 'toStatus' | 'reason' | 'detail';

  @ManyToOne(() => VolunteerTeamEntity, { fieldName: 'team_id' })
  team!: VolunteerTeamEntity;

  @Property({ type: 'text', nullable: true })
  detail?: string | null;
}
