import type pg from 'pg';
import type { Sweep } from '../../workers/sweep.js';
import type { Viewer } from '../../shared/viewer.js';
import { AgreementHistoryEntity, AgreementItemEntity, SharingAgreementEntity } from './agreement.entity.js';
import { AgreementItemResolver, AreaAgreementStatisticsResolver, ResourceAgreementsResolver } from './agreement-fields.resolver.js';
import { agreementLoaders } from './agreement.reads.js';
import { SharingAgreementResolver } from './agreement.resolver.js';
import { sweepAgreements } from './agreement.sweep.js';

// Sharing agreements (共享协议): what this module registers in src/db/entities.ts, src/schema.ts, src/context.ts and src/sweeper.ts

export const agreementEntities = [SharingAgreementEntity, AgreementItemEntity, AgreementHistoryEntity] as const;

export const agreementResolvers = [
  SharingAgreementResolver,
  AgreementItemResolver,
  ResourceAgreementsResolver,
  AreaAgreementStatisticsResolver,
] as const;

/** Per-operation loaders of this module, merged into the context's loaders. */
export function createAgreementLoaders(pool: pg.Pool, viewer: Viewer) {
  return agreementLoaders(pool, viewer);
}

/** Time-driven changes this module records, run by the single sweeper leader. */
export const agreementSweeps: Sweep[] = [sweepAgreements];
