import type { App, HubModule } from '../../context.js';
import { loadNodes } from '../../shared/node-loaders.js';
import { OrganizationEntity } from './organization.entity.js';
import { organizationByIdLoader, organizationsInAreaSql } from './organization.reads.js';
import { OrganizationResolver } from './organization.resolver.js';
import { moveAreaPaths } from '../areas/index.js';

// Resident units (驻区单位)

function loaders(app: App) {
  return { organizationById: organizationByIdLoader(app.db.pool) };
}

type OrganizationLoaders = ReturnType<typeof loaders>;
declare module '../../context.js' {
  interface Loaders extends OrganizationLoaders {}
}

export const organizationsModule: HubModule = {
  name: 'organizations',
  entities: [OrganizationEntity],
  resolvers: [OrganizationResolver],
  loaders,
  nodes: { Organization: (ctx, ids) => loadNodes((k) => ctx.loaders.organizationById.loadMany(k), ids) },
  // retireArea's AREA_IN_USE; the area paths it copies follow an area's move (moveArea)
  hooks: { areaInUseSql: organizationsInAreaSql, areaPathsMoved: (em, move) => moveAreaPaths(em, 'organization', move) },
};

// what other modules use of this one
export { OrganizationEntity } from './organization.entity.js';
export { OrganizationKind, RESIDENT_UNIT_KINDS } from './organization.enums.js';
export { organizationEvent } from './organization.service.js';
export { ORGANIZATION, ORGANIZATION_COLUMNS, toOrganization } from './organization.reads.js';
export { Organization } from './organization.type.js';
