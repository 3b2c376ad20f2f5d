import type { ExecutionResult, GraphQLResolveInfo } from 'graphql';
import type pg from 'pg';
import type { EventType } from './event-types.js';
import { loadNodes } from '../shared/node-loaders.js';
import { Role, type Viewer } from '../shared/viewer.js';
import type { FeedEvent } from './feed.js';

/**
 * One subscription field's rules: which event types it carries, how the changed nodes are loaded (once per
 * batch, for every subscriber), who may see a node, which events a subscriber's filter takes, and the root
 * value its selection is executed on.
 */
export interface Channel<F = unknown, N = unknown> {
  /** The Subscription field. */
  field: string;
  types: readonly EventType[];
  /** Loads the batch's subjects by row id, whatever the viewer (visibility is checked per subscriber). */
  loadNodes(pool: pg.Pool, rowIds: string[]): Promise<Map<string, N>>;
  nodeVisible(viewer: Viewer, node: N): boolean;
  accepts(filter: F, event: FeedEvent, node: N | null): boolean;
  /**
   * Index keys of a filter: its subscriber is only considered for events that carry one of them (then
   * `accepts` decides); null files it with the subscribers considered for every event. A filter is filed
   * under one kind of key, and an event carries at most one key of each kind.
   */
  filterKeys(filter: F): string[] | null;
  /** The index keys an event carries. */
  eventKeys(event: FeedEvent, node: N | null): string[];
  /**
   * The root value for one kind of subscriber: `event` as that subscriber sees it (the actor masked, `data` cut
   * for a board-only viewer: view.ts), `node` when it may see it (never for a board-only viewer), and `view`
   * with the node as loaded, for what anyone who receives the event may be shown (an order's card).
   */
  payload(event: FeedEvent, node: N | null, view: PayloadView<N>): object;
  /**
   * The area a filter names (row id) and the path it holds for it, fixed at subscribe time (null when it names
   * none): the hub re-reads the path when areas move, and a changed one goes to `withFilterAreaPath`. A
   * channel whose filters hold an area's path has both.
   */
  filterArea?(filter: F): { id: string; path: string } | null;
  /** The filter with its area's path as it is now. */
  withFilterAreaPath?(filter: F, path: string): F;
  heartbeat(cursor: string): object;
}

/** How the subscriber the payload is for sees the event, and the node as loaded whatever the viewer. */
export interface PayloadView<N> {
  /** The subscriber sees the event only because it is on the order board: the redacted card, nothing more. */
  boardOnly: boolean;
  /** The node as `loadNodes` read it, before `nodeVisible`. */
  loaded: N | null;
}

/** A subscription resolver's request to the instance's subscription hub (hub.ts). */
export interface SubscribeRequest<F> {
  channel: Channel<F, unknown>;
  filter: F;
  after: string | null;
  viewer: Viewer;
  info: GraphQLResolveInfo;
}

/** What a subscription resolver needs of the hub: its context carries it on WebSocket operations. */
export interface Realtime {
  subscribe<F>(request: SubscribeRequest<F>): Promise<AsyncIterableIterator<ExecutionResult>>;
}

/**
 * Subscribers with the same key see the same nodes the same way: role, area scope and unit decide every
 * visibility rule; a volunteer also sees what they took, so their account counts too, and their record's status;
 * a resident sees the cases they reported in full (and may rate those of their declared community), so their
 * account and declared community count.
 */
export function viewerKey(viewer: Viewer): string {
  const volunteer = viewer.role === Role.VOLUNTEER ? `${viewer.accountId}|${viewer.volunteer?.status ?? 'none'}` : '-';
  const resident = viewer.role === Role.RESIDENT ? `|${viewer.accountId}|${viewer.declaredCommunity?.path ?? '-'}` : '';
  return `${viewer.role ?? '-'}|${viewer.areaPath ?? '-'}|${viewer.organizationId ?? '-'}|${volunteer}${resident}`;
}

/** Loads rows by id through a DataLoader-shaped function and keys them by row id. */
export async function loadByRowId<N extends { rowId: string }>(
  loadMany: (ids: string[]) => Promise<ArrayLike<N | null | Error>>,
  rowIds: string[],
): Promise<Map<string, N>> {
  const out = new Map<string, N>();
  if (!rowIds.length) return out;
  for (const n of await loadNodes(loadMany, rowIds)) if (n) out.set(n.rowId, n);
  return out;
}
