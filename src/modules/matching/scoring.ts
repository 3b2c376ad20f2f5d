/*
 * The score of a candidate pair (demand, resource): a non-negative integer, so that the solver's objective
 * Σ score × quantity is exact. Five parts, each an integer, summed; the breakdown is stored on every match
 * as `explanation`:
 *
 *   kindFit   100 when the resource's kind is the first kind the demand names (its preferred kind), else 60
 *   distance  round(100 × (1 − meters / radius)), 0..100: nearer is better, 0 at the radius
 *   timeFit   round(50 × needed / offered) (capped at 50): minutes per week needed over minutes per week
 *             offered; a resource offered just when it is needed scores 50, one open much longer scores
 *             less, which keeps broadly open resources for demands that need them
 *   urgency   LOW 0, NORMAL 20, HIGH 40, URGENT 60
 *   waiting   whole days since the demand was placed, as of the clock, capped at 30
 *
 * Maximum 340. Urgency and waiting are the demand's own and raise all its pairs alike: when not every
 * demand can be served, the solver serves the urgent and the long-waiting first.
 */

export type UrgencyLevel = 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';

export const URGENCY_POINTS: Readonly<Record<UrgencyLevel, number>> = { LOW: 0, NORMAL: 20, HIGH: 40, URGENT: 60 };
export const MAX_WAITING_DAYS = 30;
const DAY_MS = 86_400_000;

export interface ScoreFacts {
  /** The kinds the demand accepts, the preferred first. */
  demandKinds: readonly string[];
  resourceKind: string;
  meters: number;
  radiusMeters: number;
  neededMinutes: number;
  offeredMinutes: number;
  urgency: UrgencyLevel;
  /** When the demand was placed (or recorded, if never placed). */
  placedAt: Date;
  now: Date;
}

export interface ScoreBreakdown {
  kindFit: number;
  distance: number;
  timeFit: number;
  urgency: number;
  waiting: number;
  total: number;
}

export function scorePair(f: ScoreFacts): ScoreBreakdown {
  const kindFit = f.demandKinds[0] === f.resourceKind ? 100 : 60;
  const ratio = f.radiusMeters > 0 ? Math.min(Math.max(f.meters / f.radiusMeters, 0), 1) : 1;
  const distance = Math.round(100 * (1 - ratio));
  const timeFit = f.offeredMinutes <= 0 ? 0 : Math.min(50, Math.round((50 * f.neededMinutes) / f.offeredMinutes));
  const urgency = URGENCY_POINTS[f.urgency] ?? 0;
  const waited = Math.floor((f.now.getTime() - f.placedAt.getTime()) / DAY_MS);
  const waiting = Math.min(MAX_WAITING_DAYS, Math.max(0, waited));
  return { kindFit, distance, timeFit, urgency, waiting, total: kindFit + distance + timeFit + urgency + waiting };
}
