import type { SqlParams } from '../../read/params.js';
import type { AreaUseKind } from './area.enums.js';

/** One count of what keeps an area in use: a scalar SQL subquery (`(select count(*) …)`) of its kind. */
export interface AreaUseSql {
  kind: AreaUseKind;
  count: string;
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
  }
}
