import { describe, expect, it } from 'vitest';
import { COLUMNS, type ColumnKey } from '../../src/modules/imports/import.columns.js';
import { ImportFormat } from '../../src/modules/imports/import.enums.js';
import { rowsOf, validateRows, type ImportRow, type ImportWorld, type WorldResource } from '../../src/modules/imports/import.validate.js';
import { SYSTEM_VIEWER, Role, type Viewer } from '../../src/shared/viewer.js';

/* The report codes the integration test's file of errors does not reach, each provoked on its own row. */

const square = { type: 'Polygon', coordinates: [[[116.4, 39.9], [116.41, 39.9], [116.41, 39.91], [116.4, 39.91], [116.4, 39.9]]] };
const resource = (over: Partial<WorldResource>): WorldResource => ({
  id: '1', organizationId: '10', unitName: '甲单位', externalKey: 'K-1', kind: 'READING_ROOM' as never, status: 'PUBLISHED' as never, title: '阅览室',
  description: '', address: '', lat: 39.905, lng: 116.405, areaId: '3', areaPath: '/1/2/3/', capacity: 10, capacityUnit: null,
  audiences: ['ALL_RESIDENTS' as never], windows: [], version: 1, acceptedQuantity: 6, ...over,
} as WorldResource);
const world: ImportWorld = {
  areas: [
    { id: '3', path: '/1/2/3/', name: '甲社区', code: 'A3', retired: false, boundary: square as never },
    { id: '4', path: '/1/2/4/', name: '乙社区', code: null, retired: true, boundary: null },
    { id: '5', path: '/1/5/6/', name: '同名社区', code: null, retired: false, boundary: null },
    { id: '6', path: '/1/5/7/', name: '同名社区', code: null, retired: false, boundary: null },
  ],
  units: [{ id: '10', name: '甲单位', areaPath: '/1/2/3/' }, { id: '11', name: '乙单位', areaPath: '/1/2/3/' }],
  resources: [resource({}), resource({ id: '2', externalKey: 'K-2', title: '旧厕所', status: 'WITHDRAWN' as never, acceptedQuantity: 0 })],
};
const row = (line: number, values: Partial<Record<ColumnKey, string>>): ImportRow => ({
  line,
  values: { unitName: '甲单位', area: '甲社区', title: `资源${line}`, kind: '阅览室', lng: '116.405', lat: '39.905', system: 'WGS84', capacity: '10', ...values },
});
const codes = (rows: ImportRow[], viewer: Viewer = SYSTEM_VIEWER) =>
  validateRows(rows, world, viewer, 20).problems.map((p) => [p.row, p.column, p.code]);

describe('the validation of ledger rows', () => {
  it('gives each code on its row and column', () => {
    expect(
      codes([
        row(2, { area: '乙社区' }),
        row(3, { area: '同名社区' }),
        row(4, { lng: '116.5', lat: '39.95' }),
        row(5, { capacity: '三十' }),
        row(6, { key: 'K-1', title: '新阅览室', capacity: '5' }),
        row(7, { title: 'x'.repeat(201) }),
        row(8, { unitName: '丙单位', unitKind: '工厂' }),
        row(9, { system: '北斗' }),
        row(10, { key: 'K-1', unitName: '乙单位' }),
        row(11, { key: 'K-2', title: '旧厕所' }),
        row(12, { contactPhone: '打电话' }),
        row(13, { title: undefined }),
        row(14, { title: '阅览室' }),
      ]),
    ).toEqual([
      [2, COLUMNS.area, 'AREA_RETIRED'],
      [3, COLUMNS.area, 'AREA_AMBIGUOUS'],
      [4, COLUMNS.lng, 'POINT_OUTSIDE_AREA'],
      [5, COLUMNS.capacity, 'CAPACITY_INVALID'],
      [6, COLUMNS.capacity, 'CAPACITY_BELOW_ALLOCATED'],
      [7, COLUMNS.title, 'VALUE_TOO_LONG'],
      [8, COLUMNS.unitKind, 'UNIT_KIND_UNKNOWN'],
      [9, COLUMNS.system, 'COORDINATE_SYSTEM_UNKNOWN'],
      [10, COLUMNS.key, 'DUPLICATE_ROW'],
      [10, COLUMNS.key, 'RESOURCE_KEY_OTHER_UNIT'],
      [11, COLUMNS.title, 'RESOURCE_WITHDRAWN'],
      [12, COLUMNS.contactPhone, 'PHONE_INVALID'],
      [13, COLUMNS.title, 'VALUE_REQUIRED'],
      // the stored 阅览室, found by its title, is row 6's already (by its key K-1, renamed there)
      [14, COLUMNS.title, 'DUPLICATE_ROW'],
    ]);
  });

  it('an area by its code; a stored resource found by key with empty cells keeps its values', () => {
    const v = validateRows([row(2, { area: 'A3', key: 'K-1', title: '阅览室', lng: undefined, lat: undefined, system: undefined, capacity: undefined })], world, SYSTEM_VIEWER, 20);
    expect(v.problems).toEqual([]);
    expect(v.plan).toMatchObject({ updates: [], creates: [], unchanged: 1 });
  });

  it('a keyed row never takes by its title a resource of another key: it makes a new one', () => {
    const v = validateRows([row(2, { key: 'K-9', title: '阅览室' })], world, SYSTEM_VIEWER, 20);
    expect(v.problems).toEqual([]);
    expect(v.plan.creates.map((c) => [c.externalKey, c.title])).toEqual([['K-9', '阅览室']]);
  });

  it('grid workers and volunteers import nothing', () => {
    const grid = { ...SYSTEM_VIEWER, accountId: 'g', role: Role.GRID_WORKER, areaPath: '/1/' };
    expect(codes([row(2, {})], grid)).toEqual([[1, null, 'IMPORT_FORBIDDEN']]);
  });

  it('a heading twice is HEADER_DUPLICATE', () => {
    const sheet = { format: ImportFormat.CSV, encoding: null, headers: ['单位名称', '所属社区', '所属社区/网格', '资源名称', '资源类型'], rows: [] };
    expect(rowsOf(sheet).problems.map((p) => [p.row, p.code, p.column])).toEqual([[1, 'HEADER_DUPLICATE', COLUMNS.area]]);
  });
});
