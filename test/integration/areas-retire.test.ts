import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { agreementIn, buildParties, draftInput, AgrCreate } from '../kit/agreements.js';
import { buildOrganization, buildResource, eventsOf, type BuiltArea, type AreaRoleTokens, type District, startAreaTestHub } from '../kit/builders.js';
import { demandInput, DemPost, listIn, moveList, postDemand } from '../kit/demands.js';
import { buildProject, moveProject, PrjPropose } from '../kit/projects.js';
import type { TestHub } from '../kit/server.js';
import { countStatements } from '../kit/sql-counter.js';
import { waitFor } from '../kit/wait.js';

/* An area nothing uses any more is retired: what keeps one in use, who may, and what a retired area still answers. */

let hub: TestHub;
let d: District;
let tokens: AreaRoleTokens;
beforeAll(async () => ({ hub, d, tokens } = await startAreaTestHub()));
afterAll(() => hub?.close());

const Create = graphql(`
  mutation AreaRetCreate($input: CreateAreaInput!) {
    createArea(input: $input) { area { id version } userErrors { code field message } }
  }
`);

const Update = graphql(`
  mutation AreaRetUpdate($input: UpdateAreaInput!) {
    updateArea(input: $input) { area { id version } userErrors { code } }
  }
`);

const Retire = graphql(`
  mutation AreaRetRetire($input: RetireAreaInput!) {
    retireArea(input: $input) {
      area { id version retiredAt }
      inUse { kind count }
      userErrors { code field message }
    }
  }
`);

const Withdraw = graphql(`
  mutation AreaRetWithdraw($input: ResourceStatusInput!) {
    withdrawResource(input: $input) { resource { status } userErrors { code } }
  }
`);

const CancelDemand = graphql(`
  mutation AreaRetCancelDemand($input: CancelDemandInput!) {
    cancelDemand(input: $input) { demand { status } userErrors { code } }
  }
`);

const Register = graphql(`
  mutation AreaRetRegister($input: RegisterOrganizationInput!) {
    registerOrganization(input: $input) { organization { id } userErrors { code field } }
  }
`);

const CreateResource = graphql(`
  mutation AreaRetCreateResource($input: CreateResourceInput!) {
    createResource(input: $input) { resource { id } userErrors { code field } }
  }
`);

const OpenList = graphql(`
  mutation AreaRetOpenList($input: OpenDemandListInput!) {
    openDemandList(input: $input) { demandList { id } userErrors { code field } }
  }
`);

const Node = graphql(`
  query AreaRetNode($id: ID!) {
    node(id: $id) { id ... on Area { name retiredAt version } }
    area(id: $id) { id retiredAt }
  }
`);

const Lists = graphql(`
  query AreaRetLists($parent: ID!, $includeRetired: Boolean) {
    area(id: $parent) {
      live: children(first: 100) { edges { node { id } } }
      all: children(first: 100, includeRetired: $includeRetired) { edges { node { id retiredAt } } }
    }
    live: areas(below: $parent, first: 100) { edges { node { id } } }
    all: areas(below: $parent, first: 100, includeRetired: $includeRetired) { edges { node { id } } }
  }
`);

const District_ = graphql(`
  query AreaRetDistrict { district { id } }
`);

let n = 0;

/** A new area entered through the API (as the district admin), for the kit's builders to fill. */
async function enter(kind: 'STREET' | 'COMMUNITY' | 'GRID', parent: BuiltArea): Promise<BuiltArea> {
  const data = await hub.client.data(
    Create,
    { input: { kind, parentId: parent.id, name: `退役测试${++n}`, centroid: { lat: 39.915, lng: 116.425 } } },
    tokens.district,
  );
  expect(data.createArea.userErrors).toEqual([]);
  const id = data.createArea.area!.id;
  const rowId = fromGlobalId(id)!.id;
  return { id, rowId, path: `${parent.path}${rowId}/` };
}

const retire = (area: BuiltArea, token = tokens.district, version = 1, reason?: string) =>
  hub.client.data(Retire, { input: { id: area.id, version, reason } }, token).then((data) => data.retireArea);

const retireCode = (area: BuiltArea, token: string, version = 1) => hub.client.errorCode(Retire, { input: { id: area.id, version } }, token);

describe('what keeps an area in use', () => {
  it('counts every kind at the area and below it in one refusal, AREA_IN_USE, and retires once all are cleared', async () => {
    const community = await enter('COMMUNITY', d.street);
    const grid = await enter('GRID', community);
    // stationed in the seeded community, so only what is placed in the new grid counts
    const org = await buildOrganization(hub, d.community);
    const resources = [await buildResource(hub, org.id, { areaId: grid.id }), await buildResource(hub, org.id, { areaId: grid.id, publish: false })];
    const demand = await postDemand(hub, grid);
    const list = await listIn(hub, grid);
    const project = await buildProject(hub, grid);
    // an agreement with the community that ends today: in use until the clock passes its end
    const parties = { ...(await buildParties(hub, d, d.community)), area: community };
    const today = '2026-11-23';
    const agreement = await hub.client.data(AgrCreate, { input: draftInput(parties, { startDate: today, endDate: today }) }, await parties.unit());
    expect(agreement.createAgreementDraft.userErrors).toEqual([]);

    const { result: refused, statements } = await countStatements(() => retire(community));
    // every kind counted in one statement, whatever the modules answering the hook
    const counting = statements.filter((text) => text.includes('count(*)'));
    expect(counting).toHaveLength(1);
    for (const table of ['area c', 'organization o', 'resource r', 'sharing_agreement a', 'demand d', 'demand_list l', 'project pr']) {
      expect(counting[0]).toContain(`from ${table} where`);
    }
    expect(refused.area).toBeNull();
    expect(refused.userErrors).toMatchObject([{ code: 'AREA_IN_USE', field: 'input.id' }]);
    expect(refused.userErrors[0]!.message).toContain('2 resources not withdrawn');
    expect(refused.inUse).toEqual([
      { kind: 'CHILD_AREA', count: 1 },
      { kind: 'RESOURCE', count: 2 },
      { kind: 'AGREEMENT', count: 1 },
      { kind: 'DEMAND', count: 1 },
      { kind: 'DEMAND_LIST', count: 1 },
      { kind: 'PROJECT', count: 1 },
    ]);
    // the grid holds the same things but the agreement, which is the community's
    expect((await retire(grid)).inUse).toEqual([
      { kind: 'RESOURCE', count: 2 },
      { kind: 'DEMAND', count: 1 },
      { kind: 'DEMAND_LIST', count: 1 },
      { kind: 'PROJECT', count: 1 },
    ]);
    expect((await hub.client.data(Node, { id: community.id })).area!.retiredAt).toBeNull();

    for (const r of resources) await hub.client.data(Withdraw, { input: { id: r.id } }, tokens.district);
    await hub.client.data(CancelDemand, { input: { id: demand.id, reason: '居民已自行解决' } }, tokens.district);
    expect((await retire(grid)).inUse).toEqual([{ kind: 'DEMAND_LIST', count: 1 }, { kind: 'PROJECT', count: 1 }]);
    await moveList(hub, list, ['close']);
    await moveProject(hub, project, ['CANCELLED']);
    const retiredGrid = await retire(grid, tokens.street);
    expect(retiredGrid).toMatchObject({ area: { id: grid.id, version: 2 }, inUse: [], userErrors: [] });
    expect(retiredGrid.area!.retiredAt).toBeTruthy();

    expect((await retire(community)).inUse).toEqual([{ kind: 'AGREEMENT', count: 1 }]);
    const now = hub.clock.now();
    hub.clock.set(new Date(now.getTime() + 86_400_000));
    try {
      // expired by the clock, though no sweep has recorded it yet
      expect(await retire(community, tokens.street)).toMatchObject({ area: { id: community.id, version: 2 }, userErrors: [] });
    } finally {
      hub.clock.set(now);
    }
  });

  it('counts a unit stationed there, and an agreement in force', async () => {
    const grid = await enter('GRID', d.community);
    await buildOrganization(hub, grid);
    expect(await retire(grid)).toMatchObject({ area: null, inUse: [{ kind: 'ORGANIZATION', count: 1 }], userErrors: [{ code: 'AREA_IN_USE' }] });

    const community = await enter('COMMUNITY', d.street);
    const parties = { ...(await buildParties(hub, d, d.community)), area: community, areaAdmin: () => hub.token({ role: Role.COMMUNITY_ADMIN, areaId: community.id }) };
    await agreementIn(hub, parties, 'ACTIVE');
    expect((await retire(community)).inUse).toEqual([{ kind: 'AGREEMENT', count: 1 }]);
  });
});

describe('who may retire an area', () => {
  it('lets the admins of its parent, and refuses everyone else with FORBIDDEN', async () => {
    const street = await enter('STREET', d.district);
    const community = await enter('COMMUNITY', d.street);
    const grid = await enter('GRID', d.community);
    for (const token of [tokens.grid, tokens.unit, tokens.volunteer, tokens.otherStreet, tokens.community, tokens.street]) {
      expect(await retireCode(street, token)).toBe('FORBIDDEN');
    }
    for (const token of [tokens.grid, tokens.unit, tokens.volunteer, tokens.otherStreet, tokens.community]) {
      expect(await retireCode(community, token)).toBe('FORBIDDEN');
    }
    for (const token of [tokens.grid, tokens.unit, tokens.volunteer, tokens.otherStreet]) {
      expect(await retireCode(grid, token)).toBe('FORBIDDEN');
    }
    // a community admin does not retire their own community, nor a street admin their street
    expect(await retireCode(d.community, tokens.community)).toBe('FORBIDDEN');
    expect(await retireCode(d.street, tokens.street)).toBe('FORBIDDEN');
    expect(await retireCode(grid, '')).toBe('UNAUTHENTICATED');

    expect((await retire(grid, tokens.community)).userErrors).toEqual([]);
    expect((await retire(community, tokens.street)).userErrors).toEqual([]);
    expect((await retire(street, tokens.district)).userErrors).toEqual([]);
  });

  it('never retires the district: FORBIDDEN below the district admin, AREA_IS_DISTRICT for it', async () => {
    expect(await retireCode(d.district, tokens.street)).toBe('FORBIDDEN');
    expect(await retire(d.district)).toMatchObject({ area: null, inUse: [], userErrors: [{ code: 'AREA_IS_DISTRICT', field: 'input.id' }] });
  });
});

describe('a retirement', () => {
  it('is refused on a stale version (VERSION_CONFLICT) and once done (AREA_RETIRED), changing nothing', async () => {
    const grid = await enter('GRID', d.community);
    await hub.client.data(Update, { input: { id: grid.id, version: 1, name: '改名网格' } }, tokens.community);
    expect(await retire(grid, tokens.community, 1)).toMatchObject({ area: null, userErrors: [{ code: 'VERSION_CONFLICT', field: 'input.version' }] });
    expect((await hub.client.data(Node, { id: grid.id })).area!.retiredAt).toBeNull();
    expect((await retire(grid, tokens.community, 2)).userErrors).toEqual([]);
    expect(await retire(grid, tokens.community, 3)).toMatchObject({ area: null, userErrors: [{ code: 'AREA_RETIRED', field: 'input.id' }] });
    expect((await hub.client.data(Node, { id: grid.id })).node).toMatchObject({ version: 3 });
  });

  it('is recorded in the history with its reason, and as a public AREA_RETIRED event', async () => {
    const grid = await enter('GRID', d.community);
    expect((await retire(grid, tokens.community, 1, '并入第一网格')).userErrors).toEqual([]);
    const { rows } = await hub.app.db.pool.query(
      `select action, from_status, to_status, reason, actor_role from area_history where area_id = $1 order by id`,
      [grid.rowId],
    );
    expect(rows).toEqual([
      { action: 'CREATE', from_status: null, to_status: 'LIVE', reason: null, actor_role: 'DISTRICT_ADMIN' },
      { action: 'RETIRE', from_status: 'LIVE', to_status: 'RETIRED', reason: '并入第一网格', actor_role: 'COMMUNITY_ADMIN' },
    ]);
    await waitFor(async () => {
      const events = await eventsOf(hub, grid.id);
      expect(events).toEqual([expect.objectContaining({ type: 'AREA_CREATED' }), { type: 'AREA_RETIRED', data: { reason: '并入第一网格' } }]);
      return true;
    }, { what: 'the grid\'s creation and retirement events' });
  });
});

/** How many statements of the test database wait for a row lock. */
async function lockWaits(): Promise<number> {
  const { rows } = await hub.app.db.pool.query<{ n: number }>(
    `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
  );
  return rows[0]!.n;
}

/** Runs `held` in a transaction of its own, held open until `meanwhile` is seen waiting for its locks; then commits. */
async function whileHeld<T>(held: (client: pg.PoolClient) => Promise<unknown>, meanwhile: () => Promise<T>): Promise<T> {
  const client = await hub.app.db.pool.connect();
  try {
    await client.query('begin');
    await held(client);
    const waiting = meanwhile();
    await waitFor(async () => (await lockWaits()) > 0, { what: 'the operation waiting for the held transaction\'s lock' });
    await client.query('commit');
    return await waiting;
  } finally {
    client.release();
  }
}

describe('a retirement running beside other writes', () => {
  it('waits for a unit being stationed there meanwhile, and then counts it', async () => {
    const grid = await enter('GRID', d.community);
    const refused = await whileHeld(
      (client) => client.query(`insert into organization (kind, name, area_id, area_path) values ('COMPANY', $1, $2, $3)`, [`并发单位${++n}`, grid.rowId, grid.path]),
      () => retire(grid),
    );
    expect(refused).toMatchObject({ area: null, inUse: [{ kind: 'ORGANIZATION', count: 1 }], userErrors: [{ code: 'AREA_IN_USE' }] });
  });

  it('makes a new area below it wait for the retirement, and then refuses it (AREA_RETIRED)', async () => {
    const grid = await enter('GRID', d.community);
    const created = await whileHeld(
      async (client) => {
        // what retireArea does, held open
        await client.query('select id from area where id = $1 for update', [grid.rowId]);
        await client.query('update area set retired_at = $2, version = version + 1 where id = $1', [grid.rowId, hub.clock.now()]);
      },
      () => hub.client.data(Create, { input: { kind: 'BUILDING', parentId: grid.id, name: '2号楼', centroid: { lat: 39.915, lng: 116.425 } } }, tokens.district),
    );
    expect(created.createArea).toMatchObject({ area: null, userErrors: [{ code: 'AREA_RETIRED', field: 'input.parentId' }] });
  });
});

describe('a retired area', () => {
  let community: BuiltArea;
  let grid: BuiltArea;
  beforeAll(async () => {
    community = await enter('COMMUNITY', d.street);
    grid = await enter('GRID', community);
    expect((await retire(grid)).userErrors).toEqual([]);
  });

  it('still answers node(id) and area(id), with retiredAt set', async () => {
    const { node, area } = await hub.client.data(Node, { id: grid.id });
    expect(node).toMatchObject({ id: grid.id, version: 2 });
    expect((node as { retiredAt: string | null }).retiredAt).toEqual(area!.retiredAt);
    expect(new Date(area!.retiredAt!).getTime()).toBe(hub.clock.now().getTime());
  });

  it('is left out of children and areas unless includeRetired', async () => {
    const lists = await hub.client.data(Lists, { parent: community.id, includeRetired: true });
    expect(lists.area!.live.edges).toEqual([]);
    expect(lists.area!.all.edges.map((e) => e.node.id)).toEqual([grid.id]);
    expect(lists.live.edges.map((e) => e.node.id)).toEqual([community.id]);
    expect(lists.all.edges.map((e) => e.node.id)).toEqual([community.id, grid.id]);
    const explicit = await hub.client.data(Lists, { parent: community.id, includeRetired: false });
    expect(explicit.area!.all.edges).toEqual([]);
  });

  it('refuses a token naming it with UNAUTHENTICATED', async () => {
    // minted after the retirement, never verified before it (a token verified before is the cache's to drop)
    const token = await hub.token({ role: Role.GRID_WORKER, areaId: grid.id });
    const result = await hub.client.request(District_, {}, { token });
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(result.errors?.[0]?.message).toContain('not retired');
  });

  it('refuses, once AREA_RETIRED reaches the instance, a token it had verified and cached before the retirement', async () => {
    const other = await enter('GRID', community);
    const token = await hub.token({ role: Role.GRID_WORKER, areaId: other.id });
    expect((await hub.client.request(District_, {}, { token })).errors).toBeUndefined();
    expect((await retire(other)).userErrors).toEqual([]);
    // the instance drops its verified tokens and area paths when its event feed brings AREA_RETIRED
    await waitFor(async () => (await hub.client.request(District_, {}, { token })).errors?.[0]?.extensions?.code === 'UNAUTHENTICATED', {
      what: 'the cached token refused after the retirement',
    });
  });

  it('takes nothing new: no area below it, unit, resource, demand, demand list, project or agreement (AREA_RETIRED)', async () => {
    const below = await hub.client.data(
      Create,
      { input: { kind: 'BUILDING', parentId: grid.id, name: '1号楼', centroid: { lat: 39.915, lng: 116.425 } } },
      tokens.district,
    );
    expect(below.createArea).toEqual({ area: null, userErrors: [expect.objectContaining({ code: 'AREA_RETIRED', field: 'input.parentId' })] });

    const register = await hub.client.data(
      Register,
      { input: { kind: 'COMPANY', name: '退役网格单位', areaId: grid.id, address: '北京市东城区', location: { lat: 39.915, lng: 116.425 } } },
      tokens.district,
    );
    expect(register.registerOrganization).toEqual({ organization: null, userErrors: [{ code: 'AREA_RETIRED', field: 'input.areaId' }] });

    const org = await buildOrganization(hub, d.community);
    const resource = await hub.client.data(
      CreateResource,
      { input: { organizationId: org.id, kind: 'PARKING', title: '停车场', location: { lat: 39.9152, lng: 116.4253 }, areaId: grid.id, capacity: 5, capacityUnit: '个车位' } },
      tokens.district,
    );
    expect(resource.createResource).toEqual({ resource: null, userErrors: [{ code: 'AREA_RETIRED', field: 'input.areaId' }] });

    const demand = await hub.client.data(DemPost, { input: demandInput(grid) }, tokens.district);
    expect(demand.postDemand).toMatchObject({ demand: null, userErrors: [{ code: 'AREA_RETIRED', field: 'input.areaId' }] });

    const list = await hub.client.data(OpenList, { input: { areaId: grid.id, periodStart: '2028-06-01', periodEnd: '2028-06-30' } }, tokens.district);
    expect(list.openDemandList).toEqual({ demandList: null, userErrors: [{ code: 'AREA_RETIRED', field: 'input.areaId' }] });

    const project = await hub.client.data(PrjPropose, { input: { areaId: grid.id, title: '退役网格项目' } }, tokens.district);
    expect(project.proposeProject).toMatchObject({ project: null, userErrors: [{ code: 'AREA_RETIRED', field: 'input.areaId' }] });

    const parties = { ...(await buildParties(hub, d, d.community)), area: grid };
    const agreement = await hub.client.data(AgrCreate, { input: draftInput(parties) }, await parties.unit());
    expect(agreement.createAgreementDraft).toMatchObject({ agreement: null, userErrors: [{ code: 'AREA_RETIRED', field: 'input.areaId' }] });

    // and nothing was placed in it after all
    expect((await hub.app.db.pool.query(`select count(*)::int as n from area where parent_id = $1`, [grid.rowId])).rows).toEqual([{ n: 0 }]);
  });
});
