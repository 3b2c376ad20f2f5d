import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import { buildDistrict, type District } from '../kit/builders.js';
import { acceptedCase, department, gql, reportedCase, reportIn, whistledCase, type Party, type Whistle } from '../kit/case-reads.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';
import { countStatements } from '../kit/sql-counter.js';

/* cases(filter) and Organization.summonses (a department's inbox): filters, visibility, pages, one statement a page. */

let hub: TestHub;
let d: District;
let staff: string;
let otherStaff: string;
let streetAdmin: string;
let district: string;
let cityManagement: Party;
let housing: Party;
let bystander: Party;
let stacked: Whistle;
let bins: string;
let parking: string;
let yonder: Whistle;
let late: Whistle;

const CASES = `query($filter: CaseFilter, $first: Int, $after: String) {
  cases(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id title status isOverdue area { id name } handlingArea { id } } }
  }
}`;

const idsOf = async (token: string, filter: Record<string, unknown> = {}, first = 50): Promise<string[]> =>
  (await gql(hub, CASES, { filter, first }, token)).cases.edges.map((e: { node: { id: string } }) => e.node.id);

const INBOX = `query($id: ID!, $filter: SummonsFilter, $first: Int, $after: String) {
  node(id: $id) { ... on Organization { summonses(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id status role isOverdue reportInDeadline case { id title status isOverdue } organization { id } } }
  } } }
}`;

const inboxOf = async (party: Party, token: string | null, filter: Record<string, unknown> = {}, first = 50): Promise<string[]> =>
  (await gql(hub, INBOX, { id: party.id, filter, first }, token as string)).node.summonses.edges.map((e: { node: { id: string } }) => e.node.id);

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
  staff = await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id, sub: 'reads-community-admin' });
  otherStaff = await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.otherCommunity.id, sub: 'reads-other-admin' });
  streetAdmin = await hub.token({ role: Role.STREET_ADMIN, areaId: d.street.id });
  district = await hub.token({ role: Role.DISTRICT_ADMIN });
  cityManagement = await department(hub, d.street, '建国门街道城管执法队');
  housing = await department(hub, d.district, '东城区住房和城乡建设委员会');
  bystander = await department(hub, d.community, '北京市第五中学', 'SCHOOL');

  stacked = await whistledCase(hub, staff, d.community, [cityManagement], {
    title: '楼道飞线充电', description: '5号楼东侧有居民从窗户拉线给电动自行车充电，存在火灾隐患。', category: 'PUBLIC_SAFETY',
  });
  bins = await acceptedCase(hub, staff, d.grid, { title: '垃圾桶满溢', description: '胡同口垃圾桶两天无人清运，异味明显。', category: 'ENVIRONMENT_HYGIENE' });
  parking = await reportedCase(hub, staff, d.community, { title: '占道停车', description: '消防通道长期被私家车占用，救护车进不来。', category: 'PARKING_TRAFFIC' });
  yonder = await whistledCase(hub, otherStaff, d.otherCommunity, [housing], {
    title: '老旧小区屋顶漏水', description: '韶九社区8号楼顶层住户反映屋顶漏水。', category: 'PROPERTY_HOUSING',
  });
  late = await whistledCase(
    hub, staff, d.community, [housing, cityManagement],
    { title: '违建彩钢房', description: '底商在后院私搭彩钢房，占用公共绿地。', category: 'ILLEGAL_CONSTRUCTION', urgency: 'HIGH' },
    { completeDeadline: '2026-11-24T12:00:00+08:00', reportInDeadline: '2026-11-23T18:00:00+08:00' },
  );
  await reportIn(hub, late.summonsIds[1], cityManagement);
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(() => hub?.close());

describe('cases: who sees what', () => {
  it('shows staff the cases of their area and below, in id order, and nothing of another community', async () => {
    expect(await idsOf(staff)).toEqual([stacked.caseId, bins, parking, late.caseId]);
    expect(await idsOf(streetAdmin)).toEqual([stacked.caseId, bins, parking, late.caseId]);
    expect(await idsOf(otherStaff)).toEqual([yonder.caseId]);
    expect(await idsOf(district)).toEqual([stacked.caseId, bins, parking, yonder.caseId, late.caseId]);
    const grid = await hub.token({ role: Role.GRID_WORKER, areaId: d.grid.id });
    expect(await idsOf(grid)).toEqual([bins]);
  });

  it('shows a summoned department the cases that summoned it, another unit and anonymous callers nothing', async () => {
    expect(await idsOf(cityManagement.admin)).toEqual([stacked.caseId, late.caseId]);
    expect(await idsOf(housing.admin)).toEqual([yonder.caseId, late.caseId]);
    expect(await idsOf(bystander.admin)).toEqual([]);
    const anonymous = await hub.client.data<{ cases: { totalCount: number; edges: unknown[] } }, Record<string, unknown>>(CASES, { first: 10 });
    expect(anonymous.cases).toMatchObject({ totalCount: 0, edges: [] });
  });
});

describe('cases: filters', () => {
  it('filters by area (and below), status, category and level', async () => {
    expect(await idsOf(district, { areaId: d.grid.id })).toEqual([bins]);
    expect(await idsOf(district, { areaId: d.otherStreet.id })).toEqual([yonder.caseId]);
    expect(await idsOf(district, { statuses: ['WHISTLED'] })).toEqual([stacked.caseId, yonder.caseId, late.caseId]);
    expect(await idsOf(district, { statuses: ['ACCEPTED', 'REPORTED'] })).toEqual([bins, parking]);
    expect(await idsOf(district, { categories: ['PARKING_TRAFFIC', 'ENVIRONMENT_HYGIENE'] })).toEqual([bins, parking]);
    expect(await idsOf(district, { levels: ['COMMUNITY'] })).toHaveLength(5);
    expect(await idsOf(district, { levels: ['STREET', 'DISTRICT'] })).toEqual([]);
  });

  it('filters by the organisation summoned, within what the viewer sees', async () => {
    expect(await idsOf(district, { organizationId: housing.id })).toEqual([yonder.caseId, late.caseId]);
    expect(await idsOf(staff, { organizationId: housing.id })).toEqual([late.caseId]);
    expect(await idsOf(district, { organizationId: bystander.id })).toEqual([]);
  });

  it('filters by overdue, computed from the clock', async () => {
    expect(await idsOf(district, { overdue: true })).toEqual([]);
    hub.clock.set('2026-11-24T12:00:00.001+08:00');
    expect(await idsOf(district, { overdue: true })).toEqual([late.caseId]);
    expect(await idsOf(district, { overdue: false })).toEqual([stacked.caseId, bins, parking, yonder.caseId]);
    const read = await gql(hub, CASES, { filter: { overdue: true } }, staff);
    expect(read.cases.edges[0].node).toMatchObject({ id: late.caseId, isOverdue: true, status: 'WHISTLED' });
  });

  it('finds Chinese words in the title or the description, every word given', async () => {
    expect(await idsOf(district, { text: '飞线' })).toEqual([stacked.caseId]);
    expect(await idsOf(district, { text: '消防通道' })).toEqual([parking]);
    expect(await idsOf(district, { text: '屋顶漏水' })).toEqual([yonder.caseId]);
    expect(await idsOf(district, { text: '彩钢房 绿地' })).toEqual([late.caseId]);
    expect(await idsOf(district, { text: '彩钢房 漏水' })).toEqual([]);
    // visibility still applies
    expect(await idsOf(staff, { text: '屋顶漏水' })).toEqual([]);
    const blank = await hub.client.request(CASES, { filter: { text: '  ' } }, { token: district });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.text' });
  });
});

describe('cases: pages', () => {
  it('pages with first and after: every case once, in order, with the total', async () => {
    const first = (await gql(hub, CASES, { first: 2 }, district)).cases;
    expect(first.totalCount).toBe(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await gql(hub, CASES, { first: 2, after: first.pageInfo.endCursor }, district)).cases;
    const third = (await gql(hub, CASES, { first: 2, after: second.pageInfo.endCursor }, district)).cases;
    expect(third.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.edges, ...second.edges, ...third.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toEqual([stacked.caseId, bins, parking, yonder.caseId, late.caseId]);
  });

  it('reads a page, with each case\'s area and handling area, in one SQL statement whatever its size', async () => {
    const PAGE = `query($first: Int) { cases(first: $first) { edges { node { id title status isOverdue reportedBy { id } ticketNumber area { id name kind } handlingArea { id name } } } } }`;
    for (const size of [1, 5]) {
      const { result, count, statements } = await countStatements(() => gql(hub, PAGE, { first: size }, district));
      expect(result.cases.edges).toHaveLength(size);
      expect(count, statements.join('\n---\n')).toBe(1);
    }
    expect((await gql(hub, PAGE, { first: 1 }, district)).cases.edges[0].node).toMatchObject({
      area: { id: d.community.id, name: '史家胡同社区' }, handlingArea: { id: d.community.id }, reportedBy: { id: 'reads-community-admin' },
    });
  });
});

describe('Organization.summonses: a department\'s inbox', () => {
  it('gives the department all its summonses, with their cases, and filters them', async () => {
    expect(await inboxOf(cityManagement, cityManagement.admin)).toEqual([stacked.summonsIds[0], late.summonsIds[1]]);
    expect(await inboxOf(cityManagement, cityManagement.admin, { statuses: ['SUMMONED'] })).toEqual([stacked.summonsIds[0]]);
    expect(await inboxOf(cityManagement, cityManagement.admin, { statuses: ['REPORTED_IN'] })).toEqual([late.summonsIds[1]]);
    expect(await inboxOf(housing, housing.admin)).toEqual([yonder.summonsIds[0], late.summonsIds[0]]);
    expect(await inboxOf(housing, housing.admin, { caseStatuses: ['RESOLVED', 'CLOSED'] })).toEqual([]);
    const read = await gql(hub, INBOX, { id: cityManagement.id, first: 1 }, cityManagement.admin);
    expect(read.node.summonses).toMatchObject({
      totalCount: 2,
      pageInfo: { hasNextPage: true },
      edges: [{ node: { id: stacked.summonsIds[0], status: 'SUMMONED', role: 'LEAD', isOverdue: false, case: { id: stacked.caseId, title: '楼道飞线充电', status: 'WHISTLED' }, organization: { id: cityManagement.id } } }],
    });
    const next = await gql(hub, INBOX, { id: cityManagement.id, first: 1, after: read.node.summonses.pageInfo.endCursor }, cityManagement.admin);
    expect(next.node.summonses.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([late.summonsIds[1]]);
  });

  it('makes a summons overdue past its report-in deadline while SUMMONED, by the clock', async () => {
    expect(await inboxOf(housing, housing.admin, { overdue: true })).toEqual([]);
    hub.clock.set('2026-11-23T18:00:00.001+08:00');
    expect(await inboxOf(housing, housing.admin, { overdue: true })).toEqual([late.summonsIds[0]]);
    expect(await inboxOf(housing, housing.admin, { overdue: false })).toEqual([yonder.summonsIds[0]]);
    // reported in: never overdue
    expect(await inboxOf(cityManagement, cityManagement.admin, { overdue: true })).toEqual([]);
  });

  it('shows staff only the summonses of the cases of their area; another unit and anonymous callers an empty page', async () => {
    expect(await inboxOf(housing, staff)).toEqual([late.summonsIds[0]]);
    expect(await inboxOf(housing, otherStaff)).toEqual([yonder.summonsIds[0]]);
    expect(await inboxOf(housing, district)).toEqual([yonder.summonsIds[0], late.summonsIds[0]]);
    // co-summoned to the same case, or not at all: another organisation's inbox is not theirs to read
    expect(await inboxOf(housing, cityManagement.admin)).toEqual([]);
    expect(await inboxOf(housing, bystander.admin)).toEqual([]);
    const anonymous = await hub.client.data<{ node: { summonses: { totalCount: number; edges: unknown[] } } }, Record<string, unknown>>(INBOX, { id: housing.id });
    expect(anonymous.node.summonses).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });

  it('reads a page of the inbox with its cases in one statement', async () => {
    const PAGE = `query($id: ID!, $first: Int) { node(id: $id) { ... on Organization { summonses(first: $first) { edges { node { id status isOverdue case { id title isOverdue } } } } } } }`;
    for (const size of [1, 2]) {
      const { result, statements } = await countStatements(() => gql(hub, PAGE, { id: housing.id, first: size }, housing.admin));
      expect(result.node.summonses.edges).toHaveLength(size);
      // the organisation by id, then the page
      expect(statements.filter((s) => s.includes('case_summons')), statements.join('\n---\n')).toHaveLength(1);
      expect(statements).toHaveLength(2);
    }
  });
});
