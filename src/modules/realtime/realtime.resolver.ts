import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { Arg, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../../context.js';
import type { Channel } from '../../outbox/channel.js';
import { badInput, notFound, unauthenticated } from '../../shared/errors.js';
import { idOf } from '../../shared/input.js';
import { parseNear } from '../../shared/location.js';
import { agreementChannel, availabilityChannel, matchChannel, type AgreementFilterValues, type AvailabilityFilterValues, type MatchFilterValues } from './channels.js';
import {
  AgreementEvent,
  AgreementEventFilter,
  AvailabilityChange,
  AvailabilityChangeFilter,
  MatchEvent,
  MatchEventFilter,
} from './realtime.types.js';

const MAX_IDS = 100;

function idSet(ids: string[] | null | undefined, types: readonly string[], field: string): Set<string> | null {
  if (!ids) return null;
  if (ids.length === 0 || ids.length > MAX_IDS) throw badInput(field, `"${field}" must list from 1 to ${MAX_IDS} ids.`);
  return new Set(ids.map((id, i) => idOf(id, types, `${field}.${i}`)));
}

async function areaPathOf(ctx: Context, areaId: string | null | undefined, field: string): Promise<string | null> {
  if (!areaId) return null;
  const area = await ctx.loaders.areaById.load(idOf(areaId, ['Area'], field));
  if (!area) throw notFound(field, 'area');
  return area.path;
}

const AFTER = 'Replay from the event log what followed this cursor (one you received), then go live: no gap, no duplicate. A cursor older than the log keeps gives CURSOR_EXPIRED: refetch, then subscribe without it.';

/** Subscriptions are served over WebSocket (graphql-ws), where the connection's hub is in the context. */
function subscribeTo<F>(channel: Channel<F, unknown>, filter: F, after: string | null, data: SubscribeResolverData<unknown, Record<string, unknown>, Context>) {
  const { context: ctx, info } = data;
  if (!ctx.realtime) {
    throw new GraphQLError('Subscriptions are served over WebSocket (graphql-ws) on this same URL.', { extensions: { code: 'BAD_REQUEST' } });
  }
  return ctx.realtime.subscribe({ channel, filter, after, viewer: ctx.viewer, info: info as GraphQLResolveInfo });
}

@Resolver()
export class RealtimeResolver {
  @Subscription(() => MatchEvent, {
    description:
      'Changes of matches as they commit: proposed, superseded, accepted, declined, cancelled, fulfilled, put at risk and cleared. You receive the ones you may see (staff of the demand\'s area and above, the admin of the resource\'s unit); signing in is needed.',
    subscribe: async (data) => {
      const ctx = data.context as Context;
      if (ctx.viewer.role === null) throw unauthenticated('Sign in to follow matches: they tell of residents\' demands.');
      const f = (data.args.filter ?? {}) as MatchEventFilter;
      const filter: MatchFilterValues = {
        areaPath: await areaPathOf(ctx, f.areaId, 'filter.areaId'),
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
    @Arg('after', () => String, { nullable: true, description: AFTER }) _after: string | null,
  ): MatchEvent {
    return event;
  }

  @Subscription(() => AgreementEvent, {
    description:
      'Changes of sharing agreements as they commit: every status change and signature, with from, to, who and why. Anyone receives those of signed agreements; staff and units also those of drafts and proposals in their area or of their unit.',
    subscribe: async (data) => {
      const ctx = data.context as Context;
      const f = (data.args.filter ?? {}) as AgreementEventFilter;
      const filter: AgreementFilterValues = {
        agreementIds: idSet(f.agreementIds, ['SharingAgreement'], 'filter.agreementIds'),
        organizationId: f.organizationId ? idOf(f.organizationId, ['Organization'], 'filter.organizationId') : null,
        areaPath: await areaPathOf(ctx, f.areaId, 'filter.areaId'),
      };
      return subscribeTo(agreementChannel as Channel<AgreementFilterValues, unknown>, filter, (data.args.after as string | null) ?? null, data);
    },
  })
  agreementEvents(
    @Root() event: AgreementEvent,
    @Arg('filter', () => AgreementEventFilter, { nullable: true, description: 'Which agreements; all you may see when null.' }) _filter: AgreementEventFilter | null,
    @Arg('after', () => String, { nullable: true, description: AFTER }) _after: string | null,
  ): AgreementEvent {
    return event;
  }

  @Subscription(() => AvailabilityChange, {
    description:
      'Live free counts as units report them (car parks, reading rooms), for the resources you name, of the kinds you name, or near a point. Published resources\' counts are public.',
    subscribe: (data) => {
      const f = data.args.filter as AvailabilityChangeFilter;
      if (!f.resourceIds && !f.kinds?.length && !f.near) throw badInput('filter', 'Name resources, kinds or a circle (`near`).');
      const filter: AvailabilityFilterValues = {
        resourceIds: idSet(f.resourceIds, ['Resource'], 'filter.resourceIds'),
        kinds: f.kinds?.length ? new Set(f.kinds) : null,
        near: f.near ? parseNear(f.near, 'filter.near') : null,
      };
      return subscribeTo(availabilityChannel as Channel<AvailabilityFilterValues, unknown>, filter, null, data);
    },
  })
  availabilityChanged(
    @Root() change: AvailabilityChange,
    @Arg('filter', () => AvailabilityChangeFilter, { description: 'Which resources; at least one condition.' }) _filter: AvailabilityChangeFilter,
  ): AvailabilityChange {
    return change;
  }
}
