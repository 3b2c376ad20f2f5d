import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { buildDistrict, type District } from '../kit/builders.js';
import {
  acceptedCase, buildDepartment, close, districtAdmin, gridWorker, must, publishPhotos, reject, reportCase, reportIn, residentCaseInput, residentToken,
  resolve, setMeasures, whistle, type BuiltParty,
} from '../kit/cases.js';
import { callback, mustRate, rate } from '../kit/ratings.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';
import { countStatements } from '../kit/sql-counter.js';
import { caseIdsOf, echoWall, problemWall, PROBLEM_WALL } from '../kit/walls.js';

/*
 * The problem wall (问题墙) and the echo wall (回音壁): read anonymously, the cases of an area and below in the
 * wall's statuses, newest first; what a card shows and never shows; filters, pages, one statement a page.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

const DAY = 86_400_000;
const at = (days: number) => new Date(new Date(TEST_NOW).getTime() + days * DAY).toISOString();

// each case's own point, far enough from every centroid of the district to tell them apart
const POINT = { lat: 39.9187, lng: 116.4299 };
const TICKET = 'WALL12345-20261123-0001';
// the centroids buildDistrict gives the areas
const CENTROID = { grid: { lat: 39.9151, lng: 116.4251 }, community: { lat: 39.915, lng: 116.425 }, street: { lat: 39.91, lng: 116.43 } };
const DESCRIPTION = '墙测试描述：2号楼西侧井盖松动，夜间有居民绊倒';

let hub: TestHub;
let d: District;
let admin: string;
let lead: BuiltParty;
let support: BuiltParty;
let open: Any; // WHISTLED in the grid, lead reported in, measures set
let accepted: Any; // ACCEPTED in the community, a 12345 case
let streetCase: Any; // ACCEPTED, handled by the street
let closed: Any; // CLOSED in the grid, rated
let reviewed: Any; // CLOSED in the community, flagged for review and explained
let reporterSub: string;

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
  admin = await districtAdmin(hub);
  lead = await buildDepartment(hub, d.district, '东城区城市管理委员会');
  support = await buildDepartment(hub, d.street, '建国门街道城管执法队');
  reporterSub = 'wall-grid-worker-0001';
  const reporter = await hub.token({ role: Role.GRID_WORKER, areaId: d.grid.id, sub: reporterSub });

  // not on a wall: reported only, rejected, in another street
  await reportCase(hub, d.grid, { title: '只上报未受理', location: POINT });
  await reject(hub, (await reportCase(hub, d.grid, { title: '已驳回' })).id);
  await acceptedCase(hub, d.otherCommunity, { title: '其他街道的问题' });

  closed = await acceptedCase(hub, d.grid, { title: '垃圾站满溢', description: DESCRIPTION, location: POINT });
  const w = await whistle(hub, closed.id, [{ organizationId: lead.id, role: 'LEAD' }]);
  await reportIn(hub, w.summonses[0].id, lead.token);
  hub.clock.set(at(1));
  await resolve(hub, closed.id, lead.token, '已清运并加装分类垃圾桶');
  hub.clock.set(at(2));
  closed = await close(hub, closed.id);
  // two residents of the community rate it, and a household on a grid worker's call-back visit
  hub.clock.set(at(2.1));
  await rate(hub, closed.id, await residentToken(hub, d.community, 'wall-resident-1'), 'SATISFIED', '清理得很及时');
  hub.clock.set(at(2.2));
  await rate(hub, closed.id, await residentToken(hub, d.community, 'wall-resident-2'), 'DISSATISFIED');
  hub.clock.set(at(2.3));
  await callback(hub, closed.id, await gridWorker(hub, d.grid), { building: '3号楼', room: '2单元201' }, 'BASICALLY_SATISFIED', '味道还有一点');

  // a resident's case, closed; its reporter is dissatisfied, which calls for a review the community explains
  const residentReporter = await residentToken(hub, d.community, 'wall-resident-reporter');
  reviewed = (await must(hub, 'reportCase', residentCaseInput(d.community, { title: '路灯不亮', category: 'MUNICIPAL_FACILITIES', location: POINT }), residentReporter)).case;
  await must(hub, 'acceptCase', { id: reviewed.id }, admin);
  await resolve(hub, reviewed.id, admin, '已更换灯泡');
  reviewed = await close(hub, reviewed.id);
  hub.clock.set(at(2.5));
  await rate(hub, reviewed.id, residentReporter, 'DISSATISFIED');
  await mustRate(hub, 'explainCase', { id: reviewed.id, explanation: '灯泡已换，线路老化需区里立项改造' }, admin);

  // the open ones, newest last: a whistled case of the grid, reported by its grid worker with a photo
  hub.clock.set(at(3));
  const reported = await reportCase(hub, d.grid, { title: '井盖松动', description: DESCRIPTION, category: 'MUNICIPAL_FACILITIES', location: POINT, photoUrls: ['https://img.example.cn/wall/1.jpg'] }, reporter);
  await hub.client.data(`mutation($input: CaseIdInput!) { acceptCase(input: $input) { userErrors { code } } }`, { input: { id: reported.id } }, admin);
  const whistled = await whistle(hub, reported.id, [{ organizationId: lead.id, role: 'LEAD' }, { organizationId: support.id, role: 'SUPPORT' }]);
  await reportIn(hub, whistled.summonses[0].id, lead.token);
  await setMeasures(hub, reported.id, '已设置围挡，三日内更换井盖', lead.token);
  open = whistled.case;
  accepted = await acceptedCase(hub, d.community, { title: '夜间施工噪声', category: 'NOISE_NUISANCE', source: 'HOTLINE_12345', ticketNumber: TICKET, description: DESCRIPTION, location: POINT });
  streetCase = await acceptedCase(hub, d.street, { title: '街道主路占道经营', category: 'MARKET_ORDER', location: POINT });
}, 120_000);
afterAll(() => hub?.close());

describe('the problem wall', () => {
  it('shows anyone the ACCEPTED and WHISTLED cases of an area and below, newest first', async () => {
    expect(caseIdsOf(await problemWall(hub, d.street.id))).toEqual([streetCase.id, accepted.id, open.id]);
    expect(caseIdsOf(await problemWall(hub, d.community.id))).toEqual([accepted.id, open.id]);
    expect(caseIdsOf(await problemWall(hub, d.grid.id))).toEqual([open.id]);
    expect(caseIdsOf(await problemWall(hub, d.district.id))).toHaveLength(4);
    // a resident and another community's staff read the same
    const resident = await hub.token({ role: Role.RESIDENT, sub: 'wall-resident-9' });
    expect(caseIdsOf(await problemWall(hub, d.street.id, {}, resident))).toEqual([streetCase.id, accepted.id, open.id]);
  });

  it('shows who owes what and by when, and never the description, reporter, ticket number or point', async () => {
    const page = await problemWall(hub, d.community.id);
    const card = page.edges.find((e: Any) => e.node.caseId === open.id).node;
    expect(card).toMatchObject({
      title: '井盖松动',
      category: 'MUNICIPAL_FACILITIES',
      urgency: 'NORMAL',
      level: 'COMMUNITY',
      status: 'WHISTLED',
      area: { id: d.grid.id, kind: 'GRID' },
      measures: '已设置围挡，三日内更换井盖',
      completeDeadline: open.completeDeadline,
      isOverdue: false,
      photoUrls: [],
      result: null,
      resolvedAt: null,
      closedAt: null,
      minutesTaken: null,
      needsReview: null,
      explanation: null,
      ratings: null,
    });
    expect(card.summonses).toEqual([
      { role: 'LEAD', status: 'REPORTED_IN', reportInDeadline: expect.any(String), reportedInAt: expect.any(String), isOverdue: false, organization: { id: lead.id, name: lead.name, kind: 'DEPARTMENT' } },
      { role: 'SUPPORT', status: 'SUMMONED', reportInDeadline: expect.any(String), reportedInAt: null, isOverdue: false, organization: { id: support.id, name: support.name, kind: 'DEPARTMENT' } },
    ]);
    const text = JSON.stringify(page);
    for (const secret of [DESCRIPTION, TICKET, reporterSub, String(POINT.lat), String(POINT.lng), 'img.example.cn']) expect(text).not.toContain(secret);
  });

  it('places a case at its grid\'s centroid, else its community\'s, else its street\'s: never at its own point', async () => {
    const cards = (await problemWall(hub, d.street.id)).edges.map((e: Any) => e.node);
    const where = Object.fromEntries(cards.map((c: Any) => [c.caseId, c.location]));
    expect(where[open.id]).toEqual({ ...CENTROID.grid, system: 'WGS84' });
    expect(where[accepted.id]).toEqual({ ...CENTROID.community, system: 'WGS84' });
    expect(where[streetCase.id]).toEqual({ ...CENTROID.street, system: 'WGS84' });
    // in the system asked for
    const gcj = (await hub.client.data(`query($a: ID!) { problemWall(areaId: $a) { edges { node { location(system: GCJ02) { system lat } } } } }`, { a: d.grid.id })) as Any;
    expect(gcj.problemWall.edges[0].node.location.system).toBe('GCJ02');
    expect(gcj.problemWall.edges[0].node.location.lat).not.toBe(CENTROID.grid.lat);
  });

  it('shows the photos only once staff marked them public', async () => {
    const photos = async () => (await problemWall(hub, d.grid.id)).edges[0].node.photoUrls;
    expect(await photos()).toEqual([]);
    await publishPhotos(hub, open.id);
    expect(await photos()).toEqual(['https://img.example.cn/wall/1.jpg']);
  });

  it('filters by category and level', async () => {
    expect(caseIdsOf(await problemWall(hub, d.street.id, { filter: { categories: ['MUNICIPAL_FACILITIES', 'MARKET_ORDER'] } }))).toEqual([streetCase.id, open.id]);
    expect(caseIdsOf(await problemWall(hub, d.street.id, { filter: { levels: ['STREET'] } }))).toEqual([streetCase.id]);
    expect(caseIdsOf(await problemWall(hub, d.street.id, { filter: { levels: ['COMMUNITY'], categories: ['NOISE_NUISANCE'] } }))).toEqual([accepted.id]);
    expect(caseIdsOf(await problemWall(hub, d.street.id, { filter: { overdue: true } }))).toEqual([]);
  });

  it('pages newest first with cursors of its own', async () => {
    const first = await problemWall(hub, d.street.id, { first: 2 });
    expect(caseIdsOf(first)).toEqual([streetCase.id, accepted.id]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await problemWall(hub, d.street.id, { first: 2, after: first.pageInfo.endCursor });
    expect(caseIdsOf(second)).toEqual([open.id]);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    // a cursor of the other wall is refused, an unknown area is NOT_FOUND
    const echo = await echoWall(hub, d.street.id, { first: 1 });
    expect(await hub.client.errorCode(PROBLEM_WALL, { areaId: d.street.id, after: echo.pageInfo.endCursor })).toBe('BAD_USER_INPUT');
    expect(await hub.client.errorCode(PROBLEM_WALL, { areaId: toGlobalId('Area', '999999') })).toBe('NOT_FOUND');
  });

  it('reads a page in one statement, however many cases and summonses it holds', async () => {
    const one = await countStatements(() => problemWall(hub, d.grid.id));
    const all = await countStatements(() => problemWall(hub, d.district.id, { first: 20 }));
    expect(caseIdsOf(one.result)).toHaveLength(1);
    expect(caseIdsOf(all.result)).toHaveLength(4);
    // the page with its areas, then the organisations summoned, batched
    expect(one.count).toBe(2);
    expect(all.count).toBe(2);
    const echo = await countStatements(() => echoWall(hub, d.district.id));
    expect(caseIdsOf(echo.result)).toHaveLength(2);
    expect(echo.count).toBe(2);
  });
});

describe('the echo wall', () => {
  it('shows anyone the CLOSED cases with their result, the time taken and the ratings, never who rated', async () => {
    const page = await echoWall(hub, d.street.id);
    expect(caseIdsOf(page)).toEqual([reviewed.id, closed.id]);
    const card = page.edges[1].node;
    expect(card).toMatchObject({
      title: '垃圾站满溢',
      status: 'CLOSED',
      area: { id: d.grid.id },
      location: { ...CENTROID.grid },
      result: '已清运并加装分类垃圾桶',
      resolvedAt: expect.any(String),
      closedAt: closed.closedAt,
      minutesTaken: 2 * 24 * 60,
      needsReview: false,
      explanation: null,
      isOverdue: false,
      summonses: [{ role: 'LEAD', status: 'DONE', organization: { id: lead.id } }],
    });
    expect(card.ratings).toEqual({
      self: { satisfied: 1, basicallySatisfied: 0, dissatisfied: 1, total: 2 },
      callback: { satisfied: 0, basicallySatisfied: 1, dissatisfied: 0, total: 1 },
      comments: [
        { text: '清理得很及时', value: 'SATISFIED', source: 'SELF', ratedAt: expect.any(String) },
        { text: '味道还有一点', value: 'BASICALLY_SATISFIED', source: 'CALLBACK', ratedAt: expect.any(String) },
      ],
    });
    expect(new Date(card.ratings.comments[0].ratedAt).toISOString()).toBe(at(2.1));
    const text = JSON.stringify(page);
    for (const secret of [DESCRIPTION, 'wall-resident', '3号楼', '2单元201', String(POINT.lat)]) expect(text).not.toContain(secret);
    // the reporter's rating, without a comment
    expect(page.edges[0].node.ratings).toEqual({ self: { satisfied: 0, basicallySatisfied: 0, dissatisfied: 1, total: 1 }, callback: { satisfied: 0, basicallySatisfied: 0, dissatisfied: 0, total: 0 }, comments: [] });
  });

  it('filters by category and review, and shows the community\'s explanation', async () => {
    const review = await echoWall(hub, d.street.id, { filter: { needsReview: true } });
    expect(caseIdsOf(review)).toEqual([reviewed.id]);
    expect(review.edges[0].node).toMatchObject({ needsReview: true, explanation: '灯泡已换，线路老化需区里立项改造', location: { ...CENTROID.community } });
    expect(caseIdsOf(await echoWall(hub, d.street.id, { filter: { needsReview: false } }))).toEqual([closed.id]);
    expect(caseIdsOf(await echoWall(hub, d.street.id, { filter: { categories: ['ENVIRONMENT_HYGIENE'] } }))).toEqual([closed.id]);
    expect(caseIdsOf(await echoWall(hub, d.otherStreet.id))).toEqual([]);
  });

  it('pages newest first', async () => {
    const first = await echoWall(hub, d.district.id, { first: 1 });
    expect(caseIdsOf(first)).toEqual([reviewed.id]);
    const second = await echoWall(hub, d.district.id, { first: 1, after: first.pageInfo.endCursor });
    expect(caseIdsOf(second)).toEqual([closed.id]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });
});

describe('overdue on the problem wall', () => {
  it('flags and filters the cases past their completion deadline, and the summonses not reported in', async () => {
    hub.clock.set(new Date(new Date(open.completeDeadline).getTime() + 60_000));
    const page = await problemWall(hub, d.street.id, { filter: { overdue: true } });
    expect(caseIdsOf(page)).toEqual([open.id]);
    expect(page.edges[0].node.isOverdue).toBe(true);
    expect(page.edges[0].node.summonses.map((s: Any) => s.isOverdue)).toEqual([false, true]);
    expect(caseIdsOf(await problemWall(hub, d.street.id, { filter: { overdue: false } }))).toEqual([streetCase.id, accepted.id]);
  });
});
