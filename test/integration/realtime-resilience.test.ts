import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/database.js';
import { openHubDatabase } from '../../src/app.js';
import { startEmbeddedPostgres } from '../../src/db/embedded.js';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { AgrCreate, buildParties, draftInput, type Parties } from '../kit/agreements.js';
import { buildDistrict, buildOrganization, buildResource, type District } from '../kit/builders.js';
import { startHubOn, startTestHub, type TestHub } from '../kit/server.js';
import { eventually, waitFor } from '../kit/wait.js';
import { wsClient, wsSubscribe, wsSubscribed, type Received } from '../kit/ws-client.js';

// Delivery that loses nothing: several instances, dropped clients, killed connections, a
// restarted database. Every check compares what a subscriber received with the event log itself.

const Report = graphql(`
  mutation RtResReport($input: ReportAvailabilityInput!) {
    reportAvailability(input: $input) { observation { id } userErrors { code } }
  }
`);

const Drafted = graphql(`
  query RtResDrafted($after: String) {
    events(after: $after, first: 500, filter: { types: [AGREEMENT_DRAFTED] }) { edges { cursor } }
  }
`);

const AGREEMENTS = `subscription RtResAgreements($after: String) { agreementEvents(after: $after) { cursor type isHeartbeat } }`;
const AVAILABILITY = `subscription RtResAvail($ids: [ID!]) { availabilityChanged(filter: { resourceIds: $ids }) { cursor isHeartbeat freeCount } }`;

type AgreementMessage = { agreementEvents: { cursor: string; type: string | null; isHeartbeat: boolean } };
type AvailMessage = { availabilityChanged: { cursor: string; isHeartbeat: boolean; freeCount: number | null } };

/** The counts a subscription received, heartbeats (which carry no count) left out. */
function countsOf(sub: Received<AvailMessage>): (number | null)[] {
  return sub.messages.filter((m) => !m.data!.availabilityChanged.isHeartbeat).map((m) => m.data!.availabilityChanged.freeCount);
}

/** Waits until the subscription has received `n` counts (heartbeats do not count). */
function countsArrived(sub: Received<AvailMessage>, n: number) {
  return waitFor(() => countsOf(sub).length >= n || sub.error, { what: `${n} counts` });
}

/** A car park whose unit reports counts, each observed a minute after the last. */
async function countedCarPark(hub: TestHub, d: District) {
  const org = await buildOrganization(hub, d.community);
  const r = await buildResource(hub, org.id, { capacity: 30 });
  const token = await hub.token({ role: Role.UNIT_ADMIN, organizationId: org.id });
  let minute = 0;
  const report = async (freeCount: number) => {
    const observedAt = new Date(hub.clock.now().getTime() - 1_000 * 60_000 + ++minute * 60_000).toISOString();
    const data = await hub.client.data(Report, { input: { resourceId: r.id, freeCount, observedAt } }, token);
    expect(data.reportAvailability.userErrors).toEqual([]);
  };
  return { r, report };
}

describe('on the test database server', () => {
  let hub: TestHub;
  let d: District;
  beforeAll(async () => {
    hub = await startTestHub({ REALTIME_HEARTBEAT_MS: '300', REALTIME_POLL_MS: '500' });
    d = await buildDistrict(hub.app.db.pool);
  });
  afterAll(() => hub?.close());

  it('two instances on one database: subscribed on one, changed through the other', async () => {
    const second = await startHubOn({ db: await openHubDatabase(hub.database.url, { poolSize: 3 }), url: hub.database.url, drop: async () => {} });
    const { client } = wsClient(second.server.wsUrl);
    try {
      const park = await countedCarPark(hub, d);
      const sub = await wsSubscribed<AvailMessage>(second, client, AVAILABILITY, { ids: [park.r.id] });
      await park.report(11);
      await park.report(12);
      await countsArrived(sub, 2);
      expect(countsOf(sub)).toEqual([11, 12]);
    } finally {
      await client.dispose();
      await second.server.close();
      await second.app.db.close();
    }
  });

  it('heartbeats carry the newest cursor to a quiet subscriber', async () => {
    const park = await countedCarPark(hub, d);
    await park.report(1);
    await hub.server.feed.settle();
    const newest = hub.server.feed.cursor;
    const { client } = wsClient(hub.server.wsUrl, await hub.token({ role: Role.DISTRICT_ADMIN }));
    try {
      const sub = wsSubscribe<AgreementMessage>(client, AGREEMENTS, {});
      await sub.waitFor(1);
      expect(sub.messages[0].data!.agreementEvents).toEqual({ cursor: newest, type: null, isHeartbeat: true });
    } finally {
      await client.dispose();
    }
  });

  it('a client that drops while 100 changes commit over 10 connections resumes with its cursor: each event once, in order', async () => {
    const parties: Parties = await buildParties(hub, d);
    const token = await parties.unit();
    await hub.server.feed.settle();
    const start = hub.server.feed.cursor;
    const district = await hub.token({ role: Role.DISTRICT_ADMIN });

    const received: AgreementMessage['agreementEvents'][] = [];
    const first = wsClient(hub.server.wsUrl, district);
    const sub1 = await wsSubscribed<AgreementMessage>(hub, first.client, AGREEMENTS, { after: start });

    // 100 drafts, 10 at a time: ten workers, each on its own keep-alive connection
    let made = 0;
    const writers = Array.from({ length: 10 }, async () => {
      while (made < 100) {
        made++;
        const data = await hub.client.data(AgrCreate, { input: draftInput(parties, { title: `共建协议第${made}份` }) }, token);
        expect(data.createAgreementDraft.userErrors).toEqual([]);
      }
    });
    // drop the first client once some events arrived, while the writers go on
    await sub1.waitFor(10, 20_000);
    await first.client.dispose();
    received.push(...sub1.messages.map((m) => m.data!.agreementEvents).filter((e) => !e.isHeartbeat));
    const resumeFrom = received[received.length - 1].cursor;
    expect(received.length).toBeLessThan(100); // dropped mid-stream: the rest must come from the resumed subscription

    const second = wsClient(hub.server.wsUrl, district);
    try {
      const sub2 = wsSubscribe<AgreementMessage>(second.client, AGREEMENTS, { after: resumeFrom });
      await Promise.all(writers);
      await hub.server.feed.settle();
      const truth = (await hub.client.data(Drafted, { after: start }, district)).events.edges.map((e) => e.cursor);
      expect(truth).toHaveLength(100);
      const events = () => sub2.messages.map((m) => m.data!.agreementEvents).filter((e) => !e.isHeartbeat);
      await waitFor(() => received.length + events().length >= 100 || sub2.error, { what: 'the 100 drafts' }).catch(() => {});
      const all = [...received, ...events()];
      expect(all.every((e) => e.type === 'AGREEMENT_DRAFTED')).toBe(true);
      expect(all.map((e) => e.cursor), `dropped after ${resumeFrom}; first client got ${received.map((e) => e.cursor).join(',')}; resumed got ${events().map((e) => e.cursor).join(',')}`).toEqual(truth);
    } finally {
      await second.client.dispose();
    }
  });

  it('loses nothing when the instance\'s database connections are killed (pg_terminate_backend)', async () => {
    const park = await countedCarPark(hub, d);
    const { client } = wsClient(hub.server.wsUrl);
    const killer = new pg.Client({ connectionString: hub.database.url });
    await killer.connect();
    try {
      const sub = await wsSubscribed<AvailMessage>(hub, client, AVAILABILITY, { ids: [park.r.id] });
      await park.report(1);
      await countsArrived(sub, 1);
      const killed = await killer.query(
        `select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
      );
      expect(killed.rows[0].n).toBeGreaterThan(0); // at least the feed's LISTEN connection
      // changes commit while the feed is reconnecting: it LISTENs again, then reads from its cursor
      for (const n of [2, 3, 4]) await eventually(() => park.report(n));
      await countsArrived(sub, 4);
      expect(countsOf(sub)).toEqual([1, 2, 3, 4]);
      // the safety poll may have delivered them before the reconnect (100 ms back-off, slower on a loaded
      // machine) finished: the feed must be LISTENing again soon, not necessarily already
      await eventually(async () => expect(hub.server.feed.listening).toBe(true));
    } finally {
      await killer.end();
      await client.dispose();
    }
  });
});

describe('on an embedded PostgreSQL the test restarts', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sharehub-restart-pg-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loses nothing across a database restart during a subscription', async () => {
    let server = await startEmbeddedPostgres({ dir, durable: false });
    const port = server.port;
    const admin = new pg.Client({ connectionString: server.adminUrl });
    await admin.connect();
    await admin.query(`create database sharehub_restart encoding 'UTF8' locale 'C.UTF-8' template template0`);
    await admin.end();
    const url = server.urlFor('sharehub_restart');
    const db = await openHubDatabase(url, { poolSize: 3 });
    await migrate(db);
    const hub = await startHubOn({ db, url, drop: () => db.close() }, { REALTIME_POLL_MS: '300' });
    const { client } = wsClient(hub.server.wsUrl);
    try {
      const d = await buildDistrict(hub.app.db.pool);
      const park = await countedCarPark(hub, d);
      const sub = await wsSubscribed<AvailMessage>(hub, client, AVAILABILITY, { ids: [park.r.id] });
      await park.report(1);
      await countsArrived(sub, 1);

      await server.stop();
      server = await startEmbeddedPostgres({ dir, durable: false, port });
      for (const n of [2, 3]) await eventually(() => park.report(n));
      await countsArrived(sub, 3);
      expect(countsOf(sub)).toEqual([1, 2, 3]);
    } finally {
      await client.dispose();
      await hub.close();
      await server.stop();
    }
  });
});
