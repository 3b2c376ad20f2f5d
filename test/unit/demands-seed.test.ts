import { describe, expect, it } from 'vitest';
import { greatCircleMeters } from '../../src/shared/geo.js';
import { validateWindows } from '../../src/shared/schedule/schedule.js';
import type { WeeklyWindow } from '../../src/shared/schedule/schedule.types.js';
import { KINDS, planDemands } from '../../seeds/demand-plan.js';
import { generateDistrict } from '../../seeds/district.js';

const data = generateDistrict({ scale: 1 });
const { lists, demands } = planDemands(data);
const areas = new Map(data.areas.map((a) => [a.key, a]));
const resources = new Map(data.resources.map((r) => [r.key, r]));
const communityOf = (areaKey: string) => (areas.get(areaKey)!.kind === 'COMMUNITY' ? areaKey : areas.get(areaKey)!.parentKey!);

const minutes = (t: string) => (t === '24:00' ? 1440 : Number(t.slice(0, 2)) * 60 + Number(t.slice(3)));
const span = (w: WeeklyWindow) => {
  const start = minutes(w.start);
  return { start, end: start + ((minutes(w.end) - start + 1440) % 1440 || 1440) };
};
/** Inside a resource window: same day type, some of its days, within its hours (both measured from the start day). */
const inside = (need: WeeklyWindow, offer: WeeklyWindow) => {
  const [n, o] = [span(need), span(offer)];
  return need.dayType === offer.dayType && need.days.every((d) => offer.days.includes(d)) && n.start >= o.start && n.end <= o.end;
};

describe('the seeded demand lists and demands', () => {
  it('has several hundred demands and one November list per grid, mostly published', () => {
    expect(demands.length).toBeGreaterThanOrEqual(350);
    expect(demands.length).toBeLessThanOrEqual(500);
    expect(lists).toHaveLength(63);
    expect(new Set(lists.map((l) => l.gridKey)).size).toBe(63);
    expect(lists.filter((l) => l.status === 'PUBLISHED').length).toBeGreaterThan(lists.length * 0.7);
    expect(lists.every((l) => l.periodStart === '2026-11-01' && l.periodEnd === '2026-11-30')).toBe(true);
  });

  it('gives every community a PLACED demand of every kind, in a published list of its own grids', () => {
    const listStatus = new Map(lists.map((l) => [l.key, l.status]));
    for (const community of data.areas.filter((a) => a.kind === 'COMMUNITY')) {
      const placed = demands.filter((d) => communityOf(d.areaKey) === community.key && d.status === 'PLACED' && d.listKey && listStatus.get(d.listKey) === 'PUBLISHED');
      for (const kind of KINDS) expect(placed.some((d) => d.kinds.includes(kind)), `${community.name} ${kind}`).toBe(true);
    }
  });

  it('places only demands whose list is published; demands of lists still collecting or submitted are POSTED', () => {
    const listStatus = new Map(lists.map((l) => [l.key, l.status]));
    for (const d of demands) {
      const expected = d.listKey === null || listStatus.get(d.listKey) === 'PUBLISHED' ? 'PLACED' : 'POSTED';
      expect(d.status).toBe(expected);
      expect(d.placedAt === null).toBe(expected === 'POSTED');
    }
  });

  it('writes Chinese text with every placeholder filled', () => {
    for (const d of demands) {
      expect(d.title).toMatch(/^[\u4e00-\u9fff“”，、0-9]+$/);
      expect(d.description).toMatch(/[\u4e00-\u9fff]/);
      expect(d.description).not.toMatch(/[{}]/);
    }
  });

  it('can be served by the resource it is written against: kind, audience, quantity, windows, distance', () => {
    for (const d of demands) {
      const anchor = resources.get(d.anchorKey)!;
      expect(d.kinds).toContain(anchor.kind);
      expect(anchor.audiences).toContain(d.audience);
      if (anchor.capacity !== null) expect(d.quantity).toBeLessThanOrEqual(anchor.capacity);
      expect(validateWindows(d.windows)).toEqual([]);
      for (const w of d.windows) expect(anchor.windows.some((o) => inside(w, o)), JSON.stringify([w, anchor.windows])).toBe(true);
      expect(greatCircleMeters(d, anchor)).toBeLessThanOrEqual(d.radiusMeters);
    }
  });

  it('keeps to walking distance for most, to the period 2026-11 to 2027-02, and to positive quantities', () => {
    const walking = demands.filter((d) => d.radiusMeters >= 500 && d.radiusMeters <= 1500);
    expect(walking.length).toBeGreaterThan(demands.length * 0.9);
    for (const d of demands) {
      expect(d.quantity).toBeGreaterThan(0);
      expect(d.startDate >= '2026-11-01' && d.endDate <= '2027-02-28' && d.startDate <= d.endDate).toBe(true);
      expect(d.orderedAt < (d.placedAt ?? '9999')).toBe(true);
      const grid = areas.get(d.areaKey)!;
      expect(greatCircleMeters(d, grid)).toBeLessThan(400);
    }
  });

  it('is the same every time, and scale 2 doubles it with the first copy unchanged', () => {
    expect(planDemands(generateDistrict({ scale: 1 }))).toEqual({ lists, demands });
    const twice = planDemands(generateDistrict({ scale: 2 }));
    expect(twice.lists).toHaveLength(lists.length * 2);
    const firstCopy = twice.demands.filter((d) => /-[1-5]-/.test(`-${d.areaKey.split('-')[1]}-`));
    expect(firstCopy).toEqual(demands);
  });
});
