import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildDistrict, type District } from '../kit/builders.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';
import {
  acceptedCase, addNote, buildDepartment, buildUnit, caseEventRows, caseOf, close, communityAdmin, decline, districtAdmin, escalate,
  gridWorker, merge, must, overrule, reject, reopen, reportCase, reportIn, resolve, rowIdOf, streetAdmin, userErrorsOf, whistle,
  type BuiltParty,
} from '../kit/cases.js';

/* The life of a case (吹哨报到) through the real API: report, accept, whistle, report in, decline, notes, resolve, close, reopen, escalate, merge, reject. */

let hub: TestHub;
let d: District;
let admin: string;
let grid: string;
let street: string;
let district: string;
/** 街道城管执法队: stationed at the street. */
let streetDept: BuiltParty;
/** 区住建委: stationed at the district. */
let districtDept: BuiltParty;
/** A resident unit in the community. */
let unit: BuiltParty;

const NOW = new Date(TEST_NOW);
const hoursLater = (h: number) => new Date(NOW.getTime() + h * 3_600_000).toISOString();

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
  admin = await communityAdmin(hub, d.community);
  grid = await gridWorker(hub, d.grid);
  street = await streetAdmin(hub, d.street);
  district = await districtAdmin(hub);
  streetDept = await buildDepartment(hub, d.street, '建国门街道城管执法队');
  districtDept = await buildDepartment(hub, d.district, '东城区住房和城乡建设委员会');
  unit = await buildUnit(hub, d.community, '史家胡同物业公司');
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(() => hub?.close());

describe('the whole life of a case', () => {
  it('report → accept → whistle two → one reports in, one declines → overruled → notes → resolved → closed', async () => {
    // a grid worker reports a problem in their grid: the community handles it
    const reported = await reportCase(hub, d.grid, { source: 'HOTLINE_12345', ticketNumber: 'BJ12345-20261123-0042' }, grid);
    expect(reported).toMatchObject({
      status: 'REPORTED', level: 'COMMUNITY', area: { id: d.grid.id }, handlingArea: { id: d.community.id },
      ticketNumber: 'BJ12345-20261123-0042', reportedBy: { role: 'GRID_WORKER' }, version: 1, isOverdue: false,
    });
    expect(reported.history.map((h: { action: string }) => h.action)).toEqual(['REPORT']);

    const accepted = (await must(hub, 'acceptCase', { id: reported.id, version: 1 }, admin)).case;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', acceptedAt: expect.any(String) });

    // the community whistles: the street's law enforcement leads, the district's housing commission supports
    const w = await whistle(hub, accepted.id, [{ organizationId: streetDept.id, role: 'LEAD' }, { organizationId: districtDept.id, role: 'SUPPORT' }], admin);
    expect(w.case).toMatchObject({ status: 'WHISTLED', whistledAt: expect.any(String) });
    // defaults by urgency NORMAL: report in within 24 hours, complete within 15 days (calendar time)
    expect(new Date(w.case.completeDeadline).toISOString()).toBe(hoursLater(15 * 24));
    expect(w.summonses.map((s: { role: string; status: string; organization: { id: string } }) => [s.role, s.status, s.organization.id])).toEqual([
      ['LEAD', 'SUMMONED', streetDept.id],
      ['SUPPORT', 'SUMMONED', districtDept.id],
    ]);
    for (const s of w.summonses) expect(new Date(s.reportInDeadline).toISOString()).toBe(hoursLater(24));
    const [leadId, supportId] = w.summonses.map((s: { id: string }) => s.id);

    hub.clock.set(hoursLater(2));
    const reported1 = await reportIn(hub, leadId, streetDept.token);
    expect(reported1.summons.status).toBe('REPORTED_IN');
    expect(new Date(reported1.summons.reportedInAt).toISOString()).toBe(hoursLater(2));
    const declined = await decline(hub, supportId, districtDept.token, '属于物业维修范围，非住建委职责');
    expect(declined.summons).toMatchObject({ status: 'DECLINED', declineReason: '属于物业维修范围，非住建委职责' });

    hub.clock.set(hoursLater(3));
    const overruled = await overrule(hub, supportId, admin, '涉及老旧小区改造，需住建委配合');
    expect(overruled.summons).toMatchObject({ status: 'SUMMONED', decidedAt: expect.any(String) });
    // summoned again: a fresh report-in deadline from the overruling
    expect(new Date(overruled.summons.reportInDeadline).toISOString()).toBe(hoursLater(3 + 24));
    await reportIn(hub, supportId, districtDept.token);

    // notes by the parties: the grid worker, the lead, the support
    await addNote(hub, accepted.id, '已现场查看，垃圾站周边已清理', grid);
    const noted = await addNote(hub, accepted.id, '已安排执法队员约谈物业', streetDept.token);
    expect(noted.note).toMatchObject({ text: '已安排执法队员约谈物业', organization: { id: streetDept.id }, actor: { role: 'UNIT_ADMIN' } });
    await addNote(hub, accepted.id, '已派技术人员评估', districtDept.token);

    hub.clock.set(hoursLater(48));
    const resolved = await resolve(hub, accepted.id, streetDept.token, '已清运并督促物业每日清运两次');
    expect(resolved).toMatchObject({ status: 'RESOLVED', result: '已清运并督促物业每日清运两次', resolvedAt: expect.any(String) });
    expect(resolved.summonses.map((s: { status: string }) => s.status)).toEqual(['DONE', 'DONE']);

    const closed = await close(hub, accepted.id, admin);
    expect(closed).toMatchObject({ status: 'CLOSED', closedAt: expect.any(String) });

    const c = await caseOf(hub, accepted.id);
    expect(c.history.map((h: { action: string; fromStatus: string | null; toStatus: string }) => [h.action, h.fromStatus, h.toStatus])).toEqual([
      ['REPORT', null, 'REPORTED'],
      ['ACCEPT', 'REPORTED', 'ACCEPTED'],
      ['WHISTLE', 'ACCEPTED', 'WHISTLED'],
      ['RESOLVE', 'WHISTLED', 'RESOLVED'],
      ['CLOSE', 'RESOLVED', 'CLOSED'],
    ]);
    expect(c.history[3]).toMatchObject({ actor: { role: 'UNIT_ADMIN' }, reason: '已清运并督促物业每日清运两次' });
    expect(c.notes.map((n: { text: string }) => n.text)).toEqual(['已现场查看，垃圾站周边已清理', '已安排执法队员约谈物业', '已派技术人员评估']);
    expect(c.summonses[0].history.map((h: { action: string }) => h.action)).toEqual(['SUMMON', 'REPORT_IN', 'DONE']);
    expect(c.summonses[1].history.map((h: { action: string; reason: string | null }) => [h.action, h.reason])).toEqual([
      ['SUMMON', null],
      ['DECLINE', '属于物业维修范围，非住建委职责'],
      ['OVERRULE_DECLINE', '涉及老旧小区改造，需住建委配合'],
      ['REPORT_IN', null],
      ['DONE', null],
    ]);

    // every change is an event scoped to the case's area and every organisation ever summoned, never public
    const events = await caseEventRows(hub, accepted.id);
    expect(events.map((e) => e.type)).toEqual([
      'CASE_REPORTED', 'CASE_ACCEPTED', 'CASE_WHISTLED', 'SUMMONS_REPORTED_IN', 'SUMMONS_DECLINED', 'SUMMONS_DECLINE_OVERRULED',
      'SUMMONS_REPORTED_IN', 'CASE_NOTE_ADDED', 'CASE_NOTE_ADDED', 'CASE_NOTE_ADDED', 'CASE_RESOLVED', 'CASE_CLOSED',
    ]);
    const both = [streetDept.rowId, districtDept.rowId].sort();
    expect(events[0].organization_ids).toEqual([]);
    expect(events[1].organization_ids).toEqual([]);
    for (const e of events.slice(2)) {
      expect([...e.organization_ids].sort(), e.type).toEqual(both);
      expect(e.area_path).toBe(d.grid.path);
      expect(e.is_public).toBe(false);
    }
    expect(events[0].data).toEqual({ level: 'COMMUNITY', category: 'ENVIRONMENT_HYGIENE', source: 'HOTLINE_12345' });
    expect(events[2].data).toMatchObject({ summonsIds: [leadId, supportId], organizationIds: [streetDept.id, districtDept.id], level: 'COMMUNITY' });
    expect(events[4].data).toEqual({ summonsId: supportId, organizationId: districtDept.id, reason: '属于物业维修范围，非住建委职责' });
    // never the reporter, the description, the ticket number, the location or a note's text
    const all = JSON.stringify(events.map((e) => e.data));
    for (const secret of ['BJ12345', '垃圾站连续', '已现场查看', 'test-GRID_WORKER', '39.915']) expect(all).not.toContain(secret);
  });

  it('reopens a closed case: WHISTLED, its done summonses reporting in again; a case nobody was summoned to goes back to ACCEPTED', async () => {
    const c = await acceptedCase(hub, d.community, {}, admin);
    const w = await whistle(hub, c.id, [{ organizationId: unit.id, role: 'LEAD' }], admin);
    await reportIn(hub, w.summonses[0].id, unit.token);
    await resolve(hub, c.id, unit.token);
    await close(hub, c.id, admin);
    const reopened = await reopen(hub, c.id, admin, '居民反映问题复现');
    expect(reopened).toMatchObject({ status: 'WHISTLED', reason: '居民反映问题复现', resolvedAt: null, closedAt: null, result: null });
    expect(reopened.summonses.map((s: { status: string }) => s.status)).toEqual(['REPORTED_IN']);
    expect(reopened.summonses[0].history.map((h: { action: string }) => h.action)).toEqual(['SUMMON', 'REPORT_IN', 'DONE', 'REOPEN']);
    // resolved again by the lead
    expect((await resolve(hub, c.id, unit.token)).status).toBe('RESOLVED');

    // the community solves one itself: resolved by its admin, reopened to ACCEPTED
    const own = await acceptedCase(hub, d.community, {}, admin);
    expect((await resolve(hub, own.id, admin, '社区已协调清理')).status).toBe('RESOLVED');
    const back = await reopen(hub, own.id, admin);
    expect(back.status).toBe('ACCEPTED');
    expect((await caseEventRows(hub, own.id)).map((e) => e.type).slice(-1)).toEqual(['CASE_REOPENED']);
    expect((await caseEventRows(hub, own.id)).at(-1)!.data).toEqual({ reason: '居民反映问题复现', to: 'ACCEPTED' });
  });

  it('a released lead leaves the case without one: the next whistle must name a lead, and the handling level resolves when nobody is left', async () => {
    const c = await acceptedCase(hub, d.community, {}, admin);
    const w = await whistle(hub, c.id, [{ organizationId: unit.id, role: 'LEAD' }], admin);
    await decline(hub, w.summonses[0].id, unit.token);
    const released = await must(hub, 'acceptDecline', { summonsId: w.summonses[0].id }, admin);
    expect(released.summons.status).toBe('DECLINE_ACCEPTED');
    expect(await userErrorsOf(hub, 'whistleCase', { id: c.id, summonses: [{ organizationId: streetDept.id, role: 'SUPPORT' }] }, admin)).toEqual(['CASE_LEAD_REQUIRED']);
    // nobody is live-summoned: the community resolves it itself
    const resolved = await resolve(hub, c.id, admin, '社区自行协调解决');
    expect(resolved.status).toBe('RESOLVED');
    // a released unit may be summoned again after a reopen
    await reopen(hub, c.id, admin);
    const again = await whistle(hub, c.id, [{ organizationId: unit.id, role: 'LEAD' }], admin);
    expect(again.case.summonses.map((s: { status: string }) => s.status)).toEqual(['DECLINE_ACCEPTED', 'SUMMONED']);
  });
});

describe('escalation', () => {
  it('community → street → district: the street whistles a district department, the district takes it over with its summons live', async () => {
    const c = await acceptedCase(hub, d.grid, {}, admin);
    const up = await escalate(hub, c.id, admin, '涉及违建拆除，社区无执法权');
    expect(up).toMatchObject({ level: 'STREET', handlingArea: { id: d.street.id }, status: 'ACCEPTED', reason: '涉及违建拆除，社区无执法权' });
    expect(up.history.at(-1)).toMatchObject({ action: 'ESCALATE', fromLevel: 'COMMUNITY', toLevel: 'STREET', fromStatus: 'ACCEPTED', toStatus: 'ACCEPTED' });

    // the community no longer handles it
    expect(await hub.client.errorCode(`mutation($input: WhistleCaseInput!) { whistleCase(input: $input) { userErrors { code } } }`, {
      input: { id: c.id, summonses: [{ organizationId: districtDept.id, role: 'LEAD' }] },
    }, admin)).toBe('FORBIDDEN');
    // the street admin whistles a district department (the district's departments serve every street)
    const w = await whistle(hub, c.id, [{ organizationId: districtDept.id, role: 'LEAD' }], street);
    expect(w.summonses[0]).toMatchObject({ level: 'STREET', status: 'SUMMONED' });

    const top = await escalate(hub, c.id, street, '需区级统筹');
    expect(top).toMatchObject({ level: 'DISTRICT', handlingArea: { id: d.district.id }, status: 'WHISTLED' });
    expect(top.summonses.map((s: { status: string }) => s.status)).toEqual(['SUMMONED']);
    expect(await userErrorsOf(hub, 'escalateCase', { id: c.id, reason: '再升级' }, district)).toEqual(['CASE_AT_TOP_LEVEL']);
    // the street admin no longer handles it
    expect(await hub.client.errorCode(`mutation($input: CaseReasonInput!) { escalateCase(input: $input) { userErrors { code } } }`, { input: { id: c.id, reason: 'x' } }, street)).toBe('FORBIDDEN');

    const events = await caseEventRows(hub, c.id);
    expect(events.filter((e) => e.type === 'CASE_ESCALATED').map((e) => e.data)).toEqual([
      { fromLevel: 'COMMUNITY', toLevel: 'STREET', reason: '涉及违建拆除，社区无执法权' },
      { fromLevel: 'STREET', toLevel: 'DISTRICT', reason: '需区级统筹' },
    ]);
    expect(events.at(-1)!.organization_ids).toEqual([districtDept.rowId]);
  });

  it('a case reported at a street is the street\'s, and a case reported at the district the district\'s', async () => {
    const atStreet = await reportCase(hub, d.street, {}, street);
    expect(atStreet).toMatchObject({ level: 'STREET', handlingArea: { id: d.street.id } });
    const atDistrict = await reportCase(hub, d.district, {}, district);
    expect(atDistrict).toMatchObject({ level: 'DISTRICT', handlingArea: { id: d.district.id } });
  });
});

describe('merge and reject', () => {
  it('merges a duplicate into another case of the same community', async () => {
    const first = await reportCase(hub, d.community, {}, admin);
    const dup = await reportCase(hub, d.grid, { title: '垃圾站又满了' }, grid);
    const merged = await merge(hub, dup.id, first.id, admin);
    expect(merged).toMatchObject({ status: 'MERGED', mergedInto: { id: first.id } });
    expect(merged.history.at(-1)).toMatchObject({ action: 'MERGE', fromStatus: 'REPORTED', toStatus: 'MERGED' });
    expect((await caseEventRows(hub, dup.id)).at(-1)).toMatchObject({ type: 'CASE_MERGED', data: { intoId: first.id } });
    // a merged case takes no notes
    expect(await userErrorsOf(hub, 'addCaseNote', { caseId: dup.id, text: '补充' }, admin)).toEqual(['CASE_NOT_OPEN']);
  });

  it('rejects a reported case with a reason', async () => {
    const c = await reportCase(hub, d.grid, { category: 'OTHER' }, grid);
    const rejected = await reject(hub, c.id, admin, '属于私人纠纷，建议走调解');
    expect(rejected).toMatchObject({ status: 'REJECTED', reason: '属于私人纠纷，建议走调解' });
    expect((await caseEventRows(hub, c.id)).at(-1)).toMatchObject({ type: 'CASE_REJECTED', data: { reason: '属于私人纠纷，建议走调解' } });
    expect(rowIdOf(c.id)).toMatch(/^\d+$/);
  });
});

describe('concurrency', () => {
  it('two concurrent whistles of the same organisation make one summons', async () => {
    const c = await acceptedCase(hub, d.community, {}, admin);
    const input = { id: c.id, summonses: [{ organizationId: streetDept.id, role: 'LEAD' }] };
    const results = await Promise.all([
      userErrorsOf(hub, 'whistleCase', input, admin),
      userErrorsOf(hub, 'whistleCase', input, street),
    ]);
    expect(results.map((r) => r.join()).sort()).toEqual(['', 'SUMMONS_ALREADY_SUMMONED']);
    const after = await caseOf(hub, c.id);
    expect(after.summonses).toHaveLength(1);
    expect(after.history.filter((h: { action: string }) => h.action === 'WHISTLE')).toHaveLength(1);
  });

  it('concurrent report-ins of the lead and a decline of the support both land, one after the other', async () => {
    const c = await acceptedCase(hub, d.community, {}, admin);
    const w = await whistle(hub, c.id, [{ organizationId: streetDept.id, role: 'LEAD' }, { organizationId: unit.id, role: 'SUPPORT' }], admin);
    const [a, b] = await Promise.all([
      userErrorsOf(hub, 'reportInToCase', { summonsId: w.summonses[0].id }, streetDept.token),
      userErrorsOf(hub, 'reportInToCase', { summonsId: w.summonses[0].id }, streetDept.token),
    ]);
    expect([a.join(), b.join()].sort()).toEqual(['', 'SUMMONS_NOT_PENDING']);
    const after = await caseOf(hub, c.id);
    expect(after.summonses[0].history.map((h: { action: string }) => h.action)).toEqual(['SUMMON', 'REPORT_IN']);
  });
});
