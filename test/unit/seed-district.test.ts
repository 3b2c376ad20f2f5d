import { describe, it, expect } from 'vitest';
import { generateDistrict, type DistrictData, type SeedArea } from '../../seeds/district.js';
import { AREA_KIND_DEPTH, AreaKind } from '../../src/modules/areas/area.enums.js';
import { OrganizationKind, RESIDENT_UNIT_KINDS } from '../../src/modules/organizations/organization.enums.js';
import { AccessMode, Audience, ResourceKind } from '../../src/modules/resources/resource.enums.js';
import type { WeeklyWindow } from '../../src/shared/schedule/schedule.types.js';
import { greatCircleMeters } from '../../src/shared/geo.js';
import { planVolunteers, VOLUNTEERS_PER_COPY } from '../../seeds/volunteer-plan.js';

const AREAS_PER_COPY = { [AreaKind.STREET]: 5, [AreaKind.COMMUNITY]: 31, [AreaKind.GRID]: 63, [AreaKind.BUILDING]: 113 };
const RESOURCES_PER_COPY: Partial<Record<ResourceKind, number>> = {
  READING_ROOM: 45, ACTIVITY_VENUE: 83, CIVIC_CLASSROOM: 196, TOILET: 190, WATER_POINT: 162, BREAKFAST: 60,
  AFTER_SCHOOL_CLASSROOM: 13, CLINIC: 66, DAY_CARE: 15,
};
const { AGENCY, SCHOOL, HOSPITAL, COMPANY, SOCIAL_ORGANIZATION } = OrganizationKind;
/** The resident units' kinds (every kind but DEPARTMENT): the generated district's; departments come with the cases' seed. */
const ALL_ORG_KINDS = [...RESIDENT_UNIT_KINDS];
/** Which kinds of unit may own each kind of resource. */
const OWNER_KINDS: Record<Exclude<ResourceKind, 'OTHER'>, OrganizationKind[]> = {
  READING_ROOM: [AGENCY, SCHOOL, COMPANY, SOCIAL_ORGANIZATION],
  ACTIVITY_VENUE: ALL_ORG_KINDS,
  CIVIC_CLASSROOM: ALL_ORG_KINDS,
  PARKING: [AGENCY, SCHOOL, COMPANY],
  TOILET: [AGENCY, HOSPITAL, COMPANY],
  WATER_POINT: [AGENCY, COMPANY],
  BREAKFAST: [COMPANY],
  AFTER_SCHOOL_CLASSROOM: [SCHOOL],
  CLINIC: [HOSPITAL],
  DAY_CARE: [HOSPITAL, SOCIAL_ORGANIZATION],
};
const CJK = /[\u4e00-\u9fff]/;

const one = generateDistrict();
const two = generateDistrict({ scale: 2 });

const countBy = <T>(xs: readonly T[], key: (x: T) => string) =>
  xs.reduce<Record<string, number>>((m, x) => ({ ...m, [key(x)]: (m[key(x)] ?? 0) + 1 }), {});
const parkingTotal = (d: DistrictData) =>
  d.resources.filter((r) => r.kind === ResourceKind.PARKING).reduce((s, r) => s + (r.capacity ?? 0), 0);
const duplicates = (xs: readonly string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);

// ---- strict window overlap: a window on day d covers [d start, d end), past midnight when end <= start.
// Two spans on the same calendar day can both apply unless their day types exclude each other
// (WORKDAY vs REST_DAY); spans starting on different days can always both apply, since holidays and
// make-up workdays can make any day either type.
const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
const WEEK = 7 * 1440;
function overlaps(windows: readonly WeeklyWindow[]): string[] {
  const spans = windows.flatMap((w, i) => w.days.map((day) => {
    const from = (day - 1) * 1440 + minutes(w.start);
    let to = (day - 1) * 1440 + minutes(w.end);
    if (to <= from) to += 1440;
    return { i, day, from, to, type: w.dayType };
  }));
  const found: string[] = [];
  for (let a = 0; a < spans.length; a++) {
    for (let b = a + 1; b < spans.length; b++) {
      const x = spans[a]!; const y = spans[b]!;
      for (const shift of [-WEEK, 0, WEEK]) {
        if (!(x.from < y.to + shift && y.from + shift < x.to)) continue;
        const sameDay = shift === 0 && x.day === y.day;
        const compatible = x.type === 'ANY' || y.type === 'ANY' || x.type === y.type;
        if (!sameDay || compatible) found.push(`window ${x.i} day ${x.day} × window ${y.i} day ${y.day}`);
      }
    }
  }
  return found;
}

function streetOf(areas: Map<string, SeedArea>, key: string): string {
  let a = areas.get(key)!;
  while (a.kind !== AreaKind.STREET) a = areas.get(a.parentKey!)!;
  return a.key;
}

describe('generateDistrict at scale 1', () => {
  it('reproduces the published figures exactly', () => {
    expect(countBy(one.areas, (a) => a.kind)).toEqual({ DISTRICT: 1, ...AREAS_PER_COPY });
    expect(one.areas[0]).toMatchObject({ key: 'district', parentKey: null, kind: AreaKind.DISTRICT });
    expect(one.organizations).toHaveLength(404);
    expect(countBy(one.resources.filter((r) => r.kind !== ResourceKind.PARKING), (r) => r.kind)).toEqual(RESOURCES_PER_COPY);
    expect(one.resources.some((r) => r.kind === ResourceKind.OTHER)).toBe(false);
    expect(parkingTotal(one)).toBe(5_596);
    const lots = one.resources.filter((r) => r.kind === ResourceKind.PARKING);
    expect(lots.length).toBeGreaterThanOrEqual(100);
    for (const lot of lots) {
      expect(Number.isInteger(lot.capacity)).toBe(true);
      expect(lot.capacity).toBeGreaterThanOrEqual(5);
      expect(lot.capacity).toBeLessThanOrEqual(120);
    }
  });

  it('uses every organisation kind in a realistic mix', () => {
    const kinds = countBy(one.organizations, (o) => o.kind);
    for (const k of ALL_ORG_KINDS) expect(kinds[k]).toBeGreaterThanOrEqual(20);
    // no department among the generated units (the 404 are resident units)
    expect(kinds[OrganizationKind.DEPARTMENT]).toBeUndefined();
    const names = one.organizations.map((o) => o.name);
    for (const re of [/街道办事处$/, /小学$/, /中学$/, /医院$/, /社区卫生服务中心$/, /银行.+支行$/, /集团$/, /国家电网/, /志愿者协会$/]) {
      expect(names.some((n) => re.test(n)), String(re)).toBe(true);
    }
  });

  it('gives every key once and keeps references to items of the right kind', () => {
    const keys = [...one.areas, ...one.organizations, ...one.resources].map((x) => x.key);
    expect(duplicates(keys)).toEqual([]);
    expect(duplicates(one.areas.map((a) => a.code))).toEqual([]);
    const areas = new Map(one.areas.map((a) => [a.key, a]));
    const orgs = new Map(one.organizations.map((o) => [o.key, o]));
    for (const a of one.areas) {
      if (a.kind === AreaKind.DISTRICT) { expect(a.parentKey).toBeNull(); continue; }
      const parent = areas.get(a.parentKey!);
      expect(parent, a.key).toBeDefined();
      expect(AREA_KIND_DEPTH[parent!.kind]).toBe(AREA_KIND_DEPTH[a.kind] - 1);
      expect(a.code.startsWith(parent!.code)).toBe(true);
      expect(one.areas.indexOf(parent!)).toBeLessThan(one.areas.indexOf(a)); // parents come first
    }
    for (const o of one.organizations) expect(areas.get(o.areaKey)?.kind, o.key).toBe(AreaKind.GRID);
    for (const r of one.resources) {
      const owner = orgs.get(r.organizationKey);
      expect(owner, r.key).toBeDefined();
      expect(areas.get(r.areaKey)?.kind, r.key).toBe(AreaKind.GRID);
      expect(OWNER_KINDS[r.kind as Exclude<ResourceKind, 'OTHER'>], r.title).toContain(owner!.kind);
      expect(r.title.startsWith(owner!.name)).toBe(true);
    }
    for (const r of one.resources.filter((x) => x.kind === ResourceKind.AFTER_SCHOOL_CLASSROOM)) {
      expect(orgs.get(r.organizationKey)!.name).toMatch(/小学$/);
    }
  });

  it('has unique Chinese names, titles, contacts and addresses', () => {
    const orgNames = one.organizations.map((o) => o.name);
    const titles = one.resources.map((r) => r.title);
    expect(duplicates(orgNames)).toEqual([]);
    expect(duplicates(titles)).toEqual([]);
    for (const s of [...orgNames, ...titles, ...one.areas.map((a) => a.name)]) expect(s).toMatch(CJK);
    const byKind = (k: AreaKind) => one.areas.filter((a) => a.kind === k).map((a) => a.name);
    for (const n of byKind(AreaKind.STREET)) expect(n).toMatch(/街道$/);
    for (const n of byKind(AreaKind.COMMUNITY)) expect(n).toMatch(/社区$/);
    for (const n of byKind(AreaKind.GRID)) expect(n).toMatch(/^第[一二三四五六七八九十]+网格$/);
    for (const n of byKind(AreaKind.BUILDING)) expect(n).toMatch(/^\d+(-\d+)?号楼$/);
    expect(duplicates(byKind(AreaKind.COMMUNITY))).toEqual([]);
    expect(byKind(AreaKind.STREET)).toContain('建国门街道');
    for (const o of one.organizations) {
      expect(o.contactName).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
      expect(o.contactPhone).toMatch(/^1[358]\d{9}$/);
      expect(o.address).toMatch(/^北京市东城区.+号/);
      expect(o.description).toMatch(CJK);
    }
    for (const r of one.resources) expect(r.description).toMatch(CJK);
  });

  it('places everything in one plausible city area, nested and rounded to 6 decimals', () => {
    const points = [...one.areas, ...one.organizations, ...one.resources];
    for (const p of points) {
      expect(p.lat).toBeGreaterThan(39.85);
      expect(p.lat).toBeLessThan(40.0);
      expect(p.lng).toBeGreaterThan(116.35);
      expect(p.lng).toBeLessThan(116.55);
      expect(Math.round(p.lat * 1e6) / 1e6).toBe(p.lat);
      expect(Math.round(p.lng * 1e6) / 1e6).toBe(p.lng);
    }
    const lats = one.areas.map((a) => a.lat); const lngs = one.areas.map((a) => a.lng);
    const span = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
    expect(span(lats) * 111_195).toBeGreaterThan(4_000); // roughly 6 km × 6 km
    expect(span(lats) * 111_195).toBeLessThan(6_500);
    expect(span(lngs) * 85_300).toBeLessThan(6_500);
    const areas = new Map(one.areas.map((a) => [a.key, a]));
    const maxFromParent = { STREET: 4_500, COMMUNITY: 3_000, GRID: 1_500, BUILDING: 1_500 } as const;
    for (const a of one.areas) {
      if (a.kind === AreaKind.DISTRICT) continue;
      expect(greatCircleMeters(a, areas.get(a.parentKey!)!), a.key).toBeLessThan(maxFromParent[a.kind]);
    }
    for (const o of one.organizations) expect(greatCircleMeters(o, areas.get(o.areaKey)!)).toBeLessThan(300);
    for (const r of one.resources) expect(greatCircleMeters(r, areas.get(r.areaKey)!)).toBeLessThan(400);
  });

  it('sets capacity and access mode by kind', () => {
    const expected: Partial<Record<ResourceKind, [number, number, string]>> = {
      PARKING: [5, 120, '个车位'], READING_ROOM: [20, 120, '个座位'], ACTIVITY_VENUE: [30, 300, '人'],
      CIVIC_CLASSROOM: [20, 80, '人'], BREAKFAST: [10, 60, '份'], AFTER_SCHOOL_CLASSROOM: [20, 60, '名学生'],
      CLINIC: [10, 40, '人次/天'], DAY_CARE: [10, 40, '张床位'],
    };
    for (const r of one.resources) {
      const e = expected[r.kind];
      if (!e) {
        expect([ResourceKind.TOILET, ResourceKind.WATER_POINT]).toContain(r.kind);
        expect(r).toMatchObject({ accessMode: AccessMode.OPEN_ACCESS, capacity: null, capacityUnit: null });
        continue;
      }
      expect(r.accessMode, r.key).toBe(AccessMode.ALLOCATED);
      expect(r.capacityUnit).toBe(e[2]);
      expect(r.capacity).toBeGreaterThanOrEqual(e[0]);
      expect(r.capacity).toBeLessThanOrEqual(e[1]);
    }
  });

  it('follows the audience rules', () => {
    for (const r of one.resources) {
      const a = r.audiences;
      switch (r.kind) {
        case ResourceKind.WATER_POINT:
          expect(a).toContain(Audience.SANITATION_WORKERS);
          expect(a.every((x) => x === Audience.SANITATION_WORKERS || x === Audience.OUTDOOR_WORKERS)).toBe(true);
          break;
        case ResourceKind.BREAKFAST: expect(a).toEqual([Audience.SANITATION_WORKERS]); break;
        case ResourceKind.AFTER_SCHOOL_CLASSROOM: expect(a).toEqual([Audience.PUPILS]); break;
        case ResourceKind.DAY_CARE: expect(a).toEqual([Audience.ELDERLY]); break;
        case ResourceKind.CLINIC:
          expect(a).toContain(Audience.PEOPLE_IN_DIFFICULTY);
          expect(a.every((x) => x === Audience.PEOPLE_IN_DIFFICULTY || x === Audience.ELDERLY)).toBe(true);
          break;
        default: expect(a).toEqual([Audience.ALL_RESIDENTS]);
      }
    }
  });

  it('gives valid weekly windows that never overlap within a resource', () => {
    const time = /^(([01]\d|2[0-3]):[0-5]\d)$/;
    for (const r of one.resources) {
      expect(r.windows.length, r.key).toBeGreaterThan(0);
      for (const w of r.windows) {
        expect(w.days.length).toBeGreaterThan(0);
        expect(duplicates(w.days.map(String))).toEqual([]);
        for (const d of w.days) expect([1, 2, 3, 4, 5, 6, 7]).toContain(d);
        expect(['ANY', 'WORKDAY', 'REST_DAY']).toContain(w.dayType);
        expect(w.start).toMatch(time);
        expect(w.end === '24:00' || time.test(w.end), `${r.key} end ${w.end}`).toBe(true);
      }
      expect(overlaps(r.windows), r.key).toEqual([]);
    }
    const of = (k: ResourceKind) => one.resources.filter((r) => r.kind === k).map((r) => r.windows);
    expect(of(ResourceKind.PARKING).some((ws) => ws.some((w) => minutes(w.end) <= minutes(w.start)))).toBe(true);
    expect(of(ResourceKind.TOILET).some((ws) => ws.some((w) => w.end === '24:00'))).toBe(true);
    for (const ws of of(ResourceKind.WATER_POINT)) expect(ws.some((w) => w.start <= '05:00')).toBe(true);
    for (const ws of of(ResourceKind.AFTER_SCHOOL_CLASSROOM)) {
      expect(ws).toEqual([{ days: [1, 2, 3, 4, 5], dayType: 'WORKDAY', start: '16:30', end: '18:00' }]);
    }
    for (const ws of of(ResourceKind.READING_ROOM)) expect(ws.map((w) => w.dayType).sort()).toEqual(['REST_DAY', 'WORKDAY']);
  });

  it('the overlap check catches a night running into a rest day', () => {
    const all = [1, 2, 3, 4, 5, 6, 7] as WeeklyWindow['days'];
    expect(overlaps([
      { days: all, dayType: 'WORKDAY', start: '19:00', end: '07:30' },
      { days: all, dayType: 'REST_DAY', start: '00:00', end: '24:00' },
    ])).not.toEqual([]);
    expect(overlaps([{ days: all, dayType: 'ANY', start: '00:00', end: '24:00' }])).toEqual([]);
    expect(overlaps([{ days: [7], dayType: 'ANY', start: '22:00', end: '02:00' }, { days: [1], dayType: 'REST_DAY', start: '01:00', end: '03:00' }])).not.toEqual([]);
  });

  it('has a few well-formed schedule exceptions', () => {
    const exceptions = one.resources.flatMap((r) => r.exceptions);
    expect(exceptions.length).toBeGreaterThan(0);
    expect(exceptions.length).toBeLessThan(one.resources.length / 5);
    expect(exceptions.some((e) => e.closed && e.note === '春节闭馆')).toBe(true);
    for (const e of exceptions) {
      expect(e.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.from <= e.to).toBe(true);
      if (e.closed) expect(e.hours).toEqual([]);
      else expect(e.hours.length).toBeGreaterThan(0);
    }
  });

  it('carries the 2026 and 2027 holiday calendars', () => {
    const h = one.holidays;
    expect(duplicates(h.map((x) => x.date))).toEqual([]);
    expect(h.map((x) => x.date)).toEqual([...h.map((x) => x.date)].sort());
    expect(new Set(h.map((x) => x.date.slice(0, 4)))).toEqual(new Set(['2026', '2027']));
    const names = new Set(h.filter((x) => x.kind === 'HOLIDAY').map((x) => x.name));
    expect(names).toEqual(new Set(['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节']));
    for (const m of h.filter((x) => x.kind === 'MAKEUP_WORKDAY')) {
      expect(m.name).toMatch(/调休上班$/);
      expect([0, 6]).toContain(new Date(`${m.date}T00:00:00Z`).getUTCDay()); // a weekend made a workday
    }
    const y2026 = h.filter((x) => x.date.startsWith('2026'));
    expect(y2026.filter((x) => x.kind === 'HOLIDAY')).toHaveLength(33);
    expect(y2026.filter((x) => x.kind === 'MAKEUP_WORKDAY').map((x) => x.date)).toEqual(
      ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    const springFestival = y2026.filter((x) => x.name === '春节').map((x) => x.date);
    expect(springFestival[0]).toBe('2026-02-15');
    expect(springFestival.at(-1)).toBe('2026-02-23');
  });
});

describe('generateDistrict at scale 2', () => {
  it('doubles everything under the one district', () => {
    const twice = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, 2 * v]));
    expect(countBy(two.areas, (a) => a.kind)).toEqual({ DISTRICT: 1, ...twice(AREAS_PER_COPY) });
    expect(two.areas.filter((a) => a.kind === AreaKind.STREET).every((a) => a.parentKey === 'district')).toBe(true);
    expect(two.organizations).toHaveLength(808);
    expect(countBy(two.resources, (r) => r.kind)).toEqual(twice(countBy(one.resources, (r) => r.kind)));
    expect(parkingTotal(two)).toBe(11_192);
  });

  it('keeps keys, names and titles unique and puts the copies side by side', () => {
    expect(duplicates([...two.areas, ...two.organizations, ...two.resources].map((x) => x.key))).toEqual([]);
    expect(duplicates(two.organizations.map((o) => o.name))).toEqual([]);
    expect(duplicates(two.resources.map((r) => r.title))).toEqual([]);
    expect(duplicates(two.areas.filter((a) => a.kind !== AreaKind.GRID && a.kind !== AreaKind.BUILDING).map((a) => a.name))).toEqual([]);
    const areas = new Map(two.areas.map((a) => [a.key, a]));
    const copyOf = (key: string) => (Number(streetOf(areas, key).slice('street-'.length)) <= 5 ? 0 : 1);
    const lngs = [[], []] as number[][];
    for (const a of two.areas) if (a.kind !== AreaKind.DISTRICT) lngs[copyOf(a.key)]!.push(a.lng);
    for (const x of [...two.organizations, ...two.resources]) lngs[copyOf(x.areaKey)]!.push(x.lng);
    expect(Math.min(...lngs[1]!)).toBeGreaterThan(Math.max(...lngs[0]!));
  });
});

describe('determinism', () => {
  it('gives the same data for the same options', () => {
    expect(generateDistrict()).toEqual(one);
    expect(generateDistrict({ scale: 2, seed: 7 })).toEqual(generateDistrict({ scale: 2, seed: 7 }));
  });

  it('varies with the seed but not the figures', () => {
    const other = generateDistrict({ seed: 42 });
    expect(other).not.toEqual(one);
    expect(countBy(other.resources, (r) => r.kind)).toEqual(countBy(one.resources, (r) => r.kind));
    expect(parkingTotal(other)).toBe(5_596);
  });

  it('keeps the first copy the same at every scale', () => {
    const firstCopy = (d: DistrictData) => ({
      areas: d.areas.filter((a) => a.kind !== AreaKind.DISTRICT && !/^(street|community|grid|building)-([6-9]|\d\d)/.test(a.key)),
      organizations: d.organizations.slice(0, 404),
    });
    expect(firstCopy(two)).toEqual(firstCopy(one));
  });

  it('rejects a scale that is not a positive integer', () => {
    expect(() => generateDistrict({ scale: 0 })).toThrow(RangeError);
    expect(() => generateDistrict({ scale: 1.5 })).toThrow(RangeError);
  });
});

describe('the seeded volunteers', () => {
  const { volunteers, teams } = planVolunteers(one, 1);
  const areas = new Map(one.areas.map((a) => [a.key, a]));
  const units = new Map(one.organizations.map((o) => [o.key, o]));
  const N = VOLUNTEERS_PER_COPY;

  it('are the figures the seeder states: records, statuses, whole-unit reports, teams', () => {
    expect(volunteers).toHaveLength(N.records);
    expect(countBy(volunteers, (v) => v.status)).toEqual({
      APPROVED: N.records - N.applied - N.unclaimed - N.rejected - N.suspended - N.left, APPLIED: N.applied + N.unclaimed,
      REJECTED: N.rejected, SUSPENDED: N.suspended, LEFT: N.left,
    });
    expect(volunteers.filter((v) => v.isInService)).toHaveLength(N.inService);
    expect(volunteers.filter((v) => v.reportedByKey !== null)).toHaveLength(N.reported);
    expect(new Set(volunteers.map((v) => v.reportedByKey).filter((k) => k !== null)).size).toBe(N.reportingUnits);
    expect(new Set(volunteers.map((v) => v.employerKey).filter((k) => k !== null)).size).toBe(404 - N.unitsWithout);
    expect(volunteers.filter((v) => v.claimCodeHash !== null)).toHaveLength(N.unclaimed);
    expect(teams.filter((t) => t.active)).toHaveLength(N.teams);
    expect(teams.filter((t) => !t.active)).toHaveLength(N.disbandedTeams);
  });

  it('live in a community, in one of its grids when they say, work for a unit when in service, and mostly near it', () => {
    for (const v of volunteers) {
      expect(areas.get(v.communityKey)!.kind).toBe(AreaKind.COMMUNITY);
      if (v.gridKey !== null) expect(areas.get(v.gridKey)!.parentKey).toBe(v.communityKey);
      expect(v.employerKey !== null).toBe(v.isInService);
      if (v.reportedByKey !== null) expect(v.reportedByKey).toBe(v.employerKey);
    }
    const employed = volunteers.filter((v) => v.employerKey !== null);
    const near = employed.filter((v) => streetOf(areas, v.communityKey) === streetOf(areas, units.get(v.employerKey!)!.areaKey));
    expect(near.length / employed.length).toBeGreaterThan(0.8);
    // most in-service members are party members (在职党员)
    expect(employed.filter((v) => v.isPartyMember).length / employed.length).toBeGreaterThan(0.8);
  });

  it('have unique fake phones, accounts where claimed, 1–3 skills, windows outside working hours that never overlap', () => {
    expect(new Set(volunteers.map((v) => v.phone)).size).toBe(volunteers.length);
    expect(volunteers.every((v) => /^100\d{8}$/.test(v.phone) && CJK.test(v.realName))).toBe(true);
    const accounts = volunteers.map((v) => v.accountId).filter((a) => a !== null);
    expect(accounts).toHaveLength(N.records - N.unclaimed);
    expect(accounts[0]).toBe('seed-volunteer-00001');
    expect(new Set(accounts).size).toBe(accounts.length);
    for (const v of volunteers) {
      expect(v.accountId === null).toBe(v.claimCodeHash !== null);
      expect(v.claimCodeHash === null || /^[0-9a-f]{64}$/.test(v.claimCodeHash)).toBe(true);
      expect(v.skills.length).toBeGreaterThanOrEqual(1);
      expect(v.skills.length).toBeLessThanOrEqual(3);
      expect(overlaps(v.windows)).toEqual([]);
      // in service: evenings of workdays and rest days only
      if (v.isInService) expect(v.windows.every((w) => w.dayType !== 'WORKDAY' || w.start >= '18:00')).toBe(true);
    }
    const ticked = countBy(volunteers.flatMap((v) => v.skills), (s) => s);
    const top = Object.entries(ticked).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([s]) => s);
    // the district's most counted activities come first
    expect(top.sort()).toEqual(['HYGIENE', 'LEGAL_AID', 'TRAFFIC_GUIDANCE', 'TUTORING']);
    expect(volunteers.filter((v) => v.skillsNote !== null).length).toBeGreaterThan(1000);
  });

  it('carry the history their status implies, with a reason where a person was turned down, suspended or left', () => {
    for (const v of volunteers) {
      const actions = v.history.map((h) => h.action);
      expect(v.history.at(-1)!.to).toBe(v.status);
      expect(actions[0]).toBe(v.reportedByKey === null ? 'APPLIED' : 'REPORTED');
      expect(v.approvedAt !== null).toBe(actions.includes('APPROVED'));
      expect(v.statusReason !== null).toBe(['REJECTED', 'SUSPENDED', 'LEFT'].includes(v.status));
      expect(v.history.every((h, i) => i === 0 || h.at >= v.history[i - 1]!.at)).toBe(true);
      expect(v.updatedAt <= '2026-11-23').toBe(true);
    }
  });

  it('form teams of 8 to 40 approved members of their area, led by one of them, with unique names', () => {
    for (const t of teams.filter((x) => x.active)) {
      expect(t.members.length).toBeGreaterThanOrEqual(8);
      expect(t.members.length).toBeLessThanOrEqual(40);
      expect(t.leader).toBe(t.members[0]);
      expect(t.name).toMatch(/^.+(社区|街道).+志愿服务队$/);
      for (const m of t.members) {
        const v = volunteers[m]!;
        expect(v.status).toBe('APPROVED');
        expect(v.communityKey === t.areaKey || areas.get(v.communityKey)!.parentKey === t.areaKey).toBe(true);
      }
    }
    expect(duplicates(teams.filter((t) => t.active).map((t) => `${t.areaKey} ${t.name}`))).toEqual([]);
    expect(teams.filter((t) => !t.active).every((t) => t.disbandReason !== null && t.members.length === 0)).toBe(true);
  });

  it('multiply with the scale, the first copy the same at every scale', () => {
    const doubled = planVolunteers(two, 2);
    expect(doubled.volunteers).toHaveLength(2 * N.records);
    expect(doubled.teams.filter((t) => t.active)).toHaveLength(2 * N.teams);
    expect(doubled.volunteers.slice(0, N.records)).toEqual(volunteers);
    expect(new Set(doubled.volunteers.map((v) => v.phone)).size).toBe(2 * N.records);
  });
});
