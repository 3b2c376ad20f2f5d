import { fromGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { buildOrganization, type BuiltArea, type BuiltOrganizationKind } from './builders.js';
import * as cases from './cases.js';
import type { TestHub } from './server.js';

/*
 * The tests of cases' reads on top of the cases kit (the real mutations): parties whose admins have known
 * accounts (the tests check whose account an event shows), cases reported and accepted by a given staff token,
 * whistles summoning several organisations with chosen deadlines.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

export const gql = cases.runCase;

export interface Party {
  id: string;
  rowId: string;
  name: string;
  /** Its unit admin's token, for the account `adminSub`. */
  admin: string;
  adminSub: string;
}

/** An organisation (a department by default) stationed at `area`, registered by the district, with a token for its admin. */
export async function department(hub: TestHub, area: BuiltArea, name: string, kind: BuiltOrganizationKind = 'DEPARTMENT'): Promise<Party> {
  const org = await buildOrganization(hub, area, name, { kind });
  const adminSub = `admin-of-${name}`;
  return { id: org.id, rowId: fromGlobalId(org.id)!.id, name, admin: await hub.token({ role: Role.UNIT_ADMIN, organizationId: org.id, sub: adminSub }), adminSub };
}

export interface CaseDraft {
  title?: string;
  description?: string;
  category?: string;
  urgency?: string;
}

/** A case reported in `area` by `token` (staff of it); returns its id. */
export async function reportedCase(hub: TestHub, token: string, area: BuiltArea, draft: CaseDraft = {}): Promise<string> {
  return (await cases.reportCase(hub, area, { ...draft }, token)).id;
}

/** A case reported and accepted by `token` (an admin of its handling level); returns its id. */
export async function acceptedCase(hub: TestHub, token: string, area: BuiltArea, draft: CaseDraft = {}): Promise<string> {
  return (await cases.acceptedCase(hub, area, { ...draft }, token)).id;
}

export interface Whistle {
  caseId: string;
  completeDeadline: string;
  /** Summons ids in the order the organisations were given. */
  summonsIds: string[];
  reportInDeadlines: string[];
}

/** Blows the whistle on an accepted (or whistled) case as `token`: the first organisation leads (unless `support` says all support), the others support. */
export async function whistle(
  hub: TestHub,
  token: string,
  caseId: string,
  organizations: Party[],
  deadlines: { completeDeadline?: string; reportInDeadline?: string; support?: boolean } = {},
): Promise<Whistle> {
  const specs = organizations.map((o, i) => ({
    organizationId: o.id,
    role: i === 0 && !deadlines.support ? ('LEAD' as const) : ('SUPPORT' as const),
    reportInDeadline: deadlines.reportInDeadline,
  }));
  const data = await cases.whistle(hub, caseId, specs, token, deadlines.completeDeadline ? { completeDeadline: deadlines.completeDeadline } : {});
  const byOrg = new Map<string, Any>(data.summonses.map((s: Any) => [s.organization.id, s]));
  return {
    caseId,
    completeDeadline: data.case.completeDeadline,
    summonsIds: organizations.map((o) => byOrg.get(o.id).id),
    reportInDeadlines: organizations.map((o) => byOrg.get(o.id).reportInDeadline),
  };
}

/** A case reported, accepted and whistled by `token`, summoning `organizations`. */
export async function whistledCase(
  hub: TestHub,
  token: string,
  area: BuiltArea,
  organizations: Party[],
  draft: CaseDraft = {},
  deadlines: { completeDeadline?: string; reportInDeadline?: string } = {},
): Promise<Whistle> {
  return whistle(hub, token, await acceptedCase(hub, token, area, draft), organizations, deadlines);
}

export async function reportIn(hub: TestHub, summonsId: string, party: Party): Promise<void> {
  await cases.reportIn(hub, summonsId, party.admin);
}

/** The lead resolves the case. */
export async function resolveCase(hub: TestHub, caseId: string, lead: Party): Promise<void> {
  await cases.resolve(hub, caseId, lead.admin, '已依法拆除并恢复原状。');
}
