import { Entity, Enum, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { IdEntity } from '../../shared/entity.js';
import { AreaEntity } from '../areas/index.js';
import { VolunteerEntity } from '../volunteers/index.js';
import { PointsEntryKind } from './points.enums.js';

/** A community's points rate (积分规则); a community without one uses POINTS_PER_HOUR. */
@Entity({ tableName: 'points_rule' })
export class PointsRuleEntity {
  [OptionalProps]?: 'version';

  @ManyToOne(() => AreaEntity, { fieldName: 'area_id', primary: true })
  area!: AreaEntity;

  @Property({ type: 'integer' })
  pointsPerHour!: number;

  @Property({ type: 'text' })
  setBy!: string;

  @Property({ type: 'integer', version: true })
  version!: number;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * One line of a volunteer's points ledger. Never updated or deleted. SERVICE and REVERSAL lines name their
 * source (a take, `source_type` 'DemandTake', and the confirmation's `round`): unique with the volunteer and
 * the kind, so recording a confirmation twice writes once.
 */
@Entity({ tableName: 'points_entry' })
export class PointsEntryEntity extends IdEntity {
  [OptionalProps]?: 'minutes' | 'sourceType' | 'sourceId' | 'round' | 'reason';

  @ManyToOne(() => VolunteerEntity, { fieldName: 'volunteer_id' })
  volunteer!: VolunteerEntity;

  @Enum({ items: () => PointsEntryKind, type: 'text' })
  kind!: PointsEntryKind;

  /** Signed: a REVERSAL is negative, an ADJUSTMENT either. */
  @Property({ type: 'integer' })
  points!: number;

  /** The minutes served (SERVICE), or taken back (REVERSAL, negative). */
  @Property({ type: 'integer', nullable: true })
  minutes?: number | null;

  @Property({ type: 'text', nullable: true })
  sourceType?: string | null;

  @Property({ type: 'bigint', nullable: true })
  sourceId?: string | null;

  @Property({ type: 'integer' })
  round: number = 0;

  /** Where the points were earned: the order's community (an ADJUSTMENT: the volunteer's home community). */
  @ManyToOne(() => AreaEntity, { fieldName: 'area_id' })
  area!: AreaEntity;

  @Property({ type: 'text' })
  areaPath!: string;

  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Property({ type: 'text' })
  actorId!: string;

  @Property({ type: 'text' })
  actorRole!: string;

  @Property({ type: 'timestamptz' })
  at!: Date;
}

/** One change of a community's points rate. Never updated. */
@Entity({ tableName: 'points_rule_history' })
export class PointsRuleHistoryEntity extends IdEntity {
  [OptionalProps]?: 'fromPointsPerHour';

  @ManyToOne(() => AreaEntity, { fieldName: 'area_id' })
  area!: AreaEntity;

  /** The rate before; null when the community used the default (POINTS_PER_HOUR). */
  @Property({ type: 'integer', nullable: true })
  fromPointsPerHour?: number | null;

  @Property({ type: 'integer' })
  pointsPerHour!: number;

  @Property({ type: 'text' })
  actorId!: string;

  @Property({ type: 'text' })
  actorRole!: string;

  @Property({ type: 'timestamptz' })
  at!: Date;
}
