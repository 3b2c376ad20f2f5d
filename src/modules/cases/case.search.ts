import type { Context } from '../../context.js';
import { column, idColumn, point, type TypeDef } from '../../read/compile.js';
import { connectionOf, keysetPage, parsePageArgs, readPage, type PageArgs } from '../../read/page.js';
import { SqlParams } from '../../read/params.js';
import type { Selection } from '../../read/selection.js';
import type { Connection } from '../../shared/relay.js';
import { actsForOrganization, areaScope, type Viewer } from '../../shared/viewer.js';
import { AREA, belowAreaSql } from '../areas/index.js';
import type { CaseCategory, CaseLevel, CaseStatus, SummonsStatus } from './case.enums.js';
import { CASE_COLUMNS, SUMMONS_COLUMNS, toCase, toSummons, type CaseRow, type SummonsRow } from './case.reads.js';
import { caseVisibleSql } from './case.rules.js';
import { caseOverdueSql, summonsOverdueSql } from './case.transitions.js';
import { Case, type CaseSummons } from './case.type.js';

/*
 * The lists of cases: `cases(filter)` and an organisation's inbox of summonses (`Organization.summonses`), each
 * page one statement with the viewer's visibility as a predicate in it. The clock is a parameter.
 */

/**
 * A case as the read engine reads it: every column the field resolvers need (the private fields' gates, the
 * overdue rule), and its area and handling area joined when the selection asks for them.
 */
export const CASE: TypeDef<Case> = {
  typename: 'Case',
  table: 'civic_case',
  prototype: Case.prototype,
  base: {
    areaRowId: idColumn('area_id'),
    areaPath: column('area_path'),
    handlingAreaRowId: idColumn('handling_area_id'),
    handlingPath: column('handling_path'),
    demandRowId: idColumn('demand_id'),
    mergedIntoRowId: idColumn('merged_into_id'),
    reporterAccountId: column('reporter_account_id'),
    reporterRole: column('reporter_role'),
    storedTicketNumber: column('ticket_number'),
    completeOverdueAt: column('complete_overdue_at'),
    title: column('title'),
    description: column('description'),
    category: column('category'),
    source: column('source'),
    urgency: column('urgency'),
    level: column('level'),
    status: column('status'),
    location: point('lat', 'lng'),
    photoUrls: column('photo_urls'),
    photosPublic: column('photos_public'),
    reportedAt: column('reported_at'),
    acceptedAt: column('accepted_at'),
    whistledAt: column('whistled_at'),
    completeDeadline: column('complete_deadline'),
    resolvedAt: column('resolved_at'),
    result: column('result'),
    closedAt: column('closed_at'),
    reason: column('reason'),
    version: column('version'),
  },
  // the walls' and ratings' columns (issue 19), read when selected
  props: {
    measures: column('measures'),
    measuresAt: column('measures_at'),
    needsReview: column('needs_review'),
    reviewNeededAt: column('review_needed_at'),
    explanation: column('explanation'),
    explainedAt: column('explained_at'),
  },
  relations: {
    area: { target: () => AREA, foreignKey: 'area_id', optional: false },
    handlingArea: { target: () => AREA, foreignKey: 'handling_area_id', optional: false },
  },
};

export interface CaseSearch {
  areaRowId: string | null;
  statuses: CaseStatus[] | null;
  categories: CaseCategory[] | null;
  levels: CaseLevel[] | null;
  /** Cases that summoned this organisation (any summons, a released one included). */
  organizationRowId: string | null;
  overdue: boolean | null;
  /** Whitespace-separated terms, each a substring of the title or the description. */
  terms: string[] | null;
}

/** `cases(filter, first, after)`: the cases the viewer may see, in id order; one statement per page. */
export function readCases(ctx: Context, selection: Selection | undefined, search: CaseSearch, args: PageArgs): Promise<Connection<Case>> {
  const p = new SqlParams();
  const where = [caseVisibleSql(ctx.viewer, p, 'c')];
  if (search.areaRowId) where.push(belowAreaSql('c', p, search.areaRowId));
  if (search.statuses) where.push(`c.status = any(${p.add(search.statuses)}::text[])`);
  if (search.categories) where.push(`c.category = any(${p.add(search.categories)}::text[])`);
  if (search.levels) where.push(`c.level = any(${p.add(search.levels)}::text[])`);
  if (search.organizationRowId) {
    where.push(`exists (select 1 from case_summons fs where fs.case_id = c.id and fs.organization_id = ${p.add(search.organizationRowId)}::bigint)`);
  }
  if (search.overdue !== null) {
    const overdue = caseOverdueSql('c', p.add(ctx.app.clock.now().toISOString()));
    where.push(search.overdue ? overdue : `not ${overdue}`);
  }
  // no index: a case list is narrowed by area and status first; the substring test decides (any script, Chinese included)
  for (const term of search.terms ?? []) where.push(`strpos(lower(c.title || ' ' || c.description), ${p.add(term)}) > 0`);
  return readPage({ pool: ctx.app.db.pool, def: CASE, alias: 'c', selection, listKey: 'cases', where, p, page: parsePageArgs(args, 'cases') });
}

export interface SummonsSearch {
  statuses: SummonsStatus[] | null;
  caseStatuses: CaseStatus[] | null;
  overdue: boolean | null;
}

const PREFIX = 'cc_';
/** CASE_COLUMNS, each output column named with PREFIX. */
const CASE_COLUMNS_PREFIXED = CASE_COLUMNS.split(',')
  .map((c) => c.trim())
  .map((c) => `${c.replace(/ as \w+$/, '')} as ${PREFIX}${/ as (\w+)$/.exec(c)?.[1] ?? c.slice(c.indexOf('.') + 1)}`)
  .join(', ');

/** A summons read with its case, for the inbox: the case's fields are served without another statement. */
export type InboxSummons = CaseSummons & { joinedCase: Case };

/**
 * Who reads an organisation's inbox, and which of it: its own unit admin all of it; staff the summonses of
 * the cases of their area and below; anyone else nothing (null: no statement is run).
 */
export function inboxScopeSql(viewer: Viewer, organizationRowId: string, p: SqlParams): string | null {
  if (actsForOrganization(viewer, organizationRowId)) return 'true';
  const scope = areaScope(viewer);
  // the case's visibility is the rule; for staff it is the area clause of it
  return scope === null ? null : caseVisibleSql(viewer, p, 'c');
}

/** `Organization.summonses(filter, first, after)`: an organisation's inbox (收件箱), in id order; one statement per page. */
export async function readInbox(ctx: Context, organizationRowId: string, search: SummonsSearch, args: PageArgs): Promise<Connection<InboxSummons>> {
  const page = parsePageArgs(args, 'summonses');
  const p = new SqlParams();
  const scope = inboxScopeSql(ctx.viewer, organizationRowId, p);
  if (scope === null) return connectionOf([], page, () => ({ cursor: '', node: null as never }), async () => 0);
  const where = [`s.organization_id = ${p.add(organizationRowId)}::bigint`, scope];
  if (search.statuses) where.push(`s.status = any(${p.add(search.statuses)}::text[])`);
  if (search.caseStatuses) where.push(`c.status = any(${p.add(search.caseStatuses)}::text[])`);
  if (search.overdue !== null) {
    const overdue = summonsOverdueSql('s', 'c', p.add(ctx.app.clock.now().toISOString()));
    where.push(search.overdue ? overdue : `not ${overdue}`);
  }
  // the case's columns come along under a prefix (both tables have id, area_path, status…)
  return keysetPage<SummonsRow & Record<string, unknown>, InboxSummons>(ctx.app.db.pool, 'summonses', page, {
    select: `${SUMMONS_COLUMNS}, ${CASE_COLUMNS_PREFIXED}`,
    from: 'case_summons s join civic_case c on c.id = s.case_id',
    where,
    params: p.values,
    idColumn: 's.id',
    map: (row) => {
      const caseRow = Object.fromEntries(
        Object.entries(row).flatMap(([k, v]) => (k.startsWith(PREFIX) ? [[k.slice(PREFIX.length), v]] : [])),
      ) as unknown as CaseRow;
      return Object.assign(toSummons(row), { joinedCase: toCase(caseRow) });
    },
  });
}
