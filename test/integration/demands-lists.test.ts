import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { buildDistrict, eventsOf, type District } from '../kit/builders.js';
import { districtToken, freshPeriod, insertGrid, listIn, listState } from '../kit/demands.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';

const Open = graphql(`
  mutation DemListOpen($input: OpenDemandListInput!) {
    openDemandList(input: $input) {
      demandList { id title status periodStart periodEnd area { id } history { action fromStatus toStatus actor { id role } } }
      userErrors { code field message }
    }
  }
`);

const Submit = graphql(`
  mutation DemListSubmit($input: DemandListStatusInput!) {
    submitDemandList(input: $input) { demandList { id status submittedAt } userErrors { code field message } }
  }
`);

const Publish = graphql(`
  mutation DemListPublish($input: DemandListStatusInput!) {
    publishDemandList(input: $input) { demandList { id status publishedAt } userErrors { code field message } }
  }
`);

const Close = graphql(`
  mutation DemListClose($input: DemandListStatusInput!) {
    closeDemandList(input: $input) { demandList { id status closedAt } userErrors { code field message } }
  }
`);

const ListsOf = graphql(`query DemListsOf($area: ID!) { demandLists(filter: { areaId: $area }) { totalCount } }`);

type ListStatus = 'COLLECTING' | 'SUBMITTED' | 'PUBLISHED' | 'CLOSED';
const MUTATIONS = { submit: Submit, publish: Publish, close: Close } as const;

let hub: TestHub;
let d: District;

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(() => hub?.close());

async function move(step: keyof typeof MUTATIONS, id: string, token: string, reason?: string) {
  const input = { id, reason };
  if (step === 'submit') return (await hub.client.data(Submit, { input }, token)).submitDemandList;
  if (step === 'publish') return (await hub.client.data(Publish, { input }, token)).publishDemandList;
  return (await hub.client.data(Close, { input }, token)).closeDemandList;
}

describe('openDemandList', () => {
  it('opens a COLLECTING list of a grid for its grid worker, titled by grid and period, with history and an event', async () => {
    const token = await hub.token({ role: Role.GRID_WORKER, areaId: d.grid.id, sub: 'grid-worker-li' });
    const data = await hub.client.data(Open, { input: { areaId: d.grid.id, periodStart: '2026-12-01', periodEnd: '2026-12-31' } }, token);
    expect(data.openDemandList).toMatchObject({
      demandList: {
        title: '第一网格需求清单（2026-12-01至2026-12-31）', status: 'COLLECTING', periodStart: '2026-12-01', periodEnd: '2026-12-31',
        area: { id: d.grid.id }, history: [{ action: 'OPEN', fromStatus: null, toStatus: 'COLLECTING', actor: { id: 'grid-worker-li', role: 'GRID_WORKER' } }],
      },
      userErrors: [],
    });
    expect((await eventsOf(hub, data.openDemandList.demandList!.id)).map((e) => e.type)).toEqual(['DEMAND_LIST_OPENED']);
  });

  it('refuses a period overlapping another open list of the grid with DEMAND_LIST_PERIOD_TAKEN, opening nothing', async () => {
    const grid = await insertGrid(hub.app.db.pool, d.community);
    const token = await districtToken(hub);
    await hub.client.data(Open, { input: { areaId: grid.id, periodStart: '2027-01-01', periodEnd: '2027-01-31', title: '2027年1月需求清单' } }, token);
    const clash = await hub.client.data(Open, { input: { areaId: grid.id, periodStart: '2027-01-31', periodEnd: '2027-02-28' } }, token);
    expect(clash.openDemandList).toMatchObject({ demandList: null, userErrors: [{ code: 'DEMAND_LIST_PERIOD_TAKEN', field: 'input.periodStart' }] });
    expect((await hub.client.data(ListsOf, { area: grid.id }, token)).demandLists.totalCount).toBe(1);
  });

  it('allows the same period again once the earlier list is CLOSED', async () => {
    const grid = await insertGrid(hub.app.db.pool, d.community);
    const token = await districtToken(hub);
    const first = await hub.client.data(Open, { input: { areaId: grid.id, periodStart: '2027-03-01', periodEnd: '2027-03-31' } }, token);
    await move('close', first.openDemandList.demandList!.id, token);
    const again = await hub.client.data(Open, { input: { areaId: grid.id, periodStart: '2027-03-01', periodEnd: '2027-03-31' } }, token);
    expect(again.openDemandList.userErrors).toEqual([]);
  });

  it.each<[string, Record<string, string>, string]>([
    ['a period ending before it starts', { periodStart: '2027-02-01', periodEnd: '2027-01-31' }, 'input.periodEnd'],
    ['a date that does not exist', { periodStart: '2027-02-29', periodEnd: '2027-03-31' }, 'input.periodStart'],
    ['a blank title', { periodStart: '2027-04-01', periodEnd: '2027-04-30', title: '  ' }, 'input.title'],
  ])('rejects %s as BAD_USER_INPUT, opening nothing', async (_label, input, field) => {
    const grid = await insertGrid(hub.app.db.pool, d.community);
    const token = await districtToken(hub);
    const result = await hub.client.request(Open, { input: { areaId: grid.id, ...input } as never }, { token });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await hub.client.data(ListsOf, { area: grid.id }, token)).demandLists.totalCount).toBe(0);
  });

  it('rejects a community as the area with BAD_USER_INPUT: lists are a grid\'s', async () => {
    const result = await hub.client.request(Open, { input: { areaId: d.community.id, ...freshPeriod() } }, { token: await districtToken(hub) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.areaId' });
  });
});

describe('demand list transitions', () => {
  it.each<[keyof typeof MUTATIONS, ListStatus, ListStatus, string, string]>([
    ['submit', 'COLLECTING', 'SUBMITTED', 'DEMAND_LIST_SUBMITTED', 'submittedAt'],
    ['publish', 'SUBMITTED', 'PUBLISHED', 'DEMAND_LIST_PUBLISHED', 'publishedAt'],
    ['close', 'COLLECTING', 'CLOSED', 'DEMAND_LIST_CLOSED', 'closedAt'],
    ['close', 'SUBMITTED', 'CLOSED', 'DEMAND_LIST_CLOSED', 'closedAt'],
    ['close', 'PUBLISHED', 'CLOSED', 'DEMAND_LIST_CLOSED', 'closedAt'],
  ])('%s takes %s to %s, stamping the time, with history and %s', async (step, from, to, event, stamp) => {
    const id = await listIn(hub, d.grid, from);
    const token = await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id, sub: 'community-admin-chen' });
    const result = await move(step, id, token, step === 'close' ? '本月清单已办结' : undefined);
    expect(result).toMatchObject({ demandList: { status: to }, userErrors: [] });
    const state = await listState(hub, id);
    expect(state[stamp as 'closedAt']).toBe('2026-11-23T14:00:00.000+08:00');
    expect(state.history!.at(-1)).toEqual({
      action: step.toUpperCase(), fromStatus: from, toStatus: to, actor: { id: 'community-admin-chen', role: 'COMMUNITY_ADMIN' },
      reason: step === 'close' ? '本月清单已办结' : null,
    });
    expect(state.events.at(-1)).toBe(event);
  });

  it.each<[keyof typeof MUTATIONS, ListStatus, string]>([
    ['submit', 'SUBMITTED', 'DEMAND_LIST_NOT_SUBMITTABLE'],
    ['submit', 'PUBLISHED', 'DEMAND_LIST_NOT_SUBMITTABLE'],
    ['submit', 'CLOSED', 'DEMAND_LIST_NOT_SUBMITTABLE'],
    ['publish', 'COLLECTING', 'DEMAND_LIST_NOT_PUBLISHABLE'],
    ['publish', 'PUBLISHED', 'DEMAND_LIST_NOT_PUBLISHABLE'],
    ['publish', 'CLOSED', 'DEMAND_LIST_NOT_PUBLISHABLE'],
    ['close', 'CLOSED', 'DEMAND_LIST_ALREADY_CLOSED'],
  ])('%s refuses a %s list with %s and changes nothing', async (step, from, code) => {
    const id = await listIn(hub, d.grid, from);
    const token = await districtToken(hub);
    const before = await listState(hub, id);
    const result = await move(step, id, token);
    expect(result).toMatchObject({ demandList: null, userErrors: [{ code, field: 'input.id' }] });
    expect(await listState(hub, id)).toEqual(before);
  });

  it('lets the grid worker submit its own list', async () => {
    const id = await listIn(hub, d.grid);
    const token = await hub.token({ role: Role.GRID_WORKER, areaId: d.grid.id });
    expect((await move('submit', id, token)).demandList).toMatchObject({ status: 'SUBMITTED' });
  });
});
