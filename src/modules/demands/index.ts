import type pg from 'pg';
import type { Sweep } from '../../workers/sweep.js';
import type { Viewer } from '../../shared/viewer.js';
import { DemandHistoryEntity, DemandListHistoryEntity } from './demand-history.entity.js';
import { DemandListEntity } from './demand-list.entity.js';
import { AreaDemandStatisticsResolver, DemandListResolver } from './demand-list.resolver.js';
import { DemandEntity } from './demand.entity.js';
import { demandByIdLoader, demandHistoryLoader, demandListByIdLoader, demandListHistoryLoader } from './demand.reads.js';
import { DemandResolver } from './demand.resolver.js';
import { demandStatisticsByListLoader, demandStatisticsByPathLoader } from './demand-statistics.js';
import { expireDemands } from './demand.sweep.js';

// Demands and demand lists (需求清单): what this module registers in src/db/entities.ts, src/schema.ts, src/context.ts and src/sweeper.ts

export const demandEntities = [DemandListEntity, DemandEntity, DemandHistoryEntity, DemandListHistoryEntity] as const;

export const demandResolvers = [DemandResolver, DemandListResolver, AreaDemandStatisticsResolver] as const;

/** Per-operation loaders of this module, merged into the context's loaders; each applies the viewer's visibility. */
export function createDemandLoaders(pool: pg.Pool, viewer: Viewer) {
  return {
    demandById: demandByIdLoader(pool, viewer),
    demandListById: demandListByIdLoader(pool, viewer),
    /** only for demands the viewer already sees: a field of a visible node */
    demandHistoryByDemandId: demandHistoryLoader(pool),
    demandListHistoryByListId: demandListHistoryLoader(pool),
    /** public counts */
    demandStatisticsByPath: demandStatisticsByPathLoader(pool),
    demandStatisticsByList: demandStatisticsByListLoader(pool),
  };
}

/** Time-driven changes this module records, run by the single sweeper leader. */
export const demandSweeps: Sweep[] = [expireDemands];
