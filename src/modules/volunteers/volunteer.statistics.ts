import DataLoader from 'dataloader';
import type pg from 'pg';
import { AreaKind } from '../areas/index.js';
import { ORGANIZATION_COLUMNS, toOrganization, type Organization } from '../organizations/index.js';
import { VolunteerStatus } from './volunteer.enums.js';

/**
 * Public counts of an area's volunteers: never a name or a phone, only numbers and the employer units (which
 * are public). An area counts the records whose home community is the area or below it, by `area_path`; a grid
 * (or anything else below a community) counts those whose grid is it or below it. Both are one statement per
 * batch of areas.
 */

/** Whose volunteers: the area's path and, below a community, the home community's path (the records' `area_path`). */
export interface StatisticsScope {
  path: string;
  communityPath: string | null;
}

export interface VolunteerCounts {
  total: number;
  byStatus: { status: VolunteerStatus; count: number }[];
  approved: number;
  partyMembers: number;
  inService: number;
  retired: number;
  reportedByUnits: number;
  teams: number;
  unitsReported: number;
}

export interface EmployerCount {
  organization: Organization;
  members: number;
  partyMembers: number;
}

const STATUSES = Object.values(VolunteerStatus);
const BELOW_COMMUNITY: readonly AreaKind[] = [AreaKind.GRID, AreaKind.BUILDING];

export function statisticsScope(area: { path: string; kind: AreaKind }): StatisticsScope {
  // streets and communities always sit at path positions 1 and 2: '/district/street/community/…'
  const communityPath = BELOW_COMMUNITY.includes(area.kind) ? `${area.path.split('/').slice(0, 4).join('/')}/` : null;
  return { path: area.path, communityPath };
}

/**
 * The volunteers of the scope `p` (p.path, p.community), with the columns the counts need: by path prefix above
 * a grid; for a grid, the home community's records whose grid is at or below it. Each branch is off by a
 * one-time filter when it does not apply, so both use the `area_path` index.
 */
const SCOPED = `
  select v.status, v.is_party_member, v.is_in_service, v.employer_id, v.reported_by_id from volunteer v
  where p.community is null and v.area_path >= p.path and v.area_path < p.path || '~'
  union all
  select v.status, v.is_party_member, v.is_in_service, v.employer_id, v.reported_by_id from volunteer v join area g on g.id = v.grid_id
  where p.community is not null and v.area_path = p.community and g.path >= p.path and g.path < p.path || '~'`;
const SCOPES = 'unnest($1::text[], $2::text[]) as p(path, community)';
const params = (scopes: readonly StatisticsScope[]) => [scopes.map((s) => s.path), scopes.map((s) => s.communityPath)];

interface CountsRow {
  path: string;
  total: number;
  by_status: number[];
  approved: number;
  party_members: number;
  in_service: number;
  retired: number;
  reported_by_units: number;
  units_reported: number;
  teams: number;
}

/** Every figure but the employers', for any number of areas in one statement; every status listed, zeros included. */
export function volunteerCountsLoader(pool: pg.Pool) {
  return new DataLoader<StatisticsScope, VolunteerCounts, string>(
    async (scopes) => {
      const approved = `v.status = '${VolunteerStatus.APPROVED}'`;
      const { rows } = await pool.query<CountsRow>(
        `select p.path, s.*,
           (select count(*)::int from volunteer_team t
            where t.status = 'ACTIVE' and t.area_path >= p.path and t.area_path < p.path || '~') as teams
         from ${SCOPES}
         cross join lateral (
           select count(*)::int as total,
             array[${STATUSES.map((status) => `count(*) filter (where v.status = '${status}')::int`).join(', ')}] as by_status,
             count(*) filter (where ${approved})::int as approved,
             count(*) filter (where ${approved} and v.is_party_member)::int as party_members,
             count(*) filter (where ${approved} and v.is_in_service)::int as in_service,
             count(*) filter (where ${approved} and not v.is_in_service)::int as retired,
             count(*) filter (where ${approved} and v.reported_by_id is not null)::int as reported_by_units,
             count(distinct v.employer_id) filter (where ${approved})::int as units_reported
           from (${SCOPED}) v
         ) s`,
        params(scopes),
      );
      const byPath = new Map(rows.map((row) => [row.path, row]));
      return scopes.map((scope) => {
        const row = byPath.get(scope.path)!;
        return {
          total: row.total,
          byStatus: STATUSES.map((status, i) => ({ status, count: row.by_status[i]! })),
          approved: row.approved,
          partyMembers: row.party_members,
          inService: row.in_service,
          retired: row.retired,
          reportedByUnits: row.reported_by_units,
          teams: row.teams,
          unitsReported: row.units_reported,
        };
      });
    },
    { cacheKeyFn: (scope) => scope.path },
  );
}

/**
 * Employer units by their APPROVED members in each area, most first, ties by id, at most `first` an area: one
 * statement per distinct `first` in a batch (an operation usually asks one).
 */
export function volunteerEmployersLoader(pool: pg.Pool) {
  return new DataLoader<{ scope: StatisticsScope; first: number }, EmployerCount[], string>(
    async (keys) => {
      const result = new Map<string, EmployerCount[]>();
      for (const first of new Set(keys.map((k) => k.first))) {
        const scopes = [...new Map(keys.filter((k) => k.first === first).map((k) => [k.scope.path, k.scope])).values()];
        const { rows } = await pool.query<{ stat_path: string; stat_members: number; stat_party: number } & Record<string, unknown>>(
          `select p.path as stat_path, e.members as stat_members, e.party as stat_party, ${ORGANIZATION_COLUMNS}
           from ${SCOPES}
           cross join lateral (
             select v.employer_id, count(*)::int as members, count(*) filter (where v.is_party_member)::int as party
             from (${SCOPED}) v
             where v.status = '${VolunteerStatus.APPROVED}' and v.employer_id is not null
             group by v.employer_id order by count(*) desc, v.employer_id limit $3
           ) e
           join organization o on o.id = e.employer_id
           order by p.path, e.members desc, e.employer_id`,
          [...params(scopes), first],
        );
        for (const scope of scopes) result.set(`${first}|${scope.path}`, []);
        for (const row of rows) {
          result.get(`${first}|${row.stat_path}`)!.push({ organization: toOrganization(row), members: row.stat_members, partyMembers: row.stat_party });
        }
      }
      return keys.map((k) => result.get(`${k.first}|${k.scope.path}`)!);
    },
    { cacheKeyFn: (k) => `${k.first}|${k.scope.path}` },
  );
}
