import { Entity, Enum, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { IdEntity } from '../../shared/entity.js';
import { CaseEntity } from '../cases/index.js';
import { RatingSource, RatingValue } from './rating.enums.js';

/**
 * A rating of a closed case (居民监督评议). SELF: by a resident's account (at most one per case and account;
 * `isReporter` when it is the case's reporter). CALLBACK: recorded by a grid worker for a household (building +
 * room, stored only as a keyed hash; at most one per case and household). Never updated.
 */
@Entity({ tableName: 'case_rating' })
export class RatingEntity extends IdEntity {
  [OptionalProps]?: 'comment' | 'accountId' | 'isReporter' | 'householdHash';

  @ManyToOne(() => CaseEntity, { fieldName: 'case_id' })
  case!: CaseEntity;

  /** The case's area path, copied: ratings follow their case when an area moves. */
  @Property({ type: 'text' })
  areaPath!: string;

  @Enum({ items: () => RatingSource, type: 'text' })
  source!: RatingSource;

  @Enum({ items: () => RatingValue, type: 'text' })
  value!: RatingValue;

  /** What the resident said; public on the echo wall, without who said it. */
  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  /** SELF: the rating account (`sub`); private. */
  @Property({ type: 'text', nullable: true })
  accountId?: string | null;

  /** SELF: whether the rater reported the case. */
  @Property({ type: 'boolean' })
  isReporter: boolean = false;

  /** CALLBACK: the household's keyed hash (never the building or room). */
  @Property({ type: 'text', nullable: true })
  householdHash?: string | null;

  @Property({ type: 'text' })
  actorId!: string;

  @Property({ type: 'text' })
  actorRole!: string;

  @Property({ type: 'timestamptz' })
  ratedAt!: Date;
}
