import DataLoader from 'dataloader';
import type pg from 'pg';
import { byIdLoader } from '../../read/by-id.js';
import { historyLoader, listLoader } from '../../read/list-loader.js';
import { SqlParams } from '../../read/params.js';
import { column, idColumn, readAll, selectAll, type TypeDef } from '../../read/compile.js';
import type { Viewer } from '../../shared/viewer.js';
import { AREA, AreaUseKind, type AreaUseSql } from '../areas/index.js';
import { ORGANIZATION } from '../organizations/index.js';
import { LIVE_VOLUNTEER_STATUSES, VolunteerTeamStatus, type VolunteerHistoryAction, type VolunteerStatus } from './volunteer.enums.js';
import { maskedName, volunteerVisibleSql } from './volunteer.rules.js';
import { Volunteer, VolunteerTeam } from './volunteer.type.js';

/** How a Volunteer is read: each column declared once (src/read/compile.ts). */
export const VOLUNTEER: TypeDef<Volunteer> = {
  typename: 'Volunteer',
  table: 'volunteer',
  prototype: Volunteer.prototype,
  base: {
    areaRowId: idColumn('area_id'),
    areaPath: column('area_path'),
    gridRowId: idColumn('grid_id'),
    employerRowId: idColumn('employer_id'),
    reportedByRowId: idColumn('reported_by_id'),
    accountId: column('account_id'),
  },
  props: {
    realName: column('real_name'),
    phone: column('phone'),
    status: column('status'),
    isPartyMember: column('is_party_member'),
    isInService: column('is_in_service'),
    skills: column('skills'),
    skillsNote: column('skills_note'),
    storedWindows: column('windows'),
    claimExpiresAt: column('claim_expires_at'),
    statusReason: column('status_reason'),
    approvedAt: column('approved_at'),
    version: column('version'),
    createdAt: column('created_at'),
    updatedAt: column('updated_at'),
  },
  serves: { windows: ['storedWindows'] },
  relations: {
    homeCommunity: { target: () => AREA, foreignKey: 'area_id', optional: false },
    grid: { target: () => AREA, foreignKey: 'grid_id', optional: true },
    employer: { target: () => ORGANIZATION, foreignKey: 'employer_id', optional: true },
    reportedBy: { target: () => ORGANIZATION, foreignKey: 'reported_by_id', optional: true },
  },
};

export const VOLUNTEER_COLUMNS = selectAll(VOLUNTEER, 'v');
export const toVolunteer = readAll(VOLUNTEER);

/** How a VolunteerTeam is read. Teams are public; their members are not (`membersByTeamId`). */
export const VOLUNTEER_TEAM: TypeDef<VolunteerTeam> = {
  typename: 'VolunteerTeam',
  table: 'volunteer_team',
  prototype: VolunteerTeam.prototype,
  base: {
    areaRowId: idColumn('area_id'),
    areaPath: column('area_path'),
    leaderRowId: idColumn('leader_id'),
  },
  props: {
    name: column('name'),
    description: column('description'),
    status: column('status'),
    disbandReason: column('disband_reason'),
    disbandedAt: column('disbanded_at'),
    version: column('version'),
    createdAt: column('created_at'),
    updatedAt: column('updated_at'),
  },
  relations: {
    area: { target: () => AREA, foreignKey: 'area_id', optional: false },
  },
};

export const TEAM_COLUMNS = selectAll(VOLUNTEER_TEAM, 't');
export const toTeam = readAll(VOLUNTEER_TEAM);

/** Volunteers by id for `node`, events' subjects and payloads: what the viewer may not see comes back null. */
export function volunteerByIdLoader(pool: pg.Pool, viewer: Viewer) {
  const p = new SqlParams([null]);
  const visible = volunteerVisibleSql(viewer, p);
  return byIdLoader(pool, `select ${VOLUNTEER_COLUMNS} from volunteer v where v.id = any($1::bigint[]) and ${visible}`, toVolunteer, p.values.slice(1));
}

export function teamByIdLoader(pool: pg.Pool) {
  return byIdLoader(pool, `select ${TEAM_COLUMNS} from volunteer_team t where t.id = any($1::bigint[])`, toTeam);
}

/**
 * Lists under volunteers and teams. A volunteer was visible when its field was asked for; a team is public,
 * so its members and leader are filtered by volunteer visibility here, and its size is a public count.
 */
export function createVolunteerListLoaders(pool: pg.Pool, viewer: Viewer) {
  const memberParams = new SqlParams([null]);
  const memberVisible = volunteerVisibleSql(viewer, memberParams, 'v');
  const leaderParams = new SqlParams([null]);
  const leaderVisible = volunteerVisibleSql(viewer, leaderParams, 'v');
  return {
    historyByVolunteerId: historyLoader<VolunteerHistoryAction, VolunteerStatus>(pool, 'volunteer_history', 'volunteer_id'),
    /** The members of teams that the viewer may see, in id order. */
    membersByTeamId: listLoader<{ team_id: string } & Record<string, unknown>, Volunteer>(
      pool,
      'team_id',
      `select m.team_id, ${VOLUNTEER_COLUMNS} from volunteer_team_member m join volunteer v on v.id = m.volunteer_id
       where m.team_id = any($1::bigint[]) and ${memberVisible} order by m.team_id, v.id`,
      toVolunteer,
      memberParams.values.slice(1),
    ),
    /** How many members each team has, whoever asks: counts are public. */
    memberCountByTeamId: new DataLoader<string, number>(async (ids) => {
      const { rows } = await pool.query<{ team_id: string; n: number }>(
        `select team_id, count(*)::int as n from volunteer_team_member where team_id = any($1::bigint[]) group by team_id`,
        [ids],
      );
      const counts = new Map(rows.map((row) => [String(row.team_id), row.n]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    /** A team leader's name as the viewer may see it: whole where the leader is visible, else masked (王某某). */
    leaderNameByTeamId: new DataLoader<string, string | null>(async (ids) => {
      const { rows } = await pool.query<{ id: string; real_name: string; visible: boolean }>(
        `select t.id, v.real_name, ${leaderVisible} as visible from volunteer_team t join volunteer v on v.id = t.leader_id
         where t.id = any($1::bigint[])`,
        [ids, ...leaderParams.values.slice(1)],
      );
      const names = new Map(rows.map((row) => [String(row.id), row.visible ? row.real_name : maskedName(row.real_name)]));
      return ids.map((id) => names.get(id) ?? null);
    }),
    /** The teams a volunteer belongs to (they are public), in id order. */
    teamsByVolunteerId: listLoader<{ volunteer_id: string } & Record<string, unknown>, VolunteerTeam>(
      pool,
      'volunteer_id',
      `select m.volunteer_id, ${TEAM_COLUMNS} from volunteer_team_member m join volunteer_team t on t.id = m.team_id
       where m.volunteer_id = any($1::bigint[]) order by m.volunteer_id, t.id`,
      toTeam,
    ),
    /** The record of each account (a VOLUNTEER's own, for `viewer.volunteer`). */
    volunteerByAccount: new DataLoader<string, Volunteer | null>(async (accounts) => {
      const { rows } = await pool.query(`select ${VOLUNTEER_COLUMNS} from volunteer v where v.account_id = any($1::text[])`, [accounts]);
      const byAccount = new Map(rows.map((row) => [String(row.account_id), toVolunteer(row)]));
      return accounts.map((a) => byAccount.get(a) ?? null);
    }),
  };
}

/**
 * `retireArea`: live volunteers (APPLIED, APPROVED, SUSPENDED) whose home community is the area or below it,
 * or whose grid is, and ACTIVE teams there, keep it in use (the `areaInUseSql` hook).
 */
export function volunteersInAreaSql(p: SqlParams, below: (alias: string) => string): AreaUseSql[] {
  const live = p.add(LIVE_VOLUNTEER_STATUSES);
  return [
    {
      kind: AreaUseKind.VOLUNTEER,
      // a grid's volunteers live in the community above it: counted by their grid's path
      count: `(select count(*) from volunteer v where (${below('v')}
          or exists (select 1 from (select g.path as area_path from area g where g.id = v.grid_id) vg where ${below('vg')}))
        and v.status = any(${live}::text[]))`,
    },
    { kind: AreaUseKind.VOLUNTEER_TEAM, count: `(select count(*) from volunteer_team t where ${below('t')} and t.status = ${p.add(VolunteerTeamStatus.ACTIVE)})` },
  ];
}
