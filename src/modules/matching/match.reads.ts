import DataLoader from 'dataloader';
import type pg from 'pg';
import { toGlobalId } from '../../shared/global-id.js';
import { areaScope, type Viewer } from '../../shared/viewer.js';
import type { ResourceKind } from '../resources/index.js';
import type { MatchAction, MatchStatus } from './match.enums.js';
import { Match, MatchRun, type CommunityFillRate, type MatchHistoryEntry } from './match.type.js';
import { matchVisibleSql } from './match.rules.js';

export interface MatchRow {
  id: string;
  demand_id: string;
  resource_id: string;
  organization_id: string;
  agreement_id: string;
  area_path: string;
  quantity: number;
  score: number;
  explanation: Record<string, unknown>;
  status: MatchStatus;
  at_risk: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const MATCH_COLUMNS = `m.id, m.demand_id, m.resource_id, m.organization_id, m.agreement_id, m.area_path, m.quantity, m.score,
  m.explanation, m.status, m.at_risk, m.version, m.created_at, m.updated_at`;

export function toMatch(row: MatchRow): Match {
  return Object.assign(Object.create(Match.prototype) as Match, {
    __typename: 'Match' as const,
    id: toGlobalId('Match', row.id),
    rowId: String(row.id),
    demandRowId: String(row.demand_id),
    resourceRowId: String(row.resource_id),
    agreementRowId: String(row.agreement_id),
    organizationRowId: String(row.organization_id),
    areaPath: row.area_path,
    quantity: row.quantity,
    score: row.score,
    explanation: row.explanation,
    status: row.status,
    atRisk: row.at_risk,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export interface MatchRunRow {
  id: string;
  area_id: string;
  kinds: ResourceKind[];
  demands_served: number;
  quantity_served: number;
  quantity_unmet: number;
  fill_rate_by_community: { areaId: string; quantity: number; served: number }[];
  objective: string;
  proposed_count: number;
  superseded_count: number;
  time_taken_ms: number;
  started_at: Date;
  finished_at: Date;
  actor_id: string;
  actor_role: string;
}

export const MATCH_RUN_COLUMNS = `x.id, x.area_id, x.kinds, x.demands_served, x.quantity_served, x.quantity_unmet, x.fill_rate_by_community,
  x.objective, x.proposed_count, x.superseded_count, x.time_taken_ms, x.started_at, x.finished_at, x.actor_id, x.actor_role`;

export function toMatchRun(row: MatchRunRow): MatchRun {
  const fill: CommunityFillRate[] = row.fill_rate_by_community.map((c) => ({
    areaRowId: c.areaId,
    communityId: toGlobalId('Area', c.areaId),
    quantity: c.quantity,
    served: c.served,
    fillRate: c.quantity === 0 ? 1 : c.served / c.quantity,
  }));
  return Object.assign(Object.create(MatchRun.prototype) as MatchRun, {
    __typename: 'MatchRun' as const,
    id: toGlobalId('MatchRun', row.id),
    rowId: String(row.id),
    areaRowId: String(row.area_id),
    kinds: row.kinds,
    demandsServed: row.demands_served,
    quantityServed: row.quantity_served,
    quantityUnmet: row.quantity_unmet,
    fillRateByCommunity: fill,
    objective: Number(row.objective),
    proposedCount: row.proposed_count,
    supersededCount: row.superseded_count,
    timeTakenMs: row.time_taken_ms,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    actor: { id: row.actor_id, role: row.actor_role },
  });
}

/** Matches by id, as the viewer may see them (others load as null). */
export function matchByIdLoader(pool: pg.Pool, viewer: Viewer) {
  return new DataLoader<string, Match | null>(async (ids) => {
    const params: unknown[] = [ids];
    const add = (v: unknown) => (params.push(v), `$${params.length}`);
    const { rows } = await pool.query<MatchRow>(
      `select ${MATCH_COLUMNS} from match m where m.id = any($1::bigint[]) and ${matchVisibleSql(viewer, add)}`,
      params,
    );
    const byId = new Map(rows.map((r) => [String(r.id), toMatch(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Histories of matches the viewer already sees (a field of a visible node), oldest first. */
export function matchHistoryLoader(pool: pg.Pool) {
  return new DataLoader<string, MatchHistoryEntry[]>(async (ids) => {
    const { rows } = await pool.query<{ match_id: string; action: MatchAction; from_status: MatchStatus | null; to_status: MatchStatus; actor_id: string; actor_role: string; reason: string | null; at: Date }>(
      `select match_id, action, from_status, to_status, actor_id, actor_role, reason, at from match_history
       where match_id = any($1::bigint[]) order by match_id, id`,
      [ids],
    );
    const out = new Map<string, MatchHistoryEntry[]>(ids.map((id) => [id, []]));
    for (const r of rows) {
      out.get(String(r.match_id))!.push({
        action: r.action,
        fromStatus: r.from_status,
        toStatus: r.to_status,
        actor: { id: r.actor_id, role: r.actor_role },
        reason: r.reason,
        at: r.at,
      });
    }
    return ids.map((id) => out.get(id)!);
  });
}

/** Matches the viewer may see, of each demand (`column` = demand_id) or resource (resource_id), in id order. */
export function matchesByLoader(pool: pg.Pool, viewer: Viewer, column: 'demand_id' | 'resource_id') {
  return new DataLoader<string, Match[]>(async (ids) => {
    const params: unknown[] = [ids];
    const add = (v: unknown) => (params.push(v), `$${params.length}`);
    const { rows } = await pool.query<MatchRow>(
      `select ${MATCH_COLUMNS} from match m where m.${column} = any($1::bigint[]) and ${matchVisibleSql(viewer, add)} order by m.id`,
      params,
    );
    const out = new Map<string, Match[]>(ids.map((id) => [id, []]));
    for (const r of rows) out.get(String(r[column]))!.push(toMatch(r));
    return ids.map((id) => out.get(id)!);
  });
}

/** Runs by id, for staff of the run's area and above. */
export function matchRunByIdLoader(pool: pg.Pool, viewer: Viewer) {
  return new DataLoader<string, MatchRun | null>(async (ids) => {
    const scope = areaScope(viewer);
    if (scope === null) return ids.map(() => null);
    const { rows } = await pool.query<MatchRunRow>(
      `select ${MATCH_RUN_COLUMNS} from match_run x where x.id = any($1::bigint[]) and x.area_path like $2`,
      [ids, `${scope}%`],
    );
    const byId = new Map(rows.map((r) => [String(r.id), toMatchRun(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
