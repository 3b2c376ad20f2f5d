import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { casesModule } from '../../src/modules/cases/index.js';
import { Role, SYSTEM_VIEWER } from '../../src/shared/viewer.js';
import { buildDistrict, type District } from '../kit/builders.js';
import { department, gql, reportIn, resolveCase, whistle, whistledCase, type Party } from '../kit/case-reads.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';

/* Cases and the clock: report-in and completion deadlines, overdue computed in reads and recorded once by the sweeper. */

let hub: TestHub;
let d: District;
let staff: string;
let district: string;
let lead: Party;
let support: Party;
let third: Party;

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
  staff = await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id, sub: 'time-community-admin' });
  district = await hub.token({ role: Role.DISTRICT_ADMIN });
  lead = await department(hub, d.street, '建国门街道城管执法队');
  support = await department(hub, d.district, '东城区园林绿化局');
  third = await department(hub, d.district, '东城区房屋管理局');
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(() => hub?.close());

/** Runs the module's sweeps as the sweeper does: a SYSTEM context on the app's clock. */
async function sweep(): Promise<number> {
  let recorded = 0;
  for (const job of casesModule.sweeps!) recorded += await job(createContext(hub.app, SYSTEM_VIEWER));
  return recorded;
}

const at = (iso: string) => hub.clock.set(iso);

const CASE = `query($id: ID!) { case(id: $id) {
  id status isOverdue completeDeadline
  history { action fromStatus toStatus actor { id role } reason }
  summonses { id status isOverdue reportInDeadline history { action fromStatus toStatus actor { id role } reason } organization { id } }
} }`;
const caseOf = async (id: string, token = district) => (await gql(hub, CASE, { id }, token)).case;

const LOG = `query($id: ID!) { events(filter: { subjectIds: [$id] }, first: 500) { edges { node { type data actor { id role } } } } }`;
const overdueEvents = async (id: string, token = district) =>
  (await gql(hub, LOG, { id }, token)).events.edges.map((e: { node: unknown }) => e.node).filter((e: { type: string }) => e.type.endsWith('OVERDUE'));

describe('report-in deadlines', () => {
  it('makes a summons overdue at its report-in deadline until it reports in, recorded once by the sweeper as SYSTEM', async () => {
    const w = await whistledCase(hub, staff, d.community, [lead, support], { urgency: 'HIGH', title: '绿地被占', description: '小区绿地被私自圈占种菜。', category: 'GREENERY' });
    // HIGH: 2 hours to report in
    expect(w.reportInDeadlines).toEqual(['2026-11-23T16:00:00.000+08:00', '2026-11-23T16:00:00.000+08:00']);
    await reportIn(hub, w.summonsIds[0], lead);
    at('2026-11-23T16:00:00+08:00');
    expect((await caseOf(w.caseId)).summonses.map((s: { isOverdue: boolean }) => s.isOverdue)).toEqual([false, false]);
    at('2026-11-23T16:00:00.001+08:00');
    const read = await caseOf(w.caseId);
    expect(read.summonses.map((s: { isOverdue: boolean }) => s.isOverdue)).toEqual([false, true]);
    expect(read.isOverdue).toBe(false);

    expect(await sweep()).toBe(1);
    at('2026-11-23T17:00:00+08:00');
    expect(await sweep()).toBe(0);
    const after = await caseOf(w.caseId);
    expect(after.summonses[1].history.filter((h: { action: string }) => h.action === 'REPORT_IN_OVERDUE')).toEqual([
      { action: 'REPORT_IN_OVERDUE', fromStatus: 'SUMMONED', toStatus: 'SUMMONED', actor: { id: 'SYSTEM', role: 'SYSTEM' }, reason: 'report-in deadline passed' },
    ]);
    expect(after.summonses[0].history.some((h: { action: string }) => h.action === 'REPORT_IN_OVERDUE')).toBe(false);
    expect(await overdueEvents(w.caseId)).toEqual([
      {
        type: 'SUMMONS_REPORT_IN_OVERDUE',
        actor: { id: 'SYSTEM', role: 'SYSTEM' },
        data: { summonsId: w.summonsIds[1], organizationId: support.id, deadline: '2026-11-23T08:00:00.000Z' },
      },
    ]);
    // the summoned department sees the event too, SYSTEM shown to everyone
    expect(await overdueEvents(w.caseId, support.admin)).toHaveLength(1);

    // still overdue hours later, until it reports in
    at('2026-11-24T09:00:00+08:00');
    expect((await caseOf(w.caseId)).summonses[1].isOverdue).toBe(true);
    await reportIn(hub, w.summonsIds[1], support);
    expect((await caseOf(w.caseId)).summonses[1].isOverdue).toBe(false);
    expect(await sweep()).toBe(0);
    await resolveCase(hub, w.caseId, lead);
  });
});

describe('completion deadlines', () => {
  it('makes a case overdue past its completion deadline until resolved, recorded once as SYSTEM with its history line', async () => {
    const w = await whistledCase(hub, staff, d.community, [lead], { urgency: 'HIGH', title: '楼顶违建', description: '顶层住户在楼顶加盖彩钢房。', category: 'ILLEGAL_CONSTRUCTION' });
    // HIGH: 3 days to complete
    expect(w.completeDeadline).toBe('2026-11-26T14:00:00.000+08:00');
    await reportIn(hub, w.summonsIds[0], lead);
    at('2026-11-26T14:00:00+08:00');
    expect((await caseOf(w.caseId)).isOverdue).toBe(false);
    at('2026-11-26T14:00:00.001+08:00');
    expect((await caseOf(w.caseId)).isOverdue).toBe(true);
    expect(await sweep()).toBe(1);
    expect(await sweep()).toBe(0);
    const read = await caseOf(w.caseId);
    expect(read.history.filter((h: { action: string }) => h.action === 'OVERDUE')).toEqual([
      { action: 'OVERDUE', fromStatus: 'WHISTLED', toStatus: 'WHISTLED', actor: { id: 'SYSTEM', role: 'SYSTEM' }, reason: 'completion deadline passed' },
    ]);
    expect(await overdueEvents(w.caseId)).toEqual([
      { type: 'CASE_OVERDUE', actor: { id: 'SYSTEM', role: 'SYSTEM' }, data: { deadline: '2026-11-26T06:00:00.000Z' } },
    ]);
    expect(await overdueEvents(w.caseId, lead.admin)).toHaveLength(1);

    // stays overdue, and is not recorded again, until resolved
    at('2026-12-10T09:00:00+08:00');
    expect((await caseOf(w.caseId)).isOverdue).toBe(true);
    expect(await sweep()).toBe(0);
    await resolveCase(hub, w.caseId, lead);
    expect(await caseOf(w.caseId)).toMatchObject({ status: 'RESOLVED', isOverdue: false });
    expect(await sweep()).toBe(0);
  });

  it('records the miss of a new completion deadline set by a later whistle', async () => {
    const w = await whistledCase(hub, staff, d.community, [lead], { urgency: 'URGENT', title: '燃气泄漏味道', description: '单元门口有明显燃气味。', category: 'PUBLIC_SAFETY' });
    await reportIn(hub, w.summonsIds[0], lead);
    // URGENT: 1 day to complete
    at('2026-11-24T14:00:00.001+08:00');
    expect(await sweep()).toBe(1);
    expect((await caseOf(w.caseId)).isOverdue).toBe(true);

    // the whistle again, summoning another department in support with a new completion deadline: no longer overdue
    const again = await whistle(hub, staff, w.caseId, [third], { completeDeadline: '2026-11-26T18:00:00+08:00', reportInDeadline: '2026-11-25T18:00:00+08:00', support: true });
    expect(again.completeDeadline).toBe('2026-11-26T18:00:00.000+08:00');
    expect((await caseOf(w.caseId)).isOverdue).toBe(false);
    expect(await sweep()).toBe(0);
    await reportIn(hub, again.summonsIds[0], third);

    at('2026-11-26T18:00:00.001+08:00');
    expect((await caseOf(w.caseId)).isOverdue).toBe(true);
    expect(await sweep()).toBe(1);
    expect(await sweep()).toBe(0);
    const events = await overdueEvents(w.caseId);
    expect(events.map((e: { type: string; data: { deadline: string } }) => [e.type, e.data.deadline])).toEqual([
      ['CASE_OVERDUE', '2026-11-24T06:00:00.000Z'],
      ['CASE_OVERDUE', '2026-11-26T10:00:00.000Z'],
    ]);
    expect((await caseOf(w.caseId)).history.filter((h: { action: string }) => h.action === 'OVERDUE')).toHaveLength(2);
  });

  it('never makes the summonses of a resolved case overdue', async () => {
    const w = await whistledCase(hub, staff, d.community, [lead, support], { urgency: 'HIGH', title: '共享单车堆积', description: '地铁口共享单车堆积阻塞盲道。', category: 'PARKING_TRAFFIC' });
    await reportIn(hub, w.summonsIds[0], lead);
    await resolveCase(hub, w.caseId, lead);
    at('2026-11-23T16:00:00.001+08:00');
    const read = await caseOf(w.caseId);
    expect(read.summonses.map((s: { isOverdue: boolean }) => s.isOverdue)).toEqual([false, false]);
    expect(await sweep()).toBe(0);
    expect(await overdueEvents(w.caseId)).toEqual([]);
  });
});
