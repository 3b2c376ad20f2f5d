/**
 * The fan-out benchmark's plan: who subscribes to what, which subscriptions each change must reach, and the
 * messages the driver, the client process and the baseline server exchange. Pure: no database, no sockets,
 * so that the expected sets can be checked on their own (`node dist/bench/fanout/plan.js` runs a self-check).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { greatCircleMeters } from '../../src/shared/geo.js';

/** A published, counted resource the writer changes (or a decoy that never changes), as the plan needs it. */
export interface TargetResource {
  /** Global id (what the API takes and returns). */
  id: string;
  organizationId: string;
  areaId: string;
  kind: string;
  lat: number;
  lng: number;
  capacity: number;
}

export interface AvailabilityFilter {
  resourceIds?: string[];
  kinds?: string[];
  near?: { lat: number; lng: number; radiusMeters: number };
}

/** One subscription of one client: its graphql-ws id, the document and its variables. */
export interface SubscriptionSpec {
  /** The graphql-ws operation id, unique on its socket: "1" … "5". */
  id: string;
  /** Which of the documents below (an index, so that the plan sent to the client process stays small). */
  doc: number;
  variables: Record<string, unknown>;
  /** What the expected sets are computed from: only availabilityChanged subscriptions can be reached. */
  availability: AvailabilityFilter | null;
}

export interface ClientSpec {
  /** Bearer token for connectionParams; null: anonymous. */
  token: string | null;
  subscriptions: SubscriptionSpec[];
}

/** Subscription key: client index × SUBS_PER_CLIENT + slot. */
export const keyOf = (client: number, slot: number) => client * SUBS_PER_CLIENT + slot;

export const SUBS_PER_CLIENT = 5;

/**
 * The documents. Two selections of availabilityChanged (the whole node with its latest count, and the bare
 * count), so that the hub serialises more than one (event, selection) per change.
 */
export const DOCUMENTS = [
  `subscription AvailabilityFull($filter: AvailabilityChangeFilter!) {
  availabilityChanged(filter: $filter) {
    cursor isHeartbeat occurredAt freeCount observedAt
    resource { id title kind capacity latestAvailability { freeCount observedAt } }
  }
}`,
  `subscription AvailabilityCount($filter: AvailabilityChangeFilter!) {
  availabilityChanged(filter: $filter) { cursor isHeartbeat occurredAt freeCount }
}`,
  `subscription Matches($filter: MatchEventFilter) {
  matchEvents(filter: $filter) { cursor isHeartbeat type occurredAt data match { id } }
}`,
  `subscription Agreements($filter: AgreementEventFilter) {
  agreementEvents(filter: $filter) { cursor isHeartbeat type occurredAt from to reason agreement { id } }
}`,
] as const;

/** The root field of each document: where the client finds the event in a `next` payload. */
export const ROOT_FIELDS = ['availabilityChanged', 'availabilityChanged', 'matchEvents', 'agreementEvents'] as const;

export interface PlanInput {
  clients: number;
  /** The resources the writer changes, round-robin. */
  targets: TargetResource[];
  /** Published resources that never change: second ids in resourceIds filters. */
  decoys: TargetResource[];
  /** A kind no target has: kinds filters that must get nothing. */
  idleKind: string;
  /** Tokens for the clients that subscribe to matches and agreements (index → token). */
  tokenFor: (client: number, target: TargetResource) => string | null;
}

/** Near filters around a target, at this radius unless some target lies within 1 m of the edge (see nearRadius). */
export const NEAR_RADIUS_METERS = 25;

/**
 * The radius of a near filter centred on `center`: NEAR_RADIUS_METERS, widened by 5 m steps while any target
 * lies within 1 m of the circle's edge, so that the bench's distance and the hub's cannot disagree by rounding.
 */
export function nearRadius(center: TargetResource, targets: TargetResource[]): number {
  for (let r = NEAR_RADIUS_METERS; ; r += 5) {
    if (targets.every((t) => Math.abs(greatCircleMeters(center, t) - r) > 1)) return r;
  }
}

/**
 * The subscriptions. Of every 10 clients, 9 hold five availabilityChanged subscriptions by resourceIds
 * (one target and one decoy that never changes); the 10th holds two near filters around a target (the second
 * also restricted to the target's kind), a kinds filter (the idle kind, or for 5 clients the targets' kind:
 * those get every change), a matchEvents by area and an agreementEvents by organization. With 100 targets
 * and 2,000 clients each change reaches 90 + 4 + 5 (+ 4 per target within its near circles) ≈ 1% of the 10,000 subscriptions.
 */
export function planClients(input: PlanInput): ClientSpec[] {
  const { targets, decoys } = input;
  const radius = targets.map((t) => nearRadius(t, targets));
  const targetIndex = new Map(targets.map((t, i) => [t.id, i]));
  const clients: ClientSpec[] = [];
  let resourceSubs = 0;
  let otherClients = 0;
  for (let c = 0; c < input.clients; c++) {
    const subscriptions: SubscriptionSpec[] = [];
    const availability = (slot: number, doc: number, filter: AvailabilityFilter) =>
      subscriptions.push({ id: String(slot + 1), doc, variables: { filter }, availability: filter });
    if (c % 10 !== 9) {
      for (let slot = 0; slot < SUBS_PER_CLIENT; slot++, resourceSubs++) {
        const target = targets[resourceSubs % targets.length]!;
        const decoy = decoys[resourceSubs % decoys.length]!;
        availability(slot, resourceSubs % 2, { resourceIds: resourceSubs % 3 === 0 ? [decoy.id, target.id] : [target.id, decoy.id] });
      }
      clients.push({ token: null, subscriptions });
      continue;
    }
    const j = otherClients++;
    const a = targets[(2 * j) % targets.length]!;
    const b = targets[(2 * j + 1) % targets.length]!;
    const near = (t: TargetResource) => ({ lat: t.lat, lng: t.lng, radiusMeters: radius[targetIndex.get(t.id)!]! });
    availability(0, 0, { near: near(a) });
    availability(1, 1, { near: near(b), kinds: [b.kind] });
    availability(2, 1, { kinds: [j < 5 ? targets[0]!.kind : input.idleKind] });
    subscriptions.push({ id: '4', doc: 2, variables: { filter: { areaId: a.areaId } }, availability: null });
    subscriptions.push({ id: '5', doc: 3, variables: { filter: { organizationId: b.organizationId } }, availability: null });
    clients.push({ token: input.tokenFor(c, a), subscriptions });
  }
  return clients;
}

/** Whether an availabilityChanged filter holds for a change of `r` (all given conditions must hold). */
export function availabilityMatches(filter: AvailabilityFilter, r: TargetResource): boolean {
  if (filter.resourceIds && !filter.resourceIds.includes(r.id)) return false;
  if (filter.kinds && !filter.kinds.includes(r.kind)) return false;
  if (filter.near && greatCircleMeters(filter.near, r) > filter.near.radiusMeters) return false;
  return true;
}

/** For each target (by global id), the keys of the subscriptions a change of it must reach. */
export function expectedKeysByTarget(clients: ClientSpec[], targets: TargetResource[]): Map<string, number[]> {
  const byTarget = new Map<string, number[]>(targets.map((t) => [t.id, []]));
  clients.forEach((client, c) =>
    client.subscriptions.forEach((sub, slot) => {
      if (!sub.availability) return;
      for (const t of targets) if (availabilityMatches(sub.availability, t)) byTarget.get(t.id)!.push(keyOf(c, slot));
    }),
  );
  return byTarget;
}

// ------------------------------------------------------------------------- messages between processes

/** One `next` message as a client received it. */
export interface Receipt {
  key: number;
  /** The event's cursor ('' when the payload had none: an error result). */
  cursor: string;
  heartbeat: boolean;
  /** Epoch milliseconds with a fraction (performance.timeOrigin + performance.now()). */
  at: number;
  /** The message as received, kept for the baseline (events only, not heartbeats). */
  text: string | null;
}

export type ToClients =
  | { type: 'connect'; url: string; clients: ClientSpec[]; documents: readonly string[]; concurrency: number }
  | { type: 'count' }
  | { type: 'flush'; keepText: boolean }
  | { type: 'disconnect' };

export interface ClientProblems {
  /** Sockets closed by the server, by close code and reason. */
  closes: Record<string, number>;
  /** `error` messages, by message text. */
  errors: Record<string, number>;
  completes: number;
  /** `next` payloads carrying errors, by message text. */
  resultErrors: Record<string, number>;
}

export type FromClients =
  | { type: 'connected'; sockets: number; failed: number; ms: number; problems: ClientProblems }
  | { type: 'count'; events: number; heartbeats: number; problems: ClientProblems }
  | { type: 'receipts'; rows: [number, string, boolean, number, string | null][] }
  | { type: 'flushed'; problems: ClientProblems }
  | { type: 'disconnected' };

/** One change of the baseline's schedule: what to send to whom. */
export interface BaselineChange {
  /** Client index and message text, in the order the hub's sockets received them. */
  sends: [number, string][];
}

export type ToBaseline = { type: 'schedule'; file: string; intervalMs: number } | { type: 'start' };
export type FromBaseline =
  | { type: 'ready'; port: number }
  | { type: 'scheduled'; changes: number; messages: number }
  | { type: 'sent'; startedAt: number[]; finishedAt: number };

// ----------------------------------------------------------------------------------------- self-check

function selfCheck(): void {
  const target = (i: number, lat: number, kind = 'PARKING'): TargetResource => ({
    id: `R${i}`, organizationId: `O${i}`, areaId: 'A1', kind, lat, lng: 116.4, capacity: 50,
  });
  // 100 targets 1 km apart in latitude (0.009°), except #1, 10 m north of #0
  const targets = Array.from({ length: 100 }, (_, i) => target(i, 39.9 + i * 0.009));
  targets[1] = target(1, 39.9 + 10 / 111_195);
  const decoys = [target(900, 40.5), target(901, 40.6)];
  const clients = planClients({ clients: 2000, targets, decoys, idleKind: 'CLINIC', tokenFor: () => 't' });
  const subs = clients.reduce((n, c) => n + c.subscriptions.length, 0);
  const expected = expectedKeysByTarget(clients, targets);
  const sizes = [...expected.values()].map((keys) => keys.length);
  const check = (ok: boolean, what: string) => {
    if (!ok) throw new Error(`self-check: ${what}`);
  };
  check(clients.length === 2000 && subs === 10_000, `2,000 clients and 10,000 subscriptions, got ${clients.length} and ${subs}`);
  // 90 by resourceIds + 4 near (slot 0 for even targets, slot 1 with kinds for odd ones) + 5 kinds = 99
  check(sizes.slice(2).every((n) => n === 99), `99 per far-apart target, got ${sizes.slice(2, 8).join(', ')}…`);
  // #0 and #1 are 10 m apart: each is in the other's two near circles too
  check(sizes[0] === 103 && sizes[1] === 103, `103 for the two neighbours, got ${sizes[0]}, ${sizes[1]}`);
  check(!availabilityMatches({ near: { lat: 39.9, lng: 116.4, radiusMeters: 25 }, kinds: ['CLINIC'] }, targets[0]!), 'kinds and near must both hold');
  check(!expected.get('R5')!.some((k) => clients[Math.floor(k / 5)]!.subscriptions[k % 5]!.availability === null), 'only availability subscriptions expected');
  const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
  process.stdout.write(`plan self-check passed: ${subs} subscriptions, ${mean.toFixed(1)} per change (${((mean / subs) * 100).toFixed(2)}%)\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) selfCheck();
