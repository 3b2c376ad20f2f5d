import type { Config } from '../../config.js';
import { toGlobalId } from '../../shared/global-id.js';
import { parseLocalTime } from '../../shared/schedule/schedule.js';
import type { IsoWeekday, WeeklyWindow } from '../../shared/schedule/schedule.types.js';
import { formatInZone } from '../../shared/scalars.js';
import { Audience } from '../resources/index.js';
import { hsdsId, organizationHsdsId, serviceHsdsId } from './hsds.ids.js';

/*
 * The hub's public data as HSDS 3.0 objects (README, "Open export: HSDS 3.0", has the mapping table):
 * a resident unit is an organization; a published resource is a service, a location and the service at that
 * location; its weekly windows are schedule rows; its audiences the eligibility description. Pure functions
 * of the rows hsds.reads.ts reads, so the HTTP API and the data package write the same objects.
 */

/** A resident unit as read for HSDS: public columns only (never its contacts). */
export interface PublicOrganizationRow {
  id: string;
  name: string;
  description: string;
}

/** A PUBLISHED resource as read for HSDS: public columns only. */
export interface PublicResourceRow {
  id: string;
  organization_id: string;
  title: string;
  description: string;
  address: string;
  lat: number;
  lng: number;
  audiences: Audience[];
  windows: WeeklyWindow[];
  updated_at: Date;
}

/** What the mapping needs besides the rows: the district's time zone and name (an address's city). */
export interface HsdsSetting {
  timeZone: string;
  /** The UTC offset the schedules' times carry, e.g. +08:00 (the zone's offset at the time of the export). */
  offset: string;
  /** The same offset in hours (schedule.timezone). */
  offsetHours: number;
  city: string;
  /** What every address says where the hub stores nothing (HSDS requires both): HSDS_STATE_PROVINCE, HSDS_POSTAL_CODE. */
  stateProvince: string;
  postalCode: string;
}

export function hsdsSetting(config: Pick<Config, 'timeZone' | 'hsds'>, now: Date, city: string): HsdsSetting {
  const timeZone = config.timeZone;
  const offset = formatInZone(now, timeZone).slice(-6);
  const offsetHours = (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) + Number(offset.slice(4)) / 60);
  return { timeZone, offset, offsetHours, city, ...config.hsds };
}

/** eligibility_description: the audiences in the district's words, joined with 、. */
export const AUDIENCE_WORDS: Readonly<Record<Audience, string>> = {
  [Audience.ALL_RESIDENTS]: '全体居民',
  [Audience.ELDERLY]: '老年人',
  [Audience.PUPILS]: '中小学生',
  [Audience.SANITATION_WORKERS]: '环卫工人',
  [Audience.OUTDOOR_WORKERS]: '户外劳动者',
  [Audience.PEOPLE_IN_DIFFICULTY]: '困难群众',
  [Audience.PEOPLE_WITH_DISABILITIES]: '残疾人',
};

export function eligibilityOf(audiences: readonly Audience[]): string {
  return audiences.map((a) => AUDIENCE_WORDS[a] ?? a).join('、');
}

const BYDAY = ['', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
/** An end at midnight: RFC 3339 times have no 24:00, so the last second of the day. */
export const END_OF_DAY = '23:59:59';

const DAY_TYPE_NOTES = {
  WORKDAY:
    'Workdays only (工作日): by the district\'s holiday calendar, not on public holidays and also on makeup workdays (调休上班); byday lists the regular week\'s workdays.',
  REST_DAY:
    'Rest days only (休息日): by the district\'s holiday calendar, also on public holidays and not on makeup workdays; byday lists the regular week\'s rest days.',
} as const;

/** One schedule row of a weekly window, before ids and offsets: the days it opens on and its local times. */
export interface WeeklyRow {
  days: IsoWeekday[];
  opensAt: string;
  closesAt: string;
}

/**
 * A weekly window as HSDS WEEKLY rows. Day types have no home in HSDS: a WORKDAY window keeps the regular
 * week's workdays (Monday to Friday), a REST_DAY window its rest days, and the row's notes say the holiday
 * calendar decides (no row when none of its days is of its type in a regular week). A window past midnight
 * becomes two rows: from its start to the end of its days, and from midnight to its end on the next days.
 */
export function weeklyRows(w: WeeklyWindow): WeeklyRow[] {
  const days = w.days.filter((d) => (w.dayType === 'WORKDAY' ? d <= 5 : w.dayType === 'REST_DAY' ? d >= 6 : true));
  if (days.length === 0) return [];
  const start = parseLocalTime(w.start, 'start')!;
  const end = parseLocalTime(w.end, 'end')!;
  const time = (t: string) => (t === '24:00' ? END_OF_DAY : `${t}:00`);
  if (end > start) return [{ days, opensAt: time(w.start), closesAt: time(w.end) }];
  const first: WeeklyRow = { days, opensAt: time(w.start), closesAt: END_OF_DAY };
  if (end === 0) return [first];
  const next = days.map((d) => ((d % 7) + 1) as IsoWeekday).sort((a, b) => a - b);
  return [first, { days: next, opensAt: '00:00:00', closesAt: time(w.end) }];
}

export const bydayOf = (days: readonly IsoWeekday[]): string => days.map((d) => BYDAY[d]).join(',');

// ---- the objects

/** HSDS requires a description: a unit that has written none is described by its name. */
export function organizationOf(o: PublicOrganizationRow) {
  return { id: organizationHsdsId(o.id), name: o.name, description: o.description.trim() || o.name };
}

export function serviceOf(r: PublicResourceRow, s: HsdsSetting) {
  return {
    id: serviceHsdsId(r.id),
    organization_id: organizationHsdsId(r.organization_id),
    name: r.title,
    description: r.description,
    status: 'active',
    eligibility_description: eligibilityOf(r.audiences),
    last_modified: formatInZone(r.updated_at, s.timeZone),
  };
}

const partId = (r: PublicResourceRow, part: string) => hsdsId(toGlobalId('Resource', r.id), part);

export function locationOf(r: PublicResourceRow) {
  return {
    id: partId(r, 'location'),
    location_type: 'physical',
    organization_id: organizationHsdsId(r.organization_id),
    name: r.title,
    latitude: r.lat,
    longitude: r.lng,
  };
}

/** The resource's address, or null when it has none (HSDS requires `address_1`). */
export function addressOf(r: PublicResourceRow, s: HsdsSetting) {
  if (!r.address.trim()) return null;
  return {
    id: partId(r, 'address'),
    location_id: partId(r, 'location'),
    address_1: r.address,
    city: s.city,
    state_province: s.stateProvince,
    postal_code: s.postalCode,
    country: 'CN',
    address_type: 'physical',
  };
}

export function addressesOf(r: PublicResourceRow, s: HsdsSetting) {
  const address = addressOf(r, s);
  return address ? [address] : [];
}

export function serviceAtLocationOf(r: PublicResourceRow) {
  return { id: partId(r, 'service_at_location'), service_id: serviceHsdsId(r.id), location_id: partId(r, 'location') };
}

/** The schedule rows of a resource's weekly windows, in window order. */
export function schedulesOf(r: PublicResourceRow, s: HsdsSetting) {
  return r.windows.flatMap((w, i) =>
    weeklyRows(w).map((row, part) => ({
      id: partId(r, `schedule/${i}/${part}`),
      service_at_location_id: partId(r, 'service_at_location'),
      timezone: s.offsetHours,
      freq: 'WEEKLY',
      interval: 1,
      wkst: 'MO',
      byday: bydayOf(row.days),
      opens_at: `${row.opensAt}${s.offset}`,
      closes_at: `${row.closesAt}${s.offset}`,
      description: `${w.start}–${w.end}${part === 1 ? ' (continued past midnight)' : ''}`,
      ...(w.dayType === 'ANY' ? {} : { notes: DAY_TYPE_NOTES[w.dayType] }),
    })),
  );
}

/** /services/{id}: the service with its organization, its service at location, that location and schedules. */
export function fullServiceOf(r: PublicResourceRow, o: PublicOrganizationRow, s: HsdsSetting) {
  return {
    ...serviceOf(r, s),
    organization: organizationOf(o),
    service_at_locations: [{ ...serviceAtLocationOf(r), location: { ...locationOf(r), addresses: addressesOf(r, s) }, schedules: schedulesOf(r, s) }],
  };
}
