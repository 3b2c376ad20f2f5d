import type { EntityManager } from '@mikro-orm/postgresql';
import type { AgreementChange } from '../agreements/index.js';
import type { Actor } from '../../shared/viewer.js';
import { releaseFromDemand } from '../demands/index.js';
import { EventType } from '../../outbox/event-types.js';
import type { EventDraft } from '../../outbox/outbox.js';
import { releaseOnResource } from '../resources/index.js';
import { MatchAction, MatchStatus } from './match.enums.js';
import { pgArray } from '../../db/tx-query.js';
import { toGlobalId } from '../../shared/global-id.js';
import { moveAreaPaths, type AreaMove } from '../areas/index.js';
import { inForceSql } from '../agreements/index.js';
import { MATCHING_LOCK_KEY } from './match-run.service.js';

/*
 * What other modules' changes do to matches, in the caller's transaction (the caller records the events
 * returned, with its own). Each is a few set-based statements, idempotent (a second call changes nothing):
 *
 *   agreement SUSPENDED                ACCEPTED matches under it are kept and flagged at risk (FLAG_AT_RISK,
 *                                      MATCH_AT_RISK); PROPOSED ones become SUPERSEDED (MATCH_SUPERSEDED)
 *   agreement resumed (ACTIVE again)   the at-risk flags clear (CLEAR_RISK, MATCH_RISK_CLEARED)
 *   agreement TERMINATED or EXPIRED    as for a suspension: proposals are superseded, accepted matches
 *                                      stay ACCEPTED (they hold their quantity; who served what is not
 *                                      rewritten) and are flagged at risk for the community to cancel or
 *                                      fulfil them; the flag never clears, since the agreement never resumes
 *   area moved (moveArea)            as for a terminated agreement, for the live matches of the moved
 *                                      subtree's demands that no agreement in force covers any more
 *   demand CANCELLED or EXPIRED        its ACCEPTED matches become CANCELLED and their quantity goes back to
 *                                      the resources (and the demand's counter); its PROPOSED ones become
 *                                      SUPERSEDED; FULFILLED matches keep their quantity
 *
 * Superseding runs before flagging / cancelling: an acceptance racing a suspension either committed before
 * (its match is then ACCEPTED when the flag statement reads it) or finds its match SUPERSEDED.
 *
 * Lock order: acceptMatch locks the match, then the resource, then the demand. cancelDemand (which does not
 * lock the demand before its flush) and the expiry sweep (which reads its batch's ids first, unlocked) lock
 * the demands' live matches (`lockLiveMatchesOf`) before they lock or write the demands, in that order too,
 * so neither can deadlock with an acceptance. (A proposal the matcher commits between the sweep's match
 * lock and its demand lock is not covered; it is superseded by the same sweep.)
 */


function matchEvent(type: EventType, m: { id: string; areaPath: string; organizationId: string }, data: Record<string, unknown>): EventDraft {
  return { type, subjectType: 'Match', subjectId: m.id, areaPath: m.areaPath, organizationId: m.organizationId, isPublic: false, data };
}

interface Touched {
  id: string;
  area_path: string;
  organization_id: string;
  quantity: number;
  resource_id: string;
  demand_id: string;
}

const RETURNING = `returning m.id::text as id, m.area_path, m.organization_id::text as organization_id, m.quantity,
  m.resource_id::text as resource_id, m.demand_id::text as demand_id`;

async function history(em: EntityManager, rows: Touched[], action: MatchAction, from: MatchStatus, to: MatchStatus, actor: Actor, reason: string | null, now: Date) {
  if (!rows.length) return;
  await em.execute(
    `insert into match_history (match_id, action, from_status, to_status, actor_id, actor_role, reason, at)
     select unnest(?::bigint[]), ?, ?, ?, ?, ?, ?, ?`,
    [pgArray(rows.map((r) => r.id)), action, from, to, actor.id, actor.role, reason, now.toISOString()],
  );
}

const byId = (a: Touched, b: Touched) => (BigInt(a.id) < BigInt(b.id) ? -1 : BigInt(a.id) > BigInt(b.id) ? 1 : 0);

/** PROPOSED matches matching `where` (on alias m) become SUPERSEDED, with history and events. */
async function supersede(em: EntityManager, where: string, params: unknown[], actor: Actor, now: Date, cause: Record<string, unknown>): Promise<EventDraft[]> {
  const rows: Touched[] = await em.execute(
    `update match m set status = '${MatchStatus.SUPERSEDED}', version = m.version + 1, updated_at = ?
     where ${where} and m.status = '${MatchStatus.PROPOSED}' ${RETURNING}`,
    [now.toISOString(), ...params],
  );
  rows.sort(byId);
  await history(em, rows, MatchAction.SUPERSEDE, MatchStatus.PROPOSED, MatchStatus.SUPERSEDED, actor, null, now);
  return rows.map((m) => matchEvent(EventType.MATCH_SUPERSEDED, { id: m.id, areaPath: m.area_path, organizationId: m.organization_id }, { from: MatchStatus.PROPOSED, to: MatchStatus.SUPERSEDED, ...cause }));
}

/** The matches' side of an agreement's transition (see above); returns the events to record. */
export async function matchesOnAgreementChange(em: EntityManager, agreementId: string, change: AgreementChange, actor: Actor, now: Date): Promise<EventDraft[]> {
  const cause = { agreementId, agreementChange: change };
  if (change === 'RESUMED') {
    const rows: Touched[] = await em.execute(
      `update match m set at_risk = false, version = m.version + 1, updated_at = ?
       where m.agreement_id = ? and m.status = '${MatchStatus.ACCEPTED}' and m.at_risk ${RETURNING}`,
      [now.toISOString(), agreementId],
    );
    rows.sort(byId);
    await history(em, rows, MatchAction.CLEAR_RISK, MatchStatus.ACCEPTED, MatchStatus.ACCEPTED, actor, null, now);
    return rows.map((m) => matchEvent(EventType.MATCH_RISK_CLEARED, { id: m.id, areaPath: m.area_path, organizationId: m.organization_id }, cause));
  }
  return supersedeAndFlag(em, 'm.agreement_id = ?', [agreementId], actor, now, cause);
}

/**
 * Matches matching `where` (on alias m) that lost their cover: PROPOSED ones become SUPERSEDED, ACCEPTED ones
 * are kept and flagged at risk (once); history and events for each, superseded first.
 */
async function supersedeAndFlag(em: EntityManager, where: string, params: unknown[], actor: Actor, now: Date, cause: Record<string, unknown>): Promise<EventDraft[]> {
  const events = await supersede(em, where, params, actor, now, cause);
  const flagged: Touched[] = await em.execute(
    `update match m set at_risk = true, version = m.version + 1, updated_at = ?
     where ${where} and m.status = '${MatchStatus.ACCEPTED}' and not m.at_risk ${RETURNING}`,
    [now.toISOString(), ...params],
  );
  flagged.sort(byId);
  await history(em, flagged, MatchAction.FLAG_AT_RISK, MatchStatus.ACCEPTED, MatchStatus.ACCEPTED, actor, null, now);
  return [...events, ...flagged.map((m) => matchEvent(EventType.MATCH_AT_RISK, { id: m.id, areaPath: m.area_path, organizationId: m.organization_id }, cause))];
}

/**
 * An area is about to move (moveArea): the full run's lock, taken exclusively as `runMatching` takes it, so
 * no run and no incremental batch (both hold it, shared or exclusive, for their whole transaction) reads the
 * tree half moved; then the live matches of the subtree's demands, in id order, before the move writes
 * resources and demands (the order acceptMatch locks them in).
 */
export async function matchesBeforeAreaMove(em: EntityManager, move: AreaMove): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(${MATCHING_LOCK_KEY})`);
  await em.execute(
    `select m.id from match m where m.area_path like ? and m.status in ('${MatchStatus.PROPOSED}','${MatchStatus.ACCEPTED}') order by m.id for update`,
    [`${move.fromPath}%`],
  );
}

/** The paths matches and runs copy, after an area's move. */
export async function matchPathsOnAreaMove(em: EntityManager, move: AreaMove): Promise<void> {
  await moveAreaPaths(em, 'match_run', move);
  await moveAreaPaths(em, 'match', move);
}

/**
 * The matches' side of an area's move, once every copied path is rewritten: a live match of a demand in the
 * moved subtree that no agreement in force on `move.today` covers any more (an item on its resource, the
 * agreement's area containing the demand's) is treated as under a terminated agreement: superseded when
 * PROPOSED, flagged at risk when ACCEPTED. Demands outside the subtree keep their cover: an agreement of an
 * area in the subtree never covered them.
 */
export async function matchesOnAreaMove(em: EntityManager, move: AreaMove, actor: Actor, now: Date): Promise<EventDraft[]> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(move.today)) throw new RangeError(`matchesOnAreaMove: bad date ${move.today}`);
  const uncovered = `m.area_path like ? and not exists (
      select 1 from agreement_item i join sharing_agreement a on a.id = i.agreement_id
      where i.resource_id = m.resource_id and a.discarded_at is null and ${inForceSql('a', `date '${move.today}'`)}
        and starts_with(m.area_path, a.area_path))`;
  return supersedeAndFlag(em, uncovered, [`${move.toPath}%`], actor, now, { areaId: toGlobalId('Area', move.areaId), areaChange: 'MOVED' });
}

/**
 * Locks the PROPOSED and ACCEPTED matches of these demands, in id order. A writer that will also lock the
 * demands (cancelDemand, the expiry sweep) calls it before it touches them: acceptMatch locks the match,
 * then the resource, then the demand, so taking the matches first can never close a cycle with it.
 */
export async function lockLiveMatchesOf(em: EntityManager, demandIds: readonly string[]): Promise<void> {
  if (!demandIds.length) return;
  await em.execute(
    `select m.id from match m where m.demand_id = any(?::bigint[]) and m.status in ('${MatchStatus.PROPOSED}','${MatchStatus.ACCEPTED}') order by m.id for update`,
    [pgArray(demandIds)],
  );
}

/**
 * The matches' side of demands that were cancelled or expired (see above): call it after the demands'
 * status is written (it flushes `em` first, so the demands' counters are released with their final status).
 */
export async function matchesOnDemandsClosed(em: EntityManager, demandIds: readonly string[], change: 'CANCELLED' | 'EXPIRED', actor: Actor, now: Date, reason: string | null = null): Promise<EventDraft[]> {
  if (!demandIds.length) return [];
  const ids = pgArray(demandIds);
  // the live matches first, then the demand row (the flush): the order acceptMatch takes them in
  await lockLiveMatchesOf(em, demandIds);
  await em.flush();
  const cause = { demandChange: change };
  const events = await supersede(em, 'm.demand_id = any(?::bigint[])', [ids], actor, now, cause);
  const cancelled: Touched[] = await em.execute(
    `update match m set status = '${MatchStatus.CANCELLED}', version = m.version + 1, updated_at = ?
     where m.demand_id = any(?::bigint[]) and m.status = '${MatchStatus.ACCEPTED}' ${RETURNING}`,
    [now.toISOString(), ids],
  );
  cancelled.sort(byId);
  const why = reason ?? (change === 'EXPIRED' ? 'The demand expired.' : 'The demand was cancelled.');
  await history(em, cancelled, MatchAction.CANCEL, MatchStatus.ACCEPTED, MatchStatus.CANCELLED, actor, why, now);
  // give quantities back per resource and per demand, in id order (a stable lock order)
  const sum = (key: 'resource_id' | 'demand_id') => {
    const totals = new Map<string, number>();
    for (const m of cancelled) totals.set(m[key], (totals.get(m[key]) ?? 0) + m.quantity);
    return [...totals].sort(([a], [b]) => (BigInt(a) < BigInt(b) ? -1 : 1));
  };
  for (const [resourceId, quantity] of sum('resource_id')) await releaseOnResource(em, resourceId, quantity, now);
  for (const [demandId, quantity] of sum('demand_id')) await releaseFromDemand(em, demandId, quantity, now, actor);
  return [
    ...events,
    ...cancelled.map((m) => matchEvent(EventType.MATCH_CANCELLED, { id: m.id, areaPath: m.area_path, organizationId: m.organization_id }, { from: MatchStatus.ACCEPTED, to: MatchStatus.CANCELLED, quantity: m.quantity, reason: why, ...cause })),
  ];
}
