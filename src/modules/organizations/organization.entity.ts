import { Entity, Enum, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { VersionedEntity } from '../../shared/entity.js';
import { AreaEntity } from '../areas/index.js';
import { OrganizationKind } from './organization.enums.js';

/** The table behind Organization (a resident unit), for writes. */
@Entity({ tableName: 'organization' })
export class OrganizationEntity extends VersionedEntity {
  [OptionalProps]?: 'version' | 'description' | 'address';

  @Enum({ items: () => OrganizationKind, type: 'text' })
  kind!: OrganizationKind;

  @Property({ type: 'text' })
  name!: string;

  @ManyToOne(() => AreaEntity, { fieldName: 'area_id' })
  area!: AreaEntity;

  /** Copy of the area's path, so that scope checks need no join. */
  @Property({ type: 'text' })
  areaPath!: string;

  @Property({ type: 'text' })
  address: string = '';

  @Property({ type: 'text', nullable: true })
  contactName?: string | null;

  @Property({ type: 'text', nullable: true })
  contactPhone?: string | null;

  @Property({ type: 'text' })
  description: string = '';

  @Property({ type: 'double', nullable: true })
  lat?: number | null;

  @Property({ type: 'double', nullable: true })
  lng?: number | null;
}
