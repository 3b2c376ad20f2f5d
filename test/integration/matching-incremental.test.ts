import 'reflect-metadata';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { matchOnce } from '../../src/modules/matching/matcher.js';
import { startJob } from '../../src/workers/index.js';
import { fromGlobalId, toGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { AgrResume, AgrSuspend, agreementIn, buildParties } from '../kit/agreements.js';
import { waitFor } from '../kit/wait.js';
import { matchingScene, runOver, type MatchingScene } from '../kit/matching.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';

// Incremental matching: after each kind of change, `matchOnce` re-solves the touched component and
// leaves exactly what a full `runMatching` over the same state gives — the full run that follows proposes and
// supersedes nothing, and the totals of PROPOSED + ACCEPTED matches do not move.

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
  // the matcher follows the log from here on, as it would from the moment it first ran (a fresh state
  // starts at the newest event: see the last test)
  await matchOnce(hub.app);
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(() => hub?.close());

const sql = (text: string, values: unknown[] = []) => hub.app.db.pool.query(text, values);
const rowId = (globalId: string) => fromGlobalId(globalId)!.id;
const district = () => hub.token({ role: Role.DISTRICT_ADMIN });

/** The plain-string documents below are not in the generated client: results are read loosely. */
async function mutate(query: string, input: Record<string, unknown>, token: string) {
  const data = (await hub.client.data<Record<string, { userErrors: { code: string }[] }>, unknown>(query, { input }, token)) as Record<
    string,
    { userErrors: { code: string }[] }
  >;
  const payload = Object.values(data)[0];
  expect(payload.userErrors).toEqual([]);
}

const CancelDemand = `mutation IncCancel($input: CancelDemandInput!) { cancelDemand(input: $input) { userErrors { code } } }`;
const PauseResource = `mutation IncPause($input: ResourceStatusInput!) { pauseResource(input: $input) { userErrors { code } } }`;
const PublishResource = `mutation IncPublish($input: ResourceStatusInput!) { publishResource(input: $input) { userErrors { code } } }`;
const UpdateResource = `mutation IncUpdate($input: UpdateResourceInput!) { updateResource(input: $input) { userErrors { code } } }`;
const Report = `mutation IncReport($input: ReportAvailabilityInput!) { reportAvailability(input: $input) { userErrors { code } } }`;
const Accept = `mutation IncAccept($input: MatchInput!) { acceptMatch(input: $input) { userErrors { code } } }`;
const Decline = `mutation IncDecline($input: MatchReasonInput!) { declineMatch(input: $input) { userErrors { code } } }`;

/**
 * A community with two car parks under ACTIVE agreements (the scene's, capacity lowered to 4, and a second
 * unit's with 3) and four demands that want more than both give: one connected component.
 */
async function scene() {
  const s = await matchingScene(hub);
  const p2 = await buildParties(hub, s.d, s.d.community);
  const agreement2 = await agreementIn(hub, p2, 'ACTIVE');
  const resource2 = rowId(p2.resource.id);
  // before anything is solved; no event needed (the demands placed below touch the whole component)
  await sql(`update resource set capacity = 4 where id = $1`, [s.resourceRowId]);
  await sql(`update resource set capacity = 3 where id = $1`, [resource2]);
  const demands = [
    await s.demand({ quantity: 2, urgency: 'HIGH' }),
    await s.demand({ quantity: 3 }),
    await s.demand({ quantity: 2, radiusMeters: 600 }),
    await s.demand({ quantity: 1, urgency: 'URGENT' }),
  ];
  return { s, p2, agreement2, resource2, demands };
}

/** Totals of the community's PROPOSED + ACCEPTED matches, and of its PROPOSED ones alone. */
async function totals(s: MatchingScene) {
  const { rows } = await sql(
    `select coalesce(sum(score * quantity), 0)::int as objective, coalesce(sum(quantity), 0)::int as served,
            coalesce(sum(score * quantity) filter (where status = 'PROPOSED'), 0)::int as proposed_objective,
            coalesce(sum(quantity) filter (where status = 'PROPOSED'), 0)::int as proposed_served
     from match where area_path like $1 and status in ('PROPOSED', 'ACCEPTED')`,
    [`${s.d.community.path}%`],
  );
  return rows[0] as { objective: number; served: number; proposed_objective: number; proposed_served: number };
}

/** The community's live matches, in id order. */
async function live(s: MatchingScene) {
  const { rows } = await sql(
    `select id::text, demand_id::text, resource_id::text, quantity, status from match
     where area_path like $1 and status in ('PROPOSED', 'ACCEPTED') order by id`,
    [`${s.d.community.path}%`],
  );
  return rows;
}

/** A full run over the community changes nothing and has the objective the incremental matcher left. */
async function expectFullRunAgrees(s: MatchingScene) {
  const before = await totals(s);
  const matches = await live(s);
  const run = await runOver(hub, s);
  expect({ proposed: run.proposedCount, superseded: run.supersededCount }).toEqual({ proposed: 0, superseded: 0 });
  expect(Number(run.objective)).toBe(before.proposed_objective);
  expect(run.quantityServed).toBe(before.proposed_served);
  expect(await totals(s)).toEqual(before);
  expect(await live(s)).toEqual(matches);
  return before;
}

const cursorOf = async () => (await sql(`select cursor::text from matcher_state where id = 1`)).rows[0].cursor as string;
const lastCursor = async () => (await sql(`select coalesce(max(cursor), 0)::text as c from event`)).rows[0].c as string;

/** Settles the log, then checks the incremental result against a full run, which it leaves untouched. */
async function settle(s: MatchingScene) {
  await matchOnce(hub.app);
  return expectFullRunAgrees(s);
}

describe('incremental matching', () => {
  it('a placed demand is matched by the matcher alone, as a full run would', async () => {
    const { s } = await scene();
    const first = await matchOnce(hub.app);
    expect(first.triggering).toBeGreaterThan(0);
    expect(first.proposed).toBeGreaterThan(0);
    const before = await expectFullRunAgrees(s);
    expect(before.served).toBe(7); // 4 + 3 places for 8 wanted

    await s.demand({ quantity: 2, urgency: 'URGENT' });
    const pass = await matchOnce(hub.app);
    expect(pass.triggering).toBe(1);
    const after = await expectFullRunAgrees(s);
    expect(after.served).toBe(7);
    expect(after.objective).toBeGreaterThan(before.objective);
  });

  it('a placed demand that links two solved components re-solves them as one, and nothing else', async () => {
    // the scene's car park and a second one 1.1 km north, three places each, a demand of two beside each:
    // two components, each solved; then a demand between them that reaches both and wants more than is left
    const s = await matchingScene(hub);
    const p2 = await buildParties(hub, s.d, s.d.community);
    await agreementIn(hub, p2, 'ACTIVE');
    const resource2 = rowId(p2.resource.id);
    await sql(`update resource set capacity = 3 where id = $1`, [s.resourceRowId]);
    await sql(`update resource set capacity = 3, lat = lat + 0.01 where id = $1`, [resource2]);
    await s.demand({ quantity: 2 });
    await s.demand({ quantity: 2, location: { lat: 39.9252, lng: 116.4253 } });
    expect((await settle(s)).served).toBe(4);

    const bridge = await s.demand({ quantity: 4, location: { lat: 39.9202, lng: 116.4253 } });
    const pass = await matchOnce(hub.app);
    expect({ triggering: pass.triggering, demands: pass.demands, resources: pass.resources }).toEqual({ triggering: 1, demands: 3, resources: 2 });
    expect((await expectFullRunAgrees(s)).served).toBe(6);
    const { rows } = await sql(`select resource_id::text as r, quantity from match where demand_id = $1 and status = 'PROPOSED' order by 1`, [rowId(bridge.id)]);
    expect(rows).toEqual([s.resourceRowId, resource2].sort().map((r) => ({ r, quantity: 1 })));
  });

  it('is idempotent: a second pass records nothing and the cursor is at the end of the log', async () => {
    const { s } = await scene();
    await matchOnce(hub.app);
    const events = await lastCursor();
    const again = await matchOnce(hub.app);
    expect({ triggering: again.triggering, proposed: again.proposed, superseded: again.superseded }).toEqual({ triggering: 0, proposed: 0, superseded: 0 });
    expect(await lastCursor()).toBe(events);
    expect(await cursorOf()).toBe(events);
    expect((await matchOnce(hub.app)).events).toBe(0);
    await expectFullRunAgrees(s);
  });

  it('a cancelled demand frees places for the others', async () => {
    const { s, demands } = await scene();
    const before = await settle(s);
    await mutate(CancelDemand, { id: demands[1].id, reason: '居民已自行解决' }, await s.communityAdmin());
    const pass = await matchOnce(hub.app);
    expect(pass.triggering).toBeGreaterThan(0);
    const after = await expectFullRunAgrees(s);
    expect(after.served).toBe(5); // the 5 places the other three want
    expect(after.objective).not.toBe(before.objective);
    const { rows } = await sql(`select count(*)::int as n from match where demand_id = $1 and status = 'PROPOSED'`, [rowId(demands[1].id)]);
    expect(rows[0].n).toBe(0);
  });

  it('a paused resource loses its proposals; republished, it gets them back', async () => {
    const { s, p2 } = await scene();
    const before = await settle(s);
    await mutate(PauseResource, { id: p2.resource.id, reason: '设施维修' }, await district());
    await matchOnce(hub.app);
    const paused = await expectFullRunAgrees(s);
    expect(paused.served).toBe(4);
    const { rows } = await sql(`select count(*)::int as n from match where resource_id = $1 and status = 'PROPOSED'`, [rowId(p2.resource.id)]);
    expect(rows[0].n).toBe(0);

    await mutate(PublishResource, { id: p2.resource.id }, await district());
    await matchOnce(hub.app);
    const republished = await expectFullRunAgrees(s);
    expect({ served: republished.served, objective: republished.objective }).toEqual({ served: before.served, objective: before.objective });
  });

  it('a capacity change re-solves the component', async () => {
    const { s } = await scene();
    await settle(s);
    const { rows } = await sql(`select version from resource where id = $1`, [s.resourceRowId]);
    await mutate(UpdateResource, { id: s.p.resource.id, version: rows[0].version, capacity: 6 }, await district());
    const pass = await matchOnce(hub.app);
    expect(pass.triggering).toBe(1);
    const after = await expectFullRunAgrees(s);
    expect(after.served).toBe(8);
  });

  it('an agreement suspended and resumed moves the proposals with it', async () => {
    const { s, p2, agreement2 } = await scene();
    const before = await settle(s);
    await hub.client.data(AgrSuspend, { input: { id: agreement2, reason: '停车场维修' } }, await p2.unit());
    await matchOnce(hub.app);
    const suspended = await expectFullRunAgrees(s);
    expect(suspended.served).toBe(4);

    await hub.client.data(AgrResume, { input: { id: agreement2, reason: '维修完成' } }, await p2.unit());
    await matchOnce(hub.app);
    const resumed = await expectFullRunAgrees(s);
    expect({ served: resumed.served, objective: resumed.objective }).toEqual({ served: before.served, objective: before.objective });
  });

  it('after a resume the matcher proposes again what the suspension superseded, and the risk is cleared', async () => {
    const { s, p2, agreement2, resource2 } = await scene();
    await settle(s);
    const onSecond = (await live(s)).filter((m) => m.resource_id === resource2 && m.status === 'PROPOSED');
    expect(onSecond.length).toBeGreaterThan(1);
    const smallest = [...onSecond].sort((a, b) => a.quantity - b.quantity)[0];
    await mutate(Accept, { id: toGlobalId('Match', smallest.id) }, await p2.unit());
    await settle(s);
    const proposedOnSecond = async () =>
      (await sql(`select count(*)::int as n from match where resource_id = $1 and status = 'PROPOSED'`, [resource2])).rows[0].n as number;
    const atRisk = async () => (await sql(`select at_risk from match where id = $1`, [smallest.id])).rows[0].at_risk as boolean;
    expect(await proposedOnSecond()).toBeGreaterThan(0);

    await hub.client.data(AgrSuspend, { input: { id: agreement2, reason: '停车场维修' } }, await p2.unit());
    expect({ proposed: await proposedOnSecond(), atRisk: await atRisk() }).toEqual({ proposed: 0, atRisk: true });
    await matchOnce(hub.app);
    expect(await proposedOnSecond()).toBe(0);
    await expectFullRunAgrees(s);

    await hub.client.data(AgrResume, { input: { id: agreement2, reason: '维修完成' } }, await p2.unit());
    expect(await atRisk()).toBe(false);
    const pass = await matchOnce(hub.app);
    expect(pass.proposed).toBeGreaterThan(0);
    expect(await proposedOnSecond()).toBeGreaterThan(0);
    expect(await atRisk()).toBe(false);
    await expectFullRunAgrees(s);
  });

  it('a declined match is replaced by the best other proposal', async () => {
    const { s } = await scene();
    await settle(s);
    const [m] = (await live(s)).filter((x) => x.resource_id === s.resourceRowId);
    await mutate(Decline, { id: toGlobalId('Match', m.id), reason: '车位已满' }, await s.unit());
    const pass = await matchOnce(hub.app);
    expect(pass.triggering).toBe(1);
    await expectFullRunAgrees(s);
    const { rows } = await sql(`select count(*)::int as n from match where demand_id = $1 and resource_id = $2 and status = 'PROPOSED'`, [m.demand_id, m.resource_id]);
    expect(rows[0].n).toBe(0);
  });

  it('an availability report triggers nothing', async () => {
    const { s } = await scene();
    await settle(s);
    await matchOnce(hub.app);
    const cursor = await lastCursor();
    await mutate(Report, { resourceId: s.p.resource.id, freeCount: 1 }, await s.unit());
    expect(await lastCursor()).not.toBe(cursor);
    const pass = await matchOnce(hub.app);
    expect(pass).toMatchObject({ events: 1, triggering: 0, proposed: 0, superseded: 0 });
    expect(await lastCursor()).toBe(await cursorOf());
  });

  it("only the touched component's matches get events", async () => {
    const one = await scene();
    const other = await scene();
    await settle(one.s);
    await expectFullRunAgrees(other.s);
    await matchOnce(hub.app);
    const otherMatches = (await live(other.s)).map((m) => m.id);
    expect(otherMatches.length).toBeGreaterThan(0);
    const eventsOfOther = async () =>
      (await sql(`select count(*)::int as n from event where subject_type = 'Match' and subject_id = any($1::bigint[])`, [otherMatches])).rows[0].n as number;
    const quiet = await eventsOfOther();
    const cursor = await lastCursor();

    await one.s.demand({ quantity: 3, urgency: 'URGENT' });
    const pass = await matchOnce(hub.app);
    expect(pass.proposed + pass.superseded).toBeGreaterThan(0);
    expect(await eventsOfOther()).toBe(quiet);
    expect((await live(other.s)).map((m) => m.id)).toEqual(otherMatches);
    // every match event of the pass is about the touched community
    const { rows } = await sql(`select distinct area_path from event where cursor > $1 and subject_type = 'Match'`, [cursor]);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.area_path.startsWith(one.s.d.community.path)).toBe(true);
    await expectFullRunAgrees(one.s);
    await expectFullRunAgrees(other.s);
  });

  it('runs on one leader instance, which polls the log', async () => {
    const { s } = await scene();
    await matchOnce(hub.app);
    const connect = async () => {
      const client = new pg.Client({ connectionString: hub.database.url });
      await client.connect();
      return client;
    };
    const errors: unknown[] = [];
    const matcher = hub.app.modules.flatMap((m) => m.jobs ?? []).find((j) => j.name === 'matcher')!;
    const a = startJob(hub.app, matcher, { intervalMs: 50, connect, onError: (e) => errors.push(e) });
    const b = startJob(hub.app, matcher, { intervalMs: 50, connect, onError: (e) => errors.push(e) });
    try {
      await s.demand({ quantity: 2, urgency: 'URGENT' });
      await waitFor(async () => (await cursorOf()) === (await lastCursor()), { what: 'the matcher to reach the newest event' });
      expect(await cursorOf()).toBe(await lastCursor());
      expect([a.isLeader, b.isLeader].filter(Boolean)).toHaveLength(1);
      expect(errors).toEqual([]);
    } finally {
      await a.stop();
      await b.stop();
    }
    await expectFullRunAgrees(s);
  });

  it('a full run and the matcher at the same time serialise on the lock and agree', async () => {
    const { s } = await scene();
    await settle(s);
    await s.demand({ quantity: 2, urgency: 'URGENT' });
    await s.demand({ quantity: 1 });
    await Promise.all([matchOnce(hub.app), runOver(hub, s), matchOnce(hub.app)]);
    await matchOnce(hub.app);
    const { rows } = await sql(
      `select count(*)::int as n from (select demand_id, resource_id from match where status = 'PROPOSED' and area_path like $1
       group by 1, 2 having count(*) > 1) x`,
      [`${s.d.community.path}%`],
    );
    expect(rows[0].n).toBe(0);
    await expectFullRunAgrees(s);
  });
  it('a fresh state starts at the newest event; what came before is a full run\'s', async () => {
    await sql(`delete from matcher_state`);
    const { s } = await scene();
    const events = await lastCursor();
    const first = await matchOnce(hub.app);
    expect(first).toMatchObject({ events: 0, triggering: 0, proposed: 0 });
    expect(await cursorOf()).toBe(events);
    expect(await totals(s)).toMatchObject({ served: 0 });
    // the state before the matcher started is brought up to date by a full run; the matcher follows from then
    expect((await runOver(hub, s)).proposedCount).toBeGreaterThan(0);
    await s.demand({ quantity: 2, urgency: 'URGENT' });
    expect((await matchOnce(hub.app)).triggering).toBe(1);
    await expectFullRunAgrees(s);
  });

  it('runs its statements without JIT on every connection of the hub', async () => {
    // Debian's PostgreSQL 15 compiled the growth statement for 124 ms on each placement (SESSION_OPTIONS)
    expect((await sql('show jit')).rows[0].jit).toBe('off');
    const em = hub.app.db.orm.em.fork();
    expect(await em.execute('show jit')).toEqual([{ jit: 'off' }]);
  });
});

