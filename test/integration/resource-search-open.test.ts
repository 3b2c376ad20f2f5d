import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import type { CreateResourceInput, ResourceFilter } from '../gql/graphql.js';
import { buildDistrict, buildOrganization } from '../kit/builders.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';

const Find = graphql(`
  query SearchOpenAt($filter: ResourceFilter) {
    resources(filter: $filter, first: 100) { edges { node { id } } pageInfo { hasNextPage } }
  }
`);

const OpenNow = graphql(`
  query SearchOpenNow($filter: ResourceFilter, $id: ID!) {
    resources(filter: $filter, first: 100) { edges { node { id isOpenNow nextOpenAt } } }
    resource(id: $id) { id isOpenNow nextOpenAt }
  }
`);

const Create = graphql(`
  mutation SearchOpenCreate($input: CreateResourceInput!) {
    createResource(input: $input) { resource { id } userErrors { code field message } }
  }
`);

const Publish = graphql(`
  mutation SearchOpenPublish($input: ResourceStatusInput!) { publishResource(input: $input) { userErrors { code } } }
`);

let hub: TestHub;
let admin: string;

beforeAll(async () => {
  hub = await startTestHub();
  admin = await hub.token({ role: Role.DISTRICT_ADMIN });
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(() => hub?.close());

const ALL_DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
const MON_FRI = ALL_DAYS.slice(0, 5);

/** Creates and publishes a reading room through the API as a district admin, open 08:00–20:00 every day unless patched. */
async function make(organizationId: string, patch: Partial<CreateResourceInput>): Promise<string> {
  const input: CreateResourceInput = {
    organizationId,
    kind: 'READING_ROOM',
    title: '开放时间测试阅览室',
    location: { lat: 39.9152, lng: 116.4253 },
    capacity: 20,
    windows: [{ days: [...ALL_DAYS], dayType: 'ANY', start: '08:00', end: '20:00' }],
    ...patch,
  };
  const created = await hub.client.data(Create, { input }, admin);
  expect(created.createResource.userErrors).toEqual([]);
  const id = created.createResource.resource!.id;
  expect((await hub.client.data(Publish, { input: { id } }, admin)).publishResource.userErrors).toEqual([]);
  return id;
}

/** Ids of what the search finds (this file's database holds only its own resources, fewer than 100). */
async function found(filter: ResourceFilter, token: string | null = null): Promise<string[]> {
  const data = await hub.client.data(Find, { filter }, token);
  expect(data.resources.pageInfo.hasNextPage).toBe(false);
  return data.resources.edges.map((e) => e.node.id);
}

const SetHolidays = graphql(`
  mutation SearchSetHolidays($input: SetHolidaysInput!) { setHolidays(input: $input) { userErrors { code field message } } }
`);

describe('resources: open at an instant, and open now', () => {
  // an invented 2027 calendar: Wednesday 29 September to Friday 1 October off, Saturday 2 October worked
  const CALENDAR = [
    { date: '2027-09-29', kind: 'HOLIDAY' },
    { date: '2027-09-30', kind: 'HOLIDAY' },
    { date: '2027-10-01', kind: 'HOLIDAY' },
    { date: '2027-10-02', kind: 'MAKEUP_WORKDAY' },
  ] as const;
  const r = {} as Record<'workday' | 'restDay' | 'night' | 'daily' | 'closedLong' | 'nightBreak', string>;
  let orgId: string;

  beforeAll(async () => {
    const d = await buildDistrict(hub.app.db.pool);
    const set = await hub.client.data(SetHolidays, { input: { year: 2027, dates: CALENDAR.map((c) => ({ ...c })) } }, admin);
    expect(set.setHolidays.userErrors).toEqual([]);
    orgId = (await buildOrganization(hub, d.community)).id;
    r.workday = await make(orgId, { windows: [{ days: [...ALL_DAYS], dayType: 'WORKDAY', start: '09:00', end: '17:00' }] });
    r.restDay = await make(orgId, { windows: [{ days: [...ALL_DAYS], dayType: 'REST_DAY', start: '10:00', end: '16:00' }] });
    r.night = await make(orgId, { windows: [{ days: [...MON_FRI], dayType: 'WORKDAY', start: '19:00', end: '07:30' }] });
    r.daily = await make(orgId, {
      exceptions: [
        { from: '2027-10-13', to: '2027-10-14', closed: true, note: '设备检修' },
        { from: '2027-10-15', to: '2027-10-15', hours: [{ start: '12:00', end: '14:00' }] },
      ],
    });
    r.closedLong = await make(orgId, { exceptions: [{ from: '2027-09-01', to: '2027-11-30', closed: true }] });
    r.nightBreak = await make(orgId, {
      windows: [{ days: [...MON_FRI], dayType: 'ANY', start: '19:00', end: '07:30' }],
      exceptions: [{ from: '2027-10-13', to: '2027-10-13', closed: true }],
    });
  });

  it.each<[string, string, (keyof typeof r)[]]>([
    ['an ordinary Wednesday morning', '2027-10-06T11:00:00+08:00', ['workday', 'daily']],
    ['a HOLIDAY on a Wednesday: WORKDAY windows closed, REST_DAY windows open', '2027-09-29T11:00:00+08:00', ['restDay', 'daily']],
    ['the same holiday instant written in UTC', '2027-09-29T03:00:00Z', ['restDay', 'daily']],
    ['a MAKEUP_WORKDAY on a Saturday: WORKDAY windows open, REST_DAY windows closed', '2027-10-02T11:00:00+08:00', ['workday', 'daily']],
    ['an ordinary Saturday', '2027-10-09T11:00:00+08:00', ['restDay', 'daily']],
    ['02:00 on a Tuesday, inside Monday\'s 19:00–07:30', '2027-10-05T02:00:00+08:00', ['night', 'nightBreak']],
    ['02:00 on a Saturday, inside Friday\'s 19:00–07:30', '2027-10-09T02:00:00+08:00', ['night', 'nightBreak']],
    ['02:00 on a Monday, after a Sunday without a night window', '2027-10-11T02:00:00+08:00', []],
    ['02:00 on a holiday, inside the last workday\'s night', '2027-09-29T02:00:00+08:00', ['night', 'nightBreak']],
    ['02:00 after a holiday evening: only an ANY night ran', '2027-09-30T02:00:00+08:00', ['nightBreak']],
    ['02:00 after a make-up Saturday the night windows do not list', '2027-10-03T02:00:00+08:00', []],
    ['07:29:59, the last second of a night', '2027-10-05T07:29:59+08:00', ['night', 'nightBreak']],
    ['07:30, when a night ends', '2027-10-05T07:30:00+08:00', []],
    ['19:00 on a Monday, when a night starts', '2027-10-04T19:00:00+08:00', ['night', 'daily', 'nightBreak']],
    ['02:00 on a date an exception closes, inside the night before it', '2027-10-13T02:00:00+08:00', ['night', 'nightBreak']],
    ['20:00 on a date an exception closes', '2027-10-13T20:00:00+08:00', ['night']],
    ['02:00 after a night an exception closed', '2027-10-14T02:00:00+08:00', ['night']],
    ['a date an exception closes', '2027-10-13T12:00:00+08:00', ['workday']],
    ['the day before that exception', '2027-10-12T12:00:00+08:00', ['workday', 'daily']],
    ['within an exception\'s replacement hours', '2027-10-15T13:00:00+08:00', ['workday', 'daily']],
    ['outside an exception\'s replacement hours', '2027-10-15T10:00:00+08:00', ['workday']],
    ['the day after the exceptions', '2027-10-16T10:00:00+08:00', ['restDay', 'daily']],
  ])('finds what is open at %s', async (_label, openAt, open) => {
    const order = ['workday', 'restDay', 'night', 'daily', 'closedLong', 'nightBreak'] as const;
    const expected = order.filter((name) => open.includes(name)).map((name) => r[name]);
    expect(await found({ openAt })).toEqual(expected);
    // the same with another filter, as a district admin who may see every status
    expect(await found({ openAt, organizationId: orgId, statuses: ['PUBLISHED', 'DRAFT'] }, admin)).toEqual(expected);
  });

  it.each<[string, string, Record<keyof typeof r, [boolean, string | null]>]>([
    [
      'on a holiday morning: a WORKDAY window next opens on the make-up Saturday',
      '2027-09-29T08:00:00+08:00',
      {
        workday: [false, '2027-10-02T09:00:00.000+08:00'],
        restDay: [false, '2027-09-29T10:00:00.000+08:00'],
        night: [false, '2027-10-04T19:00:00.000+08:00'],
        daily: [true, '2027-09-29T08:00:00.000+08:00'],
        closedLong: [false, null],
        nightBreak: [false, '2027-09-29T19:00:00.000+08:00'],
      },
    ],
    [
      'on the evening before closed days: the first date of replacement hours',
      '2027-10-12T21:00:00+08:00',
      {
        workday: [false, '2027-10-13T09:00:00.000+08:00'],
        restDay: [false, '2027-10-16T10:00:00.000+08:00'],
        night: [true, '2027-10-12T21:00:00.000+08:00'],
        daily: [false, '2027-10-15T12:00:00.000+08:00'],
        closedLong: [false, null],
        nightBreak: [true, '2027-10-12T21:00:00.000+08:00'],
      },
    ],
    [
      'on a date an exception closes: the night after it',
      '2027-10-13T08:00:00+08:00',
      {
        workday: [false, '2027-10-13T09:00:00.000+08:00'],
        restDay: [false, '2027-10-16T10:00:00.000+08:00'],
        night: [false, '2027-10-13T19:00:00.000+08:00'],
        daily: [false, '2027-10-15T12:00:00.000+08:00'],
        closedLong: [false, null],
        nightBreak: [false, '2027-10-14T19:00:00.000+08:00'],
      },
    ],
  ])('tells isOpenNow and nextOpenAt by the hub\'s clock %s', async (_label, now, expected) => {
    hub.clock.set(now);
    const data = await hub.client.data(OpenNow, { filter: { organizationId: orgId }, id: r.workday });
    const byName = Object.fromEntries(
      Object.entries(r).map(([name, id]) => {
        const node = data.resources.edges.find((e) => e.node.id === id)!.node;
        return [name, [node.isOpenNow, node.nextOpenAt]];
      }),
    );
    expect(byName).toEqual(expected);
    expect(data.resource).toEqual({ id: r.workday, isOpenNow: expected.workday[0], nextOpenAt: expected.workday[1] });
  });
});
