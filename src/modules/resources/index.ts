import type { App, HubModule } from '../../context.js';
import type { Viewer } from '../../shared/viewer.js';
import { loadNodes } from '../../shared/node-loaders.js';
import { resourcesByIds } from './resource.search.js';
import { AreaResourcesResolver, resourceStatisticsLoader } from './area.fields.js';
import { OrganizationResourcesResolver } from './organization.fields.js';
import { AvailabilityChangedResolver } from './resource.channel.js';
import { AvailabilityObservationEntity } from './availability-observation.entity.js';
import { ResourceEntity } from './resource.entity.js';
import { observationByIdLoader, resourceByIdLoader, resourcesInAreaSql } from './resource.reads.js';
import { AvailabilityObservationResolver, ResourceResolver } from './resource.resolver.js';
import { moveAreaPaths } from '../areas/index.js';

// Resources (共享资源) resident units open, and their availability

function loaders(app: App, viewer: Viewer) {
  return {
    resourceById: resourceByIdLoader(app.db.pool, viewer),
    observationById: observationByIdLoader(app.db.pool, viewer),
    resourceStatisticsByPath: resourceStatisticsLoader(app.db.pool),
  };
}

type ResourceLoaders = ReturnType<typeof loaders>;
declare module '../../context.js' {
  interface Loaders extends ResourceLoaders {}
}

export const resourcesModule: HubModule = {
  name: 'resources',
  entities: [ResourceEntity, AvailabilityObservationEntity],
  resolvers: [AvailabilityChangedResolver, ResourceResolver, AvailabilityObservationResolver, AreaResourcesResolver, OrganizationResourcesResolver],
  loaders,
  nodes: {
    // at the root, read with the operation's selection in one statement
    Resource: (ctx, ids, info) => (info ? resourcesByIds(ctx, info, ids) : loadNodes((k) => ctx.loaders.resourceById.loadMany(k), ids)),
    AvailabilityObservation: (ctx, ids) => loadNodes((k) => ctx.loaders.observationById.loadMany(k), ids),
  },
  // retireArea's AREA_IN_USE; the area paths it copies follow an area's move (moveArea)
  hooks: { areaInUseSql: resourcesInAreaSql, areaPathsMoved: (em, move) => moveAreaPaths(em, 'resource', move) },
};

// what other modules use of this one

export { allocateOnResource, releaseOnResource } from './resource.allocation.js';
export { ResourceEntity } from './resource.entity.js';
export { AccessMode, Audience, ResourceKind, ResourceStatus } from './resource.enums.js';
export { RESOURCE_COLUMNS, toResource } from './resource.reads.js';
export { distanceSql } from './resource.search.js';
export { Resource } from './resource.type.js';
export { resourceVisible, resourceVisibleSql } from './resource.rules.js';
export { resourceEvent } from './resource.service.js';
