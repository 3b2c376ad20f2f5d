import { administersArea, Role, type Viewer } from '../../shared/viewer.js';
import { AreaKind, MAX_GRID_LEVEL } from './area.enums.js';

/*
 * Who may enter and edit areas (README, "Who may do what"): an admin of the area's parent, so the
 * district admin enters streets, a street admin communities, grids and buildings below their street, a
 * community admin grids and buildings below their community. No admin edits the area they are scoped to,
 * only what lies below it. Areas are public: anyone reads them.
 */

/** May `viewer` enter an area below `parentPath`, or edit one whose parent is there? */
export function mayAdministerChildOf(viewer: Viewer, parentPath: string | null): boolean {
  if (parentPath === null) return viewer.role === Role.DISTRICT_ADMIN; // the district itself
  return administersArea(viewer, parentPath);
}

/** The kinds an area of `kind` may be entered below. */
const PARENT_KINDS: Record<AreaKind, readonly AreaKind[]> = {
  [AreaKind.DISTRICT]: [],
  [AreaKind.STREET]: [AreaKind.DISTRICT],
  [AreaKind.COMMUNITY]: [AreaKind.STREET],
  [AreaKind.GRID]: [AreaKind.COMMUNITY, AreaKind.GRID],
  [AreaKind.BUILDING]: [AreaKind.GRID, AreaKind.COMMUNITY],
};

/**
 * Where an area of `kind` may go below `parent`: null when it may not (AREA_PARENT_KIND), else its grid
 * level (1 below a community, the parent's + 1 below a grid, at most 3; null for other kinds).
 */
export function placeBelow(kind: AreaKind, parent: { kind: AreaKind; gridLevel?: number | null }): { gridLevel: number | null } | null {
  if (!PARENT_KINDS[kind].includes(parent.kind)) return null;
  if (kind !== AreaKind.GRID) return { gridLevel: null };
  const gridLevel = parent.kind === AreaKind.GRID ? (parent.gridLevel ?? 1) + 1 : 1;
  return gridLevel <= MAX_GRID_LEVEL ? { gridLevel } : null;
}
