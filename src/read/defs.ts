import { toArea } from '../modules/areas/area.reads.js';
import type { Area, AreaRow } from '../modules/areas/area.type.js';
import { toOrganization } from '../modules/organizations/organization.reads.js';
import type { Organization, OrganizationRow } from '../modules/organizations/organization.type.js';
import { toResource } from '../modules/resources/resource.reads.js';
import type { Resource, ResourceRow } from '../modules/resources/resource.type.js';
import type { TypeDef } from './compile.js';

// `base` starts with id: the planner reads a joined object's presence from its first column

export const AREA: TypeDef<Area> = {
  table: 'area',
  base: ['id', 'parent_id', 'path'],
  fields: { kind: ['kind'], name: ['name'], code: ['code'], centroid: ['lat', 'lng'] },
  relations: { parent: { target: () => AREA, foreignKey: 'parent_id', optional: true } },
  build: (row) => toArea(row as unknown as AreaRow),
};

export const ORGANIZATION: TypeDef<Organization> = {
  table: 'organization',
  base: ['id', 'area_id', 'area_path'],
  fields: {
    kind: ['kind'],
    name: ['name'],
    address: ['address'],
    location: ['lat', 'lng'],
    description: ['description'],
    contactName: ['contact_name'],
    contactPhone: ['contact_phone'],
    version: ['version'],
    createdAt: ['created_at'],
    updatedAt: ['updated_at'],
  },
  relations: { area: { target: () => AREA, foreignKey: 'area_id', optional: false } },
  build: (row) => toOrganization(row as unknown as OrganizationRow),
};

export const RESOURCE: TypeDef<Resource> = {
  table: 'resource',
  base: ['id', 'organization_id', 'area_id', 'area_path', 'status'],
  fields: {
    kind: ['kind'],
    title: ['title'],
    description: ['description'],
    address: ['address'],
    location: ['lat', 'lng'],
    capacity: ['capacity'],
    capacityUnit: ['capacity_unit'],
    accessMode: ['access_mode'],
    audiences: ['audiences'],
    windows: ['windows'],
    exceptions: ['exceptions'],
    isOpenNow: ['windows', 'exceptions'],
    nextOpenAt: ['windows', 'exceptions'],
    latestAvailability: ['latest_free_count', 'latest_observed_at'],
    version: ['version'],
    publishedAt: ['published_at'],
    createdAt: ['created_at'],
    updatedAt: ['updated_at'],
  },
  relations: {
    organization: { target: () => ORGANIZATION, foreignKey: 'organization_id', optional: false },
    area: { target: () => AREA, foreignKey: 'area_id', optional: false },
  },
  build: (row) => toResource(row as unknown as ResourceRow),
};
