import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { HistoryEntity, HistoryEnums, VersionedEntity } from '../../shared/entity.js';
import { OrganizationEntity } from '../organizations/index.js';
import { VolunteerEntity, VolunteerTeamEntity } from '../volunteers/index.js';
import { DemandTakeAction, DemandTakeStatus, TakerKind } from './demand.enums.js';
import { DemandEntity } from './demand.entity.js';

/**
 * One taker's share of a service order (a SERVICE demand): a volunteer for themself, a team by its leader, a
 * unit by its admin. Live while TAKEN, SERVED or DISPUTED (one live take per taker and order); the demand's
 * `takenQuantity` is the sum of its live takes'.
 */
@Entity({ tableName: 'demand_take' })
export class DemandTakeEntity extends VersionedEntity {
  [OptionalProps]?:
    | 'version'
    | 'status'
    | 'volunteer'
    | 'team'
    | 'organization'
    | 'serveOverdueAt'
    | 'servedAt'
    | 'serviceNote'
    | 'confirmedAt'
    | 'confirmations'
    | 'endedAt'
    | 'reason';

  @ManyToOne(() => DemandEntity, { fieldName: 'demand_id' })
  demand!: DemandEntity;

  /** The demand's area path, copied: takes follow their demand when an area moves. */
  @Property({ type: 'text' })
  areaPath!: string;

  @Enum({ items: () => TakerKind, type: 'text' })
  takerKind!: TakerKind;

  @ManyToOne(() => VolunteerEntity, { fieldName: 'volunteer_id', nullable: true })
  volunteer?: VolunteerEntity | null;

  @ManyToOne(() => VolunteerTeamEntity, { fieldName: 'team_id', nullable: true })
  team?: VolunteerTeamEntity | null;

  @ManyToOne(() => OrganizationEntity, { fieldName: 'organization_id', nullable: true })
  organization?: OrganizationEntity | null;

  /** The account that took it: the volunteer's, the team leader's, the unit admin's. */
  @Property({ type: 'text' })
  accountId!: string;

  @Property({ type: 'integer' })
  quantity!: number;

  @Enum({ items: () => DemandTakeStatus, type: 'text' })
  status: DemandTakeStatus = DemandTakeStatus.TAKEN;

  /** The end of the order's last needed day (24:00 local), fixed when taken. */
  @Property({ type: 'timestamptz' })
  serveDeadline!: Date;

  /** When the sweeper recorded it overdue (once). */
  @Property({ type: 'timestamptz', nullable: true })
  serveOverdueAt?: Date | null;

  @Property({ type: 'timestamptz' })
  takenAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  servedAt?: Date | null;

  /** The taker's report of the work (private like the order's details). */
  @Property({ type: 'text', nullable: true })
  serviceNote?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  confirmedAt?: Date | null;

  /** How many times it was confirmed: the round of its points entries (a revoked confirmation then a new one). */
  @Property({ type: 'integer' })
  confirmations: number = 0;

  /** When it was released or revoked. */
  @Property({ type: 'timestamptz', nullable: true })
  endedAt?: Date | null;

  /** Why it was released, revoked or disputed (the latest). */
  @Property({ type: 'text', nullable: true })
  reason?: string | null;
}

/** Who served on a take and for how long, as the taker last reported it (replaced by each report). */
@Entity({ tableName: 'demand_take_person' })
export class DemandTakePersonEntity {
  @ManyToOne(() => DemandTakeEntity, { fieldName: 'take_id', primary: true })
  take!: DemandTakeEntity;

  @PrimaryKey({ type: 'integer' })
  position!: number;

  /** The volunteer who served; null for a unit's staff who are not registered volunteers (minutes, no points). */
  @ManyToOne(() => VolunteerEntity, { fieldName: 'volunteer_id', nullable: true })
  volunteer?: VolunteerEntity | null;

  @Property({ type: 'integer' })
  minutes!: number;
}

/** One change of a take. Never updated. */
@Entity({ tableName: 'demand_take_history' })
@HistoryEnums(() => DemandTakeAction, () => DemandTakeStatus)
export class DemandTakeHistoryEntity extends HistoryEntity<DemandTakeAction, DemandTakeStatus> {
  @ManyToOne(() => DemandTakeEntity, { fieldName: 'take_id' })
  take!: DemandTakeEntity;
}
