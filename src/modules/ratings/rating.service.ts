import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { fail, forbidden, notFound, ok, userError, type Outcome, type UserError } from '../../shared/errors.js';
import { requireAllowed, requireSignedIn } from '../../shared/guards.js';
import { idOf, optionalText, requiredText } from '../../shared/input.js';
import { actorOf, isResident, type Viewer } from '../../shared/viewer.js';
import { EventType } from '../../outbox/event-types.js';
import { transact } from '../../outbox/transact.js';
import type { EventDraft } from '../../outbox/outbox.js';
import {
  type Case, CaseAction, type CaseEntity, caseEvent, caseForChange, CaseStatus, lockCase, recordCaseHistory, summonedOrganizationIds,
} from '../cases/index.js';
import { RatingEntity } from './rating.entity.js';
import { RatingSource } from './rating.enums.js';
import type { ExplainCaseInput, RateCaseInput, RecordCallbackRatingInput } from './rating.inputs.js';
import {
  callsForReview, householdHash, normaliseHouseholdPart, onTheWalls, ratingWindowEnd, recordsCallbacks, refusalOf, residentStanding,
  withinRatingWindow, type RatingTally,
} from './rating.rules.js';
import type { Rating } from './rating.type.js';

const COMMENT_MAX = 500;
const EXPLANATION_MAX = 2000;

const SELF_GIVEN = userError('RATING_ALREADY_GIVEN', 'You have rated this case already: one rating per case and account.', 'input.caseId');
const HOUSEHOLD_GIVEN = userError('RATING_ALREADY_GIVEN', "This household's rating of the case is recorded already: one per case and household.", 'input.room');

/** What a rating write answers: the rating, and the case when the caller may read it. */
export interface RatingResult {
  rating: Rating;
  case: Case | null;
}

/** A rating made (not yet flushed), and every organisation ever summoned to its case (its events' scope). */
interface NewRating {
  rating: RatingEntity;
  organizationIds: string[];
}

/** A rating as the API shows it. */
function ratingOf(r: RatingEntity, caseRowId: string): Rating {
  return { caseRowId, value: r.value, source: r.source, comment: r.comment ?? null, ratedAt: r.ratedAt, isReporter: r.isReporter };
}

/*
 * The writes of residents' ratings (居民监督评议) and of the review they may call for. Each locks the case's row
 * first (select … for update): ratings of one case run one after another, so the once-per-account and
 * once-per-household checks and the review rule see every rating before theirs; the unique indexes
 * case_rating_self_idx and case_rating_callback_idx stand behind the checks.
 */
export class RatingService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    return this.ctx.viewer;
  }

  /** A RESIDENT rates a case they reported, or one in the community they declare. */
  async rate(input: RateCaseInput): Promise<Outcome<RatingResult>> {
    requireSignedIn(this.viewer);
    requireAllowed(this.viewer, isResident(this.viewer), 'Only a resident (RESIDENT) rates a case; staff record call-back ratings.');
    const id = idOf(input.caseId, ['Case'], 'input.caseId');
    const comment = optionalText(input.comment, 'input.comment', COMMENT_MAX) || null;
    const accountId = this.viewer.accountId!;
    return this.write(id, SELF_GIVEN, async (em, at) => {
      const locked = await lockCase(em, id);
      if (!locked) throw notFound('input.caseId', 'case');
      const { c, summonses } = locked;
      const standing = residentStanding(this.viewer, c);
      if (standing === null) {
        if (refusalOf(c) === 'forbidden') throw forbidden("Only the case's reporter, or a resident of the community it lies in, rates it.");
        throw notFound('input.caseId', 'case');
      }
      // a resident of the community knows of the case only as the walls show it
      if (standing === 'community' && !onTheWalls(c)) throw notFound('input.caseId', 'case');
      const refused = this.closedAndOpen(c, at, 'input.caseId');
      if (refused) return fail(refused);
      const given: unknown[] = await em.execute(`select 1 from case_rating where case_id = ? and source = 'SELF' and account_id = ?`, [id, accountId]);
      if (given.length > 0) return fail(SELF_GIVEN);
      const rating = em.create(RatingEntity, {
        case: c, areaPath: c.areaPath, source: RatingSource.SELF, value: input.value, comment, accountId, isReporter: standing === 'reporter',
        ...this.actor(), ratedAt: at,
      });
      return ok({ rating, organizationIds: summonedOrganizationIds(summonses) });
    });
  }

  /** Staff of the case's area record a household's rating given on a call-back visit (回访). */
  async recordCallback(input: RecordCallbackRatingInput): Promise<Outcome<RatingResult>> {
    requireSignedIn(this.viewer);
    const id = idOf(input.caseId, ['Case'], 'input.caseId');
    const building = normaliseHouseholdPart(input.building, 'input.building');
    const room = normaliseHouseholdPart(input.room, 'input.room');
    const comment = optionalText(input.comment, 'input.comment', COMMENT_MAX) || null;
    const hash = householdHash(this.ctx.app.config.householdHashKey.key, building, room);
    return this.write(id, HOUSEHOLD_GIVEN, async (em, at) => {
      const locked = await lockCase(em, id);
      if (!locked) throw notFound('input.caseId', 'case');
      const { c, summonses } = locked;
      if (!recordsCallbacks(this.viewer, c)) {
        if (refusalOf(c) === 'forbidden') throw forbidden("Only staff of the case's area (its grid workers and admins, and those above) record call-back ratings.");
        throw notFound('input.caseId', 'case');
      }
      const refused = this.closedAndOpen(c, at, 'input.caseId');
      if (refused) return fail(refused);
      const given: unknown[] = await em.execute(`select 1 from case_rating where case_id = ? and source = 'CALLBACK' and household_hash = ?`, [id, hash]);
      if (given.length > 0) return fail(HOUSEHOLD_GIVEN);
      const rating = em.create(RatingEntity, {
        case: c, areaPath: c.areaPath, source: RatingSource.CALLBACK, value: input.value, comment, householdHash: hash, isReporter: false,
        ...this.actor(), ratedAt: at,
      });
      return ok({ rating, organizationIds: summonedOrganizationIds(summonses) });
    });
  }

  /** The handling level explains a case that needs review. */
  async explain(input: ExplainCaseInput): Promise<Outcome<Case>> {
    requireSignedIn(this.viewer);
    const id = idOf(input.id, ['Case'], 'input.id');
    const explanation = requiredText(input.explanation, 'input.explanation', EXPLANATION_MAX);
    const outcome = await transact<string>(this.ctx, async (em, at) => {
      const { c, summonses } = await caseForChange(em, this.viewer, id, 'input.id', 'handle');
      if (!c.needsReview) {
        return fail(userError('CASE_REVIEW_NOT_NEEDED', "Residents' ratings have not called for a review of this case: there is nothing to explain.", 'input.id'));
      }
      c.explanation = explanation;
      c.explainedAt = at;
      c.updatedAt = at;
      recordCaseHistory(em, this.viewer, c, { action: CaseAction.EXPLAIN, from: c.status, to: c.status, at });
      return ok({ result: c.id, events: [caseEvent(EventType.CASE_EXPLAINED, c, summonedOrganizationIds(summonses))] });
    });
    if (!outcome.ok) return outcome;
    return ok((await this.ctx.loaders.caseById.clear(id).load(id))!);
  }

  private actor() {
    const actor = actorOf(this.viewer);
    return { actorId: actor.id, actorRole: actor.role };
  }

  /** RATING_CASE_NOT_CLOSED unless the case is CLOSED, RATING_WINDOW_CLOSED once the window after closing has passed. */
  private closedAndOpen(c: CaseEntity, at: Date, field: string): UserError | null {
    if (c.status !== CaseStatus.CLOSED || !c.closedAt) {
      return userError('RATING_CASE_NOT_CLOSED', `The case is ${c.status}: only a CLOSED case is rated.`, field);
    }
    const days = this.ctx.app.config.caseRatingWindowDays;
    if (!withinRatingWindow(c.closedAt, days, at)) {
      return userError('RATING_WINDOW_CLOSED', `Ratings were taken for ${days} days after closing, until ${ratingWindowEnd(c.closedAt, days).toISOString()}.`, field);
    }
    return null;
  }

  /**
   * Runs a rating's transaction: `make` locks the case, checks and creates the rating; then, in the same
   * transaction, the review rule is applied and the events recorded. A race the lock did not order (none
   * should) meets the unique index and answers RATING_ALREADY_GIVEN.
   */
  private async write(id: string, alreadyGiven: UserError, make: (em: EntityManager, at: Date) => Promise<Outcome<NewRating>>): Promise<Outcome<RatingResult>> {
    let outcome: Outcome<RatingEntity>;
    try {
      outcome = await transact<RatingEntity>(this.ctx, async (em, at) => {
        const made = await make(em, at);
        if (!made.ok) return made;
        const { rating: r, organizationIds } = made.value;
        await em.flush();
        const c = r.case;
        const events: EventDraft[] = [caseEvent(EventType.CASE_RATED, c, organizationIds, { source: r.source, value: r.value })];
        if (!c.needsReview && callsForReview(await this.tally(em, c.id))) {
          c.needsReview = true;
          c.reviewNeededAt = at;
          c.updatedAt = at;
          recordCaseHistory(em, this.viewer, c, { action: CaseAction.REVIEW_NEEDED, from: c.status, to: c.status, at });
          events.push(caseEvent(EventType.CASE_REVIEW_NEEDED, c, organizationIds));
        }
        return ok({ result: r, events });
      });
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      this.ctx.em().clear();
      outcome = fail(alreadyGiven);
    }
    if (!outcome.ok) return outcome;
    const r = outcome.value;
    const c = await this.ctx.loaders.caseById.clear(id).load(id);
    return ok({ rating: ratingOf(r, id), case: c });
  }

  /** The case's ratings as the review rule reads them, this one included. */
  private async tally(em: EntityManager, caseId: string): Promise<RatingTally> {
    const rows: { total: string; dissatisfied: string; reporter_dissatisfied: boolean }[] = await em.execute(
      `select count(*) as total, count(*) filter (where value = 'DISSATISFIED') as dissatisfied,
         coalesce(bool_or(source = 'SELF' and is_reporter and value = 'DISSATISFIED'), false) as reporter_dissatisfied
       from case_rating where case_id = ?`,
      [caseId],
    );
    return { total: Number(rows[0].total), dissatisfied: Number(rows[0].dissatisfied), reporterDissatisfied: rows[0].reporter_dissatisfied };
  }
}
