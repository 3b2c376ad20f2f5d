import type { App, HubModule } from '../../context.js';
import type { Viewer } from '../../shared/viewer.js';
import { loadNodes } from '../../shared/node-loaders.js';
import { DemandHistoryEntity, DemandListHistoryEntity } from './demand-history.entity.js';
import { DemandListEntity } from './demand-list.entity.js';
import { DemandTakeEntity, DemandTakeHistoryEntity, DemandTakePersonEntity } from './demand-take.entity.js';
import { AreaDemandStatisticsResolver, AreaOrderStatisticsResolver } from './area.fields.js';
import { orderStatisticsLoader } from './order.statistics.js';
import { demandByTakeIdLoader, PointsEntryDemandResolver } from './points-entry.fields.js';
import { DemandListResolver } from './demand-list.resolver.js';
import { DemandEntity } from './demand.entity.js';
import { demandByIdLoader, demandHistoryLoader, demandListByIdLoader, demandListHistoryLoader, demandsInAreaSql } from './demand.reads.js';
import { DemandResolver } from './demand.resolver.js';
import { DemandTakePersonResolver, DemandTakeResolver } from './demand-take.resolver.js';
import { demandTakeByIdLoader, demandTakesLoader, takeHistoryLoader, takePeopleLoader } from './demand-take.reads.js';
import { DemandEventsResolver } from './demand.channel.js';
import { OpenOrderResolver } from './open-orders.resolver.js';
import { demandStatisticsByListLoader, demandStatisticsByPathLoader } from './demand.statistics.js';
import { expireDemands, recordOverdueOrders } from './demand.sweep.js';
import { moveAreaPaths } from '../areas/index.js';

// Demands and demand lists (需求清单)

/** Each applies the viewer's visibility, except where said. */
function loaders(app: App, viewer: Viewer) {
  const pool = app.db.pool;
  return {
    demandById: demandByIdLoader(pool, viewer, app.clock.now()),
    demandTakeById: demandTakeByIdLoader(pool, viewer, app.clock.now()),
    /** only for demands the viewer already sees: a field of a visible node */
    demandTakesByDemandId: demandTakesLoader(pool),
    /** only for takes the viewer already sees */
    takePeopleByTakeId: takePeopleLoader(pool),
    takeHistoryByTakeId: takeHistoryLoader(pool),
    demandListById: demandListByIdLoader(pool, viewer),
    /** only for demands the viewer already sees: a field of a visible node */
    demandHistoryByDemandId: demandHistoryLoader(pool),
    demandListHistoryByListId: demandListHistoryLoader(pool),
    /** public counts */
    demandStatisticsByPath: demandStatisticsByPathLoader(pool),
    demandStatisticsByList: demandStatisticsByListLoader(pool),
    /** public figures of service orders */
    orderStatisticsByPath: orderStatisticsLoader(pool, app.config.timeZone),
    /** the order a points line comes from */
    demandByTakeId: demandByTakeIdLoader(pool, viewer, app.clock.now()),
  };
}

type DemandLoaders = ReturnType<typeof loaders>;
declare module '../../context.js' {
  interface Loaders extends DemandLoaders {}
}

export const demandsModule: HubModule = {
  name: 'demands',
  entities: [DemandListEntity, DemandEntity, DemandHistoryEntity, DemandListHistoryEntity, DemandTakeEntity, DemandTakePersonEntity, DemandTakeHistoryEntity],
  resolvers: [DemandResolver, DemandTakeResolver, DemandTakePersonResolver, DemandListResolver, AreaDemandStatisticsResolver, AreaOrderStatisticsResolver, PointsEntryDemandResolver, OpenOrderResolver, DemandEventsResolver],
  loaders,
  nodes: {
    Demand: (ctx, ids) => loadNodes((k) => ctx.loaders.demandById.loadMany(k), ids),
    DemandList: (ctx, ids) => loadNodes((k) => ctx.loaders.demandListById.loadMany(k), ids),
    DemandTake: (ctx, ids) => loadNodes((k) => ctx.loaders.demandTakeById.loadMany(k), ids),
  },
  sweeps: [expireDemands, recordOverdueOrders],
  // retireArea's AREA_IN_USE; the area paths it copies follow an area's move (moveArea)
  hooks: {
    areaInUseSql: demandsInAreaSql,
    areaPathsMoved: async (em, move) => {
      await moveAreaPaths(em, 'demand_list', move);
      await moveAreaPaths(em, 'demand', move);
      await moveAreaPaths(em, 'demand_take', move);
    },
  },
};

// what other modules use of this one
export { allocateToDemand, fulfilDemandIfDone, releaseFromDemand } from './demand.allocation.js';
export { DEMAND_COLUMNS, toDemand } from './demand.reads.js';
export { Demand } from './demand.type.js';
export { demandVisibleSql } from './demand.rules.js';
export { DemandEntity } from './demand.entity.js';
export { Urgency } from './demand.enums.js';
