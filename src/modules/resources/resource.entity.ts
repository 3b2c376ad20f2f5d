import { Entity, Enum, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { VersionedEntity } from '../../shared/entity.js';
import { AreaEntity } from '../areas/index.js';
import { OrganizationEntity } from '../organizations/index.js';
import type { ScheduleException, WeeklyWindow } from '../../shared/schedule/schedule.types.js';
import { AccessMode, Audience, ResourceKind, ResourceStatus } from './resource.enums.js';

/** The table behind Resource (an HSDS service-at-location), for writes. */
@Entity({ tableName: 'resource' })
export class ResourceEntity extends VersionedEntity {
  [OptionalProps]?:
    | 'version' | 'status' | 'description' | 'address' | 'acceptedQuantity'
    | 'audiences' | 'windows' | 'exceptions';

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

  /** The district's key (资源编号), set by the ledger import (src/modules/imports/); unique where given. */
  @Property({ type: 'text', nullable: true })
  externalKey?: string | null;

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

  @Property({ type: 'timestamptz', nullable: true })
  publishedAt?: Date | null;
}
