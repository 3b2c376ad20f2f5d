import { Entity, Enum, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { VersionedEntity } from '../../shared/entity.js';
import { AreaEntity } from '../areas/index.js';
import { OrganizationEntity } from '../organizations/index.js';
import { Audience, ResourceKind } from '../resources/index.js';
import type { WeeklyWindow } from '../../shared/schedule/schedule.types.js';
import { DemandChannel, DemandFulfilment, DemandStatus, ServiceKind, Urgency } from './demand.enums.js';
import { DemandListEntity } from './demand-list.entity.js';

/** The table behind Demand (an item of a grid's demand list), for writes. */
@Entity({ tableName: 'demand' })
export class DemandEntity extends VersionedEntity {
  [OptionalProps]?: 'version' | 'status' | 'description' | 'orderedBy' | 'acceptedQuantity' | 'demandList' | 'fulfilment' | 'serviceKinds' | 'takenQuantity' | 'takeDeadline' | 'takeOverdueAt';

  @ManyToOne(() => AreaEntity, { fieldName: 'area_id' })
  area!: AreaEntity;

  @Property({ type: 'text' })
  areaPath!: string;

  @ManyToOne(() => DemandListEntity, { fieldName: 'demand_list_id', nullable: true })
  demandList?: DemandListEntity | null;

  @Property({ type: 'text' })
  title!: string;

  /** Residents' circumstances: only staff of the area and the unit that took it read it. */
  @Property({ type: 'text' })
  description: string = '';

  @Enum({ items: () => DemandFulfilment, type: 'text' })
  fulfilment: DemandFulfilment = DemandFulfilment.RESOURCE;

  /** RESOURCE demands: the kinds of resource any of which would serve (none for SERVICE). */
  @Property({ type: 'text[]' })
  kinds!: ResourceKind[];

  /** SERVICE demands: the kinds of work asked for (none for RESOURCE). */
  @Property({ type: 'text[]' })
  serviceKinds: ServiceKind[] = [];

  @Property({ type: 'integer' })
  quantity!: number;

  @Property({ type: 'json' })
  windows!: WeeklyWindow[];

  /** Local dates, inclusive through 24:00 of the end date. */
  @Property({ type: 'date' })
  startDate!: string;

  @Property({ type: 'date' })
  endDate!: string;

  @Property({ type: 'double' })
  lat!: number;

  @Property({ type: 'double' })
  lng!: number;

  @Property({ type: 'integer' })
  radiusMeters!: number;

  @Enum({ items: () => Audience, type: 'text' })
  audience!: Audience;

  @Enum({ items: () => Urgency, type: 'text' })
  urgency!: Urgency;

  @Enum({ items: () => DemandChannel, type: 'text' })
  channel!: DemandChannel;

  @Property({ type: 'timestamptz' })
  orderedAt!: Date;

  /** Who ordered, as the grid worker notes it (e.g. 3号楼王阿姨); private like the description. */
  @Property({ type: 'text' })
  orderedBy: string = '';

  @Property({ type: 'text' })
  recordedBy!: string;

  @Property({ type: 'text', nullable: true })
  placedBy?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  placedAt?: Date | null;

  @ManyToOne(() => OrganizationEntity, { fieldName: 'taken_by_organization_id', nullable: true })
  takenByOrganization?: OrganizationEntity | null;

  @Property({ type: 'text', nullable: true })
  takenByAccount?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  takenAt?: Date | null;

  @Enum({ items: () => DemandStatus, type: 'text' })
  status: DemandStatus = DemandStatus.POSTED;

  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null;

  /** SERVICE demands: the sum of the live takes' quantities (kept by the writes that change a take). */
  @Property({ type: 'integer' })
  takenQuantity: number = 0;

  /** SERVICE demands: by when a placed order must be taken (ORDER_TAKE_WITHIN_HOURS from placing, or as set). */
  @Property({ type: 'timestamptz', nullable: true })
  takeDeadline?: Date | null;

  /** When the sweeper recorded the take deadline missed (once). */
  @Property({ type: 'timestamptz', nullable: true })
  takeOverdueAt?: Date | null;

  /** Raised by matching with a conditional update, never through `version`. */
  @Property({ type: 'integer' })
  acceptedQuantity: number = 0;
}
