import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { gcj02ToBd09, wgs84ToGcj02 } from '../../src/shared/geo.js';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import type { PostDemandInput } from '../gql/graphql.js';
import { buildDistrict, eventsOf, type District } from '../kit/builders.js';
import { demandInput, demandState, DemPost, districtToken, insertGrid, listIn, placedDemand, postDemand } from '../kit/demands.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';

const Post = graphql(`
  mutation DemPost($input: PostDemandInput!) {
    postDemand(input: $input) {
      demand {
        id status version title description kinds quantity acceptedQuantity startDate endDate radiusMeters audience urgency
        channel orderedAt orderedBy recordedBy placedBy takenBy { id } location { lat lng } area { id } demandList { id }
        windows { days dayType start end }
        history { action fromStatus toStatus actor { id role } }
      }
      userErrors { code field message }
    }
  }
`);

const Update = graphql(`
  mutation DemUpdate($input: UpdateDemandInput!) {
    updateDemand(input: $input) { demand { id version title quantity endDate status } userErrors { code field message } }
  }
`);

const CountIn = graphql(`query DemCountIn($area: ID!) { demands(filter: { areaId: $area }) { totalCount } }`);

let hub: TestHub;
let d: District;
const as = (role: Role, scope: { areaId?: string; organizationId?: string } = {}) => hub.token({ role, ...scope });

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(() => hub?.close());

const count = async (areaId: string) => (await hub.client.data(CountIn, { area: areaId }, await districtToken(hub))).demands.totalCount;

describe('postDemand', () => {
  it('records what residents ordered as POSTED, with who recorded it, its history and a DEMAND_POSTED event', async () => {
    const token = await hub.token({ role: Role.GRID_WORKER, areaId: d.grid.id, sub: 'grid-worker-li' });
    const data = await hub.client.data(Post, { input: demandInput(d.grid, { orderedAt: '2026-11-20T10:30:00+08:00' }) }, token);
    expect(data.postDemand.userErrors).toEqual([]);
    const demand = data.postDemand.demand!;
    expect(demand).toMatchObject({
      status: 'POSTED', version: 1, title: '老旧小区夜间停车难', kinds: ['PARKING'], quantity: 2, acceptedQuantity: 0,
      startDate: '2026-11-01', endDate: '2027-01-31', radiusMeters: 800, audience: 'ALL_RESIDENTS', urgency: 'NORMAL',
      channel: 'GRID_VISIT', orderedAt: '2026-11-20T10:30:00.000+08:00', orderedBy: '3号楼王阿姨', recordedBy: 'grid-worker-li',
      placedBy: null, takenBy: null, area: { id: d.grid.id }, demandList: null, location: { lat: 39.9152, lng: 116.4253 },
      windows: [{ days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], dayType: 'WORKDAY', start: '19:00', end: '07:00' }],
      history: [{ action: 'POST', fromStatus: null, toStatus: 'POSTED', actor: { id: 'grid-worker-li', role: 'GRID_WORKER' } }],
    });
    expect((await eventsOf(hub, demand.id)).map((e) => e.type)).toEqual(['DEMAND_POSTED']);
  });

  it('defaults the order time to now and takes a community as the area', async () => {
    const token = await as(Role.COMMUNITY_ADMIN, { areaId: d.community.id });
    const data = await hub.client.data(Post, { input: demandInput(d.community, { channel: 'HOTLINE_12345' }) }, token);
    expect(data.postDemand.demand).toMatchObject({ orderedAt: '2026-11-23T14:00:00.000+08:00', area: { id: d.community.id }, channel: 'HOTLINE_12345' });
  });

  it.each([
    ['GCJ02', (p: { lat: number; lng: number }) => wgs84ToGcj02(p.lat, p.lng)],
    ['BD09', (p: { lat: number; lng: number }) => { const g = wgs84ToGcj02(p.lat, p.lng); return gcj02ToBd09(g.lat, g.lng); }],
  ] as const)('stores a %s point as the WGS-84 point it stands for', async (system, from) => {
    const wgs = { lat: 39.91543, lng: 116.43123 };
    const data = await hub.client.data(Post, { input: demandInput(d.grid, { location: { ...from(wgs), system } }) }, await districtToken(hub));
    expect(data.postDemand.demand!.location.lat).toBeCloseTo(wgs.lat, 6);
    expect(data.postDemand.demand!.location.lng).toBeCloseTo(wgs.lng, 6);
  });

  it('adds the demand to a COLLECTING list of its grid', async () => {
    const list = await listIn(hub, d.grid);
    const data = await hub.client.data(Post, { input: demandInput(d.grid, { demandListId: list }) }, await districtToken(hub));
    expect(data.postDemand.demand!.demandList).toEqual({ id: list });
  });

  it.each(['SUBMITTED', 'PUBLISHED', 'CLOSED'] as const)('refuses a %s list with DEMAND_LIST_NOT_COLLECTING, recording nothing', async (status) => {
    const grid = await insertGrid(hub.app.db.pool, d.community, `网格${status}`);
    const list = await listIn(hub, grid, status);
    const result = await hub.client.data(DemPost, { input: demandInput(grid, { demandListId: list }) }, await districtToken(hub));
    expect(result.postDemand).toMatchObject({ demand: null, userErrors: [{ code: 'DEMAND_LIST_NOT_COLLECTING', field: 'input.demandListId' }] });
    expect(await count(grid.id)).toBe(0);
  });

  it('refuses a list of another grid with DEMAND_LIST_OF_OTHER_AREA, recording nothing', async () => {
    const grid = await insertGrid(hub.app.db.pool, d.community, '网格另一');
    const list = await listIn(hub, d.grid);
    const result = await hub.client.data(DemPost, { input: demandInput(grid, { demandListId: list }) }, await districtToken(hub));
    expect(result.postDemand.userErrors).toMatchObject([{ code: 'DEMAND_LIST_OF_OTHER_AREA', field: 'input.demandListId' }]);
    expect(await count(grid.id)).toBe(0);
  });

  const ANY = 'ANY' as const;
  it.each<[string, Partial<PostDemandInput>, string]>([
    ['an end date before the start date', { startDate: '2027-01-10', endDate: '2027-01-09' }, 'input.endDate'],
    ['a last needed day already past', { startDate: '2026-11-01', endDate: '2026-11-22' }, 'input.endDate'],
    ['a date that does not exist', { startDate: '2027-02-30' }, 'input.startDate'],
    ['a date in another format', { endDate: '2027/01/31' }, 'input.endDate'],
    ['a quantity of 0', { quantity: 0 }, 'input.quantity'],
    ['a negative quantity', { quantity: -3 }, 'input.quantity'],
    ['no kinds', { kinds: [] }, 'input.kinds'],
    ['no windows', { windows: [] }, 'input.windows'],
    ['a window ending when it starts', { windows: [{ days: ['MONDAY'], dayType: ANY, start: '08:00', end: '08:00' }] }, 'input.windows[0].end'],
    [
      'windows overlapping each other',
      { windows: [{ days: ['MONDAY'], dayType: ANY, start: '08:00', end: '12:00' }, { days: ['MONDAY'], dayType: ANY, start: '11:00', end: '13:00' }] },
      'input.windows[1]',
    ],
    ['a window listing a day twice', { windows: [{ days: ['MONDAY', 'MONDAY'], dayType: ANY, start: '08:00', end: '12:00' }] }, 'input.windows[0].days[1]'],
    ['a radius of 0', { radiusMeters: 0 }, 'input.radiusMeters'],
    ['a radius over 50 km', { radiusMeters: 50_001 }, 'input.radiusMeters'],
    ['a latitude out of range', { location: { lat: 91, lng: 116.4 } }, 'input.location.lat'],
    ['a blank title', { title: '  ' }, 'input.title'],
    ['an order time in the future', { orderedAt: '2026-11-24T14:00:00+08:00' }, 'input.orderedAt'],
    ['a malformed area id', { areaId: 'nope' }, 'input.areaId'],
    ['a list id that is not a list\'s', { demandListId: 'QXJlYToxMjM0NQ' /* Area:12345 */ }, 'input.demandListId'],
  ])('rejects %s as BAD_USER_INPUT naming the field, recording nothing', async (_label, patch, field) => {
    const grid = await insertGrid(hub.app.db.pool, d.community);
    const result = await hub.client.request(DemPost, { input: demandInput(grid, patch) }, { token: await districtToken(hub) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count(grid.id)).toBe(0);
  });

  it('rejects an area that is a street or the district as BAD_USER_INPUT', async () => {
    const before = await count(d.district.id);
    for (const area of [d.street, d.district]) {
      const result = await hub.client.request(DemPost, { input: demandInput(area) }, { token: await districtToken(hub) });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.areaId' });
    }
    expect(await count(d.district.id)).toBe(before);
  });

  it('answers unknown area and list ids with NOT_FOUND naming the field', async () => {
    const token = await districtToken(hub);
    const unknownArea = await hub.client.request(DemPost, { input: demandInput({ ...d.grid, id: 'QXJlYTo5OTk5OTk5' }) }, { token });
    expect(unknownArea.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.areaId' });
    const unknownList = await hub.client.request(DemPost, { input: demandInput(d.grid, { demandListId: 'RGVtYW5kTGlzdDo5OTk5OTk' }) }, { token });
    expect(unknownList.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.demandListId' });
  });
});

describe('updateDemand', () => {
  it('changes a POSTED demand, bumps the version, keeps history and records DEMAND_UPDATED with the changed fields', async () => {
    const posted = await postDemand(hub, d.grid);
    const token = await as(Role.GRID_WORKER, { areaId: d.grid.id });
    const data = await hub.client.data(Update, { input: { id: posted.id, version: 1, quantity: 3, endDate: '2027-02-28', title: '老旧小区夜间停车难' } }, token);
    expect(data.updateDemand).toMatchObject({ demand: { version: 2, quantity: 3, endDate: '2027-02-28', status: 'POSTED' }, userErrors: [] });
    const events = await eventsOf(hub, posted.id);
    expect(events.map((e) => e.type)).toEqual(['DEMAND_POSTED', 'DEMAND_UPDATED']);
    expect(events[1]!.data).toEqual({ changed: ['quantity', 'endDate'] });
    expect((await demandState(hub, posted.id)).history!.map((h) => h.action)).toEqual(['POST', 'UPDATE']);
  });

  it('answers a stale version with VERSION_CONFLICT and changes nothing', async () => {
    const posted = await postDemand(hub, d.grid);
    const token = await districtToken(hub);
    await hub.client.data(Update, { input: { id: posted.id, version: 1, quantity: 5 } }, token);
    const before = await demandState(hub, posted.id);
    const stale = await hub.client.data(Update, { input: { id: posted.id, version: 1, quantity: 7 } }, token);
    expect(stale.updateDemand).toMatchObject({ demand: null, userErrors: [{ code: 'VERSION_CONFLICT', field: 'input.version' }] });
    expect(await demandState(hub, posted.id)).toEqual(before);
  });

  it('refuses a PLACED demand with DEMAND_NOT_EDITABLE and changes nothing', async () => {
    const placed = await placedDemand(hub, d.grid);
    const before = await demandState(hub, placed.id);
    const data = await hub.client.data(Update, { input: { id: placed.id, version: placed.version, quantity: 9 } }, await districtToken(hub));
    expect(data.updateDemand.userErrors).toMatchObject([{ code: 'DEMAND_NOT_EDITABLE', field: 'input.id' }]);
    expect(await demandState(hub, placed.id)).toEqual(before);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an end date before the stored start date', { endDate: '2026-10-31' }, 'input.endDate'],
    ['a start date after the stored end date', { startDate: '2027-02-01' }, 'input.startDate'],
    ['a quantity of 0', { quantity: 0 }, 'input.quantity'],
    ['empty kinds', { kinds: [] }, 'input.kinds'],
    ['a radius of -1', { radiusMeters: -1 }, 'input.radiusMeters'],
  ])('rejects %s as BAD_USER_INPUT and changes nothing', async (_label, patch, field) => {
    const posted = await postDemand(hub, d.grid);
    const before = await demandState(hub, posted.id);
    const result = await hub.client.request(Update, { input: { id: posted.id, version: 1, ...patch } }, { token: await districtToken(hub) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await demandState(hub, posted.id)).toEqual(before);
  });

  it('changes nothing, not even the version, when nothing differs', async () => {
    const posted = await postDemand(hub, d.grid);
    const data = await hub.client.data(Update, { input: { id: posted.id, version: 1, quantity: 2 } }, await districtToken(hub));
    expect(data.updateDemand.demand).toMatchObject({ version: 1 });
    expect((await eventsOf(hub, posted.id)).map((e) => e.type)).toEqual(['DEMAND_POSTED']);
  });
});
