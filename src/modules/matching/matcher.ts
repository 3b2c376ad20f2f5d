import type { App } from '../../context.js';
import { pgArray, sqlOn, type Sql } from '../../db/tx-query.js';
import { localDateAndMinute } from '../../shared/schedule/schedule.js';
import { actorOf, SYSTEM_VIEWER } from '../../shared/viewer.js';
import { distanceSql } from '../resources/index.js';
import { EventType } from '../../outbox/event-types.js';
import { recordEventsOn, type EventDraft } from '../../outbox/outbox.js';
import { BACKGROUND_SQL } from '../../outbox/feed.js';
import { inTransaction } from '../../outbox/transact.js';
import { inForceSql } from '../agreements/index.js';
import { boxAroundSql, findCandidates, resourceFitsSql, type CandidateSet } from './candidates.js';
import { LIVE_PROPOSAL_COLUMNS, MATCHING_LOCK_KEY, planSolution, writeSolution, type LiveProposal } from './match-run.service.js';

/*
 * The incremental matcher (docs/architecture.md, "Matching"). It follows the event
 * log from its own cursor (table `matcher_state`, one row), and for each batch of events:
 *
 *  1. seeds: the demands and resources the relevant events touch (below). AVAILABILITY_REPORTED and every
 *     other type only move the cursor;
 *  2. the component: the seeds grown to a union of whole connected components of the candidate graph
 *     plus the edges of live PROPOSED matches (`expand`, one recursive statement). Its edges are the pairs
 *     every rule checked in SQL allows (window coverage, checked in code by `findCandidates`' caller, is
 *     left out): a superset of the candidate edges, so the closure is a union of whole components still;
 *  3. in one transaction, as SYSTEM: a shared hold on the full run's lock (a `runMatching` excludes every
 *     incremental solve and vice versa; incremental solves do not exclude each other through it), then an
 *     exclusive transaction-level advisory lock per demand and per resource of the component, taken in
 *     ascending key order (so two solvers can never wait on each other in a cycle; two components that
 *     overlap share a node, so they serialise — a closed component that shares a resource with another also
 *     shares that resource's candidate demands) in the same statement as the live proposals FOR UPDATE,
 *     then the candidate search restricted to the component's demands, the exact solver per component and
 *     the same writes as a full run (`planSolution`, `writeSolution`: superseded / proposed matches and
 *     their history in one statement, then the events). All of it on a pooled client, without the ORM: a
 *     placement costs nine round trips, `begin` and `commit` included;
 *  4. the cursor moves past the batch in that same transaction, so a batch is applied exactly once (and past
 *     the batch's own MATCH_* events, which never trigger, when nothing else was logged before them).
 *
 * Where it starts: a fresh `matcher_state` row (none yet: a new database, or one where the matcher never
 * ran — Migration20261122100000 drops the row the first matcher migration created at 0) starts at the
 * newest event's cursor, not at the beginning of the log, which would replay every change ever made in one
 * long first pass. The proposals for the state before it are what a full `runMatching` (or the first event
 * touching each component, which re-solves the whole component) brings up to date.
 *
 * Behind the purge: the event log is purged of what is older than the retention (src/outbox/purge.ts) whether or
 * not the matcher has read it. A matcher whose cursor is below the purge watermark cannot know what the
 * purged events touched, so its next batch re-solves every open demand — the fallback of a component too
 * large, the same as a full run of the district — and moves its cursor past the watermark: once, in the
 * transaction that writes it. A stopped or lagging matcher never holds the purge back.
 *
 * Because the set solved is closed under candidate edges, it is a union of the full run's components, and
 * `solveCandidates` solves each component on its own in canonical order: the proposals are the ones a full
 * run over the same state would make (same objective, same tie-breaks).
 *
 * Seeds (a touched node need not be a candidate any more — a cancelled demand, a paused resource — so the
 * seeds also reach what it used to connect to, geometrically and through its matches):
 *   DEMAND_PLACED  the demand alone (it was POSTED: no edge, no match before)
 *   DEMAND_*     the demand; the resources of its kinds within its radius (any status) and of its matches
 *   RESOURCE_*   the resource; the open demands that reach it and the demands of its live proposals
 *   AGREEMENT_*  (coming into or out of force, signed) as RESOURCE_* for each resource of its items
 *   MATCH_DECLINED / _CANCELLED / _ACCEPTED   the match's demand and resource (counters or a pair changed)
 *   AREA_MOVED   the live demands of the moved subtree (agreements cover them differently now)
 *
 * Growth is bounded: past MAX_COMPONENT_DEMANDS demands (or MAX_COMPONENT_NODES nodes) the batch falls back to
 * re-solving every open demand, which is what a full run of the district would do.
 */

const MATCHER_STATE_ID = 1;
const BATCH_SIZE = 500;
const MAX_COMPONENT_DEMANDS = 5_000;
const MAX_COMPONENT_NODES = 20_000;

const DEMAND_EVENTS = new Set<string>([
  EventType.DEMAND_PLACED,
  EventType.DEMAND_UPDATED,
  EventType.DEMAND_CANCELLED,
  EventType.DEMAND_EXPIRED,
  EventType.DEMAND_TAKEN,
]);
const RESOURCE_EVENTS = new Set<string>([
  EventType.RESOURCE_PUBLISHED,
  EventType.RESOURCE_PAUSED,
  EventType.RESOURCE_WITHDRAWN,
  EventType.RESOURCE_UPDATED,
]);
const AGREEMENT_EVENTS = new Set<string>([
  EventType.AGREEMENT_ACTIVATED,
  EventType.AGREEMENT_SUSPENDED,
  EventType.AGREEMENT_RESUMED,
  EventType.AGREEMENT_TERMINATED,
  EventType.AGREEMENT_EXPIRED,
  EventType.AGREEMENT_SIGNED,
]);
const MATCH_EVENTS = new Set<string>([EventType.MATCH_DECLINED, EventType.MATCH_CANCELLED, EventType.MATCH_ACCEPTED]);
/** An area moved: agreements now cover its demands differently. */
const AREA_EVENTS = new Set<string>([EventType.AREA_MOVED]);

/** Whether an event of this type can change the optimum (AVAILABILITY_REPORTED never does). */
export function triggersMatching(type: string): boolean {
  return DEMAND_EVENTS.has(type) || RESOURCE_EVENTS.has(type) || AGREEMENT_EVENTS.has(type) || MATCH_EVENTS.has(type) || AREA_EVENTS.has(type);
}

export interface MatcherPass {
  /** Events read (relevant or not). */
  events: number;
  /** Events that triggered a re-solve. */
  triggering: number;
  demands: number;
  resources: number;
  proposed: number;
  superseded: number;
  /** Batches that fell back to every open demand. */
  fullFallbacks: number;
}

const emptyPass = (): MatcherPass => ({ events: 0, triggering: 0, demands: 0, resources: 0, proposed: 0, superseded: 0, fullFallbacks: 0 });

interface EventRow {
  cursor: string;
  type: string;
  subject_id: string;
}

const OPEN_DEMAND = (alias: string, today: string) =>
  `${alias}.fulfilment = 'RESOURCE' and ${alias}.status in ('PLACED','PARTIALLY_MATCHED') and ${alias}.end_date >= ${today} and ${alias}.quantity > ${alias}.accepted_quantity`;

/**
 * What a batch of events touched. `demands` and `resources` may have lost edges, so the growth also reaches
 * what they were near; `placed` demands were POSTED until now (`place` only starts from POSTED), so they had
 * no edge and no match: the component they join is the closure of the demand alone (the components it now
 * links were each solved already).
 */
interface Seeds {
  demands: Set<string>;
  resources: Set<string>;
  placed: Set<string>;
}

/** Seeds of a batch of events. */
async function seedsOf(sql: Sql, events: EventRow[]): Promise<Seeds> {
  const demands = new Set<string>();
  const resources = new Set<string>();
  const placed = new Set<string>();
  const agreements: string[] = [];
  const matches: string[] = [];
  const areas: string[] = [];
  for (const e of events) {
    const id = String(e.subject_id);
    if (e.type === EventType.DEMAND_PLACED) placed.add(id);
    else if (DEMAND_EVENTS.has(e.type)) demands.add(id);
    else if (RESOURCE_EVENTS.has(e.type)) resources.add(id);
    else if (AGREEMENT_EVENTS.has(e.type)) agreements.push(id);
    else if (MATCH_EVENTS.has(e.type)) matches.push(id);
    else if (AREA_EVENTS.has(e.type)) areas.push(id);
  }
  if (agreements.length) {
    const rows = await sql<{ id: string }>(
      `select distinct resource_id::text as id from agreement_item where agreement_id = any($1::bigint[])`,
      [pgArray(agreements)],
    );
    for (const r of rows) resources.add(r.id);
  }
  if (matches.length) {
    const rows = await sql<{ d: string; r: string }>(
      `select demand_id::text as d, resource_id::text as r from match where id = any($1::bigint[])`,
      [pgArray(matches)],
    );
    for (const m of rows) (demands.add(m.d), resources.add(m.r));
  }
  if (areas.length) {
    // every live demand of the moved subtree (its path as it is now): cover may have come or gone for each
    const rows = await sql<{ id: string }>(
      `select d.id::text as id from area a join demand d on d.area_path like a.path || '%'
       where a.id = any($1::bigint[]) and d.fulfilment = 'RESOURCE' and d.status in ('PLACED','PARTIALLY_MATCHED')`,
      [pgArray(areas)],
    );
    for (const r of rows) demands.add(r.id);
  }
  for (const id of demands) placed.delete(id);
  return { demands, resources, placed };
}

/** An agreement in force on `today` covers resource `r` for demand `d`'s area (some item of it is on r). */
const coveredSql = (d: string, r: string, today: string) =>
  `exists (select 1 from agreement_item i join sharing_agreement a on a.id = i.agreement_id
           where i.resource_id = ${r}.id and a.discarded_at is null and ${inForceSql('a', today)} and starts_with(${d}.area_path, a.area_path))`;

/**
 * The growth statement (`expand`): $1 today, $2 seed demands, $3 seed resources, $4 the most nodes to return,
 * $5 placed demands (grown from alone: see `Seeds`).
 * A recursive query over nodes ('D' | 'R', id), so the whole closure is one round trip. UNION in a recursive
 * query drops rows already found, so each node is expanded once and the query ends; the outer LIMIT stops
 * it early on a component too large. An edge here is a candidate pair by every rule checked in SQL
 * (`resourceFitsSql`, distance, an agreement in force), without the window coverage that `findCandidates`'
 * caller checks in code: a superset of the candidate edges, so the closure is still a union of whole
 * components of the candidate graph. "offset 0" keeps each per-node search whole (an index probe on the
 * node, then the GiST box), so the planner never starts from a scan of the open demands.
 */
const EXPAND_SQL = (() => {
  const open = OPEN_DEMAND('d', 'p.today');
  const reach = `${distanceSql('d.lat', 'd.lng')} <= d.radius_meters`;
  const fits = `${resourceFitsSql('d', 'r')} and ${reach} and ${coveredSql('d', 'r', 'p.today')}`;
  // open demands whose box holds resource r: demand_open_reach_idx indexes exactly that box expression
  const demandsAround = (rule: string) =>
    `select d.id from demand d where ${boxAroundSql('d.lat', 'd.lng', 'd.radius_meters')} && box(point(r.lng, r.lat), point(r.lng, r.lat))
       and ${open} and ${rule} offset 0`;
  return `with recursive
    p as materialized (select $1::date as today),
    seed_r as materialized (
      select unnest($3::bigint[]) as id
      union
      -- resources of the seed demands' kinds within their radius, whatever their status, and of their matches
      select r.id from demand d join resource r
        on point(r.lng, r.lat) <@ ${boxAroundSql('d.lat', 'd.lng', 'd.radius_meters')} and r.kind = any(d.kinds) and ${reach}
      where d.id = any($2::bigint[])
      union
      select m.resource_id from match m where m.demand_id = any($2::bigint[])
    ),
    seeds (kind, id) as (
      select 'D'::text, unnest($2::bigint[])
      union all
      select 'D', unnest($5::bigint[])
      union all
      select 'R', id from seed_r
      union all
      -- a seed resource reaches every open demand around it (an edge that just disappeared still matters)
      select 'D', d.id from seed_r s cross join p
      cross join lateral (select r.* from resource r where r.id = s.id offset 0) r
      cross join lateral (${demandsAround(`r.kind = any(d.kinds) and ${reach}`)}) d
    ),
    nodes (kind, id) as (
      select kind, id from seeds
      union
      select e.kind, e.id from nodes n cross join p cross join lateral (
        select 'R'::text as kind, r.id from demand d join resource r on point(r.lng, r.lat) <@ ${boxAroundSql('d.lat', 'd.lng', 'd.radius_meters')}
        where n.kind = 'D' and d.id = n.id and ${open} and ${fits}
        union all
        select 'R', m.resource_id from match m where n.kind = 'D' and m.demand_id = n.id and m.status = 'PROPOSED'
        union all
        select 'D', d.id from resource r cross join lateral (${demandsAround(fits)}) d where n.kind = 'R' and r.id = n.id
        union all
        select 'D', m.demand_id from match m where n.kind = 'R' and m.resource_id = n.id and m.status = 'PROPOSED'
      ) e
    )
    select kind, id::text as id from nodes limit $4`;
})();

export interface Component {
  /** null: too large, every open demand (and every proposal). */
  demandIds: string[] | null;
  resourceIds: string[] | null;
}

/**
 * Grows seeds to a union of whole components of the candidate graph (plus live proposal edges), in one
 * statement (EXPAND_SQL). Seed demands reach the resources around them (any status) and those of their
 * matches; those and the seed resources reach every open demand around them (an edge that just disappeared
 * still changes its neighbours' optimum); then a demand brings the resources that may be its candidates and
 * those of its proposals, and a resource brings the open demands for which it may be a candidate and those
 * of its proposals, until nothing new comes. Past MAX_COMPONENT_NODES nodes or MAX_COMPONENT_DEMANDS demands,
 * the fallback (every open demand).
 */
export async function expand(sql: Sql, seeds: Seeds, today: string): Promise<Component> {
  const rows = await sql<{ kind: 'D' | 'R'; id: string }>(
    EXPAND_SQL,
    [today, pgArray([...seeds.demands]), pgArray([...seeds.resources]), MAX_COMPONENT_NODES + 1, pgArray([...seeds.placed])],
    { prepare: true },
  );
  const demands = rows.filter((n) => n.kind === 'D').map((n) => n.id);
  if (rows.length > MAX_COMPONENT_NODES || demands.length > MAX_COMPONENT_DEMANDS) return { demandIds: null, resourceIds: null };
  return { demandIds: demands.sort(), resourceIds: rows.filter((n) => n.kind === 'R').map((n) => n.id).sort() };
}

/**
 * The component's locks and its PROPOSED matches, locked (as a full run locks its scope's before reading
 * counters), in one statement. The locks are uncorrelated scalar subqueries in the WHERE clause: PostgreSQL
 * evaluates them once, as a gate before the scan, so they are held before any match is read (and taken
 * even when there is none). A shared hold on 'sharehub:matcher:all', then one exclusive transaction-level
 * advisory lock per demand and per resource in ascending key order (so two solvers can never wait on each
 * other in a cycle). The fallback (every open demand) takes 'sharehub:matcher:all' exclusively instead,
 * as a full run would exclude every other solver.
 */
const LOCKED_COMPONENT_SQL = `
  select ${LIVE_PROPOSAL_COLUMNS} from match m
  where (select pg_advisory_xact_lock_shared(hashtextextended('sharehub:matcher:all', 0))) is not null
    and (select count(pg_advisory_xact_lock(k)) from (
           select distinct k from (
             select hashtextextended('sharehub:match-demand:' || x, 0) as k from unnest($1::text[]) x
             union all
             select hashtextextended('sharehub:match-resource:' || x, 0) from unnest($2::text[]) x
           ) keys order by k
         ) sorted) >= 0
    and m.status = 'PROPOSED' and (m.demand_id = any($1::bigint[]) or m.resource_id = any($2::bigint[]))
  order by m.id for update of m`;

const LOCKED_ALL_SQL = `
  select ${LIVE_PROPOSAL_COLUMNS} from match m
  where (select pg_advisory_xact_lock(hashtextextended('sharehub:matcher:all', 0))) is not null and m.status = 'PROPOSED'
  order by m.id for update of m`;

/** Locks the component (see LOCKED_COMPONENT_SQL) and returns its PROPOSED matches, locked. */
async function lockedProposals(sql: Sql, c: Component): Promise<LiveProposal[]> {
  return c.demandIds
    ? sql<LiveProposal>(LOCKED_COMPONENT_SQL, [pgArray(c.demandIds), pgArray(c.resourceIds!)], { prepare: true })
    : sql<LiveProposal>(LOCKED_ALL_SQL, []);
}

/**
 * The matcher's cursor, its row locked, and up to BATCH_SIZE events after it, in one round trip; a missing
 * row starts at the newest event (see the header). The same statement takes the shared hold on the full
 * run's lock (a `runMatching` excludes every incremental solve and vice versa; incremental solves do not
 * exclude each other through it), so nothing a full run rewrites is read meanwhile, and sets the plan cache
 * mode: the growth and candidate statements are prepared and shaped to probe an index per node, and on
 * PostgreSQL 18 a generic plan serves every component and saves the several milliseconds a custom plan of
 * each costs. PostgreSQL 15's generic plan of the growth statement takes seconds (measured on the CI
 * service): there the planner plans each execution.
 */
const CURSOR_AND_EVENTS_SQL = `
  select s.cursor::text as at, (select w.cursor from event_watermark w where w.id = 1)::text as purged,
         e.cursor::text as cursor, e.type, e.subject_id::text as subject_id,
         -- uncorrelated scalar subqueries: evaluated once, not per event row
         (select pg_advisory_xact_lock_shared(${MATCHING_LOCK_KEY}) is not null) as held,
         (select set_config('plan_cache_mode', case when current_setting('server_version_num')::int >= 180000 then 'force_generic_plan' else 'auto' end, true)) as plans
  from (select cursor from matcher_state where id = $1 for update) s
  left join lateral (select e.cursor, e.type, e.subject_id from event e where e.cursor > s.cursor order by e.cursor limit $2) e on true
  -- events ordered by the column, not by the text output of the same name (lexicographic: '10' before '9')
  order by e.cursor`;

/** The matcher's cursor (`at`), the purge watermark and the events after the cursor (see CURSOR_AND_EVENTS_SQL). */
async function eventsAfterCursor(sql: Sql): Promise<{ at: string; purged: string; events: EventRow[] }> {
  type Row = EventRow & { at: string; purged: string };
  const read = () => sql<Row>(CURSOR_AND_EVENTS_SQL, [MATCHER_STATE_ID, BATCH_SIZE], { prepare: true });
  let rows = await read();
  if (!rows.length) {
    // the newest cursor; the watermark when the purge has emptied the log
    await sql(
      `insert into matcher_state (id, cursor)
       select $1, greatest(coalesce(max(cursor), 0), (select w.cursor from event_watermark w where w.id = 1)) from event
       on conflict (id) do nothing`,
      [MATCHER_STATE_ID],
    );
    rows = await read();
  }
  // a row with no event: the cursor is at the end of the log
  const events = rows.filter((r) => r.cursor !== null).map(({ cursor, type, subject_id }) => ({ cursor, type, subject_id }));
  return { at: rows[0]!.at, purged: rows[0]!.purged, events };
}

/** Every open demand and every proposal: a component too large, or a matcher behind the purge. */
const EVERYTHING: Component = { demandIds: null, resourceIds: null };

/**
 * The cursor past the batch's `last` event, and past the batch's own events (`first`..`ownLast`) when
 * nothing else was logged between: they never trigger matching, and the next pass need not read them back
 * in a transaction of its own.
 */
const MOVE_CURSOR_SQL = `
  update matcher_state set cursor = case when exists (select 1 from event where cursor > $1::bigint and cursor < $2::bigint) then $1::bigint else $3::bigint end
  where id = $4`;

/**
 * One batch: reads up to BATCH_SIZE events after the cursor, re-solves the component they touch and moves
 * the cursor, in one transaction on a pooled client of its own, as SYSTEM, with no ORM (each round trip
 * and flush counts: the time from placing a demand to its proposals is the matcher's figure of merit).
 * Returns null when there was nothing to read. A cursor below the purge watermark makes the batch re-solve
 * every open demand (see the header), with or without events after it.
 */
async function matchBatch(app: App): Promise<MatcherPass | null> {
  const actor = actorOf(SYSTEM_VIEWER);
  const now = app.clock.now();
  const today = localDateAndMinute(now, app.config.timeZone).date;
  return inTransaction(app.db.pool, async (client) => {
    const sql = sqlOn(client);
    const { at, purged, events } = await eventsAfterCursor(sql);
    const behindPurge = BigInt(at) < BigInt(purged);
    if (!events.length && !behindPurge) return { commit: true, value: null };
    const pass = emptyPass();
    pass.events = events.length;
    const relevant = events.filter((e) => triggersMatching(e.type));
    pass.triggering = relevant.length;
    const drafts: EventDraft[] = [];
    if (relevant.length || behindPurge) {
      const component = behindPurge ? EVERYTHING : await expand(sql, await seedsOf(sql, relevant), today);
      const live = await lockedProposals(sql, component);
      let set: CandidateSet = await findCandidates(sql, { scopePath: '', kinds: null, today, now, demandIds: component.demandIds });
      if (component.resourceIds) {
        // something committed since the expansion may have added an edge out of the component: its own event
        // comes in a later batch and re-solves the grown component; until then stay inside this one
        const inside = new Set(component.resourceIds);
        set = { demands: set.demands, resources: set.resources.filter((r) => inside.has(r.id)), pairs: set.pairs.filter((p) => inside.has(p.resourceId)) };
      } else pass.fullFallbacks = 1;
      const plan = planSolution(set, live);
      await writeSolution(sql, plan, now, actor, null, drafts);
      pass.demands = component.demandIds?.length ?? set.demands.length;
      pass.resources = component.resourceIds?.length ?? set.resources.length;
      pass.proposed = plan.fresh.length;
      pass.superseded = plan.superseded.length;
    }
    const last = events.length ? events[events.length - 1].cursor : purged;
    const own = await recordEventsOn(client, actor, now, drafts);
    const [first, ownLast] = own.length ? [own[0], own[own.length - 1]] : [last, last];
    await sql(MOVE_CURSOR_SQL, [last, first, ownLast, MATCHER_STATE_ID], { prepare: true });
    return { commit: true, value: pass };
  });
}

/**
 * How far the matcher is behind the log: the newest cursor minus its own (0 before it first ran). Cursors
 * may have gaps, so this is an upper bound on the events it has yet to read; it is the same on every instance.
 */
export async function matcherLag(app: App): Promise<number> {
  const { rows } = await app.db.pool.query<{ lag: string }>({
    text: `${BACKGROUND_SQL} with newest as (select coalesce(max(cursor), 0) as c from event)
           select greatest(0, (select c from newest) - coalesce((select cursor from matcher_state where id = $1), (select c from newest)))::text as lag`,
    values: [MATCHER_STATE_ID],
  });
  return Number(rows[0].lag);
}

/**
 * Processes every event committed before the call, batch by batch (tests, and each round of the leader). A
 * batch shorter than BATCH_SIZE read everything committed before it began, so the pass ends there (what
 * came later, including the batch's own events when something else was logged between, is the next pass's).
 */
export async function matchOnce(app: App): Promise<MatcherPass> {
  const total = emptyPass();
  for (;;) {
    const skipped = await skipQuietEvents(app);
    if (skipped > 0) {
      total.events += skipped;
      if (skipped < BATCH_SIZE) return total;
      continue;
    }
    const pass = await matchBatch(app);
    if (!pass) return total;
    for (const k of Object.keys(total) as (keyof MatcherPass)[]) total[k] += pass[k];
    if (pass.events < BATCH_SIZE) return total;
  }
}

const TRIGGERING_TYPES = [...DEMAND_EVENTS, ...RESOURCE_EVENTS, ...AGREEMENT_EVENTS, ...MATCH_EVENTS, ...AREA_EVENTS];

/**
 * The common case of a busy hub is a run of events that never change the optimum (live counts above all):
 * when the next batch holds nothing that triggers matching, one statement moves the cursor past it, with no
 * transaction of the ORM's. Returns how many events it skipped (0: nothing pending, or something to solve).
 */
async function skipQuietEvents(app: App): Promise<number> {
  const { rows } = await app.db.pool.query<{ n: number }>({
    name: 'sharehub-matcher-skip',
    // the cursor is compared as a scalar subquery (an index condition on event_pkey): joined as a row, the
    // planner walked the whole log from its start and filtered (31 ms at 46,000 events, growing with the log)
    text: `with s as (select cursor from matcher_state where id = $1),
                e as (select e.cursor, e.type from event e where e.cursor > (select cursor from s) order by e.cursor limit $2)
           update matcher_state m set cursor = (select max(cursor) from e)
           where m.id = $1 and m.cursor = (select cursor from s)
             -- behind the purge watermark, the next batch re-solves everything: nothing to skip
             and m.cursor >= (select w.cursor from event_watermark w where w.id = 1)
             and exists (select 1 from e) and not exists (select 1 from e where e.type = any($3::text[]))
           returning (select count(*) from e)::int as n`,
    values: [MATCHER_STATE_ID, BATCH_SIZE, TRIGGERING_TYPES],
  });
  return rows[0]?.n ?? 0;
}
