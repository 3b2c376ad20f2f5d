import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { AreaEntity } from '../areas/index.js';
import { OrganizationEntity } from '../organizations/index.js';
import type { ScheduleException, WeeklyWindow } from '../../shared/schedule/schedule.types.js';
import { AccessMode, Audience, ResourceKind, ResourceStatus } from './resource.enums.js';

/** The table behind Resource (an HSDS service-at-location), for writes. */
@Entity({ tableName: 'resource' })
export class ResourceEntity {
  [OptionalProps]?:
    | 'version' | 'status' | 'description' | 'address' | 'acceptedQuantity'
    | 'audiences' | 'windows' | 'exceptions';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => OrganizationEntity, { fieldName: 'organization_id' })
  organization!: OrganizationEntity;

  @Enum({ items: () => ResourceKind, type: 'text' })
  kind!: ResourceKind;

  @Enum({ items: () => ResourceStatus, type: 'text' })
  status: ResourceStatus = ResourceStatus.DRAFT;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  description: string = '';

  @Property({ type: 'text' })
  address: string = '';

  @Property({ type: 'double' })
  lat!: number;

  @Property({ type: 'double' })
  lng!: number;

  @ManyToOne(() => AreaEntity, { fieldName: 'area_id' })
  area!: AreaEntity;

  @Property({ type: 'text' })
  areaPath!: string;

  @Property({ type: 'integer', nullable: true })
  capacity?: number | null;

  @Property({ type: 'text', nullable: true })
  capacityUnit?: string | null;

  @Enum({ items: () => AccessMode, type: 'text' })
  accessMode!: AccessMode;

  @Property({ type: 'text[]' })
  audiences: Audience[] = [];

  @Property({ type: 'json' })
  windows: WeeklyWindow[] = [];

  @Property({ type: 'json' })
  exceptions: ScheduleException[] = [];

  /** Allocated by matching with a conditional update (accepted + q <= capacity), never through `version`. */
  @Property({ type: 'integer' })
  acceptedQuantity: number = 0;

  @Property({ type: 'integer', nullable: true })
  latestFreeCount?: number | null;

  @Property({ type: 'timestamptz', nullable: true })
  latestObservedAt?: Date | null;

  @Property({ type: 'integer', version: true })
  version!: number;

  @Property({ type: 'timestamptz', nullable: true })
  publishedAt?: Date | null;

  /** Set by the services from the injected clock, never from the system's. */
  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
