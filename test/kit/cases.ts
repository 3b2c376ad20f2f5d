import { expect } from 'vitest';
import { fromGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { buildOrganization, type BuiltArea } from './builders.js';
import type { TestHub } from './server.js';

/* Cases (吹哨报到) through the real API: reports, whistles, report-ins, declines, decisions, notes. */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

export const SUMMONS_FIELDS = `id role status level summonedAt reportInDeadline reportedInAt declinedAt declineReason decidedAt doneAt isOverdue
  organization { id name kind } history { action fromStatus toStatus actor { id role } reason at }`;

export const CASE_FIELDS = `id title description category source urgency level status location { lat lng } photoUrls ticketNumber
  reportedBy { id role } reportedAt acceptedAt whistledAt completeDeadline resolvedAt result closedAt reason version isOverdue
  area { id } handlingArea { id } mergedInto { id } demand { id }
  summonses { ${SUMMONS_FIELDS} }
  history { action fromStatus toStatus fromLevel toLevel actor { id role } reason at }
  notes { text actor { id role } at organization { id } }`;

const ERRORS = 'userErrors { code field message }';

export const REPORT_CASE = `mutation($input: ReportCaseInput!) { reportCase(input: $input) { case { ${CASE_FIELDS} } ${ERRORS} } }`;
export const ACCEPT_CASE = `mutation($input: CaseIdInput!) { acceptCase(input: $input) { case { ${CASE_FIELDS} } ${ERRORS} } }`;
export const REJECT_CASE = `mutation($input: CaseReasonInput!) { rejectCase(input: $input) { case { ${CASE_FIELDS} } ${ERRORS} } }`;
export const MERGE_CASE = `mutation($input: MergeCaseInput!) { mergeCase(input: $input) { case { ${CASE_FIELDS} } ${ERRORS} } }`;
export const WHISTLE_CASE = `mutation($input: WhistleCaseInput!) { whistleCase(input: $input) { case { ${CASE_FIELDS} } summonses { ${SUMMONS_FIELDS} } ${ERRORS} } }`;
export const REPORT_IN = `mutation($input: SummonsIdInput!) { reportInToCase(input: $input) { summons { ${SUMMONS_FIELDS} } case { ${CASE_FIELDS} } ${ERRORS} } }`;
export const DECLINE_SUMMONS = `mutation($input: SummonsReasonInput!) { declineSummons(input: $input) { summons { ${SUMMONS_FIELDS} } case { ${CASE_FIELDS} } ${ERRORS} } }`;
export const ACCEPT_DECLINE = `mutation($input: SummonsIdInput!) { acceptDecline(input: $input) { summons { ${SUMMONS_FIELDS} } case { ${CASE_FIELDS} } ${ERRORS} } }`;
export const OVERRULE_DECLINE = `mutation($input: SummonsReasonInput!) { overruleDecline(input: $input) { summons { ${SUMMONS_FIELDS} } case { ${CASE_FIELDS} } ${ERRORS} } }`;
export const ADD_CASE_NOTE = `mutation($input: AddCaseNoteInput!) { addCaseNote(input: $input) { note { text actor { id role } at organization { id } } case { ${CASE_FIELDS} } ${ERRORS} } }`;
export const RESOLVE_CASE = `mutation($input: ResolveCaseInput!) { resolveCase(input: $input) { case { ${CASE_FIELDS} } ${ERRORS} } }`;
export const CLOSE_CASE = `mutation($input: CaseIdInput!) { closeCase(input: $input) { case { ${CASE_FIELDS} } ${ERRORS} } }`;
export const REOPEN_CASE = `mutation($input: CaseReasonInput!) { reopenCase(input: $input) { case { ${CASE_FIELDS} } ${ERRORS} } }`;
export const ESCALATE_CASE = `mutation($input: CaseReasonInput!) { escalateCase(input: $input) { case { ${CASE_FIELDS} } ${ERRORS} } }`;
export const CASE = `query($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`;

/** Every case mutation with its document and payload field, for the tests that go through them all. */
export const CASE_MUTATIONS = {
  reportCase: REPORT_CASE,
  acceptCase: ACCEPT_CASE,
  rejectCase: REJECT_CASE,
  mergeCase: MERGE_CASE,
  whistleCase: WHISTLE_CASE,
  reportInToCase: REPORT_IN,
  declineSummons: DECLINE_SUMMONS,
  acceptDecline: ACCEPT_DECLINE,
  overruleDecline: OVERRULE_DECLINE,
  addCaseNote: ADD_CASE_NOTE,
  resolveCase: RESOLVE_CASE,
  closeCase: CLOSE_CASE,
  reopenCase: REOPEN_CASE,
  escalateCase: ESCALATE_CASE,
} as const;

export type CaseMutation = keyof typeof CASE_MUTATIONS;

/** Runs a document and fails the test on any GraphQL error; returns the data. */
export function runCase(hub: TestHub, document: string, variables: Record<string, unknown>, token: string): Promise<Any> {
  return hub.client.data<Any, Record<string, unknown>>(document, variables, token);
}

/** Runs case mutation `name` with `input`; fails the test on GraphQL errors or user errors; returns the payload. */
export async function must(hub: TestHub, name: CaseMutation, input: Record<string, unknown>, token: string): Promise<Any> {
  const data = await runCase(hub, CASE_MUTATIONS[name], { input }, token);
  expect(data[name].userErrors, name).toEqual([]);
  return data[name];
}

/** Runs case mutation `name` expecting user errors; returns their codes (the payload's other fields are null). */
export async function userErrorsOf(hub: TestHub, name: CaseMutation, input: Record<string, unknown>, token: string): Promise<string[]> {
  const data = await runCase(hub, CASE_MUTATIONS[name], { input }, token);
  return data[name].userErrors.map((e: { code: string }) => e.code);
}

/** The code of the GraphQL error case mutation `name` answers (FORBIDDEN, NOT_FOUND, BAD_USER_INPUT…), or undefined. */
export function errorCodeOf(hub: TestHub, name: CaseMutation, input: Record<string, unknown>, token: string): Promise<string | undefined> {
  return hub.client.errorCode(CASE_MUTATIONS[name], { input }, token);
}

export const districtAdmin = (hub: TestHub) => hub.token({ role: Role.DISTRICT_ADMIN });
export const streetAdmin = (hub: TestHub, street: BuiltArea) => hub.token({ role: Role.STREET_ADMIN, areaId: street.id });
export const communityAdmin = (hub: TestHub, community: BuiltArea) => hub.token({ role: Role.COMMUNITY_ADMIN, areaId: community.id });
export const gridWorker = (hub: TestHub, grid: BuiltArea) => hub.token({ role: Role.GRID_WORKER, areaId: grid.id });
export const unitAdmin = (hub: TestHub, organizationId: string) => hub.token({ role: Role.UNIT_ADMIN, organizationId });

let departments = 0;

/** An organisation summoned to cases, with its admin's token. */
export interface BuiltParty {
  id: string;
  rowId: string;
  name: string;
  token: string;
}

/** A department (职能部门) stationed in `area` (the district, or a street), registered through the API, with its UNIT_ADMIN's token. */
export async function buildDepartment(hub: TestHub, area: BuiltArea, name = `城市管理委员会${++departments}`): Promise<BuiltParty> {
  const org = await buildOrganization(hub, area, name, { kind: 'DEPARTMENT' });
  return { id: org.id, rowId: org.rowId, name, token: await unitAdmin(hub, org.id) };
}

/** A resident unit stationed in `area`, with its UNIT_ADMIN's token (units may be summoned too). */
export async function buildUnit(hub: TestHub, area: BuiltArea, name?: string): Promise<BuiltParty> {
  const org = await buildOrganization(hub, area, name);
  return { id: org.id, rowId: org.rowId, name: org.name, token: await unitAdmin(hub, org.id) };
}

/** A report of a problem in `area`: an overflowing rubbish station, found on patrol. */
export function caseInput(area: BuiltArea, patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    areaId: area.id,
    title: '垃圾站满溢',
    description: '3号楼北侧垃圾站连续三天未清运，异味严重，居民多次反映',
    category: 'ENVIRONMENT_HYGIENE',
    source: 'GRID_PATROL',
    urgency: 'NORMAL',
    location: { lat: 39.9151, lng: 116.4251 },
    photoUrls: ['https://img.example.cn/cases/1.jpg'],
    ...patch,
  };
}

/** Reports a case in `area` (as a district admin unless a token is given); returns it. */
export async function reportCase(hub: TestHub, area: BuiltArea, patch: Record<string, unknown> = {}, token?: string): Promise<Any> {
  return (await must(hub, 'reportCase', caseInput(area, patch), token ?? (await districtAdmin(hub)))).case;
}

/** Reports and accepts a case in `area` (by a district admin unless tokens are given); returns it ACCEPTED. */
export async function acceptedCase(hub: TestHub, area: BuiltArea, patch: Record<string, unknown> = {}, token?: string): Promise<Any> {
  const admin = token ?? (await districtAdmin(hub));
  const c = await reportCase(hub, area, patch, admin);
  return (await must(hub, 'acceptCase', { id: c.id }, admin)).case;
}

export interface SummonsSpec {
  organizationId: string;
  role: 'LEAD' | 'SUPPORT';
  reportInDeadline?: string;
}

/** Whistles a case (by a district admin unless a token is given); returns the payload ({ case, summonses }). */
export async function whistle(hub: TestHub, caseId: string, summonses: SummonsSpec[], token?: string, extra: Record<string, unknown> = {}): Promise<Any> {
  return must(hub, 'whistleCase', { id: caseId, summonses, ...extra }, token ?? (await districtAdmin(hub)));
}

export const reportIn = async (hub: TestHub, summonsId: string, token: string): Promise<Any> => must(hub, 'reportInToCase', { summonsId }, token);
export const decline = async (hub: TestHub, summonsId: string, token: string, reason = '不属于本部门职责'): Promise<Any> =>
  must(hub, 'declineSummons', { summonsId, reason }, token);
export const acceptDecline = async (hub: TestHub, summonsId: string, token?: string): Promise<Any> =>
  must(hub, 'acceptDecline', { summonsId }, token ?? (await districtAdmin(hub)));
export const overrule = async (hub: TestHub, summonsId: string, token?: string, reason = '属于职责范围，请报到'): Promise<Any> =>
  must(hub, 'overruleDecline', { summonsId, reason }, token ?? (await districtAdmin(hub)));
export const addNote = async (hub: TestHub, caseId: string, text: string, token: string): Promise<Any> => must(hub, 'addCaseNote', { caseId, text }, token);
export const resolve = async (hub: TestHub, caseId: string, token: string, result = '已清运并加装分类垃圾桶'): Promise<Any> =>
  (await must(hub, 'resolveCase', { id: caseId, result }, token)).case;
export const close = async (hub: TestHub, caseId: string, token?: string): Promise<Any> =>
  (await must(hub, 'closeCase', { id: caseId }, token ?? (await districtAdmin(hub)))).case;
export const reopen = async (hub: TestHub, caseId: string, token?: string, reason = '居民反映问题复现'): Promise<Any> =>
  (await must(hub, 'reopenCase', { id: caseId, reason }, token ?? (await districtAdmin(hub)))).case;
export const escalate = async (hub: TestHub, caseId: string, token: string, reason = '涉及多个部门，社区无法协调'): Promise<Any> =>
  (await must(hub, 'escalateCase', { id: caseId, reason }, token)).case;
export const reject = async (hub: TestHub, caseId: string, token?: string, reason = '不属于受理范围'): Promise<Any> =>
  (await must(hub, 'rejectCase', { id: caseId, reason }, token ?? (await districtAdmin(hub)))).case;
export const merge = async (hub: TestHub, caseId: string, intoId: string, token?: string): Promise<Any> =>
  (await must(hub, 'mergeCase', { id: caseId, intoId }, token ?? (await districtAdmin(hub)))).case;

/** The case as a district admin reads it. */
export async function caseOf(hub: TestHub, id: string): Promise<Any> {
  return (await runCase(hub, CASE, { id }, await districtAdmin(hub))).case;
}

/**
 * A WHISTLED case in `area` with `lead` and `support` summoned (accepted and whistled by a district admin):
 * the case and the two summonses' ids.
 */
export async function whistledCase(hub: TestHub, area: BuiltArea, lead: BuiltParty, support?: BuiltParty, patch: Record<string, unknown> = {}) {
  const c = await acceptedCase(hub, area, patch);
  const summonses: SummonsSpec[] = [{ organizationId: lead.id, role: 'LEAD' }];
  if (support) summonses.push({ organizationId: support.id, role: 'SUPPORT' });
  const w = await whistle(hub, c.id, summonses);
  return { case: w.case, id: w.case.id as string, leadSummonsId: w.summonses[0].id as string, supportSummonsId: (w.summonses[1]?.id ?? null) as string | null };
}

/** The row id of a global id. */
export const rowIdOf = (globalId: string) => fromGlobalId(globalId)!.id;

/**
 * Everything stored about a case, read with SQL: its row, summonses, histories, notes and the events about
 * it. Tests compare it before and after a refused write: nothing may have changed.
 */
export async function caseSnapshot(hub: TestHub, caseId: string) {
  const id = rowIdOf(caseId);
  const q = async (sql: string) => (await hub.app.db.pool.query(sql, [id])).rows;
  return {
    row: await q('select * from civic_case where id = $1'),
    summonses: await q('select * from case_summons where case_id = $1 order by id'),
    history: await q('select * from case_history where case_id = $1 order by id'),
    summonsHistory: await q('select h.* from case_summons_history h join case_summons s on s.id = h.summons_id where s.case_id = $1 order by h.id'),
    notes: await q('select * from case_note where case_id = $1 order by id'),
    events: await q(`select cursor, type from event where subject_type = 'Case' and subject_id = $1 order by cursor`),
  };
}

/** The events about a case as stored: type, scope and data, oldest first. */
export async function caseEventRows(hub: TestHub, caseId: string) {
  const { rows } = await hub.app.db.pool.query<{ type: string; area_path: string; organization_ids: string[]; is_public: boolean; data: Record<string, unknown>; actor_role: string }>(
    `select type, area_path, organization_ids::text[] as organization_ids, is_public, data, actor_role from event
     where subject_type = 'Case' and subject_id = $1 order by cursor`,
    [rowIdOf(caseId)],
  );
  return rows;
}

// ---- residents (居民) and what staff write for the walls ------------------------------------------------

let residents = 0;

/** A RESIDENT's token: account `sub` (a new one unless given), declaring `community` as home when given. */
export const residentToken = (hub: TestHub, community?: BuiltArea, sub = `resident-${++residents}`) =>
  hub.token({ role: Role.RESIDENT, sub, ...(community ? { areaId: community.id } : {}) });

/** A resident's report in `area`: source RESIDENT, no ticket, one photo. */
export const residentCaseInput = (area: BuiltArea, patch: Record<string, unknown> = {}) =>
  caseInput(area, { source: 'RESIDENT', title: '楼道堆物', description: '5号楼2单元楼道堆放杂物，影响通行和消防安全', ...patch });

export const SET_CASE_MEASURES = `mutation($input: SetCaseMeasuresInput!) { setCaseMeasures(input: $input) { case { ${CASE_FIELDS} measures measuresAt photosPublic } ${ERRORS} } }`;
export const PUBLISH_CASE_PHOTOS = `mutation($input: CaseIdInput!) { publishCasePhotos(input: $input) { case { ${CASE_FIELDS} measures measuresAt photosPublic } ${ERRORS} } }`;
export const MY_CASES = `query($filter: MyCasesFilter, $first: Int, $after: String) {
  myCases(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id title description category source status location { lat lng } photoUrls photosPublic ticketNumber measures
      reportedBy { id role } area { id } history { action fromStatus toStatus actor { id role } reason at } } }
  }
}`;

/** The payload of setCaseMeasures (user errors left to the caller). */
export const setMeasuresPayload = async (hub: TestHub, input: Record<string, unknown>, token: string): Promise<Any> =>
  (await runCase(hub, SET_CASE_MEASURES, { input }, token)).setCaseMeasures;

/** The payload of publishCasePhotos (user errors left to the caller). */
export const publishPhotosPayload = async (hub: TestHub, input: Record<string, unknown>, token: string): Promise<Any> =>
  (await runCase(hub, PUBLISH_CASE_PHOTOS, { input }, token)).publishCasePhotos;

/** Sets a case's measures (by a district admin unless a token is given); fails the test on user errors; returns the case. */
export async function setMeasures(hub: TestHub, caseId: string, measures = '已联系环卫所每日清运两次，并增设临时垃圾箱', token?: string): Promise<Any> {
  const payload = await setMeasuresPayload(hub, { id: caseId, measures }, token ?? (await districtAdmin(hub)));
  expect(payload.userErrors, 'setCaseMeasures').toEqual([]);
  return payload.case;
}

/** Marks a case's photos public (by a district admin unless a token is given); fails the test on user errors; returns the case. */
export async function publishPhotos(hub: TestHub, caseId: string, token?: string): Promise<Any> {
  const payload = await publishPhotosPayload(hub, { id: caseId }, token ?? (await districtAdmin(hub)));
  expect(payload.userErrors, 'publishCasePhotos').toEqual([]);
  return payload.case;
}
