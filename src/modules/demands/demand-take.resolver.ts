import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import type { Outcome } from '../../shared/errors.js';
import { MAY } from '../../shared/guards.js';
import { PageArgsType } from '../../shared/page-args.js';
import { MUTATION_COST } from '../../shared/query-limits.js';
import { Organization } from '../organizations/index.js';
import { Volunteer, VolunteerTeam } from '../volunteers/index.js';
import { DemandTakeStatus } from './demand.enums.js';
import { DemandIdInput } from './demand.inputs.js';
import { DemandReasonInput, ReportDemandServedInput, TakeReasonInput } from './demand-take.inputs.js';
import { DemandPayload, DemandTakePayload } from './demand.payloads.js';
import { readMyTakes } from './demand-take.reads.js';
import { DemandService, type TakeResult } from './demand.service.js';
import { isTakeOverdue } from './demand.transitions.js';
import { Demand } from './demand.type.js';
import { DemandTake, DemandTakeConnection, DemandTakeHistoryEntry, DemandTakePerson } from './demand-take.type.js';

export const takePayload = (outcome: Outcome<TakeResult>): DemandTakePayload =>
  outcome.ok ? { ...outcome.value, userErrors: [] } : { demand: null, take: null, userErrors: outcome.errors };

const demandPayload = (outcome: Outcome<Demand>): DemandPayload =>
  outcome.ok ? { demand: outcome.value, userErrors: [] } : { demand: null, userErrors: outcome.errors };

@ArgsType()
class MyTakesArgs extends PageArgsType {
  @Field(() => [DemandTakeStatus], { nullable: true, description: 'Only takes in any of these statuses.' })
  status?: DemandTakeStatus[] | null;
}

@Resolver(() => DemandTakePerson)
export class DemandTakePersonResolver {
  @FieldResolver(() => Volunteer, { nullable: true, description: "The volunteer who served, if you may see them; null for a unit's unregistered staff." })
  volunteer(@Root() p: DemandTakePerson, @Ctx() ctx: Context): Promise<Volunteer | null> | null {
    return p.volunteerRowId === null ? null : ctx.loaders.volunteerById.load(p.volunteerRowId);
  }
}

@Resolver(() => DemandTake)
export class DemandTakeResolver {
  @Query(() => DemandTakeConnection, {
    description:
      'The takes of service orders you hold, in id order: a volunteer their own and those of teams they lead; a unit admin its unit\'s. Empty for other roles.',
  })
  myTakes(@Args() args: MyTakesArgs, @Ctx() ctx: Context) {
    return readMyTakes(ctx.app.db.pool, ctx.viewer, args.status ?? null, args);
  }

  @FieldResolver(() => Demand, { nullable: true, description: 'The order; null once you may no longer see it (a taker: 7 days after confirmation, or once released or revoked).' })
  demand(@Root() t: DemandTake, @Ctx() ctx: Context): Promise<Demand | null> {
    return ctx.loaders.demandById.load(t.demandRowId);
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: "A volunteer's own take: the volunteer, if you may see them." })
  volunteer(@Root() t: DemandTake, @Ctx() ctx: Context): Promise<Volunteer | null> | null {
    return t.volunteerRowId === null ? null : ctx.loaders.volunteerById.load(t.volunteerRowId);
  }

  @FieldResolver(() => VolunteerTeam, { nullable: true, description: "A team's take: the team." })
  team(@Root() t: DemandTake, @Ctx() ctx: Context): Promise<VolunteerTeam | null> | null {
    return t.teamRowId === null ? null : ctx.loaders.teamById.load(t.teamRowId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: "A unit's take: the unit." })
  organization(@Root() t: DemandTake, @Ctx() ctx: Context): Promise<Organization | null> | null {
    return t.organizationRowId === null ? null : ctx.loaders.organizationById.load(t.organizationRowId);
  }

  @FieldResolver(() => Boolean, { description: 'TAKEN and past its serve deadline (computed from the clock).' })
  isOverdue(@Root() t: DemandTake, @Ctx() ctx: Context): boolean {
    return isTakeOverdue(t, ctx.app.clock.now());
  }

  @FieldResolver(() => [DemandTakePerson], { description: 'Who served and for how long, as the taker last reported it.' })
  people(@Root() t: DemandTake, @Ctx() ctx: Context): Promise<DemandTakePerson[]> {
    return ctx.loaders.takePeopleByTakeId.load(t.rowId);
  }

  @FieldResolver(() => [DemandTakeHistoryEntry], { description: 'Every change, oldest first.' })
  history(@Root() t: DemandTake, @Ctx() ctx: Context): Promise<DemandTakeHistoryEntry[]> {
    return ctx.loaders.takeHistoryByTakeId.load(t.rowId);
  }

  @Authorized(MAY.TAKERS)
  @Mutation(() => DemandTakePayload, {
    complexity: MUTATION_COST.WRITE,
    description:
      'The taker gives its take of a service order back, with a reason (a volunteer their own; a team\'s current leader; the unit\'s admin): TAKEN or DISPUTED → RELEASED; the order is open again (PLACED) for that quantity. DEMAND_TAKE_NOT_RELEASABLE once reported or ended.',
  })
  async releaseDemand(@Arg('input', () => TakeReasonInput, { description: 'Which take, and why.' }) input: TakeReasonInput, @Ctx() ctx: Context) {
    return takePayload(await new DemandService(ctx).release(input));
  }

  @Authorized(MAY.TAKERS)
  @Mutation(() => DemandTakePayload, {
    complexity: MUTATION_COST.WRITE,
    description:
      'The taker reports the work of its take done, with a note and the minutes each person served: TAKEN or DISPUTED → SERVED; the order is SERVED once every live take is and they cover it. DEMAND_TAKE_NOT_REPORTABLE otherwise; DEMAND_PERSON_NOT_ELIGIBLE for someone who may not be named.',
  })
  async reportDemandServed(@Arg('input', () => ReportDemandServedInput, { description: 'Which take, what was done, who served.' }) input: ReportDemandServedInput, @Ctx() ctx: Context) {
    return takePayload(await new DemandService(ctx).reportServed(input));
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => DemandTakePayload, {
    complexity: MUTATION_COST.WRITE,
    description:
      "The community revokes a take (TAKEN, SERVED or DISPUTED → REVOKED), with a reason; the order is open again for that quantity. Admins of the order's area (community admin and above). DEMAND_TAKE_NOT_REVOCABLE once confirmed or ended.",
  })
  async revokeTake(@Arg('input', () => TakeReasonInput, { description: 'Which take, and why.' }) input: TakeReasonInput, @Ctx() ctx: Context) {
    return takePayload(await new DemandService(ctx).revokeTake(input));
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => DemandPayload, {
    complexity: MUTATION_COST.WRITE,
    description:
      "The community confirms a SERVED order: every live take CONFIRMED, the order FULFILLED, and a SERVICE points entry per volunteer who served (floor(minutes × the community's points per hour / 60)). Admins of the order's area. DEMAND_NOT_CONFIRMABLE unless SERVED.",
  })
  async confirmDemandServed(@Arg('input', () => DemandIdInput, { description: 'Which order.' }) input: DemandIdInput, @Ctx() ctx: Context) {
    return demandPayload(await new DemandService(ctx).judge('confirm', input));
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => DemandPayload, {
    complexity: MUTATION_COST.WRITE,
    description:
      "The community disputes a SERVED order's reports, with a reason: its SERVED takes become DISPUTED and the order TAKEN again; the takers report again or release. Admins of the order's area. DEMAND_NOT_DISPUTABLE unless SERVED.",
  })
  async disputeDemandServed(@Arg('input', () => DemandReasonInput, { description: 'Which order, and why.' }) input: DemandReasonInput, @Ctx() ctx: Context) {
    return demandPayload(await new DemandService(ctx).judge('dispute', input));
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => DemandPayload, {
    complexity: MUTATION_COST.WRITE,
    description:
      "The community revokes its confirmation of an order, with a reason, within 30 days of it (DEMAND_CONFIRMATION_FINAL after): a REVERSAL points entry for each SERVICE entry, its takes SERVED and the order SERVED again. Admins of the order's area. DEMAND_NOT_CONFIRMED unless FULFILLED.",
  })
  async revokeDemandConfirmation(@Arg('input', () => DemandReasonInput, { description: 'Which order, and why.' }) input: DemandReasonInput, @Ctx() ctx: Context) {
    return demandPayload(await new DemandService(ctx).judge('revokeConfirmation', input));
  }
}
