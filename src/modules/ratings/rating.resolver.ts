import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { MAY } from '../../shared/guards.js';
import { MUTATION_COST } from '../../shared/query-limits.js';
import { Role } from '../../shared/viewer.js';
import { Case, CasePayload } from '../cases/index.js';
import { ExplainCaseInput, RateCaseInput, RecordCallbackRatingInput } from './rating.inputs.js';
import { RatingPayload } from './rating.payloads.js';
import { RatingService, type RatingResult } from './rating.service.js';
import type { Outcome } from '../../shared/errors.js';
import { CaseRatingSummary, Rating, summaryOf } from './rating.type.js';

const ratingPayload = (outcome: Outcome<RatingResult>): RatingPayload =>
  outcome.ok ? { ...outcome.value, userErrors: [] } : { rating: null, case: null, userErrors: outcome.errors };

const WINDOW = 'within CASE_RATING_WINDOW_DAYS (default 7) × 24 hours of its closing (RATING_WINDOW_CLOSED after; a reopened case closed again opens a new window)';
const REVIEW =
  "In the same transaction, when the case then has at least 3 ratings (SELF and CALLBACK together) and more than half DISSATISFIED, or its reporter's own rating is DISSATISFIED, it needs review: `needsReview` set, a REVIEW_NEEDED line in its history and the event CASE_REVIEW_NEEDED — once per case, never again by later ratings. The community then reopens it (`reopenCase`) or explains it (`explainCase`).";

/*
 * Residents' ratings (居民监督评议) of closed cases: a resident's own (rateCase), a household's on a call-back
 * visit (recordCallbackRating), and the community's explanation when ratings call for a review (explainCase);
 * and the ratings of a case as its fields.
 */
@Resolver()
export class RatingMutationResolver {
  @Authorized([Role.RESIDENT])
  @Mutation(() => RatingPayload, {
    complexity: MUTATION_COST.WRITE,
    description: `A resident rates a CLOSED case (居民监督评议): its reporter (the account, \`sub\`, that reported it), or a RESIDENT whose declared community (the token's \`areaId\`) the case lies in. Once per case and account (RATING_ALREADY_GIVEN), ${WINDOW}; RATING_CASE_NOT_CLOSED unless CLOSED. Any other resident is FORBIDDEN when the case is CLOSED (it is public on the echo wall) and gets NOT_FOUND otherwise; a resident of the community gets NOT_FOUND for a case the walls do not show (REPORTED, RESOLVED, REJECTED, MERGED). Staff and units are FORBIDDEN (staff record call-back ratings). Records CASE_RATED (\`data.source\`, \`data.value\` only). ${REVIEW}`,
  })
  async rateCase(@Arg('input', () => RateCaseInput, { description: 'Which case, and the rating.' }) input: RateCaseInput, @Ctx() ctx: Context): Promise<RatingPayload> {
    return ratingPayload(await new RatingService(ctx).rate(input));
  }

  @Authorized(MAY.STAFF)
  @Mutation(() => RatingPayload, {
    complexity: MUTATION_COST.WRITE,
    description: `Records the rating a household gave on a call-back visit (回访) to a CLOSED case: staff of the case's area (its grid workers and admins, and those above); other staff are FORBIDDEN when the case is CLOSED and get NOT_FOUND otherwise; residents, units and volunteers are FORBIDDEN. The household (building + room, normalised: spaces, full-width characters and letter case do not matter) is stored only as an HMAC-SHA256 keyed with HOUSEHOLD_HASH_KEY; at most one rating per case and household (RATING_ALREADY_GIVEN). RATING_CASE_NOT_CLOSED unless CLOSED; ${WINDOW}. Records CASE_RATED (\`data.source\`, \`data.value\` only). ${REVIEW}`,
  })
  async recordCallbackRating(
    @Arg('input', () => RecordCallbackRatingInput, { description: 'Which case, which household, and its rating.' }) input: RecordCallbackRatingInput,
    @Ctx() ctx: Context,
  ): Promise<RatingPayload> {
    return ratingPayload(await new RatingService(ctx).recordCallback(input));
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => CasePayload, {
    complexity: MUTATION_COST.WRITE,
    description:
      "The community explains a case residents' ratings called for a review of (`needsReview`): sets `explanation` and `explainedAt` (shown on the echo wall; a later explanation replaces it), a line EXPLAIN in its history and the event CASE_EXPLAINED (without the text). The other answer to a review is reopening the case (`reopenCase`). Admins of the handling level (the community, street or district now handling it) and those above; grid workers FORBIDDEN, NOT_FOUND when you may not see the case. CASE_REVIEW_NOT_NEEDED unless it needs review.",
  })
  async explainCase(@Arg('input', () => ExplainCaseInput, { description: 'Which case, and the explanation.' }) input: ExplainCaseInput, @Ctx() ctx: Context): Promise<CasePayload> {
    const outcome = await new RatingService(ctx).explain(input);
    return outcome.ok ? { case: outcome.value, userErrors: [] } : { case: null, userErrors: outcome.errors };
  }
}

@Resolver(() => Case)
export class CaseRatingsResolver {
  @FieldResolver(() => [Rating], {
    description: "Residents' ratings of the case (SELF and CALLBACK), oldest first: value, source, comment, when, whether its reporter gave it. Never who gave it.",
  })
  ratings(@Root() c: Case, @Ctx() ctx: Context): Promise<Rating[]> {
    return ctx.loaders.ratingsByCaseId.load(c.rowId);
  }

  @FieldResolver(() => CaseRatingSummary, { description: "The case's ratings counted by value, residents' own (SELF) and call-back visits' (CALLBACK) apart." })
  async ratingSummary(@Root() c: Case, @Ctx() ctx: Context): Promise<CaseRatingSummary> {
    return summaryOf(await ctx.loaders.ratingsByCaseId.load(c.rowId));
  }
}
