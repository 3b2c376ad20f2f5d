import { MAX_RADIUS_METERS } from '../../shared/location.js';
import { badInput } from '../../shared/errors.js';
import { isCalendarDate } from '../../shared/calendar-date.js';
import { parseWindows, type WeeklyWindowInput } from '../../shared/schedule/schedule.graphql.js';
import type { WeeklyWindow } from '../../shared/schedule/schedule.types.js';
import type { ResourceKind } from '../resources/index.js';
import { DemandFulfilment, type ServiceKind } from './demand.enums.js';

/*
 * Checks of what the input alone shows to be wrong: each throws BAD_USER_INPUT naming the field.
 */


const MAX_QUANTITY = 100_000;
/** Phones' clocks drift; an order time further ahead than this is refused. */
const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function localDate(value: string, field: string): string {
  // demands began long after 2000: an earlier year is a typing slip
  if (!isCalendarDate(value) || value < '2000') {
    throw badInput(field, `"${field}" must be a date written YYYY-MM-DD, got "${value}".`);
  }
  return value;
}

export function dateRange(start: string, end: string, endField: string): void {
  if (end < start) throw badInput(endField, `The period ends (${end}) before it starts (${start}).`);
}

export function quantityOf(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_QUANTITY) {
    throw badInput(field, `"${field}" must be a whole number from 1 to ${MAX_QUANTITY}, got ${value}.`);
  }
  return value;
}

export function radiusOf(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_RADIUS_METERS) {
    throw badInput(field, `"${field}" must be whole metres, more than 0 and at most ${MAX_RADIUS_METERS}, got ${value}.`);
  }
  return value;
}

/**
 * A demand's kinds by how it is met: a RESOURCE demand names resource kinds and no kinds of work, a SERVICE
 * order the other way round.
 */
export function fulfilmentKinds(
  fulfilment: DemandFulfilment,
  kinds: ResourceKind[] | null | undefined,
  serviceKinds: ServiceKind[] | null | undefined,
  parent: string,
): { kinds: ResourceKind[]; serviceKinds: ServiceKind[] } {
  if (fulfilment === DemandFulfilment.RESOURCE) {
    if (serviceKinds?.length) throw badInput(`${parent}.serviceKinds`, 'A RESOURCE demand names resource `kinds`, not `serviceKinds`.');
    return { kinds: kindsOf(kinds ?? [], `${parent}.kinds`), serviceKinds: [] };
  }
  if (kinds?.length) throw badInput(`${parent}.kinds`, 'A SERVICE order names `serviceKinds`, not resource `kinds`.');
  const wanted = serviceKinds ?? [];
  if (wanted.length === 0) throw badInput(`${parent}.serviceKinds`, `"${parent}.serviceKinds" must name at least one kind of work.`);
  return { kinds: [], serviceKinds: [...new Set(wanted)] };
}

export function kindsOf(values: ResourceKind[], field: string): ResourceKind[] {
  if (values.length === 0) throw badInput(field, `"${field}" must name at least one kind.`);
  return [...new Set(values)];
}

/** Validated windows (parseWindows: no window overlapping another), at least one. */
export function neededWindows(values: WeeklyWindowInput[], parent: string): WeeklyWindow[] {
  if (values.length === 0) throw badInput(`${parent}.windows`, 'Say when it is needed: at least one weekly window.');
  return parseWindows(values, parent);
}

export function orderedAtOf(value: Date | null | undefined, now: Date, field: string): Date {
  const at = value ?? now;
  if (at.getTime() > now.getTime() + MAX_CLOCK_SKEW_MS) throw badInput(field, `"${field}" lies in the future.`);
  return at;
}

/** A demand must still be needed: its last day not before the district's today. */
export function notPast(endDate: string, today: string, field: string): void {
  if (endDate < today) throw badInput(field, `The last needed day ${endDate} has already passed (today is ${today}).`);
}
