import type { Context } from '../../context.js';
import { badInput, fail, notFound, ok, userError, type Outcome } from '../../shared/errors.js';
import { requireSignedIn } from '../../shared/guards.js';
import { idOf } from '../../shared/input.js';
import type { Viewer } from '../../shared/viewer.js';
import { EventType } from '../../outbox/event-types.js';
import { transact, versionConflict } from '../../outbox/transact.js';
import { toGlobalId } from '../../shared/global-id.js';
import { OrganizationEntity } from '../organizations/index.js';
import { CaseAction, SummonsAction, SummonsRole, SummonsStatus } from './case.enums.js';
import { CaseSummonsEntity } from './case.entity.js';
import type { SummonsIdInput, SummonsReasonInput, WhistleCaseInput } from './case.inputs.js';
import { caseForChange, isLive, summonedOrganizationIds, summonsForChange } from './case.access.js';
import { caseEvent, recordCaseHistory, recordSummonsHistory, summonsData } from './case.record.js';
import { isBelow } from './case.rules.js';
import { reasonOf, versionOf } from './case.service.js';
import { daysAfter, decideCase, decideSummons, hoursAfter, OPEN_CASE_STATUSES, type SummonsCommand } from './case.transitions.js';
import type { Case, CaseSummons } from './case.type.js';

/*
 * The whistle (吹哨) and the summonses' answers (报到): a whistle summons organisations to a case with
 * deadlines; each reports in or declines; the handling level accepts or overrules a decline.
 */

export interface WhistleResult {
  case: Case;
  summonses: CaseSummons[];
}

export interface SummonsResult {
  summons: CaseSummons;
  case: Case;
}

type SummonsDecision = Exclude<SummonsCommand, 'done' | 'reopen'>;

const ANSWERS: Record<SummonsDecision, { action: SummonsAction; event: EventType; access: 'unit' | 'handle' }> = {
  reportIn: { action: SummonsAction.REPORT_IN, event: EventType.SUMMONS_REPORTED_IN, access: 'unit' },
  decline: { action: SummonsAction.DECLINE, event: EventType.SUMMONS_DECLINED, access: 'unit' },
  acceptDecline: { action: SummonsAction.ACCEPT_DECLINE, event: EventType.SUMMONS_DECLINE_ACCEPTED, access: 'handle' },
  overruleDecline: { action: SummonsAction.OVERRULE_DECLINE, event: EventType.SUMMONS_DECLINE_OVERRULED, access: 'handle' },
};

export class WhistleService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    return this.ctx.viewer;
  }

  async whistle(input: WhistleCaseInput): Promise<Outcome<WhistleResult>> {
    requireSignedIn(this.viewer);
    const id = idOf(input.id, ['Case'], 'input.id');
    const version = versionOf(input.version);
    if (input.summonses.length === 0) throw badInput('input.summonses', 'Summon at least one organisation.');
    const named = input.summonses.map((s, i) => ({
      organizationId: idOf(s.organizationId, ['Organization'], `input.summonses[${i}].organizationId`),
      role: s.role,
      reportInDeadline: s.reportInDeadline ?? null,
      field: `input.summonses[${i}]`,
    }));
    const seen = new Set<string>();
    for (const n of named) {
      if (seen.has(n.organizationId)) throw badInput(`${n.field}.organizationId`, 'The same organisation is named twice.');
      seen.add(n.organizationId);
    }
    const config = this.ctx.app.config;
    const outcome = await transact<{ caseId: string; summonsIds: string[] }>(this.ctx, async (em, at) => {
      const { c, summonses } = await caseForChange(em, this.viewer, id, 'input.id', 'handle');
      if (version !== null && c.version !== version) return fail(versionConflict());
      const decision = decideCase('whistle', c.status);
      if (!decision.ok) return fail(userError(decision.code, decision.message, 'input.id'));
      const organizations = await em.find(OrganizationEntity, { id: { $in: named.map((n) => n.organizationId) } });
      const byId = new Map(organizations.map((o) => [o.id, o]));
      const live = summonses.filter(isLive);
      for (const n of named) {
        const org = byId.get(n.organizationId);
        if (!org) throw notFound(`${n.field}.organizationId`, 'organization');
        // stationed in the handling area or above it: a district's departments serve every street and community
        if (!isBelow(org.areaPath, c.handlingPath) && !isBelow(c.handlingPath, org.areaPath)) {
          return fail(userError('SUMMONS_ORGANIZATION_OUT_OF_REACH', `${org.name} is stationed outside the area handling the case and above it.`, `${n.field}.organizationId`));
        }
        if (live.some((s) => s.organization.id === org.id)) {
          return fail(userError('SUMMONS_ALREADY_SUMMONED', `${org.name} is already summoned to this case.`, `${n.field}.organizationId`));
        }
      }
      const leads = live.filter((s) => s.role === SummonsRole.LEAD).length + named.filter((n) => n.role === SummonsRole.LEAD).length;
      if (leads === 0) return fail(userError('CASE_LEAD_REQUIRED', 'The case has no live lead: name one organisation as LEAD.', 'input.summonses'));
      if (leads > 1) return fail(userError('CASE_LEAD_TAKEN', 'The case can have one live lead only.', 'input.summonses'));
      const completeDeadline = input.completeDeadline ?? daysAfter(at, config.caseCompleteWithinDays[c.urgency]);
      if (completeDeadline.getTime() <= at.getTime()) {
        return fail(userError('CASE_DEADLINE_PAST', 'The completion deadline must be in the future.', 'input.completeDeadline'));
      }
      const deadlines: Date[] = [];
      for (const n of named) {
        if (n.reportInDeadline !== null && n.reportInDeadline.getTime() <= at.getTime()) {
          return fail(userError('CASE_DEADLINE_PAST', 'A report-in deadline must be in the future.', `${n.field}.reportInDeadline`));
        }
        if (n.reportInDeadline !== null && n.reportInDeadline.getTime() > completeDeadline.getTime()) {
          return fail(userError('CASE_DEADLINE_AFTER_COMPLETION', 'A report-in deadline cannot fall after the completion deadline.', `${n.field}.reportInDeadline`));
        }
        const byDefault = hoursAfter(at, config.caseReportInWithinHours[c.urgency]);
        deadlines.push(n.reportInDeadline ?? new Date(Math.min(byDefault.getTime(), completeDeadline.getTime())));
      }
      const made = named.map((n, i) =>
        em.create(CaseSummonsEntity, {
          case: c, organization: byId.get(n.organizationId)!, areaPath: c.areaPath, role: n.role, level: c.level,
          summonedBy: this.viewer.accountId!, summonedAt: at, reportInDeadline: deadlines[i], createdAt: at, updatedAt: at,
        }),
      );
      if (c.completeDeadline?.getTime() !== completeDeadline.getTime()) c.completeOverdueAt = null;
      c.completeDeadline = completeDeadline;
      c.whistledAt ??= at;
      c.status = decision.to;
      c.updatedAt = at;
      await em.flush();
      for (const s of made) recordSummonsHistory(em, this.viewer, s, { action: SummonsAction.SUMMON, from: null, to: SummonsStatus.SUMMONED, at });
      recordCaseHistory(em, this.viewer, c, { action: CaseAction.WHISTLE, from: decision.from, to: decision.to, at });
      const all = [...summonses, ...made];
      const event = caseEvent(EventType.CASE_WHISTLED, c, summonedOrganizationIds(all), {
        summonsIds: made.map((s) => toGlobalId('CaseSummons', s.id)),
        organizationIds: made.map((s) => toGlobalId('Organization', s.organization.id)),
        level: c.level,
        completeDeadline: completeDeadline.toISOString(),
      });
      return ok({ result: { caseId: c.id, summonsIds: made.map((s) => s.id) }, events: [event] });
    });
    if (!outcome.ok) return outcome;
    const { caseId, summonsIds } = outcome.value;
    const c = await this.ctx.loaders.caseById.clear(caseId).load(caseId);
    const made = await Promise.all(summonsIds.map((sid) => this.ctx.loaders.summonsById.clear(sid).load(sid)));
    return ok({ case: c!, summonses: made.map((s) => s!) });
  }

  /** A summoned organisation's answer (report in, decline) or the handling level's decision on a decline. */
  async answer(command: SummonsDecision, input: SummonsIdInput | SummonsReasonInput): Promise<Outcome<SummonsResult>> {
    requireSignedIn(this.viewer);
    const summonsId = idOf(input.summonsId, ['CaseSummons'], 'input.summonsId');
    const needsReason = command === 'decline' || command === 'overruleDecline';
    const reason = needsReason ? reasonOf((input as SummonsReasonInput).reason) : null;
    const { action, event, access } = ANSWERS[command];
    const hours = this.ctx.app.config.caseReportInWithinHours;
    const outcome = await transact<{ caseId: string; summonsId: string }>(this.ctx, async (em, at) => {
      const { c, summonses, s } = await summonsForChange(em, this.viewer, summonsId, 'input.summonsId', access);
      if (!OPEN_CASE_STATUSES.includes(c.status)) {
        return fail(userError('CASE_NOT_OPEN', `The case is ${c.status}: its summonses are settled.`, 'input.summonsId'));
      }
      const decision = decideSummons(command, s.status);
      if (!decision.ok) return fail(userError(decision.code, decision.message, 'input.summonsId'));
      if (command === 'reportIn') s.reportedInAt = at;
      if (command === 'decline') {
        s.declinedAt = at;
        s.declineReason = reason;
      }
      if (command === 'acceptDecline') s.decidedAt = at;
      if (command === 'overruleDecline') {
        // summoned again: a fresh report-in deadline from now, by the case's urgency
        s.decidedAt = at;
        s.reportInDeadline = hoursAfter(at, hours[c.urgency]);
      }
      s.status = decision.to;
      s.updatedAt = at;
      // the case changes with its summonses: its version moves, so a stale whistle or decision is refused
      c.updatedAt = at;
      recordSummonsHistory(em, this.viewer, s, { action, from: decision.from, to: decision.to, reason, at });
      const data = summonsData(s, reason === null ? {} : { reason });
      return ok({ result: { caseId: c.id, summonsId: s.id }, events: [caseEvent(event, c, summonedOrganizationIds(summonses), data)] });
    });
    if (!outcome.ok) return outcome;
    const { caseId } = outcome.value;
    const [summons, c] = await Promise.all([
      this.ctx.loaders.summonsById.clear(summonsId).load(summonsId),
      this.ctx.loaders.caseById.clear(caseId).load(caseId),
    ]);
    return ok({ summons: summons!, case: c! });
  }
}
