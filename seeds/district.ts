/**
 * Deterministic, pure seed data for one district: its area tree, resident units, their shared resources
 * and the holiday calendar. At scale 1 it reproduces the district's published figures exactly; scale N
 * puts N copies of the 5 streets (and everything under them) side by side under the one district.
 * No database, no clock, no Math.random: the same options always give the same data.
 */
import { AreaKind } from '../src/modules/areas/area.enums.js';
import { OrganizationKind } from '../src/modules/organizations/organization.enums.js';
import { AccessMode, Audience, ResourceKind } from '../src/modules/resources/resource.enums.js';
import type { HolidayDate, ScheduleException, WeeklyWindow } from '../src/shared/schedule/schedule.types.js';
import {
  BANKS, BRANDS, CITY, COMMUNITY_ENDINGS, COMMUNITY_STEMS, COMPANY_TEMPLATES, DISTRICT_AGENCIES, DISTRICT_CODE,
  DISTRICT_NAME, GIVEN_NAMES, HOSPITAL_TEMPLATES, INDUSTRIES, ORG_DESCRIPTIONS, PHONE_PREFIXES, RESOURCE_DESCRIPTIONS,
  ROADS, SCHEDULES, SOCIAL_TEMPLATES, STREET_AGENCIES, STREET_PLACES, SURNAMES, TITLE_ENDINGS, type OrgTag,
} from './names.js';
import { mulberry32, type Rng } from '../src/shared/random.js';

/** A seeded area; `box`, for streets, communities and grids, is the rectangle it tiles (its boundary), WGS-84. */
export interface SeedArea { key: string; parentKey: string | null; kind: AreaKind; name: string; code: string; lat: number; lng: number; box: SeedBox | null }
export interface SeedBox { minLat: number; minLng: number; maxLat: number; maxLng: number }
/** The kinds of resident units (every kind but DEPARTMENT): what the district's 404 are. */
type UnitKind = Exclude<OrganizationKind, OrganizationKind.DEPARTMENT>;

export interface SeedOrganization { key: string; kind: OrganizationKind; name: string; areaKey: string; address: string; contactName: string; contactPhone: string; description: string; lat: number; lng: number }
export interface SeedResource { key: string; organizationKey: string; areaKey: string; kind: ResourceKind; title: string; description: string; address: string; lat: number; lng: number; capacity: number | null; capacityUnit: string | null; accessMode: AccessMode; audiences: Audience[]; windows: WeeklyWindow[]; exceptions: ScheduleException[] }
export interface DistrictData { areas: SeedArea[]; organizations: SeedOrganization[]; resources: SeedResource[]; holidays: HolidayDate[] }

// ---- per copy of the 5 streets: the published figures ----------------------------------------------
const COMMUNITIES_PER_STREET = [7, 6, 6, 6, 6]; // 31
const GRIDS_PER_COPY = 63;
const BUILDING_GROUPS_PER_COPY = 113;
const ORG_COUNTS = { AGENCY: 72, SCHOOL: 48, HOSPITAL: 36, SOCIAL_ORGANIZATION: 40, COMPANY: 208 }; // 404
const PARKING_LOTS_PER_COPY = 150;
const PARKING_SPACES_PER_COPY = 5_596;
const RESOURCE_COUNTS: readonly [ResourceKind, number][] = [
  [ResourceKind.READING_ROOM, 45], [ResourceKind.ACTIVITY_VENUE, 83], [ResourceKind.CIVIC_CLASSROOM, 196],
  [ResourceKind.PARKING, PARKING_LOTS_PER_COPY], [ResourceKind.TOILET, 190], [ResourceKind.WATER_POINT, 162],
  [ResourceKind.BREAKFAST, 60], [ResourceKind.AFTER_SCHOOL_CLASSROOM, 13], [ResourceKind.CLINIC, 66],
  [ResourceKind.DAY_CARE, 15],
];
/** Capacity range (multiples of 5) and unit; null for open-access kinds. Parking is drawn separately. */
const CAPACITY: Partial<Record<ResourceKind, readonly [number, number, string]>> = {
  READING_ROOM: [20, 120, '个座位'], ACTIVITY_VENUE: [30, 300, '人'], CIVIC_CLASSROOM: [20, 80, '人'],
  BREAKFAST: [10, 60, '份'], AFTER_SCHOOL_CLASSROOM: [20, 60, '名学生'], CLINIC: [10, 40, '人次/天'],
  DAY_CARE: [10, 40, '张床位'],
};

// ---- randomness ----------------------------------------------------------------------------------
/** Each copy has its own stream, so copy 1 is the same at every scale. */
function copyRng(seed: number, copy: number): Rng {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(copy + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  return mulberry32((h ^ (h >>> 15)) >>> 0);
}
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
export function shuffle<T>(r: Rng, xs: readonly T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}
/** n counts ≥ 1 (and ≤ max) adding up to total. */
function spread(r: Rng, total: number, n: number, max: number): number[] {
  const counts = new Array<number>(n).fill(1);
  for (let left = total - n; left > 0;) {
    const i = Math.floor(r() * n);
    if (counts[i]! < max) { counts[i]!++; left--; }
  }
  return counts;
}

// ---- text helpers --------------------------------------------------------------------------------
const DIGITS = '零一二三四五六七八九';
/** 1 → 一, 12 → 十二, 105 → 一百零五 (below 10,000). */
function cnNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  const [unit, size] = n < 1000 ? ['百', 100] as const : ['千', 1000] as const;
  const rest = n % size;
  const tail = rest === 0 ? '' : rest < size / 10 ? `零${cnNumber(rest)}` : rest < 20 ? `一${cnNumber(rest)}` : cnNumber(rest);
  return `${DIGITS[Math.floor(n / size)]}${unit}${tail}`;
}
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

// ---- geography: a local metric frame, x east and y south of the first copy's north-west corner --------
const CENTER_LAT = 39.92;
const CENTER_LNG = 116.44;
const COPY_METERS = 6_000;
const M_PER_DEG_LAT = 111_195;
const M_PER_DEG_LNG = M_PER_DEG_LAT * Math.cos((CENTER_LAT * Math.PI) / 180);
interface Point { x: number; y: number }
interface Rect extends Point { w: number; h: number }
const latLng = (p: Point) => ({
  lat: round6(CENTER_LAT + (COPY_METERS / 2 - p.y) / M_PER_DEG_LAT),
  lng: round6(CENTER_LNG + (p.x - COPY_METERS / 2) / M_PER_DEG_LNG),
});
/** A cell's rectangle in WGS-84: its north-west and south-east corners, rounded as every seeded coordinate is. */
function boxOf(c: Rect): SeedBox {
  const nw = latLng(c);
  const se = latLng({ x: c.x + c.w, y: c.y + c.h });
  return { minLat: se.lat, minLng: nw.lng, maxLat: nw.lat, maxLng: se.lng };
}
/** The 5 street blocks of a copy: two 3×3 km on top, three 2×3 km below. */
const STREET_BLOCKS: readonly Rect[] = [
  { x: 0, y: 0, w: 3000, h: 3000 }, { x: 3000, y: 0, w: 3000, h: 3000 },
  { x: 0, y: 3000, w: 2000, h: 3000 }, { x: 2000, y: 3000, w: 2000, h: 3000 }, { x: 4000, y: 3000, w: 2000, h: 3000 },
];
/** Splits a block into k cells in near-square rows that tile it exactly. */
function split(b: Rect, k: number): Rect[] {
  const rows = Math.min(k, Math.max(1, Math.round(Math.sqrt((k * b.h) / b.w))));
  const cells: Rect[] = [];
  for (let row = 0; row < rows; row++) {
    const inRow = Math.floor(k / rows) + (row < k % rows ? 1 : 0);
    for (let col = 0; col < inRow; col++) {
      cells.push({ x: b.x + (col * b.w) / inRow, y: b.y + (row * b.h) / rows, w: b.w / inRow, h: b.h / rows });
    }
  }
  return cells;
}
/** The centre of a cell, moved at most 15% of its size: always inside the cell. */
const centroid = (r: Rng, c: Rect): Point => ({ x: c.x + c.w * (0.35 + 0.3 * r()), y: c.y + c.h * (0.35 + 0.3 * r()) });
function near(r: Rng, p: Point, meters: number): Point {
  const angle = r() * 2 * Math.PI;
  const d = meters * Math.sqrt(r());
  return { x: p.x + d * Math.cos(angle), y: p.y + d * Math.sin(angle) };
}

// ---- schedule exceptions: a few, so the calendar logic has something to apply ---------------------
const SPRING_FESTIVAL_2026 = { from: '2026-02-15', to: '2026-02-23' };
function exceptionsFor(r: Rng, kind: ResourceKind): ScheduleException[] {
  const closed = (from: string, to: string, note: string) => [{ from, to, closed: true, hours: [], note }];
  const x = r();
  switch (kind) {
    case ResourceKind.READING_ROOM: case ResourceKind.ACTIVITY_VENUE: case ResourceKind.CIVIC_CLASSROOM:
      return x < 0.12 ? closed(SPRING_FESTIVAL_2026.from, SPRING_FESTIVAL_2026.to, '春节闭馆') : [];
    case ResourceKind.DAY_CARE: case ResourceKind.BREAKFAST:
      return x < 0.2 ? closed(SPRING_FESTIVAL_2026.from, SPRING_FESTIVAL_2026.to, '春节期间暂停服务') : [];
    case ResourceKind.PARKING:
      return x < 0.05 ? closed('2026-10-01', '2026-10-07', '国庆期间单位值班用车，暂停对外开放') : [];
    case ResourceKind.WATER_POINT:
      return x < 0.1
        ? [{ from: '2026-06-01', to: '2026-08-31', closed: false, hours: [{ start: '05:00', end: '22:00' }], note: '夏季延长供水时间' }]
        : [];
    default:
      return [];
  }
}

// ---- holidays ------------------------------------------------------------------------------------
/**
 * 2026: as published by the General Office of the State Council on 2025-11-04 (国务院办公厅关于2026年部分节假日安排的通知).
 * 2027: NOT yet published when this was written. A plausible arrangement from the lunar dates (除夕 2027-02-05,
 * 端午 06-09, 中秋 09-15, both Wednesdays, given as single days) and the 2025 rules (春节 4 statutory days incl.
 * 除夕, 劳动节 2). The district admin replaces it once the State Council publishes the real one.
 */
const HOLIDAY_PLAN: readonly { name: string; from: string; to: string; makeup: readonly string[] }[] = [
  { name: '元旦', from: '2026-01-01', to: '2026-01-03', makeup: ['2026-01-04'] },
  { name: '春节', from: '2026-02-15', to: '2026-02-23', makeup: ['2026-02-14', '2026-02-28'] },
  { name: '清明节', from: '2026-04-04', to: '2026-04-06', makeup: [] },
  { name: '劳动节', from: '2026-05-01', to: '2026-05-05', makeup: ['2026-05-09'] },
  { name: '端午节', from: '2026-06-19', to: '2026-06-21', makeup: [] },
  { name: '中秋节', from: '2026-09-25', to: '2026-09-27', makeup: [] },
  { name: '国庆节', from: '2026-10-01', to: '2026-10-07', makeup: ['2026-09-20', '2026-10-10'] },
  { name: '元旦', from: '2027-01-01', to: '2027-01-03', makeup: [] },
  { name: '春节', from: '2027-02-05', to: '2027-02-14', makeup: ['2027-01-31', '2027-02-20'] },
  { name: '清明节', from: '2027-04-03', to: '2027-04-05', makeup: [] },
  { name: '劳动节', from: '2027-05-01', to: '2027-05-05', makeup: ['2027-05-08'] },
  { name: '端午节', from: '2027-06-09', to: '2027-06-09', makeup: [] },
  { name: '中秋节', from: '2027-09-15', to: '2027-09-15', makeup: [] },
  { name: '国庆节', from: '2027-10-01', to: '2027-10-07', makeup: ['2027-09-26', '2027-10-09'] },
];
function chineseHolidays(): HolidayDate[] {
  const out: HolidayDate[] = [];
  for (const h of HOLIDAY_PLAN) {
    for (let t = Date.parse(`${h.from}T00:00:00Z`); t <= Date.parse(`${h.to}T00:00:00Z`); t += 86_400_000) {
      out.push({ date: new Date(t).toISOString().slice(0, 10), kind: 'HOLIDAY', name: h.name });
    }
    for (const date of h.makeup) out.push({ date, kind: 'MAKEUP_WORKDAY', name: `${h.name}调休上班` });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

// ---- the generator -------------------------------------------------------------------------------
interface Community { key: string; code: string; place: string; streetPlace: string; grids: { key: string; at: Point }[] }
interface Org { out: SeedOrganization; tag: OrgTag; at: Point }

function parkingCapacities(r: Rng, n: number, total: number, lo = 5, hi = 120): number[] {
  const raw = Array.from({ length: n }, () => lo + Math.floor(r() ** 1.6 * (hi - lo + 1)));
  const f = (total - lo * n) / (raw.reduce((s, c) => s + c, 0) - lo * n);
  const caps = raw.map((c) => Math.min(hi, Math.max(lo, Math.round(lo + (c - lo) * f))));
  let diff = total - caps.reduce((s, c) => s + c, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % n) {
    if (diff > 0 && caps[i]! < hi) { caps[i]!++; diff--; } else if (diff < 0 && caps[i]! > lo) { caps[i]!--; diff++; }
  }
  return caps;
}

/** Whether an organisation may own a resource of the kind: 2 preferred, 1 allowed, 0 not. */
function fit(kind: ResourceKind, o: Org): 0 | 1 | 2 {
  const k = o.out.kind; const t = o.tag;
  const storefront = ['store', 'food', 'fuel', 'bank', 'utility'].includes(t);
  switch (kind) {
    case ResourceKind.READING_ROOM:
      return t === 'library' || t === 'culture' ? 2
        : t === 'gov' || ['primary', 'middle', 'vocational', 'office', 'bank', 'social', 'volunteer'].includes(t) ? 1 : 0;
    case ResourceKind.ACTIVITY_VENUE:
      return ['culture', 'primary', 'middle', 'vocational'].includes(t) ? 2 : ['store', 'food', 'fuel', 'kindergarten'].includes(t) ? 0 : 1;
    case ResourceKind.CIVIC_CLASSROOM: return 1;
    case ResourceKind.PARKING:
      return k === OrganizationKind.AGENCY || ['primary', 'middle', 'vocational', 'office', 'bank', 'hotel', 'utility'].includes(t) ? 1 : 0;
    case ResourceKind.TOILET:
      return storefront || t === 'hotel' ? 2 : k === OrganizationKind.AGENCY || k === OrganizationKind.HOSPITAL || t === 'office' ? 1 : 0;
    case ResourceKind.WATER_POINT:
      return storefront || t === 'sanitation' ? 2 : k === OrganizationKind.AGENCY || t === 'hotel' || t === 'office' ? 1 : 0;
    case ResourceKind.BREAKFAST: return t === 'food' ? 2 : k === OrganizationKind.COMPANY ? 1 : 0;
    case ResourceKind.AFTER_SCHOOL_CLASSROOM: return t === 'primary' ? 2 : 0;
    case ResourceKind.CLINIC: return k === OrganizationKind.HOSPITAL ? 2 : 0;
    case ResourceKind.DAY_CARE: return t === 'chc' || t === 'elder' ? 2 : 0;
    default: return 0;
  }
}

function titleEndings(kind: ResourceKind, o: Org): readonly string[] {
  const k = o.out.kind as UnitKind;
  switch (kind) {
    case ResourceKind.READING_ROOM: {
      const e = TITLE_ENDINGS.READING_ROOM;
      return o.tag === 'library' ? e.library : k === OrganizationKind.SCHOOL ? e.SCHOOL : k === OrganizationKind.COMPANY ? e.COMPANY : e.other;
    }
    case ResourceKind.ACTIVITY_VENUE: return TITLE_ENDINGS.ACTIVITY_VENUE[k];
    case ResourceKind.CIVIC_CLASSROOM: return o.tag === 'bank' ? TITLE_ENDINGS.CIVIC_CLASSROOM.bank : TITLE_ENDINGS.CIVIC_CLASSROOM[k];
    case ResourceKind.PARKING: return TITLE_ENDINGS.PARKING[k as 'AGENCY' | 'SCHOOL' | 'COMPANY'];
    default: return TITLE_ENDINGS[kind as Exclude<ResourceKind, 'READING_ROOM' | 'ACTIVITY_VENUE' | 'CIVIC_CLASSROOM' | 'PARKING' | 'OTHER'>];
  }
}

export function generateDistrict(options: { scale?: number; seed?: number } = {}): DistrictData {
  const scale = options.scale ?? 1;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(scale) || scale < 1) throw new RangeError(`scale must be a positive integer, got ${scale}`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);

  const cols = Math.ceil(Math.sqrt(scale));
  const rows = Math.ceil(scale / cols);
  const district: SeedArea = {
    key: 'district', parentKey: null, kind: AreaKind.DISTRICT, name: DISTRICT_NAME, code: DISTRICT_CODE,
    ...latLng({ x: (cols * COPY_METERS) / 2, y: (rows * COPY_METERS) / 2 }), box: null,
  };
  const levels: SeedArea[][] = [[district], [], [], [], []];
  const organizations: SeedOrganization[] = [];
  const resources: SeedResource[] = [];
  const names = new Set<string>();
  const titles = new Set<string>();
  const kindCounters = new Map<ResourceKind, number>();
  let communitySeq = 0;

  for (let copy = 0; copy < scale; copy++) {
    const r = copyRng(seed, copy);
    const offset: Point = { x: (copy % cols) * COPY_METERS, y: Math.floor(copy / cols) * COPY_METERS };
    const area = (key: string, parentKey: string, kind: AreaKind, name: string, code: string, at: Point, depth: number, cell: Rect | null = null) =>
      levels[depth]!.push({ key, parentKey, kind, name, code, ...latLng(at), box: cell && boxOf(cell) });

    // areas: streets → communities → grids → building groups
    const communities: Community[] = [];
    const streetCommunities: Community[][] = [];
    const gridCounts = spread(r, GRIDS_PER_COPY, 31, 4);
    const buildingCounts = spread(r, BUILDING_GROUPS_PER_COPY, GRIDS_PER_COPY, 4);
    let gridSeq = 0;
    STREET_BLOCKS.forEach((b, si) => {
      const s = copy * STREET_BLOCKS.length + si + 1;
      const round = Math.floor((s - 1) / STREET_PLACES.length);
      const place = STREET_PLACES[(s - 1) % STREET_PLACES.length]! + (round ? cnNumber(round + 1) : '');
      const block: Rect = { ...b, x: b.x + offset.x, y: b.y + offset.y };
      const streetKey = `street-${s}`;
      const streetCode = `${DISTRICT_CODE}${pad(s, 3)}`;
      area(streetKey, 'district', AreaKind.STREET, `${place}街道`, streetCode, centroid(r, block), 1, block);
      const mine: Community[] = [];
      split(block, COMMUNITIES_PER_STREET[si]!).forEach((cell, ci0) => {
        const ci = ci0 + 1;
        const n = communitySeq++;
        const stem = n % COMMUNITY_STEMS.length;
        const lap = Math.floor(n / COMMUNITY_STEMS.length);
        const cPlace = COMMUNITY_STEMS[stem]! + COMMUNITY_ENDINGS[(stem + lap) % COMMUNITY_ENDINGS.length]!
          + (lap >= COMMUNITY_ENDINGS.length ? `${cnNumber(Math.floor(lap / COMMUNITY_ENDINGS.length) + 1)}区` : '');
        const c: Community = { key: `community-${s}-${pad(ci, 2)}`, code: `${streetCode}${pad(ci, 3)}`, place: cPlace, streetPlace: place, grids: [] };
        area(c.key, streetKey, AreaKind.COMMUNITY, `${cPlace}社区`, c.code, centroid(r, cell), 2, cell);
        let buildingNo = 1;
        split(cell, gridCounts[communities.length]!).forEach((gCell, g0) => {
          const g = g0 + 1;
          const grid = { key: `grid-${s}-${pad(ci, 2)}-${g}`, at: centroid(r, gCell) };
          const gridCode = `${c.code}${pad(g, 3)}`;
          area(grid.key, c.key, AreaKind.GRID, `第${cnNumber(g)}网格`, gridCode, grid.at, 3, gCell);
          c.grids.push(grid);
          split(gCell, buildingCounts[gridSeq++]!).forEach((bCell, b0) => {
            const size = r() < 0.4 ? 1 : int(r, 2, 4);
            const name = size === 1 ? `${buildingNo}号楼` : `${buildingNo}-${buildingNo + size - 1}号楼`;
            buildingNo += size;
            area(`building-${s}-${pad(ci, 2)}-${g}-${b0 + 1}`, grid.key, AreaKind.BUILDING, name, `${gridCode}${pad(b0 + 1, 3)}`, centroid(r, bCell), 4);
          });
        });
        communities.push(c);
        mine.push(c);
      });
      streetCommunities.push(mine);
    });

    // organisations: names first (unique in the whole district), then places and contacts
    const drafts: { kind: UnitKind; tag: OrgTag; name: string; c: Community }[] = [];
    const count = (kind: OrganizationKind) => drafts.filter((d) => d.kind === kind).length;
    const add = (kind: UnitKind, tag: OrgTag, template: string, c: Community) => {
      const name = template.replaceAll('{S}', c.streetPlace).replaceAll('{P}', c.place).replace('{bank}', pick(r, BANKS))
        .replace('{brand}', pick(r, BRANDS)).replace('{industry}', pick(r, INDUSTRIES));
      if (names.has(name)) return;
      names.add(name);
      drafts.push({ kind, tag, name, c });
    };
    const fillUp = (kind: OrganizationKind, target: number, attempt: () => void) => {
      for (let tries = 0; count(kind) < target; tries++) {
        if (tries > 100_000) throw new Error(`seed: cannot find unique names for ${kind}`);
        attempt();
      }
    };
    const A = OrganizationKind.AGENCY;
    if (copy === 0) for (const [name, tag] of DISTRICT_AGENCIES) add(A, tag, name, pick(r, communities));
    for (const [template, tag] of STREET_AGENCIES) {
      for (const mine of streetCommunities) if (count(A) < ORG_COUNTS.AGENCY) add(A, tag, template, pick(r, mine));
    }
    fillUp(A, ORG_COUNTS.AGENCY, () => add(A, 'gov', pick(r, ['{P}社区党群服务中心', '{P}社区综治中心']), pick(r, communities)));
    const schoolTypes: [string, OrgTag, number][] = [['{P}小学', 'primary', 20], ['{P}中学', 'middle', 14], ['{P}幼儿园', 'kindergarten', 12], ['{P}职业学校', 'vocational', 2]];
    for (const [template, tag, n] of schoolTypes) shuffle(r, communities).slice(0, n).forEach((c) => add(OrganizationKind.SCHOOL, tag, template, c));
    const H = OrganizationKind.HOSPITAL;
    for (const mine of streetCommunities) add(H, 'chc', '{S}社区卫生服务中心', pick(r, mine));
    shuffle(r, communities).slice(0, 19).forEach((c) => add(H, 'clinic', '{P}社区卫生服务站', c));
    fillUp(H, ORG_COUNTS.HOSPITAL, () => add(H, 'hospital', pick(r, HOSPITAL_TEMPLATES), pick(r, communities)));
    const SO = OrganizationKind.SOCIAL_ORGANIZATION;
    shuffle(r, communities).slice(0, 10).forEach((c) => add(SO, 'elder', '{P}养老服务驿站', c));
    for (const mine of streetCommunities) add(SO, 'volunteer', '{S}街道志愿者协会', pick(r, mine));
    fillUp(SO, ORG_COUNTS.SOCIAL_ORGANIZATION, () => add(SO, 'social', pick(r, SOCIAL_TEMPLATES), pick(r, communities)));
    for (const mine of streetCommunities) add(OrganizationKind.COMPANY, 'utility', '国家电网东城供电公司{S}供电所', pick(r, mine));
    const totalWeight = COMPANY_TEMPLATES.reduce((s, t) => s + t.weight, 0);
    fillUp(OrganizationKind.COMPANY, ORG_COUNTS.COMPANY, () => {
      let w = r() * totalWeight;
      const t = COMPANY_TEMPLATES.find((x) => (w -= x.weight) < 0) ?? COMPANY_TEMPLATES[0]!;
      add(OrganizationKind.COMPANY, t.tag, pick(r, t.names), pick(r, communities));
    });

    const orgs: Org[] = drafts.map((d) => {
      const grid = pick(r, d.c.grids);
      const at = near(r, grid.at, 250);
      const road = pick(r, ROADS);
      const address = `${CITY}${DISTRICT_NAME}${pick(r, [`${road}${int(r, 1, 199)}号`, `${d.c.place}${int(r, 1, 60)}号`, `${road}甲${int(r, 1, 99)}号`, `${road}${int(r, 1, 120)}号院`])}`;
      const out: SeedOrganization = {
        key: `org-${pad(organizations.length + 1, 4)}`, kind: d.kind, name: d.name, areaKey: grid.key, address,
        contactName: pick(r, SURNAMES) + pick(r, GIVEN_NAMES),
        contactPhone: pick(r, PHONE_PREFIXES) + pad(Math.floor(r() * 1e8), 8),
        description: pick(r, ORG_DESCRIPTIONS[d.kind]).replaceAll('{S}', `${d.c.streetPlace}`).replaceAll('{P}', d.c.place),
        ...latLng(at),
      };
      organizations.push(out);
      return { out, tag: d.tag, at };
    });

    // resources: each kind spread over the units that fit it, preferred ones first
    const parking = parkingCapacities(r, PARKING_LOTS_PER_COPY, PARKING_SPACES_PER_COPY);
    for (const [kind, n] of RESOURCE_COUNTS) {
      const owners = [...shuffle(r, orgs.filter((o) => fit(kind, o) === 2)), ...shuffle(r, orgs.filter((o) => fit(kind, o) === 1))];
      if (owners.length === 0) throw new Error(`seed: no organisation fits ${kind}`);
      for (let i = 0; i < n; i++) {
        const o = owners[i % owners.length]!;
        const nth = Math.floor(i / owners.length);
        const endings = titleEndings(kind, o);
        let title = `${o.out.name}${endings[nth % endings.length]}${nth >= endings.length ? cnNumber(nth + 1) : ''}`;
        for (let k = 2; titles.has(title); k++) title = `${o.out.name}${endings[0]}（${cnNumber(k)}）`;
        titles.add(title);
        const seq = (kindCounters.get(kind) ?? 0) + 1;
        kindCounters.set(kind, seq);
        const cap = CAPACITY[kind];
        const capacity = kind === ResourceKind.PARKING ? parking[i]! : cap ? cap[0] + 5 * int(r, 0, (cap[1] - cap[0]) / 5) : null;
        const variants = SCHEDULES[kind]!;
        const schedule = r() < 0.6 ? variants[0]! : pick(r, variants);
        const audiences = kind === ResourceKind.WATER_POINT ? (r() < 0.6 ? [Audience.SANITATION_WORKERS, Audience.OUTDOOR_WORKERS] : [Audience.SANITATION_WORKERS])
          : kind === ResourceKind.BREAKFAST ? [Audience.SANITATION_WORKERS]
            : kind === ResourceKind.AFTER_SCHOOL_CLASSROOM ? [Audience.PUPILS]
              : kind === ResourceKind.DAY_CARE ? [Audience.ELDERLY]
                : kind === ResourceKind.CLINIC ? (r() < 0.4 ? [Audience.PEOPLE_IN_DIFFICULTY, Audience.ELDERLY] : [Audience.PEOPLE_IN_DIFFICULTY])
                  : [Audience.ALL_RESIDENTS];
        resources.push({
          key: `res-${kind}-${pad(seq, 4)}`, organizationKey: o.out.key, areaKey: o.out.areaKey, kind, title,
          description: RESOURCE_DESCRIPTIONS[kind as keyof typeof RESOURCE_DESCRIPTIONS].replace('{cap}', String(capacity)),
          address: o.out.address, ...latLng(near(r, o.at, 80)),
          capacity, capacityUnit: kind === ResourceKind.PARKING ? '个车位' : cap ? cap[2] : null,
          accessMode: capacity === null ? AccessMode.OPEN_ACCESS : AccessMode.ALLOCATED,
          audiences,
          windows: schedule.map(([days, dayType, start, end]) => ({ days: [...days], dayType, start, end })),
          exceptions: exceptionsFor(r, kind),
        });
      }
    }
  }
  return { areas: levels.flat(), organizations, resources, holidays: chineseHolidays() };
}
