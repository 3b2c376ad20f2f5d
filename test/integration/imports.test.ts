import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { countStatements } from '../kit/sql-counter.js';
import { startTestHub, type TestHub } from '../kit/server.js';
import { waitFor } from '../kit/wait.js';
import { BUILD_TIMEOUT_MS, ROOT, runTool, toolEnv } from '../kit/tools.js';

/*
 * The ledger import (README, "Bulk import") on a district entered only through the API: the district, two streets,
 * 和平里社区 with its grid 和平里第一网格, and 安定门社区 — the areas the template's rows name. Every door is used
 * for real: POST /import/units over HTTP, importUnits/importRun in GraphQL, `npm run import` as a process.
 */

const CreateArea = graphql(`
  mutation ImportsCreateArea($input: CreateAreaInput!) {
    createArea(input: $input) { area { id } userErrors { code } }
  }
`);

const ImportUnits = graphql(`
  mutation ImportsImportUnits($input: ImportUnitsInput!) {
    importUnits(input: $input) {
      importRun { id status rowCount problemCount unitsCreated resourcesCreated resourcesUpdated resourcesUnchanged appliedAt problems { row column code } }
      userErrors { code field }
    }
  }
`);

const ResourceKey = graphql(`
  query ImportsResourceKey($id: ID!) {
    resource(id: $id) { title externalKey }
  }
`);

const ImportRunQuery = graphql(`
  query ImportsImportRun($id: ID!) {
    importRun(id: $id) { id status fileName format encoding rowCount }
  }
`);

interface RunJson {
  id: string;
  fileName: string;
  status: string;
  format: string;
  encoding: string | null;
  rowCount: number;
  problemCount: number;
  unitsCreated: number;
  resourcesCreated: number;
  resourcesUpdated: number;
  resourcesUnchanged: number;
  problems: { row: number; column: string | null; code: string; message: string }[];
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = '单位名称,单位类型,所属社区/网格,资源编号,资源名称,资源类型,资源简介,地址,经度,纬度,坐标系,容量,容量单位,开放时间,面向对象,状态,联系人,联系电话';

let hub: TestHub;
let admin: string;
const area = {} as Record<'district' | 'street' | 'otherStreet' | 'heping' | 'grid' | 'andingmen', string>;

async function createArea(input: Record<string, unknown>) {
  const data = await hub.client.data(CreateArea, { input: { centroid: { lat: 39.91, lng: 116.41 }, ...input } as never }, admin);
  expect(data.createArea.userErrors).toEqual([]);
  return data.createArea.area!.id;
}

/** POST /import/units with `body`; the answer's status and JSON. */
async function upload(body: Buffer | string, token: string | null, options: { type?: string; query?: string } = {}) {
  const response = await fetch(`${hub.server.url.replace(/\/graphql$/, '')}/import/units${options.query ?? ''}`, {
    method: 'POST',
    headers: { 'content-type': options.type ?? 'text/csv', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return { status: response.status, json: (await response.json()) as RunJson & { errors?: { extensions: { code: string } }[] } };
}

const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');
const template = (ext: 'xlsx' | 'csv') => readFile(path.join(ROOT, 'templates', `units-import.${ext}`));

async function apply(runId: string, token = admin, applyIt = true) {
  return (await hub.client.data(ImportUnits, { input: { importRunId: runId, apply: applyIt } }, token)).importUnits;
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await hub.app.db.pool.query<{ n: number }>(`select count(*)::int as n from (${sql}) x`, params);
  return rows[0]!.n;
}

const resourceCount = () => count('select 1 from resource');
const eventCount = () => count('select 1 from event');

beforeAll(async () => {
  hub = await startTestHub({ IMPORT_MAX_BYTES: '400000', IMPORT_MAX_UNZIPPED_BYTES: '2000000' });
  admin = await hub.token({ role: Role.DISTRICT_ADMIN });
  area.district = await createArea({ kind: 'DISTRICT', name: '导入测试区' });
  area.street = await createArea({ kind: 'STREET', parentId: area.district, name: '和平里街道' });
  area.otherStreet = await createArea({ kind: 'STREET', parentId: area.district, name: '安定门街道' });
  area.heping = await createArea({ kind: 'COMMUNITY', parentId: area.street, name: '和平里社区', code: '110101005001' });
  area.grid = await createArea({ kind: 'GRID', parentId: area.heping, name: '和平里第一网格' });
  area.andingmen = await createArea({ kind: 'COMMUNITY', parentId: area.otherStreet, name: '安定门社区' });
}, 60_000);
afterAll(() => hub?.close());

describe('the template', () => {
  it('is validated first (a dry run writes nothing), then applied: units registered, resources DRAFT unless 发布', async () => {
    const dry = await upload(await template('xlsx'), admin, { type: XLSX, query: '?name=units-import.xlsx' });
    expect(dry.status).toBe(201);
    expect(dry.json).toMatchObject({ status: 'VALIDATED', format: 'XLSX', encoding: null, rowCount: 6, problemCount: 0, unitsCreated: 3, resourcesCreated: 6 });
    expect(await resourceCount()).toBe(0);
    expect(await count('select 1 from organization')).toBe(0);

    // validating again through GraphQL is still a dry run
    expect((await apply(dry.json.id, admin, false)).importRun).toMatchObject({ status: 'VALIDATED', appliedAt: null });
    expect(await resourceCount()).toBe(0);

    const applied = await apply(dry.json.id);
    expect(applied.userErrors).toEqual([]);
    expect(applied.importRun).toMatchObject({ status: 'APPLIED', resourcesCreated: 6, unitsCreated: 3 });
    const { rows } = await hub.app.db.pool.query(
      `select r.title, r.status, r.external_key, r.capacity, r.access_mode, r.audiences, r.windows, r.lat, r.lng, a.name as area, o.name as unit, o.kind as unit_kind
         from resource r join organization o on o.id = r.organization_id join area a on a.id = r.area_id order by r.id`,
    );
    expect(rows.map((r) => [r.unit, r.title, r.status, r.external_key, r.area])).toEqual([
      ['北京市第五十五中学', '操场停车位', 'PUBLISHED', 'DC-0001', '和平里社区'],
      ['北京市第五十五中学', '图书馆阅览室', 'PUBLISHED', 'DC-0002', '和平里社区'],
      ['和平里医院', '对外开放厕所', 'PUBLISHED', 'DC-0003', '和平里第一网格'],
      ['和平里医院', '爱心门诊', 'DRAFT', 'DC-0004', '和平里第一网格'],
      ['安定门街道办事处', '职工食堂爱心早餐', 'PUBLISHED', null, '安定门社区'],
      ['安定门街道办事处', '党群活动室', 'DRAFT', null, '安定门社区'],
    ]);
    expect(rows[0]).toMatchObject({ capacity: 40, access_mode: 'ALLOCATED', audiences: ['ALL_RESIDENTS'], lat: 39.9101, lng: 116.4101, unit_kind: 'SCHOOL' });
    expect(rows[1].windows).toEqual([
      { days: [1, 2, 3, 4, 5, 6, 7], dayType: 'WORKDAY', start: '18:00', end: '21:00' },
      { days: [1, 2, 3, 4, 5, 6, 7], dayType: 'REST_DAY', start: '09:00', end: '17:00' },
    ]);
    expect(rows[1].audiences).toEqual(['PUPILS', 'ELDERLY']);
    // given in GCJ-02 and BD-09: stored as WGS-84, some hundreds of metres away
    expect(Math.abs(rows[1].lng - 116.4102)).toBeGreaterThan(0.003);
    expect(Math.abs(rows[2].lng - 116.4103)).toBeGreaterThan(0.008);
    expect(rows[2]).toMatchObject({ access_mode: 'OPEN_ACCESS', capacity: null, audiences: ['SANITATION_WORKERS', 'OUTDOOR_WORKERS'] });
    const { rows: events } = await hub.app.db.pool.query<{ type: string; n: number }>(
      `select type, count(*)::int as n from event where type <> 'AREA_CREATED' group by type order by type`,
    );
    expect(events).toEqual([
      { type: 'ORGANIZATION_REGISTERED', n: 3 },
      { type: 'RESOURCE_CREATED', n: 6 },
      { type: 'RESOURCE_PUBLISHED', n: 4 },
    ]);
    // applied once only
    expect((await apply(dry.json.id)).userErrors.map((e) => e.code)).toEqual(['IMPORT_RUN_APPLIED']);
  });

  it('imported again (its CSV twin) changes nothing: no write, no version, no event', async () => {
    const events = await eventCount();
    const before = await hub.app.db.pool.query('select id, version, updated_at from resource order by id');
    const run = await upload(await template('csv'), admin, { query: '?name=units-import.csv' });
    expect(run.json).toMatchObject({ status: 'VALIDATED', format: 'CSV', encoding: 'UTF8', unitsCreated: 0, resourcesCreated: 0, resourcesUpdated: 0, resourcesUnchanged: 6 });
    expect((await apply(run.json.id)).importRun!.status).toBe('APPLIED');
    expect((await hub.app.db.pool.query('select id, version, updated_at from resource order by id')).rows).toEqual(before.rows);
    expect(await eventCount()).toBe(events);
  });

  it('read as GB18030, detected or named', async () => {
    const text = (await template('csv')).toString('utf8').replace(/^\ufeff/, '');
    const gb = iconv.encode(text, 'gb18030');
    const detected = await upload(gb, admin);
    expect(detected.json).toMatchObject({ status: 'VALIDATED', encoding: 'GB18030', resourcesUnchanged: 6 });
    const named = await upload(gb, admin, { query: '?encoding=gb18030' });
    expect(named.json).toMatchObject({ encoding: 'GB18030', resourcesUnchanged: 6 });
    // read as UTF-8 against the detection, its Chinese headers are not found
    const forced = await upload(gb, admin, { type: 'text/csv; charset=utf-8' });
    expect(forced.json.status).toBe('REJECTED');
    expect(forced.json.problems[0]!.code).toBe('HEADER_MISSING');
  });
});

describe('a changed row', () => {
  it('updates its resource with a new version and a RESOURCE_UPDATED event naming what changed; a key finds a renamed title', async () => {
    const text = (await template('csv')).toString('utf8').replace('操场停车位,免费停车位,节假日向居民开放的操场停车位,东城区和平里东街1号,116.4101,39.9101,WGS84,40', '操场停车场,免费停车位,节假日向居民开放的操场停车位,东城区和平里东街1号,116.4101,39.9101,WGS84,45');
    const run = await upload(text, admin);
    expect(run.json).toMatchObject({ status: 'VALIDATED', resourcesUpdated: 1, resourcesUnchanged: 5, resourcesCreated: 0 });
    expect((await apply(run.json.id)).importRun!.status).toBe('APPLIED');
    const { rows } = await hub.app.db.pool.query(`select id::text, title, capacity, version from resource where external_key = 'DC-0001'`);
    expect(rows[0]).toMatchObject({ title: '操场停车场', capacity: 45, version: 2 });
    expect((await hub.client.data(ResourceKey, { id: toGlobalId('Resource', rows[0].id) })).resource).toEqual({ title: '操场停车场', externalKey: 'DC-0001' });
    const { rows: events } = await hub.app.db.pool.query(`select type, data from event where subject_id = $1 order by cursor`, [rows[0].id]);
    expect(events.at(-1)).toEqual({ type: 'RESOURCE_UPDATED', data: { changed: ['title', 'capacity'] } });
  });

  it('without a key, a renamed title makes a new resource (the old one is left alone: an upsert, not a sync)', async () => {
    const run = await upload(csv('安定门街道办事处,,安定门社区,,党群活动中心,活动场地,,,116.4202,39.9202,WGS84,50,人,周一至周五 9:00-17:00,,,,'), admin);
    expect(run.json).toMatchObject({ status: 'VALIDATED', resourcesCreated: 1 });
    await apply(run.json.id);
    expect(await count(`select 1 from resource where title in ('党群活动室', '党群活动中心')`)).toBe(2);
  });
});

describe('a resource changed between the validation and the write', () => {
  it('is IMPORT_CONFLICT, and nothing of the file is written', async () => {
    const run = await upload(
      csv(
        '和平里医院,,和平里第一网格,DC-0003,对外开放厕所,单位厕所,,,,,,,,每天 6:00-23:00,,,,',
        '和平里医院,,和平里第一网格,DC-0005,冲突测试资源,阅览室,,,116.4105,39.9105,WGS84,5,,,,,,',
      ),
      admin,
    );
    expect(run.json).toMatchObject({ status: 'VALIDATED', resourcesUpdated: 1, resourcesCreated: 1 });
    // another writer holds DC-0003's row (and moves its version) while the apply reads, then writes
    const other = await hub.app.db.pool.connect();
    try {
      await other.query('begin');
      await other.query(`update resource set version = version + 1 where external_key = 'DC-0003'`);
      const applying = apply(run.json.id);
      await waitFor(
        async () => (await hub.app.db.pool.query(`select 1 from pg_stat_activity where wait_event_type = 'Lock' and query like 'update resource r%'`)).rowCount,
        { what: 'the apply waiting for the row' },
      );
      await other.query('commit');
      const refused = await applying;
      expect(refused.userErrors.map((e) => e.code)).toEqual(['IMPORT_CONFLICT']);
    } finally {
      other.release();
    }
    expect(await count(`select 1 from resource where external_key = 'DC-0005'`)).toBe(0);
    expect((await hub.client.data(ImportRunQuery, { id: run.json.id }, admin)).importRun!.status).toBe('VALIDATED');
  });
});

describe('a file with one error of each kind', () => {
  it('gives exactly those errors, row and column, and writes nothing', async () => {
    const file = csv(
      /* 2 */ '新单位甲,企业,不存在社区,E-1,甲资源,阅览室,,,116.41,39.91,WGS84,10,,每天 8:00-9:00,,,,',
      /* 3 */ '新单位乙,企业,和平里社区,E-2,乙资源,飞船,,,116.41,39.91,WGS84,10,,,,,,',
      /* 4 */ '新单位丙,企业,和平里社区,E-3,丙资源,阅览室,,,,,,10,,,,,,',
      /* 5 */ '新单位丁,企业,和平里社区,E-4,丁资源,阅览室,,,216.41,39.91,WGS84,10,,,,,,',
      /* 6 */ '新单位戊,企业,和平里社区,E-5,戊资源,阅览室,,,116.41,39.91,,10,,,,,,',
      /* 7 */ '新单位己,企业,和平里社区,E-6,己资源,阅览室,,,116.41,39.91,WGS84,,,,,,,',
      /* 8 */ '新单位庚,企业,和平里社区,E-7,庚资源,阅览室,,,116.41,39.91,WGS84,10,,周八 8:00-9:00,,,,',
      /* 9 */ '新单位辛,企业,和平里社区,E-8,辛资源,阅览室,,,116.41,39.91,WGS84,10,,,,,,',
      /* 10 */ '新单位辛,企业,和平里社区,E-8,辛资源二,阅览室,,,116.41,39.91,WGS84,10,,,,,,',
      /* 11 */ '新单位壬,,和平里社区,E-9,壬资源,阅览室,,,116.41,39.91,WGS84,10,,,,,,',
      /* 12 */ '新单位癸,企业,和平里社区,E-10,癸资源,阅览室,,,116.41,39.91,WGS84,10,,,儿童,发布,,',
      // a ledger lists resident units: a department (at the district or a street only) is not one of its kinds
      /* 13 */ '新单位子,DEPARTMENT,和平里社区,E-11,子资源,阅览室,,,116.41,39.91,WGS84,10,,,,,,',
    );
    const [resources, units, events] = [await resourceCount(), await count('select 1 from organization'), await eventCount()];
    const run = await upload(file, admin);
    expect(run.json.status).toBe('REJECTED');
    expect(run.json.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, '所属社区/网格', 'AREA_NOT_FOUND'],
      [3, '资源类型', 'KIND_UNKNOWN'],
      [4, '经度', 'COORDINATES_MISSING'],
      [5, '经度', 'COORDINATES_INVALID'],
      [6, '坐标系', 'COORDINATE_SYSTEM_REQUIRED'],
      [7, '容量', 'CAPACITY_REQUIRED'],
      [8, '开放时间', 'WINDOW_SYNTAX'],
      [10, '资源编号', 'DUPLICATE_ROW'],
      [11, '单位类型', 'UNIT_KIND_REQUIRED'],
      [12, '面向对象', 'AUDIENCE_UNKNOWN'],
      [12, '开放时间', 'WINDOWS_REQUIRED'],
      [13, '单位类型', 'UNIT_KIND_UNKNOWN'],
    ]);
    expect(run.json.problems.every((p) => p.message.length > 0)).toBe(true);
    const refused = await apply(run.json.id);
    expect(refused.userErrors.map((e) => e.code)).toEqual(['IMPORT_RUN_REJECTED']);
    expect(refused.importRun).toMatchObject({ status: 'REJECTED', problemCount: 12 });
    expect([await resourceCount(), await count('select 1 from organization'), await eventCount()]).toEqual([resources, units, events]);
  });

  it('a missing column is HEADER_MISSING on row 1', async () => {
    const run = await upload('单位名称,资源名称\n甲,乙', admin);
    expect(run.json.problems.map((p) => [p.row, p.code, p.column])).toEqual([
      [1, 'HEADER_MISSING', '所属社区/网格'],
      [1, 'HEADER_MISSING', '资源类型'],
    ]);
  });
});

describe('who may import', () => {
  it('a street or community admin: rows below its area; others AREA_OUT_OF_SCOPE', async () => {
    const street = await hub.token({ role: Role.STREET_ADMIN, areaId: area.otherStreet });
    const run = await upload(await template('csv'), street);
    expect(run.json.status).toBe('REJECTED');
    const rows = [...new Set(run.json.problems.filter((p) => p.code === 'AREA_OUT_OF_SCOPE').map((p) => p.row))];
    expect(rows).toEqual([2, 3, 4, 5]);
    expect(run.json.problems.every((p) => p.code === 'AREA_OUT_OF_SCOPE')).toBe(true);
    const community = await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: area.heping });
    const own = await upload(csv('北京市第五十五中学,,和平里社区,DC-0002,图书馆阅览室,阅览室,,东城区和平里东街1号,116.4102,39.9102,GCJ02,30,个座位,工作日 18:00-21:00；休息日 9:00-17:00,中小学生、老年人,发布,,'), community);
    expect(own.json).toMatchObject({ status: 'VALIDATED', resourcesUnchanged: 1 });
    const other = await upload(csv('安定门街道办事处,,安定门社区,,党群活动室,活动场地,,,116.4202,39.9202,WGS84,50,人,,,,,'), community);
    expect(other.json.problems.map((p) => p.code)).toEqual(['AREA_OUT_OF_SCOPE', 'AREA_OUT_OF_SCOPE', 'AREA_OUT_OF_SCOPE']);
  });

  it('a unit admin: its own unit\'s resources only (UNIT_OUT_OF_SCOPE)', async () => {
    const { rows } = await hub.app.db.pool.query<{ id: string }>(`select id::text from organization where name = '和平里医院'`);
    const unit = await hub.token({ role: Role.UNIT_ADMIN, organizationId: toGlobalId('Organization', rows[0]!.id) });
    const own = await upload(csv('和平里医院,,和平里第一网格,DC-0004,爱心门诊,爱心门诊,,,,,,12,个号,,,,,'), unit);
    expect(own.json).toMatchObject({ status: 'VALIDATED', resourcesUpdated: 1 });
    const other = await upload(csv('北京市第五十五中学,,和平里社区,DC-0002,图书馆阅览室,阅览室,,,,,,31,,,,,,'), unit);
    expect(other.json.problems.map((p) => [p.row, p.column, p.code])).toEqual([[2, '单位名称', 'UNIT_OUT_OF_SCOPE']]);
    // the run is its uploader's: another admin neither sees nor applies it; the district admin sees it
    const otherUnit = await hub.token({ role: Role.STREET_ADMIN, areaId: area.street });
    expect((await hub.client.data(ImportRunQuery, { id: own.json.id }, otherUnit)).importRun).toBeNull();
    expect(await hub.client.errorCode(ImportUnits, { input: { importRunId: own.json.id, apply: true } }, otherUnit)).toBe('NOT_FOUND');
    expect((await hub.client.data(ImportRunQuery, { id: own.json.id }, admin)).importRun).toMatchObject({ status: 'VALIDATED', format: 'CSV' });
    expect((await apply(own.json.id, unit)).importRun!.status).toBe('APPLIED');
  });

  it('grid workers and volunteers are FORBIDDEN, anonymous callers UNAUTHENTICATED, at both doors', async () => {
    const body = await template('csv');
    for (const token of [await hub.token({ role: Role.GRID_WORKER, areaId: area.grid }), await hub.token({ role: Role.VOLUNTEER, areaId: area.heping })]) {
      const answer = await upload(body, token);
      expect([answer.status, answer.json.errors?.[0]?.extensions.code]).toEqual([403, 'FORBIDDEN']);
      expect(await hub.client.errorCode(ImportUnits, { input: { importRunId: toGlobalId('ImportRun', 1), apply: true } }, token)).toBe('FORBIDDEN');
    }
    const anonymous = await upload(body, null);
    expect([anonymous.status, anonymous.json.errors?.[0]?.extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect(await hub.client.errorCode(ImportUnits, { input: { importRunId: toGlobalId('ImportRun', 1), apply: true } }, null)).toBe('UNAUTHENTICATED');
  });
});

describe('the HTTP door', () => {
  it('refuses a body past IMPORT_MAX_BYTES with 413, and an .xlsx that unzips past IMPORT_MAX_UNZIPPED_BYTES', async () => {
    const big = await upload(Buffer.alloc(400_001, 0x41), admin);
    expect([big.status, big.json.errors?.[0]?.extensions.code]).toEqual([413, 'IMPORT_TOO_LARGE']);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('台账').addRow(['单位名称', 'x'.repeat(3_000_000)]);
    const bomb = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(bomb.length).toBeLessThan(400_000);
    const answer = await upload(bomb, admin, { type: XLSX });
    expect([answer.status, answer.json.errors?.[0]?.extensions.code]).toEqual([413, 'IMPORT_UNZIPPED_TOO_LARGE']);
    const notZip = await upload(Buffer.from('PK\u0003\u0004 not a zip'), admin, { type: XLSX });
    expect([notZip.status, notZip.json.errors?.[0]?.extensions.code]).toEqual([400, 'IMPORT_FILE_UNREADABLE']);
  });

  it('applies at once with ?apply=true, set-based: at most 20 statements for 1,000 rows, created and then changed', async () => {
    const rows = (capacity: number) =>
      Array.from({ length: 1000 }, (_, i) => `批量单位,企业,和平里社区,B-${i},批量资源${i},阅览室,,,116.41,39.91,WGS84,${capacity},,每天 8:00-20:00,,发布,,`);
    const first = await upload(csv(...rows(10)), admin);
    expect(first.json).toMatchObject({ status: 'VALIDATED', resourcesCreated: 1000, unitsCreated: 1 });
    const created = await countStatements(() => apply(first.json.id));
    expect(created.result.importRun!.status).toBe('APPLIED');
    expect(created.count).toBeLessThanOrEqual(20);
    const second = await upload(csv(...rows(11)), admin);
    expect(second.json).toMatchObject({ resourcesUpdated: 1000 });
    const updated = await countStatements(() => apply(second.json.id));
    expect(updated.result.importRun!.resourcesUpdated).toBe(1000);
    expect(updated.count).toBeLessThanOrEqual(20);
    expect(await count(`select 1 from resource where external_key like 'B-%' and capacity = 11 and version = 2`)).toBe(1000);
    const direct = await upload(csv('批量单位,,和平里社区,B-0,批量资源0,阅览室,,,,,,12,,,,,,'), admin, { query: '?apply=true' });
    expect([direct.status, direct.json.status, direct.json.resourcesUpdated]).toEqual([201, 'APPLIED', 1]);
    const refused = await upload(csv('批量单位,,和平里社区,B-0,批量资源0,飞船,,,,,,12,,,,,,'), admin, { query: '?apply=true' });
    expect([refused.status, refused.json.status, refused.json.problems.map((p) => p.code)]).toEqual([422, 'REJECTED', ['KIND_UNKNOWN']]);
    // a generic content type: the name's extension tells the format
    const named = await upload(await template('xlsx'), admin, { type: 'application/octet-stream', query: '?name=%E5%8F%B0%E8%B4%A6.xlsx' });
    expect(named.json).toMatchObject({ format: 'XLSX', fileName: '台账.xlsx' });
  });
});

describe('the command line door', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'sharehub-import-'));
    // builds dist/ when it is stale
    await runTool('import', ['--help']);
  }, BUILD_TIMEOUT_MS);
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('validates with --dry-run, writes without it (as SYSTEM), exits 1 on rows at fault and 2 on bad arguments', async () => {
    const env = toolEnv({ DATABASE_URL: hub.database.url, LOG_LEVEL: 'silent' });
    const file = path.join(folder, '命令行.csv');
    await writeFile(file, csv('命令行单位,社会组织,安定门社区,CLI-1,命令行资源,饮水点,,,116.4203,39.9203,WGS84,,,每天 6:00-20:00,环卫工人,发布,,'));
    const dry = await runTool('import', [file, '--dry-run'], env);
    expect(dry.status).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ status: 'VALIDATED', fileName: '命令行.csv', resourcesCreated: 1 });
    expect(await count(`select 1 from resource where external_key = 'CLI-1'`)).toBe(0);
    const real = await runTool('import', [file, '--encoding', 'utf-8'], env);
    expect(real.status).toBe(0);
    expect(JSON.parse(real.stdout)).toMatchObject({ status: 'APPLIED' });
    const { rows } = await hub.app.db.pool.query(`select e.actor_id, e.actor_role from event e join resource r on r.id = e.subject_id where r.external_key = 'CLI-1' and e.subject_type = 'Resource'`);
    expect(rows[0]).toEqual({ actor_id: 'SYSTEM', actor_role: 'SYSTEM' });
    const bad = path.join(folder, 'bad.csv');
    await writeFile(bad, csv('命令行单位,,安定门社区,CLI-2,坏资源,飞船,,,116.42,39.92,WGS84,1,,,,,,'));
    const rejected = await runTool('import', [bad], env);
    expect(rejected.status).toBe(1);
    expect(rejected.stderr).toContain('row 2, 资源类型: KIND_UNKNOWN');
    expect((await runTool('import', [bad, '--encoding', 'latin1'], env)).status).toBe(2);
    expect((await runTool('import', [], env)).status).toBe(2);
  });
});
