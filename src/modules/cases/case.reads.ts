import type pg from 'pg';
import { byIdLoader } from '../../read/by-id.js';
import { listLoader } from '../../read/list-loader.js';
import { SqlParams } from '../../read/params.js';
import { toGlobalId } from '../../shared/global-id.js';
import type { Viewer } from '../../shared/viewer.js';
import type { Urgency } from '../demands/index.js';
import type {
  CaseAction, CaseCategory, CaseLevel, CaseSource, CaseStatus, SummonsAction, SummonsRole, SummonsStatus,
} from './case.enums.js';
import { caseVisibleSql } from './case.rules.js';
import { Case, CaseHistoryEntry, CaseNote, CaseSummons, CaseSummonsHistoryEntry } from './case.type.js';

/*
 * Cases through the lean read path: by id (the viewer's visibility applied in SQL), and the fields of a case
 * the viewer already sees (its summonses, history, notes). The gates of the private fields (the reporter, the
 * ticket number) are in the resolver: they depend on who asks, not on which rows.
 */

export const CASE_COLUMNS = `c.id::text as id, c.area_id::text as area_id, c.area_path, c.level, c.handling_area_id::text as handling_area_id,
  c.handling_path, c.title, c.description, c.category, c.source, c.ticket_number, c.demand_id::text as demand_id, c.urgency,
  c.lat, c.lng, c.photo_urls, c.photos_public, c.status, c.reporter_account_id, c.reporter_role, c.reported_at, c.accepted_at,
  c.whistled_at, c.complete_deadline, c.complete_overdue_at, c.resolved_at, c.result, c.closed_at,
  c.merged_into_id::text as merged_into_id, c.reason, c.version, c.measures, c.measures_at, c.needs_review, c.review_needed_at,
  c.explanation, c.explained_at`;

export interface CaseRow {
  id: string;
  area_id: string;
  area_path: string;
  level: CaseLevel;
  handling_area_id: string;
  handling_path: string;
  title: string;
  description: string;
  category: CaseCategory;
  source: CaseSource;
  ticket_number: string | null;
  demand_id: string | null;
  urgency: Urgency;
  lat: number | null;
  lng: number | null;
  photo_urls: string[];
  photos_public: boolean;
  status: CaseStatus;
  reporter_account_id: string;
  reporter_role: string;
  reported_at: Date;
  accepted_at: Date | null;
  whistled_at: Date | null;
  complete_deadline: Date | null;
  complete_overdue_at: Date | null;
  resolved_at: Date | null;
  result: string | null;
  closed_at: Date | null;
  merged_into_id: string | null;
  reason: string | null;
  version: number;
  measures: string | null;
  measures_at: Date | null;
  needs_review: boolean;
  review_needed_at: Date | null;
  explanation: string | null;
  explained_at: Date | null;
}

export function toCase(row: CaseRow): Case {
  const c = Object.create(Case.prototype) as Case;
  return Object.assign(c, {
    __typename: 'Case' as const,
    id: toGlobalId('Case', row.id),
    rowId: row.id,
    areaRowId: row.area_id,
    areaPath: row.area_path,
    handlingAreaRowId: row.handling_area_id,
    handlingPath: row.handling_path,
    demandRowId: row.demand_id,
    mergedIntoRowId: row.merged_into_id,
    reporterAccountId: row.reporter_account_id,
    reporterRole: row.reporter_role,
    storedTicketNumber: row.ticket_number,
    completeOverdueAt: row.complete_overdue_at,
    title: row.title,
    description: row.description,
    category: row.category,
    source: row.source,
    urgency: row.urgency,
    level: row.level,
    status: row.status,
    location: row.lat === null || row.lng === null ? null : { lat: row.lat, lng: row.lng },
    photoUrls: row.photo_urls,
    photosPublic: row.photos_public,
    reportedAt: row.reported_at,
    acceptedAt: row.accepted_at,
    whistledAt: row.whistled_at,
    completeDeadline: row.complete_deadline,
    resolvedAt: row.resolved_at,
    result: row.result,
    closedAt: row.closed_at,
    reason: row.reason,
    version: row.version,
    measures: row.measures,
    measuresAt: row.measures_at,
    needsReview: row.needs_review,
    reviewNeededAt: row.review_needed_at,
    explanation: row.explanation,
    explainedAt: row.explained_at,
  });
}

/** Cases by row id, null where missing or hidden from the viewer. */
export function caseByIdLoader(pool: pg.Pool, viewer: Viewer) {
  const p = new SqlParams([null]);
  const visible = caseVisibleSql(viewer, p, 'c');
  return byIdLoader(pool, `select ${CASE_COLUMNS} from civic_case c where c.id = any($1::bigint[]) and ${visible}`, toCase, p.values.slice(1));
}

export const SUMMONS_COLUMNS = `s.id::text as id, s.case_id::text as case_id, s.organization_id::text as organization_id, s.area_path, s.role,
  s.status, s.level, s.summoned_at, s.report_in_deadline, s.report_in_overdue_at, s.reported_in_at, s.declined_at,
  s.decline_reason, s.decided_at, s.done_at`;

export interface SummonsRow {
  id: string;
  case_id: string;
  organization_id: string;
  area_path: string;
  role: SummonsRole;
  status: SummonsStatus;
  level: CaseLevel;
  summoned_at: Date;
  report_in_deadline: Date;
  report_in_overdue_at: Date | null;
  reported_in_at: Date | null;
  declined_at: Date | null;
  decline_reason: string | null;
  decided_at: Date | null;
  done_at: Date | null;
}

export function toSummons(row: SummonsRow): CaseSummons {
  const s = Object.create(CaseSummons.prototype) as CaseSummons;
  return Object.assign(s, {
    __typename: 'CaseSummons' as const,
    id: toGlobalId('CaseSummons', row.id),
    rowId: row.id,
    caseRowId: row.case_id,
    organizationRowId: row.organization_id,
    areaPath: row.area_path,
    reportInOverdueAt: row.report_in_overdue_at,
    role: row.role,
    status: row.status,
    level: row.level,
    summonedAt: row.summoned_at,
    reportInDeadline: row.report_in_deadline,
    reportedInAt: row.reported_in_at,
    declinedAt: row.declined_at,
    declineReason: row.decline_reason,
    decidedAt: row.decided_at,
    doneAt: row.done_at,
  });
}

/** Summonses by row id, null where missing or where the viewer may not see their case. */
export function summonsByIdLoader(pool: pg.Pool, viewer: Viewer) {
  const p = new SqlParams([null]);
  const visible = caseVisibleSql(viewer, p, 'c');
  return byIdLoader(
    pool,
    `select ${SUMMONS_COLUMNS} from case_summons s join civic_case c on c.id = s.case_id where s.id = any($1::bigint[]) and ${visible}`,
    toSummons,
    p.values.slice(1),
  );
}

/** Only for cases the viewer already sees: a field of a visible case. Oldest first. */
export const summonsesByCaseLoader = (pool: pg.Pool) =>
  listLoader<SummonsRow & Record<string, unknown>, CaseSummons>(
    pool,
    'case_id',
    `select ${SUMMONS_COLUMNS} from case_summons s where s.case_id = any($1::bigint[]) order by s.case_id, s.id`,
    toSummons,
  );

/** Only for cases the viewer already sees. The actor is masked by the resolver. */
export const caseHistoryLoader = (pool: pg.Pool) =>
  listLoader<Record<string, unknown>, CaseHistoryEntry>(
    pool,
    'case_id',
    `select case_id::text as case_id, action, from_status, to_status, from_level, to_level, actor_id, actor_role, reason, at
     from case_history where case_id = any($1::bigint[]) order by case_id, id`,
    (row) => ({
      action: row.action as CaseAction,
      fromStatus: row.from_status as CaseStatus | null,
      toStatus: row.to_status as CaseStatus,
      fromLevel: row.from_level as CaseLevel | null,
      toLevel: row.to_level as CaseLevel | null,
      actor: { id: row.actor_id as string, role: row.actor_role as string },
      reason: row.reason as string | null,
      at: row.at as Date,
    }),
  );

/** Only for summonses the viewer already sees. The actor is masked by the resolver. */
export const summonsHistoryLoader = (pool: pg.Pool) =>
  listLoader<Record<string, unknown>, CaseSummonsHistoryEntry>(
    pool,
    'summons_id',
    `select summons_id::text as summons_id, action, from_status, to_status, actor_id, actor_role, reason, at
     from case_summons_history where summons_id = any($1::bigint[]) order by summons_id, id`,
    (row) => ({
      action: row.action as SummonsAction,
      fromStatus: row.from_status as SummonsStatus | null,
      toStatus: row.to_status as SummonsStatus,
      actor: { id: row.actor_id as string, role: row.actor_role as string },
      reason: row.reason as string | null,
      at: row.at as Date,
    }),
  );

/** Only for cases the viewer already sees. Oldest first; the actor is masked by the resolver. */
export const caseNotesLoader = (pool: pg.Pool) =>
  listLoader<Record<string, unknown>, CaseNote>(
    pool,
    'case_id',
    `select case_id::text as case_id, id::text as id, organization_id::text as organization_id, text, actor_id, actor_role, at
     from case_note where case_id = any($1::bigint[]) order by case_id, id`,
    (row) =>
      Object.assign(Object.create(CaseNote.prototype) as CaseNote, {
        rowId: row.id as string,
        organizationRowId: row.organization_id as string | null,
        text: row.text as string,
        actor: { id: row.actor_id as string, role: row.actor_role as string },
        at: row.at as Date,
      }),
  );
