import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { casesModule } from '../../src/modules/cases/index.js';
import { OUTBOX_LOCK_KEY } from '../../src/outbox/outbox.js';
import { main as tokenTool } from '../../src/tools/token.js';
import { toGlobalId } from '../../src/shared/global-id.js';
import { Role, SYSTEM_VIEWER } from '../../src/shared/viewer.js';
import { buildDistrict, type District } from '../kit/builders.js';
import {
  acceptedCase, addNote, buildDepartment, caseSnapshot, communityAdmin, districtAdmin, errorCodeOf, gridWorker, MY_CASES, must,
  publishPhotos, publishPhotosPayload, reportCase, reportIn, residentCaseInput, residentToken, resolve, rowIdOf, runCase, setMeasures,
  setMeasuresPayload, streetAdmin, userErrorsOf, whistle, type BuiltParty,
} from '../kit/cases.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';
import { waitFor } from '../kit/wait.js';
import { delivered, wsClient, wsSubscribed, type Received, type TestWsClient } from '../kit/ws-client.js';

/*
 * The RESIDENT role's part of cases: reporting (community, grid or building areas only, source RESIDENT,
 * CASE_REPORTS_PER_DAY per account per local day, safe against concurrent reports), `myCases`, the resident's
 * own cases over `caseEvents` and `events` (others' actor ids HIDDEN), and the two staff writes the walls show:
 * setCaseMeasures and publishCasePhotos.
 */

let hub: TestHub;
let d: District;
let district: string;
let community: string;
let lead: BuiltParty;
let support: BuiltParty;
const sockets: TestWsClient[] = [];

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
  district = await districtAdmin(hub);
  community = await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id, sub: 'residents-community-admin' });
  lead = await buildDepartment(hub, d.street, '建国门街道城市管理办公室');
  support = await buildDepartment(hub, d.district, '东城区市场监督管理局');
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.client.dispose()));
  await hub?.close();
});

const REPORT = (token: string, area = d.grid, patch: Record<string, unknown> = {}) => userErrorsOf(hub, 'reportCase', residentCaseInput(area, patch), token);

/** The cases an account reported, as stored. */
const reportedBy = async (sub: string) =>
  (await hub.app.db.pool.query<{ n: number }>('select count(*)::int as n from civic_case where reporter_account_id = $1', [sub])).rows[0].n;

const eventCount = async () => (await hub.app.db.pool.query<{ n: number }>('select count(*)::int as n from event')).rows[0].n;

describe('a resident reports a case', () => {
  it('in a community or a grid, as source RESIDENT; the case is theirs to read in full', async () => {
    const token = await residentToken(hub, d.community, 'resident-reports');
    const inGrid = await reportCase(hub, d.grid, residentCaseInput(d.grid), token);
    expect(inGrid).toMatchObject({ status: 'REPORTED', source: 'RESIDENT', level: 'COMMUNITY', handlingArea: { id: d.community.id } });
    expect(inGrid.reportedBy).toEqual({ id: 'resident-reports', role: 'RESIDENT' });
    const inCommunity = await reportCase(hub, d.community, residentCaseInput(d.community), token);
    expect(inCommunity.area.id).toBe(d.community.id);
    // any community of the district, not only the declared one
    const elsewhere = await reportCase(hub, d.otherCommunity, residentCaseInput(d.otherCommunity), token);
    expect(elsewhere.handlingArea.id).toBe(d.otherCommunity.id);
    // without a declared community too
    await reportCase(hub, d.grid, residentCaseInput(d.grid), await residentToken(hub));
    expect(await reportedBy('resident-reports')).toBe(3);
  });

  it('not in a street or the district, not as another source, not with a ticket number: userErrors, nothing written', async () => {
    const token = await residentToken(hub, d.community, 'resident-refused');
    const events = await eventCount();
    expect(await REPORT(token, d.street)).toEqual(['CASE_AREA_NOT_COMMUNITY']);
    expect(await REPORT(token, d.district)).toEqual(['CASE_AREA_NOT_COMMUNITY']);
    for (const source of ['GRID_PATROL', 'JOINT_MEETING', 'DEMAND']) expect(await REPORT(token, d.grid, { source })).toEqual(['CASE_SOURCE_NOT_ALLOWED']);
    expect(await REPORT(token, d.grid, { source: 'HOTLINE_12345', ticketNumber: 'BJ12345-1' })).toEqual(['CASE_SOURCE_NOT_ALLOWED']);
    expect(await REPORT(token, d.grid, { ticketNumber: 'BJ12345-2' })).toEqual(['CASE_TICKET_NUMBER_NOT_ALLOWED']);
    expect(await reportedBy('resident-refused')).toBe(0);
    expect(await eventCount()).toBe(events);
  });

  it('at most CASE_REPORTS_PER_DAY (10) a local day: the 11th is TOO_MANY_REPORTS with nothing written; the next local day is allowed', async () => {
    expect(hub.config.caseReportsPerDay).toBe(10);
    const token = await residentToken(hub, d.community, 'resident-limited');
    // five before 08:00 in Beijing (the UTC date before), five after: one local day
    hub.clock.set('2026-11-24T07:30:00+08:00');
    for (let i = 0; i < 5; i++) expect(await REPORT(token)).toEqual([]);
    hub.clock.set('2026-11-24T09:00:00+08:00');
    for (let i = 0; i < 5; i++) expect(await REPORT(token)).toEqual([]);
    const events = await eventCount();
    hub.clock.set('2026-11-24T23:59:59+08:00');
    expect(await REPORT(token)).toEqual(['TOO_MANY_REPORTS']);
    expect(await REPORT(token, d.community)).toEqual(['TOO_MANY_REPORTS']);
    expect(await reportedBy('resident-limited')).toBe(10);
    expect(await eventCount()).toBe(events);
    // another resident is not held back by this one
    expect(await REPORT(await residentToken(hub))).toEqual([]);
    // the next local day
    hub.clock.set('2026-11-25T00:00:01+08:00');
    expect(await REPORT(token)).toEqual([]);
    expect(await reportedBy('resident-limited')).toBe(11);
  });

  it('two concurrent reports when 9 exist today: exactly one passes', async () => {
    const token = await residentToken(hub, d.community, 'resident-racing');
    for (let i = 0; i < 9; i++) expect(await REPORT(token)).toEqual([]);
    // the outbox's lock held from outside: each report gets as far as it can before its commit, so both have
    // counted before either commits unless the per-account lock makes the second wait for the first
    const holder = await hub.app.db.pool.connect();
    try {
      await holder.query('select pg_advisory_lock($1)', [OUTBOX_LOCK_KEY]);
      const racing = Promise.all([REPORT(token), REPORT(token, d.community)]);
      await waitFor(
        async () => (await holder.query<{ n: number }>(`select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted`)).rows[0].n >= 2,
        { what: 'both reports to wait on a lock' },
      );
      await holder.query('select pg_advisory_unlock($1)', [OUTBOX_LOCK_KEY]);
      const answers = await racing;
      expect(answers.map((codes) => codes.join()).sort()).toEqual(['', 'TOO_MANY_REPORTS']);
    } finally {
      await holder.query('select pg_advisory_unlock_all()');
      holder.release();
    }
    expect(await reportedBy('resident-racing')).toBe(10);
  });

  it('staff are not rate-limited', async () => {
    const grid = await hub.token({ role: Role.GRID_WORKER, areaId: d.grid.id, sub: 'residents-grid-worker' });
    for (let i = 0; i < 11; i++) await reportCase(hub, d.grid, {}, grid);
    expect(await reportedBy('residents-grid-worker')).toBe(11);
  });

  it('a RESIDENT token whose areaId is not a community is refused when used', async () => {
    for (const area of [d.grid, d.street, d.district]) {
      const token = await hub.token({ role: Role.RESIDENT, areaId: area.id, sub: 'resident-bad-area' });
      const answer = await hub.client.request('{ viewer { role } }', {}, { token });
      expect(answer.errors?.[0]?.extensions?.code, area.id).toBe('UNAUTHENTICATED');
    }
  });

  it('the token tool issues RESIDENT tokens, with and without --area, and says so in its help', async () => {
    const run = async (argv: string[]) => {
      const out = { stdout: '', stderr: '' };
      const status = await tokenTool(argv, { env: { NODE_ENV: 'test' }, stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t) });
      return { status, ...out };
    };
    const help = await run(['--help']);
    expect(help.stdout).toContain('RESIDENT');
    expect(help.stdout).toMatch(/optional for RESIDENT/);
    for (const argv of [['--role', 'RESIDENT', '--sub', 'tool-resident', '--area', d.community.id], ['--role', 'RESIDENT', '--sub', 'tool-resident']]) {
      const issued = await run(argv);
      expect(issued.status, issued.stderr).toBe(0);
      const viewer = await hub.client.data<{ viewer: { role: string } }, Record<string, never>>('{ viewer { role } }', {}, issued.stdout.trim());
      expect(viewer.viewer.role).toBe('RESIDENT');
    }
  });
});

describe('myCases', () => {
  it('shows the caller\'s own cases in full, nothing of others; the handling\'s actors stay HIDDEN', async () => {
    const mine = await residentToken(hub, d.community, 'resident-mine');
    const theirs = await residentToken(hub, d.community, 'resident-theirs');
    const a = await reportCase(hub, d.grid, residentCaseInput(d.grid, { title: '路灯不亮' }), mine);
    const b = await reportCase(hub, d.community, residentCaseInput(d.community, { title: '井盖松动' }), mine);
    await must(hub, 'acceptCase', { id: b.id }, community);
    const other = await reportCase(hub, d.grid, residentCaseInput(d.grid), theirs);

    const page = (await runCase(hub, MY_CASES, {}, mine)).myCases;
    expect(page.totalCount).toBe(2);
    expect(page.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([a.id, b.id]);
    const [first, second] = page.edges.map((e: { node: Record<string, unknown> }) => e.node);
    expect(first).toMatchObject({
      title: '路灯不亮',
      description: residentCaseInput(d.grid).description,
      location: { lat: 39.9151, lng: 116.4251 },
      photoUrls: ['https://img.example.cn/cases/1.jpg'],
      photosPublic: false,
      reportedBy: { id: 'resident-mine', role: 'RESIDENT' },
      ticketNumber: null,
    });
    // their own report is theirs to see; the community admin's acceptance is not
    expect((second as { history: { action: string; actor: unknown }[] }).history.map((h) => [h.action, h.actor])).toEqual([
      ['REPORT', { id: 'resident-mine', role: 'RESIDENT' }],
      ['ACCEPT', { id: 'HIDDEN', role: 'COMMUNITY_ADMIN' }],
    ]);

    const accepted = (await runCase(hub, MY_CASES, { filter: { statuses: ['ACCEPTED'] } }, mine)).myCases;
    expect(accepted.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([b.id]);
    const paged = (await runCase(hub, MY_CASES, { first: 1 }, mine)).myCases;
    expect(paged.pageInfo.hasNextPage).toBe(true);
    const next = (await runCase(hub, MY_CASES, { first: 1, after: paged.pageInfo.endCursor }, mine)).myCases;
    expect(next.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([b.id]);

    // the other resident: only theirs; neither reads the other's case
    const theirPage = (await runCase(hub, MY_CASES, {}, theirs)).myCases;
    expect(theirPage.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([other.id]);
    expect((await runCase(hub, 'query($id: ID!) { case(id: $id) { id } }', { id: a.id }, theirs)).case).toBeNull();
    // staff see the cases they reported (the grid worker's eleven above)
    const gridWorkerToken = await hub.token({ role: Role.GRID_WORKER, areaId: d.grid.id, sub: 'residents-grid-worker' });
    expect((await runCase(hub, MY_CASES, {}, gridWorkerToken)).myCases.totalCount).toBe(11);
    const anonymous = await hub.client.request(MY_CASES, {}, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

// ---- the resident's own cases, live ----------------------------------------------------------------------

const CASE_EVENTS = `subscription($filter: CaseEventFilter) {
  caseEvents(filter: $filter) { cursor isHeartbeat type actor { id role } case { id status reportedBy { id role } photoUrls } }
}`;

interface Message {
  cursor: string;
  isHeartbeat: boolean;
  type: string | null;
  actor: { id: string; role: string } | null;
  case: { id: string; status: string; reportedBy: { id: string; role: string } | null; photoUrls: string[] } | null;
}

async function subscribe(token: string, variables: Record<string, unknown> = {}): Promise<Received<{ caseEvents: Message }>> {
  const socket = wsClient(hub.server.wsUrl, token);
  sockets.push(socket);
  return wsSubscribed<{ caseEvents: Message }>(hub, socket.client, CASE_EVENTS, variables);
}

const received = (r: Received<{ caseEvents: Message }>) => r.messages.map((m) => m.data!.caseEvents).filter((m) => !m.isHeartbeat);

const EVENTS = `query($filter: EventFilter) { events(filter: $filter, first: 100) { edges { node { type actor { id role } } } } }`;

describe('the resident\'s own cases over caseEvents and events', () => {
  it('reach the resident, with others\' actor ids HIDDEN and their own shown; another resident receives nothing', async () => {
    const mine = await residentToken(hub, d.community, 'resident-live');
    const other = await residentToken(hub, d.community, 'resident-bystander');
    const [mySub, otherSub] = [await subscribe(mine), await subscribe(other)];
    const c = await reportCase(hub, d.grid, residentCaseInput(d.grid), mine);
    await must(hub, 'acceptCase', { id: c.id }, community);
    const w = await whistle(hub, c.id, [{ organizationId: lead.id, role: 'LEAD' }], community);
    await reportIn(hub, w.summonses[0].id, lead.token);
    await setMeasures(hub, c.id, '已安排清运，三日内完成', lead.token);
    await publishPhotos(hub, c.id, community);
    await addNote(hub, c.id, '已联系物业', community);
    await resolve(hub, c.id, lead.token);
    await mySub.waitFor(8);
    await delivered(hub, ...sockets);

    const types = ['CASE_REPORTED', 'CASE_ACCEPTED', 'CASE_WHISTLED', 'SUMMONS_REPORTED_IN', 'CASE_MEASURES_SET', 'CASE_PHOTOS_PUBLISHED', 'CASE_NOTE_ADDED', 'CASE_RESOLVED'];
    const live = received(mySub);
    expect(live.map((e) => e.type)).toEqual(types);
    expect(live.map((e) => e.actor)).toEqual([
      { id: 'resident-live', role: 'RESIDENT' },
      { id: 'HIDDEN', role: 'COMMUNITY_ADMIN' },
      { id: 'HIDDEN', role: 'COMMUNITY_ADMIN' },
      { id: 'HIDDEN', role: 'UNIT_ADMIN' },
      { id: 'HIDDEN', role: 'UNIT_ADMIN' },
      { id: 'HIDDEN', role: 'COMMUNITY_ADMIN' },
      { id: 'HIDDEN', role: 'COMMUNITY_ADMIN' },
      { id: 'HIDDEN', role: 'UNIT_ADMIN' },
    ]);
    // the case as its reporter sees it: in full
    expect(live[7].case).toEqual({ id: c.id, status: 'RESOLVED', reportedBy: { id: 'resident-live', role: 'RESIDENT' }, photoUrls: ['https://img.example.cn/cases/1.jpg'] });
    expect(received(otherSub)).toEqual([]);

    // the same over HTTP
    const logged = (await runCase(hub, EVENTS, { filter: { subjectIds: [c.id] } }, mine)).events.edges.map((e: { node: unknown }) => e.node);
    expect(logged.map((e: { type: string }) => e.type)).toEqual(types);
    expect(logged.map((e: { actor: unknown }) => e.actor)).toEqual(live.map((e) => e.actor));
    expect((await runCase(hub, EVENTS, { filter: { subjectIds: [c.id] } }, other)).events.edges).toEqual([]);
  });

  it('two residents\' cases in one batch: each receives its own case as its reporter sees it', async () => {
    const one = await residentToken(hub, d.community, 'resident-batch-1');
    const two = await residentToken(hub, d.community, 'resident-batch-2');
    const [oneSub, twoSub] = [await subscribe(one, { filter: { areaId: d.community.id } }), await subscribe(two, { filter: { areaId: d.community.id } })];
    const cases = [];
    for (const token of [one, two]) {
      const c = await reportCase(hub, d.grid, residentCaseInput(d.grid, { urgency: 'URGENT' }), token);
      await must(hub, 'acceptCase', { id: c.id }, community);
      cases.push(c);
    }
    await oneSub.waitFor(2);
    await twoSub.waitFor(2);
    // the completion deadlines pass: the sweep records both overdues in one transaction, one batch of the feed
    for (const c of cases) await whistle(hub, c.id, [{ organizationId: support.id, role: 'LEAD' }], community);
    hub.clock.set('2026-12-10T10:00:00+08:00');
    let recorded = 0;
    for (const job of casesModule.sweeps!) recorded += await job(createContext(hub.app, SYSTEM_VIEWER));
    expect(recorded).toBeGreaterThanOrEqual(2);
    await oneSub.waitFor(4);
    await twoSub.waitFor(4);
    await delivered(hub, ...sockets);
    for (const [sub, c, who] of [[oneSub, cases[0], 'resident-batch-1'], [twoSub, cases[1], 'resident-batch-2']] as const) {
      const overdue = received(sub).filter((e) => e.type === 'CASE_OVERDUE');
      expect(overdue.map((e) => e.case?.id)).toEqual([c.id]);
      expect(overdue[0].case!.reportedBy).toEqual({ id: who, role: 'RESIDENT' });
      expect(overdue[0].actor).toEqual({ id: 'SYSTEM', role: 'SYSTEM' });
    }
  });
});

// ---- setCaseMeasures and publishCasePhotos -----------------------------------------------------------------

describe('setCaseMeasures', () => {
  it('by the handling level, or the lead once reported in: the measures, a SET_MEASURES line and CASE_MEASURES_SET (never the text)', async () => {
    const c = await acceptedCase(hub, d.grid, {}, community);
    const set = await setMeasures(hub, c.id, '  每日清运两次  ', community);
    expect(set).toMatchObject({ measures: '每日清运两次', status: 'ACCEPTED', version: c.version + 1 });
    expect(Date.parse(set.measuresAt)).toBe(Date.parse(TEST_NOW));
    expect(set.history.at(-1)).toMatchObject({ action: 'SET_MEASURES', fromStatus: 'ACCEPTED', toStatus: 'ACCEPTED' });
    const w = await whistle(hub, c.id, [{ organizationId: lead.id, role: 'LEAD' }, { organizationId: support.id, role: 'SUPPORT' }], community);
    // the lead, summoned but not yet reported in
    expect((await setMeasuresPayload(hub, { id: c.id, measures: '增设垃圾箱' }, lead.token)).userErrors.map((e: { code: string }) => e.code)).toEqual(['SUMMONS_NOT_REPORTED_IN']);
    await reportIn(hub, w.summonses[0].id, lead.token);
    expect((await setMeasures(hub, c.id, '增设垃圾箱', lead.token)).measures).toBe('增设垃圾箱');
    // a street admin above the handling community
    expect((await setMeasures(hub, c.id, '街道督办', await streetAdmin(hub, d.street))).measures).toBe('街道督办');
    const { rows } = await hub.app.db.pool.query(`select data from event where subject_type = 'Case' and subject_id = $1 and type = 'CASE_MEASURES_SET'`, [rowIdOf(c.id)]);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(JSON.stringify(row.data)).not.toMatch(/垃圾|清运|督办/);
  });

  it('FORBIDDEN, NOT_FOUND and each userError change nothing', async () => {
    const c = await acceptedCase(hub, d.grid, {}, community);
    const w = await whistle(hub, c.id, [{ organizationId: lead.id, role: 'LEAD' }, { organizationId: support.id, role: 'SUPPORT' }], community);
    await reportIn(hub, w.summonses[1].id, support.token);
    const before = await caseSnapshot(hub, c.id);
    const input = { id: c.id, measures: '整改' };
    const code = (token: string, i: Record<string, unknown> = input) =>
      hub.client.errorCode('mutation($input: SetCaseMeasuresInput!) { setCaseMeasures(input: $input) { userErrors { code } } }', { input: i }, token);
    // never their role: a grid worker, a resident; sees it but may not: the SUPPORT department (reported in)
    expect(await code(await gridWorker(hub, d.grid))).toBe('FORBIDDEN');
    expect(await code(support.token)).toBe('FORBIDDEN');
    const resident = await residentToken(hub, d.community);
    expect(await code(resident)).toBe('FORBIDDEN');
    // who does not see it
    expect(await code(await communityAdmin(hub, d.otherCommunity))).toBe('NOT_FOUND');
    expect(await code((await buildDepartment(hub, d.street)).token)).toBe('NOT_FOUND');
    expect(await code(community, { ...input, id: toGlobalId('Case', '9999999') })).toBe('NOT_FOUND');
    // bad input
    expect(await code(community, { ...input, measures: '   ' })).toBe('BAD_USER_INPUT');
    expect(await code(community, { ...input, measures: '整'.repeat(2001) })).toBe('BAD_USER_INPUT');
    // userErrors
    const errors = async (i: Record<string, unknown>, token = community) => (await setMeasuresPayload(hub, i, token)).userErrors.map((e: { code: string }) => e.code);
    expect(await errors({ ...input, version: 1 })).toEqual(['VERSION_CONFLICT']);
    expect(await errors(input, lead.token)).toEqual(['SUMMONS_NOT_REPORTED_IN']);
    expect(await caseSnapshot(hub, c.id)).toEqual(before);

    const reported = await reportCase(hub, d.grid, {}, community);
    const reportedBefore = await caseSnapshot(hub, reported.id);
    expect(await errors({ id: reported.id, measures: '整改' })).toEqual(['CASE_NOT_OPEN']);
    expect(await caseSnapshot(hub, reported.id)).toEqual(reportedBefore);
    await reportIn(hub, w.summonses[0].id, lead.token);
    await resolve(hub, c.id, lead.token);
    const resolved = await caseSnapshot(hub, c.id);
    expect(await errors(input)).toEqual(['CASE_NOT_OPEN']);
    expect(await errors(input, lead.token)).toEqual(['CASE_NOT_OPEN']);
    expect(await caseSnapshot(hub, c.id)).toEqual(resolved);
  });
});

describe('publishCasePhotos', () => {
  it('by the handling level: photosPublic, a PUBLISH_PHOTOS line and CASE_PHOTOS_PUBLISHED; then CASE_PHOTOS_ALREADY_PUBLIC', async () => {
    const c = await reportCase(hub, d.grid, residentCaseInput(d.grid), await residentToken(hub));
    const published = await publishPhotos(hub, c.id, community);
    expect(published).toMatchObject({ photosPublic: true, status: 'REPORTED' });
    expect(published.history.at(-1)).toMatchObject({ action: 'PUBLISH_PHOTOS', fromStatus: 'REPORTED', toStatus: 'REPORTED' });
    const before = await caseSnapshot(hub, c.id);
    expect((await publishPhotosPayload(hub, { id: c.id }, district)).userErrors.map((e: { code: string }) => e.code)).toEqual(['CASE_PHOTOS_ALREADY_PUBLIC']);
    expect(await caseSnapshot(hub, c.id)).toEqual(before);
    const { rows } = await hub.app.db.pool.query(`select type from event where subject_type = 'Case' and subject_id = $1 order by cursor`, [rowIdOf(c.id)]);
    expect(rows.map((r) => r.type)).toEqual(['CASE_REPORTED', 'CASE_PHOTOS_PUBLISHED']);
  });

  it('FORBIDDEN, NOT_FOUND and each userError change nothing', async () => {
    const c = await acceptedCase(hub, d.grid, {}, community);
    const w = await whistle(hub, c.id, [{ organizationId: lead.id, role: 'LEAD' }], community);
    await reportIn(hub, w.summonses[0].id, lead.token);
    const before = await caseSnapshot(hub, c.id);
    const code = (token: string, id = c.id) =>
      hub.client.errorCode('mutation($input: CaseIdInput!) { publishCasePhotos(input: $input) { userErrors { code } } }', { input: { id } }, token);
    expect(await code(await gridWorker(hub, d.grid))).toBe('FORBIDDEN');
    expect(await code(lead.token)).toBe('FORBIDDEN');
    expect(await code(await residentToken(hub, d.community))).toBe('FORBIDDEN');
    expect(await code(await communityAdmin(hub, d.otherCommunity))).toBe('NOT_FOUND');
    expect(await code(community, toGlobalId('Case', '9999999'))).toBe('NOT_FOUND');
    expect((await publishPhotosPayload(hub, { id: c.id, version: 1 }, community)).userErrors.map((e: { code: string }) => e.code)).toEqual(['VERSION_CONFLICT']);
    expect(await caseSnapshot(hub, c.id)).toEqual(before);

    const bare = await reportCase(hub, d.grid, { photoUrls: [] }, community);
    const bareBefore = await caseSnapshot(hub, bare.id);
    expect((await publishPhotosPayload(hub, { id: bare.id }, community)).userErrors.map((e: { code: string }) => e.code)).toEqual(['CASE_NO_PHOTOS']);
    expect(await caseSnapshot(hub, bare.id)).toEqual(bareBefore);
  });
});

describe('RESIDENT and the staff mutations of cases', () => {
  it('is FORBIDDEN on every one of them, even on its own case', async () => {
    const token = await residentToken(hub, d.community, 'resident-no-staff');
    const c = await reportCase(hub, d.grid, residentCaseInput(d.grid), token);
    const before = await caseSnapshot(hub, c.id);
    const inputs: Record<string, Record<string, unknown>> = {
      acceptCase: { id: c.id },
      rejectCase: { id: c.id, reason: '不受理' },
      mergeCase: { id: c.id, intoId: c.id },
      whistleCase: { id: c.id, summonses: [{ organizationId: lead.id, role: 'LEAD' }] },
      reportInToCase: { summonsId: toGlobalId('CaseSummons', '1') },
      declineSummons: { summonsId: toGlobalId('CaseSummons', '1'), reason: '不属于' },
      acceptDecline: { summonsId: toGlobalId('CaseSummons', '1') },
      overruleDecline: { summonsId: toGlobalId('CaseSummons', '1'), reason: '属于' },
      addCaseNote: { caseId: c.id, text: '催办' },
      resolveCase: { id: c.id, result: '已处理' },
      closeCase: { id: c.id },
      reopenCase: { id: c.id, reason: '未解决' },
      escalateCase: { id: c.id, reason: '社区不处理' },
    };
    for (const [name, input] of Object.entries(inputs)) expect(await errorCodeOf(hub, name as never, input, token), name).toBe('FORBIDDEN');
    expect(
      await hub.client.errorCode('mutation($input: SetCaseMeasuresInput!) { setCaseMeasures(input: $input) { userErrors { code } } }', { input: { id: c.id, measures: '整改' } }, token),
    ).toBe('FORBIDDEN');
    expect(await hub.client.errorCode('mutation($input: CaseIdInput!) { publishCasePhotos(input: $input) { userErrors { code } } }', { input: { id: c.id } }, token)).toBe('FORBIDDEN');
    expect(await caseSnapshot(hub, c.id)).toEqual(before);
  });
});
