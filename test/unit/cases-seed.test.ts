import { describe, expect, it } from 'vitest';
import { AreaKind } from '../../src/modules/areas/area.enums.js';
import { planCases, planDepartments, SEED_HOUSEHOLD_HASH_KEY, seedHouseholdHash, type CasePlanInput, type PlanCommunity, type PlanStreet } from '../../seeds/case-plan.js';
import { DEVELOPMENT_HOUSEHOLD_HASH_KEY } from '../../src/config.js';
import { createHmac } from 'node:crypto';
import { generateDistrict } from '../../seeds/district.js';

/*
 * The cases' plan (seeds/case-plan.ts) as pure data over a generated district, its ids stood in for by the seed
 * keys: departments named once in the hub, and each copy's cases the same at every scale (own streams).
 */
function inputFor(scale: number): CasePlanInput {
  const data = generateDistrict({ scale });
  const byKey = new Map(data.areas.map((a) => [a.key, a]));
  const pathOf = (key: string): string => {
    const a = byKey.get(key)!;
    return `${a.parentKey === null ? '/' : pathOf(a.parentKey)}${key}/`;
  };
  const streetOf = (key: string): string => (byKey.get(key)!.kind === AreaKind.STREET ? key : streetOf(byKey.get(key)!.parentKey!));
  const streets: PlanStreet[] = data.areas.filter((a) => a.kind === AreaKind.STREET)
    .map((s) => ({ key: s.key, id: s.key, path: pathOf(s.key), code: s.code, place: s.name.replace(/街道$/, ''), lat: s.lat, lng: s.lng }));
  const street = new Map(streets.map((s) => [s.key, s]));
  const communities: PlanCommunity[] = data.areas.filter((a) => a.kind === AreaKind.COMMUNITY).map((c) => ({
    key: c.key, id: c.key, path: pathOf(c.key), code: c.code, name: c.name, lat: c.lat, lng: c.lng, street: street.get(streetOf(c.key))!,
    grids: data.areas.filter((g) => g.kind === AreaKind.GRID && g.parentKey === c.key).map((g) => ({
      id: g.key, path: pathOf(g.key), code: g.code, name: g.name, lat: g.lat, lng: g.lng,
      buildings: data.areas.filter((b) => b.parentKey === g.key).map((b) => b.name),
    })),
  }));
  const district = data.areas[0]!;
  const departments = planDepartments(district, streets);
  return {
    district: { id: district.key, path: pathOf(district.key), code: district.code }, streets, communities, demands: [],
    organizations: [
      ...departments.map((d) => ({ id: `dep:${d.name}`, kind: 'DEPARTMENT', duty: d.duty, streetPath: d.streetKey === null ? null : street.get(d.streetKey)!.path })),
      ...data.organizations.map((o) => ({ id: o.key, kind: o.kind, duty: null, streetPath: pathOf(streetOf(o.areaKey)) })),
    ],
  };
}

describe('the seeded departments and cases, planned', () => {
  it('name every department once, apart from every resident unit, at scale 10 too', () => {
    const data = generateDistrict({ scale: 10 });
    const streets = data.areas.filter((a) => a.kind === AreaKind.STREET)
      .map((s) => ({ key: s.key, id: s.key, path: s.key, code: s.code, place: s.name.replace(/街道$/, ''), lat: s.lat, lng: s.lng }));
    const names = planDepartments(data.areas[0]!, streets).map((d) => d.name);
    expect(names).toHaveLength(15 + 6 * 50);
    expect(new Set([...names, ...data.organizations.map((o) => o.name)]).size).toBe(names.length + data.organizations.length);
  });

  it('are the same for a copy whatever the scale, and the same every time', () => {
    const one = planCases(inputFor(1)).cases;
    const two = planCases(inputFor(2)).cases;
    expect(planCases(inputFor(1)).cases).toEqual(one);
    // the first copy's communities' cases, then its streets': at scale 2 the second copy's communities come between
    const firstCopy = (cases: typeof one) => cases.filter((c) => /^\/district\/street-[1-5]\//.test(c.areaPath));
    const strip = (cases: typeof one) => firstCopy(cases).map(({ mergedInto: _m, ...c }) => c);
    expect(strip(two)).toEqual(strip(one));
    expect(firstCopy(two)).toHaveLength(one.length);
    // the ratings of the first copy's cases too (the case they rate by its place, which moves with the scale)
    const ratingsOf = (plan: ReturnType<typeof planCases>) =>
      plan.ratings.filter((x) => /^\/district\/street-[1-5]\//.test(x.areaPath)).map(({ caseIndex, ...x }) => ({ ...x, title: plan.cases[caseIndex]!.title, reportedAt: plan.cases[caseIndex]!.reportedAt }));
    const ratings = ratingsOf(planCases(inputFor(1)));
    expect(ratings.length).toBeGreaterThan(0);
    expect(ratingsOf(planCases(inputFor(2)))).toEqual(ratings);
  });

  it('hash the seeded households as recordCallbackRating does with the development key', () => {
    expect(SEED_HOUSEHOLD_HASH_KEY).toBe(DEVELOPMENT_HOUSEHOLD_HASH_KEY);
    // rating.rules.ts's householdHash over the normalised parts (full-width digits and spaces folded)
    expect(seedHouseholdHash('３号楼 ', '2单元 301')).toBe(createHmac('sha256', DEVELOPMENT_HOUSEHOLD_HASH_KEY).update('3号楼\n2单元301').digest('hex'));
  });
});
