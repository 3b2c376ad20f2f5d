import { Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { badInput } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { idOf } from '../../shared/input.js';
import { Node } from '../../shared/relay.js';
import { nodeByTypeAndId } from '../viewer/index.js';
import { EventType } from '../../outbox/event-types.js';
import { MAX_EVENTS_PAGE, readEvents } from './event.reads.js';
import { Event, EventConnection } from './event.type.js';

@InputType({ description: 'Which events to read; all given conditions must hold.' })
class EventFilter {
  @Field(() => [EventType], { nullable: true, description: 'Only these types.' })
  types?: EventType[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only events about these objects (global ids).' })
  subjectIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only events scoped at or below this area.' })
  areaId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events of this organization.' })
  organizationId?: string | null;
}

@ArgsType()
class EventsArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Read events after this cursor (one you received); omit it, or pass "0", to start from the oldest event kept. A cursor whose successors have been purged (older than the retention) gives CURSOR_EXPIRED.',
  })
  after?: string | null;

  @Field(() => EventFilter, { nullable: true, description: 'Which events.' })
  filter?: EventFilter | null;

  @Field(() => Int, { defaultValue: 100, description: `How many, 1 to ${MAX_EVENTS_PAGE}.` })
  first!: number;
}

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, {
    description:
      'The event log in cursor order, for clients that catch up over HTTP: what you may see, after `after`. Cursors increase in commit order, so reading on from `pageInfo.endCursor` never skips an event.',
  })
  async events(@Args() args: EventsArgs, @Ctx() ctx: Context): Promise<EventConnection> {
    const filter = args.filter ?? {};
    const subjectIds = filter.subjectIds?.map((gid, i) => {
      const decoded = fromGlobalId(gid);
      if (!decoded) throw badInput(`filter.subjectIds[${i}]`, 'Not a valid id.');
      return decoded;
    });
    let belowPath: string | null = null;
    if (filter.areaId) belowPath = (await ctx.loaders.areaById.load(idOf(filter.areaId, ['Area'], 'filter.areaId')))?.path ?? '/nowhere/';
    return readEvents(ctx.app.db.pool, ctx.viewer, args.after ?? null, args.first, {
      types: filter.types ?? null,
      subjectIds: subjectIds ?? null,
      belowPath,
      organizationId: filter.organizationId ? idOf(filter.organizationId, ['Organization'], 'filter.organizationId') : null,
    });
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The object as it is now; null if you may not see it.' })
  subject(@Root() event: Event, @Ctx() ctx: Context) {
    return nodeByTypeAndId(ctx, event.subjectType, event.subjectRowId);
  }
}

