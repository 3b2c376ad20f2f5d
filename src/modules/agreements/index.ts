import type pg from 'pg';
import type { Sweep } from '../../sweeper.js';
import type { Viewer } from '../../shared/viewer.js';

// Sharing agreements (共享协议): what this module registers in src/db/entities.ts, src/schema.ts, src/context.ts and src/sweeper.ts

export const agreementEntities = [] as const;

export const agreementResolvers = [] as const;

/** Per-operation loaders of this module, merged into the context's loaders. */
export function createAgreementLoaders(_pool: pg.Pool, _viewer: Viewer) {
  return {};
}

/** Time-driven changes this module records, run by the single sweeper leader. */
export const agreementSweeps: Sweep[] = [];
