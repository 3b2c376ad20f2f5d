import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventDraft } from '../../outbox/outbox.js';
import type { Actor } from '../../shared/viewer.js';
import type { SqlParams } from '../../read/params.js';
import type { AreaUseKind } from './area.enums.js';

/** One count of what keeps an area in use: a scalar SQL subquery (`(select count(*) …)`) of its kind. */
export interface AreaUseSql {
  kind: AreaUseKind;
  count: string;
}

/** An area moving to another parent (moveArea): its subtree's paths change from `fromPath…` to `toPath…`. */
export interface AreaMove {
  /** Row id of the area moved. */
  areaId: string;
  /** Its path before and after the move; every path below it changes the same prefix. */
  fromPath: string;
  toPath: string;
  /** The district's local date at the move, for "in force" questions. */
  today: string;
}

declare module '../../context.js' {
  interface Hooks {
    /**
     * `retireArea`: what of a module's still keeps an area in use, as count subqueries the areas module
     * puts into one statement. `below(alias)` is the predicate "the row (alias) carries the area's path or
     * one below it" on the row's `area_path`; `today` is the district's local date (YYYY-MM-DD) from the
     * injected clock, for statuses the clock changes. Each module counts its own tables with its own
     * status rules, so the areas module imports none of them.
     */
    areaInUseSql: (p: SqlParams, below: (alias: string) => string, today: string) => AreaUseSql[];
    /**
     * An area is about to move, in the caller's transaction, before any path is rewritten: take the locks
     * whose holders must not see the tree half moved (the matcher's full-run lock), and lock rows in the
     * order other writers take them.
     */
    areaMoving: (em: EntityManager, move: AreaMove) => Promise<void>;
    /**
     * The area rows are rewritten: rewrite the copies of area paths a module keeps in its own tables
     * (`moveAreaPaths`, one statement per table). Events already written are never rewritten.
     */
    areaPathsMoved: (em: EntityManager, move: AreaMove) => Promise<void>;
    /**
     * Every copied path is rewritten: what the move does to other modules' rows (matches left without an
     * agreement in force), returning the events to record with the move's own.
     */
    areaMoved: (em: EntityManager, move: AreaMove, actor: Actor, now: Date) => Promise<EventDraft[]>;
  }
}

/**
 * Rewrites `table.area_path` for every row at or below the moved area, in one statement: the prefix
 * `fromPath` becomes `toPath`. The (area_path, id) indexes on C-collated paths serve the prefix match.
 */
export async function moveAreaPaths(em: EntityManager, table: string, move: AreaMove): Promise<void> {
  await em.execute(`update ${table} set area_path = ? || substr(area_path, ?) where area_path like ?`, [
    move.toPath,
    move.fromPath.length + 1,
    `${move.fromPath}%`,
  ]);
}
