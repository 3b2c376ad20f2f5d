import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { SubscribeResolverData } from 'type-graphql';
import type { Context } from '../context.js';
import { badInput } from '../shared/errors.js';
import { idOf } from '../shared/input.js';
import type { Channel } from './channel.js';

/*
 * What every subscription field shares: the descriptions of its cursor, heartbeat and `after`, the way a
 * filter's ids are read, and the hand-over to the instance's subscription hub. Each module declares its
 * own channel, event type, filter and field in its <thing>.channel.ts.
 */

export const CURSOR_DESCRIPTION =
  'Position in the event log. Keep the latest one you received and pass it as `after` when you subscribe again: you get what followed, with no gap and no duplicate.';
export const HEARTBEAT_DESCRIPTION =
  'True for a heartbeat: sent when the subscription has been quiet for a while, it carries only the newest cursor (every other field is null), so that a quiet client\'s cursor stays fresh.';
export const AFTER_DESCRIPTION =
  'Replay from the event log what followed this cursor (one you received), then go live: no gap, no duplicate. A cursor older than the log keeps gives CURSOR_EXPIRED: refetch, then subscribe without it.';

const MAX_IDS = 100;

/** A filter's list of global ids as row ids; null when not given; 1 to 100 of them. */
export function idSet(ids: string[] | null | undefined, types: readonly string[], field: string): Set<string> | null {
  if (!ids) return null;
  if (ids.length === 0 || ids.length > MAX_IDS) throw badInput(field, `"${field}" must list from 1 to ${MAX_IDS} ids.`);
  return new Set(ids.map((id, i) => idOf(id, types, `${field}.${i}`)));
}

/** Whether `path` is at or below `prefix` (no prefix: anywhere). */
export const below = (path: string | null, prefix: string | null) => prefix === null || (path !== null && path.startsWith(prefix));

/** The fields every event message shares, as a heartbeat carries them. */
export const heartbeatOf = (cursor: string) => ({ cursor, isHeartbeat: true, type: null, occurredAt: null, actor: null, data: null });

/** Subscriptions are served over WebSocket (graphql-ws), where the connection's hub is in the context. */
export function subscribeTo<F>(channel: Channel<F, unknown>, filter: F, after: string | null, data: SubscribeResolverData<unknown, Record<string, unknown>, Context>) {
  const { context: ctx, info } = data;
  if (!ctx.realtime) {
    throw new GraphQLError('Subscriptions are served over WebSocket (graphql-ws) on this same URL.', { extensions: { code: 'BAD_REQUEST' } });
  }
  return ctx.realtime.subscribe({ channel, filter, after, viewer: ctx.viewer, info: info as GraphQLResolveInfo });
}
