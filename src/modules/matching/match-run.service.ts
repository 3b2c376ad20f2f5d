import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { pgArray, sqlOf, type Sql } from '../../db/tx-query.js';
import { notFound, ok, type Outcome } from '../../shared/errors.js';
import { requireAllowed, requireSignedIn } from '../../shared/guards.js';
import { idOf } from '../../shared/input.js';
import { actorOf, administersArea } from '../../shared/viewer.js';
import { AreaEntity } from '../areas/index.js';
import { todayOf } from '../../shared/today.js';
import { EventType } from '../../outbox/event-types.js';
import type { EventDraft } from '../../outbox/outbox.js';
import { transact } from '../../outbox/transact.js';
import { connectedComponents, solveAssignment, type Assignment, type Instance } from './engine/index.js';
import { findCandidates, type CandidatePair, type CandidateSet } from './candidates.js';
import { MatchRunEntity } from './match.entity.js';
import type { RunMatchingInput } from './match.inputs.js';
import type { MatchRun } from './match.type.js';

// one run at a time: a run reads every open demand and proposal of its scope and rewrites the proposals
export const MATCHING_LOCK_KEY = 7_346_005;

export function matchEvent(type: EventType, m: { id: string; areaPath: string; organizationId: string }, data: Record<string, unknown> = {}): EventDraft {
  return { type, subjectType: 'Match', subjectId: m.id, areaPath: m.areaPath, organizationId: m.organizationId, isPublic: false, data };
}

/** The solver's assignments for a candidate set: `solveAssignment` on each connected component. */
export function solveCandidates(set: CandidateSet): Assignment[] {
  const instance: Instance = {
    demands: set.demands.map((d) => ({ id: d.id, quantity: d.openQuantity })),
    resources: set.resources.map((r) => ({ id: r.id, capacity: r.free })),
    pairs: set.pairs.map((p) => ({ demand: p.demandId, resource: p.resourceId, score: p.score, capacity: p.capacity })),
  };
  return connectedComponents(instance).flatMap((component) => (component.pairs.length ? solveAssignment(component).assignments : []));
}

/** '/1/2/4/7/' → '4': the community of a path below district and street (the path itself when shallower). */
function communityOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return parts[Math.min(2, parts.length - 1)];
}

/** The columns of a `LiveProposal`, from `match m`. */
export const LIVE_PROPOSAL_COLUMNS = `m.id::text as id, m.demand_id::text as demand_id, m.resource_id::text as resource_id,
  m.agreement_item_id::text as agreement_item_id, m.quantity, m.area_path, m.organization_id::text as organization_id`;

/** A PROPOSED match as the writers of a solution read it (locked FOR UPDATE by the caller). */
export interface LiveProposal {
  id: string;
  demand_id: string;
  resource_id: string;
  agreement_item_id: string;
  quantity: number;
  area_path: string;
  organization_id: string;
}

/** A proposal a solution makes that no live one reproduces. */
export interface FreshProposal {
  demandId: string;
  resourceId: string;
  organizationId: string;
  agreementId: string;
  agreementItemId: string;
  areaPath: string;
  quantity: number;
  score: number;
  explanation: CandidatePair['explanation'];
}

export interface PlannedSolution {
  assignments: Assignment[];
  pairs: Map<string, CandidatePair>;
  fresh: FreshProposal[];
  superseded: LiveProposal[];
}

/**
 * Solves `set` (each connected component exactly) and compares the result with `live`, the PROPOSED matches
 * of exactly the demands and resources `set` stands for: proposals the solution does not reproduce (same
 * demand, resource, agreement item and quantity) are to be SUPERSEDED, the others it makes are fresh.
 * Accepted matches are never touched. `writeSolution` writes it.
 */
export function planSolution(set: CandidateSet, live: LiveProposal[]): PlannedSolution {
  const assignments = solveCandidates(set);
  const pairs = new Map(set.pairs.map((p) => [`${p.demandId}:${p.resourceId}`, p]));
  const wanted = new Map(assignments.map((a) => [`${a.demand}:${a.resource}`, a]));
  const kept = new Set<string>();
  const superseded: LiveProposal[] = [];
  for (const m of live) {
    const key = `${m.demand_id}:${m.resource_id}`;
    const a = wanted.get(key);
    if (a && a.quantity === m.quantity && pairs.get(key)!.agreementItemId === String(m.agreement_item_id)) kept.add(key);
    else superseded.push(m);
  }
  const demandPath = new Map(set.demands.map((d) => [d.id, d.areaPath]));
  const organizationOf = new Map(set.resources.map((r) => [r.id, r.organizationId]));
  const fresh: FreshProposal[] = [];
  for (const a of assignments) {
    const key = `${a.demand}:${a.resource}`;
    if (kept.has(key)) continue;
    const pair = pairs.get(key)!;
    fresh.push({
      demandId: a.demand,
      resourceId: a.resource,
      organizationId: organizationOf.get(a.resource)!,
      agreementId: pair.agreementId,
      agreementItemId: pair.agreementItemId,
      areaPath: demandPath.get(a.demand)!,
      quantity: a.quantity,
      score: pair.score,
      explanation: pair.explanation,
    });
  }
  return { assignments, pairs, fresh, superseded };
}

/**
 * The writes of a solution as one statement (a round trip, whatever its size): the superseded proposals'
 * status, the fresh ones inserted, a history row for each (superseded first, as their events). Returns the
 * fresh proposals' ids by "demand:resource" (one proposal per pair).
 */
const WRITE_SOLUTION_SQL = `
  with sup as (
    update match set status = 'SUPERSEDED', updated_at = $1, version = version + 1 where id = any($2::bigint[]) returning id
  ),
  ins as (
    insert into match (demand_id, resource_id, organization_id, agreement_id, agreement_item_id, area_path, quantity, score,
                       explanation, status, run_id, created_at, updated_at)
    select x.demand_id, x.resource_id, x.organization_id, x.agreement_id, x.agreement_item_id, x.area_path, x.quantity, x.score,
           x.explanation, 'PROPOSED', $3, $1, $1
    from jsonb_to_recordset($4::jsonb) as x(demand_id bigint, resource_id bigint, organization_id bigint, agreement_id bigint,
         agreement_item_id bigint, area_path text, quantity integer, score integer, explanation jsonb)
    -- the gate runs the supersession to its end before the first insert: a pair re-proposed with another
    -- quantity would otherwise meet its old PROPOSED row in match_proposed_pair_idx (sub-statements of a
    -- WITH run in no set order)
    where (select count(*) from sup) >= 0
    returning id, demand_id, resource_id
  ),
  history as (
    insert into match_history (match_id, action, from_status, to_status, actor_id, actor_role, reason, at)
    select id, 'SUPERSEDE', 'PROPOSED', 'SUPERSEDED', $5, $6, null, $1 from sup
    union all
    select id, 'PROPOSE', null, 'PROPOSED', $5, $6, null, $1 from ins
  )
  select id::text as id, demand_id::text || ':' || resource_id::text as pair from ins`;

/**
 * Writes a planned solution (`WRITE_SOLUTION_SQL`, prepared) and appends its events: MATCH_SUPERSEDED for
 * each superseded proposal, then MATCH_PROPOSED for each fresh one. Shared by the full run (`runId`) and
 * the incremental matcher (matcher.ts, no run), so both write the same way.
 */
export async function writeSolution(
  sql: Sql,
  plan: PlannedSolution,
  now: Date,
  actor: { id: string; role: string },
  runId: string | null,
  events: EventDraft[],
): Promise<void> {
  if (!plan.superseded.length && !plan.fresh.length) return;
  const rows = await sql<{ id: string; pair: string }>(
    WRITE_SOLUTION_SQL,
    [
      now.toISOString(),
      pgArray(plan.superseded.map((m) => m.id)),
      runId,
      JSON.stringify(plan.fresh.map((f) => ({
        demand_id: f.demandId, resource_id: f.resourceId, organization_id: f.organizationId, agreement_id: f.agreementId,
        agreement_item_id: f.agreementItemId, area_path: f.areaPath, quantity: f.quantity, score: f.score, explanation: f.explanation,
      }))),
      actor.id,
      actor.role,
    ],
    { prepare: true },
  );
  for (const m of plan.superseded) {
    events.push(matchEvent(EventType.MATCH_SUPERSEDED, { id: String(m.id), areaPath: m.area_path, organizationId: String(m.organization_id) }));
  }
  const ids = new Map(rows.map((r) => [r.pair, r.id]));
  for (const f of plan.fresh) {
    const id = ids.get(`${f.demandId}:${f.resourceId}`)!;
    events.push(matchEvent(EventType.MATCH_PROPOSED, { id, areaPath: f.areaPath, organizationId: f.organizationId }, { runId, quantity: f.quantity, score: f.score }));
  }
}

export class MatchRunService {
  constructor(private readonly ctx: Context) {}

  /**
   * Re-solves every open demand of an area (DISTRICT, STREET or COMMUNITY admins of it, or above): candidate
   * search, the exact solver per connected component, then in one transaction: proposals the new solution
   * does not reproduce (same demand, resource, agreement item and quantity) become SUPERSEDED, the new ones
   * are PROPOSED, accepted matches are not touched, and the run is recorded; an event for each. Runs are
   * serialised by an advisory lock, so two runs never propose the same pair twice.
   */
  async run(input: RunMatchingInput): Promise<Outcome<MatchRun>> {
    requireSignedIn(this.ctx.viewer);
    const areaId = idOf(input.areaId, ['Area'], 'input.areaId');
    const kinds = input.kinds?.length ? [...new Set(input.kinds)].sort() : null;
    const startedMs = performance.now();
    const outcome = await transact<string>(this.ctx, async (em, now) => {
      const area = await em.findOne(AreaEntity, { id: areaId });
      if (!area) throw notFound('input.areaId', 'area');
      requireAllowed(this.ctx.viewer, administersArea(this.ctx.viewer, area.path));
      await em.execute(`select pg_advisory_xact_lock(${MATCHING_LOCK_KEY})`);
      // proposals first: locking them makes a concurrent acceptance in scope finish before the candidate
      // search reads the counters (or wait for this run), so no pair with an accepted match is proposed again
      const live = await this.liveProposals(em, area.path, kinds);
      const set = await findCandidates(sqlOf(em), { scopePath: area.path, kinds, today: todayOf(this.ctx), now });
      const events: EventDraft[] = [];
      const actor = actorOf(this.ctx.viewer);
      const plan = planSolution(set, live);
      const { assignments, pairs, fresh, superseded } = plan;
      const served = new Map<string, number>();
      for (const a of assignments) served.set(a.demand, (served.get(a.demand) ?? 0) + a.quantity);
      const byCommunity = new Map<string, { areaId: string; quantity: number; served: number }>();
      for (const d of set.demands) {
        const c = communityOf(d.areaPath);
        const entry = byCommunity.get(c) ?? { areaId: c, quantity: 0, served: 0 };
        entry.quantity += d.openQuantity;
        entry.served += served.get(d.id) ?? 0;
        byCommunity.set(c, entry);
      }
      const quantityServed = assignments.reduce((s, a) => s + a.quantity, 0);
      const objective = assignments.reduce((s, a) => s + a.quantity * pairs.get(`${a.demand}:${a.resource}`)!.score, 0);
      const run = em.create(MatchRunEntity, {
        areaId: area.id,
        areaPath: area.path,
        kinds: kinds ?? [],
        demandsServed: served.size,
        quantityServed,
        quantityUnmet: set.demands.reduce((s, d) => s + d.openQuantity, 0) - quantityServed,
        fillRateByCommunity: [...byCommunity.values()].sort((x, y) => Number(x.areaId) - Number(y.areaId)),
        objective: String(objective),
        proposedCount: fresh.length,
        supersededCount: superseded.length,
        timeTakenMs: 0,
        startedAt: now,
        finishedAt: now,
        actorId: actor.id,
        actorRole: actor.role,
      });
      await em.flush();
      await writeSolution(sqlOf(em), plan, now, actor, run.id, events);
      run.timeTakenMs = Math.round(performance.now() - startedMs);
      run.finishedAt = new Date(now.getTime() + run.timeTakenMs);
      events.push({
        type: EventType.MATCH_RUN_COMPLETED,
        subjectType: 'MatchRun',
        subjectId: run.id,
        areaPath: area.path,
        organizationId: null,
        isPublic: false,
        data: { proposed: fresh.length, superseded: superseded.length, quantityServed, objective },
      });
      return ok({ result: run.id, events });
    });
    if (!outcome.ok) return outcome;
    return ok((await this.ctx.loaders.matchRunById.load(outcome.value))!);
  }

  /** PROPOSED matches of demands below `path` (of resources of `kinds`), locked for the run. */
  private async liveProposals(em: EntityManager, path: string, kinds: string[] | null): Promise<LiveProposal[]> {
    const params: unknown[] = [`${path}%`];
    const kindFilter = kinds ? (params.push(pgArray(kinds)), `and exists (select 1 from resource r where r.id = m.resource_id and r.kind = any(?::text[]))`) : '';
    return em.execute(
      `select ${LIVE_PROPOSAL_COLUMNS}
       from match m where m.area_path like ? and m.status = 'PROPOSED' ${kindFilter} order by m.id for update`,
      params,
    );
  }
}
