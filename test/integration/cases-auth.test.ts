import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import { buildDistrict, type District } from '../kit/builders.js';
import { insertGrid, postDemand } from '../kit/demands.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';
import {
  acceptedCase, buildDepartment, CASE_MUTATIONS, REPORT_CASE, buildUnit, caseInput, caseSnapshot, close, communityAdmin, decline, districtAdmin, errorCodeOf, escalate,
  gridWorker, must, reportCase, reportIn, resolve, rowIdOf, runCase, streetAdmin, whistle, whistledCase, type BuiltParty, type CaseMutation,
} from '../kit/cases.js';

/*
 * Who may do what to cases, and every user error of their mutations, each provoked with nothing changed:
 * the case's row, summonses, histories, notes and events compared before and after.
 */

let hub: TestHub;
let d: District;
let district: string;
let street: string;
let otherStreet: string;
let admin: string;
let neighbourAdmin: string;
let otherAdmin: string;
let grid: string;
let volunteer: string;
let streetDept: BuiltParty;
let otherStreetDept: BuiltParty;
let districtDept: BuiltParty;
let unit: BuiltParty;
let farUnit: BuiltParty;

const NOW = new Date(TEST_NOW);
const later = (h: number) => new Date(NOW.getTime() + h * 3_600_000).toISOString();

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
  district = await districtAdmin(hub);
  street = await streetAdmin(hub, d.street);
  otherStreet = await streetAdmin(hub, d.otherStreet);
  admin = await communityAdmin(hub, d.community);
  neighbourAdmin = await communityAdmin(hub, d.neighbourCommunity);
  otherAdmin = await communityAdmin(hub, d.otherCommunity);
  grid = await gridWorker(hub, d.grid);
  volunteer = await hub.token({ role: Role.VOLUNTEER, areaId: d.community.id });
  streetDept = await buildDepartment(hub, d.street, '建国门街道城管执法队');
  otherStreetDept = await buildDepartment(hub, d.otherStreet, '东华门街道城管执法队');
  districtDept = await buildDepartment(hub, d.district, '东城区市场监督管理局');
  unit = await buildUnit(hub, d.community, '史家胡同物业公司');
  farUnit = await buildUnit(hub, d.otherCommunity, '韶九物业公司');
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(() => hub?.close());

/** Expects `name` to be refused with a GraphQL error `code`, and the case (when given) unchanged. */
async function refused(name: CaseMutation, input: Record<string, unknown>, token: string | null, code: string, caseId?: string) {
  const before = caseId ? await caseSnapshot(hub, caseId) : null;
  const got = token === null ? await hub.client.errorCode(`mutation($input: ${INPUTS[name]}!) { ${name}(input: $input) { userErrors { code } } }`, { input }, null) : await errorCodeOf(hub, name, input, token);
  expect(got, `${name} as ${token === null ? 'anonymous' : 'token'}`).toBe(code);
  if (caseId) expect(await caseSnapshot(hub, caseId)).toEqual(before);
}

/** Expects `name` to answer exactly the user error `code` and change nothing of the case. */
async function userError(name: CaseMutation, input: Record<string, unknown>, token: string, code: string, caseId: string) {
  const before = await caseSnapshot(hub, caseId);
  const data = await runCase(hub, CASE_MUTATIONS[name], { input }, token);
  expect(data[name].userErrors.map((e: { code: string }) => e.code), name).toEqual([code]);
  const others = Object.entries(data[name]).filter(([k]) => k !== 'userErrors');
  for (const [k, v] of others) expect(v, k).toEqual(Array.isArray(v) ? [] : null);
  expect(await caseSnapshot(hub, caseId)).toEqual(before);
}

const INPUTS: Record<CaseMutation, string> = {
  reportCase: 'ReportCaseInput',
  acceptCase: 'CaseIdInput',
  rejectCase: 'CaseReasonInput',
  mergeCase: 'MergeCaseInput',
  whistleCase: 'WhistleCaseInput',
  reportInToCase: 'SummonsIdInput',
  declineSummons: 'SummonsReasonInput',
  acceptDecline: 'SummonsIdInput',
  overruleDecline: 'SummonsReasonInput',
  addCaseNote: 'AddCaseNoteInput',
  resolveCase: 'ResolveCaseInput',
  closeCase: 'CaseIdInput',
  reopenCase: 'CaseReasonInput',
  escalateCase: 'CaseReasonInput',
};

const caseCount = async () => Number((await hub.app.db.pool.query<{ n: string }>('select count(*) as n from civic_case')).rows[0].n);

describe('who may report a case', () => {
  it('staff of the area only: FORBIDDEN for other roles, another community\'s admin and a grid worker outside their grid', async () => {
    const before = await caseCount();
    await refused('reportCase', caseInput(d.grid), null, 'UNAUTHENTICATED');
    await refused('reportCase', caseInput(d.grid), volunteer, 'FORBIDDEN');
    await refused('reportCase', caseInput(d.grid), unit.token, 'FORBIDDEN');
    await refused('reportCase', caseInput(d.grid), otherAdmin, 'FORBIDDEN');
    await refused('reportCase', caseInput(d.grid), neighbourAdmin, 'FORBIDDEN');
    await refused('reportCase', caseInput(d.community), grid, 'FORBIDDEN');
    await refused('reportCase', caseInput(d.street), admin, 'FORBIDDEN');
    await refused('reportCase', caseInput(d.otherGrid), street, 'FORBIDDEN');
    await refused('reportCase', caseInput(d.grid, { areaId: 'QXJlYTo5OTk5OTk' }), district, 'NOT_FOUND');
    await refused('reportCase', caseInput(d.grid, { photoUrls: ['ftp://img.example.cn/1.jpg'] }), grid, 'BAD_USER_INPUT');
    await refused('reportCase', caseInput(d.grid, { photoUrls: Array.from({ length: 10 }, (_, i) => `https://img.example.cn/${i}.jpg`) }), grid, 'BAD_USER_INPUT');
    await refused('reportCase', caseInput(d.grid, { title: '  ' }), grid, 'BAD_USER_INPUT');
    expect(await caseCount()).toBe(before);
    // the grid worker in their grid, the street admin in a community of their street
    expect((await reportCase(hub, d.grid, {}, grid)).level).toBe('COMMUNITY');
    expect((await reportCase(hub, d.neighbourCommunity, { location: { lat: 39.912, lng: 116.431, system: 'GCJ02' } }, street)).location).not.toBeNull();
  });

  it('every user error of a report, changing nothing', async () => {
    const before = await caseCount();
    const errorOf = async (input: Record<string, unknown>, token = admin) =>
      (await runCase(hub, REPORT_CASE, { input }, token)).reportCase.userErrors.map((e: { code: string }) => e.code);
    expect(await errorOf(caseInput(d.grid, { source: 'HOTLINE_12345' }))).toEqual(['CASE_TICKET_NUMBER_REQUIRED']);
    expect(await errorOf(caseInput(d.grid, { source: 'GRID_PATROL', ticketNumber: 'BJ12345-1' }))).toEqual(['CASE_TICKET_NUMBER_NOT_ALLOWED']);
    expect(await errorOf(caseInput(d.grid, { source: 'DEMAND' }))).toEqual(['CASE_DEMAND_REQUIRED']);
    const demand = await postDemand(hub, d.grid);
    expect(await errorOf(caseInput(d.grid, { source: 'RESIDENT', demandId: demand.id }))).toEqual(['CASE_DEMAND_NOT_ALLOWED']);
    const farDemand = await postDemand(hub, d.otherGrid);
    expect(await errorOf(caseInput(d.grid, { source: 'DEMAND', demandId: farDemand.id }), district)).toEqual(['CASE_DEMAND_OF_OTHER_AREA']);
    // a demand the reporter may not see is NOT_FOUND
    await refused('reportCase', caseInput(d.grid, { source: 'DEMAND', demandId: farDemand.id }), admin, 'NOT_FOUND');
    const retired = await insertGrid(hub.app.db.pool, d.community, '已撤销网格');
    await hub.app.db.pool.query('update area set retired_at = $2 where id = $1', [retired.rowId, NOW]);
    expect(await errorOf(caseInput(retired))).toEqual(['AREA_RETIRED']);
    // a grid with a boundary: a point far outside it
    const ring = [[116.424, 39.914], [116.426, 39.914], [116.426, 39.916], [116.424, 39.916], [116.424, 39.914]];
    const bounded = await runCase(
      hub,
      'mutation($input: CreateAreaInput!) { createArea(input: $input) { area { id } userErrors { code } } }',
      { input: { kind: 'GRID', parentId: d.community.id, name: '有边界网格', centroid: { lat: 39.915, lng: 116.425 }, boundary: { geojson: { type: 'Polygon', coordinates: [ring] } } } },
      district,
    );
    expect(bounded.createArea.userErrors).toEqual([]);
    const boundedGrid = { id: bounded.createArea.area.id, rowId: '', path: '' };
    expect(await errorOf(caseInput(boundedGrid, { location: { lat: 39.93, lng: 116.40 } }))).toEqual(['POINT_OUTSIDE_AREA']);
    expect(await caseCount()).toBe(before);
    // and with a demand of its own community, a case of source DEMAND is reported
    const fromDemand = await reportCase(hub, d.grid, { source: 'DEMAND', demandId: demand.id }, admin);
    expect(fromDemand.demand).toEqual({ id: demand.id });
  });
});

describe('who may act on a case', () => {
  it('the handling level\'s admins: grid workers, units, volunteers FORBIDDEN; other communities and streets NOT_FOUND', async () => {
    const c = await reportCase(hub, d.grid, {}, grid);
    const other = await reportCase(hub, d.grid, {}, grid);
    const handled: [CaseMutation, Record<string, unknown>][] = [
      ['acceptCase', { id: c.id }],
      ['rejectCase', { id: c.id, reason: '不受理' }],
      ['mergeCase', { id: c.id, intoId: other.id }],
      ['escalateCase', { id: c.id, reason: '升级' }],
      ['closeCase', { id: c.id }],
      ['reopenCase', { id: c.id, reason: '重开' }],
      ['whistleCase', { id: c.id, summonses: [{ organizationId: streetDept.id, role: 'LEAD' }] }],
    ];
    for (const [name, input] of handled) {
      await refused(name, input, null, 'UNAUTHENTICATED', c.id);
      await refused(name, input, grid, 'FORBIDDEN', c.id);
      await refused(name, input, unit.token, 'FORBIDDEN', c.id);
      await refused(name, input, volunteer, 'FORBIDDEN', c.id);
      await refused(name, input, neighbourAdmin, 'NOT_FOUND', c.id);
      await refused(name, input, otherAdmin, 'NOT_FOUND', c.id);
      await refused(name, input, otherStreet, 'NOT_FOUND', c.id);
    }
    // a case of another street is NOT_FOUND to this street's admin
    const far = await reportCase(hub, d.otherGrid);
    await refused('acceptCase', { id: far.id }, street, 'NOT_FOUND', far.id);
    await refused('addCaseNote', { caseId: far.id, text: '看看' }, street, 'NOT_FOUND', far.id);
    // once escalated, the community sees it but no longer handles it
    await must(hub, 'acceptCase', { id: c.id }, admin);
    await escalate(hub, c.id, admin);
    await refused('whistleCase', { id: c.id, summonses: [{ organizationId: streetDept.id, role: 'LEAD' }] }, admin, 'FORBIDDEN', c.id);
    await refused('rejectCase', { id: c.id, reason: '不受理' }, admin, 'FORBIDDEN', c.id);
    await refused('escalateCase', { id: c.id, reason: '再升级' }, admin, 'FORBIDDEN', c.id);
    await must(hub, 'whistleCase', { id: c.id, summonses: [{ organizationId: streetDept.id, role: 'LEAD' }] }, street);
  });

  it('only the summoned organisation\'s admin reports in or declines; only the handling level decides a decline', async () => {
    const w = await whistledCase(hub, d.grid, streetDept, unit);
    const lead = w.leadSummonsId;
    for (const name of ['reportInToCase', 'declineSummons'] as const) {
      const input = name === 'reportInToCase' ? { summonsId: lead } : { summonsId: lead, reason: '不属于职责' };
      await refused(name, input, null, 'UNAUTHENTICATED', w.id);
      // another organisation summoned to the same case sees it, but it is not its summons
      await refused(name, input, unit.token, 'FORBIDDEN', w.id);
      // an organisation not summoned does not see it
      await refused(name, input, farUnit.token, 'NOT_FOUND', w.id);
      await refused(name, input, districtDept.token, 'NOT_FOUND', w.id);
      for (const token of [admin, grid, district, volunteer]) await refused(name, input, token, 'FORBIDDEN', w.id);
    }
    await decline(hub, lead, streetDept.token);
    for (const name of ['acceptDecline', 'overruleDecline'] as const) {
      const input = name === 'acceptDecline' ? { summonsId: lead } : { summonsId: lead, reason: '属于职责' };
      await refused(name, input, grid, 'FORBIDDEN', w.id);
      await refused(name, input, streetDept.token, 'FORBIDDEN', w.id);
      await refused(name, input, unit.token, 'FORBIDDEN', w.id);
      await refused(name, input, neighbourAdmin, 'NOT_FOUND', w.id);
      await refused(name, input, otherStreet, 'NOT_FOUND', w.id);
    }
    await refused('reportInToCase', { summonsId: 'Q2FzZVN1bW1vbnM6OTk5OTk5' }, streetDept.token, 'NOT_FOUND');
  });

  it('notes by the parties only: a released organisation, volunteers and other communities may not', async () => {
    const w = await whistledCase(hub, d.grid, streetDept, unit);
    await decline(hub, w.supportSummonsId!, unit.token);
    await must(hub, 'acceptDecline', { summonsId: w.supportSummonsId }, admin);
    const input = { caseId: w.id, text: '进展如何？' };
    await refused('addCaseNote', input, null, 'UNAUTHENTICATED', w.id);
    await refused('addCaseNote', input, unit.token, 'FORBIDDEN', w.id);
    await refused('addCaseNote', input, volunteer, 'FORBIDDEN', w.id);
    await refused('addCaseNote', input, farUnit.token, 'NOT_FOUND', w.id);
    await refused('addCaseNote', input, neighbourAdmin, 'NOT_FOUND', w.id);
    await refused('addCaseNote', input, otherStreet, 'NOT_FOUND', w.id);
    await refused('addCaseNote', { caseId: w.id, text: '长'.repeat(2001) }, grid, 'BAD_USER_INPUT', w.id);
    // the parties: the grid worker, the street above, the live lead
    for (const token of [grid, admin, street, streetDept.token]) await must(hub, 'addCaseNote', input, token);
  });

  it('the lead resolves a whistled case; the handling level one nobody is summoned to; nobody else', async () => {
    const w = await whistledCase(hub, d.grid, streetDept, unit);
    await reportIn(hub, w.leadSummonsId, streetDept.token);
    await reportIn(hub, w.supportSummonsId!, unit.token);
    const input = { id: w.id, result: '已处理' };
    await refused('resolveCase', input, null, 'UNAUTHENTICATED', w.id);
    await refused('resolveCase', input, unit.token, 'FORBIDDEN', w.id);
    await refused('resolveCase', input, admin, 'FORBIDDEN', w.id);
    await refused('resolveCase', input, district, 'FORBIDDEN', w.id);
    await refused('resolveCase', input, grid, 'FORBIDDEN', w.id);
    await refused('resolveCase', input, volunteer, 'FORBIDDEN', w.id);
    await refused('resolveCase', input, farUnit.token, 'NOT_FOUND', w.id);
    await resolve(hub, w.id, streetDept.token);

    const own = await acceptedCase(hub, d.grid, {}, admin);
    await refused('resolveCase', { id: own.id, result: '已处理' }, grid, 'FORBIDDEN', own.id);
    await refused('resolveCase', { id: own.id, result: '已处理' }, neighbourAdmin, 'NOT_FOUND', own.id);
    await refused('resolveCase', { id: own.id, result: '已处理' }, streetDept.token, 'NOT_FOUND', own.id);
    await resolve(hub, own.id, admin);
  });
});

describe('user errors of cases, each changing nothing', () => {
  it('accept, reject, merge, close, reopen, escalate out of turn; versions', async () => {
    const c = await reportCase(hub, d.grid, {}, grid);
    await userError('closeCase', { id: c.id }, admin, 'CASE_NOT_CLOSABLE', c.id);
    await userError('reopenCase', { id: c.id, reason: '重开' }, admin, 'CASE_NOT_REOPENABLE', c.id);
    await userError('acceptCase', { id: c.id, version: 7 }, admin, 'VERSION_CONFLICT', c.id);
    await userError('whistleCase', { id: c.id, summonses: [{ organizationId: streetDept.id, role: 'LEAD' }] }, admin, 'CASE_NOT_WHISTLEABLE', c.id);
    await userError('resolveCase', { id: c.id, result: '已处理' }, admin, 'CASE_NOT_RESOLVABLE', c.id);
    await must(hub, 'acceptCase', { id: c.id, version: 1 }, admin);
    await userError('acceptCase', { id: c.id }, admin, 'CASE_NOT_ACCEPTABLE', c.id);
    await userError('rejectCase', { id: c.id, reason: '不受理' }, admin, 'CASE_NOT_REJECTABLE', c.id);
    await userError('rejectCase', { id: c.id, reason: '不受理', version: 1 }, admin, 'VERSION_CONFLICT', c.id);

    const closed = await whistledCase(hub, d.grid, streetDept);
    await reportIn(hub, closed.leadSummonsId, streetDept.token);
    await resolve(hub, closed.id, streetDept.token);
    await userError('resolveCase', { id: closed.id, result: '再次' }, streetDept.token, 'CASE_NOT_RESOLVABLE', closed.id);
    await userError('escalateCase', { id: closed.id, reason: '升级' }, admin, 'CASE_NOT_ESCALATABLE', closed.id);
    await userError('mergeCase', { id: closed.id, intoId: c.id }, admin, 'CASE_NOT_MERGEABLE', closed.id);
    await close(hub, closed.id, admin);
    await userError('closeCase', { id: closed.id }, admin, 'CASE_NOT_CLOSABLE', closed.id);
    await userError('addCaseNote', { caseId: closed.id, text: '补充' }, grid, 'CASE_NOT_OPEN', closed.id);
    await userError('reportInToCase', { summonsId: closed.leadSummonsId }, streetDept.token, 'CASE_NOT_OPEN', closed.id);

    const top = await reportCase(hub, d.district, {}, district);
    await userError('escalateCase', { id: top.id, reason: '升级' }, district, 'CASE_AT_TOP_LEVEL', top.id);
  });

  it('merge: itself, into a rejected or merged case, into a case another area handles, into one not seen', async () => {
    const c = await reportCase(hub, d.grid, {}, grid);
    await userError('mergeCase', { id: c.id, intoId: c.id }, admin, 'CASE_MERGE_SELF', c.id);
    const rejected = await reportCase(hub, d.grid, {}, grid);
    await must(hub, 'rejectCase', { id: rejected.id, reason: '重复' }, admin);
    await userError('mergeCase', { id: c.id, intoId: rejected.id }, admin, 'CASE_MERGE_TARGET_NOT_OPEN', c.id);
    const target = await reportCase(hub, d.grid, {}, grid);
    const merged = await reportCase(hub, d.grid, {}, grid);
    await must(hub, 'mergeCase', { id: merged.id, intoId: target.id }, admin);
    await userError('mergeCase', { id: c.id, intoId: merged.id }, admin, 'CASE_MERGE_TARGET_NOT_OPEN', c.id);
    const neighbour = await reportCase(hub, d.neighbourCommunity, {}, street);
    await userError('mergeCase', { id: c.id, intoId: neighbour.id }, street, 'CASE_MERGE_OTHER_SCOPE', c.id);
    await refused('mergeCase', { id: c.id, intoId: neighbour.id }, admin, 'NOT_FOUND', c.id);
    await userError('mergeCase', { id: c.id, intoId: target.id, version: 9 }, admin, 'VERSION_CONFLICT', c.id);
  });

  it('whistle: reach, a live summons, the lead, deadlines', async () => {
    const c = await acceptedCase(hub, d.grid, {}, admin);
    const lead = (org: BuiltParty, extra: { reportInDeadline?: string } = {}) => ({ organizationId: org.id, role: 'LEAD' as const, ...extra });
    const support = (org: BuiltParty) => ({ organizationId: org.id, role: 'SUPPORT' as const });
    await userError('whistleCase', { id: c.id, summonses: [lead(otherStreetDept)] }, admin, 'SUMMONS_ORGANIZATION_OUT_OF_REACH', c.id);
    await userError('whistleCase', { id: c.id, summonses: [lead(farUnit)] }, admin, 'SUMMONS_ORGANIZATION_OUT_OF_REACH', c.id);
    await userError('whistleCase', { id: c.id, summonses: [support(streetDept)] }, admin, 'CASE_LEAD_REQUIRED', c.id);
    await userError('whistleCase', { id: c.id, summonses: [lead(streetDept), lead(districtDept)] }, admin, 'CASE_LEAD_TAKEN', c.id);
    await userError('whistleCase', { id: c.id, summonses: [lead(streetDept)], completeDeadline: later(-1) }, admin, 'CASE_DEADLINE_PAST', c.id);
    await userError('whistleCase', { id: c.id, summonses: [lead(streetDept, { reportInDeadline: later(0) })] }, admin, 'CASE_DEADLINE_PAST', c.id);
    await userError(
      'whistleCase', { id: c.id, summonses: [lead(streetDept, { reportInDeadline: later(50) })], completeDeadline: later(48) }, admin, 'CASE_DEADLINE_AFTER_COMPLETION', c.id,
    );
    await userError('whistleCase', { id: c.id, summonses: [lead(streetDept)], version: 1 }, admin, 'VERSION_CONFLICT', c.id);
    await refused('whistleCase', { id: c.id, summonses: [lead(streetDept), support(streetDept)] }, admin, 'BAD_USER_INPUT', c.id);
    await refused('whistleCase', { id: c.id, summonses: [] }, admin, 'BAD_USER_INPUT', c.id);
    await refused('whistleCase', { id: c.id, summonses: [{ organizationId: 'T3JnYW5pemF0aW9uOjk5OTk5OQ', role: 'LEAD' }] }, admin, 'NOT_FOUND', c.id);

    // chosen deadlines are kept; a report-in deadline defaults to no later than the completion deadline
    const w = await whistle(hub, c.id, [lead(streetDept, { reportInDeadline: later(4) }), support(unit)], admin, { completeDeadline: later(12) });
    expect(w.summonses.map((s: { reportInDeadline: string }) => new Date(s.reportInDeadline).toISOString())).toEqual([later(4), later(12)]);
    await userError('whistleCase', { id: c.id, summonses: [support(streetDept)] }, admin, 'SUMMONS_ALREADY_SUMMONED', c.id);
    await userError('whistleCase', { id: c.id, summonses: [lead(districtDept)] }, admin, 'CASE_LEAD_TAKEN', c.id);
    // the sweeper's record of a missed completion deadline (simulated: the sweeper is not part of these writes)
    await hub.app.db.pool.query('update civic_case set complete_overdue_at = $2 where id = $1', [rowIdOf(c.id), later(13)]);
    // a second whistle, an hour on, adds a support and moves the completion deadline: a new deadline, not yet missed
    hub.clock.set(later(1));
    const again = await whistle(hub, c.id, [support(districtDept)], admin, { completeDeadline: later(24) });
    expect(new Date(again.case.completeDeadline).toISOString()).toBe(later(24));
    expect(new Date(again.case.whistledAt).toISOString()).toBe(later(0));
    expect((await hub.app.db.pool.query('select complete_overdue_at from civic_case where id = $1', [rowIdOf(c.id)])).rows[0].complete_overdue_at).toBeNull();
    expect(again.case.history.filter((h: { action: string }) => h.action === 'WHISTLE').map((h: { fromStatus: string }) => h.fromStatus)).toEqual(['ACCEPTED', 'WHISTLED']);
  });

  it('summonses: answered out of turn; resolving before the lead reported in, or with no live lead', async () => {
    const w = await whistledCase(hub, d.grid, streetDept, unit);
    await userError('acceptDecline', { summonsId: w.leadSummonsId }, admin, 'SUMMONS_NOT_DECLINED', w.id);
    await userError('overruleDecline', { summonsId: w.leadSummonsId, reason: '请报到' }, admin, 'SUMMONS_NOT_DECLINED', w.id);
    await userError('resolveCase', { id: w.id, result: '已处理' }, streetDept.token, 'SUMMONS_NOT_REPORTED_IN', w.id);
    await reportIn(hub, w.leadSummonsId, streetDept.token);
    await userError('reportInToCase', { summonsId: w.leadSummonsId }, streetDept.token, 'SUMMONS_NOT_PENDING', w.id);
    await userError('declineSummons', { summonsId: w.leadSummonsId, reason: '不属于' }, streetDept.token, 'SUMMONS_NOT_PENDING', w.id);
    await userError('resolveCase', { id: w.id, result: '已处理', version: 1 }, streetDept.token, 'VERSION_CONFLICT', w.id);

    // a released lead: the handling level must whistle a new one before anyone resolves it
    const x = await whistledCase(hub, d.grid, streetDept, unit);
    await decline(hub, x.leadSummonsId, streetDept.token);
    await userError('declineSummons', { summonsId: x.leadSummonsId, reason: '再拒' }, streetDept.token, 'SUMMONS_NOT_PENDING', x.id);
    await must(hub, 'acceptDecline', { summonsId: x.leadSummonsId }, admin);
    await userError('acceptDecline', { summonsId: x.leadSummonsId }, admin, 'SUMMONS_NOT_DECLINED', x.id);
    await userError('resolveCase', { id: x.id, result: '已处理' }, admin, 'CASE_LEAD_REQUIRED', x.id);
    await userError('whistleCase', { id: x.id, summonses: [{ organizationId: districtDept.id, role: 'SUPPORT' }] }, admin, 'CASE_LEAD_REQUIRED', x.id);
  });
});
