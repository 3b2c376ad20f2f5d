import type { SqlParams } from '../../read/params.js';

declare module '../../context.js' {
  interface Hooks {
    /**
     * `resources(filter: { sharedWith })`: the predicate on resources (alias `resource`) that an agreement
     * in force on `today` shares with the area `areaId` or an area above it. The agreements module answers it.
     */
    resourcesSharedWithSql: (p: SqlParams, resource: string, areaId: string, today: string) => string;
  }
}
