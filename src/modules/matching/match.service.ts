import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { fail, notFound, ok, userError, type Outcome } from '../../shared/errors.js';
import { requireAllowed, requireSignedIn } from '../../shared/guards.js';
import { idOf, requiredText } from '../../shared/input.js';
import { actorOf, actsForOrganization, administersArea, type Viewer } from '../../shared/viewer.js';
import { allocateToDemand, fulfilDemandIfDone, releaseFromDemand } from '../demands/index.js';
import { todayOf } from '../../shared/today.js';
import { EventType } from '../../outbox/event-types.js';
import { transact } from '../../outbox/transact.js';
import { allocateOnResource, releaseOnResource } from '../resources/index.js';
import { DeclinedPairEntity, MatchEntity, MatchHistoryEntity } from './match.entity.js';
import { MatchAction, MatchStatus } from './match.enums.js';
import type { MatchInput, MatchReasonInput } from './match.inputs.js';
import { matchEvent } from './match-run.service.js';
import type { Match } from './match.type.js';
import { matchVisible } from './match.rules.js';

/*
 * A match's life. Who may do what:
 *   accept, decline   the admin of the resource's unit; PROPOSED only
 *   cancel            that unit's admin, or admins of the demand's area (community and above); PROPOSED or
 *                     ACCEPTED; an accepted quantity goes back to the resource and the demand
 *   fulfil            admins of the demand's area; ACCEPTED only; the demand becomes FULFILLED once its whole
 *                     quantity was accepted and no accepted match of it is left unconfirmed
 * A FULFILLED match keeps its quantity on the resource's accepted count: the match holds it for the
 * demand's whole date range.
 */

type Verb = 'accept' | 'decline' | 'cancel' | 'fulfil';

const RULES: Record<Verb, { from: MatchStatus[]; to: MatchStatus; action: MatchAction; event: EventType; code: string }> = {
  accept: { from: [MatchStatus.PROPOSED], to: MatchStatus.ACCEPTED, action: MatchAction.ACCEPT, event: EventType.MATCH_ACCEPTED, code: 'MATCH_NOT_ACCEPTABLE' },
  decline: { from: [MatchStatus.PROPOSED], to: MatchStatus.DECLINED, action: MatchAction.DECLINE, event: EventType.MATCH_DECLINED, code: 'MATCH_NOT_DECLINABLE' },
  cancel: {
    from: [MatchStatus.PROPOSED, MatchStatus.ACCEPTED],
    to: MatchStatus.CANCELLED,
    action: MatchAction.CANCEL,
    event: EventType.MATCH_CANCELLED,
    code: 'MATCH_NOT_CANCELLABLE',
  },
  fulfil: { from: [MatchStatus.ACCEPTED], to: MatchStatus.FULFILLED, action: MatchAction.FULFIL, event: EventType.MATCH_FULFILLED, code: 'MATCH_NOT_FULFILLABLE' },
};

const PAST: Record<Verb, string> = { accept: 'accepted', decline: 'declined', cancel: 'cancelled', fulfil: 'fulfilled' };

function allowed(verb: Verb, viewer: Viewer, m: MatchEntity): boolean {
  const unit = actsForOrganization(viewer, m.organizationId);
  const community = administersArea(viewer, m.areaPath);
  if (verb === 'accept' || verb === 'decline') return unit;
  if (verb === 'cancel') return unit || community;
  return community;
}

/** Loads and locks a match for a change: NOT_FOUND when it does not exist or is not visible, FORBIDDEN when visible but not the viewer's to change. */
async function matchForChange(em: EntityManager, viewer: Viewer, verb: Verb, id: string): Promise<MatchEntity> {
  const m = await em.findOne(MatchEntity, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!m || !matchVisible(viewer, { areaPath: m.areaPath, organizationId: m.organizationId })) throw notFound('input.id', 'match');
  requireAllowed(viewer, allowed(verb, viewer, m));
  return m;
}

export class MatchService {
  constructor(private readonly ctx: Context) {}

  accept(input: MatchInput) {
    return this.change('accept', input.id, null);
  }

  decline(input: MatchReasonInput) {
    return this.change('decline', input.id, requiredText(input.reason, 'input.reason', 500));
  }

  cancel(input: MatchReasonInput) {
    return this.change('cancel', input.id, requiredText(input.reason, 'input.reason', 500));
  }

  fulfil(input: MatchInput) {
    return this.change('fulfil', input.id, null);
  }

  private async change(verb: Verb, globalId: string, reason: string | null): Promise<Outcome<Match>> {
    requireSignedIn(this.ctx.viewer);
    const id = idOf(globalId, ['Match'], 'input.id');
    const rule = RULES[verb];
    const outcome = await transact<string>(this.ctx, async (em, now) => {
      const m = await matchForChange(em, this.ctx.viewer, verb, id);
      if (!rule.from.includes(m.status)) {
        return fail(userError(rule.code, `A ${m.status} match cannot be ${PAST[verb]}.`, 'input.id'));
      }
      const from = m.status;
      if (verb === 'accept') {
        if (!(await allocateOnResource(em, m.resourceId, m.quantity, now))) {
          return fail(userError('CAPACITY_EXHAUSTED', `The resource has fewer than ${m.quantity} free places left.`, 'input.id'));
        }
        if (!(await allocateToDemand(em, m.demandId, m.quantity, todayOf(this.ctx), now, actorOf(this.ctx.viewer)))) {
          return fail(userError('DEMAND_NOT_MATCHABLE', 'The demand is no longer open for this quantity (cancelled, expired or already matched).', 'input.id'));
        }
      }
      if (verb === 'decline') {
        await em.upsert(DeclinedPairEntity, { demandId: m.demandId, resourceId: m.resourceId, matchId: m.id, reason, declinedAt: now });
      }
      if (verb === 'cancel' && from === MatchStatus.ACCEPTED) {
        await releaseOnResource(em, m.resourceId, m.quantity, now);
        await releaseFromDemand(em, m.demandId, m.quantity, now, actorOf(this.ctx.viewer));
      }
      m.status = rule.to;
      m.updatedAt = now;
      // the risk was to an accepted match going on; a cancelled or fulfilled one has none left
      if (verb === 'cancel' || verb === 'fulfil') m.atRisk = false;
      const actor = actorOf(this.ctx.viewer);
      em.create(MatchHistoryEntity, { matchId: m.id, action: rule.action, fromStatus: from, toStatus: rule.to, actorId: actor.id, actorRole: actor.role, reason, at: now });
      await em.flush();
      const data: Record<string, unknown> = { from, to: rule.to, quantity: m.quantity };
      if (reason !== null) data.reason = reason;
      if (verb === 'fulfil') data.demandFulfilled = await fulfilDemandIfDone(em, m.demandId, now, actorOf(this.ctx.viewer));
      return ok({ result: m.id, events: [matchEvent(rule.event, m, data)] });
    });
    if (!outcome.ok) return outcome;
    return ok((await this.ctx.loaders.matchById.clear(outcome.value).load(outcome.value))!);
  }
}
