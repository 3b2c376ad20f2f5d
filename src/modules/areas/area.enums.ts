/** Levels of the district's administrative tree, top to bottom. */
export enum AreaKind {
  DISTRICT = 'DISTRICT',
  STREET = 'STREET',
  COMMUNITY = 'COMMUNITY',
  GRID = 'GRID',
  BUILDING = 'BUILDING',
}

export const AREA_KIND_DEPTH: Record<AreaKind, number> = {
  [AreaKind.DISTRICT]: 0,
  [AreaKind.STREET]: 1,
  [AreaKind.COMMUNITY]: 2,
  [AreaKind.GRID]: 3,
  [AreaKind.BUILDING]: 4,
};
