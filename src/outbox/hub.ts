import {
  execute,
  GraphQLError,
  Kind,
  print,
  visit,
  type DocumentNode,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { createContext, type App, type Context } from '../context.js';
import { badInput } from '../shared/errors.js';
import { Role, type Viewer } from '../shared/viewer.js';
import { readVolunteerStandings, volunteerViewer } from '../auth.js';
import { eventVisible } from './scope.js';
import { actorIn, dataIn, eventViewOf, type EventView } from './view.js';
import { cursorExpired, isPurged, purgedThrough, retentionCutoff } from './purge.js';
import { viewerKey, type Channel, type Realtime, type SubscribeRequest } from './channel.js';
import { BACKGROUND_SQL, FEED_BATCH, readFeed, type FeedEvent } from './feed.js';
import { EventType } from './event-types.js';

/*
 * Subscriptions (docs/architecture.md, "Realtime"). The feed hands every batch of new events to `dispatch`, which
 *  - fixes, synchronously, which live subscribers the batch is for (so a subscriber that turns live later
 *    is sure to have been replayed past it: `claimed` is the last cursor whose recipients are fixed);
 *  - loads each changed node once per batch, whatever the subscriber;
 *  - checks each subscriber's scope (fixed at subscribe time from its token) and filter against the event,
 *    and how it sees the event (view.ts: the actor shown or masked; the card only, for the order board);
 *  - executes each (event, selection, kind of viewer, view) once, and hands the same result to every subscriber
 *    that shares it.
 * A subscriber with `after` is replayed from the event log up to `claimed`, page by page, then turns live
 * in the same tick as it sees it has caught up: no gap, and `cursor` (what it has been brought up to)
 * keeps duplicates out. Heartbeats carry that cursor to subscribers that have been quiet.
 */

export interface HubOptions {
  heartbeatMs: number;
  maxQueued: number;
}

const CURSOR_PATTERN = /^(0|[1-9]\d{0,15})$/;

const expired = (days: number) =>
  cursorExpired(`The cursor is older than the event log keeps (${days} days): refetch what you show, then subscribe without "after".`);

/** The `data` of results the hub hands to several subscribers: the socket layer serialises each once. */
export const sharedResultData = new WeakSet<object>();

/** Marks a result going to `recipients` subscribers as shared when there are several (one is sent as is). */
function share(result: ExecutionResult, recipients: number): void {
  if (recipients > 1 && result.data) sharedResultData.add(result.data);
}

/** Events after which the area tree is not what it was: paths moved, or an area retired. */
const AREA_TREE_EVENTS = new Set<string>([EventType.AREA_MOVED, EventType.AREA_RETIRED]);
/** Events that change what a VOLUNTEER's token may do: their record's status or home community. */
const VOLUNTEER_STANDING_EVENTS = new Set<string>([
  EventType.VOLUNTEER_CLAIMED,
  EventType.VOLUNTEER_APPLIED,
  EventType.VOLUNTEER_APPROVED,
  EventType.VOLUNTEER_REJECTED,
  EventType.VOLUNTEER_SUSPENDED,
  EventType.VOLUNTEER_REINSTATED,
  EventType.VOLUNTEER_LEFT,
  EventType.VOLUNTEER_UPDATED,
]);

class Subscriber implements AsyncIterableIterator<ExecutionResult> {
  live = false;
  done = false;
  lastSentAt = Date.now();
  /** The channel index keys it is filed under (null: considered for every event). */
  keys: string[] | null = null;
  /** The last event it was considered for (dedupe across index buckets). */
  seen = -1;
  private queue: ExecutionResult[] = [];
  private waiting: { resolve: (r: IteratorResult<ExecutionResult>) => void; reject: (error: unknown) => void } | null = null;
  private failure: GraphQLError | null = null;

  constructor(
    readonly hub: SubscriptionHub,
    readonly channel: Channel<unknown, unknown>,
    /** The filter and the viewer, with the area paths they hold: re-read when an area moves (`rescope`). */
    public filter: unknown,
    public viewer: Viewer,
    public viewerKey: string,
    /** Subscribers with the same group key get the same result for the same event. */
    public groupKey: string,
    readonly execution: { document: DocumentNode; operationName: string | undefined; variableValues: Record<string, unknown> },
    /** The subscriber has been brought up to here. */
    public cursor: number,
  ) {}

  /** Messages waiting for the socket. */
  get queued(): number {
    return this.queue.length;
  }

  /** Everything pushed so far has been taken by the socket layer, which is waiting for more (or it ended). */
  get drained(): boolean {
    return this.done || (this.queue.length === 0 && this.waiting !== null);
  }

  push(result: ExecutionResult): void {
    if (this.done) return;
    this.lastSentAt = Date.now();
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = null;
      w.resolve({ value: result, done: false });
      return;
    }
    this.queue.push(result);
    if (this.queue.length > this.hub.options.maxQueued) {
      this.fail(
        new GraphQLError('The subscription fell too far behind and was ended; subscribe again with your last cursor.', {
          extensions: { code: 'SLOW_SUBSCRIBER' },
        }),
      );
    }
  }

  /** Ends the subscription with an error (graphql-ws sends it as an `error` message). */
  fail(error: GraphQLError): void {
    if (this.done) return;
    this.queue = [];
    this.done = true;
    this.hub.remove(this);
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = null;
      w.reject(error);
    } else this.failure = error;
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    if (this.queue.length) return Promise.resolve({ value: this.queue.shift()!, done: false });
    if (this.failure) {
      const error = this.failure;
      this.failure = null;
      return Promise.reject(error);
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  return(): Promise<IteratorResult<ExecutionResult>> {
    this.queue = [];
    this.failure = null;
    if (!this.done) {
      this.done = true;
      this.hub.remove(this);
    }
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = null;
      w.resolve({ value: undefined, done: true });
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    this.return();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}

/** The variables a selection set uses, its fragments included. */
function variablesUsed(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>): string[] {
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (node: SelectionSetNode) =>
    visit(node, {
      Variable: (v) => void names.add(v.name.value),
      FragmentSpread: (s) => {
        if (seen.has(s.name.value) || !fragments[s.name.value]) return;
        seen.add(s.name.value);
        walk(fragments[s.name.value].selectionSet);
      },
    });
  walk(selectionSet);
  return [...names].sort();
}

export class SubscriptionHub implements Realtime {
  /** The last cursor whose recipients have been fixed. */
  private claimed: number;
  private readonly subscribers = new Set<Subscriber>();
  /** Per channel: subscribers filed under their filter's index keys, and those a key cannot narrow. */
  private readonly indexes = new Map<Channel<unknown, unknown>, { byKey: Map<string, Set<Subscriber>>; unkeyed: Set<Subscriber> }>();
  /** Shared execution arguments per group key, with the number of subscribers using them. */
  private readonly executions = new Map<string, { execution: Subscriber['execution']; users: number }>();
  private readonly heartbeat: NodeJS.Timeout;
  /** Selections executed and messages handed to subscribers, since start (tests, diagnostics). */
  readonly stats = { executions: 0, deliveries: 0 };
  /** Called when an area moved or retired (the token verifier's caches: src/server.ts). */
  private readonly areaListeners: (() => void)[] = [];
  /** How many batches moved or retired areas since start: sockets re-read their viewer when it changed (src/ws.ts). */
  private areaChanges = 0;

  constructor(
    private readonly app: App,
    private readonly schema: GraphQLSchema,
    readonly options: HubOptions,
    startCursor: string,
  ) {
    this.claimed = Number(startCursor);
    this.heartbeat = setInterval(() => this.beat(), Math.max(50, Math.floor(options.heartbeatMs / 4)));
    this.heartbeat.unref();
  }

  private indexOf(channel: Channel<unknown, unknown>) {
    let index = this.indexes.get(channel);
    if (!index) this.indexes.set(channel, (index = { byKey: new Map(), unkeyed: new Set() }));
    return index;
  }

  private add(s: Subscriber): void {
    this.subscribers.add(s);
    const index = this.indexOf(s.channel);
    s.keys = s.channel.filterKeys(s.filter);
    if (s.keys === null) index.unkeyed.add(s);
    else
      for (const key of s.keys) {
        let bucket = index.byKey.get(key);
        if (!bucket) index.byKey.set(key, (bucket = new Set()));
        bucket.add(s);
      }
  }

  remove(s: Subscriber): void {
    if (!this.subscribers.delete(s)) return;
    const index = this.indexOf(s.channel);
    if (s.keys === null) index.unkeyed.delete(s);
    else
      for (const key of s.keys) {
        const bucket = index.byKey.get(key);
        bucket?.delete(s);
        if (bucket?.size === 0) index.byKey.delete(key);
      }
    const shared = this.executions.get(s.groupKey);
    if (shared && --shared.users === 0) this.executions.delete(s.groupKey);
  }

  /** The live subscribers an event may concern: its index buckets and the unkeyed ones. */
  private *candidates(channel: Channel<unknown, unknown>, event: FeedEvent, node: unknown): Iterable<Subscriber> {
    const index = this.indexes.get(channel);
    if (!index) return;
    const mark = Number(event.cursor);
    for (const s of index.unkeyed) if (s.live) yield s;
    for (const key of channel.eventKeys(event, node)) {
      const bucket = index.byKey.get(key);
      if (!bucket) continue;
      for (const s of bucket) {
        if (!s.live || s.seen === mark) continue;
        s.seen = mark;
        yield s;
      }
    }
  }

  /** Subscriptions registered now (their replay may still be running). */
  get size(): number {
    return this.subscribers.size;
  }

  /**
   * Every registered subscription has handed all it was given to its socket and waits for more: with the
   * feed settled, nothing the hub owes a client is still inside the process.
   */
  get drained(): boolean {
    for (const s of this.subscribers) if (!s.drained) return false;
    return true;
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const s of [...this.subscribers]) void s.return();
  }

  /** Registers a subscriber; with `after`, replays the log first. Errors are thrown as GraphQL errors. */
  async subscribe<F>(request: SubscribeRequest<F>): Promise<AsyncIterableIterator<ExecutionResult>> {
    const { info } = request;
    const rootField = info.fieldNodes[0];
    const used = variablesUsed(rootField.selectionSet!, info.fragments);
    const fragments = Object.values(info.fragments);
    const selection = `${rootField.alias?.value ?? rootField.name.value}${print(rootField.selectionSet!)}${fragments.map((f) => print(f)).join('')}`;
    const key = `${request.channel.field}\u0000${viewerKey(request.viewer)}\u0000${selection}\u0000${JSON.stringify(used.map((n) => info.variableValues[n]))}`;
    let start = this.claimed;
    if (request.after !== null) start = await this.checkAfter(request.after);
    // subscribers of one group share one set of execution arguments (memory: thousands hold the same query)
    let shared = this.executions.get(key);
    if (!shared) {
      const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [info.operation, ...fragments] };
      shared = { execution: { document, operationName: info.operation.name?.value, variableValues: info.variableValues }, users: 0 };
      this.executions.set(key, shared);
    }
    shared.users++;
    const s = new Subscriber(
      this,
      request.channel as Channel<unknown, unknown>,
      request.filter,
      request.viewer,
      viewerKey(request.viewer),
      key,
      shared.execution,
      start,
    );
    this.add(s);
    if (start >= this.claimed) s.live = true;
    else void this.replay(s);
    return s;
  }

  private async checkAfter(after: string): Promise<number> {
    if (!CURSOR_PATTERN.test(after)) throw badInput('after', '"after" must be an event cursor you received.');
    // the newest cursor is the watermark when the purge has emptied the log
    const { rows } = await this.app.db.pool.query<{ newest: string; purged: string; at: Date | null }>(
      `select w.cursor::text as purged, greatest(w.cursor, (select coalesce(max(cursor), 0) from event))::text as newest,
              (select occurred_at from event where cursor <= $1::bigint order by cursor desc limit 1) as at
       from event_watermark w where w.id = 1`,
      [after],
    );
    if (BigInt(after) > BigInt(rows[0].newest)) throw badInput('after', 'No event has that cursor yet: pass a cursor you received.');
    const oldest = retentionCutoff(this.app).getTime();
    if ((rows[0].at !== null && rows[0].at.getTime() < oldest) || isPurged(after, rows[0].purged)) throw expired(this.app.config.eventRetentionDays);
    return Number(after);
  }

  /** Brings a subscriber from its cursor up to `claimed`, then makes it live in the tick it catches up. */
  private async replay(s: Subscriber): Promise<void> {
    try {
      for (;;) {
        if (s.done) return;
        const target = this.claimed;
        if (s.cursor >= target) {
          s.live = true;
          return;
        }
        // a long replay reads on only as the socket takes what was handed over
        while (s.queued > FEED_BATCH && !s.done) await new Promise((r) => setTimeout(r, 10));
        const from = String(s.cursor);
        const events = await readFeed(this.app.db.pool, from, { upTo: String(target), types: s.channel.types });
        // read after the page: a watermark still at or below `from` now was so when the page was read
        if (isPurged(from, await purgedThrough(this.app.db.pool))) throw expired(this.app.config.eventRetentionDays);
        if (s.done) return;
        await this.deliver(s.channel, events, () => [s]);
        s.cursor = events.length === FEED_BATCH ? Number(events[events.length - 1].cursor) : target;
      }
    } catch (error) {
      s.fail(error instanceof GraphQLError ? error : new GraphQLError('Replaying the event log failed; subscribe again with your last cursor.', { extensions: { code: 'INTERNAL_SERVER_ERROR' }, originalError: error as Error }));
    }
  }

  /** Calls `listener` whenever a batch moved or retired an area, before anything after it is delivered. */
  onAreasChanged(listener: () => void): void {
    this.areaListeners.push(listener);
  }

  /** Changes with every batch that moved or retired an area. */
  get areaTreeVersion(): number {
    return this.areaChanges;
  }

  /**
   * A batch from the feed, in cursor order. When it moves or retires areas (AREA_MOVED, AREA_RETIRED), what
   * comes up to the last of those is delivered with the scopes subscribers had, then the listeners are told
   * (the token verifier drops its caches) and every subscription's scope is recomputed (`rescope`), then the
   * rest is delivered.
   */
  async dispatch(events: FeedEvent[]): Promise<void> {
    let last = -1;
    let areas = false;
    events.forEach((e, i) => {
      if (AREA_TREE_EVENTS.has(e.type)) areas = true;
      if (AREA_TREE_EVENTS.has(e.type) || VOLUNTEER_STANDING_EVENTS.has(e.type)) last = i;
    });
    if (last < 0) return this.dispatchBatch(events);
    await this.dispatchBatch(events.slice(0, last + 1));
    if (areas) {
      this.areaChanges++;
      for (const listener of this.areaListeners) listener();
      await this.rescope();
    }
    await this.restand();
    await this.dispatchBatch(events.slice(last + 1));
  }

  /**
   * Re-reads the volunteer record of every VOLUNTEER subscriber and files again those whose standing changed
   * (approved, suspended, reinstated, left, moved home): what a volunteer's subscription delivers follows
   * their record at once, as their next request would.
   */
  private async restand(): Promise<void> {
    const present = [...this.subscribers].filter((s) => s.viewer.role === Role.VOLUNTEER && s.viewer.accountId !== null);
    if (!present.length) return;
    const standings = await readVolunteerStandings(this.app.db.pool, [...new Set(present.map((s) => s.viewer.accountId!))]);
    for (const s of present) {
      if (!this.subscribers.has(s)) continue;
      const viewer = volunteerViewer(s.viewer, standings.get(s.viewer.accountId!) ?? null);
      if (viewerKey(viewer) !== s.viewerKey) this.refile(s, viewer, s.filter);
    }
  }

  /**
   * Re-reads the area of every subscriber's viewer, and of its filter where the filter names one, and files
   * the subscriber again where a path changed: a community's admin follows the community to its new street,
   * the old street's staff stop seeing it because the events carry the new path. A subscriber whose viewer's
   * area is retired (or gone) is ended with UNAUTHENTICATED, as a new request with its token would be.
   */
  private async rescope(): Promise<void> {
    // those registered now: a subscription made while the areas are read had its viewer read after the change
    const present = [...this.subscribers];
    const ids = new Set<string>();
    for (const s of present) {
      if (s.viewer.areaId !== null) ids.add(s.viewer.areaId);
      const filterArea = s.channel.filterArea?.(s.filter);
      if (filterArea) ids.add(filterArea.id);
    }
    if (!ids.size) return;
    const { rows } = await this.app.db.pool.query<{ id: string; path: string; retired: boolean }>(
      `${BACKGROUND_SQL} select id::text as id, path, retired_at is not null as retired from area where id = any($1::bigint[])`,
      [[...ids]],
    );
    const areas = new Map(rows.map((r) => [r.id, r]));
    for (const s of present) {
      if (!this.subscribers.has(s)) continue;
      const mine = s.viewer.areaId === null ? null : areas.get(s.viewer.areaId);
      if (mine === undefined || mine?.retired) {
        s.fail(new GraphQLError('The area your token names was retired: sign in again.', { extensions: { code: 'UNAUTHENTICATED' } }));
        continue;
      }
      const filterArea = s.channel.filterArea?.(s.filter);
      const filterPath = filterArea ? areas.get(filterArea.id)?.path : undefined;
      const viewer = mine && mine.path !== s.viewer.areaPath ? { ...s.viewer, areaPath: mine.path } : s.viewer;
      const filter = filterPath !== undefined && filterPath !== filterArea!.path ? s.channel.withFilterAreaPath!(s.filter, filterPath) : s.filter;
      if (viewer !== s.viewer || filter !== s.filter) this.refile(s, viewer, filter);
    }
  }

  /** Files a subscriber again under a new viewer (its group follows the viewer's key) and filter. */
  private refile(s: Subscriber, viewer: Viewer, filter: unknown): void {
    this.remove(s);
    const parts = s.groupKey.split('\u0000');
    parts[1] = viewerKey(viewer);
    const key = parts.join('\u0000');
    let shared = this.executions.get(key);
    if (!shared) this.executions.set(key, (shared = { execution: s.execution, users: 0 }));
    shared.users++;
    s.viewer = viewer;
    s.viewerKey = parts[1];
    s.groupKey = key;
    s.filter = filter;
    this.add(s);
  }

  private async dispatchBatch(events: FeedEvent[]): Promise<void> {
    if (!events.length) return;
    const end = Number(events[events.length - 1].cursor);
    // from here on a subscriber turning live has been replayed up to `end`: its cursor keeps this batch out
    this.claimed = end;
    await Promise.all(
      [...this.indexes].map(([channel, index]) => {
        if (!index.unkeyed.size && !index.byKey.size) return undefined;
        const relevant = events.filter((e) => channel.types.includes(e.type));
        return relevant.length ? this.deliver(channel, relevant, (e, node) => this.candidates(channel, e, node)) : undefined;
      }),
    );
    for (const s of this.subscribers) if (s.live && s.cursor < end) s.cursor = end;
  }

  /**
   * Delivers events of one channel to the subscribers `pick` offers for each: nodes loaded once, each
   * subscriber's scope and filter checked, each (event, group) executed once.
   */
  private async deliver(
    channel: Channel<unknown, unknown>,
    events: FeedEvent[],
    pick: (event: FeedEvent, node: unknown) => Iterable<Subscriber>,
  ): Promise<void> {
    if (!events.length) return;
    const nodes = await channel.loadNodes(this.app.db.pool, [...new Set(events.map((e) => e.subjectRowId))]);
    const jobs: { event: FeedEvent; node: unknown; view: EventView; sample: Subscriber; subs: Subscriber[] }[] = [];
    for (const event of events) {
      const cursor = Number(event.cursor);
      const node = nodes.get(event.subjectRowId) ?? null;
      const groups = new Map<string, { view: EventView; subs: Subscriber[] }>();
      for (const s of pick(event, node)) {
        if (s.done || cursor <= s.cursor || !eventVisible(s.viewer, event) || !channel.accepts(s.filter, event, node)) continue;
        // the actor is shown to the actor too, whom the group key does not tell apart from others of its kind
        const view = eventViewOf(s.viewer, event);
        const key = `${s.groupKey}\u0000${view.boardOnly ? 'b' : '-'}${view.actorShown ? 'a' : '-'}`;
        const group = groups.get(key);
        if (group) group.subs.push(s);
        else groups.set(key, { view, subs: [s] });
      }
      for (const { view, subs } of groups.values()) jobs.push({ event, node, view, sample: subs[0], subs });
    }
    if (!jobs.length) return;
    const contexts = new Map<string, Context>();
    const results = await Promise.all(
      jobs.map(({ event, node, view, sample }) => {
        let ctx = contexts.get(sample.viewerKey);
        if (!ctx) contexts.set(sample.viewerKey, (ctx = createContext(this.app, sample.viewer)));
        const visibleNode = !view.boardOnly && node !== null && channel.nodeVisible(sample.viewer, node) ? node : null;
        const seen: FeedEvent = { ...event, actor: actorIn(view, event.actor), data: dataIn(view, event.data) };
        return this.run(sample, channel.payload(seen, visibleNode, { boardOnly: view.boardOnly, loaded: node }), ctx);
      }),
    );
    jobs.forEach((job, i) => {
      const cursor = Number(job.event.cursor);
      share(results[i], job.subs.length);
      for (const s of job.subs) {
        if (cursor <= s.cursor) continue;
        this.stats.deliveries++;
        s.push(results[i]);
        s.cursor = cursor;
      }
    });
  }

  private async run(sample: Subscriber, rootValue: object, contextValue: Context): Promise<ExecutionResult> {
    this.stats.executions++;
    return execute({ schema: this.schema, ...sample.execution, rootValue, contextValue });
  }

  /** Heartbeats for live subscribers that have been quiet for `heartbeatMs`; one execution per group. */
  private beat(): void {
    const quietSince = Date.now() - this.options.heartbeatMs;
    const groups = new Map<string, Subscriber[]>();
    for (const s of this.subscribers) {
      if (!s.live || s.lastSentAt > quietSince) continue;
      const key = `${s.groupKey}\u0000${s.cursor}`;
      const group = groups.get(key);
      if (group) group.push(s);
      else groups.set(key, [s]);
    }
    for (const group of groups.values()) {
      const sample = group[0];
      // marked now, so that the next tick does not send another while this one executes
      for (const s of group) s.lastSentAt = Date.now();
      const cursor = sample.cursor;
      void this.run(sample, sample.channel.heartbeat(String(cursor)), createContext(this.app, sample.viewer)).then((result) => {
        // an event delivered meanwhile moved the cursor on: an older heartbeat after it would send the client back
        const due = group.filter((s) => s.cursor === cursor);
        share(result, due.length);
        for (const s of due) s.push(result);
      });
    }
  }
}
