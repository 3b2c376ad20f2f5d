import { GraphQLJSONObject } from 'graphql-scalars';
import type pg from 'pg';
import { Arg, Field, ID, InputType, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context.js';
import { loadByRowId, type Channel } from '../../outbox/channel.js';
import { EventType } from '../../outbox/event-types.js';
import type { FeedEvent } from '../../outbox/feed.js';
import { AFTER_DESCRIPTION, below, CURSOR_DESCRIPTION, HEARTBEAT_DESCRIPTION, heartbeatOf, idSet, subscribeTo } from '../../outbox/subscription.js';
import { unauthenticated } from '../../shared/errors.js';
import { idOf } from '../../shared/input.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { SYSTEM_VIEWER } from '../../shared/viewer.js';
import { areaPathOf } from '../areas/index.js';
import { Actor } from '../events/index.js';
import { matchByIdLoader } from './match.reads.js';
import { matchVisible } from './match.rules.js';
import { Match } from './match.type.js';

// `matchEvents`: matches as they change

@ObjectType({ simpleResolvers: true, description: 'A change of a match, delivered by `matchEvents`; or a heartbeat.' })
export class MatchEvent {
  @Field({ description: CURSOR_DESCRIPTION })
  cursor!: string;

  @Field({ description: HEARTBEAT_DESCRIPTION })
  isHeartbeat!: boolean;

  @Field(() => EventType, { nullable: true, description: 'What happened: MATCH_PROPOSED, _SUPERSEDED, _ACCEPTED, _DECLINED, _CANCELLED, _FULFILLED, _AT_RISK, _RISK_CLEARED.' })
  type!: EventType | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it happened.' })
  occurredAt!: Date | null;

  @Field(() => Actor, { nullable: true, description: 'Who did it (SYSTEM for the matcher).' })
  actor!: Actor | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Details of the change, as in the event log (e.g. a reason).' })
  data!: Record<string, unknown> | null;

  @Field(() => Match, { nullable: true, description: 'The match as it is now, with the fields you selected.' })
  match!: Match | null;
}

@InputType({ description: 'Which match events; all conditions given must hold. You only ever receive events you may see (staff of the demand\'s area and above, the admin of the resource\'s unit).' })
export class MatchEventFilter {
  @Field(() => ID, { nullable: true, description: 'Matches of demands in this area and everything below it.' })
  areaId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Matches of this unit\'s resources.' })
  organizationId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Matches of these demands (at most 100).' })
  demandIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Matches of these resources (at most 100).' })
  resourceIds?: string[] | null;
}

/** The filter as compiled at subscribe time: global ids decoded, the area resolved to its path. */
export interface MatchFilterValues {
  /** The area named, and its path (re-read by the hub when areas move). */
  areaRowId: string | null;
  areaPath: string | null;
  organizationId: string | null;
  demandIds: Set<string> | null;
  resourceIds: Set<string> | null;
}

export const matchChannel: Channel<MatchFilterValues, Match> = {
  field: 'matchEvents',
  types: [
    EventType.MATCH_PROPOSED,
    EventType.MATCH_SUPERSEDED,
    EventType.MATCH_ACCEPTED,
    EventType.MATCH_DECLINED,
    EventType.MATCH_CANCELLED,
    EventType.MATCH_FULFILLED,
    EventType.MATCH_AT_RISK,
    EventType.MATCH_RISK_CLEARED,
  ],
  loadNodes: (pool: pg.Pool, ids: string[]) => loadByRowId((k) => matchByIdLoader(pool, SYSTEM_VIEWER).loadMany(k), ids),
  nodeVisible: (viewer, m) => matchVisible(viewer, { areaPath: m.areaPath, organizationId: m.organizationRowId }),
  accepts(f, e, m) {
    if (!below(e.areaPath, f.areaPath)) return false;
    if (f.organizationId !== null && e.organizationId !== f.organizationId) return false;
    if (f.demandIds && !(m && f.demandIds.has(m.demandRowId))) return false;
    if (f.resourceIds && !(m && f.resourceIds.has(m.resourceRowId))) return false;
    return true;
  },
  filterKeys: (f) =>
    f.organizationId !== null ? [`o:${f.organizationId}`] : f.demandIds ? [...f.demandIds].map((id) => `d:${id}`) : f.resourceIds ? [...f.resourceIds].map((id) => `r:${id}`) : null,
  eventKeys: (e, m) => {
    const keys = e.organizationId !== null ? [`o:${e.organizationId}`] : [];
    if (m) keys.push(`d:${m.demandRowId}`, `r:${m.resourceRowId}`);
    return keys;
  },
  payload: (e: FeedEvent, m: Match | null): MatchEvent => ({
    cursor: e.cursor,
    isHeartbeat: false,
    type: e.type,
    occurredAt: e.occurredAt,
    actor: e.actor,
    data: e.data,
    match: m,
  }),
  filterArea: (f) => (f.areaRowId !== null && f.areaPath !== null ? { id: f.areaRowId, path: f.areaPath } : null),
  withFilterAreaPath: (f, areaPath) => ({ ...f, areaPath }),
  heartbeat: (cursor): MatchEvent => ({ ...heartbeatOf(cursor), match: null }),
};

@Resolver()
export class MatchEventsResolver {
  @Subscription(() => MatchEvent, {
    description:
      'Changes of matches as they commit: proposed, superseded, accepted, declined, cancelled, fulfilled, put at risk and cleared. You receive the ones you may see (staff of the demand\'s area and above, the admin of the resource\'s unit); signing in is needed.',
    subscribe: async (data) => {
      const ctx = data.context as Context;
      if (ctx.viewer.role === null) throw unauthenticated('Sign in to follow matches: they tell of residents\' demands.');
      const f = (data.args.filter ?? {}) as MatchEventFilter;
      const filter: MatchFilterValues = {
        areaPath: await areaPathOf(ctx, f.areaId, 'filter.areaId'),
        areaRowId: f.areaId ? idOf(f.areaId, ['Area'], 'filter.areaId') : null,
        organizationId: f.organizationId ? idOf(f.organizationId, ['Organization'], 'filter.organizationId') : null,
        demandIds: idSet(f.demandIds, ['Demand'], 'filter.demandIds'),
        resourceIds: idSet(f.resourceIds, ['Resource'], 'filter.resourceIds'),
      };
      return subscribeTo(matchChannel as Channel<MatchFilterValues, unknown>, filter, (data.args.after as string | null) ?? null, data);
    },
  })
  matchEvents(
    @Root() event: MatchEvent,
    @Arg('filter', () => MatchEventFilter, { nullable: true, description: 'Which matches; all events you may see when null.' }) _filter: MatchEventFilter | null,
    @Arg('after', () => String, { nullable: true, description: AFTER_DESCRIPTION }) _after: string | null,
  ): MatchEvent {
    return event;
  }}
