import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { MAY } from '../../shared/guards.js';
import { idOf } from '../../shared/input.js';
import { MUTATION_COST } from '../../shared/query-limits.js';
import { Area } from '../areas/index.js';
import { Volunteer } from '../volunteers/index.js';
import { AdjustPointsInput, SetPointsRuleInput } from './points.inputs.js';
import { AdjustPointsPayload, SetPointsRulePayload } from './points.payloads.js';
import { readLedger } from './points.reads.js';
import { PointsService } from './points.service.js';
import { PointsEntry, PointsEntryConnection, VolunteerRank } from './points.type.js';

@ArgsType()
class PointsLedgerArgs {
  @Field(() => ID, { description: 'Global id of the volunteer.' })
  volunteerId!: string;

  @Field(() => Int, { nullable: true, description: 'Page size (0–100; default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return lines after (older than) this cursor.' })
  after?: string | null;
}

@Resolver(() => PointsEntry)
export class PointsResolver {
  @Query(() => PointsEntryConnection, {
    description:
      "A volunteer's points ledger (积分明细), newest line first: for the volunteer themself and staff of their home community and above. Anyone else (a unit's admin, another volunteer, a grid worker, anonymous) and an unknown id get NOT_FOUND.",
  })
  pointsLedger(@Args() args: PointsLedgerArgs, @Ctx() ctx: Context) {
    const id = idOf(args.volunteerId, ['Volunteer'], 'volunteerId');
    return readLedger(ctx.app.db.pool, ctx.viewer, id, args);
  }

  @FieldResolver(() => Area, { description: "Where it was earned: the order's community (an ADJUSTMENT: the volunteer's home community)." })
  area(@Root() e: PointsEntry, @Ctx() ctx: Context) {
    return ctx.loaders.areaById.load(e.areaRowId);
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => SetPointsRulePayload, {
    complexity: MUTATION_COST.WRITE,
    description:
      "Sets a community's points rate (积分规则), by admins of the community, its street or the district; it applies to confirmations from then on. Public event POINTS_RULE_SET; every change kept in the rule's history. POINTS_RULE_NOT_COMMUNITY, VERSION_CONFLICT, AREA_RETIRED.",
  })
  async setPointsRule(@Arg('input', () => SetPointsRuleInput, { description: 'The community and its rate.' }) input: SetPointsRuleInput, @Ctx() ctx: Context): Promise<SetPointsRulePayload> {
    const outcome = await new PointsService(ctx).setRule(input);
    return outcome.ok ? { pointsRule: outcome.value, userErrors: [] } : { pointsRule: null, userErrors: outcome.errors };
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => AdjustPointsPayload, {
    complexity: MUTATION_COST.WRITE,
    description:
      "Adds an ADJUSTMENT line to a volunteer's points ledger, with a reason, by admins of their home community and above (the ledger is never edited: a correction is another line). POINTS_BALANCE_NEGATIVE when it would take the balance below zero. Event POINTS_ADJUSTED for the home community's staff and the volunteer.",
  })
  async adjustPoints(@Arg('input', () => AdjustPointsInput, { description: 'The volunteer, the points and why.' }) input: AdjustPointsInput, @Ctx() ctx: Context): Promise<AdjustPointsPayload> {
    const outcome = await new PointsService(ctx).adjust(input);
    return outcome.ok ? { ...outcome.value, userErrors: [] } : { entry: null, volunteer: null, userErrors: outcome.errors };
  }
}

@Resolver(() => VolunteerRank)
export class VolunteerRankResolver {
  @FieldResolver(() => Volunteer, { nullable: true, description: 'The volunteer, for staff of their home community and above (and themself); null for everyone else.' })
  volunteer(@Root() r: VolunteerRank, @Ctx() ctx: Context) {
    return r.visible ? ctx.loaders.volunteerById.load(r.volunteerRowId) : null;
  }
}
