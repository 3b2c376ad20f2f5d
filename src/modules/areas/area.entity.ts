import { Entity, Enum, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { IdEntity } from '../../shared/entity.js';
import { AreaKind } from './area.enums.js';

/** The table behind Area, for writes; reads go through the lean read path. */
@Entity({ tableName: 'area' })
export class AreaEntity extends IdEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @Enum({ items: () => AreaKind, type: 'text' })
  kind!: AreaKind;

  @ManyToOne(() => AreaEntity, { nullable: true, fieldName: 'parent_id' })
  parent?: AreaEntity | null;

  /** Materialised path of ids, '/1/7/42/': everything below an area shares its prefix. */
  @Property({ type: 'text' })
  path!: string;

  @Property({ type: 'smallint' })
  depth!: number;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  code?: string | null;

  @Property({ type: 'double' })
  lat!: number;

  @Property({ type: 'double' })
  lng!: number;

  /** Not TimestampedEntity's: areas come from the seed, their times from the system clock, not the injected one. */
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
