import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MAY } from '../../shared/guards.js';
import type { Context } from '../../context.js';
import { idOf } from '../../shared/input.js';
import { Area } from '../areas/index.js';
import { Organization } from '../organizations/index.js';
import { AvailabilityService } from './availability.service.js';
import {
  CreateResourceInput,
  ReportAvailabilitiesInput,
  ReportAvailabilityInput,
  ResourceStatusInput,
  UpdateResourceInput,
} from './resource.inputs.js';
import { ReportAvailabilitiesPayload, ReportAvailabilityPayload, ResourcePayload } from './resource.payloads.js';
import { ResourceService } from './resource.service.js';
import { AvailabilityObservation, Resource, ResourceSearchConnection } from './resource.type.js';
import { ResourceFilter, ResourceOrder } from './resource-search.inputs.js';
import { resourcesByIds, type SearchPage, searchResources } from './resource.search.js';
import { PageArgsType } from '../../shared/page-args.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { isOpenAt, nextOpenAt } from '../../shared/schedule/schedule.js';
import type { Outcome } from '../../shared/errors.js';
import { MUTATION_COST } from '../../shared/query-limits.js';

const payload = (outcome: Outcome<Resource>): ResourcePayload =>
  outcome.ok ? { resource: outcome.value, userErrors: [] } : { resource: null, userErrors: outcome.errors };

@Resolver(() => Resource)
export class ResourceResolver {
  @Query(() => Resource, { nullable: true, description: 'One resource by id; null when there is none or you may not see it.' })
  async resource(@Arg('id', () => ID, { description: 'Global id of the resource.' }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const [resource] = await resourcesByIds(ctx, info, [idOf(id, ['Resource'], 'id')]);
    return resource;
  }

  @Query(() => ResourceSearchConnection, {
    description:
      'Finds resources: by kind, area (and below), unit, audience, status, opening time, distance from a point and text. Anonymous callers find PUBLISHED resources only.',
  })
  resources(
    @Arg('filter', () => ResourceFilter, { nullable: true, description: 'Which resources; all conditions must hold.' }) filter: ResourceFilter | null,
    @Arg('orderBy', () => ResourceOrder, { nullable: true, description: 'The order; DISTANCE by default with `near`, else ID.' })
    orderBy: ResourceOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchPage> {
    return searchResources(ctx, info, filter, orderBy, page);
  }

  // the read path joins these in; the loaders serve resources that came another way (payloads, events)
  @FieldResolver(() => Organization, { description: 'The resident unit that opens the resource.' })
  organization(@Root() r: Resource & { organization?: Organization }, @Ctx() ctx: Context): Organization | Promise<Organization | null> {
    // synchronous when joined in: a promise per row is what graphql-js spends most on
    return r.organization ?? ctx.loaders.organizationById.load(r.organizationRowId);
  }

  @FieldResolver(() => Area, { description: 'The area the resource lies in.' })
  area(@Root() r: Resource & { area?: Area }, @Ctx() ctx: Context): Area | Promise<Area | null> {
    return r.area ?? ctx.loaders.areaById.load(r.areaRowId);
  }

  @FieldResolver(() => Boolean, { description: 'Open now, by its weekly windows, exceptions and the holiday calendar.' })
  async isOpenNow(@Root() r: Resource, @Ctx() ctx: Context): Promise<boolean> {
    const calendar = await ctx.loaders.holidayCalendar();
    return isOpenAt({ windows: r.storedWindows, exceptions: r.storedExceptions }, calendar, ctx.app.clock.now(), ctx.app.config.timeZone);
  }

  @FieldResolver(() => DateTimeScalar, {
    nullable: true,
    description: 'When it is next open (now, if open now); null when not within the next 14 days.',
  })
  async nextOpenAt(@Root() r: Resource, @Ctx() ctx: Context): Promise<Date | null> {
    const calendar = await ctx.loaders.holidayCalendar();
    return nextOpenAt({ windows: r.storedWindows, exceptions: r.storedExceptions }, calendar, ctx.app.clock.now(), ctx.app.config.timeZone);
  }

  @Authorized(MAY.ADMINS_AND_UNITS)
  @Mutation(() => ResourcePayload, { complexity: MUTATION_COST.WRITE, description: 'Creates a DRAFT resource of a unit. The unit\'s admin, or admins of its area.' })
  async createResource(@Arg('input', () => CreateResourceInput, { description: 'The resource.' }) input: CreateResourceInput, @Ctx() ctx: Context) {
    return payload(await new ResourceService(ctx).create(input));
  }

  @Authorized(MAY.ADMINS_AND_UNITS)
  @Mutation(() => ResourcePayload, { complexity: MUTATION_COST.WRITE, description: 'Changes a resource, given the version last read (VERSION_CONFLICT when stale).' })
  async updateResource(@Arg('input', () => UpdateResourceInput, { description: 'The changes.' }) input: UpdateResourceInput, @Ctx() ctx: Context) {
    return payload(await new ResourceService(ctx).update(input));
  }

  @Authorized(MAY.ADMINS_AND_UNITS)
  @Mutation(() => ResourcePayload, { complexity: MUTATION_COST.WRITE, description: 'Publishes a DRAFT or PAUSED resource, so that residents find it.' })
  async publishResource(@Arg('input', () => ResourceStatusInput, { description: 'Which resource.' }) input: ResourceStatusInput, @Ctx() ctx: Context) {
    return payload(await new ResourceService(ctx).changeStatus('publish', input));
  }

  @Authorized(MAY.ADMINS_AND_UNITS)
  @Mutation(() => ResourcePayload, { complexity: MUTATION_COST.WRITE, description: 'Pauses a PUBLISHED resource for a while (repairs, events of the unit).' })
  async pauseResource(@Arg('input', () => ResourceStatusInput, { description: 'Which resource, and why.' }) input: ResourceStatusInput, @Ctx() ctx: Context) {
    return payload(await new ResourceService(ctx).changeStatus('pause', input));
  }

  @Authorized(MAY.ADMINS_AND_UNITS)
  @Mutation(() => ResourcePayload, { complexity: MUTATION_COST.WRITE, description: 'Withdraws a resource for good; it can no longer be changed.' })
  async withdrawResource(@Arg('input', () => ResourceStatusInput, { description: 'Which resource, and why.' }) input: ResourceStatusInput, @Ctx() ctx: Context) {
    return payload(await new ResourceService(ctx).changeStatus('withdraw', input));
  }

  @Authorized(MAY.STAFF_AND_UNITS)
  @Mutation(() => ReportAvailabilityPayload, {
    complexity: MUTATION_COST.WRITE,
    description: 'Records a live free count of a counted resource. The unit\'s admin, or staff of its area (grid workers included).',
  })
  async reportAvailability(
    @Arg('input', () => ReportAvailabilityInput, { description: 'The count.' }) input: ReportAvailabilityInput,
    @Ctx() ctx: Context,
  ): Promise<ReportAvailabilityPayload> {
    const outcome = await new AvailabilityService(ctx).report(input);
    return outcome.ok ? { observation: outcome.value, userErrors: [] } : { observation: null, userErrors: outcome.errors };
  }

  @Authorized(MAY.STAFF_AND_UNITS)
  @Mutation(() => ReportAvailabilitiesPayload, {
    complexity: MUTATION_COST.BATCH,
    description:
      'Records up to 500 live counts at once, as car-park systems send them, each on its own: a stale or refused observation is a user error and the rest are recorded. Input wrong on its own, an unknown resource or one you may not report for refuses the whole batch.',
  })
  reportAvailabilities(
    @Arg('input', () => ReportAvailabilitiesInput, { description: 'The counts.' }) input: ReportAvailabilitiesInput,
    @Ctx() ctx: Context,
  ): Promise<ReportAvailabilitiesPayload> {
    return new AvailabilityService(ctx).reportMany(input);
  }
}

@Resolver(() => AvailabilityObservation)
export class AvailabilityObservationResolver {
  @FieldResolver(() => Resource, { description: 'The resource counted.' })
  async resource(@Root() o: AvailabilityObservation, @Ctx() ctx: Context): Promise<Resource> {
    return (await ctx.loaders.resourceById.load(o.resourceRowId))!;
  }
}
