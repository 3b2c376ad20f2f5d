import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { gcj02ToBd09, wgs84ToGcj02 } from '../../src/shared/geo.js';
import { fromGlobalId, toGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import type { CreateResourceInput } from '../gql/graphql.js';
import { buildDistrict, buildOrganization, buildResource, eventTypesOf, type District } from '../kit/builders.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';

const Create = graphql(`
  mutation ResCreate($input: CreateResourceInput!) {
    createResource(input: $input) {
      resource {
        id kind status accessMode capacity version audiences publishedAt location { lat lng } area { id } organization { id }
        windows { days dayType start end }
      }
      userErrors { code field message }
    }
  }
`);

const Update = graphql(`
  mutation ResUpdate($input: UpdateResourceInput!) {
    updateResource(input: $input) { resource { id version title capacity } userErrors { code field message } }
  }
`);

const Publish = graphql(`
  mutation ResPublish($input: ResourceStatusInput!) {
    publishResource(input: $input) { resource { id status version publishedAt } userErrors { code field message } }
  }
`);

const Pause = graphql(`
  mutation ResPause($input: ResourceStatusInput!) {
    pauseResource(input: $input) { resource { id status version publishedAt } userErrors { code field message } }
  }
`);

const Withdraw = graphql(`
  mutation ResWithdraw($input: ResourceStatusInput!) {
    withdrawResource(input: $input) { resource { id status version publishedAt } userErrors { code field message } }
  }
`);

const Read = graphql(`query ResRead($id: ID!) { resource(id: $id) { id status version title capacity } }`);

const Seen = graphql(`
  query ResSeen($id: ID!, $org: ID!) {
    resource(id: $id) { id }
    node(id: $id) { id }
    organization(id: $org) { resources(statuses: [DRAFT]) { totalCount edges { node { id } } } }
  }
`);

const Stamps = graphql(`query ResStamps($id: ID!) { resource(id: $id) { createdAt updatedAt } }`);

const ResourceCount = graphql(`query ResCount($org: ID!) { organization(id: $org) { resources { totalCount } } }`);

let hub: TestHub;
let d: District;
const as = (role: Role, scope: { areaId?: string; organizationId?: string } = {}) => hub.token({ role, ...scope });
const district = () => as(Role.DISTRICT_ADMIN);

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(() => hub?.close());

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const;

const input = (organizationId: string, patch: Partial<CreateResourceInput> = {}): CreateResourceInput => ({
  organizationId,
  kind: 'PARKING',
  title: '职工停车场夜间开放',
  location: { lat: 39.9152, lng: 116.4253 },
  capacity: 40,
  windows: [{ days: [...WEEKDAYS], dayType: 'WORKDAY', start: '19:00', end: '07:30' }],
  ...patch,
});

/** Status, version and event types of a resource, as a district admin sees them: what "nothing changed" compares. */
async function state(id: string) {
  const read = await hub.client.data(Read, { id }, await district());
  return { ...read.resource, events: await eventTypesOf(hub, id) };
}

describe('createResource', () => {
  it('creates a DRAFT at version 1 in the unit\'s own area, ALLOCATED for a parking lot, for all residents', async () => {
    const org = await buildOrganization(hub, d.community);
    const token = await as(Role.UNIT_ADMIN, { organizationId: org.id });
    const data = await hub.client.data(Create, { input: input(org.id) }, token);
    expect(data.createResource.userErrors).toEqual([]);
    expect(data.createResource.resource).toMatchObject({
      kind: 'PARKING', status: 'DRAFT', accessMode: 'ALLOCATED', capacity: 40, version: 1, publishedAt: null,
      audiences: ['ALL_RESIDENTS'], area: { id: d.community.id }, organization: { id: org.id },
      windows: [{ days: [...WEEKDAYS], dayType: 'WORKDAY', start: '19:00', end: '07:30' }],
    });
    expect(await eventTypesOf(hub, data.createResource.resource!.id)).toEqual(['RESOURCE_CREATED']);
  });

  it.each(['TOILET', 'WATER_POINT'] as const)('makes a %s OPEN_ACCESS by default, needing no capacity', async (kind) => {
    const org = await buildOrganization(hub, d.community);
    const data = await hub.client.data(Create, { input: input(org.id, { kind, capacity: null }) }, await district());
    expect(data.createResource.resource).toMatchObject({ kind, accessMode: 'OPEN_ACCESS', capacity: null, status: 'DRAFT' });
  });

  it.each([
    ['GCJ02', (p: { lat: number; lng: number }) => wgs84ToGcj02(p.lat, p.lng)],
    ['BD09', (p: { lat: number; lng: number }) => { const g = wgs84ToGcj02(p.lat, p.lng); return gcj02ToBd09(g.lat, g.lng); }],
  ] as const)('stores a %s location as the WGS-84 point it stands for', async (system, from) => {
    const org = await buildOrganization(hub, d.community);
    const wgs = { lat: 39.91543, lng: 116.43123 };
    const data = await hub.client.data(Create, { input: input(org.id, { location: { ...from(wgs), system } }) }, await district());
    const stored = data.createResource.resource!.location;
    expect(stored.lat).toBeCloseTo(wgs.lat, 6);
    expect(stored.lng).toBeCloseTo(wgs.lng, 6);
  });

  it('accepts windows that run past midnight or to 24:00', async () => {
    const org = await buildOrganization(hub, d.community);
    const windows = [
      { days: ['MONDAY' as const], dayType: 'ANY' as const, start: '18:00', end: '24:00' },
      { days: ['TUESDAY' as const], dayType: 'ANY' as const, start: '22:00', end: '06:00' },
      { days: ['WEDNESDAY' as const], dayType: 'ANY' as const, start: '06:00', end: '12:00' },
    ];
    const data = await hub.client.data(Create, { input: input(org.id, { windows }) }, await district());
    expect(data.createResource.resource!.windows).toEqual(windows);
  });

  const ANY = 'ANY' as const;
  it.each<[string, Partial<CreateResourceInput>, string]>([
    ['a negative capacity', { capacity: -1 }, 'input.capacity'],
    ['an ALLOCATED resource without capacity', { capacity: null }, 'input.capacity'],
    ['a toilet made ALLOCATED without capacity', { kind: 'TOILET', accessMode: 'ALLOCATED', capacity: null }, 'input.capacity'],
    ['a blank title', { title: '   ' }, 'input.title'],
    ['a malformed organization id', { organizationId: 'not-an-id' }, 'input.organizationId'],
    ['an area id that is not an area\'s', { areaId: 'T3JnYW5pemF0aW9uOjE' /* Organization:1 */ }, 'input.areaId'],
    ['a latitude out of range', { location: { lat: 91, lng: 116.4 } }, 'input.location.lat'],
    ['a window ending when it starts', { windows: [{ days: ['MONDAY'], dayType: ANY, start: '08:00', end: '08:00' }] }, 'input.windows[0].end'],
    ['a window starting at 25:00', { windows: [{ days: ['MONDAY'], dayType: ANY, start: '25:00', end: '08:00' }] }, 'input.windows[0].start'],
    ['a window starting at 24:00', { windows: [{ days: ['MONDAY'], dayType: ANY, start: '24:00', end: '08:00' }] }, 'input.windows[0].start'],
    ['a window with no days', { windows: [{ days: [], dayType: ANY, start: '08:00', end: '12:00' }] }, 'input.windows[0].days'],
    ['a window listing a day twice', { windows: [{ days: ['MONDAY', 'MONDAY'], dayType: ANY, start: '08:00', end: '12:00' }] }, 'input.windows[0].days[1]'],
    [
      'overlapping windows',
      { windows: [{ days: ['MONDAY'], dayType: ANY, start: '08:00', end: '12:00' }, { days: ['MONDAY'], dayType: ANY, start: '11:00', end: '13:00' }] },
      'input.windows[1]',
    ],
    [
      'a window running past midnight into the next day\'s window',
      { windows: [{ days: ['MONDAY'], dayType: ANY, start: '20:00', end: '08:00' }, { days: ['TUESDAY'], dayType: ANY, start: '07:00', end: '09:00' }] },
      'input.windows[1]',
    ],
    ['an exception ending before it starts', { exceptions: [{ from: '2027-02-10', to: '2027-02-01', closed: true }] }, 'input.exceptions[0].to'],
    ['a closed exception with hours', { exceptions: [{ from: '2027-02-01', to: '2027-02-03', closed: true, hours: [{ start: '09:00', end: '12:00' }] }] }, 'input.exceptions[0].hours'],
  ])('rejects %s as BAD_USER_INPUT naming the field, creating nothing', async (_label, patch, field) => {
    const org = await buildOrganization(hub, d.community);
    const token = await district();
    const result = await hub.client.request(Create, { input: input(org.id, patch) }, { token });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await hub.client.data(ResourceCount, { org: org.id }, token)).organization!.resources.totalCount).toBe(0);
  });

  it('rejects an unknown kind before running anything: BAD_USER_INPUT in variables, GRAPHQL_VALIDATION_FAILED inline', async () => {
    const org = await buildOrganization(hub, d.community);
    const token = await district();
    const bad = { ...input(org.id), kind: 'SPACESHIP' } as unknown as CreateResourceInput;
    const inVariables = await hub.client.request(Create, { input: bad }, { token });
    expect(inVariables.data).toBeUndefined();
    expect(inVariables.errors?.[0]).toMatchObject({ message: expect.stringMatching(/SPACESHIP/), extensions: { code: 'BAD_USER_INPUT' } });
    const inline = await hub.client.request(
      `mutation { createResource(input: { organizationId: "${org.id}", kind: SPACESHIP, title: "x", location: { lat: 39.9, lng: 116.4 }, capacity: 3 }) { resource { id } } }`,
      {},
      { token },
    );
    expect(inline).toMatchObject({ status: 400, errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
    expect((await hub.client.data(ResourceCount, { org: org.id }, token)).organization!.resources.totalCount).toBe(0);
  });

  it('refuses anonymous callers, unit admins of another unit and grid workers, creating nothing', async () => {
    const org = await buildOrganization(hub, d.community);
    const other = await buildOrganization(hub, d.community);
    expect(await hub.client.errorCode(Create, { input: input(org.id) })).toBe('UNAUTHENTICATED');
    const stranger = await as(Role.UNIT_ADMIN, { organizationId: other.id });
    expect(await hub.client.errorCode(Create, { input: input(org.id) }, stranger)).toBe('FORBIDDEN');
    const gridWorker = await as(Role.GRID_WORKER, { areaId: d.grid.id });
    expect(await hub.client.errorCode(Create, { input: input(org.id, { areaId: d.grid.id }) }, gridWorker)).toBe('FORBIDDEN');
    const admin = await as(Role.COMMUNITY_ADMIN, { areaId: d.otherCommunity.id });
    expect(await hub.client.errorCode(Create, { input: input(org.id) }, admin)).toBe('FORBIDDEN');
    expect((await hub.client.data(ResourceCount, { org: org.id }, await district())).organization!.resources.totalCount).toBe(0);
  });
});

describe('updateResource', () => {
  it('changes a resource for its unit admin, bumps the version and records RESOURCE_UPDATED', async () => {
    const org = await buildOrganization(hub, d.community);
    const r = await buildResource(hub, org.id, { publish: false });
    const token = await as(Role.UNIT_ADMIN, { organizationId: org.id });
    const data = await hub.client.data(Update, { input: { id: r.id, version: 1, title: '夜间免费停车', capacity: 50 } }, token);
    expect(data.updateResource.resource).toMatchObject({ version: 2, title: '夜间免费停车', capacity: 50 });
    expect(await eventTypesOf(hub, r.id)).toEqual(['RESOURCE_CREATED', 'RESOURCE_UPDATED']);
  });

  it('answers VERSION_CONFLICT for a stale version and overwrites nothing', async () => {
    const org = await buildOrganization(hub, d.community);
    const r = await buildResource(hub, org.id, { publish: false });
    const token = await as(Role.UNIT_ADMIN, { organizationId: org.id });
    await hub.client.data(Update, { input: { id: r.id, version: 1, title: '第一次修改' } }, token);
    const before = await state(r.id);
    const stale = await hub.client.data(Update, { input: { id: r.id, version: 1, title: '过期的修改' } }, token);
    expect(stale.updateResource).toEqual({ resource: null, userErrors: [expect.objectContaining({ code: 'VERSION_CONFLICT', field: 'input.version' })] });
    expect(await state(r.id)).toEqual({ ...before, title: '第一次修改', version: 2 });
  });

  it('answers CAPACITY_BELOW_ALLOCATED when capacity would go below the places already allocated', async () => {
    const org = await buildOrganization(hub, d.community);
    const r = await buildResource(hub, org.id, { capacity: 30 });
    await hub.app.db.pool.query('update resource set accepted_quantity = 20 where id = $1', [fromGlobalId(r.id)!.id]);
    const token = await as(Role.UNIT_ADMIN, { organizationId: org.id });
    const before = await state(r.id);
    const below = await hub.client.data(Update, { input: { id: r.id, version: r.version, capacity: 19 } }, token);
    expect(below.updateResource.userErrors).toEqual([expect.objectContaining({ code: 'CAPACITY_BELOW_ALLOCATED', field: 'input.capacity' })]);
    expect(await state(r.id)).toEqual(before);
    const equal = await hub.client.data(Update, { input: { id: r.id, version: r.version, capacity: 20 } }, token);
    expect(equal.updateResource.resource).toMatchObject({ capacity: 20, version: r.version + 1 });
  });

  it('refuses to take every window away from a published resource with RESOURCE_HAS_NO_WINDOWS', async () => {
    const org = await buildOrganization(hub, d.community);
    const r = await buildResource(hub, org.id);
    const before = await state(r.id);
    const data = await hub.client.data(Update, { input: { id: r.id, version: r.version, windows: [] } }, await district());
    expect(data.updateResource.userErrors).toEqual([expect.objectContaining({ code: 'RESOURCE_HAS_NO_WINDOWS', field: 'input.windows' })]);
    expect(await state(r.id)).toEqual(before);
  });

  it('stamps createdAt and updatedAt from the hub\'s clock, not the machine\'s', async () => {
    hub.clock.set('2027-03-01T09:00:00+08:00');
    const org = await buildOrganization(hub, d.community);
    const r = await buildResource(hub, org.id, { publish: false });
    hub.clock.set('2027-03-02T10:30:00+08:00');
    await hub.client.data(Update, { input: { id: r.id, version: 1, title: '改过的标题' } }, await district());
    const read = await hub.client.data(Stamps, { id: r.id }, await district());
    expect(read.resource).toEqual({ createdAt: '2027-03-01T09:00:00.000+08:00', updatedAt: '2027-03-02T10:30:00.000+08:00' });
  });

  it('answers RESOURCE_WITHDRAWN for a withdrawn resource and changes nothing', async () => {
    const org = await buildOrganization(hub, d.community);
    const r = await buildResource(hub, org.id);
    const token = await as(Role.UNIT_ADMIN, { organizationId: org.id });
    const withdrawn = (await hub.client.data(Withdraw, { input: { id: r.id, reason: '停车场改建' } }, token)).withdrawResource.resource!;
    const before = await state(r.id);
    const data = await hub.client.data(Update, { input: { id: r.id, version: withdrawn.version, title: '复活' } }, token);
    expect(data.updateResource.userErrors).toEqual([expect.objectContaining({ code: 'RESOURCE_WITHDRAWN', field: 'input.id' })]);
    expect(await state(r.id)).toEqual(before);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a negative capacity', { capacity: -5 }, 'input.capacity'],
    ['a version of 0', { version: 0 }, 'input.version'],
    ['a blank title', { title: ' ' }, 'input.title'],
    ['a malformed id', { id: 'UmVzb3VyY2U' }, 'input.id'],
    ['a window at 25:00', { windows: [{ days: ['MONDAY'], dayType: 'ANY', start: '08:00', end: '25:00' }] }, 'input.windows[0].end'],
  ])('rejects %s as BAD_USER_INPUT naming the field, changing nothing', async (_label, patch, field) => {
    const org = await buildOrganization(hub, d.community);
    const r = await buildResource(hub, org.id);
    const before = await state(r.id);
    const result = await hub.client.request(Update, { input: { id: r.id, version: r.version, ...patch } }, { token: await district() });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await state(r.id)).toEqual(before);
  });
});

describe('publish, pause and withdraw', () => {
  it('moves a resource through its life, recording one event per change', async () => {
    const org = await buildOrganization(hub, d.community);
    const r = await buildResource(hub, org.id, { publish: false });
    const token = await as(Role.UNIT_ADMIN, { organizationId: org.id });
    const published = await hub.client.data(Publish, { input: { id: r.id } }, token);
    expect(published.publishResource.resource).toMatchObject({ status: 'PUBLISHED', version: 2, publishedAt: '2026-11-23T14:00:00.000+08:00' });
    hub.clock.set('2026-11-24T09:00:00+08:00');
    expect((await hub.client.data(Pause, { input: { id: r.id, reason: '设施维修' } }, token)).pauseResource.resource).toMatchObject({ status: 'PAUSED', version: 3 });
    const again = await hub.client.data(Publish, { input: { id: r.id } }, token);
    // publishedAt stays the first publication
    expect(again.publishResource.resource).toMatchObject({ status: 'PUBLISHED', version: 4, publishedAt: '2026-11-23T14:00:00.000+08:00' });
    await hub.client.data(Update, { input: { id: r.id, version: 4, capacity: 35 } }, token);
    expect((await hub.client.data(Withdraw, { input: { id: r.id } }, token)).withdrawResource.resource).toMatchObject({ status: 'WITHDRAWN', version: 6 });
    expect(await eventTypesOf(hub, r.id)).toEqual([
      'RESOURCE_CREATED', 'RESOURCE_PUBLISHED', 'RESOURCE_PAUSED', 'RESOURCE_PUBLISHED', 'RESOURCE_UPDATED', 'RESOURCE_WITHDRAWN',
    ]);
  });

  it.each(['DRAFT', 'PAUSED'] as const)('withdraws a %s resource', async (from) => {
    const org = await buildOrganization(hub, d.community);
    const r = await buildResource(hub, org.id, { publish: from === 'PAUSED' });
    if (from === 'PAUSED') await hub.client.data(Pause, { input: { id: r.id } }, await district());
    const data = await hub.client.data(Withdraw, { input: { id: r.id } }, await district());
    expect(data.withdrawResource.resource).toMatchObject({ status: 'WITHDRAWN' });
  });

  const reach = async (id: string, status: 'DRAFT' | 'PUBLISHED' | 'PAUSED' | 'WITHDRAWN') => {
    const token = await district();
    if (status === 'DRAFT') return;
    await hub.client.data(Publish, { input: { id } }, token);
    if (status === 'PAUSED') await hub.client.data(Pause, { input: { id } }, token);
    if (status === 'WITHDRAWN') await hub.client.data(Withdraw, { input: { id } }, token);
  };
  const actions = { publish: Publish, pause: Pause, withdraw: Withdraw };

  it.each([
    ['publish', 'PUBLISHED', 'RESOURCE_NOT_PUBLISHABLE'],
    ['publish', 'WITHDRAWN', 'RESOURCE_NOT_PUBLISHABLE'],
    ['pause', 'DRAFT', 'RESOURCE_NOT_PAUSABLE'],
    ['pause', 'PAUSED', 'RESOURCE_NOT_PAUSABLE'],
    ['pause', 'WITHDRAWN', 'RESOURCE_NOT_PAUSABLE'],
    ['withdraw', 'WITHDRAWN', 'RESOURCE_ALREADY_WITHDRAWN'],
  ] as const)('refuses to %s a %s resource with %s, changing nothing', async (action, status, code) => {
    const org = await buildOrganization(hub, d.community);
    const r = await buildResource(hub, org.id, { publish: false });
    await reach(r.id, status);
    const before = await state(r.id);
    const result = await hub.client.request(actions[action], { input: { id: r.id } }, { token: await district() });
    expect(result.errors).toBeUndefined();
    expect(Object.values(result.data!)[0]).toEqual({ resource: null, userErrors: [expect.objectContaining({ code, field: 'input.id' })] });
    expect(await state(r.id)).toEqual(before);
  });

  it('refuses to publish a resource without weekly windows with RESOURCE_HAS_NO_WINDOWS', async () => {
    const org = await buildOrganization(hub, d.community);
    const created = await hub.client.data(Create, { input: input(org.id, { windows: [] }) }, await district());
    const id = created.createResource.resource!.id;
    const before = await state(id);
    const data = await hub.client.data(Publish, { input: { id } }, await district());
    expect(data.publishResource.userErrors).toEqual([expect.objectContaining({ code: 'RESOURCE_HAS_NO_WINDOWS' })]);
    expect(await state(id)).toEqual(before);
  });
});

describe('who sees and who manages a resource', () => {
  const seen = async (id: string, org: string, token?: string) => {
    const data = await hub.client.data(Seen, { id, org }, token);
    return { resource: data.resource?.id ?? null, node: data.node?.id ?? null, listed: data.organization!.resources.edges.map((e) => e.node.id) };
  };

  it('hides a draft from anonymous callers, the admin of another unit and staff of another area', async () => {
    const org = await buildOrganization(hub, d.community);
    const other = await buildOrganization(hub, d.community);
    const r = await buildResource(hub, org.id, { publish: false });
    const hidden = { resource: null, node: null, listed: [] };
    expect(await seen(r.id, org.id)).toEqual(hidden);
    expect(await seen(r.id, org.id, await as(Role.UNIT_ADMIN, { organizationId: other.id }))).toEqual(hidden);
    expect(await seen(r.id, org.id, await as(Role.STREET_ADMIN, { areaId: d.otherStreet.id }))).toEqual(hidden);
    expect(await seen(r.id, org.id, await as(Role.COMMUNITY_ADMIN, { areaId: d.neighbourCommunity.id }))).toEqual(hidden);
  });

  it('shows a draft to its own unit admin and to the community and street admins of its area', async () => {
    const org = await buildOrganization(hub, d.community);
    const r = await buildResource(hub, org.id, { publish: false });
    const shown = { resource: r.id, node: r.id, listed: [r.id] };
    expect(await seen(r.id, org.id, await as(Role.UNIT_ADMIN, { organizationId: org.id }))).toEqual(shown);
    expect(await seen(r.id, org.id, await as(Role.COMMUNITY_ADMIN, { areaId: d.community.id }))).toEqual(shown);
    expect(await seen(r.id, org.id, await as(Role.STREET_ADMIN, { areaId: d.street.id }))).toEqual(shown);
  });

  const attempts = (id: string, version: number) => [
    (token?: string) => hub.client.errorCode(Update, { input: { id, version, title: '越权修改' } }, token),
    (token?: string) => hub.client.errorCode(Publish, { input: { id } }, token),
    (token?: string) => hub.client.errorCode(Pause, { input: { id } }, token),
    (token?: string) => hub.client.errorCode(Withdraw, { input: { id } }, token),
  ];

  it('refuses every change of a published resource to the admin of another unit, who can see it, with FORBIDDEN', async () => {
    const org = await buildOrganization(hub, d.community);
    const other = await buildOrganization(hub, d.community);
    const r = await buildResource(hub, org.id);
    const before = await state(r.id);
    const stranger = await as(Role.UNIT_ADMIN, { organizationId: other.id });
    expect((await hub.client.data(Read, { id: r.id }, stranger)).resource).toMatchObject({ id: r.id });
    for (const attempt of attempts(r.id, r.version)) expect(await attempt(stranger)).toBe('FORBIDDEN');
    expect(await state(r.id)).toEqual(before);
  });

  it('refuses every change to a grid worker of the resource\'s area, who may see but not manage, with FORBIDDEN', async () => {
    const org = await buildOrganization(hub, d.community);
    const r = await buildResource(hub, org.id, { publish: false, areaId: d.grid.id });
    const before = await state(r.id);
    const worker = await as(Role.GRID_WORKER, { areaId: d.grid.id });
    for (const attempt of attempts(r.id, r.version)) expect(await attempt(worker)).toBe('FORBIDDEN');
    expect(await state(r.id)).toEqual(before);
  });

  it('refuses every change to anonymous callers with UNAUTHENTICATED', async () => {
    const org = await buildOrganization(hub, d.community);
    const r = await buildResource(hub, org.id);
    const before = await state(r.id);
    for (const attempt of attempts(r.id, r.version)) expect(await attempt()).toBe('UNAUTHENTICATED');
    expect(await state(r.id)).toEqual(before);
  });

  it('answers NOT_FOUND to the admin of another unit for a draft it cannot see', async () => {
    const org = await buildOrganization(hub, d.community);
    const other = await buildOrganization(hub, d.community);
    const r = await buildResource(hub, org.id, { publish: false });
    const before = await state(r.id);
    const stranger = await as(Role.UNIT_ADMIN, { organizationId: other.id });
    for (const attempt of attempts(r.id, r.version)) expect(await attempt(stranger)).toBe('NOT_FOUND');
    expect(await state(r.id)).toEqual(before);
  });

  it('answers NOT_FOUND for a resource that does not exist', async () => {
    const missing = toGlobalId('Resource', 999999);
    for (const attempt of attempts(missing, 1)) expect(await attempt(await district())).toBe('NOT_FOUND');
  });
});
