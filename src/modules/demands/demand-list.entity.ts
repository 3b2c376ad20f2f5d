import { Entity, Enum, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { VersionedEntity } from '../../shared/entity.js';
import { AreaEntity } from '../areas/index.js';
import { DemandListStatus } from './demand.enums.js';

/** The table behind DemandList: one grid's demands for a period, for writes. */
@Entity({ tableName: 'demand_list' })
export class DemandListEntity extends VersionedEntity {
  [OptionalProps]?: 'version' | 'status';

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
}
