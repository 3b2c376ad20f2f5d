import { PrimaryKey, Property } from '@mikro-orm/core';

/*
 * Base classes of the entities: the columns many tables declare alike. They are not entities (no @Entity):
 * MikroORM discovers a listed entity's base classes itself and copies their properties into it, and each
 * table's columns stay what its migration made them.
 */

/** A table keyed by a bigint identity, carried as a string (a bigint does not fit a JS number). */
export abstract class IdEntity {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;
}

/** A row that records when it was made and last changed. */
export abstract class TimestampedEntity extends IdEntity {
  /** Set by the services from the injected clock, never from the system's. */
  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A row changed under MikroORM's optimistic lock: a flush of a stale `version` fails. */
export abstract class VersionedEntity extends TimestampedEntity {
  @Property({ type: 'integer', version: true })
  version!: number;
}
