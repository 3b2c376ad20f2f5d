import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { HistoryEntity, HistoryEnums, VersionedEntity } from '../../shared/entity.js';
import { MatchAction, MatchStatus } from './match.enums.js';

/**
 * The table behind Match, for writes. Foreign keys are plain ids: matching writes only its own tables and
 * changes other modules' counters through their functions.
 */
@Entity({ tableName: 'match' })
export class MatchEntity extends VersionedEntity {
  [OptionalProps]?: 'version' | 'status' | 'atRisk' | 'runId';

  @Property({ type: 'bigint' })
  demandId!: string;

  @Property({ type: 'bigint' })
  resourceId!: string;

  /** The resource's unit: whose inbox the match lands in. */
  @Property({ type: 'bigint' })
  organizationId!: string;

  @Property({ type: 'bigint' })
  agreementId!: string;

  @Property({ type: 'bigint' })
  agreementItemId!: string;

  /** The demand's area path: staff of that area and above see the match. */
  @Property({ type: 'text' })
  areaPath!: string;

  @Property({ type: 'integer' })
  quantity!: number;

  @Property({ type: 'integer' })
  score!: number;

  /** The score's breakdown (scoring.ts). */
  @Property({ type: 'json' })
  explanation!: Record<string, unknown>;

  @Enum({ items: () => MatchStatus, type: 'text' })
  status: MatchStatus = MatchStatus.PROPOSED;

  @Property({ type: 'boolean' })
  atRisk: boolean = false;

  @Property({ type: 'bigint', nullable: true })
  runId?: string | null;
}

/** One change of a match. Never updated. */
@Entity({ tableName: 'match_history' })
@HistoryEnums(() => MatchAction, () => MatchStatus)
export class MatchHistoryEntity extends HistoryEntity<MatchAction, MatchStatus> {
  @Property({ type: 'bigint' })
  matchId!: string;
}

/** One run of the solver over an area: what it served and how long it took. Never updated. */
@Entity({ tableName: 'match_run' })
export class MatchRunEntity {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'bigint' })
  areaId!: string;

  @Property({ type: 'text' })
  areaPath!: string;

  @Property({ type: 'text[]' })
  kinds!: string[];

  @Property({ type: 'integer' })
  demandsServed!: number;

  @Property({ type: 'integer' })
  quantityServed!: number;

  @Property({ type: 'integer' })
  quantityUnmet!: number;

  @Property({ type: 'json' })
  fillRateByCommunity!: { areaId: string; quantity: number; served: number }[];

  @Property({ type: 'bigint' })
  objective!: string;

  @Property({ type: 'integer' })
  proposedCount!: number;

  @Property({ type: 'integer' })
  supersededCount!: number;

  @Property({ type: 'integer' })
  timeTakenMs!: number;

  @Property({ type: 'timestamptz' })
  startedAt!: Date;

  @Property({ type: 'timestamptz' })
  finishedAt!: Date;

  @Property({ type: 'text' })
  actorId!: string;

  @Property({ type: 'text' })
  actorRole!: string;
}

/** A (demand, resource) pair a unit declined: never proposed again. */
@Entity({ tableName: 'declined_pair' })
export class DeclinedPairEntity {
  @PrimaryKey({ type: 'bigint' })
  demandId!: string;

  @PrimaryKey({ type: 'bigint' })
  resourceId!: string;

  @Property({ type: 'bigint', nullable: true })
  matchId!: string | null;

  @Property({ type: 'text', nullable: true })
  reason!: string | null;

  @Property({ type: 'timestamptz' })
  declinedAt!: Date;
}
