import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { ResourceEntity } from './resource.entity.js';

/** One live free count of a counted resource; the history is kept. */
@Entity({ tableName: 'availability_observation' })
export class AvailabilityObservationEntity {
  [OptionalProps]?: 'source';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => ResourceEntity, { fieldName: 'resource_id' })
  resource!: ResourceEntity;

  @Property({ type: 'integer' })
  freeCount!: number;

  @Property({ type: 'timestamptz' })
  observedAt!: Date;

  @Property({ type: 'text' })
  source: string = '';

  @Property({ type: 'text' })
  reportedBy!: string;

  /** When the hub recorded it, from the injected clock. */
  @Property({ type: 'timestamptz' })
  recordedAt!: Date;
}
