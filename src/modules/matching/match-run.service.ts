import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { notFound, ok, type Outcome } from '../../shared/errors.js';
import { requireAllowed, requireSignedIn } from '../../shared/guards.js';
import { idOf } from '../../shared/input.js';
import { actorOf, administersArea } from '../../shared/viewer.js';
import { AreaEntity } from '../areas/area.entity.js';
import { todayOf } from '../demands/today.js';
import { EventType } from '../events/event.enums.js';
import type { EventDraft } from '../events/outbox.js';
import { transact } from '../events/transact.js';
import { connectedComponents, solveAssignment, type Assignment, type Instance } from './engine/index.js';
import { findCandidates, pgArray, type CandidatePair, type CandidateSet } from './candidates.js';
import { MatchEntity, MatchHistoryEntity, MatchRunEntity } from './match.entity.js';
import { MatchAction, MatchStatus } from './match.enums.js';
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

export interface AppliedSolution {
  assignments: Assignment[];
  pairs: Map<string, CandidatePair>;
  fresh: { entity: MatchEntity; pair: CandidatePair }[];
  superseded: LiveProposal[];
}

/**
 * Solves `set` (each connected component exactly) and writes the difference to `live`, the PROPOSED matches
 * of exactly the demands and resources `set` stands for: proposals the solution does not reproduce (same
 * demand, resource, agreement item and quantity) become SUPERSEDED (history, event), new ones are created
 * PROPOSED (not yet flushed: call `recordProposals` after the flush). Accepted matches are never touched.
 * Shared by the full run and the incremental matcher (matcher.ts), so both write the same way.
 */
export async function applySolution(
  em: EntityManager,
  set: CandidateSet,
  live: LiveProposal[],
  now: Date,
  actor: { id: string; role: string },
  events: EventDraft[],
): Promise<AppliedSolution> {
  const assignments = solveCandidates(set);
  const pairs = new Map(set.pairs.map((p) => [`${p.demandId}:${p.resourceId}`, p]));
  const kept = new Set<string>();
  const history = (matchId: string, action: MatchAction, from: MatchStatus | null, to: MatchStatus) =>
    em.create(MatchHistoryEntity, { matchId, action, fromStatus: from, toStatus: to, actorId: actor.id, actorRole: actor.role, reason: null, at: now });

  const wanted = new Map(assignments.map((a) => [`${a.demand}:${a.resource}`, a]));
  const superseded: LiveProposal[] = [];
  for (const m of live) {
    const key = `${m.demand_id}:${m.resource_id}`;
    const a = wanted.get(key);
    if (a && a.quantity === m.quantity && pairs.get(key)!.agreementItemId === String(m.agreement_item_id)) kept.add(key);
    else superseded.push(m);
  }
  if (superseded.length) {
    await em.execute(`update match set status = 'SUPERSEDED', updated_at = ?, version = version + 1 where id = any(?::bigint[])`, [
      now.toISOString(),
      pgArray(superseded.map((m) => m.id)),
    ]);
    for (const m of superseded) {
      history(String(m.id), MatchAction.SUPERSEDE, MatchStatus.PROPOSED, MatchStatus.SUPERSEDED);
      events.push(matchEvent(EventType.MATCH_SUPERSEDED, { id: String(m.id), areaPath: m.area_path, organizationId: String(m.organization_id) }));
    }
  }

  const demandPath = new Map(set.demands.map((d) => [d.id, d.areaPath]));
  const organizationOf = new Map(set.resources.map((r) => [r.id, r.organizationId]));
  const fresh: { entity: MatchEntity; pair: CandidatePair }[] = [];
  for (const a of assignments) {
    const key = `${a.demand}:${a.resource}`;
    if (kept.has(key)) continue;
    const pair = pairs.get(key)!;
    const entity = em.create(MatchEntity, {
      demandId: a.demand,
      resourceId: a.resource,
      organizationId: organizationOf.get(a.resource)!,
      agreementId: pair.agreementId,
      agreementItemId: pair.agreementItemId,
      areaPath: demandPath.get(a.demand)!,
      quantity: a.quantity,
      score: pair.score,
      explanation: { ...pair.explanation },
      createdAt: now,
      updatedAt: now,
    });
    fresh.push({ entity, pair });
  }

  return { assignments, pairs, fresh, superseded };
}

/** History and MATCH_PROPOSED event of the proposals `applySolution` created, once they have ids. */
export function recordProposals(
  em: EntityManager,
  fresh: { entity: MatchEntity }[],
  runId: string | null,
  now: Date,
  actor: { id: string; role: string },
  events: EventDraft[],
): void {
  for (const { entity } of fresh) {
    entity.runId = runId;
    em.create(MatchHistoryEntity, { matchId: entity.id, action: MatchAction.PROPOSE, fromStatus: null, toStatus: MatchStatus.PROPOSED, actorId: actor.id, actorRole: actor.role, reason: null, at: now });
    events.push(matchEvent(EventType.MATCH_PROPOSED, entity, { runId, quantity: entity.quantity, score: entity.score }));
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
      const set = await findCandidates(em, { scopePath: area.path, kinds, today: todayOf(this.ctx), now });
      const events: EventDraft[] = [];
      const actor = actorOf(this.ctx.viewer);
      const { assignments, pairs, fresh, superseded } = await applySolution(em, set, live, now, actor, events);
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
      recordProposals(em, fresh, run.id, now, actor, events);
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
      `select m.id::text as id, m.demand_id::text as demand_id, m.resource_id::text as resource_id, m.agreement_item_id::text as agreement_item_id,
              m.quantity, m.area_path, m.organization_id::text as organization_id
       from match m where m.area_path like ? and m.status = 'PROPOSED' ${kindFilter} order by m.id for update`,
      params,
    );
  }
}
