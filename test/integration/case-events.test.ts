import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { buildDistrict, type District } from '../kit/builders.js';
import { acceptedCase, department, reportIn, whistle, whistledCase, type Party } from '../kit/case-reads.js';
import { startTestHub, type TestHub } from '../kit/server.js';
import { delivered, wsClient, wsSubscribed, type Received, type TestWsClient } from '../kit/ws-client.js';

// caseEvents with real graphql-ws clients: live to the summoned department and to the area's staff, nothing to an
// unrelated unit or another community; the actor's account masked for the department; resumable with `after`.

const EVENTS = `subscription CaseEvents($filter: CaseEventFilter, $after: String) {
  caseEvents(filter: $filter, after: $after) {
    cursor isHeartbeat type data actor { id role }
    case { id title status category reportedBy { id } summonses { status organization { id } } }
  }
}`;

interface Message {
  cursor: string;
  isHeartbeat: boolean;
  type: string | null;
  data: Record<string, unknown> | null;
  actor: { id: string; role: string } | null;
  case: { id: string; title: string; status: string; category: string; reportedBy: { id: string } | null; summonses: { status: string; organization: { id: string } }[] } | null;
}

let hub: TestHub;
let d: District;
let staff: string;
let otherStaff: string;
let lead: Party;
let support: Party;
let bystander: Party;
const sockets: TestWsClient[] = [];

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
  staff = await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id, sub: 'events-community-admin' });
  otherStaff = await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.otherCommunity.id, sub: 'events-other-admin' });
  lead = await department(hub, d.street, '建国门街道城市管理办公室');
  support = await department(hub, d.district, '东城区市场监督管理局');
  bystander = await department(hub, d.street, '建国门街道卫生健康办');
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.client.dispose()));
  await hub?.close();
});

async function subscribe(token: string, variables: Record<string, unknown> = {}): Promise<Received<{ caseEvents: Message }>> {
  const socket = wsClient(hub.server.wsUrl, token);
  sockets.push(socket);
  return wsSubscribed<{ caseEvents: Message }>(hub, socket.client, EVENTS, variables);
}

/** Everything committed so far has reached every socket of this file (or was never sent to it). */
const quiet = () => delivered(hub, ...sockets);

/** The events a subscription received, heartbeats left out. */
const events = (r: Received<{ caseEvents: Message }>) => r.messages.map((m) => m.data!.caseEvents).filter((m) => !m.isHeartbeat);

describe('caseEvents', () => {
  it('brings staff every change of their area\'s cases, the summoned department those of its cases, an unrelated unit and another community nothing', async () => {
    const [staffSub, leadSub, supportSub, bystanderSub, otherSub] = [
      await subscribe(staff), await subscribe(lead.admin), await subscribe(support.admin), await subscribe(bystander.admin), await subscribe(otherStaff),
    ];
    const w = await whistledCase(hub, staff, d.community, [lead, support], { title: '小区门口占道经营', description: '早市摊贩占用人行道，行人只能走机动车道。', category: 'MARKET_ORDER' });
    await reportIn(hub, w.summonsIds[0], lead);
    await staffSub.waitFor(4);
    await quiet();

    expect(events(staffSub).map((e) => e.type)).toEqual(['CASE_REPORTED', 'CASE_ACCEPTED', 'CASE_WHISTLED', 'SUMMONS_REPORTED_IN']);
    expect(events(staffSub).map((e) => e.actor!.id)).toEqual(['events-community-admin', 'events-community-admin', 'events-community-admin', lead.adminSub]);
    // staff see the case in full, its reporter included
    expect(events(staffSub)[3].case).toMatchObject({ id: w.caseId, status: 'WHISTLED', reportedBy: { id: 'events-community-admin' } });

    // the departments: from the whistle on; the community's account hidden, their own shown; never the reporter
    const led = events(leadSub);
    expect(led.map((e) => [e.type, e.actor])).toEqual([
      ['CASE_WHISTLED', { id: 'HIDDEN', role: 'COMMUNITY_ADMIN' }],
      ['SUMMONS_REPORTED_IN', { id: lead.adminSub, role: 'UNIT_ADMIN' }],
    ]);
    for (const e of led) expect(e.case).toMatchObject({ id: w.caseId, title: '小区门口占道经营', reportedBy: null });
    expect(led[1].data).toMatchObject({ summonsId: w.summonsIds[0], organizationId: lead.id });
    expect(events(supportSub).map((e) => [e.type, e.actor!.id])).toEqual([['CASE_WHISTLED', 'HIDDEN'], ['SUMMONS_REPORTED_IN', 'HIDDEN']]);

    expect(events(bystanderSub)).toEqual([]);
    expect(events(otherSub)).toEqual([]);
  });

  it('filters by organisation, case, category and area', async () => {
    const byOrg = await subscribe(staff, { filter: { organizationId: support.id } });
    const byCategory = await subscribe(staff, { filter: { categories: ['GREENERY'] } });
    const byArea = await subscribe(staff, { filter: { areaId: d.grid.id } });
    const mine = await subscribe(lead.admin, { filter: { organizationId: lead.id } });
    const tree = await whistledCase(hub, staff, d.grid, [support], { title: '树枝压线', description: '胡同里老槐树枝条搭在电线上。', category: 'GREENERY' });
    const byCase = await subscribe(staff, { filter: { caseIds: [tree.caseId] } });
    const noise = await whistledCase(hub, staff, d.community, [lead], { title: '夜间施工噪声', description: '工地晚上十一点后仍在施工。', category: 'NOISE_NUISANCE' });
    await reportIn(hub, tree.summonsIds[0], support);
    await mine.waitFor(1);
    await byCase.waitFor(1);
    await quiet();

    expect(events(byOrg).map((e) => [e.type, e.case!.id])).toEqual([['CASE_WHISTLED', tree.caseId], ['SUMMONS_REPORTED_IN', tree.caseId]]);
    expect(events(byCategory).map((e) => e.type)).toEqual(['CASE_REPORTED', 'CASE_ACCEPTED', 'CASE_WHISTLED', 'SUMMONS_REPORTED_IN']);
    expect(events(byCategory).every((e) => e.case!.id === tree.caseId)).toBe(true);
    expect(events(byArea).every((e) => e.case!.id === tree.caseId)).toBe(true);
    expect(events(byCase).map((e) => e.type)).toEqual(['SUMMONS_REPORTED_IN']);
    expect(events(mine).map((e) => [e.type, e.case!.id])).toEqual([['CASE_WHISTLED', noise.caseId]]);
  });

  it('resumes with `after`: what was missed, exactly once, then live, masked for the department as live delivery is', async () => {
    const first = await whistledCase(hub, staff, d.community, [lead], { title: '井盖缺失', description: '东口井盖丢失，已临时围挡。', category: 'MUNICIPAL_FACILITIES' });
    const live = await subscribe(lead.admin, { filter: { organizationId: lead.id } });
    await reportIn(hub, first.summonsIds[0], lead);
    await live.waitFor(1);
    const seen = events(live);
    expect(seen.map((e) => e.type)).toEqual(['SUMMONS_REPORTED_IN']);
    live.stop();

    // missed while away: a second case whistled to it (the staff's account is the actor)
    const missed = await acceptedCase(hub, staff, d.community, { title: '路灯不亮', description: '胡同中段两盏路灯不亮。', category: 'MUNICIPAL_FACILITIES' });
    const second = await whistle(hub, staff, missed, [lead]);
    const resumed = await subscribe(lead.admin, { filter: { organizationId: lead.id }, after: seen[0].cursor });
    await reportIn(hub, second.summonsIds[0], lead);
    await resumed.waitFor(2);
    await quiet();

    const again = events(resumed);
    expect(again.map((e) => [e.type, e.case!.id, e.actor!.id])).toEqual([
      ['CASE_WHISTLED', missed, 'HIDDEN'],
      ['SUMMONS_REPORTED_IN', missed, lead.adminSub],
    ]);
    expect(again[0].case!.reportedBy).toBeNull();
    const cursors = [...seen, ...again].map((e) => BigInt(e.cursor));
    expect(new Set(cursors).size).toBe(cursors.length);
    expect([...cursors].sort((x, y) => (x < y ? -1 : 1))).toEqual(cursors);

    // a replay from before the first whistle: the same redaction as live (the department never sees the report or acceptance)
    const replay = await subscribe(lead.admin, { after: String(BigInt(seen[0].cursor) - 10n) });
    await replay.waitFor(3);
    await quiet();
    const replayed = events(replay);
    expect(replayed.some((e) => e.type === 'CASE_REPORTED' || e.type === 'CASE_ACCEPTED')).toBe(false);
    for (const e of replayed) {
      expect(e.actor!.id === 'HIDDEN' || e.actor!.id === lead.adminSub).toBe(true);
      expect(e.case!.reportedBy).toBeNull();
    }
  });

  it('refuses a filter naming an id of another type and a list of more than 100 cases', async () => {
    const bad = await subscribe(staff, { filter: { organizationId: d.community.id } });
    await bad.ended();
    expect(bad.error?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const many = await subscribe(staff, { filter: { caseIds: Array.from({ length: 101 }, (_, i) => toGlobalId('Case', i + 1)) } });
    await many.ended();
    expect(many.error?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
