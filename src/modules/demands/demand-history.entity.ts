import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { DemandAction, DemandListAction, DemandListStatus, DemandStatus } from './demand.enums.js';
import { DemandEntity } from './demand.entity.js';
import { DemandListEntity } from './demand-list.entity.js';

/** One change of a demand: what, from and to which status, who, why, when. Never updated. */
@Entity({ tableName: 'demand_history' })
export class DemandHistoryEntity {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => DemandEntity, { fieldName: 'demand_id' })
  demand!: DemandEntity;

  @Enum({ items: () => DemandAction, type: 'text' })
  action!: DemandAction;

  @Enum({ items: () => DemandStatus, type: 'text', nullable: true })
  fromStatus!: DemandStatus | null;

  @Enum({ items: () => DemandStatus, type: 'text' })
  toStatus!: DemandStatus;

  @Property({ type: 'text' })
  actorId!: string;

  @Property({ type: 'text' })
  actorRole!: string;

  @Property({ type: 'text', nullable: true })
  reason!: string | null;

  @Property({ type: 'timestamptz' })
  at!: Date;
}

/** One change of a demand list. Never updated. */
@Entity({ tableName: 'demand_list_history' })
export class DemandListHistoryEntity {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => DemandListEntity, { fieldName: 'demand_list_id' })
  demandList!: DemandListEntity;

  @Enum({ items: () => DemandListAction, type: 'text' })
  action!: DemandListAction;

  @Enum({ items: () => DemandListStatus, type: 'text', nullable: true })
  fromStatus!: DemandListStatus | null;

  @Enum({ items: () => DemandListStatus, type: 'text' })
  toStatus!: DemandListStatus;

  @Property({ type: 'text' })
  actorId!: string;

  @Property({ type: 'text' })
  actorRole!: string;

  @Property({ type: 'text', nullable: true })
  reason!: string | null;

  @Property({ type: 'timestamptz' })
  at!: Date;
}
