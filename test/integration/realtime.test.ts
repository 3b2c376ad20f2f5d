import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { AgrCreate, AgrSuspend, buildParties, draftInput } from '../kit/agreements.js';
import { buildDistrict, buildOrganization, buildResource, type District } from '../kit/builders.js';
import { matchingScene, runOver } from '../kit/matching.js';
import { startTestHub, type TestHub } from '../kit/server.js';
import { delivered, wsClient, wsSubscribe, wsSubscribed, type TestWsClient } from '../kit/ws-client.js';
import { waitFor } from '../kit/wait.js';

// Subscriptions with real graphql-ws clients against a hub on real PostgreSQL.

const Report = graphql(`
  mutation RtReport($input: ReportAvailabilityInput!) {
    reportAvailability(input: $input) { observation { id } userErrors { code } }
  }
`);

const ReportMany = graphql(`
  mutation RtReportMany($input: ReportAvailabilitiesInput!) {
    reportAvailabilities(input: $input) { observations { id } userErrors { code } }
  }
`);

const AVAILABILITY = `subscription RtAvail($filter: AvailabilityChangeFilter!) {
  availabilityChanged(filter: $filter) { cursor isHeartbeat freeCount observedAt resource { id title } }
}`;
const MATCHES = `subscription RtMatches($filter: MatchEventFilter, $after: String) {
  matchEvents(filter: $filter, after: $after) { cursor isHeartbeat type actor { role } match { id status quantity demand { id } resource { id } } }
}`;
const AGREEMENTS = `subscription RtAgreements($filter: AgreementEventFilter, $after: String) {
  agreementEvents(filter: $filter, after: $after) { cursor isHeartbeat type from to reason actor { id role } agreement { id status } }
}`;

type Avail = { availabilityChanged: { cursor: string; isHeartbeat: boolean; freeCount: number | null; resource: { id: string } | null } };

let hub: TestHub;
let d: District;
const sockets: TestWsClient[] = [];

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.client.dispose()));
  await hub?.close();
});

function connect(token?: string) {
  const c = wsClient(hub.server.wsUrl, token);
  sockets.push(c);
  return c;
}

/** Everything committed so far has reached every socket of this file (or was never sent to it). */
function quiet() {
  return delivered(hub, ...sockets);
}

/** Resolves once `count` more subscriptions than now are registered with the hub. */
function registrations(count: number) {
  const before = hub.server.hub.size;
  return () => waitFor(() => hub.server.hub.size >= before + count, { what: `${count} subscriptions to be registered` });
}

async function carPark() {
  const org = await buildOrganization(hub, d.community);
  const r = await buildResource(hub, org.id, { capacity: 30 });
  const token = await hub.token({ role: Role.UNIT_ADMIN, organizationId: org.id });
  let minute = 0;
  const report = async (freeCount: number, observedAt?: string) => {
    // observations must be newer than the latest and not in the future of the hub's clock
    const at = observedAt ?? new Date(hub.clock.now().getTime() - 600 * 60_000 + ++minute * 60_000).toISOString();
    const data = await hub.client.data(Report, { input: { resourceId: r.id, freeCount, observedAt: at } }, token);
    return data.reportAvailability.userErrors.map((e) => e.code);
  };
  return { org, r, token, report };
}

describe('availabilityChanged', () => {
  it('delivers each committed report on the resources named, with the current node, and nothing else', async () => {
    const a = await carPark();
    const b = await carPark();
    const { client } = connect();
    const sub = await wsSubscribed<Avail>(hub, client, AVAILABILITY, { filter: { resourceIds: [a.r.id] } });
    expect(await b.report(3)).toEqual([]);
    expect(await a.report(7)).toEqual([]);
    await sub.waitFor(1);
    await quiet();
    expect(sub.messages).toHaveLength(1);
    expect(sub.messages[0].data!.availabilityChanged).toMatchObject({ isHeartbeat: false, freeCount: 7, resource: { id: a.r.id, title: expect.stringContaining('职工停车场') } });
  });

  it('sends nothing for a report that was rolled back', async () => {
    const a = await carPark();
    const { client } = connect();
    const sub = await wsSubscribed<Avail>(hub, client, AVAILABILITY, { filter: { resourceIds: [a.r.id] } });
    expect(await a.report(5, '2026-11-23T02:00:00Z')).toEqual([]);
    // older than the latest: OBSERVATION_OUT_OF_ORDER, the transaction rolls back
    expect(await a.report(4, '2026-11-23T01:00:00Z')).toEqual(['OBSERVATION_OUT_OF_ORDER']);
    expect(await a.report(6, '2026-11-23T03:00:00Z')).toEqual([]);
    await sub.waitFor(2);
    await quiet();
    expect(sub.messages.map((m) => m.data!.availabilityChanged.freeCount)).toEqual([5, 6]);
    const cursors = sub.messages.map((m) => BigInt(m.data!.availabilityChanged.cursor));
    expect(cursors[1] > cursors[0]).toBe(true);
  });

  it('filters by kinds and by a circle', async () => {
    const a = await carPark();
    const { client } = connect();
    const parking = await wsSubscribed<Avail>(hub, client, AVAILABILITY, { filter: { kinds: ['PARKING'], near: { lat: 39.9152, lng: 116.4253, radiusMeters: 100 } } });
    const toilets = await wsSubscribed<Avail>(hub, client, AVAILABILITY, { filter: { kinds: ['TOILET'] } });
    const far = await wsSubscribed<Avail>(hub, client, AVAILABILITY, { filter: { near: { lat: 39.99, lng: 116.3, radiusMeters: 1000 } } });
    expect(await a.report(9)).toEqual([]);
    await parking.waitFor(1);
    await quiet();
    expect(parking.messages[0].data!.availabilityChanged.resource!.id).toBe(a.r.id);
    expect(toilets.messages).toEqual([]);
    expect(far.messages).toEqual([]);
  });

  it('executes each (event, selection, kind of viewer) once for all the subscribers who share it', async () => {
    const a = await carPark();
    const anonymous = connect().client;
    const another = connect().client;
    const staff = connect(await hub.token({ role: Role.DISTRICT_ADMIN })).client;
    const registered = registrations(4);
    const subs = [
      wsSubscribe<Avail>(anonymous, AVAILABILITY, { filter: { resourceIds: [a.r.id] } }),
      wsSubscribe<Avail>(another, AVAILABILITY, { filter: { kinds: ['PARKING'] } }), // another filter, same selection
      wsSubscribe<Avail>(another, AVAILABILITY, { filter: { near: { lat: 39.9152, lng: 116.4253, radiusMeters: 50 } } }),
      wsSubscribe<Avail>(staff, AVAILABILITY, { filter: { resourceIds: [a.r.id] } }), // another kind of viewer
    ];
    await registered();
    await quiet();
    const before = { ...hub.server.hub.stats };
    expect(await a.report(12)).toEqual([]);
    for (const s of subs) await s.waitFor(1);
    await quiet();
    expect(hub.server.hub.stats.executions - before.executions).toBe(2);
    // (earlier tests' subscribers of parking near here may receive it too: deliveries are at least ours)
    expect(hub.server.hub.stats.deliveries - before.deliveries).toBeGreaterThanOrEqual(4);
    expect(subs.map((s) => s.messages.length)).toEqual([1, 1, 1, 1]);
    const payloads = subs.map((s) => JSON.stringify(s.messages[0].data));
    expect(new Set(payloads).size).toBe(1);
  });

  it('refuses a filter that names nothing, a bad circle or a malformed id with BAD_USER_INPUT', async () => {
    const { client } = connect();
    for (const filter of [{}, { near: { lat: 39.9, lng: 116.4, radiusMeters: 0 } }, { resourceIds: ['nope'] }, { resourceIds: [] }]) {
      const sub = wsSubscribe(client, AVAILABILITY, { filter });
      await sub.ended();
      expect(sub.error?.[0]?.extensions?.code, JSON.stringify(filter)).toBe('BAD_USER_INPUT');
    }
  });
});

describe('events only after commit', () => {
  it('delivers an event when its transaction commits, never one that rolls back', async () => {
    const a = await carPark();
    const { client } = connect();
    const sub = await wsSubscribed<Avail>(hub, client, AVAILABILITY, { filter: { resourceIds: [a.r.id] } });
    const writer = await hub.app.db.pool.connect();
    const write = async (freeCount: number) => {
      await writer.query('begin');
      await writer.query('select pg_advisory_xact_lock(7346001)');
      await writer.query(
        `insert into event (cursor, type, subject_type, subject_id, area_path, organization_id, is_public, actor_id, actor_role, occurred_at, data)
         select nextval('event_cursor_seq'), 'AVAILABILITY_REPORTED', 'Resource', r.id, r.area_path, r.organization_id, true, 'test', 'UNIT_ADMIN', now(),
                jsonb_build_object('freeCount', $2::int, 'observedAt', now())
         from resource r where r.id = $1::bigint`,
        [fromGlobalId(a.r.id)!.id, freeCount],
      );
      await writer.query(`select pg_notify('sharehub_events', (select max(cursor)::text from event))`);
    };
    try {
      await write(1);
      await quiet();
      expect(sub.messages).toEqual([]); // written, not committed
      await writer.query('rollback');
      await write(2);
      await writer.query('commit');
      await sub.waitFor(1);
      await quiet();
      expect(sub.messages.map((m) => m.data!.availabilityChanged.freeCount)).toEqual([2]);
    } finally {
      writer.release();
    }
  });
});

describe('matchEvents', () => {
  it('delivers proposals to staff of the demand\'s area, never to a unit outside, and refuses anonymous callers', async () => {
    const s = await matchingScene(hub);
    const outsider = await buildOrganization(hub, d.community);
    const staff = connect(await s.communityAdmin()).client;
    const unit = connect(await s.unit()).client;
    const other = connect(await hub.token({ role: Role.UNIT_ADMIN, organizationId: outsider.id })).client;
    const registered = registrations(3);
    const inScope = wsSubscribe<{ matchEvents: { type: string; match: { status: string; demand: { id: string }; resource: { id: string } } } }>(staff, MATCHES, { filter: { areaId: s.d.community.id } });
    const ofUnit = wsSubscribe(unit, MATCHES, { filter: { organizationId: s.p.org.id } });
    const outside = wsSubscribe(other, MATCHES, {});
    await registered();
    const demand = await s.demand();
    await runOver(hub, s);
    await inScope.waitFor(1);
    await ofUnit.waitFor(1);
    await quiet();
    expect(inScope.messages[0].data!.matchEvents).toMatchObject({ type: 'MATCH_PROPOSED', match: { status: 'PROPOSED', resource: { id: s.p.resource.id } } });
    expect(inScope.messages[0].data!.matchEvents.match.demand.id).toBe(demand.id);
    expect(outside.messages).toEqual([]);

    const anonymous = wsSubscribe(connect().client, MATCHES, {});
    await anonymous.ended();
    expect(anonymous.error?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('filters by demand and says NOT_FOUND for an unknown area', async () => {
    const s = await matchingScene(hub);
    const staff = connect(await s.communityAdmin()).client;
    const first = await s.demand();
    const mine = wsSubscribe(staff, MATCHES, { filter: { demandIds: [first.id] } });
    const unknownArea = wsSubscribe(staff, MATCHES, { filter: { areaId: 'QXJlYTo5OTk5OTk5' } });
    await unknownArea.ended();
    expect(unknownArea.error?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const second = await s.demand();
    await runOver(hub, s);
    await mine.waitFor(1);
    await quiet();
    expect(mine.messages).toHaveLength(1);
    expect(JSON.stringify(mine.messages)).not.toContain(second.id);
  });
});

describe('agreementEvents', () => {
  it('tells from, to, who and why', async () => {
    const s = await matchingScene(hub);
    const { client } = connect();
    const sub = await wsSubscribed<{ agreementEvents: Record<string, unknown> }>(hub, client, AGREEMENTS, { filter: { agreementIds: [s.agreementId] } });
    const data = await hub.client.data(AgrSuspend, { input: { id: s.agreementId!, reason: '停车场改造施工' } }, await s.unit());
    expect(data.suspendAgreement.userErrors).toEqual([]);
    await sub.waitFor(1);
    await quiet();
    // a signed agreement whose start date came is first moved to ACTIVE by the clock (SYSTEM), then suspended
    const types = sub.messages.map((m) => m.data!.agreementEvents.type);
    expect(types.slice(-1)).toEqual(['AGREEMENT_SUSPENDED']);
    expect(types.slice(0, -1).every((t) => t === 'AGREEMENT_ACTIVATED')).toBe(true);
    expect(sub.messages[sub.messages.length - 1].data!.agreementEvents).toMatchObject({
      type: 'AGREEMENT_SUSPENDED',
      from: 'ACTIVE',
      to: 'SUSPENDED',
      reason: '停车场改造施工',
      actor: { role: 'UNIT_ADMIN' },
      agreement: { id: s.agreementId, status: 'SUSPENDED' },
    });
  });
});

describe('after: replay, then live', () => {
  it('replays what followed the cursor, then delivers live, each once and in order', async () => {
    const a = await carPark();
    await quiet();
    const from = hub.server.feed.cursor;
    for (const n of [1, 2, 3]) expect(await a.report(n)).toEqual([]);
    const { client } = connect(await hub.token({ role: Role.DISTRICT_ADMIN }));
    const sub = await wsSubscribed(hub, client, `subscription RtReplay($after: String) { agreementEvents(after: $after) { cursor } }`, { after: from });
    const avail = await wsSubscribed<Avail>(hub, client, AVAILABILITY, { filter: { resourceIds: [a.r.id] } });
    expect(await a.report(4)).toEqual([]);
    await avail.waitFor(1);
    await quiet();
    // agreementEvents carries no availability: the replay found nothing for it and it is live and silent
    expect(sub.messages).toEqual([]);
    expect(sub.error).toBeNull();

    const matches = wsSubscribe<{ matchEvents: { cursor: string; type: string } }>(client, MATCHES, { after: from });
    const s = await matchingScene(hub);
    await s.demand();
    await runOver(hub, s);
    await matches.waitFor(1);
    await quiet();
    const cursors = matches.messages.map((m) => BigInt(m.data!.matchEvents.cursor));
    expect([...cursors].sort((x, y) => (x < y ? -1 : 1))).toEqual(cursors);
    expect(new Set(cursors).size).toBe(cursors.length);
  });

  it('replays from an old cursor exactly what a live subscriber saw', async () => {
    const s = await matchingScene(hub);
    const staff = await s.communityAdmin();
    await quiet();
    const from = hub.server.feed.cursor;
    const live = await wsSubscribed<{ matchEvents: { cursor: string } }>(hub, connect(staff).client, MATCHES, { filter: { areaId: s.d.community.id } });
    for (let i = 0; i < 3; i++) await s.demand();
    await runOver(hub, s);
    await live.waitFor(1);
    await quiet();
    const replayed = wsSubscribe<{ matchEvents: { cursor: string } }>(connect(staff).client, MATCHES, { filter: { areaId: s.d.community.id }, after: from });
    await replayed.waitFor(live.messages.length);
    await quiet();
    expect(replayed.messages.map((m) => m.data!.matchEvents.cursor)).toEqual(live.messages.map((m) => m.data!.matchEvents.cursor));
  });

  it('refuses a malformed or future cursor (BAD_USER_INPUT) and one older than the retention (CURSOR_EXPIRED)', async () => {
    const a = await carPark();
    expect(await a.report(1)).toEqual([]);
    await quiet();
    const old = hub.server.feed.cursor;
    const { client } = connect(await hub.token({ role: Role.DISTRICT_ADMIN }));
    for (const after of ['x1', '-1', String(BigInt(old) + 1000n)]) {
      const sub = wsSubscribe(client, AGREEMENTS, { after });
      await sub.ended();
      expect(sub.error?.[0]?.extensions, after).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
    hub.clock.advance(8 * 24 * 60 * 60_000);
    try {
      const sub = wsSubscribe(client, AGREEMENTS, { after: old });
      await sub.ended();
      expect(sub.error?.[0]?.extensions?.code).toBe('CURSOR_EXPIRED');
    } finally {
      hub.clock.advance(-8 * 24 * 60 * 60_000);
    }
  });
});

describe('the socket', () => {
  it('closes with 4403 when the token expires during a subscription', async () => {
    const token = await hub.token({ role: Role.DISTRICT_ADMIN }, 2);
    const { client, closed } = connect(token);
    await wsSubscribed(hub, client, AGREEMENTS, {});
    hub.clock.advance(2_000); // the hub's clock reaches the token's `exp`
    try {
      expect(await closed).toBe(4403);
    } finally {
      hub.clock.advance(-2_000);
    }
  });

  it('answers a subscription sent over HTTP with an error, not a hang', async () => {
    const result = await hub.client.request('subscription RtOverHttp { agreementEvents { cursor } }', {});
    expect(result.errors?.[0]?.extensions?.code).toBeTruthy();
  });
});

describe('a subscriber that falls behind', () => {
  it('is ended with SLOW_SUBSCRIBER once more than REALTIME_MAX_QUEUED messages wait for it', async () => {
    const small = await startTestHub({ REALTIME_MAX_QUEUED: '10' });
    try {
      const parties = await buildParties(small, await buildDistrict(small.app.db.pool));
      await small.server.feed.settle();
      const from = small.server.feed.cursor;
      for (let i = 1; i <= 30; i++) {
        const data = await small.client.data(AgrCreate, { input: draftInput(parties, { title: `共建协议第${i}份` }) }, await parties.unit());
        expect(data.createAgreementDraft.userErrors).toEqual([]);
      }
      const c = wsClient(small.server.wsUrl, await small.token({ role: Role.DISTRICT_ADMIN }));
      try {
        // the replay hands over 30 events at once, faster than the socket takes them
        const sub = wsSubscribe(c.client, AGREEMENTS, { after: from });
        await sub.ended();
        expect(sub.error?.[0]?.extensions?.code).toBe('SLOW_SUBSCRIBER');
        expect(sub.messages.length).toBeLessThan(30);
      } finally {
        await c.client.dispose();
      }
    } finally {
      await small.close();
    }
  });
});

describe('a batch of events read at once', () => {
  it('is delivered whole and in cursor order, also across 9 → 10 (cursors compare as numbers, not text)', async () => {
    const fresh = await startTestHub();
    try {
      const district = await buildDistrict(fresh.app.db.pool);
      const org = await buildOrganization(fresh, district.community);
      const r = await buildResource(fresh, org.id, { capacity: 30 });
      const token = await fresh.token({ role: Role.UNIT_ADMIN, organizationId: org.id });
      await fresh.server.feed.settle();
      expect(Number(fresh.server.feed.cursor)).toBeLessThan(9); // the batch below crosses 9 → 10
      const c = wsClient(fresh.server.wsUrl);
      try {
        const sub = await wsSubscribed<Avail>(fresh, c.client, AVAILABILITY, { filter: { resourceIds: [r.id] } });
        // twelve counts in one transaction: one NOTIFY, read by the feed as one batch
        const observations = Array.from({ length: 12 }, (_, i) => ({
          resourceId: r.id,
          freeCount: i,
          observedAt: new Date(fresh.clock.now().getTime() - (20 - i) * 60_000).toISOString(),
        }));
        const done = await fresh.client.data(ReportMany, { input: { observations } }, token);
        expect(done.reportAvailabilities.userErrors).toEqual([]);
        await sub.waitFor(12);
        const cursors = sub.messages.map((m) => Number(m.data!.availabilityChanged.cursor));
        expect(cursors).toEqual([...cursors].sort((a, b) => a - b));
        expect(sub.messages.map((m) => m.data!.availabilityChanged.freeCount)).toEqual(observations.map((o) => o.freeCount));
      } finally {
        await c.client.dispose();
      }
    } finally {
      await fresh.close();
    }
  });
});
