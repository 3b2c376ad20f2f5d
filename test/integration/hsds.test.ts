import 'reflect-metadata';
import { parse } from 'csv-parse/sync';
import { v5 } from 'uuid';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp, openHubDatabase } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { HSDS_NAMESPACE, writeHsdsPackage } from '../../src/modules/hsds/index.js';
import { weeklyRows } from '../../src/modules/hsds/hsds.map.js';
import { createServer, type RunningServer } from '../../src/server.js';
import { ManualClock } from '../../src/shared/clock.js';
import { toGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { buildDistrict, buildResource } from '../kit/builders.js';
import { TestClient } from '../kit/client.js';
import { countStatements } from '../kit/sql-counter.js';
import { BUILD_TIMEOUT_MS, runTool, toolEnv } from '../kit/tools.js';
import { errorsOf, HSDS_SCHEMA_DIR, hsdsValidator, type HsdsValidator } from '../kit/hsds.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';

// The open export (README, "Open export: HSDS 3.0") of the seeded district that no test writes, through a hub of
// its own, validated with HSDS 3.0's own schemas; and on a hub of its own, what must never be exported.

type Json = Record<string, unknown> & { id: string };

/** The README's namespace (uuidv5("sharehub:hsds", URL namespace)), and its ids: written here, not taken from the code. */
const NAMESPACE = '098f1e46-2be6-5c4c-b63b-9ed5a1cd76b5';
const hsdsId = (globalId: string, part?: string) => v5(part ? `${globalId}#${part}` : globalId, NAMESPACE);

it('ids: the namespace is the documented one, made as the README says', () => {
  expect(HSDS_NAMESPACE).toBe(NAMESPACE);
  expect(v5('sharehub:hsds', v5.URL)).toBe(NAMESPACE);
});
type Page = { total_items: number; total_pages: number; page_number: number; size: number; first_page: boolean; last_page: boolean; empty: boolean; contents: Json[] };

let db: Database;
let server: RunningServer;
let client: TestClient;
let base: string;
let v: HsdsValidator;
let config: Config;

beforeAll(async () => {
  db = await openHubDatabase(inject('seededUrl'), { poolSize: 4 });
  config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  server = await createServer(createApp(config, db, new ManualClock(new Date(TEST_NOW))), { port: 0, host: '127.0.0.1' });
  client = new TestClient(server.url);
  base = server.url.replace(/\/graphql$/, '/hsds');
  // compiled before any request: Ajv's compilation of HSDS's compiled objects holds the event loop for seconds,
  // and keep-alive sockets the server closes meanwhile would be reused by the next request (ECONNRESET)
  v = hsdsValidator();
  for (const apiPath of ['/services', '/services/{id}', '/organizations', '/organizations/{id}', '/service_at_locations']) v.response(apiPath);
  for (const file of ['service.json', 'organization.json', 'schedule.json', 'tabular.json']) v.schema(file);
}, 60_000);
afterAll(async () => {
  await server?.close();
  await db?.close();
});

async function get(url: string): Promise<{ status: number; body: any }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.json() };
}

/** Every page of an HSDS list, each checked against the OpenAPI answer's schema. */
async function allPages(root: string, apiPath: string, perPage = 200): Promise<Json[]> {
  const validate = v.response(apiPath);
  const out: Json[] = [];
  for (let page = 1; ; page++) {
    const { status, body } = await get(`${root}${apiPath}?page=${page}&per_page=${perPage}`);
    expect(status).toBe(200);
    expect(validate(body), errorsOf(validate)).toBe(true);
    const p = body as Page;
    expect(p).toMatchObject({ page_number: page, size: p.contents.length, first_page: page === 1 });
    out.push(...p.contents);
    if (p.last_page) {
      expect(p.total_pages).toBe(page);
      expect(out).toHaveLength(p.total_items);
      return out;
    }
  }
}

/** GETs each url, a few at a time. */
async function getEach(urls: string[]): Promise<{ status: number; body: any }[]> {
  const out: { status: number; body: any }[] = [];
  for (let i = 0; i < urls.length; i += 16) out.push(...(await Promise.all(urls.slice(i, i + 16).map(get))));
  return out;
}

async function count(sql: string): Promise<number> {
  return Number((await db.pool.query<{ n: string }>(sql)).rows[0]!.n);
}

const Resources = graphql(`
  query HsdsResources($after: String) {
    resources(first: 100, after: $after) {
      edges {
        node {
          id title description address audiences
          location { lat lng }
          windows { days dayType start end }
          organization { id }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const Organizations = graphql(`
  query HsdsOrganizations($after: String) {
    organizations(first: 100, after: $after, kinds: [AGENCY, SCHOOL, HOSPITAL, COMPANY, SOCIAL_ORGANIZATION]) {
      edges { node { id name description } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** Every node of a connection, page by page. */
async function everyNode<T>(read: (after: string | null) => Promise<{ edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } }>): Promise<T[]> {
  const out: T[] = [];
  for (let after: string | null = null; ; ) {
    const page = await read(after);
    out.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor ?? null;
  }
}

const hubResources = () => everyNode(async (after) => (await client.data(Resources, { after })).resources);
const hubOrganizations = () => everyNode(async (after) => (await client.data(Organizations, { after })).organizations);

/**
 * Writes the data package of the database behind `pool`, reads it back and checks it: each table's columns are
 * those of HSDS's simple/schema.csv, datapackage.json names them, and every row is valid against HSDS's
 * compiled/tabular.json (an empty cell is a missing value). Answers the rows of each table, typed back.
 */
async function exportedPackage(pool: Database['pool']): Promise<Record<string, Record<string, unknown>[]>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'hsds-'));
  try {
    const counts = await writeHsdsPackage(pool, dir, config, new Date(TEST_NOW));
    const pkg = JSON.parse(await readFile(path.join(dir, 'datapackage.json'), 'utf8'));
    expect(pkg.profile).toBe('tabular-data-package');
    const layout = (parse(await readFile(path.join(HSDS_SCHEMA_DIR, 'simple/schema.csv'), 'utf8'), { columns: true, relax_column_count: true, skip_empty_lines: true }) as Record<string, string>[])
      .filter((c) => c.type !== 'array' && c.type !== '');
    const tables: Record<string, Record<string, unknown>[]> = {};
    for (const resource of pkg.resources as { name: string; path: string; schema: { fields: { name: string; type: string }[] } }[]) {
      const [header, ...rows] = parse(await readFile(path.join(dir, resource.path), 'utf8')) as string[][];
      const columns = layout.filter((c) => c.table_name === resource.name).map((c) => c.name);
      expect(header, resource.name).toEqual(columns);
      expect(resource.schema.fields.map((f) => f.name)).toEqual(columns);
      const numbers = new Set(resource.schema.fields.filter((f) => f.type === 'number').map((f) => f.name));
      tables[resource.name] = rows.map((row) => Object.fromEntries(row.flatMap((cell, i) => (cell === '' ? [] : [[header![i]!, numbers.has(header![i]!) ? Number(cell) : cell]]))));
      expect(rows).toHaveLength(counts[resource.name]!);
    }
    const tabular = v.schema('tabular.json');
    expect(tabular(tables), errorsOf(tabular)).toBe(true);
    return tables;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// ---- the oracle: a weekly window as HSDS rows, written from the README's mapping table, not from the code

const CODE: Record<string, string> = { MONDAY: 'MO', TUESDAY: 'TU', WEDNESDAY: 'WE', THURSDAY: 'TH', FRIDAY: 'FR', SATURDAY: 'SA', SUNDAY: 'SU' };
const WEEK = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function expectedRows(w: { days: string[]; dayType: string; start: string; end: string }) {
  const kept = w.days.map((d) => CODE[d]!).filter((d) => (w.dayType === 'WORKDAY' ? !['SA', 'SU'].includes(d) : w.dayType === 'REST_DAY' ? ['SA', 'SU'].includes(d) : true));
  const days = WEEK.filter((d) => kept.includes(d));
  if (days.length === 0) return [];
  const at = (t: string) => (t === '24:00' ? '23:59:59+08:00' : `${t}:00+08:00`);
  if (w.end === '24:00' || w.end > w.start) return [{ byday: days.join(','), opens_at: at(w.start), closes_at: at(w.end) }];
  const first = { byday: days.join(','), opens_at: at(w.start), closes_at: '23:59:59+08:00' };
  if (w.end === '00:00') return [first];
  const next = WEEK.filter((d) => days.includes(WEEK[(WEEK.indexOf(d) + 6) % 7]!));
  return [first, { byday: next.join(','), opens_at: '00:00:00+08:00', closes_at: at(w.end) }];
}

const AUDIENCES: Record<string, string> = {
  ALL_RESIDENTS: '全体居民', ELDERLY: '老年人', PUPILS: '中小学生', SANITATION_WORKERS: '环卫工人', OUTDOOR_WORKERS: '户外劳动者',
  PEOPLE_IN_DIFFICULTY: '困难群众', PEOPLE_WITH_DISABILITIES: '残疾人',
};

describe('HSDS 3.0 export of the seeded district', () => {
  let services: Json[];
  let organizations: Json[];
  let sals: Json[];
  let serviceAnswers: { status: number; body: any }[];
  let organizationAnswers: { status: number; body: any }[];
  const full = new Map<string, Json>();

  // the whole export through the API, once (each page is checked against HSDS as it is read)
  beforeAll(async () => {
    organizations = await allPages(base, '/organizations');
    services = await allPages(base, '/services');
    sals = await allPages(base, '/service_at_locations');
    serviceAnswers = await getEach(services.map((s) => `${base}/services/${s.id}`));
    for (const { body } of serviceAnswers) full.set(body.id, body);
    organizationAnswers = await getEach(organizations.map((o) => `${base}/organizations/${o.id}`));
  }, 120_000);

  it('serves every unit and published resource through the API, every page and every object valid against HSDS', async () => {
    // the resident units only: departments publish no services and are not exported (src/modules/hsds/hsds.reads.ts)
    expect(organizations).toHaveLength(await count(`select count(*) as n from organization where kind <> 'DEPARTMENT'`));
    expect(organizations).toHaveLength(404);
    const { rows: departments } = await db.pool.query<{ id: string }>(`select id::text from organization where kind = 'DEPARTMENT' order by id`);
    expect(departments.length).toBeGreaterThan(0);
    for (const { status } of await getEach(departments.slice(0, 3).map((d) => `${base}/organizations/${hsdsId(toGlobalId('Organization', d.id))}`))) {
      expect(status).toBe(404);
    }
    expect(services).toHaveLength(await count("select count(*) as n from resource where status = 'PUBLISHED'"));
    expect(sals).toHaveLength(services.length);
    expect(new Set(services.map((s) => s.id)).size).toBe(services.length);
    expect(new Set(sals.map((s) => s.service_id))).toEqual(new Set(services.map((s) => s.id)));
    const one = v.response('/services/{id}');
    for (const { status, body } of serviceAnswers) {
      expect(status).toBe(200);
      expect(one(body), errorsOf(one)).toBe(true);
    }
    const org = v.response('/organizations/{id}');
    for (const { status, body } of organizationAnswers) {
      expect(status).toBe(200);
      expect(org(body), errorsOf(org)).toBe(true);
      // nested: the unit's services, as the list has them
      expect(body.services).toEqual(services.filter((s) => s.organization_id === body.id));
    }
  });

  it('maps the hub\'s values: ids are UUIDv5 of the global ids, titles, addresses, coordinates, audiences and schedules equal the hub\'s', async () => {
    const resources = await hubResources();
    expect(resources).toHaveLength(full.size);
    for (const r of resources) {
      const s = full.get(hsdsId(r.id))!;
      expect(s, r.id).toBeDefined();
      expect(s).toMatchObject({
        name: r.title,
        description: r.description,
        status: 'active',
        organization_id: hsdsId(r.organization.id),
        eligibility_description: r.audiences.map((a) => AUDIENCES[a]).join('、'),
      });
      const [sal] = s.service_at_locations as Json[];
      const location = sal!.location as Json;
      expect(location).toMatchObject({ id: hsdsId(r.id, 'location'), latitude: r.location.lat, longitude: r.location.lng, name: r.title });
      expect((location.addresses as Json[])[0]).toMatchObject({ address_1: r.address, city: '东城区', state_province: '北京市', postal_code: '100010', country: 'CN' });
      expect(sal).toMatchObject({ id: hsdsId(r.id, 'service_at_location'), service_id: s.id, location_id: location.id });
      const schedules = (sal!.schedules as Json[]).map(({ byday, opens_at, closes_at }) => ({ byday, opens_at, closes_at }));
      expect(schedules).toEqual(r.windows.flatMap(expectedRows));
      for (const row of sal!.schedules as Json[]) expect(row).toMatchObject({ freq: 'WEEKLY', timezone: 8, service_at_location_id: sal!.id });
      // day types have no home in HSDS: the rows of a WORKDAY or REST_DAY window say so in their notes
      const typed = r.windows.flatMap((w) => expectedRows(w).map(() => w.dayType));
      expect((sal!.schedules as Json[]).map((row) => (row.notes === undefined ? 'ANY' : String(row.notes).includes('(工作日)') ? 'WORKDAY' : 'REST_DAY'))).toEqual(typed);
    }
    const units = await hubOrganizations();
    const byId = new Map(organizations.map((o) => [o.id, o]));
    expect(units).toHaveLength(organizations.length);
    for (const o of units) expect(byId.get(hsdsId(o.id))).toEqual({ id: hsdsId(o.id), name: o.name, description: o.description });
  }, 120_000);

  it('reads set-based: a page in two statements whatever its size, a service in two (one more for an id not seen before), the package in three (in one snapshot)', async () => {
    for (const perPage of [5, 500]) {
      for (const list of ['/services', '/organizations', '/service_at_locations']) {
        const { count: n } = await countStatements(() => get(`${base}${list}?per_page=${perPage}`));
        expect(n, `${list}?per_page=${perPage}`).toBe(2);
      }
    }
    // a known id: its row and the district's name; an id not seen before also reads the public ids once
    const { count: known } = await countStatements(() => get(`${base}/services/${services[0]!.id}`));
    expect(known).toBe(2);
    const { count: unknown } = await countStatements(() => get(`${base}/services/00000000-0000-5000-8000-000000000000`));
    expect(unknown).toBe(1);
    const dir = await mkdtemp(path.join(tmpdir(), 'hsds-'));
    try {
      const { count: whole } = await countStatements(() => writeHsdsPackage(db.pool, dir, config, new Date(TEST_NOW)));
      // begin, units, resources, the district's name, commit
      expect(whole).toBe(5);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('turns a window past midnight into two schedule rows, the second on the next days', async () => {
    const parking = [...full.values()].find((s) => (s.service_at_locations as Json[])[0]!.schedules && ((s.service_at_locations as Json[])[0]!.schedules as Json[]).some((x) => x.opens_at === '00:00:00+08:00'));
    expect(parking).toBeDefined();
    const rows = ((parking!.service_at_locations as Json[])[0]!.schedules as Json[]);
    const night = rows.findIndex((x) => x.closes_at === '23:59:59+08:00' && x.opens_at !== '00:00:00+08:00');
    expect(rows[night + 1]).toMatchObject({ opens_at: '00:00:00+08:00' });
    // Sunday night runs into Monday
    expect(weeklyRows({ days: [5, 7], dayType: 'ANY', start: '22:00', end: '02:00' })).toEqual([
      { days: [5, 7], opensAt: '22:00:00', closesAt: '23:59:59' },
      { days: [1, 6], opensAt: '00:00:00', closesAt: '02:00:00' },
    ]);
    expect(weeklyRows({ days: [1], dayType: 'ANY', start: '19:00', end: '00:00' })).toEqual([{ days: [1], opensAt: '19:00:00', closesAt: '23:59:59' }]);
    // a WORKDAY window on Saturdays opens only on makeup workdays: no row in a regular week
    expect(weeklyRows({ days: [6], dayType: 'WORKDAY', start: '09:00', end: '12:00' })).toEqual([]);
    expect(weeklyRows({ days: [5, 6, 7], dayType: 'REST_DAY', start: '00:00', end: '24:00' })).toEqual([{ days: [6, 7], opensAt: '00:00:00', closesAt: '23:59:59' }]);
  });

  it('fails validation for a non-UUID id, a bad status, a bad schedule frequency, a missing name', async () => {
    const service = v.schema('service.json');
    const sample = full.values().next().value!;
    expect(service(sample), errorsOf(service)).toBe(true);
    expect(service({ ...sample, id: 'resource-1' })).toBe(false);
    expect(errorsOf(service)).toContain('/id must match format "uuid"');
    expect(service({ ...sample, status: 'published' })).toBe(false);
    expect(errorsOf(service)).toContain('/status must be equal to one of the allowed values');
    const schedule = v.schema('schedule.json');
    const row = ((sample.service_at_locations as Json[])[0]!.schedules as Json[])[0]!;
    expect(schedule(row), errorsOf(schedule)).toBe(true);
    expect(schedule({ ...row, freq: 'DAILY' })).toBe(false);
    const organization = v.schema('organization.json');
    const { name: _name, ...nameless } = organizations[0]!;
    expect(organization(nameless)).toBe(false);
    expect(errorsOf(organization)).toContain("must have required property 'name'");
  });

  it('writes the tabular data package: the columns of HSDS\'s schema.csv, the same objects, every row valid', async () => {
    const tables = await exportedPackage(db.pool);
    // the same objects as the API's
    expect(tables.organization).toEqual(organizations);
    expect(tables.service!.map((s) => s.id)).toEqual(services.map((s) => s.id));
    for (const s of tables.service!) {
      const { last_modified: _modified, ...api } = services.find((x) => x.id === s.id)!;
      expect(s).toEqual(api);
    }
    const apiSchedules = [...full.values()].flatMap((s) => (s.service_at_locations as Json[])[0]!.schedules as Json[]);
    expect(tables.schedule).toHaveLength(apiSchedules.length);
    expect(tables.schedule).toEqual(apiSchedules);
  }, 60_000);
});

const Register = graphql(`
  mutation HsdsRegisterOrganization($input: RegisterOrganizationInput!) {
    registerOrganization(input: $input) { organization { id } userErrors { code } }
  }
`);

describe('HSDS 3.0 export: what is never exported, and bad requests', () => {
  let hub: TestHub;
  let root: string;
  beforeAll(async () => {
    hub = await startTestHub();
    root = hub.server.url.replace(/\/graphql$/, '/hsds');
  });
  afterAll(async () => hub?.close());

  it('never shows a draft resource or a unit\'s contacts, in the API or the data package', async () => {
    const d = await buildDistrict(hub.app.db.pool);
    const admin = await hub.token({ role: Role.DISTRICT_ADMIN });
    const data = await hub.client.data(
      Register,
      { input: { kind: 'SCHOOL', name: '哨兵中学', areaId: d.community.id, address: '北京市东城区史家胡同1号', contactName: '哨兵联系人甲乙', contactPhone: '13912345678' } },
      admin,
    );
    const orgId = data.registerOrganization.organization!.id;
    const published = await buildResource(hub, orgId);
    // a unit without a description and a resource without an address (the builder gives none) still make a valid package
    const draft = await buildResource(hub, orgId, { publish: false });
    expect(draft.status).toBe('DRAFT');

    const services = await allPages(root, '/services');
    expect(services.map((s) => s.id)).toEqual([hsdsId(published.id)]);
    expect((await get(`${root}/services/${hsdsId(published.id)}`)).status).toBe(200);
    expect(await get(`${root}/services/${hsdsId(draft.id)}`)).toMatchObject({ status: 404, body: { errors: [{ extensions: { code: 'NOT_FOUND' } }] } });
    const texts = [
      JSON.stringify(await allPages(root, '/organizations')),
      JSON.stringify(await allPages(root, '/service_at_locations')),
      JSON.stringify((await get(`${root}/organizations/${hsdsId(orgId)}`)).body),
      JSON.stringify((await get(`${root}/services/${hsdsId(published.id)}`)).body),
    ];
    const dir = await mkdtemp(path.join(tmpdir(), 'hsds-'));
    try {
      await writeHsdsPackage(hub.app.db.pool, dir, hub.config, new Date(TEST_NOW));
      for (const f of ['organizations.csv', 'services.csv', 'locations.csv', 'addresses.csv', 'schedules.csv', 'service_at_location.csv']) texts.push(await readFile(path.join(dir, f), 'utf8'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const tables = await exportedPackage(hub.app.db.pool);
    expect(tables.organization).toEqual([{ id: hsdsId(orgId), name: '哨兵中学', description: '哨兵中学' }]);
    expect(tables.address).toEqual([]);
    for (const text of texts) {
      expect(text).not.toContain('哨兵联系人甲乙');
      expect(text).not.toContain('13912345678');
      expect(text).not.toContain(hsdsId(draft.id));
    }
    expect(texts.join('')).toContain('哨兵中学');
  });

  it('npm run export:hsds -- --out DIR writes the package; --help, a missing --out and unknown options are answered', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'hsds-cli-'));
    try {
      const written = await runTool('export-hsds', ['--out', dir], toolEnv({ DATABASE_URL: hub.database.url, LOG_LEVEL: 'silent' }));
      expect(written.status, written.stderr).toBe(0);
      expect(written.stdout).toMatch(/^wrote .+: \d+ organization, \d+ service, \d+ service_at_location, \d+ location, \d+ address, \d+ schedule\n$/);
      const pkg = JSON.parse(await readFile(path.join(dir, 'datapackage.json'), 'utf8'));
      expect(pkg.resources.map((r: { path: string }) => r.path)).toEqual([
        'organizations.csv', 'services.csv', 'service_at_location.csv', 'locations.csv', 'addresses.csv', 'schedules.csv',
      ]);
      } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const help = await runTool('export-hsds', ['--help']);
    expect(help).toMatchObject({ status: 0, stdout: expect.stringMatching(/^usage: npm run export:hsds -- --out DIR\n/) });
    expect(await runTool('export-hsds', [])).toMatchObject({ status: 2, stderr: 'export:hsds: --out DIR is required (--help for usage)\n' });
    const refused = await runTool('export-hsds', ['--bogus']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^export:hsds: Unknown option '--bogus'/);
  }, BUILD_TIMEOUT_MS);

  it('answers 400 with a clear message for bad paging and 404 for an unknown or malformed id', async () => {
    for (const [query, message] of [
      ['page=0', 'page must be a whole number from 1 (got "0").'],
      ['per_page=abc', 'per_page must be a whole number from 1 (got "abc").'],
      ['per_page=501', 'per_page must be at most 500 (got 501).'],
      ['page=1&page=2', 'page must be a whole number from 1 (got ["1","2"]).'],
      ['search=x', 'Unsupported query parameter "search": only page and per_page are supported.'],
    ] as const) {
      for (const list of ['/services', '/organizations', '/service_at_locations']) {
        expect(await get(`${root}${list}?${query}`), `${list}?${query}`).toEqual({ status: 400, body: { errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] } });
      }
    }
    expect(await get(`${root}/services/not-a-uuid`)).toMatchObject({ status: 404, body: { errors: [{ extensions: { code: 'NOT_FOUND' } }] } });
    expect((await get(`${root}/services/${hsdsId('UmVzb3VyY2U6OTk5OTk')}`)).status).toBe(404);
    expect((await get(`${root}/organizations/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    expect((await get(`${root}/taxonomies`)).status).toBe(404);
    // a page past the end is empty, not an error
    expect((await get(`${root}/services?page=99`)).body).toMatchObject({ empty: true, size: 0, last_page: true, contents: [] });
  });
});
