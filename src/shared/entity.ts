import { Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { actorOf, type Viewer } from './viewer.js';

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

/**
 * One line of a history table: what was done, from and to which status, who did it, why, when. Never
 * updated. The action and status enums differ per table: `@HistoryEnums` declares those three columns.
 * `To` is `Status | null` where the table also records changes that keep the status.
 */
export abstract class HistoryEntity<Action extends string, Status extends string, To extends Status | null = Status> extends IdEntity {
  action!: Action;

  fromStatus!: Status | null;

  toStatus!: To;

  @Property({ type: 'text' })
  actorId!: string;

  @Property({ type: 'text' })
  actorRole!: string;

  /** Why, where the action takes a reason (a cancellation, a rejection). */
  @Property({ type: 'text', nullable: true })
  reason!: string | null;

  @Property({ type: 'timestamptz' })
  at!: Date;
}

type EnumOf<V extends string> = () => Record<string, V>;

/**
 * Declares a history entity's `action`, `fromStatus` and `toStatus` as text enums of the table's own values:
 * what `@Enum` on each property would declare (MikroORM's decorators are plain functions of the prototype and
 * the property name). `toStatus` is NOT NULL unless 'nullable' is given, as the entity's type says
 * (`HistoryEntity<A, S>` or `HistoryEntity<A, S, S | null>`): the compiler refuses enums that are not the
 * entity's, and a `toStatus` typed nullable on a column declared NOT NULL.
 */
export function HistoryEnums<A extends string, S extends string>(
  action: EnumOf<A>,
  status: EnumOf<S>,
): (target: abstract new () => HistoryEntity<A, S>) => void;
export function HistoryEnums<A extends string, S extends string>(
  action: EnumOf<A>,
  status: EnumOf<S>,
  toStatus: 'nullable',
): (target: abstract new () => HistoryEntity<A, S, S | null>) => void;
export function HistoryEnums(action: EnumOf<string>, status: EnumOf<string>, toStatus?: 'nullable') {
  return (target: abstract new () => object): void => {
    Enum({ items: action, type: 'text' })(target.prototype, 'action');
    Enum({ items: status, type: 'text', nullable: true })(target.prototype, 'fromStatus');
    Enum(toStatus ? { items: status, type: 'text', nullable: true } : { items: status, type: 'text' })(target.prototype, 'toStatus');
  };
}

/** What a history row records of one change besides its owner: the action, the statuses, why, and a detail. */
export interface HistoryDetails<A extends string, S extends string> {
  action: A;
  from?: S | null;
  to?: S | null;
  reason?: string | null;
  detail?: string | null;
}

/**
 * The columns a history row of `viewer`'s change at `now` shares with every other history table, for
 * `em.create(SomeHistoryEntity, { owner, ...historyColumns(viewer, now, details) })`.
 */
export function historyColumns<A extends string, S extends string>(viewer: Viewer, now: Date, details: HistoryDetails<A, S>) {
  const actor = actorOf(viewer);
  return {
    action: details.action,
    fromStatus: details.from ?? null,
    toStatus: details.to ?? null,
    actorId: actor.id,
    actorRole: actor.role,
    reason: details.reason ?? null,
    detail: details.detail ?? null,
    at: now,
  };
}
