import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VOLUNTEER_STANDING_SQL } from '../../src/auth.js';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { buildDistrict, buildOrganization, eventsOf, type District } from '../kit/builders.js';
import { insertPointsEntryForTest, insertTakeForTest, placedServiceOrder, rowIdOf } from '../kit/points.js';
import { startTestHub, type TestHub } from '../kit/server.js';
import { countStatements } from '../kit/sql-counter.js';
import { approvedVolunteer } from '../kit/volunteers.js';

const SetRule = graphql(`
  mutation PtsSetRule($input: SetPointsRuleInput!) {
    setPointsRule(input: $input) { pointsRule { pointsPerHour isDefault setAt version } userErrors { code field message } }
  }
`);

const Rule = graphql(`
  query PtsRule($id: ID!) { area(id: $id) { pointsRule { pointsPerHour isDefault setAt version } } }
`);

const Adjust = graphql(`
  mutation PtsAdjust($input: AdjustPointsInput!) {
    adjustPoints(input: $input) {
      entry { kind points minutes reason at actor { id role } area { id } demand { id } }
      volunteer { id points }
      userErrors { code field message }
    }
  }
`);

const Ledger = graphql(`
  query PtsLedger($id: ID!, $first: Int, $after: String) {
    pointsLedger(volunteerId: $id, first: $first, after: $after) {
      edges { cursor node { kind points minutes reason actor { id role } } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

const LedgerDemands = graphql(`
  query PtsLedgerDemands($id: ID!) { pointsLedger(volunteerId: $id) { edges { node { kind points area { id } demand { id } } } } }
`);

const Balance = graphql(`query PtsBalance($id: ID!) { volunteer(id: $id) { id points } }`);

const Events = graphql(`
  query PtsEvents($types: [EventType!]) { events(filter: { types: $types }, first: 500) { edges { node { type subjectId data actor { role } } } } }
`);

let hub: TestHub;
let d: District;
let tokens: Record<'district' | 'street' | 'otherStreet' | 'community' | 'neighbour' | 'grid' | 'unit', string>;
let employer: { id: string };

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
  employer = await buildOrganization(hub, d.community);
  tokens = {
    district: await hub.token({ role: Role.DISTRICT_ADMIN }),
    street: await hub.token({ role: Role.STREET_ADMIN, areaId: d.street.id }),
    otherStreet: await hub.token({ role: Role.STREET_ADMIN, areaId: d.otherStreet.id }),
    community: await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id }),
    neighbour: await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.neighbourCommunity.id }),
    grid: await hub.token({ role: Role.GRID_WORKER, areaId: d.grid.id }),
    unit: await hub.token({ role: Role.UNIT_ADMIN, organizationId: employer.id }),
  };
});
afterAll(() => hub?.close());

async function ruleHistory(areaRowId: string) {
  const { rows } = await hub.app.db.pool.query('select from_points_per_hour as "from", points_per_hour as "to", actor_role as role from points_rule_history where area_id = $1 order by id', [areaRowId]);
  return rows;
}

describe('setPointsRule', () => {
  it('gives a community its own rate over the default, keeps every change, and checks the version given', async () => {
    const before = await hub.client.data(Rule, { id: d.neighbourCommunity.id });
    expect(before.area!.pointsRule).toEqual({ pointsPerHour: 10, isDefault: true, setAt: null, version: null });

    const first = await hub.client.data(SetRule, { input: { communityId: d.neighbourCommunity.id, pointsPerHour: 15 } }, tokens.district);
    expect(first.setPointsRule).toMatchObject({ pointsRule: { pointsPerHour: 15, isDefault: false, version: 1 }, userErrors: [] });
    const second = await hub.client.data(SetRule, { input: { communityId: d.neighbourCommunity.id, pointsPerHour: 20, version: 1 } }, tokens.street);
    expect(second.setPointsRule).toMatchObject({ pointsRule: { pointsPerHour: 20, version: 2 }, userErrors: [] });

    // a stale version: VERSION_CONFLICT, nothing changed
    const stale = await hub.client.data(SetRule, { input: { communityId: d.neighbourCommunity.id, pointsPerHour: 30, version: 1 } }, tokens.neighbour);
    expect(stale.setPointsRule).toMatchObject({ pointsRule: null, userErrors: [{ code: 'VERSION_CONFLICT', field: 'input.version' }] });
    // the same rate again changes nothing either
    const same = await hub.client.data(SetRule, { input: { communityId: d.neighbourCommunity.id, pointsPerHour: 20 } }, tokens.neighbour);
    expect(same.setPointsRule.pointsRule).toMatchObject({ pointsPerHour: 20, version: 2 });

    const after = await hub.client.data(Rule, { id: d.neighbourCommunity.id });
    expect(after.area!.pointsRule).toMatchObject({ pointsPerHour: 20, isDefault: false, version: 2 });
    expect(after.area!.pointsRule!.setAt).not.toBeNull();
    expect(await ruleHistory(d.neighbourCommunity.rowId)).toEqual([
      { from: null, to: 15, role: 'DISTRICT_ADMIN' },
      { from: 15, to: 20, role: 'STREET_ADMIN' },
    ]);
    // public: anonymous reads the event
    const events = await hub.client.data(Events, { types: ['POINTS_RULE_SET'] });
    expect(events.events.edges.map((e) => e.node).filter((e) => e.subjectId === d.neighbourCommunity.id).map((e) => e.data)).toEqual([
      { pointsPerHour: 15, from: null },
      { pointsPerHour: 20, from: 15 },
    ]);
  });

  it('is not a rule of a street or a grid: POINTS_RULE_NOT_COMMUNITY; other kinds of area have no rule', async () => {
    for (const area of [d.street, d.grid]) {
      const data = await hub.client.data(SetRule, { input: { communityId: area.id, pointsPerHour: 12 } }, tokens.district);
      expect(data.setPointsRule).toMatchObject({ pointsRule: null, userErrors: [{ code: 'POINTS_RULE_NOT_COMMUNITY', field: 'input.communityId' }] });
      expect((await hub.client.data(Rule, { id: area.id })).area!.pointsRule).toBeNull();
    }
  });

  it('is FORBIDDEN to grid workers, units, volunteers and admins of other areas', async () => {
    const volunteer = await approvedVolunteer(hub, d.community);
    const input = { communityId: d.community.id, pointsPerHour: 12 };
    for (const token of [tokens.grid, tokens.unit, volunteer.token, tokens.otherStreet, tokens.neighbour]) {
      expect(await hub.client.errorCode(SetRule, { input }, token)).toBe('FORBIDDEN');
    }
    expect(await hub.client.errorCode(SetRule, { input })).toBe('UNAUTHENTICATED');
    expect((await hub.client.data(Rule, { id: d.community.id })).area!.pointsRule!.isDefault).toBe(true);
    expect(await ruleHistory(d.community.rowId)).toEqual([]);
  });

  it('is no more set in a retired community: AREA_RETIRED', async () => {
    const spare = await buildDistrict(hub.app.db.pool);
    const { area } = await hub.client.data<{ area: { version: number } }, unknown>('query($id: ID!) { area(id: $id) { version } }', { id: spare.neighbourCommunity.id });
    const retired = await hub.client.data<{ retireArea: { userErrors: unknown[] } }, unknown>(
      'mutation($input: RetireAreaInput!) { retireArea(input: $input) { userErrors { code } } }',
      { input: { id: spare.neighbourCommunity.id, version: area.version, reason: '并入相邻社区' } },
      tokens.district,
    );
    expect(retired.retireArea.userErrors).toEqual([]);
    const data = await hub.client.data(SetRule, { input: { communityId: spare.neighbourCommunity.id, pointsPerHour: 12 } }, tokens.district);
    expect(data.setPointsRule).toMatchObject({ pointsRule: null, userErrors: [{ code: 'AREA_RETIRED', field: 'input.communityId' }] });
    expect(await ruleHistory(spare.neighbourCommunity.rowId)).toEqual([]);
  });

  it('refuses a rate out of range and an unknown area', async () => {
    for (const pointsPerHour of [-1, 1001]) {
      expect(await hub.client.errorCode(SetRule, { input: { communityId: d.community.id, pointsPerHour } }, tokens.district)).toBe('BAD_USER_INPUT');
    }
    expect(await hub.client.errorCode(SetRule, { input: { communityId: 'QXJlYTo5OTk5OTk5', pointsPerHour: 5 } }, tokens.district)).toBe('NOT_FOUND');
  });
});

describe('adjustPoints and the ledger', () => {
  it('appends ADJUSTMENT lines, never below zero, and never edits a line', async () => {
    const v = await approvedVolunteer(hub, d.community, undefined, { realName: '王小明' });
    const added = await hub.client.data(Adjust, { input: { volunteerId: v.id, points: 20, reason: '疫情防控志愿服务补录' } }, tokens.community);
    expect(added.adjustPoints).toMatchObject({
      entry: { kind: 'ADJUSTMENT', points: 20, minutes: null, reason: '疫情防控志愿服务补录', area: { id: d.community.id }, demand: null, actor: { role: 'COMMUNITY_ADMIN' } },
      volunteer: { id: v.id, points: 20 },
      userErrors: [],
    });
    const linesBefore = (await hub.app.db.pool.query('select * from points_entry where volunteer_id = $1 order by id', [rowIdOf(v.id)])).rows;

    const tooMuch = await hub.client.data(Adjust, { input: { volunteerId: v.id, points: -21, reason: '扣减' } }, tokens.street);
    expect(tooMuch.adjustPoints).toMatchObject({ entry: null, volunteer: null, userErrors: [{ code: 'POINTS_BALANCE_NEGATIVE', field: 'input.points' }] });
    const taken = await hub.client.data(Adjust, { input: { volunteerId: v.id, points: -20, reason: '重复登记，扣回' } }, tokens.district);
    expect(taken.adjustPoints.volunteer!.points).toBe(0);

    // the first line is as it was: a correction is a new line
    const lines = (await hub.app.db.pool.query('select * from points_entry where volunteer_id = $1 order by id', [rowIdOf(v.id)])).rows;
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual(linesBefore[0]);
    expect(lines.map((l) => [l.kind, l.points])).toEqual([['ADJUSTMENT', 20], ['ADJUSTMENT', -20]]);
    // no mutation but these two writes points: the ledger has no update path
    const names = Object.keys(hub.server.schema.getMutationType()!.getFields()).filter((n) => /points/i.test(n));
    expect(names.sort()).toEqual(['adjustPoints', 'setPointsRule']);
  });

  it('records POINTS_ADJUSTED for the home community and the volunteer, without names', async () => {
    const v = await approvedVolunteer(hub, d.community, undefined, { realName: '赵敏' });
    await hub.client.data(Adjust, { input: { volunteerId: v.id, points: 7, reason: '赵敏同学表现突出' } }, tokens.community);
    const [event] = (await eventsOf(hub, v.id)).filter((e) => e.type === 'POINTS_ADJUSTED');
    expect(event!.data).toEqual({ points: 7, balance: 7 });
    const seen = async (token?: string) =>
      (await hub.client.data(Events, { types: ['POINTS_ADJUSTED'] }, token)).events.edges.some((e) => e.node.subjectId === v.id);
    expect(await seen(v.token)).toBe(true);
    expect(await seen(tokens.community)).toBe(true);
    expect(await seen(tokens.neighbour)).toBe(false);
    expect(await seen(tokens.unit)).toBe(false);
    expect(await seen()).toBe(false);
  });

  it('is FORBIDDEN to grid workers, units and volunteers; NOT_FOUND for a volunteer of another area or none; BAD_USER_INPUT for 0 or too many', async () => {
    const v = await approvedVolunteer(hub, d.community);
    const input = { volunteerId: v.id, points: 5, reason: '补录' };
    for (const token of [tokens.grid, tokens.unit, v.token]) expect(await hub.client.errorCode(Adjust, { input }, token)).toBe('FORBIDDEN');
    expect(await hub.client.errorCode(Adjust, { input })).toBe('UNAUTHENTICATED');
    for (const token of [tokens.neighbour, tokens.otherStreet]) expect(await hub.client.errorCode(Adjust, { input }, token)).toBe('NOT_FOUND');
    expect(await hub.client.errorCode(Adjust, { input: { ...input, volunteerId: 'Vm9sdW50ZWVyOjk5OTk5OTk' } }, tokens.district)).toBe('NOT_FOUND');
    for (const points of [0, 10_001, -10_001]) expect(await hub.client.errorCode(Adjust, { input: { ...input, points } }, tokens.district)).toBe('BAD_USER_INPUT');
    expect(await hub.client.errorCode(Adjust, { input: { ...input, reason: '  ' } }, tokens.district)).toBe('BAD_USER_INPUT');
    expect((await hub.client.data(Balance, { id: v.id }, tokens.district)).volunteer!.points).toBe(0);
  });

  it('is read, newest first and page by page, by the volunteer (actors as roles) and staff of the home community and above (accounts)', async () => {
    const v = await approvedVolunteer(hub, d.community, undefined, { employerId: employer.id });
    for (const points of [3, 4, 5]) await hub.client.data(Adjust, { input: { volunteerId: v.id, points, reason: `第${points}次` } }, tokens.community);

    const own = await hub.client.data(Ledger, { id: v.id, first: 2 }, v.token);
    expect(own.pointsLedger.edges.map((e) => e.node.points)).toEqual([5, 4]);
    expect(own.pointsLedger.edges[0]!.node.actor).toEqual({ id: 'COMMUNITY_ADMIN', role: 'COMMUNITY_ADMIN' });
    expect(own.pointsLedger).toMatchObject({ pageInfo: { hasNextPage: true }, totalCount: 3 });
    const rest = await hub.client.data(Ledger, { id: v.id, first: 2, after: own.pointsLedger.pageInfo.endCursor }, v.token);
    expect(rest.pointsLedger.edges.map((e) => e.node.points)).toEqual([3]);
    expect(rest.pointsLedger.pageInfo.hasNextPage).toBe(false);

    for (const token of [tokens.community, tokens.street, tokens.district]) {
      const staff = await hub.client.data(Ledger, { id: v.id }, token);
      expect(staff.pointsLedger.edges.map((e) => e.node.points)).toEqual([5, 4, 3]);
      expect(staff.pointsLedger.edges[0]!.node.actor.id).toMatch(/^test-COMMUNITY_ADMIN-/);
    }
    // the volunteer sees their balance; the employer's admin sees the volunteer and so the balance, not the ledger
    expect((await hub.client.data(Balance, { id: v.id }, v.token)).volunteer!.points).toBe(12);
    expect((await hub.client.data(Balance, { id: v.id }, tokens.unit)).volunteer!.points).toBe(12);
    expect((await hub.client.data(Balance, { id: v.id })).volunteer).toBeNull();

    const other = await approvedVolunteer(hub, d.community);
    for (const token of [tokens.unit, other.token, tokens.grid, tokens.neighbour, tokens.otherStreet, undefined]) {
      expect(await hub.client.errorCode(Ledger, { id: v.id }, token)).toBe('NOT_FOUND');
    }
    expect(await hub.client.errorCode(Ledger, { id: 'Vm9sdW50ZWVyOjk5OTk5OTk' }, tokens.district)).toBe('NOT_FOUND');
    // an empty ledger is an empty page, not NOT_FOUND
    expect((await hub.client.data(Ledger, { id: other.id }, other.token)).pointsLedger).toMatchObject({ edges: [], totalCount: 0 });
  });

  it('names the order a SERVICE or REVERSAL line comes from to those who may see the order', async () => {
    const v = await approvedVolunteer(hub, d.community);
    const order = await placedServiceOrder(hub, d.grid, '2026-11-23T09:00:00+08:00');
    const take = await insertTakeForTest(hub.app.db.pool, {
      demandRowId: order.rowId, volunteerRowId: rowIdOf(v.id), status: 'SERVED', takenAt: '2026-11-23T09:30:00+08:00',
      servedAt: '2026-11-23T11:00:00+08:00', confirmedAt: '2026-11-23T12:00:00+08:00', confirmations: 1, persons: [{ volunteerRowId: rowIdOf(v.id), minutes: 90 }],
    });
    await insertPointsEntryForTest(hub.app.db.pool, { volunteerRowId: rowIdOf(v.id), kind: 'SERVICE', points: 15, minutes: 90, takeRowId: take, at: '2026-11-23T12:00:00+08:00' });
    await insertPointsEntryForTest(hub.app.db.pool, { volunteerRowId: rowIdOf(v.id), kind: 'REVERSAL', points: -15, minutes: -90, takeRowId: take, at: '2026-11-23T13:00:00+08:00' });
    const staff = await hub.client.data(LedgerDemands, { id: v.id }, tokens.community);
    expect(staff.pointsLedger.edges.map((e) => e.node)).toEqual([
      { kind: 'REVERSAL', points: -15, area: { id: d.community.id }, demand: { id: order.id } },
      { kind: 'SERVICE', points: 15, area: { id: d.community.id }, demand: { id: order.id } },
    ]);
    expect((await hub.client.data(Balance, { id: v.id }, tokens.community)).volunteer!.points).toBe(0);
  });

  it('reads a page of the ledger in one statement', async () => {
    const v = await approvedVolunteer(hub, d.community);
    for (const points of [1, 2, 3]) await hub.client.data(Adjust, { input: { volunteerId: v.id, points, reason: '补录' } }, tokens.district);
    await hub.client.data(Ledger, { id: v.id, first: 1 }, v.token);
    const query = 'query($id: ID!) { pointsLedger(volunteerId: $id, first: 10) { edges { cursor node { kind points minutes reason at actor { id role } } } pageInfo { hasNextPage } } }';
    for (const token of [v.token, tokens.community]) {
      const { result, statements } = await countStatements(() => hub.client.data<{ pointsLedger: { edges: unknown[] } }, unknown>(query, { id: v.id }, token));
      expect(result.pointsLedger.edges).toHaveLength(3);
      expect(statements.filter((s) => s !== VOLUNTEER_STANDING_SQL)).toHaveLength(1);
    }
  });
});
