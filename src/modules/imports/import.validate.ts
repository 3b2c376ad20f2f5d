import type { LatLng } from '../../shared/geo.js';
import { toWgs84 } from '../../shared/geo.js';
import type { WeeklyWindow } from '../../shared/schedule/schedule.types.js';
import { actsForOrganization, ADMIN_AREA_ROLES, isBelow, Role, type Viewer } from '../../shared/viewer.js';
import { pointBeyond, type Boundary } from '../areas/index.js';
import type { OrganizationKind } from '../organizations/index.js';
import { AccessMode, Audience, ResourceKind, ResourceStatus } from '../resources/index.js';
import {
  AUDIENCE_NAMES,
  columnOf,
  COLUMNS,
  KIND_NAMES,
  PUBLISH_WORDS,
  REQUIRED_COLUMNS,
  SYSTEM_NAMES,
  UNIT_KIND_NAMES,
  type ColumnKey,
} from './import.columns.js';
import { parseOpeningHours } from './import.hours.js';
import type { Sheet } from './import.read.js';

/*
 * The validation of a ledger against the hub as it is: every row and column at fault, each with a code and a
 * message (README, "Bulk import", lists the codes), and, when there is none, the plan of what applying it writes.
 * Pure: the hub's state comes in as `ImportWorld` (import.world.ts reads it in three statements).
 */

export interface ImportProblem {
  /** The spreadsheet's row number (the header is row 1). */
  row: number;
  /** The column's heading as the template writes it; null for the whole row. */
  column: string | null;
  code: string;
  message: string;
}

/** One data row as kept for the apply: its row number and its cells by column. */
export interface ImportRow {
  line: number;
  values: Partial<Record<ColumnKey, string>>;
}

export interface WorldArea {
  id: string;
  path: string;
  name: string;
  code: string | null;
  retired: boolean;
  boundary: Boundary | null;
}

export interface WorldUnit {
  id: string;
  name: string;
  areaPath: string;
}

/** A stored resource, as the rows may match it (by 资源编号, else by unit and title). */
export interface WorldResource extends ResourceFields {
  id: string;
  organizationId: string;
  unitName: string;
  status: ResourceStatus;
  version: number;
  acceptedQuantity: number;
}

export interface ImportWorld {
  areas: WorldArea[];
  units: WorldUnit[];
  resources: WorldResource[];
}

/** What a resource is given from a row; compared with what is stored, field by field. */
export interface ResourceFields {
  kind: ResourceKind;
  title: string;
  description: string;
  address: string;
  lat: number;
  lng: number;
  areaId: string;
  areaPath: string;
  capacity: number | null;
  capacityUnit: string | null;
  audiences: Audience[];
  windows: WeeklyWindow[];
  externalKey: string | null;
}

export interface NewUnit {
  name: string;
  kind: OrganizationKind;
  areaId: string;
  areaPath: string;
  address: string;
  contactName: string | null;
  contactPhone: string | null;
}

export interface PlannedCreate extends ResourceFields {
  unitName: string;
  accessMode: AccessMode;
  publish: boolean;
}

export interface PlannedUpdate extends ResourceFields {
  id: string;
  version: number;
  organizationId: string;
  status: ResourceStatus;
  changed: string[];
  publish: boolean;
}

export interface ImportPlan {
  newUnits: NewUnit[];
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  unchanged: number;
}

export interface Validation {
  problems: ImportProblem[];
  plan: ImportPlan;
}

const OPEN_ACCESS_KINDS = new Set([ResourceKind.TOILET, ResourceKind.WATER_POINT]);
const MAX_TEXT: Partial<Record<ColumnKey, number>> = {
  unitName: 200, title: 200, description: 5000, address: 300, capacityUnit: 20, contactName: 100, key: 100,
};
const PHONE = /^[0-9+\-() ]{5,32}$/;

/** The sheet's rows by column; problems with the header line itself (row 1). */
export function rowsOf(sheet: Sheet): { rows: ImportRow[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const index = new Map<ColumnKey, number>();
  sheet.headers.forEach((header, i) => {
    const key = columnOf(header);
    if (key === null) return;
    if (index.has(key)) problems.push({ row: 1, column: COLUMNS[key], code: 'HEADER_DUPLICATE', message: `The column ${COLUMNS[key]} appears twice.` });
    else index.set(key, i);
  });
  for (const key of REQUIRED_COLUMNS) {
    if (!index.has(key)) problems.push({ row: 1, column: COLUMNS[key], code: 'HEADER_MISSING', message: `The file has no ${COLUMNS[key]} column.` });
  }
  const rows = sheet.rows.map((r) => {
    const values: Partial<Record<ColumnKey, string>> = {};
    for (const [key, i] of index) {
      const cell = (r.cells[i] ?? '').trim();
      if (cell !== '') values[key] = cell;
    }
    return { line: r.line, values };
  });
  return { rows, problems };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Validates `rows` as `viewer` would write them; the plan is complete only when there is no problem. */
export function validateRows(rows: ImportRow[], world: ImportWorld, viewer: Viewer, toleranceM: number): Validation {
  const problems: ImportProblem[] = [];
  const plan: ImportPlan = { newUnits: [], creates: [], updates: [], unchanged: 0 };
  const areaAdmin = viewer.role !== null && ADMIN_AREA_ROLES.includes(viewer.role);
  if (!areaAdmin && viewer.role !== Role.UNIT_ADMIN) {
    return { problems: [{ row: 1, column: null, code: 'IMPORT_FORBIDDEN', message: 'Only district, street, community and unit admins import ledgers.' }], plan };
  }
  const inScope = (path: string) => !areaAdmin || isBelow(path, viewer.areaPath);

  // a code is unique only among one parent's areas: a code or a name naming several areas is AREA_AMBIGUOUS
  const areasByCode = new Map<string, WorldArea[]>();
  const areasByName = new Map<string, WorldArea[]>();
  for (const a of world.areas) {
    if (a.code) areasByCode.set(a.code, [...(areasByCode.get(a.code) ?? []), a]);
    areasByName.set(a.name, [...(areasByName.get(a.name) ?? []), a]);
  }
  const unitsByName = new Map(world.units.map((u) => [u.name, u]));
  const byKey = new Map(world.resources.filter((r) => r.externalKey !== null).map((r) => [r.externalKey!, r]));
  const byTitle = new Map<string, WorldResource>();
  for (const r of [...world.resources].sort((a, b) => Number(b.id) - Number(a.id))) byTitle.set(`${r.unitName}\u0000${r.title}`, r);

  const seenKeys = new Map<string, number>();
  const seenTitles = new Map<string, number>();
  const seenResources = new Map<string, number>();
  const newUnits = new Map<string, NewUnit>();

  for (const row of rows) {
    const v = row.values;
    const before = problems.length;
    const fault = (key: ColumnKey | null, code: string, message: string) =>
      problems.push({ row: row.line, column: key && COLUMNS[key], code, message });
    const required = (key: ColumnKey): string | null => {
      const value = v[key];
      if (value === undefined) fault(key, 'VALUE_REQUIRED', `${COLUMNS[key]} is empty.`);
      return value ?? null;
    };
    for (const [key, max] of Object.entries(MAX_TEXT) as [ColumnKey, number][]) {
      if ((v[key]?.length ?? 0) > max) fault(key, 'VALUE_TOO_LONG', `${COLUMNS[key]} is longer than ${max} characters.`);
    }

    // the unit
    const unitName = required('unitName');
    const existingUnit = unitName === null ? undefined : unitsByName.get(unitName);
    if (viewer.role === Role.UNIT_ADMIN && unitName !== null && !(existingUnit && actsForOrganization(viewer, existingUnit.id))) {
      fault('unitName', 'UNIT_OUT_OF_SCOPE', `A unit admin imports only its own unit's resources, not ${unitName}'s.`);
    } else if (existingUnit && !inScope(existingUnit.areaPath)) {
      fault('unitName', 'AREA_OUT_OF_SCOPE', `${unitName} lies outside the area you administer.`);
    }

    // the area
    const areaRef = required('area');
    let area: WorldArea | undefined;
    if (areaRef !== null) {
      const named = areasByCode.get(areaRef) ?? areasByName.get(areaRef) ?? [];
      if (named.length === 0) fault('area', 'AREA_NOT_FOUND', `No area has the code or name ${areaRef}.`);
      else if (named.length > 1) fault('area', 'AREA_AMBIGUOUS', `Several areas go by ${areaRef}: give another of its names or codes.`);
      else if (named[0]!.retired) fault('area', 'AREA_RETIRED', `${areaRef} has been retired.`);
      else if (!inScope(named[0]!.path)) fault('area', 'AREA_OUT_OF_SCOPE', `${areaRef} lies outside the area you administer.`);
      else area = named[0];
    }

    // the resource it is
    const title = required('title');
    const key = v.key ?? null;
    let existing: WorldResource | undefined;
    if (key !== null) {
      const first = seenKeys.get(key);
      if (first !== undefined) fault('key', 'DUPLICATE_ROW', `Row ${first} has the same 资源编号 ${key}.`);
      else seenKeys.set(key, row.line);
      existing = byKey.get(key);
      if (existing && unitName !== null && existing.unitName !== unitName) {
        fault('key', 'RESOURCE_KEY_OTHER_UNIT', `资源编号 ${key} belongs to ${existing.unitName}'s resource, not ${unitName}'s.`);
      }
    }
    if (unitName !== null && title !== null) {
      const t = `${unitName}\u0000${title}`;
      const first = seenTitles.get(t);
      if (key === null && first !== undefined) fault('title', 'DUPLICATE_ROW', `Row ${first} has the same 单位名称 and 资源名称 and no 资源编号.`);
      else if (!seenTitles.has(t)) seenTitles.set(t, row.line);
      // by title only a resource without a key, or with the row's: a keyed row never takes another key's resource
      const byName = byTitle.get(t);
      if (!existing && byName && (key === null || byName.externalKey === null)) existing = byName;
    }
    const duplicate = problems.slice(before).some((p) => p.code === 'DUPLICATE_ROW');
    if (existing && !duplicate) {
      const first = seenResources.get(existing.id);
      if (first !== undefined) fault('title', 'DUPLICATE_ROW', `Row ${first} is already about this resource (${existing.title}).`);
      else seenResources.set(existing.id, row.line);
    }
    if (existing?.status === ResourceStatus.WITHDRAWN) fault('title', 'RESOURCE_WITHDRAWN', `${existing.title} has been withdrawn and cannot be changed.`);
    if (existing && !inScope(existing.areaPath)) fault('title', 'AREA_OUT_OF_SCOPE', `${existing.title} lies outside the area you administer.`);

    // its cells
    const kindCell = required('kind');
    const kind = kindCell === null ? null : (KIND_NAMES[kindCell] ?? null);
    if (kindCell !== null && kind === null) fault('kind', 'KIND_UNKNOWN', `${kindCell} is not a 资源类型 (阅览室, 活动场地, 免费停车位…).`);

    const point = coordinates(v, fault, existing === undefined);
    // as createResource's POINT_OUTSIDE_AREA: beyond the named area's boundary by more than AREA_BOUNDARY_TOLERANCE_M
    if (point && area?.boundary && pointBeyond(area.boundary, point, toleranceM)) {
      fault('lng', 'POINT_OUTSIDE_AREA', `The point lies more than ${toleranceM} m outside ${area.name}'s boundary.`);
    }

    let capacity: number | null | undefined;
    if (v.capacity !== undefined) {
      const n = Number(v.capacity.replace(/[,，]/g, ''));
      if (!Number.isInteger(n) || n < 0) fault('capacity', 'CAPACITY_INVALID', `容量 must be a whole number ≥ 0, got ${v.capacity}.`);
      else if (existing && n < existing.acceptedQuantity) {
        fault('capacity', 'CAPACITY_BELOW_ALLOCATED', `${existing.acceptedQuantity} places are already allocated; 容量 cannot go below that.`);
      } else capacity = n;
    } else if (!existing && kind !== null && !OPEN_ACCESS_KINDS.has(kind)) {
      fault('capacity', 'CAPACITY_REQUIRED', `A ${kindCell} is allocated by matching and needs a 容量.`);
    }

    let windows: WeeklyWindow[] | undefined;
    if (v.hours !== undefined) {
      const parsed = parseOpeningHours(v.hours);
      if (parsed.ok) windows = parsed.windows;
      else fault('hours', 'WINDOW_SYNTAX', parsed.message);
    }

    let audiences: Audience[] | undefined;
    if (v.audiences !== undefined) {
      const names = v.audiences.split(/[、,，;；\s]+/).filter(Boolean);
      const unknown = names.filter((n) => !AUDIENCE_NAMES[n]);
      if (unknown.length) fault('audiences', 'AUDIENCE_UNKNOWN', `${unknown.join('、')} is not a 面向对象 (全体居民, 老年人, 中小学生…).`);
      else audiences = [...new Set(names.map((n) => AUDIENCE_NAMES[n]!))];
    }

    if (v.contactPhone !== undefined && !PHONE.test(v.contactPhone)) fault('contactPhone', 'PHONE_INVALID', `${v.contactPhone} is not a phone number.`);

    const publish = v.status !== undefined && PUBLISH_WORDS.has(v.status);
    const finalWindows = windows ?? existing?.windows ?? [];
    if (publish && finalWindows.length === 0) fault('hours', 'WINDOWS_REQUIRED', 'A resource published (状态 发布) needs 开放时间.');

    // a unit the hub lacks: registered from its first row
    if (unitName !== null && !existingUnit && viewer.role !== Role.UNIT_ADMIN && !newUnits.has(unitName)) {
      const unitKind = v.unitKind === undefined ? null : (UNIT_KIND_NAMES[v.unitKind] ?? null);
      if (v.unitKind === undefined) fault('unitKind', 'UNIT_KIND_REQUIRED', `${unitName} is not registered yet: give its 单位类型.`);
      else if (unitKind === null) fault('unitKind', 'UNIT_KIND_UNKNOWN', `${v.unitKind} is not a 单位类型 (机关事业单位, 学校, 医院, 企业, 社会组织).`);
      if (unitKind !== null && area) {
        newUnits.set(unitName, {
          name: unitName, kind: unitKind, areaId: area.id, areaPath: area.path, address: v.address ?? '',
          contactName: v.contactName ?? null, contactPhone: v.contactPhone ?? null,
        });
      }
    }

    if (problems.length > before || unitName === null || title === null || kind === null || !area) continue;
    const fields: ResourceFields = {
      kind,
      title,
      description: v.description ?? existing?.description ?? '',
      address: v.address ?? existing?.address ?? '',
      lat: point?.lat ?? existing!.lat,
      lng: point?.lng ?? existing!.lng,
      areaId: area.id,
      areaPath: area.path,
      capacity: capacity !== undefined ? capacity : (existing?.capacity ?? null),
      capacityUnit: v.capacityUnit ?? existing?.capacityUnit ?? null,
      audiences: audiences ?? existing?.audiences ?? [Audience.ALL_RESIDENTS],
      windows: finalWindows,
      externalKey: key ?? existing?.externalKey ?? null,
    };
    if (!existing) {
      const accessMode = OPEN_ACCESS_KINDS.has(kind) ? AccessMode.OPEN_ACCESS : AccessMode.ALLOCATED;
      plan.creates.push({ ...fields, unitName, accessMode, publish });
      continue;
    }
    const changed = (Object.keys(fields) as (keyof ResourceFields)[]).filter((f) => !sameJson(fields[f], existing[f]));
    const publishes = publish && (existing.status === ResourceStatus.DRAFT || existing.status === ResourceStatus.PAUSED);
    if (changed.length === 0 && !publishes) {
      plan.unchanged++;
      continue;
    }
    plan.updates.push({
      ...fields, id: existing.id, version: existing.version, organizationId: existing.organizationId, status: existing.status, changed, publish: publishes,
    });
  }
  plan.newUnits = [...newUnits.values()];
  return { problems, plan };
}

/** 经度/纬度/坐标系 as a WGS-84 point; null when both are empty (allowed only for a resource already stored). */
function coordinates(
  v: ImportRow['values'],
  fault: (key: ColumnKey, code: string, message: string) => void,
  needed: boolean,
): LatLng | null {
  if (v.lng === undefined && v.lat === undefined) {
    if (needed) fault('lng', 'COORDINATES_MISSING', 'A new resource needs 经度 and 纬度 (the hub does not geocode addresses).');
    return null;
  }
  if (v.lng === undefined || v.lat === undefined) {
    fault(v.lng === undefined ? 'lng' : 'lat', 'COORDINATES_MISSING', '经度 and 纬度 are given together or not at all.');
    return null;
  }
  const lng = Number(v.lng);
  const lat = Number(v.lat);
  let ok = true;
  if (!Number.isFinite(lng) || lng < -180 || lng > 180) {
    fault('lng', 'COORDINATES_INVALID', `经度 must be a number from -180 to 180, got ${v.lng}.`);
    ok = false;
  }
  if (!Number.isFinite(lat) || lat < -90 || lat > 90) {
    fault('lat', 'COORDINATES_INVALID', `纬度 must be a number from -90 to 90, got ${v.lat}.`);
    ok = false;
  }
  if (v.system === undefined) {
    fault('system', 'COORDINATE_SYSTEM_REQUIRED', '坐标系 is required with coordinates (WGS84, GCJ02 or BD09): a wrong guess shifts a point by some 500 m.');
    return null;
  }
  const system = SYSTEM_NAMES[v.system.toUpperCase()] ?? SYSTEM_NAMES[v.system];
  if (!system) {
    fault('system', 'COORDINATE_SYSTEM_UNKNOWN', `${v.system} is not a 坐标系: WGS84, GCJ02 or BD09.`);
    return null;
  }
  if (!ok) return null;
  const p = toWgs84(system, lat, lng);
  return { lat: Math.round(p.lat * 1e7) / 1e7, lng: Math.round(p.lng * 1e7) / 1e7 };
}
