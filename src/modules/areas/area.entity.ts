import { Entity, Enum, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { HistoryEntity, HistoryEnums, IdEntity } from '../../shared/entity.js';
import type { Boundary } from './area.boundary.js';
import { AreaAction, AreaKind, AreaStatus } from './area.enums.js';

/** The table behind Area, for writes; reads go through the lean read path. */
@Entity({ tableName: 'area' })
export class AreaEntity extends IdEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version' | 'gridLevel' | 'retiredAt' | 'boundary' | 'minLat' | 'minLng' | 'maxLat' | 'maxLng';

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

  @Property({ type: 'integer', version: true })
  version!: number;

  /** 1–3 for a grid (一级/二级/三级网格: a grid's parent is a community or a grid one level up); null otherwise. */
  @Property({ type: 'smallint', nullable: true })
  gridLevel?: number | null;

  @Property({ type: 'timestamptz', nullable: true })
  retiredAt?: Date | null;

  /** GeoJSON Polygon or MultiPolygon in WGS-84 (area.boundary.ts); null when the area has none. */
  @Property({ type: 'json', nullable: true })
  boundary?: Boundary | null;

  /** The boundary's bounding box, null with it (areasAt filters on it in SQL). */
  @Property({ type: 'double', nullable: true })
  minLat?: number | null;

  @Property({ type: 'double', nullable: true })
  minLng?: number | null;

  @Property({ type: 'double', nullable: true })
  maxLat?: number | null;

  @Property({ type: 'double', nullable: true })
  maxLng?: number | null;

  /** Not TimestampedEntity's: areas come from the seed, their times from the system clock, not the injected one. */
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One entry of an area's history: its creation and each change, with who and when. */
@Entity({ tableName: 'area_history' })
@HistoryEnums(() => AreaAction, () => AreaStatus, 'nullable')
export class AreaHistoryEntity extends HistoryEntity<AreaAction, AreaStatus, AreaStatus | null> {
  [OptionalProps]?: 'fromStatus' | 'toStatus' | 'reason';

  @ManyToOne(() => AreaEntity, { fieldName: 'area_id' })
  area!: AreaEntity;
}
