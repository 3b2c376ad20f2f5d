import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { Role } from '../../src/shared/viewer.js';
import { buildOrganization } from '../kit/builders.js';
import { insertGrid, listIn, moveList, postDemand } from '../kit/demands.js';
import { matchesOf, matchingScene, runOver, type MatchingScene } from '../kit/matching.js';
import { startTestHub, type TestHub } from '../kit/server.js';
import { insertTakeForTest, placeServiceOrderForTest, postServiceOrder } from '../kit/board-orders.js';
import { approvedVolunteer } from '../kit/volunteers.js';
import {
  addNote, buildDepartment, caseInput, close, gridWorker, must as mustCase, reportIn, residentCaseInput, resolve, setMeasures, whistle,
} from '../kit/cases.js';
import { callback, rate } from '../kit/ratings.js';
import { caseIdsOf, echoWall, problemWall } from '../kit/walls.js';
import { runSentinel, SENTINEL_HUB_ENV, type SentinelReport, type SentinelScene } from '../kit/sentinel.js';

/*
 * DESIGN, "Identity and privacy": unique strings stored in every private field, every type reachable from
 * Query and Subscription selected by outsiders, `events` and every subscription included, and no response
 * holding a sentinel (test/kit/sentinel.ts generates the documents from the schema). Domains so far: units'
 * contacts, demands' description, exact location and who ordered them, volunteers' records (names, phones,
 * free-text skills; a team's leader is public only as 哨某某), and service orders: the same private fields of an
 * order placed on the order board, and its take's service note. The order board (`openOrders`) and the board's
 * `demandEvents` show outsiders who may take it (the community's approved volunteers, the street's units) its
 * card, never a sentinel; its taker and staff see it in full. Cases (吹哨报到): a case's description, exact
 * location, photos and notes reach the department summoned to it but no other organisation; its reporter (an
 * account) and a 12345 case's ticket number reach staff of its area only. The walls (`problemWall`, `echoWall`)
 * show anyone an open whistled case and a closed, rated case that a RESIDENT reported: never its reporter, its
 * description, its point, its unpublished photos, a rater's account or a call-back household; residents of the
 * community and of another street are outsiders, the reporting resident sees its own case in full.
 *
 * The hub runs with relaxed cost and body limits (MAX_QUERY_COST 10,000,000, MAX_BODY_BYTES 10,000,000; the
 * depth limit is the default 12): the cost measure multiplies every nested list by 20, so under the default
 * 20,000 the documents would have to be cut into over a thousand pieces for the same selection, while the
 * scene has a handful of rows (the last test runs a part under the default limits). Heartbeats every 100 ms
 * tell when a replaying subscription has caught up.
 */

const S = {
  // units' contacts: set when registering, and changed later (the old values live on in events and history)
  registeredContactName: '哨兵登记联系人甲',
  registeredContactPhone: '+86-10-5550-1971',
  updatedContactName: '哨兵更新联系人乙',
  updatedContactPhone: '+86-10-5550-2864',
  // a demand's private fields (who ordered it and where are set by a change after posting: the change's
  // event is read too)
  description: '哨兵需求说明：3号楼赵大爷夜间停车',
  orderedBy: '哨兵下单人钱阿姨',
  lat: '39.9153729',
  lng: '116.4258374',
  // a second demand, taken by the scene's unit
  takenDescription: '哨兵已接需求说明：孙老师阅览座位',
  takenOrderedBy: '哨兵下单人周师傅',
  // volunteers' names and phones (and everything else of their record): one who applied herself, employed by
  // the scene's unit and leading a team; one her unit reported and who has not claimed the record
  volunteerName: '哨兵志愿者吴桂芳',
  volunteerPhone: '100-5550-3719',
  volunteerNote: '哨兵技能：会手语',
  reportedName: '哨兵报到党员郑国强',
  reportedPhone: '100-5550-4826',
  // a service order placed on the order board and taken by one volunteer of the community (of two needed)
  serviceDescription: '哨兵服务订单说明：7号楼冯奶奶独居需陪诊',
  serviceOrderedBy: '哨兵点单人冯奶奶',
  serviceLat: '39.9152846',
  serviceLng: '116.4257913',
  takeNote: '哨兵服务记录：已陪同冯奶奶到协和医院',
  // a case (吹哨报到) reported by a grid worker whose account is a sentinel, whistled to a district department
  // that reported in; and a 12345 hotline case with its ticket number
  caseReporter: 'sentinel-case-reporter-0719',
  caseDescription: '哨兵案件描述：5号楼楼道堆物堵塞消防通道',
  caseLat: '39.9154613',
  caseLng: '116.4256287',
  casePhoto: 'sentinel-case-photo-0719',
  caseNote: '哨兵案件备注：已约谈物业限期清理',
  ticketNumber: 'SENTINEL12345-20261202-0719',
  hotlineDescription: '哨兵热线诉求：夜间施工噪声扰民',
  // a case reported by a RESIDENT whose account is a sentinel, whistled, with measures, resolved, closed and rated
  // (on the echo wall): a SELF rating by a resident whose account is a sentinel, a CALLBACK one for a household
  // whose building and room are sentinels (stored only as a hash: nobody ever sees them)
  residentReporter: 'sentinel-resident-reporter-0719',
  residentDescription: '哨兵居民诉求：8号楼电梯频繁停运',
  residentLat: '39.9157342',
  residentLng: '116.4253918',
  residentPhoto: 'sentinel-resident-photo-0719',
  residentRater: 'sentinel-resident-rater-0719',
  callbackBuilding: '哨兵楼栋-0719',
  callbackRoom: '哨兵房间-0719-302',
};

/** What a department summoned to the case may see of it: not its reporter, nor the hotline case's ticket number. */
const CASE_FOR_PARTIES = ['caseDescription', 'caseLat', 'caseLng', 'casePhoto', 'caseNote'];

/** The resident's case: the department summoned to it sees these; its reporter sees them and its own account. */
const RESIDENT_CASE_FOR_PARTIES = ['residentDescription', 'residentLat', 'residentLng', 'residentPhoto'];

/** A household named on a call-back rating: stored only as a keyed hash, so no caller, insiders included, ever sees it. */
const HASHED = ['callbackBuilding', 'callbackRoom'];

/** The service order's sentinels: its taker may see them. */
const SERVICE_ORDER = ['serviceDescription', 'serviceOrderedBy', 'serviceLat', 'serviceLng', 'takeNote'];

const UpdateOrg = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id } userErrors { code message } } }`;
const RegisterOrg = `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { organization { id } userErrors { code message } } }`;
const UpdateDemand = `mutation($input: UpdateDemandInput!) { updateDemand(input: $input) { demand { id version } userErrors { code message } } }`;
const Place = `mutation($input: DemandIdInput!) { placeDemand(input: $input) { demand { id } userErrors { code message } } }`;
const Take = `mutation($input: TakeDemandInput!) { takeDemand(input: $input) { demand { id } userErrors { code message } } }`;
const Decline = `mutation($input: MatchReasonInput!) { declineMatch(input: $input) { match { id } userErrors { code message } } }`;
const Report = `mutation($input: ReportAvailabilityInput!) { reportAvailability(input: $input) { userErrors { code message } } }`;
const Ids = `{ events(first: 100) { edges { node { subjectId } } } }`;
const Apply = `mutation($input: ApplyAsVolunteerInput!) { applyAsVolunteer(input: $input) { volunteer { id } userErrors { code message } } }`;
const Approve = `mutation($input: VolunteerIdInput!) { approveVolunteer(input: $input) { volunteer { id } userErrors { code message } } }`;
const CreateTeam = `mutation($input: CreateVolunteerTeamInput!) { createVolunteerTeam(input: $input) { team { id } userErrors { code message } } }`;
const ReportMembers = `mutation($input: ReportUnitMembersInput!) { reportUnitMembers(input: $input) { members { volunteer { id } } userErrors { code message } } }`;

let hub: TestHub;
let s: MatchingScene;
let report: SentinelReport;
let seconds: number;
let scene: Omit<SentinelScene, 'outsiders' | 'insiders'>;
let admin: string;
let boardCards: unknown[];
let orderId: string;
let wallCases: { problem: string[]; echo: string[] };
let openCaseId: string;
let residentCaseId: string;
let d: MatchingScene['d'];

beforeAll(async () => {
  const started = Date.now();
  hub = await startTestHub({ MAX_QUERY_COST: '10000000', MAX_BODY_BYTES: '10000000', ...SENTINEL_HUB_ENV });
  // a unit with a published car park and an ACTIVE agreement with the community
  s = await matchingScene(hub);
  d = s.d;
  admin = await hub.token({ role: Role.DISTRICT_ADMIN });
  const ok = async (query: string, input: Record<string, unknown>, token: string) => {
    const data = (await hub.client.data(query, { input }, token)) as Record<string, { userErrors: unknown[] } & Record<string, { id: string; version?: number }>>;
    const payload = Object.values(data)[0];
    if (payload.userErrors.length) throw new Error(JSON.stringify(payload.userErrors));
    return payload;
  };

  // units' contacts
  await ok(RegisterOrg, { kind: 'SCHOOL', name: '哨兵小学', areaId: d.community.id, contactName: S.registeredContactName, contactPhone: S.registeredContactPhone }, admin);
  await ok(UpdateOrg, { id: s.p.org.id, version: s.p.org.version, contactName: S.updatedContactName, contactPhone: S.updatedContactPhone }, admin);

  // a demand of the scene's grid: posted, changed, in a list that is then published, placed and matched
  const list = await listIn(hub, d.grid);
  const posted = await postDemand(hub, d.grid, { description: S.description, demandListId: list }, admin);
  await ok(UpdateDemand, { id: posted.id, version: posted.version, orderedBy: S.orderedBy, location: { lat: Number(S.lat), lng: Number(S.lng) } }, admin);
  await ok(Place, { id: posted.id }, admin);
  await moveList(hub, list, ['submit', 'publish']);
  await runOver(hub, s);
  // the unit declines the proposal: from then on the demand is no longer its to see, though the match and
  // its events stay in its inbox (src/modules/demands/demand.rules.ts grants PROPOSED and ACCEPTED only)
  const [match] = await matchesOf(hub, s);
  await ok(Decline, { id: match.id, reason: '车位已满' }, await s.unit());
  // another, taken by the scene's unit
  const taken = await postDemand(hub, d.grid, { description: S.takenDescription, orderedBy: S.takenOrderedBy, kinds: ['READING_ROOM'] }, admin);
  await ok(Place, { id: taken.id }, admin);
  await ok(Take, { id: taken.id }, await s.unit());

  // a volunteer of the community, employed by the scene's unit, approved, leading a team; and a member the
  // unit reported (a record without an account)
  const volunteerToken = await hub.token({ role: Role.VOLUNTEER, sub: 'sentinel-volunteer' });
  const applied = await ok(
    Apply,
    { realName: S.volunteerName, phone: S.volunteerPhone, skillsNote: S.volunteerNote, homeCommunityId: d.community.id, gridId: d.grid.id, employerId: s.p.org.id, isPartyMember: true },
    volunteerToken,
  );
  await ok(Approve, { id: applied.volunteer.id }, admin);
  await ok(CreateTeam, { areaId: d.community.id, name: '哨兵社区手语志愿服务队', leaderId: applied.volunteer.id }, admin);
  const unitReport = (await hub.client.data(
    ReportMembers,
    { input: { organizationId: s.p.org.id, homeCommunityId: d.community.id, members: [{ realName: S.reportedName, phone: S.reportedPhone, isPartyMember: true }] } },
    await s.unit(),
  )) as { reportUnitMembers: { members: { volunteer: { id: string } }[] } };
  const reportedId = unitReport.reportUnitMembers.members[0].volunteer.id;
  const otherVolunteer = await hub.token({ role: Role.VOLUNTEER, sub: 'sentinel-other-volunteer' });
  await ok(Approve, { id: (await ok(Apply, { realName: '其他志愿者', phone: '100-5550-9999', homeCommunityId: d.community.id, isPartyMember: false }, otherVolunteer)).volunteer.id }, admin);

  // a service order of the scene's grid, on the order board (board events), taken by a volunteer of the community
  const order = await postServiceOrder(
    hub,
    d.grid,
    { quantity: 2, description: S.serviceDescription, orderedBy: S.serviceOrderedBy, location: { lat: Number(S.serviceLat), lng: Number(S.serviceLng) } },
    admin,
  );
  await placeServiceOrderForTest(hub, order.id);
  const taker = await approvedVolunteer(hub, d.community, 'sentinel-taker');
  await insertTakeForTest(hub, order.id, { kind: 'VOLUNTEER', volunteerId: taker.id, accountId: taker.sub }, { serviceNote: S.takeNote });
  // the board shows the order's card to a volunteer of the community who did not take it
  const board = (await hub.client.data(`{ openOrders { edges { node { demandId stillNeeded } } } }`, {}, otherVolunteer)) as { openOrders: { edges: { node: unknown }[] } };
  boardCards = board.openOrders.edges.map((e) => e.node);
  orderId = order.id;

  // a case of the scene's grid, reported by a grid worker of the grid, whistled to a district department
  const reporter = await hub.token({ role: Role.GRID_WORKER, areaId: d.grid.id, sub: S.caseReporter });
  const reported = await mustCase(
    hub,
    'reportCase',
    caseInput(d.grid, { description: S.caseDescription, location: { lat: Number(S.caseLat), lng: Number(S.caseLng) }, photoUrls: [`https://img.example.cn/${S.casePhoto}.jpg`] }),
    reporter,
  );
  await mustCase(hub, 'acceptCase', { id: reported.case.id }, admin);
  const department = await buildDepartment(hub, d.district, '哨兵区城市管理委员会');
  const whistled = await whistle(hub, reported.case.id, [{ organizationId: department.id, role: 'LEAD' }], admin);
  await reportIn(hub, whistled.summonses[0].id, department.token);
  await addNote(hub, reported.case.id, S.caseNote, await gridWorker(hub, d.grid));
  // a 12345 hotline case, reported by the community's admin: only staff of its area see the ticket number
  const hotline = await mustCase(
    hub,
    'reportCase',
    caseInput(d.grid, { source: 'HOTLINE_12345', ticketNumber: S.ticketNumber, description: S.hotlineDescription, category: 'NOISE_NUISANCE', photoUrls: [] }),
    await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id }),
  );
  const otherDepartment = await buildDepartment(hub, d.district, '哨兵区市场监督管理局');

  // a case a RESIDENT reported, whistled, given measures by its lead, resolved, closed, and rated by another
  // resident of the community and on a grid worker's call-back visit: on the echo wall
  const residentToken = await hub.token({ role: Role.RESIDENT, areaId: d.community.id, sub: S.residentReporter });
  const residentCase = await mustCase(
    hub,
    'reportCase',
    residentCaseInput(d.grid, {
      title: '电梯频繁停运', category: 'PROPERTY_HOUSING', description: S.residentDescription, location: { lat: Number(S.residentLat), lng: Number(S.residentLng) },
      photoUrls: [`https://img.example.cn/${S.residentPhoto}.jpg`],
    }),
    residentToken,
  );
  residentCaseId = residentCase.case.id;
  await mustCase(hub, 'acceptCase', { id: residentCaseId }, admin);
  const residentSummons = (await whistle(hub, residentCaseId, [{ organizationId: department.id, role: 'LEAD' }], admin)).summonses[0].id;
  await reportIn(hub, residentSummons, department.token);
  await setMeasures(hub, residentCaseId, '已联系电梯维保单位更换控制板', department.token);
  await resolve(hub, residentCaseId, department.token, '已更换电梯控制板并复检');
  await close(hub, residentCaseId, admin);
  const rater = await hub.token({ role: Role.RESIDENT, areaId: d.community.id, sub: S.residentRater });
  await rate(hub, residentCaseId, rater, 'SATISFIED', '电梯修好了');
  await callback(hub, residentCaseId, await gridWorker(hub, d.grid), { building: S.callbackBuilding, room: S.callbackRoom }, 'BASICALLY_SATISFIED');
  // the open whistled case above (unpublished photos) is the problem wall's; both walls read anonymously show them
  openCaseId = reported.case.id;
  await setMeasures(hub, openCaseId, '已约谈物业，限期三日清理', admin);
  wallCases = {
    problem: caseIdsOf(await problemWall(hub, d.community.id)),
    echo: caseIdsOf(await echoWall(hub, d.community.id)),
  };

  const otherUnit = await buildOrganization(hub, d.community);
  const otherGrid = await insertGrid(hub.app.db.pool, d.community);

  // every id the log mentions, and the areas (written directly, with no event)
  const events = (await hub.client.data(Ids, {}, admin)) as { events: { edges: { node: { subjectId: string } }[] } };
  const ids = [
    ...new Set([
      ...events.events.edges.map((e) => e.node.subjectId),
      ...Object.values(d).map((a) => a.id),
      otherGrid.id, applied.volunteer.id, reportedId, reported.case.id, hotline.case.id, whistled.summonses[0].id, department.id,
      residentCaseId, residentSummons,
    ]),
  ];

  scene = {
    hub,
    sentinels: S,
    ids,
    values: { from: '2026-01-01', to: '2026-12-31', point: { lat: 39.9151, lng: 116.4251 }, 'availabilityChanged.filter': { kinds: ['PARKING'] } },
    // a live count of the unit's car park, public: availabilityChanged replays nothing, it carries this
    live: async () => {
      await ok(Report, { resourceId: s.p.resource.id, freeCount: 7 }, await s.unit());
    },
  };
  report = await runSentinel({
    ...scene,
    // the outsiders nearest to the data (the same community, street or grid), each role once: each caller
    // costs about 1/8 of the run
    outsiders: {
      anonymous: null,
      'a volunteer whose token claims the community': await hub.token({ role: Role.VOLUNTEER, areaId: d.community.id }),
      'another approved volunteer of the community': otherVolunteer,
      // her own record, and nothing else
      'the volunteer herself': { token: volunteerToken, maySee: ['volunteerName', 'volunteerPhone', 'volunteerNote'] },
      'the admin of the neighbouring community': await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.neighbourCommunity.id }),
      'the admin of a community of another street': await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.otherCommunity.id }),
      'a grid worker of another grid of the community': await hub.token({ role: Role.GRID_WORKER, areaId: otherGrid.id }),
      'the admin of another unit': await hub.token({ role: Role.UNIT_ADMIN, organizationId: otherUnit.id }),
      // summoned to the case: it sees what it needs to act, never who reported it
      'the summoned department\'s admin': { token: department.token, maySee: [...CASE_FOR_PARTIES, ...RESIDENT_CASE_FOR_PARTIES] },
      // residents: the one who reported the resident's case sees it in full; the one who rated it, its own account
      'the reporting resident': { token: residentToken, maySee: ['residentReporter', ...RESIDENT_CASE_FOR_PARTIES] },
      'the resident who rated the case': { token: rater, maySee: ['residentRater'] },
      'a resident of the community': await hub.token({ role: Role.RESIDENT, areaId: d.community.id, sub: 'sentinel-neighbour-resident' }),
      'a resident of another street': await hub.token({ role: Role.RESIDENT, areaId: d.otherCommunity.id, sub: 'sentinel-elsewhere-resident' }),
      'the admin of a department not summoned': otherDepartment.token,
      'an approved volunteer of a community of another street': (await approvedVolunteer(hub, d.otherCommunity, 'sentinel-elsewhere')).token,
      // the order it took, and nothing else
      'the taker of the service order': { token: taker.token, maySee: SERVICE_ORDER },
      // its own contacts and the demand it took; not the school's contacts, nor the demand it declined
      // and its members: the volunteer it employs, the member it reported
      'the scene unit\'s admin': {
        token: await s.unit(),
        maySee: ['updatedContactName', 'updatedContactPhone', 'takenDescription', 'takenOrderedBy', 'volunteerName', 'volunteerPhone', 'volunteerNote', 'reportedName', 'reportedPhone'],
      },
    },
    insiders: { 'the district admin': admin },
  });
  seconds = (Date.now() - started) / 1000;
}, 300_000);
afterAll(() => hub?.close());

describe('no sentinel reaches an outsider', () => {
  it('by any Query field, `events` included, or any subscription', () => {
    console.log(
      `sentinel: ${report.queryDocuments} query and ${report.subscriptionDocuments} subscription documents, ${report.requests} requests, ` +
        `${report.subscriptions} subscriptions, ${report.fieldsSelected.length}/${report.fieldsReachable.length} fields, ${seconds.toFixed(1)} s`,
    );
    expect(report.leaks).toEqual([]);
  });

  it('while insiders see every sentinel by some path, and every subscription delivers to them', () => {
    // a take's note is read through Demand.takes / DemandTake by staff and its taker
    expect(report.unseen).toEqual(HASHED);
    expect(report.silentSubscriptions).toEqual([]);
    // matchEvents carry the match's demand and the resource's unit to insiders
    expect(report.seenOverSubscriptions).toEqual(expect.arrayContaining(['description', 'orderedBy', 'lat', 'lng', 'updatedContactName', 'updatedContactPhone']));
  });

  it('while the board shows the order\'s card, and its taker sees the order in full', () => {
    // outsiders who may take it get the card over HTTP and over demandEvents, without a sentinel
    expect(boardCards).toEqual([{ demandId: orderId, stillNeeded: 1 }]);
    expect(report.deliveries['another approved volunteer of the community']!.demandEvents).toBeGreaterThan(0);
    expect(report.deliveries['the volunteer herself']!.demandEvents).toBeGreaterThan(0);
    expect(report.deliveries['an approved volunteer of a community of another street']!.demandEvents).toBe(0);
    for (const label of SERVICE_ORDER.filter((l) => l !== 'takeNote')) {
      expect(report.seenBy[label]).toEqual(expect.arrayContaining(['the district admin', 'the taker of the service order']));
    }
    expect(report.seenOverSubscriptions).toEqual(expect.arrayContaining(['serviceDescription', 'serviceOrderedBy', 'serviceLat', 'serviceLng']));
  });

  it('while the summoned department sees the case it acts on, and only staff see its reporter and ticket number', () => {
    for (const label of CASE_FOR_PARTIES) expect(report.seenBy[label], label).toEqual(expect.arrayContaining(['the summoned department\'s admin']));
    expect(report.seenBy.caseReporter).toEqual(['the district admin']);
    expect(report.seenBy.ticketNumber).toEqual(['the district admin']);
  });

  it('while the walls show anyone the cases, and the resident who reported one sees it in full', () => {
    expect(wallCases.problem).toContain(openCaseId);
    expect(wallCases.echo).toEqual([residentCaseId]);
    expect(report.seenBy.residentReporter).toEqual(['the district admin', 'the reporting resident']);
    for (const label of RESIDENT_CASE_FOR_PARTIES) expect(report.seenBy[label], label).toEqual(expect.arrayContaining(['the reporting resident', 'the summoned department\'s admin']));
    expect(report.seenBy.residentRater).toEqual(expect.arrayContaining(['the resident who rated the case']));
    expect(report.fieldsSelected).toEqual(expect.arrayContaining(['Query.problemWall', 'Query.echoWall', 'WallCase.location', 'WallRatings.comments', 'WallComment.text']));
  });

  it('every document ran: no error but refusals', () => {
    expect(report.brokenDocuments.slice(0, 20)).toEqual([]);
  });

  it('selects every type and every field reachable from Query and Subscription', () => {
    // types the documents may leave out, each with its reason: none today
    const UNSELECTED: string[] = [];
    expect(report.typesUnselected).toEqual(UNSELECTED);
    expect(report.fieldsReachable.filter((f) => !report.fieldsSelected.includes(f))).toEqual([]);
    expect(report.skippedFields).toEqual([]);
    expect(report.cutByLimits).toEqual([]);
  });

  it('would notice a leak: the district admin counted as an outsider gets them over HTTP and a subscription', async () => {
    // with documents cut to the hub's default limits, which this hub would take too
    const defaults = loadConfig({ NODE_ENV: 'test' }).limits;
    const planted = await runSentinel({
      ...scene,
      live: undefined,
      rootFields: ['organization', 'demand', 'matchEvents', 'volunteer', 'demandEvents', 'case'],
      outsiders: { 'the district admin, planted': admin },
      insiders: {},
      options: { maxCost: defaults.maxCost, bodyBytes: defaults.bodyBytes, maxDepth: defaults.maxDepth },
    });
    console.log(`planted: ${planted.queryDocuments} query and ${planted.subscriptionDocuments} subscription documents under the default limits, ${planted.cutByLimits.length} paths cut`);
    expect(planted.brokenDocuments).toEqual([]);
    const found = new Set(planted.leaks.map((l) => `${l.document.replace(/ #.*/, '')} ${l.sentinel}`));
    expect([...found]).toEqual(
      expect.arrayContaining([
        'organization updatedContactName',
        'organization registeredContactPhone',
        'demand description',
        'demand lat',
        'matchEvents orderedBy',
        'matchEvents updatedContactPhone',
        'volunteer volunteerName',
        'volunteer reportedPhone',
        'demandEvents serviceDescription',
        'demandEvents serviceLat',
        'case caseReporter',
        'case ticketNumber',
      ]),
    );
    // cut to the default limits the documents are many (over 500): generous on a loaded machine
  }, 120_000);

  it('would notice a case\'s own point on a wall: the walls with the grid\'s centroid moved onto it', async () => {
    // what the walls show as a case's location is its grid's centroid: put the scene case's point there
    const pool = hub.app.db.pool;
    const { rows } = await pool.query<{ lat: number; lng: number }>('select lat, lng from area where id = $1', [d.grid.rowId]);
    await pool.query('update area set lat = $2, lng = $3 where id = $1', [d.grid.rowId, Number(S.caseLat), Number(S.caseLng)]);
    try {
      const planted = await runSentinel({ ...scene, live: undefined, rootFields: ['problemWall', 'echoWall'], outsiders: { anonymous: null }, insiders: {} });
      expect(planted.brokenDocuments).toEqual([]);
      const found = new Set(planted.leaks.map((l) => `${l.document.replace(/ #.*/, '')} ${l.sentinel}`));
      expect([...found]).toEqual(expect.arrayContaining(['problemWall caseLat', 'problemWall caseLng', 'echoWall caseLat', 'echoWall caseLng']));
    } finally {
      await pool.query('update area set lat = $2, lng = $3 where id = $1', [d.grid.rowId, rows[0].lat, rows[0].lng]);
    }
  }, 120_000);
});
