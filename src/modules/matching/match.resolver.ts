import { Arg, Authorized, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MAY } from '../../shared/guards.js';
import type { Context } from '../../context.js';
import { keysetPage, parsePageArgs } from '../../read/page.js';
import type { Outcome } from '../../shared/errors.js';
import { idOf } from '../../shared/input.js';
import { PageArgsType } from '../../shared/page-args.js';
import { areaScope } from '../../shared/viewer.js';
import { MUTATION_COST } from '../../shared/query-limits.js';
import { SharingAgreement } from '../agreements/index.js';
import { Area } from '../areas/index.js';
import { Demand } from '../demands/index.js';
import { Resource } from '../resources/index.js';
import { MatchRunService } from './match-run.service.js';
import { MatchFilter, MatchInput, MatchReasonInput, RunMatchingInput } from './match.inputs.js';
import { MatchPayload, RunMatchingPayload } from './match.payloads.js';
import { MATCH_COLUMNS, MATCH_RUN_COLUMNS, toMatch, toMatchRun, type MatchRow, type MatchRunRow } from './match.reads.js';
import { MatchService } from './match.service.js';
import { Match, MatchConnection, MatchHistoryEntry, MatchRun, MatchRunConnection } from './match.type.js';
import { matchVisibleSql } from './match.rules.js';

// a full run re-solves every open demand of the area under the run's lock, which stops incremental solves:
// four in one request pass MAX_QUERY_COST's default (20,000)
const RUN_MATCHING_COST = 5_000;

const payload = (outcome: Outcome<Match>): MatchPayload =>
  outcome.ok ? { match: outcome.value, userErrors: [] } : { match: null, userErrors: outcome.errors };

@Resolver(() => Match)
export class MatchResolver {
  @Query(() => MatchConnection, {
    description:
      'Matches you may see (staff of the demand\'s area, the admin of the resource\'s unit), in id order: with `organizationId` and `statuses`, a unit admin\'s inbox.',
  })
  async matches(
    @Arg('filter', () => MatchFilter, { nullable: true, description: 'Which matches; all conditions must hold.' }) filter: MatchFilter | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: Context,
  ) {
    const parsed = parsePageArgs(page, 'matches');
    const params: unknown[] = [];
    const add = (v: unknown) => (params.push(v), `$${params.length}`);
    const where = [matchVisibleSql(ctx.viewer, add)];
    const f = filter ?? {};
    if (f.organizationId) where.push(`m.organization_id = ${add(idOf(f.organizationId, ['Organization'], 'filter.organizationId'))}::bigint`);
    if (f.demandId) where.push(`m.demand_id = ${add(idOf(f.demandId, ['Demand'], 'filter.demandId'))}::bigint`);
    if (f.resourceId) where.push(`m.resource_id = ${add(idOf(f.resourceId, ['Resource'], 'filter.resourceId'))}::bigint`);
    if (f.statuses?.length) where.push(`m.status = any(${add(f.statuses)}::text[])`);
    if (f.areaId) {
      where.push(`m.area_path like (select path from area where id = ${add(idOf(f.areaId, ['Area'], 'filter.areaId'))}::bigint) || '%'`);
    }
    return keysetPage<MatchRow, Match>(ctx.app.db.pool, 'matches', parsed, {
      select: MATCH_COLUMNS,
      from: 'match m',
      where,
      params,
      idColumn: 'm.id',
      map: toMatch,
    });
  }

  @FieldResolver(() => Demand, { nullable: true, description: 'The demand served.' })
  demand(@Root() m: Match, @Ctx() ctx: Context): Promise<Demand | null> {
    return ctx.loaders.demandById.load(m.demandRowId);
  }

  @FieldResolver(() => Resource, { nullable: true, description: 'The resource that serves it; null if you may not see it.' })
  resource(@Root() m: Match, @Ctx() ctx: Context): Promise<Resource | null> {
    return ctx.loaders.resourceById.load(m.resourceRowId);
  }

  @FieldResolver(() => SharingAgreement, { nullable: true, description: 'The sharing agreement the resource is offered under; null if you may not see it.' })
  agreement(@Root() m: Match, @Ctx() ctx: Context): Promise<SharingAgreement | null> {
    return ctx.loaders.agreementById.load(m.agreementRowId);
  }

  @FieldResolver(() => [MatchHistoryEntry], { description: 'Every change of the match, oldest first.' })
  history(@Root() m: Match, @Ctx() ctx: Context): Promise<MatchHistoryEntry[]> {
    return ctx.loaders.matchHistoryByMatchId.load(m.rowId);
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => RunMatchingPayload, {
    complexity: RUN_MATCHING_COST,
    description:
      'Re-solves the open demands of an area now (its district, street or community admins): the most quantity served, then the highest total score. Proposals the new solution does not keep become SUPERSEDED; accepted matches never move.',
  })
  async runMatching(@Arg('input', () => RunMatchingInput, { description: 'The area, and optionally the kinds.' }) input: RunMatchingInput, @Ctx() ctx: Context) {
    const outcome = await new MatchRunService(ctx).run(input);
    return outcome.ok ? { run: outcome.value, userErrors: [] } : { run: null, userErrors: outcome.errors };
  }

  @Authorized(MAY.UNITS)
  @Mutation(() => MatchPayload, {
    complexity: MUTATION_COST.WRITE,
    description: 'Accepts a PROPOSED match (the resource\'s unit admin): allocates its quantity (CAPACITY_EXHAUSTED when it no longer fits).',
  })
  async acceptMatch(@Arg('input', () => MatchInput, { description: 'Which match.' }) input: MatchInput, @Ctx() ctx: Context) {
    return payload(await new MatchService(ctx).accept(input));
  }

  @Authorized(MAY.UNITS)
  @Mutation(() => MatchPayload, { complexity: MUTATION_COST.WRITE, description: 'Declines a PROPOSED match (the resource\'s unit admin); the pair is never proposed again.' })
  async declineMatch(@Arg('input', () => MatchReasonInput, { description: 'Which match, and why.' }) input: MatchReasonInput, @Ctx() ctx: Context) {
    return payload(await new MatchService(ctx).decline(input));
  }

  @Authorized(MAY.ADMINS_AND_UNITS)
  @Mutation(() => MatchPayload, {
    complexity: MUTATION_COST.WRITE,
    description: 'Cancels a PROPOSED or ACCEPTED match (the unit admin, or admins of the demand\'s area); an accepted quantity is released.',
  })
  async cancelMatch(@Arg('input', () => MatchReasonInput, { description: 'Which match, and why.' }) input: MatchReasonInput, @Ctx() ctx: Context) {
    return payload(await new MatchService(ctx).cancel(input));
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => MatchPayload, { complexity: MUTATION_COST.WRITE, description: 'Confirms an ACCEPTED match was served (admins of the demand\'s area).' })
  async fulfilMatch(@Arg('input', () => MatchInput, { description: 'Which match.' }) input: MatchInput, @Ctx() ctx: Context) {
    return payload(await new MatchService(ctx).fulfil(input));
  }
}

@Resolver(() => MatchRun)
export class MatchRunResolver {
  @Query(() => MatchRunConnection, { description: 'Runs of the solver over your area and below (area staff), in id order.' })
  async matchRuns(
    @Arg('areaId', () => ID, { nullable: true, description: 'Only runs over this area and below.' }) areaId: string | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: Context,
  ) {
    const parsed = parsePageArgs(page, 'matchRuns');
    const scope = areaScope(ctx.viewer);
    // only area staff see runs; others get an empty page
    const params: unknown[] = scope === null ? [] : [`${scope}%`];
    const where = [scope === null ? 'false' : 'x.area_path like $1'];
    if (areaId) {
      params.push(idOf(areaId, ['Area'], 'areaId'));
      where.push(`x.area_path like (select path from area where id = $${params.length}::bigint) || '%'`);
    }
    return keysetPage<MatchRunRow, MatchRun>(ctx.app.db.pool, 'matchRuns', parsed, {
      select: MATCH_RUN_COLUMNS,
      from: 'match_run x',
      where,
      params,
      idColumn: 'x.id',
      map: toMatchRun,
    });
  }

  @FieldResolver(() => Area, { nullable: true, description: 'The area re-solved.' })
  area(@Root() run: MatchRun, @Ctx() ctx: Context): Promise<Area | null> {
    return ctx.loaders.areaById.load(run.areaRowId);
  }
}

@Resolver(() => Demand)
export class DemandMatchesResolver {
  @FieldResolver(() => [Match], { description: 'The matches of this demand you may see, in id order (all statuses).' })
  matches(@Root() d: Demand, @Ctx() ctx: Context): Promise<Match[]> {
    return ctx.loaders.matchesByDemandId.load(d.rowId);
  }
}

@Resolver(() => Resource)
export class ResourceMatchesResolver {
  @FieldResolver(() => [Match], { description: 'The matches of this resource you may see, in id order (all statuses).' })
  matches(@Root() r: Resource, @Ctx() ctx: Context): Promise<Match[]> {
    return ctx.loaders.matchesByResourceId.load(r.rowId);
  }
}
