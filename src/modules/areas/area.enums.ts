import { registerEnumType } from 'type-graphql';
/** Levels of the district's administrative tree, top to bottom. */
export enum AreaKind {
  DISTRICT = 'DISTRICT',
  STREET = 'STREET',
  COMMUNITY = 'COMMUNITY',
  GRID = 'GRID',
  BUILDING = 'BUILDING',
}

registerEnumType(AreaKind, {
  name: 'AreaKind',
  description: 'Levels of the district\'s tree, top to bottom.',
  valuesConfig: {
    DISTRICT: { description: 'The district (区): the whole hub\'s territory.' },
    STREET: { description: 'A street (街道): an administrative sub-district.' },
    COMMUNITY: { description: 'A residents\' community (社区) under a street.' },
    GRID: { description: 'A grid (网格): a block of buildings in a community, looked after by a grid worker.' },
    BUILDING: { description: 'A residential building or building group (楼栋).' },
  },
});

export const AREA_KIND_DEPTH: Record<AreaKind, number> = {
  [AreaKind.DISTRICT]: 0,
  [AreaKind.STREET]: 1,
  [AreaKind.COMMUNITY]: 2,
  [AreaKind.GRID]: 3,
  [AreaKind.BUILDING]: 4,
};

/** What an area_history row records. */
export enum AreaAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  MOVE = 'MOVE',
  RETIRE = 'RETIRE',
}

/** An area's life, as area_history records it: live until retired. */
export enum AreaStatus {
  LIVE = 'LIVE',
  RETIRED = 'RETIRED',
}

/** The deepest grid level (三级网格). */
export const MAX_GRID_LEVEL = 3;

/** What keeps an area from being retired: retireArea's AREA_IN_USE counts one of each. */
export enum AreaUseKind {
  CHILD_AREA = 'CHILD_AREA',
  ORGANIZATION = 'ORGANIZATION',
  RESOURCE = 'RESOURCE',
  AGREEMENT = 'AGREEMENT',
  DEMAND = 'DEMAND',
  DEMAND_LIST = 'DEMAND_LIST',
  PROJECT = 'PROJECT',
  VOLUNTEER = 'VOLUNTEER',
  VOLUNTEER_TEAM = 'VOLUNTEER_TEAM',
}

registerEnumType(AreaUseKind, {
  name: 'AreaUseKind',
  description: 'What keeps an area in use, so that retireArea refuses it (AREA_IN_USE); each counted at the area and everywhere below it.',
  valuesConfig: {
    CHILD_AREA: { description: 'Live (not retired) areas below it: retire them first.' },
    ORGANIZATION: { description: 'Resident units stationed there: move them to another area first.' },
    RESOURCE: { description: 'Resources not WITHDRAWN.' },
    AGREEMENT: { description: 'Sharing agreements made with it that are neither TERMINATED nor EXPIRED (drafts included, discarded ones not; EXPIRED as the clock says, before the sweeper records it).' },
    DEMAND: { description: 'Demands in a live status (POSTED, PLACED, PARTIALLY_MATCHED, MATCHED and not past their end date).' },
    DEMAND_LIST: { description: 'Demand lists not CLOSED.' },
    PROJECT: { description: 'Projects neither DONE, EVALUATED nor CANCELLED.' },
    VOLUNTEER: { description: 'Volunteers whose home community it is (or whose grid), APPLIED, APPROVED or SUSPENDED.' },
    VOLUNTEER_TEAM: { description: 'ACTIVE volunteer teams of the area.' },
  },
});
