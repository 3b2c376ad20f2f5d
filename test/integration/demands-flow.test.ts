import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { buildDistrict, buildOrganization, eventsOf, type District } from '../kit/builders.js';
import { demandState, districtToken, placedDemand, postDemand } from '../kit/demands.js';
import { approvedVolunteer } from '../kit/volunteers.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';

const Place = graphql(`
  mutation DemPlace($input: DemandIdInput!) {
    placeDemand(input: $input) { demand { id status placedBy placedAt } userErrors { code field message } }
  }
`);

const Take = graphql(`
  mutation DemTake($input: TakeDemandInput!) {
    takeDemand(input: $input) {
      demand { id status takenBy { id } takenByAccount takenAt description location { lat lng } }
      userErrors { code field message }
    }
  }
`);

const Cancel = graphql(`
  mutation DemCancel($input: CancelDemandInput!) {
    cancelDemand(input: $input) { demand { id status cancelReason } userErrors { code field message } }
  }
`);

const Update = graphql(`
  mutation DemFlowUpdate($input: UpdateDemandInput!) {
    updateDemand(input: $input) { demand { id } userErrors { code field } }
  }
`);

const PlaceVersion = graphql(`
  mutation DemPlaceVersion($input: DemandIdInput!) {
    placeDemand(input: $input) { demand { id status version } userErrors { code field message } }
  }
`);

const UpdatePlaceCancel = graphql(`
  mutation DemUpdatePlaceCancel($update: UpdateDemandInput!, $place: DemandIdInput!, $cancel: CancelDemandInput!) {
    updateDemand(input: $update) { demand { version } userErrors { code } }
    placeDemand(input: $place) { demand { status version } userErrors { code } }
    cancelDemand(input: $cancel) { demand { status version } userErrors { code } }
  }
`);

type Status = 'POSTED' | 'PLACED' | 'PARTIALLY_MATCHED' | 'MATCHED' | 'FULFILLED' | 'CANCELLED' | 'EXPIRED';

let hub: TestHub;
let d: District;
let unit: { id: string; rowId: string };
let unitToken: string;

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
  unit = await buildOrganization(hub, d.community);
  unitToken = await hub.token({ role: Role.UNIT_ADMIN, organizationId: unit.id, sub: 'unit-admin-zhang' });
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(() => hub?.close());

/**
 * A demand in `status`: POSTED and PLACED through the API; the statuses only matching sets
 * written directly; CANCELLED through the API; EXPIRED by its last day passing (stored as POSTED).
 */
async function demandIn(status: Status): Promise<{ id: string; version: number }> {
  if (status === 'POSTED') return postDemand(hub, d.grid);
  if (status === 'EXPIRED') {
    const posted = await postDemand(hub, d.grid, { endDate: '2026-11-23' });
    hub.clock.set('2026-11-24T00:00:00+08:00');
    return posted;
  }
  if (status === 'CANCELLED') {
    const posted = await postDemand(hub, d.grid);
    await hub.client.data(Cancel, { input: { id: posted.id, reason: '居民已自行解决' } }, await districtToken(hub));
    return { id: posted.id, version: 2 };
  }
  const placed = await placedDemand(hub, d.grid);
  if (status !== 'PLACED') {
    await hub.app.db.pool.query(`update demand set status = $1, accepted_quantity = $2 where id = $3`, [
      status, status === 'PARTIALLY_MATCHED' ? 1 : 2, fromGlobalId(placed.id)!.id,
    ]);
  }
  return placed;
}

describe('placeDemand', () => {
  it('takes POSTED to PLACED for the community admin, recording who and when, history and DEMAND_PLACED', async () => {
    const posted = await postDemand(hub, d.grid);
    const token = await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id, sub: 'community-admin-chen' });
    const data = await hub.client.data(Place, { input: { id: posted.id } }, token);
    expect(data.placeDemand).toMatchObject({
      demand: { status: 'PLACED', placedBy: 'community-admin-chen', placedAt: '2026-11-23T14:00:00.000+08:00' },
      userErrors: [],
    });
    const state = await demandState(hub, posted.id);
    expect(state.history!.at(-1)).toEqual({
      action: 'PLACE', fromStatus: 'POSTED', toStatus: 'PLACED', actor: { id: 'community-admin-chen', role: 'COMMUNITY_ADMIN' }, reason: null,
    });
    expect(state.events).toEqual(['DEMAND_POSTED', 'DEMAND_PLACED']);
  });

  it.each<Status>(['PLACED', 'PARTIALLY_MATCHED', 'MATCHED', 'FULFILLED', 'CANCELLED', 'EXPIRED'])(
    'refuses a %s demand with DEMAND_NOT_PLACEABLE and changes nothing',
    async (status) => {
      const demand = await demandIn(status);
      const before = await demandState(hub, demand.id);
      const data = await hub.client.data(Place, { input: { id: demand.id } }, await districtToken(hub));
      expect(data.placeDemand).toMatchObject({ demand: null, userErrors: [{ code: 'DEMAND_NOT_PLACEABLE', field: 'input.id' }] });
      expect(await demandState(hub, demand.id)).toEqual(before);
    },
  );
});

describe('placeDemand, as stored', () => {
  const rowOf = async (id: string) => {
    const { rows } = await hub.app.db.pool.query(
      `select d.status, d.version, d.updated_at, d.placed_by, d.placed_at,
              (select count(*)::int from demand_history h where h.demand_id = d.id) as history,
              (select count(*)::int from event e where e.subject_type = 'Demand' and e.subject_id = d.id) as events
       from demand d where d.id = $1`,
      [fromGlobalId(id)!.id],
    );
    return rows[0];
  };

  it('moves the version once, so an update with the version read before placing is a VERSION_CONFLICT', async () => {
    const posted = await postDemand(hub, d.grid);
    const data = await hub.client.data(PlaceVersion, { input: { id: posted.id } }, await districtToken(hub));
    expect(data.placeDemand.demand).toMatchObject({ status: 'PLACED', version: posted.version + 1 });
    const stale = await hub.client.data(Update, { input: { id: posted.id, version: posted.version, quantity: 9 } }, await districtToken(hub));
    expect(stale.updateDemand.userErrors).toEqual([{ code: 'VERSION_CONFLICT', field: 'input.version' }]);
    const current = await hub.client.data(Update, { input: { id: posted.id, version: posted.version + 1, quantity: 9 } }, await districtToken(hub));
    expect(current.updateDemand.userErrors).toEqual([{ code: 'DEMAND_NOT_EDITABLE', field: 'input.id' }]);
  });

  it('writes the row, one PLACE history line and a DEMAND_PLACED event scoped to the area, no unit, not public', async () => {
    const posted = await postDemand(hub, d.grid);
    const token = await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id, sub: 'community-admin-chen' });
    await hub.client.data(Place, { input: { id: posted.id } }, token);
    const at = new Date(TEST_NOW);
    expect(await rowOf(posted.id)).toEqual({
      status: 'PLACED', version: posted.version + 1, updated_at: at, placed_by: 'community-admin-chen', placed_at: at, history: 2, events: 2,
    });
    const { rows: history } = await hub.app.db.pool.query(
      `select action, from_status, to_status, actor_id, actor_role, reason, at from demand_history where demand_id = $1 order by id desc limit 1`,
      [fromGlobalId(posted.id)!.id],
    );
    expect(history).toEqual([
      { action: 'PLACE', from_status: 'POSTED', to_status: 'PLACED', actor_id: 'community-admin-chen', actor_role: 'COMMUNITY_ADMIN', reason: null, at },
    ]);
    const { rows: events } = await hub.app.db.pool.query(
      `select subject_type, subject_id::text, area_path, organization_id, is_public, actor_id, actor_role, occurred_at, data
       from event where subject_type = 'Demand' and subject_id = $1 and type = 'DEMAND_PLACED'`,
      [fromGlobalId(posted.id)!.id],
    );
    expect(events).toEqual([{
      subject_type: 'Demand', subject_id: fromGlobalId(posted.id)!.id, area_path: d.grid.path, organization_id: null, is_public: false,
      actor_id: 'community-admin-chen', actor_role: 'COMMUNITY_ADMIN', occurred_at: at, data: { from: 'POSTED', to: 'PLACED', reason: null },
    }]);
  });

  it.each([
    ['an unknown demand', { code: 'NOT_FOUND', field: 'input.id' }, async () => districtToken(hub)],
    ['the admin of another street', { code: 'NOT_FOUND', field: 'input.id' }, async () => hub.token({ role: Role.STREET_ADMIN, areaId: d.otherStreet.id })],
    ['the grid worker of the grid', { code: 'FORBIDDEN' }, async () => hub.token({ role: Role.GRID_WORKER, areaId: d.grid.id })],
    ['a placed demand', { code: 'DEMAND_NOT_PLACEABLE', field: 'input.id' }, async () => districtToken(hub)],
  ])('refused for %s with %o, it writes nothing', async (who, refusal, token) => {
    const demand = who === 'a placed demand' ? await placedDemand(hub, d.grid) : await postDemand(hub, d.grid);
    const before = await rowOf(demand.id);
    const id = who === 'an unknown demand' ? toGlobalId('Demand', '999999999') : demand.id;
    const result = await hub.client.request(PlaceVersion, { input: { id } }, { token: await token() });
    expect(result.errors?.[0]?.extensions ?? result.data?.placeDemand.userErrors[0]).toMatchObject(refusal);
    expect(await rowOf(demand.id)).toEqual(before);
  });

  it('leaves the operation\'s later mutations the demand as placed', async () => {
    const posted = await postDemand(hub, d.grid);
    const data = await hub.client.data(UpdatePlaceCancel, {
      update: { id: posted.id, version: posted.version, quantity: 3 }, place: { id: posted.id }, cancel: { id: posted.id, reason: '居民已自行解决' },
    }, await districtToken(hub));
    expect(data).toEqual({
      updateDemand: { demand: { version: 2 }, userErrors: [] },
      placeDemand: { demand: { status: 'PLACED', version: 3 }, userErrors: [] },
      cancelDemand: { demand: { status: 'CANCELLED', version: 4 }, userErrors: [] },
    });
  });
});

describe('takeDemand', () => {
  it.each<Status>(['PLACED', 'PARTIALLY_MATCHED'])(
    'records the unit that took a %s demand, leaves the status, and lets the unit read its details',
    async (status) => {
      const demand = await demandIn(status);
      const data = await hub.client.data(Take, { input: { id: demand.id } }, unitToken);
      expect(data.takeDemand).toMatchObject({
        demand: {
          status, takenBy: { id: unit.id }, takenByAccount: 'unit-admin-zhang', takenAt: '2026-11-23T14:00:00.000+08:00',
          description: '3号楼王阿姨家儿女下班回来没处停车，需要夜间车位2个', location: { lat: 39.9152, lng: 116.4253 },
        },
        userErrors: [],
      });
      const state = await demandState(hub, demand.id);
      expect(state.history!.at(-1)).toMatchObject({ action: 'TAKE', fromStatus: status, toStatus: status, actor: { id: 'unit-admin-zhang', role: 'UNIT_ADMIN' } });
      expect(state.events.at(-1)).toBe('DEMAND_TAKEN');
      expect((await eventsOf(hub, demand.id)).at(-1)!.data).toEqual({ organizationId: unit.rowId });
    },
  );

  it('records an approved volunteer of the community as the taker, with no unit', async () => {
    const demand = await demandIn('PLACED');
    const { token: volunteer } = await approvedVolunteer(hub, d.community, 'volunteer-liu');
    const data = await hub.client.data(Take, { input: { id: demand.id } }, volunteer);
    expect(data.takeDemand.demand).toMatchObject({ status: 'PLACED', takenBy: null, takenByAccount: 'volunteer-liu' });
  });

  it('refuses a demand someone already took with DEMAND_ALREADY_TAKEN and changes nothing', async () => {
    const demand = await demandIn('PLACED');
    await hub.client.data(Take, { input: { id: demand.id } }, unitToken);
    const before = await demandState(hub, demand.id);
    const other = await buildOrganization(hub, d.neighbourCommunity);
    const otherToken = await hub.token({ role: Role.UNIT_ADMIN, organizationId: other.id });
    for (const token of [unitToken, otherToken]) {
      const data = await hub.client.data(Take, { input: { id: demand.id } }, token);
      expect(data.takeDemand.userErrors).toMatchObject([{ code: 'DEMAND_ALREADY_TAKEN', field: 'input.id' }]);
    }
    expect(await demandState(hub, demand.id)).toEqual(before);
  });

  it.each<Status>(['POSTED', 'MATCHED', 'FULFILLED', 'CANCELLED', 'EXPIRED'])(
    'refuses a %s demand with DEMAND_NOT_TAKEABLE and changes nothing',
    async (status) => {
      const demand = await demandIn(status);
      const before = await demandState(hub, demand.id);
      const data = await hub.client.data(Take, { input: { id: demand.id } }, unitToken);
      expect(data.takeDemand).toMatchObject({ demand: null, userErrors: [{ code: 'DEMAND_NOT_TAKEABLE', field: 'input.id' }] });
      expect(await demandState(hub, demand.id)).toEqual(before);
    },
  );
});

describe('cancelDemand', () => {
  it.each<Status>(['POSTED', 'PLACED', 'PARTIALLY_MATCHED', 'MATCHED'])(
    'cancels a %s demand with its reason, in history and a DEMAND_CANCELLED event',
    async (status) => {
      const demand = await demandIn(status);
      const token = await hub.token({ role: Role.STREET_ADMIN, areaId: d.street.id, sub: 'street-admin-wu' });
      const data = await hub.client.data(Cancel, { input: { id: demand.id, reason: '居民已自行解决' } }, token);
      expect(data.cancelDemand).toMatchObject({ demand: { status: 'CANCELLED', cancelReason: '居民已自行解决' }, userErrors: [] });
      const state = await demandState(hub, demand.id);
      expect(state.history!.at(-1)).toEqual({
        action: 'CANCEL', fromStatus: status, toStatus: 'CANCELLED', actor: { id: 'street-admin-wu', role: 'STREET_ADMIN' }, reason: '居民已自行解决',
      });
      expect(state.events.at(-1)).toBe('DEMAND_CANCELLED');
    },
  );

  it('lets the grid worker withdraw a demand while it is POSTED', async () => {
    const demand = await demandIn('POSTED');
    const token = await hub.token({ role: Role.GRID_WORKER, areaId: d.grid.id });
    const data = await hub.client.data(Cancel, { input: { id: demand.id, reason: '重复登记' } }, token);
    expect(data.cancelDemand.demand).toMatchObject({ status: 'CANCELLED' });
  });

  it.each<Status>(['FULFILLED', 'CANCELLED', 'EXPIRED'])('refuses a %s demand with DEMAND_NOT_CANCELLABLE and changes nothing', async (status) => {
    const demand = await demandIn(status);
    const before = await demandState(hub, demand.id);
    const data = await hub.client.data(Cancel, { input: { id: demand.id, reason: '再次取消' } }, await districtToken(hub));
    expect(data.cancelDemand).toMatchObject({ demand: null, userErrors: [{ code: 'DEMAND_NOT_CANCELLABLE', field: 'input.id' }] });
    expect(await demandState(hub, demand.id)).toEqual(before);
  });

  it('needs a reason: a blank one is BAD_USER_INPUT', async () => {
    const demand = await demandIn('POSTED');
    const result = await hub.client.request(Cancel, { input: { id: demand.id, reason: ' ' } }, { token: await districtToken(hub) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect((await demandState(hub, demand.id)).status).toBe('POSTED');
  });
});

describe('updateDemand after POSTED', () => {
  it.each<Status>(['PLACED', 'PARTIALLY_MATCHED', 'MATCHED', 'FULFILLED', 'CANCELLED', 'EXPIRED'])(
    'refuses a %s demand with DEMAND_NOT_EDITABLE and changes nothing',
    async (status) => {
      const demand = await demandIn(status);
      const before = await demandState(hub, demand.id);
      const data = await hub.client.data(Update, { input: { id: demand.id, version: before.version!, quantity: 9 } }, await districtToken(hub));
      expect(data.updateDemand.userErrors).toMatchObject([{ code: 'DEMAND_NOT_EDITABLE', field: 'input.id' }]);
      expect(await demandState(hub, demand.id)).toEqual(before);
    },
  );
});
