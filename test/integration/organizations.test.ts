import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { buildDistrict, buildOrganization, buildResource, type District } from '../kit/builders.js';
import { startTestHub, type TestHub } from '../kit/server.js';

const Register = graphql(`
  mutation RegisterOrg($input: RegisterOrganizationInput!) {
    registerOrganization(input: $input) {
      organization { id name kind version address contactName contactPhone location { lat lng } area { id name } }
      userErrors { code field message }
    }
  }
`);

const Update = graphql(`
  mutation UpdateOrg($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      organization { id name version description }
      userErrors { code field message }
    }
  }
`);

const ReadOrg = graphql(`
  query ReadOrg($id: ID!) {
    organization(id: $id) { id name version contactName contactPhone }
  }
`);

const OrgCount = graphql(`query OrgCount { organizations { totalCount } }`);

let hub: TestHub;
let d: District;

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
});
afterAll(() => hub?.close());

const input = (name: string, areaId: string) => ({
  kind: 'SCHOOL' as const,
  name,
  areaId,
  address: '北京市东城区史家胡同5号',
  contactName: '王建国',
  contactPhone: '13800138000',
  location: { lat: 39.91543, lng: 116.43123, system: 'GCJ02' as const },
});

describe('registerOrganization', () => {
  it('registers a unit in a community for its community admin, storing GCJ-02 input as WGS-84', async () => {
    const token = await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id });
    const data = await hub.client.data(Register, { input: input('史家胡同小学', d.community.id) }, token);
    const org = data.registerOrganization.organization!;
    expect(org).toMatchObject({ name: '史家胡同小学', kind: 'SCHOOL', version: 1, area: { id: d.community.id } });
    // GCJ-02 sits a few hundred metres north-east of WGS-84 in Beijing
    expect(org.location!.lat).toBeLessThan(39.91543);
    expect(org.location!.lng).toBeLessThan(116.43123);
    expect(39.91543 - org.location!.lat).toBeLessThan(0.01);
  });

  it('refuses anonymous callers with UNAUTHENTICATED and writes nothing', async () => {
    const before = await hub.client.data(OrgCount);
    expect(await hub.client.errorCode(Register, { input: input('匿名单位', d.community.id) })).toBe('UNAUTHENTICATED');
    expect(await hub.client.data(OrgCount)).toEqual(before);
  });

  it('refuses an admin of another street with FORBIDDEN and writes nothing', async () => {
    const before = await hub.client.data(OrgCount);
    const token = await hub.token({ role: Role.STREET_ADMIN, areaId: d.otherStreet.id });
    expect(await hub.client.errorCode(Register, { input: input('越权单位', d.community.id) }, token)).toBe('FORBIDDEN');
    const unit = await hub.token({ role: Role.GRID_WORKER, areaId: d.grid.id });
    expect(await hub.client.errorCode(Register, { input: input('网格员单位', d.community.id) }, unit)).toBe('FORBIDDEN');
    expect(await hub.client.data(OrgCount)).toEqual(before);
  });

  it('answers NOT_FOUND for an area that does not exist', async () => {
    const token = await hub.token({ role: Role.DISTRICT_ADMIN });
    const missing = 'QXJlYTo5OTk5OTk'; // Area:999999
    expect(await hub.client.errorCode(Register, { input: input('无处单位', missing) }, token)).toBe('NOT_FOUND');
  });

  it('rejects a taken name with ORGANIZATION_NAME_TAKEN', async () => {
    const token = await hub.token({ role: Role.DISTRICT_ADMIN });
    await hub.client.data(Register, { input: input('东城区图书馆', d.community.id) }, token);
    const again = await hub.client.data(Register, { input: input('东城区图书馆', d.community.id) }, token);
    expect(again.registerOrganization.organization).toBeNull();
    expect(again.registerOrganization.userErrors).toEqual([
      expect.objectContaining({ code: 'ORGANIZATION_NAME_TAKEN', field: 'input.name' }),
    ]);
  });

  it.each([
    ['a blank name', { name: '   ' }, 'input.name'],
    ['a latitude out of range', { location: { lat: 91, lng: 116.4 } }, 'input.location.lat'],
    ['a bad area id', { areaId: 'not-an-id' }, 'input.areaId'],
    ['a phone with letters', { contactPhone: 'call me' }, 'input.contactPhone'],
  ])('rejects %s as BAD_USER_INPUT naming the field', async (_label, patch, field) => {
    const token = await hub.token({ role: Role.DISTRICT_ADMIN });
    const result = await hub.client.request(Register, { input: { ...input('坏输入单位', d.community.id), ...patch } }, { token });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await hub.client.data(OrgCount)).toBeDefined();
  });
});

const Kinds = graphql(`
  query OrgKinds($kinds: [OrganizationKind!], $below: ID) {
    organizations(first: 100, kinds: $kinds, below: $below) { totalCount edges { node { id name kind } } }
  }
`);

describe('departments (职能部门)', () => {
  const department = (name: string, areaId: string) => ({ ...input(name, areaId), kind: 'DEPARTMENT' as const, contactPhone: '010-64012345' });

  it('registers a department at the district and at a street, acted for by its UNIT_ADMIN, listed by kind', async () => {
    const districtAdmin = await hub.token({ role: Role.DISTRICT_ADMIN });
    const streetAdmin = await hub.token({ role: Role.STREET_ADMIN, areaId: d.street.id });
    const atDistrict = await hub.client.data(Register, { input: department('区城市管理委员会', d.district.id) }, districtAdmin);
    expect(atDistrict.registerOrganization).toMatchObject({ userErrors: [], organization: { kind: 'DEPARTMENT', area: { id: d.district.id } } });
    const atStreet = await hub.client.data(Register, { input: department('建国门街道城管执法队', d.street.id) }, streetAdmin);
    expect(atStreet.registerOrganization).toMatchObject({ userErrors: [], organization: { kind: 'DEPARTMENT', area: { id: d.street.id } } });
    const org = atStreet.registerOrganization.organization!;

    // a department is acted for by a UNIT_ADMIN token like any organisation
    const unit = await hub.token({ role: Role.UNIT_ADMIN, organizationId: org.id });
    const changed = await hub.client.data(Update, { input: { id: org.id, version: 1, description: '负责街道环境秩序执法' } }, unit);
    expect(changed.updateOrganization).toMatchObject({ userErrors: [], organization: { version: 2, description: '负责街道环境秩序执法' } });

    const departments = (await hub.client.data(Kinds, { kinds: ['DEPARTMENT'] })).organizations;
    expect(departments.edges.map((e) => e.node.name)).toEqual(['区城市管理委员会', '建国门街道城管执法队']);
    const units = (await hub.client.data(Kinds, { kinds: ['AGENCY', 'SCHOOL', 'HOSPITAL', 'COMPANY', 'SOCIAL_ORGANIZATION'] })).organizations;
    expect(units.edges.some((e) => e.node.kind === 'DEPARTMENT')).toBe(false);
    const all = (await hub.client.data(Kinds, {})).organizations;
    expect(all.totalCount).toBe(units.totalCount + departments.totalCount);
    // with `below`: the street's department is below the street, the district's is not
    expect((await hub.client.data(Kinds, { kinds: ['DEPARTMENT'], below: d.street.id })).organizations.edges.map((e) => e.node.name)).toEqual(['建国门街道城管执法队']);
  });

  it('refuses a department at a community or a grid with ORGANIZATION_DEPARTMENT_AREA and writes nothing', async () => {
    const token = await hub.token({ role: Role.DISTRICT_ADMIN });
    const before = await hub.client.data(OrgCount);
    for (const area of [d.community, d.grid]) {
      const data = await hub.client.data(Register, { input: department(`社区里的部门${area.rowId}`, area.id) }, token);
      expect(data.registerOrganization.organization).toBeNull();
      expect(data.registerOrganization.userErrors).toEqual([expect.objectContaining({ code: 'ORGANIZATION_DEPARTMENT_AREA', field: 'input.areaId' })]);
    }
    expect(await hub.client.data(OrgCount)).toEqual(before);
  });

  it('refuses to make a unit below a street a department (ORGANIZATION_DEPARTMENT_AREA), and leaves it as it was', async () => {
    const org = await buildOrganization(hub, d.community);
    const token = await hub.token({ role: Role.DISTRICT_ADMIN });
    const data = await hub.client.data(Update, { input: { id: org.id, version: 1, kind: 'DEPARTMENT', description: '不应写入' } }, token);
    expect(data.updateOrganization.organization).toBeNull();
    expect(data.updateOrganization.userErrors).toEqual([expect.objectContaining({ code: 'ORGANIZATION_DEPARTMENT_AREA', field: 'input.kind' })]);
    expect((await hub.client.data(ReadOrg, { id: org.id }, token)).organization).toMatchObject({ version: 1 });
  });
});

describe('updateOrganization', () => {
  it('lets the unit\'s own admin change it, and bumps the version', async () => {
    const org = await buildOrganization(hub, d.community);
    const token = await hub.token({ role: Role.UNIT_ADMIN, organizationId: org.id });
    const data = await hub.client.data(Update, { input: { id: org.id, version: 1, description: '对外开放停车场和会议室' } }, token);
    expect(data.updateOrganization.organization).toMatchObject({ version: 2, description: '对外开放停车场和会议室' });
  });

  it('answers VERSION_CONFLICT for a stale version and overwrites nothing', async () => {
    const org = await buildOrganization(hub, d.community);
    const token = await hub.token({ role: Role.UNIT_ADMIN, organizationId: org.id });
    await hub.client.data(Update, { input: { id: org.id, version: 1, description: '第一次修改' } }, token);
    const stale = await hub.client.data(Update, { input: { id: org.id, version: 1, description: '过期的修改' } }, token);
    expect(stale.updateOrganization.userErrors[0]).toMatchObject({ code: 'VERSION_CONFLICT', field: 'input.version' });
    const read = await hub.client.data(ReadOrg, { id: org.id }, token);
    expect(read.organization).toMatchObject({ version: 2 });
  });

  it('refuses the admin of another unit with FORBIDDEN and changes nothing', async () => {
    const org = await buildOrganization(hub, d.community);
    const other = await buildOrganization(hub, d.community);
    const token = await hub.token({ role: Role.UNIT_ADMIN, organizationId: other.id });
    expect(await hub.client.errorCode(Update, { input: { id: org.id, version: 1, name: '改名' } }, token)).toBe('FORBIDDEN');
    expect((await hub.client.data(ReadOrg, { id: org.id })).organization).toMatchObject({ name: org.name, version: 1 });
  });

  it('hides contacts from anonymous callers', async () => {
    const token = await hub.token({ role: Role.DISTRICT_ADMIN });
    const created = await hub.client.data(Register, { input: input('联系人测试单位', d.community.id) }, token);
    const id = created.registerOrganization.organization!.id;
    expect((await hub.client.data(ReadOrg, { id })).organization).toMatchObject({ contactName: null, contactPhone: null });
    expect((await hub.client.data(ReadOrg, { id }, token)).organization).toMatchObject({ contactName: '王建国', contactPhone: '13800138000' });
  });

  it('shows contacts only to staff of the unit\'s area and its own admin, by every path', async () => {
    const admin = await hub.token({ role: Role.DISTRICT_ADMIN });
    const sentinel = { contactName: '哨兵联系人甲', contactPhone: '+86 (10) 5550199' };
    const created = await hub.client.data(Register, { input: { ...input('联系人哨兵单位', d.community.id), ...sentinel } }, admin);
    const org = created.registerOrganization.organization!;
    const resource = await buildResource(hub, org.id);
    const fields = 'id name contactName contactPhone';
    const everyPath = `query($org: ID!, $resource: ID!) {
      organization(id: $org) { ${fields} }
      organizations(first: 100) { edges { node { ${fields} } } }
      node(id: $org) { ... on Organization { ${fields} } }
      resource(id: $resource) { organization { ${fields} } }
      resources(first: 100) { edges { node { organization { ${fields} } } } }
    }`;
    const read = async (token: string | null) => JSON.stringify((await hub.client.request(everyPath, { org: org.id, resource: resource.id }, { token })).data);
    const outsiders = [
      null,
      await hub.token({ role: Role.VOLUNTEER }),
      await hub.token({ role: Role.VOLUNTEER, areaId: d.community.id }),
      await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.otherCommunity.id }),
      await hub.token({ role: Role.GRID_WORKER, areaId: d.otherGrid.id }),
      await hub.token({ role: Role.UNIT_ADMIN, organizationId: (await buildOrganization(hub, d.community)).id }),
    ];
    for (const token of outsiders) {
      const answer = await read(token);
      expect(answer).toContain('联系人哨兵单位');
      expect(answer).not.toContain(sentinel.contactName);
      expect(answer).not.toContain(sentinel.contactPhone);
    }
    const insiders = [
      admin,
      await hub.token({ role: Role.STREET_ADMIN, areaId: d.street.id }),
      await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id }),
      await hub.token({ role: Role.UNIT_ADMIN, organizationId: org.id }),
    ];
    for (const token of insiders) {
      const answer = await read(token);
      expect(answer).toContain(sentinel.contactName);
      expect(answer).toContain(sentinel.contactPhone);
    }
  });
});
