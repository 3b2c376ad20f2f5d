import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import type { ReportAvailabilityInput } from '../gql/graphql.js';
import { buildDistrict, buildOrganization, buildResource, eventTypesOf, type District } from '../kit/builders.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';

const Report = graphql(`
  mutation AvailReport($input: ReportAvailabilityInput!) {
    reportAvailability(input: $input) {
      observation { id freeCount observedAt source resource { id } }
      userErrors { code field message }
    }
  }
`);

const ReportMany = graphql(`
  mutation AvailReportMany($input: ReportAvailabilitiesInput!) {
    reportAvailabilities(input: $input) {
      observations { id freeCount observedAt resource { id } }
      userErrors { code field message }
    }
  }
`);

const Read = graphql(`
  query AvailRead($id: ID!) { resource(id: $id) { id version status latestAvailability { freeCount observedAt } } }
`);

const Withdraw = graphql(`
  mutation AvailWithdraw($input: ResourceStatusInput!) { withdrawResource(input: $input) { resource { id } userErrors { code } } }
`);

let hub: TestHub;
let d: District;
const as = (role: Role, scope: { areaId?: string; organizationId?: string } = {}) => hub.token({ role, ...scope });

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(() => hub?.close());

/** TEST_NOW moved by some minutes, as an ISO instant. */
const at = (minutes: number) => new Date(Date.parse(TEST_NOW) + minutes * 60_000).toISOString();
const instant = (value: string | null | undefined) => (value == null ? null : Date.parse(value));

/** A published car park of 30 places, its unit and the unit admin's token. */
async function carPark(options: { areaId?: string; publish?: boolean } = {}) {
  const org = await buildOrganization(hub, d.community);
  const resource = await buildResource(hub, org.id, { capacity: 30, ...options });
  const token = await as(Role.UNIT_ADMIN, { organizationId: org.id });
  return { org, resource, id: resource.id, token };
}

/** Version, latest count and event types of a resource: what "nothing recorded" compares. */
async function state(id: string) {
  const read = await hub.client.data(Read, { id }, await as(Role.DISTRICT_ADMIN));
  const latest = read.resource!.latestAvailability;
  return {
    version: read.resource!.version,
    latest: latest && { freeCount: latest.freeCount, at: instant(latest.observedAt) },
    events: await eventTypesOf(hub, id),
  };
}

const report = (input: ReportAvailabilityInput, token?: string) => hub.client.data(Report, { input }, token);

describe('reportAvailability', () => {
  it('records a count from the unit admin as the latest, without changing the resource\'s version', async () => {
    const { id, token, resource } = await carPark();
    const data = await report({ resourceId: id, freeCount: 12, observedAt: at(-1), source: '停车场道闸系统' }, token);
    expect(data.reportAvailability.userErrors).toEqual([]);
    expect(data.reportAvailability.observation).toMatchObject({ freeCount: 12, source: '停车场道闸系统', resource: { id } });
    expect(instant(data.reportAvailability.observation!.observedAt)).toBe(Date.parse(at(-1)));
    const after = await state(id);
    expect(after).toMatchObject({ version: resource.version, latest: { freeCount: 12, at: Date.parse(at(-1)) } });
    expect(after.events.at(-1)).toBe('AVAILABILITY_REPORTED');
  });

  it('stores the observation and its event with every column: reporter, hub clock, source, scope and data', async () => {
    const { org, id, token } = await carPark({ publish: false });
    hub.clock.advance(30_000);
    const data = await report({ resourceId: id, freeCount: 5, observedAt: at(-1), source: 'gate' }, token);
    const observationId = String(fromGlobalId(data.reportAvailability.observation!.id)!.id);
    const rowId = String(fromGlobalId(id)!.id);
    const { rows: [observation] } = await hub.app.db.pool.query(
      `select resource_id::text, free_count, observed_at, source, reported_by, recorded_at from availability_observation where id = $1`,
      [observationId],
    );
    const sub = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).sub as string;
    expect(observation).toEqual({
      resource_id: rowId, free_count: 5, observed_at: new Date(at(-1)), source: 'gate', reported_by: sub, recorded_at: new Date(at(0.5)),
    });
    const { rows: events } = await hub.app.db.pool.query(
      `select type, subject_type, subject_id::text, area_path, organization_id::text, is_public, actor_id, actor_role, occurred_at, data
       from event where subject_type = 'Resource' and subject_id = $1 and type = 'AVAILABILITY_REPORTED'`,
      [rowId],
    );
    const { rows: [facts] } = await hub.app.db.pool.query(`select area_path from resource where id = $1`, [rowId]);
    expect(events).toEqual([{
      type: 'AVAILABILITY_REPORTED', subject_type: 'Resource', subject_id: rowId, area_path: facts.area_path,
      organization_id: String(fromGlobalId(org.id)!.id), is_public: false, actor_id: sub, actor_role: Role.UNIT_ADMIN,
      occurred_at: new Date(at(0.5)), data: { observationId, freeCount: 5, observedAt: new Date(at(-1)).toISOString() },
    }]);
  });

  it('marks the event of a published resource public', async () => {
    const { id, token } = await carPark();
    await report({ resourceId: id, freeCount: 5 }, token);
    const { rows } = await hub.app.db.pool.query(
      `select is_public from event where subject_type = 'Resource' and subject_id = $1 and type = 'AVAILABILITY_REPORTED'`,
      [String(fromGlobalId(id)!.id)],
    );
    expect(rows).toEqual([{ is_public: true }]);
  });

  it('takes the hub\'s clock as the observed time when none is given', async () => {
    const { id, token } = await carPark();
    const data = await report({ resourceId: id, freeCount: 3 }, token);
    expect(data.reportAvailability.observation!.observedAt).toBe('2026-11-23T14:00:00.000+08:00');
  });

  it('lets a grid worker of the resource\'s grid report a count', async () => {
    const { id } = await carPark({ areaId: d.grid.id });
    const worker = await as(Role.GRID_WORKER, { areaId: d.grid.id });
    const data = await report({ resourceId: id, freeCount: 7, observedAt: at(-2) }, worker);
    expect(data.reportAvailability.observation).toMatchObject({ freeCount: 7 });
    expect((await state(id)).latest).toEqual({ freeCount: 7, at: Date.parse(at(-2)) });
  });

  it('refuses a grid worker of another grid and the admin of another unit with FORBIDDEN, recording nothing', async () => {
    const { id } = await carPark({ areaId: d.grid.id });
    const other = await buildOrganization(hub, d.community);
    const before = await state(id);
    const worker = await as(Role.GRID_WORKER, { areaId: d.otherGrid.id });
    expect(await hub.client.errorCode(Report, { input: { resourceId: id, freeCount: 5 } }, worker)).toBe('FORBIDDEN');
    const stranger = await as(Role.UNIT_ADMIN, { organizationId: other.id });
    expect(await hub.client.errorCode(Report, { input: { resourceId: id, freeCount: 5 } }, stranger)).toBe('FORBIDDEN');
    expect(await state(id)).toEqual(before);
  });

  it('refuses anonymous callers with UNAUTHENTICATED, recording nothing', async () => {
    const { id } = await carPark();
    const before = await state(id);
    expect(await hub.client.errorCode(Report, { input: { resourceId: id, freeCount: 5 } })).toBe('UNAUTHENTICATED');
    expect(await state(id)).toEqual(before);
  });

  it('answers NOT_FOUND for a draft the caller cannot see', async () => {
    const { id } = await carPark({ areaId: d.grid.id, publish: false });
    const worker = await as(Role.GRID_WORKER, { areaId: d.otherGrid.id });
    const result = await hub.client.request(Report, { input: { resourceId: id, freeCount: 5 } }, { token: worker });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.resourceId' });
  });

  it('keeps the newest count as the latest', async () => {
    const { id, token } = await carPark();
    await report({ resourceId: id, freeCount: 20, observedAt: at(-10) }, token);
    await report({ resourceId: id, freeCount: 15, observedAt: at(-5) }, token);
    expect((await state(id)).latest).toEqual({ freeCount: 15, at: Date.parse(at(-5)) });
  });

  it.each([
    ['older', -10],
    ['equally recent', -5],
  ])('answers OBSERVATION_OUT_OF_ORDER for an %s count, leaving the latest as it was', async (_label, minutes) => {
    const { id, token } = await carPark();
    await report({ resourceId: id, freeCount: 15, observedAt: at(-5) }, token);
    const before = await state(id);
    const data = await report({ resourceId: id, freeCount: 1, observedAt: at(minutes) }, token);
    expect(data.reportAvailability).toEqual({
      observation: null,
      userErrors: [expect.objectContaining({ code: 'OBSERVATION_OUT_OF_ORDER', field: 'input.observedAt' })],
    });
    expect(await state(id)).toEqual(before);
  });

  it('accepts a count a few minutes ahead of the hub\'s clock, as drifting car-park clocks send', async () => {
    const { id, token } = await carPark();
    expect((await report({ resourceId: id, freeCount: 2, observedAt: at(4) }, token)).reportAvailability.observation).not.toBeNull();
  });

  it.each<[string, Partial<ReportAvailabilityInput>, string | undefined]>([
    ['a negative free count', { freeCount: -1 }, 'input.freeCount'],
    ['a free count above the capacity', { freeCount: 31 }, 'input.freeCount'],
    ['an observation far in the future', { observedAt: at(60) }, 'input.observedAt'],
    ['a malformed resource id', { resourceId: 'UmVzb3VyY2U6' }, 'input.resourceId'],
    ['a time without an offset', { observedAt: '2026-11-23T13:00:00' }, undefined],
  ])('rejects %s as BAD_USER_INPUT, recording nothing', async (_label, patch, field) => {
    const { id, token } = await carPark();
    const before = await state(id);
    const result = await hub.client.request(Report, { input: { resourceId: id, freeCount: 10, observedAt: at(-1), ...patch } }, { token });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    if (field) expect(result.errors?.[0]?.extensions?.field).toBe(field);
    expect(await state(id)).toEqual(before);
  });

  it('answers RESOURCE_NOT_COUNTED for a resource without capacity, such as a toilet', async () => {
    const org = await buildOrganization(hub, d.community);
    const toilet = await buildResource(hub, org.id, { kind: 'TOILET' });
    const token = await as(Role.UNIT_ADMIN, { organizationId: org.id });
    const data = await report({ resourceId: toilet.id, freeCount: 0 }, token);
    expect(data.reportAvailability.userErrors).toEqual([expect.objectContaining({ code: 'RESOURCE_NOT_COUNTED', field: 'input.resourceId' })]);
    expect((await state(toilet.id)).latest).toBeNull();
  });

  it('answers RESOURCE_WITHDRAWN for a withdrawn resource', async () => {
    const { id, token } = await carPark();
    await hub.client.data(Withdraw, { input: { id } }, token);
    const data = await report({ resourceId: id, freeCount: 4 }, token);
    expect(data.reportAvailability.userErrors).toEqual([expect.objectContaining({ code: 'RESOURCE_WITHDRAWN', field: 'input.resourceId' })]);
    expect((await state(id)).latest).toBeNull();
  });
});

describe('reportAvailabilities', () => {
  it('records the fresh counts of a batch and names each stale one by its index', async () => {
    const a = await carPark();
    const b = await buildResource(hub, a.org.id, { capacity: 30 });
    await report({ resourceId: a.id, freeCount: 10, observedAt: at(-5) }, a.token);
    await report({ resourceId: b.id, freeCount: 10, observedAt: at(-5) }, a.token);
    const versions = [(await state(a.id)).version, (await state(b.id)).version];
    const data = await hub.client.data(
      ReportMany,
      {
        input: {
          observations: [
            { resourceId: a.id, freeCount: 8, observedAt: at(-1) },
            { resourceId: b.id, freeCount: 9, observedAt: at(-6) },
            { resourceId: a.id, freeCount: 7, observedAt: at(-3) },
            { resourceId: b.id, freeCount: 6, observedAt: at(-2) },
          ],
        },
      },
      a.token,
    );
    const result = data.reportAvailabilities;
    expect(result.observations.map((o) => [o.resource.id, o.freeCount])).toEqual([[a.id, 8], [b.id, 6]]);
    expect(result.userErrors).toEqual([
      expect.objectContaining({ code: 'OBSERVATION_OUT_OF_ORDER', field: 'input.observations.1.observedAt' }),
      expect.objectContaining({ code: 'OBSERVATION_OUT_OF_ORDER', field: 'input.observations.2.observedAt' }),
    ]);
    const [afterA, afterB] = [await state(a.id), await state(b.id)];
    expect(afterA).toMatchObject({ version: versions[0], latest: { freeCount: 8, at: Date.parse(at(-1)) } });
    expect(afterB).toMatchObject({ version: versions[1], latest: { freeCount: 6, at: Date.parse(at(-2)) } });
    expect(afterA.events.filter((t) => t === 'AVAILABILITY_REPORTED')).toHaveLength(2);
  });

  it('records the good observations around a stale one: three with the middle one out of order give 2 saved and 1 user error', async () => {
    const { id, token } = await carPark();
    const data = await hub.client.data(
      ReportMany,
      {
        input: {
          observations: [
            { resourceId: id, freeCount: 5, observedAt: at(-10) },
            { resourceId: id, freeCount: 6, observedAt: at(-20) },
            { resourceId: id, freeCount: 7, observedAt: at(-1) },
          ],
        },
      },
      token,
    );
    const result = data.reportAvailabilities;
    expect(result.observations.map((o) => o.freeCount)).toEqual([5, 7]);
    expect(result.userErrors).toEqual([expect.objectContaining({ code: 'OBSERVATION_OUT_OF_ORDER', field: 'input.observations.1.observedAt' })]);
    const after = await state(id);
    expect(after.latest).toMatchObject({ freeCount: 7, at: Date.parse(at(-1)) });
    expect(after.events.filter((t) => t === 'AVAILABILITY_REPORTED')).toHaveLength(2);
  });

  it('refuses the whole batch with FORBIDDEN when one item is a resource the caller may not manage', async () => {
    const mine = await carPark();
    const theirs = await carPark();
    const before = [await state(mine.id), await state(theirs.id)];
    const observations = [
      { resourceId: mine.id, freeCount: 8, observedAt: at(-1) },
      { resourceId: theirs.id, freeCount: 8, observedAt: at(-1) },
    ];
    expect(await hub.client.errorCode(ReportMany, { input: { observations } }, mine.token)).toBe('FORBIDDEN');
    expect([await state(mine.id), await state(theirs.id)]).toEqual(before);
  });

  it.each<[string, Partial<ReportAvailabilityInput>, string]>([
    ['a negative free count', { freeCount: -1 }, 'input.observations.1.freeCount'],
    ['a free count above the capacity', { freeCount: 99 }, 'input.observations.1.freeCount'],
    ['an observation far in the future', { observedAt: at(30) }, 'input.observations.1.observedAt'],
  ])('refuses the whole batch as BAD_USER_INPUT for %s in one item', async (_label, patch, field) => {
    const { id, token } = await carPark();
    const before = await state(id);
    const observations = [
      { resourceId: id, freeCount: 8, observedAt: at(-2) },
      { resourceId: id, freeCount: 5, observedAt: at(-1), ...patch },
    ];
    const result = await hub.client.request(ReportMany, { input: { observations } }, { token });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await state(id)).toEqual(before);
  });

  it.each([0, 501])('rejects a batch of %i counts as BAD_USER_INPUT', async (count) => {
    const { id, token } = await carPark();
    const before = await state(id);
    const observations = Array.from({ length: count }, (_, i) => ({ resourceId: id, freeCount: 1, observedAt: at(-600 + i) }));
    const result = await hub.client.request(ReportMany, { input: { observations } }, { token });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.observations' });
    expect(await state(id)).toEqual(before);
  });

  it('answers NOT_FOUND for a resource that does not exist, naming its index', async () => {
    const { id, token } = await carPark();
    const observations = [
      { resourceId: id, freeCount: 8 },
      { resourceId: toGlobalId('Resource', 999999), freeCount: 8 },
    ];
    const result = await hub.client.request(ReportMany, { input: { observations } }, { token });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.observations.1.resourceId' });
    expect((await state(id)).latest).toBeNull();
  });
});
