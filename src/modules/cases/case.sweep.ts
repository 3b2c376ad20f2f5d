import type { Context, Sweep } from '../../context.js';
import { EventType } from '../../outbox/event-types.js';
import type { EventDraft } from '../../outbox/outbox.js';
import { transact } from '../../outbox/transact.js';
import { ok } from '../../shared/errors.js';
import { toGlobalId } from '../../shared/global-id.js';
import { actorOf } from '../../shared/viewer.js';
import { caseEvent } from './case.record.js';
import { caseOverdueSql, summonsOverdueSql } from './case.transitions.js';

const BATCH = 500;

interface Marked {
  id: string;
  case_id: string;
  area_path: string;
  /** The case's reporter: a RESIDENT's account is in the event's scope. */
  reporter_account_id: string;
  reporter_role: string;
  /** Every organisation ever summoned to the case: the event's scope. */
  organization_ids: string[] | null;
  organization_id: string | null;
  deadline: Date;
}

/** The event of a marked row: its case is the subject, scoped as every case event (case.record.ts). */
const caseEventOf = (type: EventType, m: Marked, data: Record<string, unknown>): EventDraft =>
  caseEvent(type, { id: m.case_id, areaPath: m.area_path, reporterAccountId: m.reporter_account_id, reporterRole: m.reporter_role }, m.organization_ids ?? [], data);

const SUMMONED_TO = (caseId: string) => `(select array_agg(distinct x.organization_id::text order by x.organization_id::text) from case_summons x where x.case_id = ${caseId})`;

/**
 * Records the deadlines of cases missed, once each, as SYSTEM, with a history line and an event: a summons
 * still SUMMONED past its report-in deadline while its case is open (`report_in_overdue_at` set, history
 * REPORT_IN_OVERDUE, SUMMONS_REPORT_IN_OVERDUE), and a case ACCEPTED or WHISTLED past its completion deadline
 * (`complete_overdue_at` set, history OVERDUE from and to its status, CASE_OVERDUE). Reads already show
 * `isOverdue` from the clock (the same rules, case.transitions.ts); this makes it stored and tells
 * subscribers. Idempotent: what is marked is never marked again, until a new whistle sets a new completion
 * deadline and clears the case's mark. Rows a user is changing right now (the case or the summons locked) are skipped and taken in the next
 * round. The marks are bookkeeping: versions stay.
 */
export const recordOverdueCases: Sweep = async (ctx: Context) => {
  const actor = actorOf(ctx.viewer);
  let recorded = 0;
  for (;;) {
    const outcome = await transact<number>(ctx, async (em, at) => {
      const now = at.toISOString();
      const summonses: Marked[] = await em.execute(
        `with due as (
           select s.id from case_summons s join civic_case c on c.id = s.case_id
           where ${summonsOverdueSql('s', 'c', '?')} and s.report_in_overdue_at is null
           order by s.id limit ${BATCH} for update of s, c skip locked),
         marked as (
           update case_summons s set report_in_overdue_at = ? from due where s.id = due.id
           returning s.id, s.case_id, s.organization_id, s.status, s.report_in_deadline),
         history as (
           insert into case_summons_history (summons_id, action, from_status, to_status, actor_id, actor_role, reason, at)
           select id, 'REPORT_IN_OVERDUE', status, status, ?, ?, 'report-in deadline passed', ? from marked)
         select m.id::text as id, m.case_id::text as case_id, c.area_path, c.reporter_account_id, c.reporter_role, m.organization_id::text as organization_id,
                m.report_in_deadline as deadline, ${SUMMONED_TO('m.case_id')} as organization_ids
         from marked m join civic_case c on c.id = m.case_id order by m.id`,
        [now, now, actor.id, actor.role, now],
      );
      const cases: Marked[] = await em.execute(
        `with due as (
           select c.id from civic_case c where ${caseOverdueSql('c', '?')} and c.complete_overdue_at is null
           order by c.id limit ${BATCH} for update skip locked),
         marked as (
           update civic_case c set complete_overdue_at = ? from due where c.id = due.id
           returning c.id, c.status, c.area_path, c.reporter_account_id, c.reporter_role, c.complete_deadline),
         history as (
           insert into case_history (case_id, action, from_status, to_status, actor_id, actor_role, reason, at)
           select id, 'OVERDUE', status, status, ?, ?, 'completion deadline passed', ? from marked)
         select m.id::text as id, m.id::text as case_id, m.area_path, m.reporter_account_id, m.reporter_role, null as organization_id, m.complete_deadline as deadline,
                ${SUMMONED_TO('m.id')} as organization_ids
         from marked m order by m.id`,
        [now, now, actor.id, actor.role, now],
      );
      const events: EventDraft[] = [
        ...summonses.map((s) =>
          caseEventOf(EventType.SUMMONS_REPORT_IN_OVERDUE, s, {
            summonsId: toGlobalId('CaseSummons', s.id),
            organizationId: toGlobalId('Organization', s.organization_id!),
            deadline: new Date(s.deadline).toISOString(),
          }),
        ),
        ...cases.map((c) => caseEventOf(EventType.CASE_OVERDUE, c, { deadline: new Date(c.deadline).toISOString() })),
      ];
      return ok({ result: events.length, events });
    });
    const count = outcome.ok ? outcome.value : 0;
    recorded += count;
    if (count < BATCH) return recorded;
  }
};
