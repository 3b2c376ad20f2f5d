import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { fail, forbidden, ok, userError, type Outcome } from '../../shared/errors.js';
import { MAY, requireSignedIn } from '../../shared/guards.js';
import { idOf, requiredText } from '../../shared/input.js';
import { MUTATION_COST } from '../../shared/query-limits.js';
import { actsForOrganization } from '../../shared/viewer.js';
import { EventType } from '../../outbox/event-types.js';
import { transact, versionConflict } from '../../outbox/transact.js';
import { caseForChange, isLive, summonedOrganizationIds } from './case.access.js';
import { CaseAction, CaseStatus, SummonsRole, SummonsStatus } from './case.enums.js';
import { CaseIdInput } from './case.inputs.js';
import { CasePayload } from './case.payloads.js';
import { caseEvent, recordCaseHistory } from './case.record.js';
import { handlesCase } from './case.rules.js';
import { CaseService, versionOf } from './case.service.js';
import type { Case } from './case.type.js';

/*
 * What the walls show of a case that staff write for the public: its measures (整改措施, on the problem
 * wall) and whether its photos are public. Each in one transaction on the locked case, with a history line
 * and an event (never the text); NOT_FOUND when the viewer may not see the case, FORBIDDEN when they see it
 * but may not do this.
 */

const MEASURES_MAX = 2000;

/** The statuses in which measures may be set: the case is being worked on. */
const MEASURABLE: readonly CaseStatus[] = [CaseStatus.ACCEPTED, CaseStatus.WHISTLED];

@InputType({ description: "A case's measures (整改措施): what is being done about it, shown on the problem wall." })
export class SetCaseMeasuresInput {
  @Field(() => ID, { description: 'The case.' })
  id!: string;

  @Field({ description: 'What is being done, in plain words (1 to 2000 characters); replaces any measures set before. Public on the problem wall: name no resident.' })
  measures!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read; VERSION_CONFLICT when it has changed since.' })
  version?: number | null;
}

const payloadOf = (outcome: Outcome<Case>): CasePayload =>
  outcome.ok ? { case: outcome.value, userErrors: [] } : { case: null, userErrors: outcome.errors };

@Resolver()
export class CasePublicityResolver {
  @Authorized(MAY.ADMINS_AND_UNITS)
  @Mutation(() => CasePayload, {
    complexity: MUTATION_COST.WRITE,
    description:
      "Sets a case's measures (整改措施, at most 2000 characters), shown on the problem wall: the admins of its handling level (and those above), or the UNIT_ADMIN of its live LEAD organisation once it has reported in (SUMMONS_NOT_REPORTED_IN before); anyone else who sees the case FORBIDDEN, NOT_FOUND when you may not see it. CASE_NOT_OPEN unless ACCEPTED or WHISTLED. Records CASE_MEASURES_SET (never the text) and a SET_MEASURES history line.",
  })
  async setCaseMeasures(
    @Arg('input', () => SetCaseMeasuresInput, { description: 'Which case, and its measures.' }) input: SetCaseMeasuresInput,
    @Ctx() ctx: Context,
  ): Promise<CasePayload> {
    requireSignedIn(ctx.viewer);
    const id = idOf(input.id, ['Case'], 'input.id');
    const version = versionOf(input.version);
    const measures = requiredText(input.measures, 'input.measures', MEASURES_MAX);
    const outcome = await transact<string>(ctx, async (em, at) => {
      const { c, summonses } = await caseForChange(em, ctx.viewer, id, 'input.id', 'see');
      // the lead at work on it: live, or done (a resolved case, where CASE_NOT_OPEN says why)
      const lead = summonses.find((s) => s.role === SummonsRole.LEAD && (isLive(s) || s.status === SummonsStatus.DONE)) ?? null;
      const asLead = lead !== null && actsForOrganization(ctx.viewer, lead.organization.id);
      if (!asLead && !handlesCase(ctx.viewer, c)) {
        throw forbidden("Only an admin of the case's handling level (or above), or its lead organisation's admin, sets its measures.");
      }
      if (version !== null && c.version !== version) return fail(versionConflict());
      if (!MEASURABLE.includes(c.status)) {
        return fail(userError('CASE_NOT_OPEN', `Measures are set while a case is ACCEPTED or WHISTLED; this one is ${c.status}.`, 'input.id'));
      }
      if (asLead && !handlesCase(ctx.viewer, c) && lead.status !== SummonsStatus.REPORTED_IN) {
        return fail(userError('SUMMONS_NOT_REPORTED_IN', `The lead's summons is ${lead.status}: it reports in before it sets the measures.`, 'input.id'));
      }
      c.measures = measures;
      c.measuresAt = at;
      c.updatedAt = at;
      recordCaseHistory(em, ctx.viewer, c, { action: CaseAction.SET_MEASURES, from: c.status, to: c.status, at });
      return ok({ result: c.id, events: [caseEvent(EventType.CASE_MEASURES_SET, c, summonedOrganizationIds(summonses), {})] });
    });
    return payloadOf(await new CaseService(ctx).reload(outcome));
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => CasePayload, {
    complexity: MUTATION_COST.WRITE,
    description:
      "Marks a case's photos public (`photosPublic`): the walls show them from then on. The admins of its handling level (and those above), in any status; anyone else who sees the case FORBIDDEN, NOT_FOUND when you may not see it. CASE_NO_PHOTOS when it has none; CASE_PHOTOS_ALREADY_PUBLIC when they are public already. Records CASE_PHOTOS_PUBLISHED and a PUBLISH_PHOTOS history line.",
  })
  async publishCasePhotos(@Arg('input', () => CaseIdInput, { description: 'Which case.' }) input: CaseIdInput, @Ctx() ctx: Context): Promise<CasePayload> {
    requireSignedIn(ctx.viewer);
    const id = idOf(input.id, ['Case'], 'input.id');
    const version = versionOf(input.version);
    const outcome = await transact<string>(ctx, async (em, at) => {
      const { c, summonses } = await caseForChange(em, ctx.viewer, id, 'input.id', 'handle');
      if (version !== null && c.version !== version) return fail(versionConflict());
      if (c.photoUrls.length === 0) return fail(userError('CASE_NO_PHOTOS', 'The case has no photos to publish.', 'input.id'));
      if (c.photosPublic) return fail(userError('CASE_PHOTOS_ALREADY_PUBLIC', "The case's photos are public already.", 'input.id'));
      c.photosPublic = true;
      c.updatedAt = at;
      recordCaseHistory(em, ctx.viewer, c, { action: CaseAction.PUBLISH_PHOTOS, from: c.status, to: c.status, at });
      return ok({ result: c.id, events: [caseEvent(EventType.CASE_PHOTOS_PUBLISHED, c, summonedOrganizationIds(summonses), {})] });
    });
    return payloadOf(await new CaseService(ctx).reload(outcome));
  }
}
