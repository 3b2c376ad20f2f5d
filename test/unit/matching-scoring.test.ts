import { describe, expect, it } from 'vitest';
import { scorePair, type ScoreFacts } from '../../src/modules/matching/scoring.js';

const NOW = new Date('2026-11-23T06:00:00Z');
const base: ScoreFacts = {
  demandKinds: ['PARKING', 'OTHER'],
  resourceKind: 'PARKING',
  meters: 0,
  radiusMeters: 800,
  neededMinutes: 600,
  offeredMinutes: 600,
  urgency: 'NORMAL',
  placedAt: NOW,
  now: NOW,
};

describe('scorePair', () => {
  it.each<[string, Partial<ScoreFacts>, Partial<ReturnType<typeof scorePair>>]>([
    ['the preferred kind, at the door, offered just when needed, normal, placed now', {}, { kindFit: 100, distance: 100, timeFit: 50, urgency: 20, waiting: 0, total: 270 }],
    ['another accepted kind', { resourceKind: 'OTHER' }, { kindFit: 60, total: 230 }],
    ['half the radius away', { meters: 400 }, { distance: 50 }],
    ['at the radius', { meters: 800 }, { distance: 0 }],
    ['rounded distance', { meters: 333 }, { distance: 58 }],
    ['offered twice as long as needed', { offeredMinutes: 1200 }, { timeFit: 25 }],
    ['offered less than needed is capped', { offeredMinutes: 300 }, { timeFit: 50 }],
    ['nothing offered', { offeredMinutes: 0 }, { timeFit: 0 }],
    ['LOW urgency', { urgency: 'LOW' }, { urgency: 0 }],
    ['URGENT', { urgency: 'URGENT' }, { urgency: 60 }],
    ['waited 10 and a half days', { placedAt: new Date(NOW.getTime() - 10.5 * 86_400_000) }, { waiting: 10 }],
    ['waited 100 days is capped', { placedAt: new Date(NOW.getTime() - 100 * 86_400_000) }, { waiting: 30 }],
    ['placed in the future counts 0', { placedAt: new Date(NOW.getTime() + 86_400_000) }, { waiting: 0 }],
    ['everything at its maximum', { urgency: 'URGENT', placedAt: new Date(0) }, { total: 340 }],
  ])('%s', (_name, patch, expected) => {
    expect(scorePair({ ...base, ...patch })).toMatchObject(expected);
  });

  it('is an integer sum of its parts', () => {
    const s = scorePair({ ...base, meters: 123.4, offeredMinutes: 777, urgency: 'HIGH', placedAt: new Date(NOW.getTime() - 3 * 86_400_000) });
    expect(Number.isInteger(s.total)).toBe(true);
    expect(s.total).toBe(s.kindFit + s.distance + s.timeFit + s.urgency + s.waiting);
  });
});
