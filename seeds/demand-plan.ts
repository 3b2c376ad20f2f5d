/**
 * The demand lists and demands of the seeded district, as pure data (no database): per community, one
 * list per grid for November 2026 — the first grid's always PUBLISHED, the others mostly so — holding a
 * PLACED demand of every resource kind, plus a few more (POSTED ones in lists still collecting or
 * submitted, and community-wide ones from the 12345 hotline). Each demand is written as a grid worker
 * writes it and is anchored on a resource of its kind, the nearest in its community (else its street,
 * else anywhere), so that matching can serve it: quantity within that resource's capacity, audience
 * among its audiences, weekly windows inside its windows, a radius reaching it (residents walk 500–1500 m;
 * more only where the nearest is further). Deterministic: each community has its own PRNG stream.
 */
import { ResourceKind, type Audience } from '../src/modules/resources/resource.enums.js';
import { greatCircleMeters } from '../src/shared/geo.js';
import { validateWindows } from '../src/shared/schedule/schedule.js';
import type { WeeklyWindow } from '../src/shared/schedule/schedule.types.js';
import { DEMAND_TEXTS, RESIDENTS } from './demand-texts.js';
import type { DistrictData, SeedArea, SeedResource } from './district.js';
import { mulberry32, type Rng } from '../src/shared/random.js';

function rngFor(key: string): Rng {
  let h = 0x811c9dc5;
  for (const ch of `demands:${key}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return mulberry32(h >>> 0);
}
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const weighted = <T>(r: Rng, xs: readonly (readonly [T, number])[]): T => {
  let w = r() * xs.reduce((s, [, n]) => s + n, 0);
  return (xs.find(([, n]) => (w -= n) < 0) ?? xs[0]!)[0];
};

const DAY = 86_400_000;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const at = (date: string, minute: number) =>
  `${date}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00+08:00`;

export const KINDS = Object.values(ResourceKind).filter((k): k is Exclude<ResourceKind, 'OTHER'> => k !== ResourceKind.OTHER);
const QUANTITY: Record<(typeof KINDS)[number], readonly [number, number]> = {
  READING_ROOM: [4, 15], ACTIVITY_VENUE: [20, 60], CIVIC_CLASSROOM: [15, 40], PARKING: [3, 20], TOILET: [10, 40],
  WATER_POINT: [5, 20], BREAKFAST: [5, 20], AFTER_SCHOOL_CLASSROOM: [3, 15], CLINIC: [2, 10], DAY_CARE: [1, 6],
};
const URGENCY = [['LOW', 15], ['NORMAL', 55], ['HIGH', 22], ['URGENT', 8]] as const;
const CHANNEL = [['GRID_VISIT', 45], ['MINI_PROGRAM', 20], ['HOTLINE_12345', 15], ['RESIDENT_MEETING', 15], ['OTHER', 5]] as const;
const PERIOD = { start: '2026-11-01', end: '2026-11-30' };

export type ListStatus = 'COLLECTING' | 'SUBMITTED' | 'PUBLISHED';
export interface ListPlan {
  key: string; gridKey: string; title: string; status: ListStatus; periodStart: string; periodEnd: string;
  openedBy: string; openedAt: string; submittedAt: string | null; publishedAt: string | null; publishedBy: string;
}
export interface DemandPlan {
  areaKey: string; listKey: string | null; anchorKey: string; title: string; description: string; kinds: ResourceKind[];
  quantity: number; windows: WeeklyWindow[]; startDate: string; endDate: string; lat: number; lng: number; radiusMeters: number;
  audience: Audience; urgency: string; channel: string; orderedAt: string; orderedBy: string; recordedBy: string;
  placedBy: string | null; placedAt: string | null; status: 'POSTED' | 'PLACED';
}

const fmt = (m: number) => (m === 1440 ? '24:00' : `${String(Math.floor((m % 1440) / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
const minutes = (t: string) => (t === '24:00' ? 1440 : Number(t.slice(0, 2)) * 60 + Number(t.slice(3)));

/** A window inside `w`: the same day type, some of its days, a shorter stretch of its hours. */
function narrowed(r: Rng, w: WeeklyWindow): WeeklyWindow {
  const start = minutes(w.start);
  const length = (minutes(w.end) - start + 1440) % 1440 || 1440;
  const trim = Math.max(0, Math.floor((length - 90) / 30));
  const cutStart = 30 * int(r, 0, Math.min(2, trim));
  const cutEnd = 30 * int(r, 0, Math.min(2, trim - cutStart / 30));
  const workdays = w.days.filter((d) => d <= 5);
  const days = w.days.length === 7 && w.dayType !== 'REST_DAY' && r() < 0.5 && workdays.length ? workdays : w.days;
  const end = start + length - cutEnd;
  return { days: [...days], dayType: w.dayType, start: fmt(start + cutStart), end: end === 1440 ? '24:00' : fmt(end % 1440) };
}

function windowsFrom(r: Rng, anchor: SeedResource): WeeklyWindow[] {
  const chosen = anchor.windows.length > 1 && r() < 0.3 ? anchor.windows : anchor.windows.slice(0, 1);
  const windows = chosen.map((w) => narrowed(r, w));
  return validateWindows(windows).length ? chosen.map((w) => ({ ...w, days: [...w.days] })) : windows;
}

/** Lists and demands for every community of the district, in a stable order. */
export function planDemands(data: DistrictData): { lists: ListPlan[]; demands: DemandPlan[] } {
  const areas = new Map(data.areas.map((a) => [a.key, a]));
  const parentOf = (key: string) => areas.get(key)!.parentKey!;
  const gridsOf = new Map<string, SeedArea[]>();
  const buildingsOf = new Map<string, string[]>();
  for (const a of data.areas) {
    if (a.kind === 'GRID') gridsOf.set(a.parentKey!, [...(gridsOf.get(a.parentKey!) ?? []), a]);
    if (a.kind === 'BUILDING') buildingsOf.set(a.parentKey!, [...(buildingsOf.get(a.parentKey!) ?? []), a.name]);
  }
  const byKind = new Map<ResourceKind, (SeedResource & { community: string; street: string })[]>();
  for (const res of data.resources) {
    const community = parentOf(res.areaKey);
    byKind.set(res.kind, [...(byKind.get(res.kind) ?? []), { ...res, community, street: parentOf(community) }]);
  }
  /** The resource a demand is written against: nearest of its kind in the community, else the street, else anywhere. */
  const anchorFor = (kind: ResourceKind, community: string, point: { lat: number; lng: number }) => {
    const all = byKind.get(kind)!;
    const street = parentOf(community);
    const pool = [all.filter((x) => x.community === community), all.filter((x) => x.street === street), all].find((xs) => xs.length)!;
    return pool.map((x) => ({ x, meters: greatCircleMeters(point, x) })).sort((a, b) => a.meters - b.meters || a.x.key.localeCompare(b.x.key))[0]!;
  };

  const lists: ListPlan[] = [];
  const demands: DemandPlan[] = [];
  for (const community of data.areas.filter((a) => a.kind === 'COMMUNITY')) {
    const r = rngFor(community.key);
    const admin = `ca-${community.code}`;
    const grids = gridsOf.get(community.key) ?? [];
    const gridLists = grids.map((grid, i): ListPlan => {
      const status: ListStatus = i === 0 ? 'PUBLISHED' : weighted(r, [['PUBLISHED', 75], ['SUBMITTED', 12], ['COLLECTING', 13]] as const);
      return {
        key: `list-${grid.key}`, gridKey: grid.key, status, periodStart: PERIOD.start, periodEnd: PERIOD.end,
        title: `${community.name}${grid.name}2026年11月需求清单`, openedBy: `gw-${grid.code}`, openedAt: at('2026-10-28', int(r, 540, 1020)),
        submittedAt: status === 'COLLECTING' ? null : at('2026-11-05', int(r, 540, 1020)),
        publishedAt: status === 'PUBLISHED' ? at('2026-11-08', int(r, 540, 1020)) : null, publishedBy: admin,
      };
    });
    lists.push(...gridLists);
    const published = gridLists.filter((l) => l.status === 'PUBLISHED');
    const unplaced = gridLists.filter((l) => l.status !== 'PUBLISHED');

    const demand = (kind: (typeof KINDS)[number], list: ListPlan | null) => {
      const grid = list ? areas.get(list.gridKey)! : community;
      const spread = list ? 0.0025 : 0.004;
      const point = { lat: Math.round((grid.lat + (r() - 0.5) * spread) * 1e6) / 1e6, lng: Math.round((grid.lng + (r() - 0.5) * spread * 1.3) * 1e6) / 1e6 };
      const { x: anchor, meters } = anchorFor(kind, community.key, point);
      const placed = list === null || list.status === 'PUBLISHED';
      const [lo, hi] = QUANTITY[kind];
      const quantity = Math.max(1, Math.min(int(r, lo, hi), anchor.capacity ?? hi));
      const text = pick(r, DEMAND_TEXTS[kind]);
      const who = pick(r, RESIDENTS);
      const building = pick(r, buildingsOf.get(list?.gridKey ?? '') ?? buildingsOf.get(grids[0]?.key ?? '') ?? ['1号楼']);
      const ordered = list ? addDays('2026-10-29', int(r, 0, 6)) : addDays('2026-11-02', int(r, 0, 18));
      const placedOn = list ? addDays('2026-11-08', int(r, 0, 4)) : addDays(ordered, int(r, 1, 3));
      const startDate = addDays(placed ? placedOn : '2026-11-10', int(r, 2, 60));
      const endDate = [addDays(startDate, 7 * int(r, 4, 12)), '2027-02-28'].sort()[0]!;
      demands.push({
        areaKey: grid.key, listKey: list?.key ?? null, anchorKey: anchor.key, title: text.title,
        description: text.description.replaceAll('{b}', building).replaceAll('{who}', who).replaceAll('{q}', String(quantity)),
        kinds: kind === 'READING_ROOM' && r() < 0.25 ? [kind, ResourceKind.CIVIC_CLASSROOM] : [kind],
        quantity, windows: windowsFrom(r, anchor), startDate, endDate, ...point,
        radiusMeters: Math.min(5000, Math.max(100 * int(r, 5, 15), Math.ceil((meters * 1.15) / 100) * 100)),
        audience: pick(r, anchor.audiences), urgency: weighted(r, URGENCY),
        channel: list ? weighted(r, CHANNEL) : 'HOTLINE_12345', orderedAt: at(ordered, int(r, 480, 1200)), orderedBy: who,
        recordedBy: list ? list.openedBy : `gw-${grids[0]?.code ?? community.code}`,
        placedBy: placed ? admin : null, placedAt: placed ? at(placedOn, int(r, 540, 1020)) : null, status: placed ? 'PLACED' : 'POSTED',
      });
    };
    // every kind placed in a published list, then a few more of any kind
    KINDS.forEach((kind, i) => demand(kind, published[i % published.length]!));
    for (let extra = int(r, 2, 4); extra > 0; extra--) {
      const where = r();
      demand(pick(r, KINDS), where < 0.25 ? null : where < 0.55 && unplaced.length ? pick(r, unplaced) : pick(r, published));
    }
  }
  return { lists, demands };
}
