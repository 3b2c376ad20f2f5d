import { Entity, ManyToOne } from '@mikro-orm/core';
import { HistoryEntity, HistoryEnums } from '../../shared/entity.js';
import { DemandAction, DemandListAction, DemandListStatus, DemandStatus } from './demand.enums.js';
import { DemandEntity } from './demand.entity.js';
import { DemandListEntity } from './demand-list.entity.js';

/** One change of a demand: what, from and to which status, who, why, when. Never updated. */
@Entity({ tableName: 'demand_history' })
@HistoryEnums(() => DemandAction, () => DemandStatus)
export class DemandHistoryEntity extends HistoryEntity<DemandAction, DemandStatus> {
  @ManyToOne(() => DemandEntity, { fieldName: 'demand_id' })
  demand!: DemandEntity;
}

/** One change of a demand list. Never updated. */
@Entity({ tableName: 'demand_list_history' })
@HistoryEnums(() => DemandListAction, () => DemandListStatus)
export class DemandListHistoryEntity extends HistoryEntity<DemandListAction, DemandListStatus> {
  @ManyToOne(() => DemandListEntity, { fieldName: 'demand_list_id' })
  demandList!: DemandListEntity;
}
