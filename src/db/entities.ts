import { AreaEntity } from '../modules/areas/area.entity.js';
import { HolidayEntity } from '../modules/calendar/holiday.entity.js';
import { OrganizationEntity } from '../modules/organizations/organization.entity.js';
import { AvailabilityObservationEntity } from '../modules/resources/availability-observation.entity.js';
import { ResourceEntity } from '../modules/resources/resource.entity.js';
import { agreementEntities } from '../modules/agreements/index.js';
import { demandEntities } from '../modules/demands/index.js';
import { projectEntities } from '../modules/projects/index.js';
import { matchingEntities } from '../modules/matching/index.js';

/** Listed, not globbed: the same list works from dist/*.js and from Vitest's .ts (tsc's and Vite's module paths differ). */
export const entities = [
  AreaEntity,
  OrganizationEntity,
  ResourceEntity,
  AvailabilityObservationEntity,
  HolidayEntity,
  ...agreementEntities,
  ...demandEntities,
  ...projectEntities,
  ...matchingEntities,
];
