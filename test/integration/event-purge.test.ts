import 'reflect-metadata';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { purgeBatch, purgeEvents } from '../../src/outbox/purge.js';
import { matchOnce } from '../../src/modules/matching/matcher.js';
import { fromGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { startJob } from '../../src/workers/index.js';
import { sweeperJob } from '../../src/workers/sweeper.js';
import { graphql } from '../gql/index.js';
import { agreementIn, AgrSign, buildParties } from '../kit/agreements.js';
import { buildDistrict, buildOrganization, buildResource, type District } from '../kit/builders.js';
import { matchesOf, matchingScene, runOver } from '../kit/matching.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';
import { wsClient, wsSubscribe } from '../kit/ws-client.js';

// The event log is purged of what is older than EVENT_RETENTION_DAYS (7), EVENT_PURGE_BATCH events a
// transaction (5 here, so that every purge takes several), behind a watermark that readers and the matcher
// respect. The clock is moved by hand: nothing here waits for time to pass.

const DAY = 86_400_000;
const BATCH = 5;

const Report = graphql(`
  mutation PurgeReport($input: ReportAvailabilityInput!) {
    reportAvailability(input: $input) { observation { id } userErrors { code } }
  }
`);

const Events = graphql(`
  query PurgeEvents($after: String, $types: [EventType!]) {
    events(after: $after, filter: { types: $types }, first: 500) { edges { node { cursor type data } } pageInfo { endCursor } }
  }
`);

const AGREEMENTS = `subscription PurgeAgreements($filter: AgreementEventFilter, $after: String) {
  agreementEvents(filter: $filter, after: $after) { cursor isHeartbeat type agreement { id } }
}`;

let hub: TestHub;
const sockets: { dispose(): Promise<void> | void }[] = [];

beforeAll(async () => {
  hub = await startTestHub({ EVENT_PURGE_BATCH: String(BATCH) });
  // the matcher follows the log from here on (a fresh state starts at the newest event)
  await matchOnce(hub.app);
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await hub?.close();
});

const sql = <R extends pg.QueryResultRow = Record<string, unknown>>(text: string, values: unknown[] = []) =>
  hub.app.db.pool.query<R>(text, values).then((r) => r.rows);
const watermark = async () => (await sql<{ cursor: string }>(`select cursor::text as cursor from event_watermark`))[0].cursor;
const newestCursor = async () => (await sql<{ c: string }>(`select max(cursor)::text as c from event`))[0].c;
const district = () => hub.token({ role: Role.DISTRICT_ADMIN });

/*
 * Each test starts 9 days after the one before and purges 8 days into its own time: then what the tests
 * before it left (8 days into theirs, 1 day before this one's start) is older than the retention too, and
 * the log's oldest part is always this test's to purge.
 */
let start = new Date(TEST_NOW).getTime() - 9 * DAY;
function nextTest() {
  start += 9 * DAY;
  hub.clock.set(new Date(start));
}
const eightDaysOn = () => hub.clock.set(new Date(start + 8 * DAY));

/** A published car park and a reporter of its free count (each count newer than the last, on the clock). */
async function carPark(d: District) {
  const org = await buildOrganization(hub, d.community);
  const r = await buildResource(hub, org.id, { capacity: 30 });
  const token = await hub.token({ role: Role.UNIT_ADMIN, organizationId: org.id });
  let minute = 0;
  return {
    r,
    async report(freeCount = 3): Promise<string> {
      const observedAt = new Date(hub.clock.now().getTime() - 600 * 60_000 + ++minute * 60_000).toISOString();
      const data = await hub.client.data(Report, { input: { resourceId: r.id, freeCount, observedAt } }, token);
      expect(data.reportAvailability.userErrors).toEqual([]);
      return fromGlobalId(data.reportAvailability.observation!.id)!.id;
    },
  };
}

const HISTORY_TABLES = ['availability_observation', 'agreement_history', 'demand_history', 'demand_list_history', 'project_history', 'match_history'];

async function historyCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of HISTORY_TABLES) counts[table] = (await sql<{ n: number }>(`select count(*)::int as n from ${table}`))[0].n;
  return counts;
}

describe('the purge', () => {
  it('deletes what is older than the retention in batches while writers go on, and loses nothing newer', async () => {
    nextTest();
    const d = await buildDistrict(hub.app.db.pool);
    const parks = [await carPark(d), await carPark(d), await carPark(d)];
    for (let i = 0; i < 4; i++) for (const park of parks) await park.report();
    const before = await watermark();
    const [old] = await sql<{ newest: string; n: number }>(`select max(cursor)::text as newest, count(*)::int as n from event where cursor > $1`, [before]);
    expect(old.n).toBeGreaterThan(3 * BATCH);
    const history = await historyCounts();

    eightDaysOn();
    // each report races a purge batch: three writers and the batches between them, all at once
    const fresh: string[] = [];
    const purged: number[] = [];
    await Promise.all(
      parks.map(async (park) => {
        for (let i = 0; i < 8; i++) {
          const [observation, n] = await Promise.all([park.report(), purgeBatch(hub.app)]);
          fresh.push(observation);
          purged.push(n);
        }
      }),
    );
    const rest = await purgeEvents(hub.app);

    // every old event went, at most BATCH a transaction, and the watermark is the newest of them
    expect(purged.every((n) => n <= BATCH)).toBe(true);
    expect(purged.filter((n) => n > 0).length).toBeGreaterThanOrEqual(Math.ceil(old.n / BATCH));
    expect(purged.reduce((a, b) => a + b, rest)).toBe(old.n);
    expect(await watermark()).toBe(old.newest);
    expect(await sql(`select cursor from event where cursor <= $1`, [old.newest])).toEqual([]);
    // every report made during the purge has its event, read over HTTP from the watermark
    const page = await hub.client.data(Events, { after: old.newest, types: ['AVAILABILITY_REPORTED'] }, await district());
    const reported = page.events.edges.map((e) => String(e.node.data.observationId));
    expect(reported.sort()).toEqual([...fresh].sort());
    // the history tables keep the audit: only the observations just made were added
    expect(await historyCounts()).toEqual({ ...history, availability_observation: history.availability_observation + fresh.length });
  });

  it('never leaves a gap: an old event committed after a newer one waits for it', async () => {
    nextTest();
    const d = await buildDistrict(hub.app.db.pool);
    const park = await carPark(d);
    await park.report();
    eightDaysOn();
    await park.report();
    const kept = await newestCursor();
    // an event written on a clock 8 days back (as a transaction begun long ago would write it)
    hub.clock.set(new Date(start));
    await buildOrganization(hub, d.community);
    eightDaysOn();
    await purgeEvents(hub.app);
    const w = await watermark();
    expect(BigInt(w)).toBeLessThan(BigInt(kept));
    const rows = await sql<{ cursor: string; old: boolean }>(
      `select cursor::text as cursor, occurred_at < $2 as old from event where cursor > $1 order by cursor`,
      [w, new Date(start + DAY)],
    );
    expect(rows[0]).toEqual({ cursor: kept, old: false });
    expect(rows.some((r) => r.old)).toBe(true);
  });
});

describe('readers of a purged cursor', () => {
  it('events(after) over HTTP answers CURSOR_EXPIRED below the watermark and reads on from it', async () => {
    nextTest();
    const d = await buildDistrict(hub.app.db.pool);
    const park = await carPark(d);
    await park.report();
    const admin = await district();
    const read = await hub.client.data(Events, { after: await watermark() }, admin);
    const received = read.events.edges[0].node.cursor;
    expect((await hub.client.request(Events, { after: received }, { token: admin })).errors).toBeUndefined();

    eightDaysOn();
    const after = await park.report();
    await purgeEvents(hub.app);
    const w = await watermark();
    expect(BigInt(received)).toBeLessThan(BigInt(w));

    for (const token of [admin, null]) {
      const refused = await hub.client.request(Events, { after: received }, { token });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CURSOR_EXPIRED', field: 'after' });
      expect(refused.data ?? null).toBeNull();
    }
    // from the watermark itself, from "0" and without a cursor: the oldest event kept onwards
    for (const from of [w, '0', undefined]) {
      const page = await hub.client.data(Events, { after: from, types: ['AVAILABILITY_REPORTED'] }, admin);
      expect(page.events.edges.every((e) => BigInt(e.node.cursor) > BigInt(w))).toBe(true);
      expect(page.events.edges.map((e) => String(e.node.data.observationId))).toContain(after);
    }
  });

  it('a subscription resuming from a purged cursor gets CURSOR_EXPIRED; from the watermark it replays what followed', async () => {
    nextTest();
    const d = await buildDistrict(hub.app.db.pool);
    const p = await buildParties(hub, d, d.community);
    const received = await newestCursor();
    const agreement = await agreementIn(hub, p, 'PROPOSED');

    eightDaysOn();
    await hub.client.data(AgrSign, { input: { id: agreement } }, await p.unit());
    await hub.client.data(AgrSign, { input: { id: agreement } }, await p.areaAdmin());
    await purgeEvents(hub.app);
    const w = await watermark();
    expect(BigInt(received)).toBeLessThan(BigInt(w));

    const c = wsClient(hub.server.wsUrl, await district());
    sockets.push(c.client);
    const expired = wsSubscribe(c.client, AGREEMENTS, { filter: { agreementIds: [agreement] }, after: received });
    await expired.ended(20_000);
    expect(expired.error?.[0]?.extensions).toMatchObject({ code: 'CURSOR_EXPIRED', field: 'after' });
    expect(expired.messages).toEqual([]);

    type Msg = { agreementEvents: { cursor: string; isHeartbeat: boolean; type: string | null } };
    const resumed = wsSubscribe<Msg>(c.client, AGREEMENTS, { filter: { agreementIds: [agreement] }, after: w });
    const signed = () => resumed.messages.filter((m) => !m.data!.agreementEvents.isHeartbeat).map((m) => m.data!.agreementEvents.type);
    while (!signed().includes('AGREEMENT_SIGNED')) await resumed.waitFor(resumed.messages.length + 1, 20_000);
    expect(signed()).toEqual(['AGREEMENT_SIGNATURE_ADDED', 'AGREEMENT_SIGNED']);
    expect(resumed.error).toBeNull();
    resumed.stop();
  });
});

describe('the matcher behind the purge', () => {
  it('a stopped matcher does not hold the purge back: left below the watermark, it re-solves everything once', async () => {
    nextTest();
    const s = await matchingScene(hub);
    await matchOnce(hub.app);
    // the matcher stops here: two demands are placed and their events purged before it runs again
    const placed = [await s.demand({ quantity: 2 }), await s.demand({ quantity: 1, urgency: 'URGENT' })];
    eightDaysOn();
    // a live count after the purge point: the matcher must not skip past the watermark on such events
    const reporter = await hub.token({ role: Role.UNIT_ADMIN, organizationId: s.p.org.id });
    const count = await hub.client.data(
      Report,
      { input: { resourceId: s.p.resource.id, freeCount: 5, observedAt: new Date(hub.clock.now().getTime() - 60_000).toISOString() } },
      reporter,
    );
    expect(count.reportAvailability.userErrors).toEqual([]);
    await purgeEvents(hub.app);
    const w = await watermark();
    const [state] = await sql<{ cursor: string }>(`select cursor::text as cursor from matcher_state`);
    expect(BigInt(state.cursor)).toBeLessThan(BigInt(w));
    expect(await sql(`select 1 from event where type = 'DEMAND_PLACED' and cursor > $1`, [state.cursor])).toEqual([]);

    const first = await matchOnce(hub.app);
    expect(first.fullFallbacks).toBe(1);
    const proposed = (await matchesOf(hub, s, ['PROPOSED'])).map((m) => m.demand?.id).sort();
    expect(proposed).toEqual(placed.map((demand) => demand.id).sort());
    const [moved] = await sql<{ cursor: string }>(`select cursor::text as cursor from matcher_state`);
    expect(BigInt(moved.cursor)).toBeGreaterThanOrEqual(BigInt(w));

    // once: the next pass follows the log again, and a full run finds nothing to change
    expect((await matchOnce(hub.app)).fullFallbacks).toBe(0);
    const run = await runOver(hub, s);
    expect({ proposed: run.proposedCount, superseded: run.supersededCount }).toEqual({ proposed: 0, superseded: 0 });
  });
});

describe('the sweeper', () => {
  it('purges on the one leader instance, batch after batch, until nothing old is left', async () => {
    nextTest();
    const d = await buildDistrict(hub.app.db.pool);
    const park = await carPark(d);
    for (let i = 0; i < 3 * BATCH; i++) await park.report();
    const oldNewest = await newestCursor();
    eightDaysOn();
    const connect = async () => {
      const client = new pg.Client({ connectionString: hub.database.url });
      await client.connect();
      return client;
    };
    const errors: unknown[] = [];
    let purgedBy: (n: number) => void;
    const purged = new Promise<number>((resolve) => (purgedBy = resolve));
    const onPurge = (n: number) => n > 0 && purgedBy(n);
    const a = startJob(hub.app, sweeperJob({ onPurge }), { intervalMs: 50, connect, onError: (e) => errors.push(e) });
    const b = startJob(hub.app, sweeperJob({ onPurge }), { intervalMs: 50, connect, onError: (e) => errors.push(e) });
    try {
      // resolved by the leader's first round that purged anything: it purges until nothing old is left
      expect(await purged).toBeGreaterThan(3 * BATCH);
      expect(await watermark()).toBe(oldNewest);
      expect([a.isLeader, b.isLeader].filter(Boolean)).toHaveLength(1);
      expect(errors).toEqual([]);
    } finally {
      await a.stop();
      await b.stop();
    }
  });
});

describe('EVENT_PURGE_BATCH', () => {
  it('defaults to 5,000 and refuses what is not a whole number from 1, naming the variable', () => {
    expect(loadConfig({}).eventPurgeBatch).toBe(5_000);
    expect(loadConfig({ EVENT_PURGE_BATCH: '200' }).eventPurgeBatch).toBe(200);
    for (const bad of ['0', '-5', '1.5', 'many']) {
      expect(() => loadConfig({ EVENT_PURGE_BATCH: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ EVENT_PURGE_BATCH: bad })).toThrow(/EVENT_PURGE_BATCH/);
    }
  });
});
