import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import type { Outcome } from '../../shared/errors.js';
import { MAY } from '../../shared/guards.js';
import { MUTATION_COST } from '../../shared/query-limits.js';
import type { Role } from '../../shared/viewer.js';
import {
  AddCaseNoteInput, CaseIdInput, CaseReasonInput, MergeCaseInput, ReportCaseInput, ResolveCaseInput, SummonsIdInput, SummonsReasonInput, WhistleCaseInput,
} from './case.inputs.js';
import { CaseNotePayload, CasePayload, CaseSummonsPayload, WhistleCasePayload } from './case.payloads.js';
import { REPORTING_ROLES } from './case.rules.js';
import { CaseService } from './case.service.js';
import type { Case } from './case.type.js';
import { WhistleService, type SummonsResult } from './case.whistle.js';

const casePayload = (outcome: Outcome<Case>): CasePayload =>
  outcome.ok ? { case: outcome.value, userErrors: [] } : { case: null, userErrors: outcome.errors };

const summonsPayload = (outcome: Outcome<SummonsResult>): CaseSummonsPayload =>
  outcome.ok ? { ...outcome.value, userErrors: [] } : { summons: null, case: null, userErrors: outcome.errors };

const HANDLERS = 'Admins of the handling level (the community, street or district now handling the case) and those above';

/*
 * The writes of cases (吹哨报到). Each runs in one transaction that first locks the case's row; every change is
 * history and an event (CASE_* or SUMMONS_*) scoped to the case's area and every organisation ever summoned to
 * it. A case you may not see is NOT_FOUND; one you see but may not act on FORBIDDEN.
 */
@Resolver()
export class CaseMutationResolver {
  @Authorized([...REPORTING_ROLES] as Role[])
  @Mutation(() => CasePayload, {
    complexity: MUTATION_COST.WRITE,
    description:
      "Reports a problem as a case (REPORTED). Staff of the area (grid workers, community admins and above; FORBIDDEN elsewhere), or a RESIDENT anywhere in the district: a resident reports in a community, grid or building only (CASE_AREA_NOT_COMMUNITY for a street or the district), as source RESIDENT only (CASE_SOURCE_NOT_ALLOWED), at most CASE_REPORTS_PER_DAY cases (default 10) per account per local day (TOO_MANY_REPORTS; staff are not limited). The area sets the level: a community, or a grid or building below one, is handled by the community (COMMUNITY); a street by the street (STREET); the district by the district (DISTRICT). AREA_RETIRED for a retired area; CASE_TICKET_NUMBER_REQUIRED / CASE_TICKET_NUMBER_NOT_ALLOWED (a ticket number goes with HOTLINE_12345 only); CASE_DEMAND_REQUIRED / CASE_DEMAND_NOT_ALLOWED (a demand goes with DEMAND only), CASE_DEMAND_OF_OTHER_AREA; POINT_OUTSIDE_AREA.",
  })
  async reportCase(@Arg('input', () => ReportCaseInput, { description: 'The problem.' }) input: ReportCaseInput, @Ctx() ctx: Context) {
    return casePayload(await new CaseService(ctx).report(input));
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => CasePayload, {
    complexity: MUTATION_COST.WRITE,
    description: `Accepts a REPORTED case (→ ACCEPTED): the community solves it itself or whistles. ${HANDLERS}; grid workers are FORBIDDEN. CASE_NOT_ACCEPTABLE unless REPORTED.`,
  })
  async acceptCase(@Arg('input', () => CaseIdInput, { description: 'Which case.' }) input: CaseIdInput, @Ctx() ctx: Context) {
    return casePayload(await new CaseService(ctx).decide('accept', input));
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => CasePayload, {
    complexity: MUTATION_COST.WRITE,
    description: `Rejects a REPORTED case with a reason (→ REJECTED). ${HANDLERS}. CASE_NOT_REJECTABLE unless REPORTED.`,
  })
  async rejectCase(@Arg('input', () => CaseReasonInput, { description: 'Which case, and why.' }) input: CaseReasonInput, @Ctx() ctx: Context) {
    return casePayload(await new CaseService(ctx).decide('reject', input));
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => CasePayload, {
    complexity: MUTATION_COST.WRITE,
    description: `Merges a duplicate (REPORTED or ACCEPTED) into another case (→ MERGED, \`mergedInto\`). ${HANDLERS}. CASE_NOT_MERGEABLE once whistled or ended; CASE_MERGE_SELF for the case itself; CASE_MERGE_TARGET_NOT_OPEN when the other case is REJECTED or MERGED; CASE_MERGE_OTHER_SCOPE when another area handles it; NOT_FOUND when you may not see it.`,
  })
  async mergeCase(@Arg('input', () => MergeCaseInput, { description: 'The duplicate and the case it duplicates.' }) input: MergeCaseInput, @Ctx() ctx: Context) {
    return casePayload(await new CaseService(ctx).merge(input));
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => WhistleCasePayload, {
    complexity: MUTATION_COST.WRITE,
    description: `Blows the whistle (吹哨): summons organisations to an ACCEPTED or WHISTLED case (→ WHISTLED), each LEAD or SUPPORT with a report-in deadline, and sets the completion deadline (defaults: CASE_REPORT_IN_WITHIN_HOURS and CASE_COMPLETE_WITHIN_DAYS by the case's urgency, calendar time from now; a changed completion deadline clears the overdue record). ${HANDLERS}. Any organisation stationed in the handling area or above it may be summoned (a district's departments serve every street): SUMMONS_ORGANIZATION_OUT_OF_REACH otherwise; NOT_FOUND for an unknown one; SUMMONS_ALREADY_SUMMONED while it holds a live summons (SUMMONED, REPORTED_IN, DECLINED). Exactly one live LEAD after the whistle: CASE_LEAD_REQUIRED when none, CASE_LEAD_TAKEN when two. CASE_DEADLINE_PAST for a deadline not in the future, CASE_DEADLINE_AFTER_COMPLETION for a report-in deadline after the completion deadline. CASE_NOT_WHISTLEABLE unless ACCEPTED or WHISTLED.`,
  })
  async whistleCase(@Arg('input', () => WhistleCaseInput, { description: 'Which case, whom to summon, by when.' }) input: WhistleCaseInput, @Ctx() ctx: Context): Promise<WhistleCasePayload> {
    const outcome = await new WhistleService(ctx).whistle(input);
    return outcome.ok ? { ...outcome.value, userErrors: [] } : { case: null, summonses: [], userErrors: outcome.errors };
  }

  @Authorized(MAY.UNITS)
  @Mutation(() => CaseSummonsPayload, {
    complexity: MUTATION_COST.WRITE,
    description:
      "The summoned organisation reports in (报到): SUMMONED → REPORTED_IN. Its UNIT_ADMIN only (another unit's admin is FORBIDDEN). SUMMONS_NOT_PENDING unless SUMMONED; CASE_NOT_OPEN once the case is resolved, closed, rejected or merged.",
  })
  async reportInToCase(@Arg('input', () => SummonsIdInput, { description: 'Which summons.' }) input: SummonsIdInput, @Ctx() ctx: Context) {
    return summonsPayload(await new WhistleService(ctx).answer('reportIn', input));
  }

  @Authorized(MAY.UNITS)
  @Mutation(() => CaseSummonsPayload, {
    complexity: MUTATION_COST.WRITE,
    description:
      "The summoned organisation declines with a reason (not its responsibility): SUMMONED → DECLINED; the handling level accepts or overrules it. Its UNIT_ADMIN only. SUMMONS_NOT_PENDING unless SUMMONED; CASE_NOT_OPEN once the case is settled.",
  })
  async declineSummons(@Arg('input', () => SummonsReasonInput, { description: 'Which summons, and why.' }) input: SummonsReasonInput, @Ctx() ctx: Context) {
    return summonsPayload(await new WhistleService(ctx).answer('decline', input));
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => CaseSummonsPayload, {
    complexity: MUTATION_COST.WRITE,
    description: `Accepts a decline: DECLINED → DECLINE_ACCEPTED, the organisation is released (it still sees the case, but is no party to it). A released LEAD leaves the case without a live lead: the next whistle must name one, and nobody resolves it until then. ${HANDLERS}. SUMMONS_NOT_DECLINED unless DECLINED; CASE_NOT_OPEN once the case is settled.`,
  })
  async acceptDecline(@Arg('input', () => SummonsIdInput, { description: 'Which summons.' }) input: SummonsIdInput, @Ctx() ctx: Context) {
    return summonsPayload(await new WhistleService(ctx).answer('acceptDecline', input));
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => CaseSummonsPayload, {
    complexity: MUTATION_COST.WRITE,
    description: `Overrules a decline with a reason: DECLINED → SUMMONED again, with a fresh report-in deadline (CASE_REPORT_IN_WITHIN_HOURS by the case's urgency from now). ${HANDLERS}. SUMMONS_NOT_DECLINED unless DECLINED; CASE_NOT_OPEN once the case is settled.`,
  })
  async overruleDecline(@Arg('input', () => SummonsReasonInput, { description: 'Which summons, and why.' }) input: SummonsReasonInput, @Ctx() ctx: Context) {
    return summonsPayload(await new WhistleService(ctx).answer('overruleDecline', input));
  }

  @Authorized(MAY.STAFF_AND_UNITS)
  @Mutation(() => CaseNotePayload, {
    complexity: MUTATION_COST.WRITE,
    description:
      "Adds a note (at most 2000 characters) to a case: progress, measures, questions. Its parties only: staff of the case's area and above (grid workers included) and the admins of organisations with a live or done summons (a released one is FORBIDDEN). CASE_NOT_OPEN for a REJECTED, MERGED or CLOSED case. The event never carries the text.",
  })
  async addCaseNote(@Arg('input', () => AddCaseNoteInput, { description: 'Which case, and the note.' }) input: AddCaseNoteInput, @Ctx() ctx: Context): Promise<CaseNotePayload> {
    const outcome = await new CaseService(ctx).addNote(input);
    return outcome.ok ? { ...outcome.value, userErrors: [] } : { note: null, case: null, userErrors: outcome.errors };
  }

  @Authorized(MAY.ADMINS_AND_UNITS)
  @Mutation(() => CasePayload, {
    complexity: MUTATION_COST.WRITE,
    description: `Resolves a case with what was done (→ RESOLVED); the summonses REPORTED_IN become DONE. When organisations are summoned, the lead's UNIT_ADMIN resolves it once the lead has reported in (SUMMONS_NOT_REPORTED_IN before; anyone else FORBIDDEN); when nobody is summoned (or every decline was accepted), the handling level resolves it itself (${HANDLERS}); with summonses live but no live lead, CASE_LEAD_REQUIRED. CASE_NOT_RESOLVABLE unless ACCEPTED or WHISTLED.`,
  })
  async resolveCase(@Arg('input', () => ResolveCaseInput, { description: 'Which case, and what was done.' }) input: ResolveCaseInput, @Ctx() ctx: Context) {
    return casePayload(await new CaseService(ctx).resolve(input));
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => CasePayload, {
    complexity: MUTATION_COST.WRITE,
    description: `Closes a RESOLVED case (办结, → CLOSED). ${HANDLERS}. CASE_NOT_CLOSABLE unless RESOLVED.`,
  })
  async closeCase(@Arg('input', () => CaseIdInput, { description: 'Which case.' }) input: CaseIdInput, @Ctx() ctx: Context) {
    return casePayload(await new CaseService(ctx).decide('close', input));
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => CasePayload, {
    complexity: MUTATION_COST.WRITE,
    description: `Reopens a RESOLVED or CLOSED case with a reason: → WHISTLED with its DONE summonses REPORTED_IN again, or → ACCEPTED when nobody was summoned (or every decline was accepted). The completion deadline stays: whistle again to set a new one. ${HANDLERS}. CASE_NOT_REOPENABLE otherwise.`,
  })
  async reopenCase(@Arg('input', () => CaseReasonInput, { description: 'Which case, and why.' }) input: CaseReasonInput, @Ctx() ctx: Context) {
    return casePayload(await new CaseService(ctx).decide('reopen', input));
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => CasePayload, {
    complexity: MUTATION_COST.WRITE,
    description: `Escalates a case one level with a reason (community → street → district): the street above its area, or the district, handles it from now on (and whistles in turn); its status and live summonses stay. ${HANDLERS}. CASE_AT_TOP_LEVEL at the district; CASE_NOT_ESCALATABLE once resolved or ended.`,
  })
  async escalateCase(@Arg('input', () => CaseReasonInput, { description: 'Which case, and why.' }) input: CaseReasonInput, @Ctx() ctx: Context) {
    return casePayload(await new CaseService(ctx).decide('escalate', input));
  }
}
