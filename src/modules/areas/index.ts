import type { App, HubModule } from '../../context.js';
import { loadNodes } from '../../shared/node-loaders.js';
import { AreaEntity, AreaHistoryEntity } from './area.entity.js';
import { areaBoundaryLoader } from './area.geo.js';
import { areaByIdLoader } from './area.reads.js';
import { AreaResolver } from './area.resolver.js';

// Areas (区、街道、社区、网格): the district's tree

function loaders(app: App) {
  return { areaById: areaByIdLoader(app.db.pool), areaBoundary: areaBoundaryLoader(app.db.pool) };
}

type AreaLoaders = ReturnType<typeof loaders>;
declare module '../../context.js' {
  interface Loaders extends AreaLoaders {}
}

export const areasModule: HubModule = {
  name: 'areas',
  entities: [AreaEntity, AreaHistoryEntity],
  resolvers: [AreaResolver],
  loaders,
  nodes: { Area: (ctx, ids) => loadNodes((k) => ctx.loaders.areaById.loadMany(k), ids) },
};

// what other modules use of this one
export { AreaEntity } from './area.entity.js';
export { AreaKind, AreaUseKind } from './area.enums.js';
export { type AreaUseSql } from './area.hooks.js';
export { areaRetired, areaToPlaceIn } from './area-retire.service.js';
export { AREA, areaPathOf, belowAreaSql, districtArea } from './area.reads.js';
export { areaAtPoint, noAreaAtPoint, pointOutsideArea } from './area.geo.js';
export { pointBeyond, type Boundary } from './area.boundary.js';
export { Area } from './area.type.js';
export { moveAreaPaths, type AreaMove } from './area.hooks.js';
