import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { EventType } from '../../outbox/event-types.js';
import { transact, versionConflict } from '../../outbox/transact.js';
import { badInput, fail, notFound, ok, userError, type Outcome } from '../../shared/errors.js';
import { requireAllowed, requireSignedIn } from '../../shared/guards.js';
import { idOf, positiveVersion, requiredText } from '../../shared/input.js';
import { actorOf } from '../../shared/viewer.js';
import { AreaKind, areaRetired, areaToPlaceIn } from '../areas/index.js';
import { VolunteerEntity, type Volunteer } from '../volunteers/index.js';
import { PointsEntryEntity, PointsRuleEntity, PointsRuleHistoryEntity } from './points.entity.js';
import { PointsEntryKind } from './points.enums.js';
import type { AdjustPointsInput, SetPointsRuleInput } from './points.inputs.js';
import { canAdjustPoints, canSetPointsRule } from './points.rules.js';
import type { PointsEntry, PointsRule } from './points.type.js';

export const MAX_POINTS_PER_HOUR = 1000;
export const MAX_ADJUSTMENT = 10_000;

/** A community's rate and admins' adjustments of a volunteer's ledger; SERVICE and REVERSAL lines are written by the orders' confirmations. */
export class PointsService {
  constructor(private readonly ctx: Context) {}

  /**
   * Sets a community's rate, by admins of the community and above; every change leaves a history row and a
   * public POINTS_RULE_SET event. Setting the rate it already has changes nothing. The rate applies to
   * confirmations from now on: lines already written keep their points.
   */
  async setRule(input: SetPointsRuleInput): Promise<Outcome<PointsRule>> {
    const viewer = this.ctx.viewer;
    requireSignedIn(viewer);
    const areaId = idOf(input.communityId, ['Area'], 'input.communityId');
    const rate = input.pointsPerHour;
    if (!Number.isInteger(rate) || rate < 0 || rate > MAX_POINTS_PER_HOUR) {
      throw badInput('input.pointsPerHour', `"input.pointsPerHour" must be a whole number from 0 to ${MAX_POINTS_PER_HOUR}, got ${rate}.`);
    }
    const version = input.version == null ? null : positiveVersion(input.version, 'input.version');
    const run = () =>
      transact<string>(this.ctx, async (em, now) => {
        const area = await areaToPlaceIn(em, areaId);
        if (!area) throw notFound('input.communityId', 'area');
        requireAllowed(viewer, canSetPointsRule(viewer, area.path), 'Admins of the community, its street or the district set its points rate.');
        if (area.kind !== AreaKind.COMMUNITY) {
          return fail(userError('POINTS_RULE_NOT_COMMUNITY', `Points rates are set per community (社区); that area is a ${area.kind}.`, 'input.communityId'));
        }
        if (area.retiredAt) return fail(areaRetired('input.communityId'));
        const rule = await em.findOne(PointsRuleEntity, { area: areaId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (version !== null && (rule?.version ?? null) !== version) return fail(versionConflict());
        const from = rule?.pointsPerHour ?? null;
        if (from === rate) return ok({ result: area.id, events: [] });
        const actor = actorOf(viewer);
        if (rule) {
          rule.pointsPerHour = rate;
          rule.setBy = actor.id;
          rule.updatedAt = now;
        } else {
          em.create(PointsRuleEntity, { area, pointsPerHour: rate, setBy: actor.id, createdAt: now, updatedAt: now });
        }
        em.create(PointsRuleHistoryEntity, { area, fromPointsPerHour: from, pointsPerHour: rate, actorId: actor.id, actorRole: actor.role, at: now });
        return ok({
          result: area.id,
          events: [{ type: EventType.POINTS_RULE_SET, subjectType: 'Area', subjectId: area.id, areaPath: area.path, organizationId: null, isPublic: true, data: { pointsPerHour: rate, from } }],
        });
      });
    let outcome: Outcome<string>;
    try {
      outcome = await run();
    } catch (error) {
      // two first rates of one community at once: the second finds the row the first made
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      this.ctx.em().clear();
      outcome = version === null ? await run() : fail(versionConflict());
    }
    if (!outcome.ok) return outcome;
    return ok(await this.ctx.loaders.pointsRuleByAreaId.clear(outcome.value).load(outcome.value));
  }

  /**
   * Adds an ADJUSTMENT line to a volunteer's ledger, by admins of their home community and above; no other line
   * is touched. The volunteer's record is locked while the balance is read, so two adjustments cannot together
   * take it below zero (POINTS_BALANCE_NEGATIVE). The event names no one: it carries the points.
   */
  async adjust(input: AdjustPointsInput): Promise<Outcome<{ entry: PointsEntry; volunteer: Volunteer }>> {
    const viewer = this.ctx.viewer;
    requireSignedIn(viewer);
    const id = idOf(input.volunteerId, ['Volunteer'], 'input.volunteerId');
    const points = input.points;
    if (!Number.isInteger(points) || points === 0 || Math.abs(points) > MAX_ADJUSTMENT) {
      throw badInput('input.points', `"input.points" must be a whole number, not 0, from -${MAX_ADJUSTMENT} to ${MAX_ADJUSTMENT}, got ${points}.`);
    }
    const reason = requiredText(input.reason, 'input.reason', 500);
    const outcome = await transact<PointsEntryEntity>(this.ctx, async (em, now) => {
      const v = await em.findOne(VolunteerEntity, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      // the admins who may adjust are exactly the area roles that see the volunteer: anyone else is told there is none
      if (!v || !canAdjustPoints(viewer, v.areaPath)) throw notFound('input.volunteerId', 'volunteer');
      const [{ balance }] = await em.execute<{ balance: number }[]>(
        'select coalesce(sum(points), 0)::int as balance from points_entry where volunteer_id = ?',
        [v.id],
      );
      if (balance + points < 0) {
        return fail(userError('POINTS_BALANCE_NEGATIVE', `The volunteer has ${balance} points; taking ${-points} would leave fewer than none.`, 'input.points'));
      }
      const actor = actorOf(viewer);
      const entry = em.create(PointsEntryEntity, {
        volunteer: v,
        kind: PointsEntryKind.ADJUSTMENT,
        points,
        area: v.area,
        areaPath: v.areaPath,
        reason,
        actorId: actor.id,
        actorRole: actor.role,
        at: now,
      });
      await em.flush();
      return ok({
        result: entry,
        events: [
          {
            type: EventType.POINTS_ADJUSTED,
            subjectType: 'Volunteer',
            subjectId: v.id,
            areaPath: v.areaPath,
            organizationId: null,
            accountIds: v.accountId ? [v.accountId] : [],
            isPublic: false,
            data: { points, balance: balance + points },
          },
        ],
      });
    });
    if (!outcome.ok) return outcome;
    const e = outcome.value;
    const volunteerId = e.volunteer.id;
    this.ctx.loaders.pointsByVolunteerId.clear(volunteerId);
    const volunteer = await this.ctx.loaders.volunteerById.clear(volunteerId).load(volunteerId);
    return ok({
      entry: {
        rowId: e.id,
        volunteerRowId: volunteerId,
        sourceType: null,
        sourceRowId: null,
        areaRowId: e.area.id,
        kind: e.kind,
        points: e.points,
        minutes: null,
        reason: e.reason ?? null,
        at: e.at,
        actor: { id: e.actorId, role: e.actorRole },
      },
      volunteer: volunteer!,
    });
  }
}
