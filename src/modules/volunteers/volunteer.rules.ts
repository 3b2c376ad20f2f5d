import type { SqlParams } from '../../read/params.js';
import { actsForOrganization, administersArea, areaScope, isBelow, Role, type Viewer } from '../../shared/viewer.js';

/*
 * Volunteers' names and phones are private (docs/architecture.md, "Who may do what"; DESIGN "Identity and
 * privacy"): a Volunteer is visible, whole, to the volunteer themself, to staff of their home community and
 * above (area roles whose area is the community or an ancestor: not a grid's worker), and to the admin of
 * their employer unit (or of the unit that reported them). Nobody else sees it by any path: only the public
 * counts of `Area.volunteerStatistics`, and names masked as 王某某 where a public view names someone (a team's
 * leader). Every read of volunteers compiles `volunteerVisibleSql` into its statement.
 */

/** Who may see a volunteer, as one SQL predicate over the volunteer table read as `alias`. */
export function volunteerVisibleSql(viewer: Viewer, p: SqlParams, alias = 'v'): string {
  const clauses: string[] = [];
  const scope = areaScope(viewer);
  if (scope !== null) clauses.push(`${alias}.area_path like ${p.add(`${scope}%`)}`);
  if (viewer.role === Role.UNIT_ADMIN && viewer.organizationId !== null) {
    const unit = p.add(viewer.organizationId);
    clauses.push(`(${alias}.employer_id = ${unit}::bigint or ${alias}.reported_by_id = ${unit}::bigint)`);
  }
  if (viewer.role === Role.VOLUNTEER && viewer.accountId !== null) clauses.push(`${alias}.account_id = ${p.add(viewer.accountId)}`);
  return clauses.length ? `(${clauses.join(' or ')})` : 'false';
}

/** What the rules below need to know of a volunteer's record. */
export interface VolunteerFacts {
  areaPath: string;
  accountId: string | null;
  employerId: string | null;
  reportedById: string | null;
}

export function isSelf(viewer: Viewer, f: VolunteerFacts): boolean {
  return viewer.role === Role.VOLUNTEER && viewer.accountId !== null && f.accountId === viewer.accountId;
}

/** The same rule as `volunteerVisibleSql`, for rows already loaded. */
export function volunteerVisible(viewer: Viewer, f: VolunteerFacts): boolean {
  return (
    isBelow(f.areaPath, areaScope(viewer)) ||
    (f.employerId !== null && actsForOrganization(viewer, f.employerId)) ||
    (f.reportedById !== null && actsForOrganization(viewer, f.reportedById)) ||
    isSelf(viewer, f)
  );
}

/** Approving, rejecting, suspending, reinstating: admins of the home community and above (not grid workers, not units). */
export function canDecideVolunteer(viewer: Viewer, f: VolunteerFacts): boolean {
  return administersArea(viewer, f.areaPath);
}

/** Changing a volunteer's details: the volunteer themself, or admins of the home community and above. */
export function canUpdateVolunteer(viewer: Viewer, f: VolunteerFacts): boolean {
  return isSelf(viewer, f) || administersArea(viewer, f.areaPath);
}

/** Forming, changing and disbanding a team: admins of the team's street or community, or above. */
export function canManageTeam(viewer: Viewer, areaPath: string): boolean {
  return administersArea(viewer, areaPath);
}

/**
 * A name as public views show it (DESIGN "Identity and privacy"): the family name and 某某, e.g. 王某某;
 * a two-character compound family name (欧阳, 司马…) keeps both characters.
 */
export function maskedName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '某某';
  const family = chars.length >= 3 && COMPOUND_FAMILY_NAMES.has(chars[0] + chars[1]) ? chars[0] + chars[1] : chars[0];
  return `${family}某某`;
}

const COMPOUND_FAMILY_NAMES = new Set(['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '司徒', '夏侯', '长孙', '宇文']);
