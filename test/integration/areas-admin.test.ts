import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../src/shared/global-id.js';
import { graphql } from '../gql/index.js';
import { buildOrganization, buildResource, type AreaRoleTokens, type District, startAreaTestHub } from '../kit/builders.js';
import type { TestHub } from '../kit/server.js';
import { waitFor } from '../kit/wait.js';

/* A district enters and edits its own areas through the API: who may, where each kind goes, what is recorded. */

const Create = graphql(`
  mutation AreaAdmCreate($input: CreateAreaInput!) {
    createArea(input: $input) {
      area { id kind name code gridLevel version retiredAt parent { id } centroid { lat lng } }
      userErrors { code field message }
    }
  }
`);

const Update = graphql(`
  mutation AreaAdmUpdate($input: UpdateAreaInput!) {
    updateArea(input: $input) {
      area { id name code version }
      userErrors { code field message }
    }
  }
`);

const ReadArea = graphql(`
  query AreaAdmRead($id: ID!) {
    area(id: $id) { id name gridLevel version retiredAt gcj: centroid(system: GCJ02) { lat lng } wgs: centroid { lat lng } }
  }
`);

const Children = graphql(`
  query AreaAdmChildren($id: ID!, $below: ID!) {
    area(id: $id) { children(first: 100) { edges { node { id } } } }
    areas(below: $below, first: 100) { edges { node { id } } }
  }
`);

const AreaEvents = graphql(`
  query AreaAdmEvents($subject: ID!) {
    events(first: 50, filter: { subjectIds: [$subject] }) { edges { node { type data subject { id } } } }
  }
`);

let hub: TestHub;
let d: District;
let tokens: AreaRoleTokens;

beforeAll(async () => ({ hub, d, tokens } = await startAreaTestHub()));
afterAll(() => hub?.close());

let n = 0;
const centroid: { lat: number; lng: number; system?: 'WGS84' | 'GCJ02' | 'BD09' } = { lat: 39.915, lng: 116.425 };
const input = (kind: 'STREET' | 'COMMUNITY' | 'GRID' | 'BUILDING' | 'DISTRICT', parentId: string, extra: { code?: string; gridLevel?: number } = {}) => ({
  kind,
  parentId,
  name: `测试区域${++n}`,
  centroid,
  ...extra,
});

async function create(token: string, i: ReturnType<typeof input>) {
  const data = await hub.client.data(Create, { input: i }, token);
  expect(data.createArea.userErrors).toEqual([]);
  return data.createArea.area!;
}

async function userErrorCode(token: string, i: ReturnType<typeof input>) {
  const data = await hub.client.data(Create, { input: i }, token);
  expect(data.createArea.area).toBeNull();
  return data.createArea.userErrors.map((e) => e.code);
}

describe('who may enter areas', () => {
  it('lets the district admin enter a street, and no one else', async () => {
    const street = await create(tokens.district, input('STREET', d.district.id));
    expect(street).toMatchObject({ kind: 'STREET', gridLevel: null, version: 1, retiredAt: null, parent: { id: d.district.id } });
    for (const token of [tokens.street, tokens.community, tokens.grid, tokens.unit, tokens.volunteer]) {
      expect(await hub.client.errorCode(Create, { input: input('STREET', d.district.id) }, token)).toBe('FORBIDDEN');
    }
    expect(await hub.client.errorCode(Create, { input: input('STREET', d.district.id) })).toBe('UNAUTHENTICATED');
  });

  it('lets a street admin enter communities, grids and buildings below their street only', async () => {
    const community = await create(tokens.street, input('COMMUNITY', d.street.id));
    await create(tokens.street, input('GRID', community.id));
    await create(tokens.street, input('BUILDING', d.community.id));
    expect(await hub.client.errorCode(Create, { input: input('COMMUNITY', d.street.id) }, tokens.otherStreet)).toBe('FORBIDDEN');
    expect(await hub.client.errorCode(Create, { input: input('GRID', d.community.id) }, tokens.otherStreet)).toBe('FORBIDDEN');
  });

  it('lets a community admin enter grids and buildings below their community, not communities', async () => {
    const grid = await create(tokens.community, input('GRID', d.community.id));
    await create(tokens.community, input('BUILDING', grid.id));
    expect(await hub.client.errorCode(Create, { input: input('COMMUNITY', d.street.id) }, tokens.community)).toBe('FORBIDDEN');
    expect(await hub.client.errorCode(Create, { input: input('GRID', d.neighbourCommunity.id) }, tokens.community)).toBe('FORBIDDEN');
  });

  it('refuses editing an area to an admin not above its parent', async () => {
    const community = await create(tokens.street, input('COMMUNITY', d.street.id));
    const edit = { input: { id: community.id, version: 1, name: '改名' } };
    expect(await hub.client.errorCode(Update, edit, tokens.community)).toBe('FORBIDDEN');
    expect(await hub.client.errorCode(Update, edit, tokens.otherStreet)).toBe('FORBIDDEN');
    expect(await hub.client.errorCode(Update, edit, tokens.grid)).toBe('FORBIDDEN');
    // a community admin does not rename their own community
    expect(await hub.client.errorCode(Update, { input: { id: d.community.id, version: 1, name: '改名' } }, tokens.community)).toBe('FORBIDDEN');
  });
});

describe('where areas may go', () => {
  it('keeps each kind below the parent kinds it belongs under (AREA_PARENT_KIND)', async () => {
    const admin = tokens.district;
    expect(await userErrorCode(admin, input('STREET', d.street.id))).toEqual(['AREA_PARENT_KIND']);
    expect(await userErrorCode(admin, input('COMMUNITY', d.district.id))).toEqual(['AREA_PARENT_KIND']);
    expect(await userErrorCode(admin, input('COMMUNITY', d.community.id))).toEqual(['AREA_PARENT_KIND']);
    expect(await userErrorCode(admin, input('GRID', d.street.id))).toEqual(['AREA_PARENT_KIND']);
    expect(await userErrorCode(admin, input('BUILDING', d.street.id))).toEqual(['AREA_PARENT_KIND']);
    expect(await userErrorCode(admin, input('DISTRICT', d.district.id))).toEqual(['AREA_PARENT_KIND']);
    const building = await create(admin, input('BUILDING', d.grid.id));
    expect(await userErrorCode(admin, input('GRID', building.id))).toEqual(['AREA_PARENT_KIND']);
  });

  it('nests grids to level 3 and refuses a fourth', async () => {
    const one = await create(tokens.community, input('GRID', d.community.id, { gridLevel: 1 }));
    const two = await create(tokens.community, input('GRID', one.id));
    const three = await create(tokens.community, input('GRID', two.id, { gridLevel: 3 }));
    expect([one.gridLevel, two.gridLevel, three.gridLevel]).toEqual([1, 2, 3]);
    expect(await userErrorCode(tokens.community, input('GRID', three.id))).toEqual(['AREA_PARENT_KIND']);
    expect(await userErrorCode(tokens.community, input('GRID', one.id, { gridLevel: 3 }))).toEqual(['AREA_PARENT_KIND']);
    expect(await hub.client.errorCode(Create, { input: input('BUILDING', three.id, { gridLevel: 1 }) }, tokens.community)).toBe('BAD_USER_INPUT');
    await create(tokens.community, input('BUILDING', three.id));
  });

  it('refuses a code another child of the same parent has (AREA_CODE_TAKEN), elsewhere not', async () => {
    await create(tokens.street, input('COMMUNITY', d.street.id, { code: '110101001099' }));
    expect(await userErrorCode(tokens.street, input('COMMUNITY', d.street.id, { code: '110101001099' }))).toEqual(['AREA_CODE_TAKEN']);
    await create(tokens.district, input('COMMUNITY', d.otherStreet.id, { code: '110101001099' }));
  });
});

describe('an entered area', () => {
  it('stores a GCJ-02 centroid as WGS-84 and gives it back within a metre', async () => {
    const gcj = { lat: 39.91543, lng: 116.43123 };
    const grid = await create(tokens.community, { ...input('GRID', d.community.id), centroid: { ...gcj, system: 'GCJ02' as const } });
    const { area } = await hub.client.data(ReadArea, { id: grid.id });
    const metres = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) =>
      Math.hypot((a.lat - b.lat) * 111_320, (a.lng - b.lng) * 111_320 * Math.cos((a.lat * Math.PI) / 180));
    expect(metres(area!.gcj, gcj)).toBeLessThan(1);
    expect(metres(area!.wgs, gcj)).toBeGreaterThan(100); // stored shifted: WGS-84, not the GCJ-02 given
  });

  it('is changed with its version, refused with VERSION_CONFLICT on a stale one, and recorded', async () => {
    const community = await create(tokens.street, input('COMMUNITY', d.street.id, { code: 'C-1' }));
    const first = await hub.client.data(Update, { input: { id: community.id, version: 1, name: '新名字', code: 'C-2' } }, tokens.street);
    expect(first.updateArea).toMatchObject({ area: { name: '新名字', code: 'C-2', version: 2 }, userErrors: [] });
    const stale = await hub.client.data(Update, { input: { id: community.id, version: 1, name: '又一个名字' } }, tokens.street);
    expect(stale.updateArea).toMatchObject({ area: null, userErrors: [{ code: 'VERSION_CONFLICT', field: 'input.version' }] });
    expect((await hub.client.data(ReadArea, { id: community.id })).area).toMatchObject({ name: '新名字', version: 2 });

    await waitFor(async () => {
      const { events } = await hub.client.data(AreaEvents, { subject: community.id });
      const types = events.edges.map((e) => e.node.type).sort();
      expect(types).toEqual(['AREA_CREATED', 'AREA_UPDATED']);
      const updated = events.edges.find((e) => e.node.type === 'AREA_UPDATED')!.node;
      expect((updated.data as { changed: string[] }).changed.sort()).toEqual(['code', 'name']);
      expect(updated.subject).toEqual({ id: community.id });
      return true;
    }, { what: 'the area\'s two public events, read anonymously' });
    const { rows } = await hub.app.db.pool.query(
      `select action, actor_role from area_history where area_id = $1 order by id`,
      [fromGlobalId(community.id)!.id],
    );
    expect(rows).toEqual([{ action: 'CREATE', actor_role: 'STREET_ADMIN' }, { action: 'UPDATE', actor_role: 'STREET_ADMIN' }]);
  });

  it('is among its parent\'s children and the areas below, and takes resources', async () => {
    const community = await create(tokens.street, input('COMMUNITY', d.street.id));
    const { area, areas } = await hub.client.data(Children, { id: d.street.id, below: d.street.id });
    expect(area!.children.edges.map((e) => e.node.id)).toContain(community.id);
    expect(areas.edges.map((e) => e.node.id)).toContain(community.id);
    const org = await buildOrganization(hub, d.community);
    const resource = await buildResource(hub, org.id, { areaId: community.id });
    expect(resource.id).toBeTruthy();
  });
});
