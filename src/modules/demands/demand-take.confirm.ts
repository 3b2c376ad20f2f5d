import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { fail, notFound, ok, userError, type Outcome } from '../../shared/errors.js';
import { requireAllowed } from '../../shared/guards.js';
import { actorOf, administersArea } from '../../shared/viewer.js';
import { EventType } from '../../outbox/event-types.js';
import type { Change } from '../../outbox/transact.js';
import { PointsEntryEntity, PointsEntryKind } from '../points/index.js';
import { DemandAction, DemandFulfilment, DemandTakeAction, DemandTakeStatus } from './demand.enums.js';
import { DemandTakePersonEntity, type DemandTakeEntity } from './demand-take.entity.js';
import { lockOrder, moveTakes, type TakeChange } from './demand-take.service.js';
import { recordDemandHistory, serviceEvent, takerScope } from './demand.record.js';
import { demandVisible, factsOf } from './demand.rules.js';
import { CONFIRMATION_REVOCABLE_DAYS, decideService, pointsFor, type ServiceCommand } from './demand.transitions.js';

/*
 * The community's judgement of a served order: confirm (points awarded), dispute (back to the takers), revoke
 * a confirmation (points reversed, within CONFIRMATION_REVOCABLE_DAYS). Admins of the order's area only.
 */

export const DEMAND_TAKE_SOURCE = 'DemandTake';

/** The order `id` locked for a command of the community: NOT_FOUND unseen, FORBIDDEN for other roles. */
async function orderForJudgement(em: EntityManager, ctx: Context, id: string) {
  const order = await lockOrder(em, ctx, id);
  if (!order || !demandVisible(ctx.viewer, factsOf(order.d))) throw notFound('input.id', 'demand');
  requireAllowed(ctx.viewer, administersArea(ctx.viewer, order.d.areaPath), "Only an admin of the order's area (community admin or above) does this.");
  return order;
}

/** The community of an area path ('/1/7/42/99/' → '42'): streets and communities sit at positions 1 and 2. */
const communityOf = (path: string): string => path.split('/').filter(Boolean)[2];

/** The points per hour of the order's community: its rule, else POINTS_PER_HOUR. */
async function rateOf(em: EntityManager, ctx: Context, communityId: string): Promise<number> {
  const rows: { points_per_hour: number }[] = await em.execute('select points_per_hour from points_rule where area_id = ?', [communityId]);
  return rows[0]?.points_per_hour ?? ctx.app.config.pointsPerHour;
}

export async function judgeOrder(
  em: EntityManager,
  ctx: Context,
  command: ServiceCommand,
  id: string,
  reason: string | null,
  at: Date,
): Promise<Outcome<Change<TakeChange>>> {
  const viewer = ctx.viewer;
  const { d, takes } = await orderForJudgement(em, ctx, id);
  if (d.fulfilment !== DemandFulfilment.SERVICE) {
    return fail(userError('DEMAND_NOT_SERVICE_ORDER', 'Only a SERVICE order is confirmed or disputed; a RESOURCE demand is served through its matches.', 'input.id'));
  }
  const decision = decideService(command, d.status);
  if (!decision.ok) return fail(userError(decision.code, decision.message, 'input.id'));
  const communityId = communityOf(d.areaPath);
  let event: EventType;
  let moved: DemandTakeEntity[];
  let points: number | null = null;
  if (command === 'confirm') {
    moved = moveTakes(em, viewer, takes, 'confirm', DemandTakeAction.CONFIRM, at, null);
    for (const t of moved) {
      t.confirmations += 1;
      t.confirmedAt = at;
    }
    await em.flush();
    points = await awardPoints(em, ctx, moved, communityId, d.areaPath, at);
    event = EventType.DEMAND_SERVICE_CONFIRMED;
  } else if (command === 'dispute') {
    moved = moveTakes(em, viewer, takes, 'dispute', DemandTakeAction.DISPUTE, at, reason);
    event = EventType.DEMAND_SERVICE_DISPUTED;
  } else {
    const confirmed = takes.filter((t) => t.status === DemandTakeStatus.CONFIRMED);
    const last = Math.max(...confirmed.map((t) => t.confirmedAt?.getTime() ?? 0));
    if (at.getTime() - last > CONFIRMATION_REVOCABLE_DAYS * 86_400_000) {
      return fail(userError('DEMAND_CONFIRMATION_FINAL', `A confirmation can be revoked within ${CONFIRMATION_REVOCABLE_DAYS} days; this one is older.`, 'input.id'));
    }
    points = await reversePoints(em, ctx, confirmed, at, reason);
    moved = moveTakes(em, viewer, confirmed, 'revokeConfirmation', DemandTakeAction.REVOKE_CONFIRMATION, at, reason);
    for (const t of moved) t.confirmedAt = null;
    event = EventType.DEMAND_CONFIRMATION_REVOKED;
  }
  d.status = decision.to;
  d.updatedAt = at;
  const action = { confirm: DemandAction.CONFIRM, dispute: DemandAction.DISPUTE, revokeConfirmation: DemandAction.REVOKE_CONFIRMATION }[command];
  recordDemandHistory(em, viewer, d, { action, from: decision.from, to: decision.to, reason, at });
  await em.flush();
  const scope = await takerScope(em, d.id);
  const data = { from: decision.from, to: decision.to, takeIds: moved.map((t) => t.id), ...(reason === null ? {} : { reason }), ...(points === null ? {} : { points }) };
  return ok({ result: { demandId: d.id, takeId: null }, events: [serviceEvent(event, d, scope, data)] });
}

/**
 * One SERVICE line per person with a volunteer on each confirmed take, in the take's round (its
 * confirmations): written once whatever repeats it (`on conflict do nothing` on the ledger's unique source).
 */
async function awardPoints(em: EntityManager, ctx: Context, takes: readonly DemandTakeEntity[], communityId: string, areaPath: string, at: Date): Promise<number> {
  if (takes.length === 0) return 0;
  const rate = await rateOf(em, ctx, communityId);
  const people = await em.find(DemandTakePersonEntity, { take: { $in: takes.map((t) => t.id) }, volunteer: { $ne: null } }, { orderBy: { take: 'asc', position: 'asc' } });
  if (people.length === 0) return 0;
  const actor = actorOf(ctx.viewer);
  const round = new Map(takes.map((t) => [t.id, t.confirmations]));
  const entries = people.map((p) => ({
    volunteer: p.volunteer!.id, kind: PointsEntryKind.SERVICE, points: pointsFor(p.minutes, rate), minutes: p.minutes,
    sourceType: DEMAND_TAKE_SOURCE, sourceId: p.take.id, round: round.get(p.take.id)!, area: communityId, areaPath: communityPath(areaPath),
    reason: null, actorId: actor.id, actorRole: actor.role, at,
  }));
  await em.createQueryBuilder(PointsEntryEntity).insert(entries).onConflict().ignore().execute();
  return entries.reduce((sum, e) => sum + e.points, 0);
}

/** A REVERSAL line for each SERVICE line of the takes' current round: the points and minutes taken back. */
async function reversePoints(em: EntityManager, ctx: Context, takes: readonly DemandTakeEntity[], at: Date, reason: string | null): Promise<number> {
  if (takes.length === 0) return 0;
  const actor = actorOf(ctx.viewer);
  const service = await em.find(PointsEntryEntity, {
    kind: PointsEntryKind.SERVICE, sourceType: DEMAND_TAKE_SOURCE,
    $or: takes.map((t) => ({ sourceId: t.id, round: t.confirmations })),
  }, { orderBy: { id: 'asc' } });
  if (service.length === 0) return 0;
  const entries = service.map((e) => ({
    volunteer: e.volunteer.id, kind: PointsEntryKind.REVERSAL, points: -e.points, minutes: e.minutes == null ? null : -e.minutes,
    sourceType: DEMAND_TAKE_SOURCE, sourceId: e.sourceId, round: e.round, area: e.area.id, areaPath: e.areaPath,
    reason, actorId: actor.id, actorRole: actor.role, at,
  }));
  await em.createQueryBuilder(PointsEntryEntity).insert(entries).onConflict().ignore().execute();
  return -entries.reduce((sum, e) => sum + e.points, 0);
}

/** The community's own path within an area path ('/1/7/42/99/' → '/1/7/42/'). */
const communityPath = (path: string): string => `/${path.split('/').filter(Boolean).slice(0, 3).join('/')}/`;
