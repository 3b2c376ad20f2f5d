import { expect } from 'vitest';
import { fromGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import type { BuiltArea } from './builders.js';
import type { TestHub } from './server.js';

/*
 * Cases for the tests of their reads, written through the real mutations: departments registered by the
 * district, cases reported and accepted by the community's staff, whistles, report-ins, resolutions.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

export function gql(hub: TestHub, document: string, variables: Record<string, unknown>, token: string): Promise<Any> {
  return hub.client.data<Any, Record<string, unknown>>(document, variables, token);
}

/** Runs a mutation whose payload is `field`; fails the test on user errors; returns the payload. */
async function must(hub: TestHub, document: string, field: string, input: Record<string, unknown>, token: string): Promise<Any> {
  const data = await gql(hub, document, { input }, token);
  expect(data[field].userErrors).toEqual([]);
  return data[field];
}

const REGISTER = `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { organization { id } userErrors { code field message } } }`;
const REPORT = `mutation($input: ReportCaseInput!) { reportCase(input: $input) { case { id version } userErrors { code field message } } }`;
const ACCEPT = `mutation($input: CaseIdInput!) { acceptCase(input: $input) { case { id status } userErrors { code field message } } }`;
const WHISTLE = `mutation($input: WhistleCaseInput!) { whistleCase(input: $input) { case { id status completeDeadline } summonses { id reportInDeadline organization { id } } userErrors { code field message } } }`;
const REPORT_IN = `mutation($input: SummonsIdInput!) { reportInToCase(input: $input) { summons { id status } userErrors { code field message } } }`;
const DECLINE = `mutation($input: SummonsReasonInput!) { declineSummons(input: $input) { summons { id status } userErrors { code field message } } }`;
const RESOLVE = `mutation($input: ResolveCaseInput!) { resolveCase(input: $input) { case { id status } userErrors { code field message } } }`;

export interface Party {
  id: string;
  rowId: string;
  name: string;
  /** Its unit admin's token. */
  admin: string;
  adminSub: string;
}

let parties = 0;

/** A department (职能部门) stationed at `area`, registered by the district, with a token for its admin. */
export async function department(hub: TestHub, area: BuiltArea, name = `测试职能部门${++parties}`, kind = 'DEPARTMENT'): Promise<Party> {
  const district = await hub.token({ role: Role.DISTRICT_ADMIN });
  const data = await must(hub, REGISTER, 'registerOrganization', { kind, name, areaId: area.id, address: '北京市东城区钱粮胡同3号' }, district);
  const id = data.organization.id as string;
  const adminSub = `admin-of-${name}`;
  return { id, rowId: fromGlobalId(id)!.id, name, admin: await hub.token({ role: Role.UNIT_ADMIN, organizationId: id, sub: adminSub }), adminSub };
}

export interface CaseDraft {
  title?: string;
  description?: string;
  category?: string;
  urgency?: string;
  source?: string;
}

/** A case reported in `area` by `token` (staff of it); returns its id. */
export async function reportedCase(hub: TestHub, token: string, area: BuiltArea, draft: CaseDraft = {}): Promise<string> {
  const data = await must(hub, REPORT, 'reportCase', {
    areaId: area.id,
    title: draft.title ?? '楼道堆物',
    description: draft.description ?? '3号楼2单元楼道堆满纸箱和旧家具，堵住消防通道。',
    category: draft.category ?? 'PUBLIC_SAFETY',
    source: draft.source ?? 'GRID_PATROL',
    urgency: draft.urgency ?? 'NORMAL',
  }, token);
  return data.case.id;
}

/** A case reported and accepted by `token` (an admin of its handling level). */
export async function acceptedCase(hub: TestHub, token: string, area: BuiltArea, draft: CaseDraft = {}): Promise<string> {
  const id = await reportedCase(hub, token, area, draft);
  await must(hub, ACCEPT, 'acceptCase', { id }, token);
  return id;
}

export interface Whistle {
  caseId: string;
  completeDeadline: string;
  /** Summons ids in the order the organisations were given. */
  summonsIds: string[];
  reportInDeadlines: string[];
}

/** Blows the whistle on an accepted (or whistled) case: the first organisation leads, the others support. */
export async function whistle(
  hub: TestHub,
  token: string,
  caseId: string,
  organizations: Party[],
  deadlines: { completeDeadline?: string; reportInDeadline?: string } = {},
): Promise<Whistle> {
  const data = await must(hub, WHISTLE, 'whistleCase', {
    id: caseId,
    summonses: organizations.map((o, i) => ({ organizationId: o.id, role: i === 0 ? 'LEAD' : 'SUPPORT', reportInDeadline: deadlines.reportInDeadline })),
    completeDeadline: deadlines.completeDeadline,
  }, token);
  const byOrg = new Map<string, { id: string; reportInDeadline: string }>(data.summonses.map((s: Any) => [s.organization.id, s]));
  return {
    caseId,
    completeDeadline: data.case.completeDeadline,
    summonsIds: organizations.map((o) => byOrg.get(o.id)!.id),
    reportInDeadlines: organizations.map((o) => byOrg.get(o.id)!.reportInDeadline),
  };
}

/** A case accepted and whistled by `token`, summoning `organizations`. */
export async function whistledCase(hub: TestHub, token: string, area: BuiltArea, organizations: Party[], draft: CaseDraft = {}, deadlines = {}): Promise<Whistle> {
  return whistle(hub, token, await acceptedCase(hub, token, area, draft), organizations, deadlines);
}

export async function reportIn(hub: TestHub, summonsId: string, party: Party): Promise<void> {
  await must(hub, REPORT_IN, 'reportInToCase', { summonsId }, party.admin);
}

export async function declineSummons(hub: TestHub, summonsId: string, party: Party, reason = '不属于本部门职责'): Promise<void> {
  await must(hub, DECLINE, 'declineSummons', { summonsId, reason }, party.admin);
}

/** The lead resolves the case. */
export async function resolveCase(hub: TestHub, caseId: string, lead: Party, result = '已清理楼道堆物，恢复消防通道畅通。'): Promise<void> {
  await must(hub, RESOLVE, 'resolveCase', { id: caseId, result }, lead.admin);
}
