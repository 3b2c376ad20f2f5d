import type pg from 'pg';
import type { Sweep } from '../../sweeper.js';
import type { Viewer } from '../../shared/viewer.js';

// Service projects (项目清单): what this module registers in src/db/entities.ts, src/schema.ts, src/context.ts and src/sweeper.ts

export const projectEntities = [] as const;

export const projectResolvers = [] as const;

/** Per-operation loaders of this module, merged into the context's loaders. */
export function createProjectLoaders(_pool: pg.Pool, _viewer: Viewer) {
  return {};
}

/** Time-driven changes this module records, run by the single sweeper leader. */
export const projectSweeps: Sweep[] = [];
