import DataLoader from 'dataloader';
import type pg from 'pg';
import { connectionOf, parsePageArgs, type PageArgs } from '../../read/page.js';
import { SqlParams } from '../../read/params.js';
import { encodeCursor } from '../../shared/cursor.js';
import { notFound } from '../../shared/errors.js';
import { periodBoundsSql, periodKey, type Period } from '../../shared/period.js';
import type { Connection } from '../../shared/relay.js';
import type { Viewer } from '../../shared/viewer.js';
import { AreaKind } from '../areas/index.js';
import { maskedName } from '../volunteers/index.js';
import type { PointsEntryKind } from './points.enums.js';
import { ledgerVisibleSql, seesLedgerActors } from './points.rules.js';
import type { PointsEntry, PointsRule, VolunteerRank } from './points.type.js';

interface EntryRow {
  id: string;
  volunteer_id: string;
  kind: PointsEntryKind;
  points: number;
  minutes: number | null;
  source_type: string | null;
  source_id: string | null;
  area_id: string;
  reason: string | null;
  actor_id: string;
  actor_role: string;
  at: Date;
}

const ENTRY_COLUMNS = `e.id::text as id, e.volunteer_id::text as volunteer_id, e.kind, e.points, e.minutes, e.source_type,
  e.source_id::text as source_id, e.area_id::text as area_id, e.reason, e.actor_id, e.actor_role, e.at`;

/** A line as the viewer may see it: the actor's account only for staff of the home community and above, and the actor. */
function toEntry(row: EntryRow, viewer: Viewer, staff: boolean): PointsEntry {
  const own = viewer.accountId !== null && viewer.accountId === row.actor_id;
  return {
    rowId: row.id,
    volunteerRowId: row.volunteer_id,
    sourceType: row.source_type,
    sourceRowId: row.source_id,
    areaRowId: row.area_id,
    kind: row.kind,
    points: row.points,
    minutes: row.minutes,
    reason: row.reason,
    at: row.at,
    actor: { id: staff || own ? row.actor_id : row.actor_role, role: row.actor_role },
  };
}

export const LEDGER_LIST_KEY = 'pointsLedger';

/**
 * One page of a volunteer's ledger, newest first, in one statement that also checks the viewer may read it:
 * NOT_FOUND when the volunteer does not exist or the ledger is not the viewer's to read. `totalCount` is a
 * second statement, only when selected.
 */
export async function readLedger(pool: pg.Pool, viewer: Viewer, volunteerRowId: string, args: PageArgs): Promise<Connection<PointsEntry>> {
  const page = parsePageArgs({ first: args.first, after: args.after }, LEDGER_LIST_KEY);
  const p = new SqlParams([volunteerRowId]);
  const visible = ledgerVisibleSql(viewer, p);
  const after = page.afterId === null ? '' : `and e.id < ${p.add(page.afterId)}::bigint`;
  const { rows } = await pool.query<{ home_path: string } & { [K in keyof EntryRow]: EntryRow[K] | null }>(
    `select v.area_path as home_path, e.*
     from volunteer v
     left join lateral (
       select ${ENTRY_COLUMNS} from points_entry e
       where e.volunteer_id = v.id ${after}
       order by e.id desc limit ${p.add(page.limit + 1)}
     ) e on true
     where v.id = $1::bigint and ${visible}
     order by e.id::bigint desc`,
    p.values,
  );
  if (!rows.length) throw notFound('volunteerId', 'volunteer');
  const staff = seesLedgerActors(viewer, rows[0].home_path);
  const entries = rows.filter((row) => row.id !== null) as unknown as EntryRow[];
  return connectionOf(
    entries,
    page,
    (row) => ({ cursor: encodeCursor([LEDGER_LIST_KEY, row.id]), node: toEntry(row, viewer, staff) }),
    () => pool.query<{ n: number }>('select count(*)::int as n from points_entry where volunteer_id = $1::bigint', [volunteerRowId]).then((r) => r.rows[0].n),
  );
}

/** Each volunteer's balance (the sum of their ledger), for volunteers the viewer already sees: one statement a batch. */
export function pointsByVolunteerIdLoader(pool: pg.Pool) {
  return new DataLoader<string, number>(
    async (ids) => {
      const { rows } = await pool.query<{ volunteer_id: string; points: number }>(
        `select volunteer_id::text as volunteer_id, sum(points)::int as points from points_entry where volunteer_id = any($1::bigint[]) group by volunteer_id`,
        [ids],
      );
      const byId = new Map(rows.map((row) => [row.volunteer_id, row.points]));
      return ids.map((id) => byId.get(id) ?? 0);
    },
    { maxBatchSize: 500 },
  );
}

/** Communities' rates by area row id, the default where a community set none: public, one statement a batch. */
export function pointsRuleByAreaIdLoader(pool: pg.Pool, defaultPointsPerHour: number) {
  return new DataLoader<string, PointsRule>(
    async (ids) => {
      const { rows } = await pool.query<{ area_id: string; points_per_hour: number; updated_at: Date; version: number }>(
        `select area_id::text as area_id, points_per_hour, updated_at, version from points_rule where area_id = any($1::bigint[])`,
        [ids],
      );
      const byId = new Map(rows.map((row) => [row.area_id, row]));
      return ids.map((id) => {
        const row = byId.get(id);
        return row
          ? { areaRowId: id, pointsPerHour: row.points_per_hour, isDefault: false, setAt: row.updated_at, version: row.version }
          : { areaRowId: id, pointsPerHour: defaultPointsPerHour, isDefault: true, setAt: null, version: null };
      });
    },
    { maxBatchSize: 500 },
  );
}

/** Whose volunteers an area ranks: by home community above a grid; below a community, those whose grid is the area or below it. */
export interface RankingScope {
  path: string;
  communityPath: string | null;
}

const BELOW_COMMUNITY: readonly AreaKind[] = [AreaKind.GRID, AreaKind.BUILDING];

export function rankingScope(area: { path: string; kind: AreaKind }): RankingScope {
  // streets and communities always sit at path positions 1 and 2: '/district/street/community/…'
  const communityPath = BELOW_COMMUNITY.includes(area.kind) ? `${area.path.split('/').slice(0, 4).join('/')}/` : null;
  return { path: area.path, communityPath };
}

export interface RankingKey {
  scope: RankingScope;
  period: Period;
  first: number;
}

const rankingKey = (k: RankingKey) => `${periodKey(k.period)}|${k.first}|${k.scope.path}`;

interface RankRow {
  path: string;
  volunteer_id: string;
  real_name: string;
  visible: boolean;
  points: number;
  minutes: number;
  rank: number;
}

/**
 * Areas' rankings for a period: volunteers of each area (RankingScope) by the points of their ledger lines
 * written in the period, most first, ties by volunteer id, at most `first` an area. One statement per distinct
 * (period, first) in a batch (an operation usually asks one), whatever the number of areas. Names leave the
 * loader masked unless the viewer may read the volunteer's ledger.
 */
export function volunteerRankingLoader(pool: pg.Pool, viewer: Viewer, timeZone: string) {
  return new DataLoader<RankingKey, VolunteerRank[], string>(
    async (keys) => {
      const result = new Map<string, VolunteerRank[]>();
      const groups = new Map<string, RankingKey[]>();
      for (const k of keys) {
        const g = `${periodKey(k.period)}|${k.first}`;
        if (!groups.has(g)) groups.set(g, []);
        groups.get(g)!.push(k);
      }
      for (const group of groups.values()) {
        const { period, first } = group[0];
        const scopes = [...new Map(group.map((k) => [k.scope.path, k.scope])).values()];
        const p = new SqlParams([scopes.map((s) => s.path), scopes.map((s) => s.communityPath)]);
        const { start, end } = periodBoundsSql(p.add(period.from), p.add(period.to), p.add(timeZone));
        const visible = ledgerVisibleSql(viewer, p);
        const { rows } = await pool.query<RankRow>(
          `select s.path, r.*
           from unnest($1::text[], $2::text[]) as s(path, community)
           cross join lateral (
             select v.id::text as volunteer_id, v.real_name, ${visible} as visible, t.points, t.minutes,
                    row_number() over (order by t.points desc, v.id)::int as rank
             from volunteer v
             cross join lateral (
               select sum(e.points)::int as points, coalesce(sum(e.minutes), 0)::int as minutes, count(*) as lines
               from points_entry e where e.volunteer_id = v.id and e.at >= ${start} and e.at < ${end}
             ) t
             where t.lines > 0 and (
               (s.community is null and v.area_path >= s.path and v.area_path < s.path || '~')
               or (s.community is not null and v.area_path = s.community
                   and exists (select 1 from area g where g.id = v.grid_id and g.path >= s.path and g.path < s.path || '~')))
             order by t.points desc, v.id
             limit ${p.add(first)}
           ) r
           order by s.path, r.rank`,
          p.values,
        );
        for (const scope of scopes) result.set(rankingKey({ scope, period, first }), []);
        for (const row of rows) {
          result.get(rankingKey({ scope: { path: row.path, communityPath: null }, period, first }))!.push({
            volunteerRowId: row.volunteer_id,
            visible: row.visible,
            rank: row.rank,
            points: row.points,
            minutes: row.minutes,
            volunteerName: row.visible ? row.real_name : maskedName(row.real_name),
          });
        }
      }
      return keys.map((k) => result.get(rankingKey(k))!);
    },
    { cacheKeyFn: rankingKey },
  );
}
