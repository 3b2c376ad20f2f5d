import 'reflect-metadata';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { demandsModule } from '../../src/modules/demands/index.js';
import { fromGlobalId } from '../../src/shared/global-id.js';
import { Role, SYSTEM_VIEWER } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { AgrResume, AgrSuspend, AgrTerminate, sweep as sweepAgreements } from '../kit/agreements.js';
import { waitFor } from '../kit/wait.js';
import { buildDistrict, buildOrganization, eventTypesOf } from '../kit/builders.js';
import { districtToken, placedDemand } from '../kit/demands.js';
import { matchesOf, matchingScene, runOver, type MatchingScene } from '../kit/matching.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';

const MatXAccept = graphql(`
  mutation MatXAccept($input: MatchInput!) {
    acceptMatch(input: $input) { match { id status } userErrors { code field message } }
  }
`);

const MatXMatch = graphql(`
  query MatXMatch($id: ID!) {
    node(id: $id) { ... on Match { id status atRisk quantity history { action fromStatus toStatus reason } } }
  }
`);

const MatXCancelDemand = graphql(`
  mutation MatXCancelDemand($input: CancelDemandInput!) {
    cancelDemand(input: $input) { demand { id status } userErrors { code field message } }
  }
`);

const MatXCreateResource = graphql(`
  mutation MatXCreateResource($input: CreateResourceInput!) {
    createResource(input: $input) { resource { id } userErrors { code field message } }
  }
`);

const MatXPublishResource = graphql(`
  mutation MatXPublishResource($input: ResourceStatusInput!) {
    publishResource(input: $input) { resource { id status } userErrors { code } }
  }
`);

const MatXSuggestions = graphql(`
  query MatXSuggestions($id: ID!, $first: Int) {
    demand(id: $id) { id suggestions(first: $first) { distanceMeters resource { id accessMode } } }
  }
`);

const MatXSuggestionsDefault = graphql(`
  query MatXSuggestionsDefault($id: ID!) {
    demand(id: $id) { suggestions { distanceMeters resource { id } } }
  }
`);

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
});
beforeEach(() => hub.clock.set(TEST_NOW));
afterAll(() => hub?.close());

const sql = (text: string, values: unknown[]) => hub.app.db.pool.query(text, values);
const rowId = (globalId: string) => fromGlobalId(globalId)!.id;
const resourceAccepted = async (s: MatchingScene) =>
  (await sql('select accepted_quantity from resource where id = $1', [s.resourceRowId])).rows[0].accepted_quantity as number;
const readMatch = async (s: MatchingScene, id: string) => {
  const data = await hub.client.data(MatXMatch, { id }, await s.communityAdmin());
  return data.node as { id: string; status: string; atRisk: boolean; quantity: number; history: { action: string; fromStatus: string | null; toStatus: string; reason: string | null }[] };
};

/** Two demands proposed on the scene's resource, the first one's match accepted. */
async function acceptedAndProposed(quantities: [number, number] = [2, 3]) {
  const s = await matchingScene(hub);
  const first = await s.demand({ quantity: quantities[0] });
  const second = await s.demand({ quantity: quantities[1] });
  await runOver(hub, s);
  const matches = await matchesOf(hub, s, ['PROPOSED']);
  const accepted = matches.find((m) => m.demand?.id === first.id)!;
  const proposed = matches.find((m) => m.demand?.id === second.id)!;
  const data = await hub.client.data(MatXAccept, { input: { id: accepted.id } }, await s.unit());
  expect(data.acceptMatch.userErrors).toEqual([]);
  return { s, first, second, accepted, proposed };
}

describe('an agreement suspended, resumed, terminated or expired', () => {
  it('keeps and flags accepted matches, supersedes proposals, and clears the flags on resume', async () => {
    const { s, accepted, proposed } = await acceptedAndProposed();
    expect(await resourceAccepted(s)).toBe(2);
    const suspended = await hub.client.data(AgrSuspend, { input: { id: s.agreementId!, reason: '停车场维修' } }, await s.p.unit());
    expect(suspended.suspendAgreement.userErrors).toEqual([]);

    const kept = await readMatch(s, accepted.id);
    expect(kept).toMatchObject({ status: 'ACCEPTED', atRisk: true, quantity: 2 });
    expect(kept.history.map((h) => [h.action, h.fromStatus, h.toStatus])).toEqual([
      ['PROPOSE', null, 'PROPOSED'],
      ['ACCEPT', 'PROPOSED', 'ACCEPTED'],
      ['FLAG_AT_RISK', 'ACCEPTED', 'ACCEPTED'],
    ]);
    expect(await eventTypesOf(hub, accepted.id)).toEqual(['MATCH_PROPOSED', 'MATCH_ACCEPTED', 'MATCH_AT_RISK']);
    // the quantity stays allocated
    expect(await resourceAccepted(s)).toBe(2);

    const gone = await readMatch(s, proposed.id);
    expect(gone).toMatchObject({ status: 'SUPERSEDED', atRisk: false });
    expect(gone.history.at(-1)).toMatchObject({ action: 'SUPERSEDE', fromStatus: 'PROPOSED', toStatus: 'SUPERSEDED' });
    expect(await eventTypesOf(hub, proposed.id)).toEqual(['MATCH_PROPOSED', 'MATCH_SUPERSEDED']);
    // a superseded proposal cannot be accepted any more
    const late = await hub.client.data(MatXAccept, { input: { id: proposed.id } }, await s.unit());
    expect(late.acceptMatch.userErrors).toMatchObject([{ code: 'MATCH_NOT_ACCEPTABLE' }]);

    const resumed = await hub.client.data(AgrResume, { input: { id: s.agreementId!, reason: '维修完毕' } }, await s.p.unit());
    expect(resumed.resumeAgreement.userErrors).toEqual([]);
    const cleared = await readMatch(s, accepted.id);
    expect(cleared).toMatchObject({ status: 'ACCEPTED', atRisk: false });
    expect(cleared.history.at(-1)).toMatchObject({ action: 'CLEAR_RISK', fromStatus: 'ACCEPTED', toStatus: 'ACCEPTED' });
    expect(await eventTypesOf(hub, accepted.id)).toEqual(['MATCH_PROPOSED', 'MATCH_ACCEPTED', 'MATCH_AT_RISK', 'MATCH_RISK_CLEARED']);
    expect(await eventTypesOf(hub, proposed.id)).toEqual(['MATCH_PROPOSED', 'MATCH_SUPERSEDED']);
  });

  it('a cancelled or fulfilled match is no longer at risk', async () => {
    const { s, accepted, proposed } = await acceptedAndProposed();
    expect((await hub.client.data(MatXAccept, { input: { id: proposed.id } }, await s.unit())).acceptMatch.userErrors).toEqual([]);
    // terminated: the flags never clear by themselves
    expect((await hub.client.data(AgrTerminate, { input: { id: s.agreementId!, reason: '单位搬迁' } }, await s.p.unit())).terminateAgreement.userErrors).toEqual([]);
    expect(await readMatch(s, accepted.id)).toMatchObject({ status: 'ACCEPTED', atRisk: true });
    expect(await readMatch(s, proposed.id)).toMatchObject({ status: 'ACCEPTED', atRisk: true });
    const change = async (query: string, input: Record<string, unknown>, token: string) => {
      const data = (await hub.client.data(query as never, { input } as never, token)) as Record<string, { userErrors: unknown[] }>;
      expect(Object.values(data)[0].userErrors).toEqual([]);
    };
    await change(`mutation MatXRiskCancel($input: MatchReasonInput!) { cancelMatch(input: $input) { userErrors { code } } }`, { id: accepted.id, reason: '协议终止' }, await s.unit());
    expect(await readMatch(s, accepted.id)).toMatchObject({ status: 'CANCELLED', atRisk: false });
    await change(`mutation MatXRiskFulfil($input: MatchInput!) { fulfilMatch(input: $input) { userErrors { code } } }`, { id: proposed.id }, await s.communityAdmin());
    expect(await readMatch(s, proposed.id)).toMatchObject({ status: 'FULFILLED', atRisk: false });
  });

  it('on termination keeps accepted matches flagged at risk and supersedes proposals', async () => {
    const { s, accepted, proposed } = await acceptedAndProposed();
    const ended = await hub.client.data(AgrTerminate, { input: { id: s.agreementId!, reason: '单位搬迁' } }, await s.p.unit());
    expect(ended.terminateAgreement.userErrors).toEqual([]);
    expect(await readMatch(s, accepted.id)).toMatchObject({ status: 'ACCEPTED', atRisk: true });
    expect(await readMatch(s, proposed.id)).toMatchObject({ status: 'SUPERSEDED' });
    expect(await resourceAccepted(s)).toBe(2);
  });

  it('on expiry (the sweeper) keeps accepted matches flagged at risk and supersedes proposals', async () => {
    const { s, accepted, proposed } = await acceptedAndProposed();
    await sql(`update sharing_agreement set end_date = '2026-11-23' where id = $1`, [rowId(s.agreementId!)]);
    hub.clock.set(new Date(new Date(TEST_NOW).getTime() + 86_400_000));
    expect(await sweepAgreements(hub)).toBeGreaterThan(0);
    expect(await readMatch(s, accepted.id)).toMatchObject({ status: 'ACCEPTED', atRisk: true });
    expect(await readMatch(s, proposed.id)).toMatchObject({ status: 'SUPERSEDED' });
    expect(await eventTypesOf(hub, accepted.id)).toEqual(['MATCH_PROPOSED', 'MATCH_ACCEPTED', 'MATCH_AT_RISK']);
    // a second sweep records nothing more
    await sweepAgreements(hub);
    expect(await eventTypesOf(hub, accepted.id)).toEqual(['MATCH_PROPOSED', 'MATCH_ACCEPTED', 'MATCH_AT_RISK']);
  });
});

describe('a demand cancelled or expired', () => {
  it('cancelDemand releases its accepted quantity exactly, cancels the match and supersedes its proposals', async () => {
    const s = await matchingScene(hub);
    await s.demand({ quantity: 4 });
    await runOver(hub, s);
    const [otherMatch] = await matchesOf(hub, s, ['PROPOSED']);
    await hub.client.data(MatXAccept, { input: { id: otherMatch.id } }, await s.unit());
    const demand = await s.demand({ quantity: 5 });
    await runOver(hub, s);
    const mine = (await matchesOf(hub, s, ['PROPOSED'])).find((m) => m.demand?.id === demand.id)!;
    expect(mine.quantity).toBe(5);
    await hub.client.data(MatXAccept, { input: { id: mine.id } }, await s.unit());
    // capacity 30 allows more: a later proposal of the same demand on the same resource
    await sql(`update demand set quantity = 7, status = 'PARTIALLY_MATCHED' where id = $1`, [rowId(demand.id)]);
    await runOver(hub, s);
    const extra = (await matchesOf(hub, s, ['PROPOSED'])).find((m) => m.demand?.id === demand.id)!;
    expect(extra.quantity).toBe(2);
    expect(await resourceAccepted(s)).toBe(9);

    const data = await hub.client.data(MatXCancelDemand, { input: { id: demand.id, reason: '居民已自行解决' } }, await districtToken(hub));
    expect(data.cancelDemand).toMatchObject({ demand: { status: 'CANCELLED' }, userErrors: [] });
    expect(await resourceAccepted(s)).toBe(4);
    const cancelled = await readMatch(s, mine.id);
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.history.at(-1)).toMatchObject({ action: 'CANCEL', fromStatus: 'ACCEPTED', toStatus: 'CANCELLED', reason: '居民已自行解决' });
    expect(await eventTypesOf(hub, mine.id)).toEqual(['MATCH_PROPOSED', 'MATCH_ACCEPTED', 'MATCH_CANCELLED']);
    expect(await readMatch(s, extra.id)).toMatchObject({ status: 'SUPERSEDED' });
    expect(await eventTypesOf(hub, extra.id)).toEqual(['MATCH_PROPOSED', 'MATCH_SUPERSEDED']);
    const row = (await sql('select status, accepted_quantity from demand where id = $1', [rowId(demand.id)])).rows[0];
    expect(row).toEqual({ status: 'CANCELLED', accepted_quantity: 0 });
    // the other demand's acceptance is untouched
    expect(await readMatch(s, otherMatch.id)).toMatchObject({ status: 'ACCEPTED' });
    expect(await eventTypesOf(hub, demand.id)).toContain('DEMAND_CANCELLED');
  });

  it('cancelDemand racing acceptMatch leaves the counters consistent, without errors', async () => {
    for (let round = 0; round < 3; round++) {
      const s = await matchingScene(hub);
      const demand = await s.demand({ quantity: 2 });
      await runOver(hub, s);
      const [m] = await matchesOf(hub, s, ['PROPOSED']);
      const [unit, district] = [await s.unit(), await districtToken(hub)];
      const [accept, cancel] = await Promise.all([
        hub.client.request(MatXAccept, { input: { id: m.id } }, { token: unit }),
        hub.client.request(MatXCancelDemand, { input: { id: demand.id, reason: '并发' } }, { token: district }),
      ]);
      expect(accept.errors).toBeUndefined();
      expect(cancel.errors).toBeUndefined();
      expect(cancel.data!.cancelDemand.userErrors).toEqual([]);
      expect(['SUPERSEDED', 'CANCELLED']).toContain((await readMatch(s, m.id)).status);
      expect(await resourceAccepted(s)).toBe(0);
    }
  });

  it('a cancelled demand with nothing matched changes no match', async () => {
    const s = await matchingScene(hub);
    const demand = await s.demand({ quantity: 1 });
    const data = await hub.client.data(MatXCancelDemand, { input: { id: demand.id, reason: '重复登记' } }, await districtToken(hub));
    expect(data.cancelDemand.userErrors).toEqual([]);
    expect(await matchesOf(hub, s)).toEqual([]);
  });

  it('the expiry sweep releases its accepted quantity exactly and supersedes its proposals', async () => {
    const { s, first, second, accepted, proposed } = await acceptedAndProposed([3, 2]);
    // the second demand ends later, so only the first expires
    await sql(`update demand set end_date = '2026-11-30' where id = $1`, [rowId(first.id)]);
    await sql(`update demand set end_date = '2026-11-30' where id = $1`, [rowId(second.id)]);
    expect(await resourceAccepted(s)).toBe(3);
    hub.clock.set('2026-12-02T10:00:00+08:00');
    let recorded = 0;
    for (const run of demandsModule.sweeps!) recorded += await run(createContext(hub.app, SYSTEM_VIEWER));
    expect(recorded).toBeGreaterThanOrEqual(2);
    expect(await resourceAccepted(s)).toBe(0);
    const done = await readMatch(s, accepted.id);
    expect(done.status).toBe('CANCELLED');
    expect(done.history.at(-1)).toMatchObject({ action: 'CANCEL', fromStatus: 'ACCEPTED', toStatus: 'CANCELLED', reason: 'The demand expired.' });
    expect(await eventTypesOf(hub, accepted.id)).toEqual(['MATCH_PROPOSED', 'MATCH_ACCEPTED', 'MATCH_CANCELLED']);
    expect(await readMatch(s, proposed.id)).toMatchObject({ status: 'SUPERSEDED' });
    const row = (await sql('select status, accepted_quantity from demand where id = $1', [rowId(first.id)])).rows[0];
    expect(row).toEqual({ status: 'EXPIRED', accepted_quantity: 0 });
  });
});

describe("a demand's history", () => {
  it('records the status changes matching makes: MATCH, UNMATCH, FULFIL', async () => {
    const s = await matchingScene(hub);
    const demand = await s.demand({ quantity: 2 });
    const token = await s.unit();
    const admin = await s.communityAdmin();
    const proposeAndAccept = async () => {
      await runOver(hub, s);
      const m = (await matchesOf(hub, s, ['PROPOSED'])).find((x) => x.demand?.id === demand.id)!;
      expect(m.quantity).toBe(1);
      expect((await hub.client.data(MatXAccept, { input: { id: m.id } }, token)).acceptMatch.userErrors).toEqual([]);
      return m;
    };
    const change = async (query: string, input: Record<string, unknown>, as: string) => {
      const data = (await hub.client.data(query as never, { input } as never, as)) as Record<string, { userErrors: unknown[] }>;
      expect(Object.values(data)[0].userErrors).toEqual([]);
    };
    // one place at a time: the demand goes PLACED → PARTIALLY_MATCHED → MATCHED, and back a step on a cancel
    await sql('update resource set capacity = 1 where id = $1', [s.resourceRowId]);
    const first = await proposeAndAccept();
    await sql('update resource set capacity = 2 where id = $1', [s.resourceRowId]);
    const second = await proposeAndAccept();
    await change(`mutation MatXHistCancel($input: MatchReasonInput!) { cancelMatch(input: $input) { userErrors { code } } }`, { id: second.id, reason: '临时检修' }, token);
    const third = await proposeAndAccept();
    const fulfil = `mutation MatXHistFulfil($input: MatchInput!) { fulfilMatch(input: $input) { userErrors { code } } }`;
    await change(fulfil, { id: first.id }, admin);
    await change(fulfil, { id: third.id }, admin);

    const { rows } = await sql(
      `select action, from_status, to_status, actor_role from demand_history where demand_id = $1 and action not in ('POST', 'PLACE') order by id`,
      [rowId(demand.id)],
    );
    expect(rows.map((r) => [r.action, r.from_status, r.to_status, r.actor_role])).toEqual([
      ['MATCH', 'PLACED', 'PARTIALLY_MATCHED', 'UNIT_ADMIN'],
      ['MATCH', 'PARTIALLY_MATCHED', 'MATCHED', 'UNIT_ADMIN'],
      ['UNMATCH', 'MATCHED', 'PARTIALLY_MATCHED', 'UNIT_ADMIN'],
      ['MATCH', 'PARTIALLY_MATCHED', 'MATCHED', 'UNIT_ADMIN'],
      ['FULFIL', 'MATCHED', 'FULFILLED', 'COMMUNITY_ADMIN'],
    ]);
    expect((await sql('select status from demand where id = $1', [rowId(demand.id)])).rows[0].status).toBe('FULFILLED');
  });
});

describe('acceptMatch racing the expiry sweep', () => {
  /** Waits until `n` sessions wait for a lock. */
  async function waiters(n: number) {
    await waitFor(
      async () => (await sql(`select count(distinct pid)::int as n from pg_locks where not granted`, [])).rows[0].n >= n,
      { what: `${n} sessions to wait for a lock` },
    );
  }

  it('never deadlocks: the sweep takes the matches before the demands, as acceptMatch does', async () => {
    const s = await matchingScene(hub);
    const demand = await s.demand({ quantity: 1 });
    await runOver(hub, s);
    const [m] = await matchesOf(hub, s, ['PROPOSED']);
    await sql(`update demand set end_date = '2026-11-30' where id = $1`, [rowId(demand.id)]);
    // the worst interleaving, made certain, around midnight: the acceptance (still on the demand's last day)
    // holds the match and waits for the resource (held here); the sweep starts after midnight; then the
    // resource is let go and the acceptance goes on to the demand, which is still open on its day
    const lastDay = '2026-11-30T23:59:00+08:00';
    hub.clock.set(lastDay);
    const holder = await hub.app.db.pool.connect();
    try {
      await holder.query('begin');
      await holder.query('select id from resource where id = $1 for update', [s.resourceRowId]);
      const accept = hub.client.request(MatXAccept, { input: { id: m.id } }, { token: await s.unit() });
      await waiters(1);
      hub.clock.set('2026-12-01T00:01:00+08:00');
      const sweep = (async () => {
        for (const run of demandsModule.sweeps!) await run(createContext(hub.app, SYSTEM_VIEWER));
      })();
      await waiters(2);
      hub.clock.set(lastDay);
      await holder.query('commit');
      const [accepted, swept] = await Promise.allSettled([accept, sweep]);
      // a deadlock aborts one of the two with 40P01 ("deadlock detected")
      expect(swept.status === 'rejected' ? String(swept.reason) : 'swept').toBe('swept');
      expect(accepted.status).toBe('fulfilled');
      const response = (accepted as PromiseFulfilledResult<Awaited<typeof accept>>).value;
      expect(response.errors).toBeUndefined();
      expect(response.data!.acceptMatch.userErrors).toEqual([]);
    } finally {
      await holder.query('rollback').catch(() => {});
      holder.release();
    }
    // the acceptance went first (the sweep waited for its match), then the sweep expired the demand and
    // cancelled the accepted match, giving its place back
    expect(await resourceAccepted(s)).toBe(0);
    expect((await sql('select status from demand where id = $1', [rowId(demand.id)])).rows[0].status).toBe('EXPIRED');
    expect(await readMatch(s, m.id)).toMatchObject({ status: 'CANCELLED' });
  });
});

describe('demand.suggestions', () => {
  const EVERY_DAY = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
  const morning = [{ days: [...EVERY_DAY], dayType: 'ANY' as const, start: '08:00', end: '10:00' }];
  const allDay = [{ days: [...EVERY_DAY], dayType: 'ANY' as const, start: '06:00', end: '22:00' }];
  const afternoon = [{ days: [...EVERY_DAY], dayType: 'ANY' as const, start: '12:00', end: '22:00' }];
  // each setting at a place of its own, 11 km from the others (and from the matching scenes), so the
  // resources of the other tests of this file (which shares its database) are out of reach
  let BASE = { lat: 39.9152, lng: 116.4253 };
  let places = 0;

  async function setting() {
    BASE = { lat: 39.9152 + 0.1 * ++places, lng: 116.4253 };
    const d = await buildDistrict(hub.app.db.pool);
    const org = await buildOrganization(hub, d.community);
    const admin = await districtToken(hub);
    let n = 0;
    const resource = async (o: {
      north: number; kind?: 'TOILET' | 'WATER_POINT' | 'PARKING'; accessMode?: 'OPEN_ACCESS' | 'ALLOCATED'; windows?: typeof allDay;
      audiences?: ('ALL_RESIDENTS' | 'ELDERLY' | 'PUPILS')[]; publish?: boolean;
    }) => {
      const kind = o.kind ?? 'TOILET';
      const created = await hub.client.data(MatXCreateResource, {
        input: {
          organizationId: org.id, kind, title: `公厕${++n}`,
          location: { lat: BASE.lat + o.north / 111_195, lng: BASE.lng },
          accessMode: o.accessMode ?? 'OPEN_ACCESS',
          audiences: o.audiences ?? ['ALL_RESIDENTS'],
          capacity: (o.accessMode ?? 'OPEN_ACCESS') === 'ALLOCATED' ? 10 : null,
          windows: o.windows ?? allDay,
        },
      }, admin);
      expect(created.createResource.userErrors).toEqual([]);
      const id = created.createResource.resource!.id;
      if (o.publish ?? true) await hub.client.data(MatXPublishResource, { input: { id } }, admin);
      return id;
    };
    return { d, org, resource };
  }

  it('lists the nearest open-access resources of an accepted kind, open when needed, in reach, audience fitting; nothing else', async () => {
    const { d, resource } = await setting();
    const far = await resource({ north: 300 });
    const near = await resource({ north: 100 });
    const water = await resource({ north: 200, kind: 'WATER_POINT' });
    await resource({ north: 150, kind: 'PARKING' }); // a kind the demand does not accept
    await resource({ north: 50, accessMode: 'ALLOCATED' }); // allocated: matched, never suggested
    await resource({ north: 60, windows: afternoon }); // closed in the morning
    await resource({ north: 1500 }); // beyond the 800 m radius
    await resource({ north: 70, audiences: ['PUPILS'] }); // another audience
    await resource({ north: 80, publish: false }); // a draft
    const elderly = await resource({ north: 250, audiences: ['ELDERLY'] });

    const demand = await placedDemand(hub, d.grid, { kinds: ['TOILET', 'WATER_POINT'], quantity: 1, windows: morning, audience: 'ELDERLY', location: BASE, radiusMeters: 800 });
    const token = await districtToken(hub);
    const before = await eventTypesOf(hub, demand.id);
    const data = await hub.client.data(MatXSuggestions, { id: demand.id, first: 10 }, token);
    const got = data.demand!.suggestions;
    expect(got.map((x) => x.resource!.id)).toEqual([near, water, elderly, far]);
    expect(got.map((x) => x.distanceMeters)).toEqual([100, 200, 250, 300]);
    expect(got.every((x) => x.resource!.accessMode === 'OPEN_ACCESS')).toBe(true);
    // a page, and the default of five
    const two = await hub.client.data(MatXSuggestions, { id: demand.id, first: 2 }, token);
    expect(two.demand!.suggestions.map((x) => x.resource!.id)).toEqual([near, water]);
    const dflt = await hub.client.data(MatXSuggestionsDefault, { id: demand.id }, token);
    expect(dflt.demand!.suggestions).toHaveLength(4);
    // no match rows, no events
    expect((await sql('select count(*)::int as n from match where demand_id = $1', [rowId(demand.id)])).rows[0].n).toBe(0);
    expect(await eventTypesOf(hub, demand.id)).toEqual(before);
  });

  it('refuses first above 10 (or below 1) with BAD_USER_INPUT', async () => {
    const { d } = await setting();
    const demand = await placedDemand(hub, d.grid, { kinds: ['TOILET'], quantity: 1, windows: morning });
    const token = await districtToken(hub);
    for (const first of [11, 0]) {
      const res = await hub.client.request(MatXSuggestions, { id: demand.id, first }, { token });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('is seen only by those who may see the demand', async () => {
    const { d, resource } = await setting();
    await resource({ north: 100 });
    const demand = await placedDemand(hub, d.grid, { kinds: ['TOILET'], quantity: 1, windows: morning, location: BASE });
    const stranger = await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.otherCommunity.id });
    const data = await hub.client.data(MatXSuggestions, { id: demand.id, first: 5 }, stranger);
    expect(data.demand).toBeNull();
    const own = await hub.client.data(MatXSuggestions, { id: demand.id, first: 5 }, await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id }));
    expect(own.demand!.suggestions).toHaveLength(1);
  });
});
