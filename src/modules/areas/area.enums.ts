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
