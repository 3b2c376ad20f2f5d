import { describe, it, expect } from 'vitest';
import {
  EARTH_RADIUS_METERS,
  bd09ToWgs84,
  fromWgs84,
  gcj02ToBd09,
  gcj02ToWgs84,
  greatCircleMeters,
  toWgs84,
  wgs84ToGcj02,
} from '../../../src/shared/geo.js';

const tiananmen = { lat: 39.9087, lng: 116.3975 };

// points inside China, spread over the country and its corners
const chinaPoints = [
  { name: 'Tiananmen, Beijing', lat: 39.9087, lng: 116.3975 },
  { name: 'Lujiazui, Shanghai', lat: 31.2397, lng: 121.4998 },
  { name: 'Shenzhen Bay', lat: 22.543847, lng: 113.912316 },
  { name: 'Urumqi', lat: 43.8256, lng: 87.6168 },
  { name: 'Lhasa', lat: 29.652, lng: 91.1721 },
  { name: 'Harbin', lat: 45.8038, lng: 126.535 },
  { name: 'Sanya', lat: 18.2528, lng: 109.512 },
];

describe('wgs84ToGcj02', () => {
  it('shifts Tiananmen a few hundred metres to the north-east', () => {
    const gcj = wgs84ToGcj02(tiananmen.lat, tiananmen.lng);
    expect(gcj.lat).toBeGreaterThan(tiananmen.lat);
    expect(gcj.lng).toBeGreaterThan(tiananmen.lng);
    const offset = greatCircleMeters(tiananmen, gcj);
    expect(offset).toBeGreaterThan(300);
    expect(offset).toBeLessThan(800);
  });

  it.each([
    // published outputs of the standard algorithm (wandergis/coordtransform, googollee/eviltransform)
    { wgs: { lat: 39.915, lng: 116.404 }, gcj: { lat: 39.91640428150164, lng: 116.41024449916938 } },
    { wgs: { lat: 31.1774276, lng: 121.5272106 }, gcj: { lat: 31.17530398364597, lng: 121.531541859215 } },
  ])('matches the published GCJ-02 value for $wgs.lat, $wgs.lng', ({ wgs, gcj }) => {
    const out = wgs84ToGcj02(wgs.lat, wgs.lng);
    expect(out.lat).toBeCloseTo(gcj.lat, 9);
    expect(out.lng).toBeCloseTo(gcj.lng, 9);
  });

  it.each([
    { name: 'Greenwich', lat: 51.4779, lng: -0.0015 },
    { name: 'Tokyo', lat: 35.6812, lng: 139.7671 },
    { name: 'the null island', lat: 0, lng: 0 },
  ])('leaves $name unchanged because it is outside China', ({ lat, lng }) => {
    expect(wgs84ToGcj02(lat, lng)).toEqual({ lat, lng });
    expect(gcj02ToWgs84(lat, lng)).toEqual({ lat, lng });
  });
});

describe('gcj02ToBd09', () => {
  it('matches the published BD-09 value', () => {
    const out = gcj02ToBd09(39.915, 116.404);
    expect(out.lat).toBeCloseTo(39.92133699351021, 9);
    expect(out.lng).toBeCloseTo(116.41036949371029, 9);
  });
});

describe('inverse transforms', () => {
  it.each(chinaPoints)('round-trips $name through GCJ-02 within half a metre', (p) => {
    const gcj = wgs84ToGcj02(p.lat, p.lng);
    const back = gcj02ToWgs84(gcj.lat, gcj.lng);
    expect(greatCircleMeters(p, back)).toBeLessThan(0.5);
  });

  it.each(chinaPoints)('round-trips $name through BD-09 within half a metre', (p) => {
    const gcj = wgs84ToGcj02(p.lat, p.lng);
    const bd = gcj02ToBd09(gcj.lat, gcj.lng);
    const back = bd09ToWgs84(bd.lat, bd.lng);
    expect(greatCircleMeters(p, back)).toBeLessThan(0.5);
  });
});

describe('toWgs84', () => {
  it.each([
    { system: 'WGS84' as const, convert: (p: { lat: number; lng: number }) => p },
    { system: 'GCJ02' as const, convert: (p: { lat: number; lng: number }) => wgs84ToGcj02(p.lat, p.lng) },
    {
      system: 'BD09' as const,
      convert: (p: { lat: number; lng: number }) => {
        const gcj = wgs84ToGcj02(p.lat, p.lng);
        return gcj02ToBd09(gcj.lat, gcj.lng);
      },
    },
  ])('brings a $system coordinate back to WGS-84', ({ system, convert }) => {
    const input = convert(tiananmen);
    const out = toWgs84(system, input.lat, input.lng);
    expect(greatCircleMeters(tiananmen, out)).toBeLessThan(0.5);
  });
});

describe('fromWgs84', () => {
  const systems = ['WGS84', 'GCJ02', 'BD09'] as const;
  const cases = chinaPoints.flatMap((p) => systems.map((system) => ({ ...p, system })));

  it.each(cases)('gives $name in $system so that reading it back lands within a millimetre', ({ lat, lng, system }) => {
    const out = fromWgs84(system, lat, lng);
    expect(greatCircleMeters({ lat, lng }, toWgs84(system, out.lat, out.lng))).toBeLessThan(0.001);
  });

  it.each(cases)('gives a $system point taken from $name back within a millimetre of it', ({ lat, lng, system }) => {
    // a point as a map SDK gives it, stored as WGS-84 and asked for in its own system again
    const stored = toWgs84(system, lat, lng);
    const out = fromWgs84(system, stored.lat, stored.lng);
    expect(greatCircleMeters({ lat, lng }, out)).toBeLessThan(0.001);
  });

  it('is the published forward transform', () => {
    const gcj = wgs84ToGcj02(tiananmen.lat, tiananmen.lng);
    expect(fromWgs84('GCJ02', tiananmen.lat, tiananmen.lng)).toEqual(gcj);
    expect(fromWgs84('BD09', tiananmen.lat, tiananmen.lng)).toEqual(gcj02ToBd09(gcj.lat, gcj.lng));
    expect(fromWgs84('WGS84', tiananmen.lat, tiananmen.lng)).toEqual(tiananmen);
  });
});

describe('greatCircleMeters', () => {
  const quarterCircle = (Math.PI / 2) * EARTH_RADIUS_METERS;

  it.each([
    { name: 'a point to itself', a: tiananmen, b: tiananmen, meters: 0, within: 1e-9 },
    {
      name: 'one degree of longitude on the equator',
      a: { lat: 0, lng: 0 },
      b: { lat: 0, lng: 1 },
      meters: (Math.PI / 180) * EARTH_RADIUS_METERS,
      within: 1e-6,
    },
    { name: 'the equator to the north pole', a: { lat: 0, lng: 30 }, b: { lat: 90, lng: 0 }, meters: quarterCircle, within: 1e-6 },
    {
      name: 'antipodal points',
      a: { lat: 0, lng: 0 },
      b: { lat: 0, lng: 180 },
      meters: Math.PI * EARTH_RADIUS_METERS,
      within: 1e-6,
    },
    // references computed independently with the Vincenty (atan2) great-circle formula on the same sphere
    { name: 'Beijing to Shanghai', a: tiananmen, b: { lat: 31.2304, lng: 121.4737 }, meters: 1_068_140.34, within: 0.01 },
    { name: 'London to Paris', a: { lat: 51.5074, lng: -0.1278 }, b: { lat: 48.8566, lng: 2.3522 }, meters: 343_556.53, within: 0.01 },
  ])('measures $name', ({ a, b, meters, within }) => {
    expect(Math.abs(greatCircleMeters(a, b) - meters)).toBeLessThanOrEqual(within);
  });

  it('is symmetric', () => {
    const b = { lat: 31.2304, lng: 121.4737 };
    expect(greatCircleMeters(tiananmen, b)).toBe(greatCircleMeters(b, tiananmen));
  });

  it('uses the IUGG mean earth radius, not the earthdistance default', () => {
    expect(EARTH_RADIUS_METERS).toBe(6_371_008.8);
  });
});
