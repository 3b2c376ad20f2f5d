import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHubDatabase } from '../../src/app.js';
import { matchOnce } from '../../src/modules/matching/matcher.js';
import { MATCHING_LOCK_KEY } from '../../src/modules/matching/match-run.service.js';
import { EventType } from '../../src/outbox/event-types.js';
import { recordEventsOn } from '../../src/outbox/outbox.js';
import { inTransaction } from '../../src/outbox/transact.js';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { agreementIn, buildParties, type Parties } from '../kit/agreements.js';
import { buildDistrict, eventsOf, type BuiltArea, type District } from '../kit/builders.js';
import { insertGrid, listIn, placedDemand } from '../kit/demands.js';
import { MatRun } from '../kit/matching.js';
import { buildProject } from '../kit/projects.js';
import { startHubOn, startTestHub, type TestHub } from '../kit/server.js';
import { waitFor } from '../kit/wait.js';
import { delivered, wsClient, wsSubscribed, type Received, type TestWsClient } from '../kit/ws-client.js';

/*
 * moveArea: a community moves from one street to another, by the district admin on one instance, and a
 * second instance on the same database follows at once: who sees what, subscriptions opened before the
 * move, statistics, tokens, matches and the matcher. Then every refusal.
 */

const Move = graphql(`
  mutation AreaMvMove($input: MoveAreaInput!) {
    moveArea(input: $input) {
      area { id kind gridLevel version parent { id } }
      userErrors { code field message }
    }
  }
`);

const ReadArea = graphql(`
  query AreaMvRead($id: ID!) {
    area(id: $id) { id gridLevel version parent { id } demandStatistics { status kind count quantity } }
  }
`);

const ReadDemand = graphql(`
  query AreaMvDemand($id: ID!) { demand(id: $id) { id } }
`);

const Matches = graphql(`
  query AreaMvMatches($area: ID!) {
    matches(filter: { areaId: $area }, first: 100) {
      edges { node { id status atRisk demand { id } agreement { id } } }
    }
  }
`);

const Accept = graphql(`
  mutation AreaMvAccept($input: MatchInput!) {
    acceptMatch(input: $input) { match { id status } userErrors { code } }
  }
`);

const MATCH_EVENTS = `subscription AreaMvMatchEvents($filter: MatchEventFilter) {
  matchEvents(filter: $filter) { cursor isHeartbeat type match { id } }
}`;
type MatchMessage = { matchEvents: { isHeartbeat: boolean; type: string | null; match: { id: string } | null } };

/** The event types a subscription received, heartbeats left out. */
const typesOf = (r: Received<MatchMessage>) => r.messages.filter((m) => !m.data?.matchEvents.isHeartbeat).map((m) => m.data?.matchEvents.type);

let hub: TestHub;
let other: TestHub;
const sockets: TestWsClient[] = [];

beforeAll(async () => {
  hub = await startTestHub();
  // a second instance on the same database: it hears of the move only through the event log
  const db = await openHubDatabase(hub.database.url, { poolSize: 3 });
  other = await startHubOn({ db, url: hub.database.url, drop: () => db.close() });
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.client.dispose()));
  await other?.close();
  await hub?.close();
});

const totalOf = (stats: { count: number }[]) => stats.reduce((sum, s) => sum + s.count, 0);

async function move(token: string, area: BuiltArea, to: BuiltArea, version?: number) {
  const current = version ?? (await hub.client.data(ReadArea, { id: area.id }, token)).area!.version;
  return (await hub.client.data(Move, { input: { id: area.id, newParentId: to.id, version: current } }, token)).moveArea;
}

describe('moving a community to another street, seen from a second instance', () => {
  let d: District;
  let pA: Parties;
  let pB: Parties;
  let agreementA: string;
  let agreementB: string;
  let district: string;
  let streetA: string;
  let streetB: string;
  let communityAdmin: string;
  let gridWorker: string;
  let demand1: string;
  let demand2: string;
  const oldPath = () => d.community.path;

  beforeAll(async () => {
    d = await buildDistrict(hub.app.db.pool);
    district = await hub.token({ role: Role.DISTRICT_ADMIN });
    streetA = await hub.token({ role: Role.STREET_ADMIN, areaId: d.street.id });
    streetB = await hub.token({ role: Role.STREET_ADMIN, areaId: d.otherStreet.id });
    communityAdmin = await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id });
    gridWorker = await hub.token({ role: Role.GRID_WORKER, areaId: d.grid.id });
    // a unit with a car park under an agreement with street A (it covers the community's demands), one under
    // an agreement with street B (it does not, until the move)
    pA = await buildParties(hub, d, d.street);
    agreementA = await agreementIn(hub, pA, 'ACTIVE');
    pB = await buildParties(hub, d, d.otherStreet);
    agreementB = await agreementIn(hub, pB, 'ACTIVE');
    // something of every kind that copies the community's path: a draft agreement with the community, a
    // demand list of its grid, a project, a match run, matches
    await agreementIn(hub, await buildParties(hub, d, d.community), 'DRAFT');
    await listIn(hub, d.grid);
    await buildProject(hub, d.community);
    // the matcher's cursor starts here (its first pass starts at the newest event)
    await matchOnce(hub.app);
    demand1 = (await placedDemand(hub, d.grid)).id;
    demand2 = (await placedDemand(hub, d.grid)).id;
    const run = await hub.client.data(MatRun, { input: { areaId: d.community.id } }, communityAdmin);
    expect(run.runMatching.run!.proposedCount).toBe(2);
    await matchOnce(hub.app);
  });

  it('moves it; the second instance follows: reads, subscriptions, statistics, tokens, matches and the matcher', async () => {
    const read = other.client;
    // the grid worker's token is verified (and its area path cached) on the second instance before the move
    expect((await read.data(ReadDemand, { id: demand1 }, gridWorker)).demand).not.toBeNull();
    expect((await read.data(ReadDemand, { id: demand1 }, streetA)).demand).not.toBeNull();
    expect((await read.data(ReadDemand, { id: demand1 }, streetB)).demand).toBeNull();
    const before = {
      a: totalOf((await read.data(ReadArea, { id: d.street.id })).area!.demandStatistics),
      b: totalOf((await read.data(ReadArea, { id: d.otherStreet.id })).area!.demandStatistics),
    };
    expect(before.a).toBeGreaterThanOrEqual(2);

    // subscriptions opened on the second instance before the move
    const subscribe = async (token: string, filter?: Record<string, unknown>) => {
      const socket = wsClient(other.server.wsUrl, token);
      sockets.push(socket);
      return { socket, received: await wsSubscribed<MatchMessage>(other, socket.client, MATCH_EVENTS, filter ? { filter } : {}) };
    };
    const subA = await subscribe(streetA);
    const subB = await subscribe(streetB);
    const subCommunity = await subscribe(communityAdmin);
    const subFiltered = await subscribe(district, { areaId: d.community.id });
    const all = [subA, subB, subCommunity, subFiltered];

    // a change before the move: the community's staff and street A receive it, street B does not
    const matches = (await hub.client.data(Matches, { area: d.community.id }, district)).matches.edges.map((e) => e.node);
    const match1 = matches.find((m) => m.demand?.id === demand1 && m.status === 'PROPOSED')!;
    const match2 = matches.find((m) => m.demand?.id === demand2 && m.status === 'PROPOSED')!;
    expect(match1.agreement?.id).toBe(agreementA);
    expect((await hub.client.data(Accept, { input: { id: match1.id } }, await pA.unit())).acceptMatch.userErrors).toEqual([]);
    await delivered(other, ...all.map((s) => s.socket));
    expect(typesOf(subA.received)).toEqual(['MATCH_ACCEPTED']);
    expect(typesOf(subB.received)).toEqual([]);

    const moved = await move(district, d.community, d.otherStreet);
    expect(moved.userErrors).toEqual([]);
    expect(moved.area).toMatchObject({ id: d.community.id, kind: 'COMMUNITY', parent: { id: d.otherStreet.id } });
    await other.server.feed.settle();

    // reads: street A no longer sees the community's demands, street B does; the grid worker's token works,
    // with its grid's new path
    expect((await read.data(ReadDemand, { id: demand1 }, streetA)).demand).toBeNull();
    expect((await read.data(ReadDemand, { id: demand1 }, streetB)).demand).toEqual({ id: demand1 });
    expect((await read.data(ReadDemand, { id: demand1 }, gridWorker)).demand).toEqual({ id: demand1 });
    expect((await read.data(ReadDemand, { id: demand1 }, communityAdmin)).demand).toEqual({ id: demand1 });
    // statistics of both streets changed at once
    const after = {
      a: totalOf((await read.data(ReadArea, { id: d.street.id })).area!.demandStatistics),
      b: totalOf((await read.data(ReadArea, { id: d.otherStreet.id })).area!.demandStatistics),
    };
    expect(after).toEqual({ a: before.a - 2, b: before.b + 2 });

    // the accepted match lost its cover (street A's agreement no longer contains the demand): at risk; the
    // proposal superseded
    const now = new Map((await read.data(Matches, { area: d.community.id }, district)).matches.edges.map((e) => [e.node.id, e.node]));
    expect(now.get(match1.id)).toMatchObject({ status: 'ACCEPTED', atRisk: true });
    expect(now.get(match2.id)).toMatchObject({ status: 'SUPERSEDED' });

    // the matcher, woken by AREA_MOVED, proposes under street B's agreement only
    const pass = await matchOnce(hub.app);
    expect(pass.proposed).toBe(1);
    const proposed = (await read.data(Matches, { area: d.community.id }, district)).matches.edges.map((e) => e.node).filter((m) => m.status === 'PROPOSED');
    expect(proposed.map((m) => [m.demand?.id, m.agreement?.id])).toEqual([[demand2, agreementB]]);

    // subscriptions opened before the move: street B and the community's admin (its scope recomputed) get
    // what happened after it, street A nothing more
    await delivered(other, ...all.map((s) => s.socket));
    expect(typesOf(subA.received)).toEqual(['MATCH_ACCEPTED']);
    expect(typesOf(subB.received)).toEqual(['MATCH_SUPERSEDED', 'MATCH_AT_RISK', 'MATCH_PROPOSED']);
    expect(typesOf(subCommunity.received)).toEqual(['MATCH_ACCEPTED', 'MATCH_SUPERSEDED', 'MATCH_AT_RISK', 'MATCH_PROPOSED']);
    expect(typesOf(subFiltered.received)).toEqual(['MATCH_ACCEPTED', 'MATCH_SUPERSEDED', 'MATCH_AT_RISK', 'MATCH_PROPOSED']);
    // a subscription opened after the move on a socket opened before it follows the new path too
    const late = await wsSubscribed<MatchMessage>(other, subCommunity.socket.client, MATCH_EVENTS, {});
    expect((await hub.client.data(Accept, { input: { id: proposed[0].id } }, await pB.unit())).acceptMatch.userErrors).toEqual([]);
    await delivered(other, ...all.map((s) => s.socket));
    expect(typesOf(late)).toEqual(['MATCH_ACCEPTED']);
    expect(typesOf(subA.received)).toEqual(['MATCH_ACCEPTED']);
  });

  it('rewrote every copied path below the community, and left the events already written as they were', async () => {
    const newPath = `${d.otherStreet.path}${d.community.rowId}/`;
    const { rows: areaRows } = await hub.app.db.pool.query<{ path: string }>('select path from area where id = $1', [d.grid.rowId]);
    expect(areaRows[0].path).toBe(`${newPath}${d.grid.rowId}/`);
    for (const table of ['organization', 'resource', 'sharing_agreement', 'demand_list', 'demand', 'project', 'match_run', 'match']) {
      const { rows } = await hub.app.db.pool.query<{ old: number; moved: number }>(
        `select count(*) filter (where area_path like $1)::int as old, count(*) filter (where area_path like $2)::int as moved from ${table}`,
        [`${oldPath()}%`, `${newPath}%`],
      );
      expect([table, rows[0].old, rows[0].moved > 0]).toEqual([table, 0, true]);
    }
    const { rows: events } = await hub.app.db.pool.query<{ n: number }>('select count(*)::int as n from event where area_path like $1', [`${oldPath()}%`]);
    expect(events[0].n).toBeGreaterThan(0);
  });

  it('records the move in the history and as AREA_MOVED, scoped to the new place', async () => {
    const { rows } = await hub.app.db.pool.query<{ action: string; actor_role: string }>(
      `select action, actor_role from area_history where area_id = $1 order by id`,
      [d.community.rowId],
    );
    expect(rows).toEqual([{ action: 'MOVE', actor_role: 'DISTRICT_ADMIN' }]);
    const moved = (await eventsOf(hub, d.community.id)).filter((e) => e.type === 'AREA_MOVED');
    expect(moved).toEqual([{ type: 'AREA_MOVED', data: { fromParentId: d.street.id, toParentId: d.otherStreet.id } }]);
    const { rows: scoped } = await hub.app.db.pool.query<{ area_path: string }>(
      `select area_path from event where type = 'AREA_MOVED' and subject_id = $1`,
      [d.community.rowId],
    );
    expect(scoped).toEqual([{ area_path: `${d.otherStreet.path}${d.community.rowId}/` }]);
  });
});

describe('moveArea and the rest of the hub', () => {
  it('waits for the matcher\'s full-run lock: nothing moves while a full run holds it', async () => {
    const d = await buildDistrict(hub.app.db.pool);
    const district = await hub.token({ role: Role.DISTRICT_ADMIN });
    const run = await hub.app.db.pool.connect();
    try {
      await run.query('begin');
      await run.query('select pg_advisory_xact_lock($1)', [MATCHING_LOCK_KEY]);
      const moving = move(district, d.community, d.otherStreet);
      await waitFor(
        async () =>
          (
            await hub.app.db.pool.query<{ n: number }>(
              `select count(*)::int as n from pg_locks l join pg_database db on db.oid = l.database
               where db.datname = current_database() and l.locktype = 'advisory' and l.objid = $1 and not l.granted`,
              [MATCHING_LOCK_KEY],
            )
          ).rows[0].n > 0,
        { what: 'moveArea to wait for the full-run lock' },
      );
      expect((await hub.client.data(ReadArea, { id: d.community.id })).area!.parent).toEqual({ id: d.street.id });
      await run.query('commit');
      expect((await moving).userErrors).toEqual([]);
      expect((await hub.client.data(ReadArea, { id: d.community.id })).area!.parent).toEqual({ id: d.otherStreet.id });
    } finally {
      run.release();
    }
  });

  it('ends, on every instance, the subscriptions of a token whose area was retired (AREA_RETIRED)', async () => {
    const d = await buildDistrict(hub.app.db.pool);
    const worker = wsClient(other.server.wsUrl, await hub.token({ role: Role.GRID_WORKER, areaId: d.grid.id }));
    sockets.push(worker);
    const received = await wsSubscribed<MatchMessage>(other, worker.client, MATCH_EVENTS, {});
    // retireArea's transaction as it commits: the column and the event (the mutation is another part's)
    await inTransaction(hub.app.db.pool, async (client) => {
      await client.query('update area set retired_at = $2 where id = $1', [d.grid.rowId, hub.clock.now()]);
      await recordEventsOn(client, { id: 'test', role: Role.DISTRICT_ADMIN }, hub.clock.now(), [
        { type: EventType.AREA_RETIRED, subjectType: 'Area', subjectId: d.grid.rowId, areaPath: d.grid.path, organizationId: null, isPublic: true },
      ]);
      return { commit: true, value: null };
    });
    await received.ended();
    expect(received.error?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('moveArea refusals', () => {
  let d: District;
  let district: string;

  beforeAll(async () => {
    d = await buildDistrict(hub.app.db.pool);
    district = await hub.token({ role: Role.DISTRICT_ADMIN });
  });

  it('is the district admin\'s alone: FORBIDDEN for every other role, UNAUTHENTICATED anonymous', async () => {
    const org = await buildParties(hub, d, d.community);
    const callers = [
      await hub.token({ role: Role.STREET_ADMIN, areaId: d.street.id }),
      await hub.token({ role: Role.STREET_ADMIN, areaId: d.otherStreet.id }),
      await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id }),
      await hub.token({ role: Role.GRID_WORKER, areaId: d.grid.id }),
      await hub.token({ role: Role.UNIT_ADMIN, organizationId: org.org.id }),
      await hub.token({ role: Role.VOLUNTEER, areaId: d.community.id }),
    ];
    const input = { id: d.community.id, newParentId: d.otherStreet.id, version: 1 };
    for (const token of callers) expect(await hub.client.errorCode(Move, { input }, token)).toBe('FORBIDDEN');
    expect(await hub.client.errorCode(Move, { input }, null)).toBe('UNAUTHENTICATED');
    expect((await hub.client.data(ReadArea, { id: d.community.id })).area!.parent).toEqual({ id: d.street.id });
  });

  it('refuses ids that are not areas (BAD_USER_INPUT) and unknown areas (NOT_FOUND)', async () => {
    expect(await hub.client.errorCode(Move, { input: { id: 'nonsense', newParentId: d.otherStreet.id, version: 1 } }, district)).toBe('BAD_USER_INPUT');
    expect(await hub.client.errorCode(Move, { input: { id: d.community.id, newParentId: d.otherStreet.id, version: 0 } }, district)).toBe('BAD_USER_INPUT');
    const unknown = Buffer.from('Area:999999999').toString('base64url');
    expect(await hub.client.errorCode(Move, { input: { id: d.community.id, newParentId: unknown, version: 1 } }, district)).toBe('NOT_FOUND');
  });

  it('refuses a parent the kind cannot have (AREA_PARENT_KIND): streets and the district stay, a community goes below a street', async () => {
    const districtArea = { ...d.district };
    for (const [area, to] of [
      [d.community, d.otherCommunity],
      [d.community, d.district],
      [d.street, d.otherStreet],
      [districtArea, d.street],
      [d.grid, d.otherStreet],
    ] as [BuiltArea, BuiltArea][]) {
      const result = await move(district, area, to);
      expect(result).toMatchObject({ area: null, userErrors: [{ code: 'AREA_PARENT_KIND', field: 'input.newParentId' }] });
    }
  });

  it('recomputes grid levels for the whole subtree, and refuses a subtree that would nest past level 3', async () => {
    // d.grid (level 1) ⊃ level 2 ⊃ level 3, written through createArea's rules' result directly
    const level2 = await insertChildGrid(d.grid, 2);
    const level3 = await insertChildGrid(level2, 3);
    const target = await insertGrid(hub.app.db.pool, d.otherCommunity, '目标网格');
    // three levels below a level-1 grid would make levels 2–4
    expect(await move(district, d.grid, target)).toMatchObject({ area: null, userErrors: [{ code: 'AREA_PARENT_KIND' }] });
    // the level-2 grid with its child to another community: levels 1 and 2
    const moved = await move(district, level2, d.otherCommunity);
    expect(moved.userErrors).toEqual([]);
    expect(moved.area).toMatchObject({ gridLevel: 1, parent: { id: d.otherCommunity.id } });
    expect((await hub.client.data(ReadArea, { id: level3.id })).area!.gridLevel).toBe(2);
    // and below another grid: 2 and 3
    const again = await move(district, level2, target);
    expect(again.area).toMatchObject({ gridLevel: 2, parent: { id: target.id } });
    expect((await hub.client.data(ReadArea, { id: level3.id })).area!.gridLevel).toBe(3);
  });

  it('refuses a move below the area itself or its own subtree (AREA_MOVE_CYCLE)', async () => {
    const child = await insertChildGrid(d.otherGrid, 2);
    expect(await move(district, d.otherGrid, child)).toMatchObject({ area: null, userErrors: [{ code: 'AREA_MOVE_CYCLE' }] });
    expect(await move(district, d.otherGrid, d.otherGrid)).toMatchObject({ area: null, userErrors: [{ code: 'AREA_MOVE_CYCLE' }] });
  });

  it('leaves an area whose new parent is its parent already as it is, with no history and no event', async () => {
    const before = (await hub.client.data(ReadArea, { id: d.neighbourCommunity.id })).area!;
    const result = await move(district, d.neighbourCommunity, d.street);
    expect(result).toMatchObject({ userErrors: [], area: { id: d.neighbourCommunity.id, version: before.version, parent: { id: d.street.id } } });
    expect(await eventsOf(hub, d.neighbourCommunity.id)).toEqual([]);
  });

  it('refuses a code another child of the new parent has (AREA_CODE_TAKEN)', async () => {
    await hub.app.db.pool.query(`update area set code = 'SJHT' where id = any($1::bigint[])`, [[d.neighbourCommunity.rowId, d.otherCommunity.rowId]]);
    expect(await move(district, d.neighbourCommunity, d.otherStreet)).toMatchObject({
      area: null,
      userErrors: [{ code: 'AREA_CODE_TAKEN', field: 'input.newParentId' }],
    });
  });

  it('refuses a stale version (VERSION_CONFLICT) and changes nothing', async () => {
    const current = (await hub.client.data(ReadArea, { id: d.neighbourCommunity.id })).area!;
    await hub.app.db.pool.query(`update area set code = null where id = $1`, [d.neighbourCommunity.rowId]);
    const result = await move(district, d.neighbourCommunity, d.otherStreet, current.version + 1);
    expect(result).toMatchObject({ area: null, userErrors: [{ code: 'VERSION_CONFLICT', field: 'input.version' }] });
    expect((await hub.client.data(ReadArea, { id: d.neighbourCommunity.id })).area!.parent).toEqual({ id: d.street.id });
  });

  it('refuses to move a retired area, or below one (AREA_RETIRED)', async () => {
    const retired = await insertGrid(hub.app.db.pool, d.otherCommunity, '已撤销网格');
    await hub.app.db.pool.query(`update area set retired_at = $2 where id = $1`, [retired.rowId, hub.clock.now()]);
    expect(await move(district, retired, d.community)).toMatchObject({ area: null, userErrors: [{ code: 'AREA_RETIRED', field: 'input.id' }] });
    const live = await insertGrid(hub.app.db.pool, d.community, '在用网格');
    expect(await move(district, live, retired)).toMatchObject({ area: null, userErrors: [{ code: 'AREA_RETIRED', field: 'input.newParentId' }] });
  });

  /** A grid of `level` below `parent`, written directly. */
  async function insertChildGrid(parent: BuiltArea, level: number): Promise<BuiltArea> {
    const grid = await insertGrid(hub.app.db.pool, parent, `${level}级网格`);
    await hub.app.db.pool.query(`update area set parent_id = $2, path = $3, depth = $4, grid_level = $5 where id = $1`, [
      grid.rowId,
      parent.rowId,
      `${parent.path}${grid.rowId}/`,
      parent.path.split('/').length - 2,
      level,
    ]);
    return { ...grid, path: `${parent.path}${grid.rowId}/` };
  }
});
