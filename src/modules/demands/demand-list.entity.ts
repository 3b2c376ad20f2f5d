import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { AreaEntity } from '../areas/index.js';
import { DemandListStatus } from './demand.enums.js';

/** The table behind DemandList: one grid's demands for a period, for writes. */
@Entity({ tableName: 'demand_list' })
export class DemandListEntity {
  [OptionalProps]?: 'version' | 'status';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => AreaEntity, { fieldName: 'area_id' })
  area!: AreaEntity;

  @Property({ type: 'text' })
  areaPath!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'date' })
  periodStart!: string;

  @Property({ type: 'date' })
  periodEnd!: string;

  @Enum({ items: () => DemandListStatus, type: 'text' })
  status: DemandListStatus = DemandListStatus.COLLECTING;

  @Property({ type: 'text' })
  openedBy!: string;

  @Property({ type: 'timestamptz', nullable: true })
  submittedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  publishedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  @Property({ type: 'integer', version: true })
  version!: number;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
