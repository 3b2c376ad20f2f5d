import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MAY } from '../../shared/guards.js';
import type { Context } from '../../context.js';
import { searchAgreements } from './agreement.search.js';
import type { Outcome } from '../../shared/errors.js';
import { idOf } from '../../shared/input.js';
import { PageArgsType } from '../../shared/page-args.js';
import { MUTATION_COST } from '../../shared/query-limits.js';
import { Area } from '../areas/index.js';
import { Organization } from '../organizations/index.js';
import { AgreementDraftService } from './agreement-drafts.service.js';
import { AgreementTransitionService } from './agreement-transitions.service.js';
import { AgreementStatus } from './agreement.enums.js';
import {
  AgreementFilter,
  AgreementInput,
  AgreementReasonInput,
  CreateAgreementDraftInput,
  UpdateAgreementDraftInput,
} from './agreement.inputs.js';
import { DiscardAgreementDraftPayload, SharingAgreementPayload } from './agreement.payloads.js';
import { effectiveStatus } from './agreement.transitions.js';
import { todayOf } from '../../shared/today.js';
import { AgreementHistoryEntry, AgreementItem, SharingAgreement, SharingAgreementConnection } from './agreement.type.js';
import { Resource } from '../resources/index.js';

const payload = (outcome: Outcome<SharingAgreement>): SharingAgreementPayload =>
  outcome.ok ? { agreement: outcome.value, userErrors: [] } : { agreement: null, userErrors: outcome.errors };



const REASON = { description: 'The agreement and the reason.' };

@Resolver(() => SharingAgreement)
export class SharingAgreementResolver {
  @Query(() => SharingAgreement, { nullable: true, description: 'One sharing agreement by id; null when there is none or you may not see it.' })
  agreement(@Arg('id', () => ID, { description: 'Global id of the agreement.' }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.agreementById.load(idOf(id, ['SharingAgreement'], 'id'));
  }

  @Query(() => SharingAgreementConnection, {
    description: 'Sharing agreements you may see, in id order: anyone sees signed ones; drafts and proposals only their unit\'s admin and staff of their area or above.',
  })
  agreements(
    @Arg('filter', () => AgreementFilter, { nullable: true, description: 'Which agreements; all conditions must hold.' }) filter: AgreementFilter | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return searchAgreements(ctx, info, filter, page);
  }

  @FieldResolver(() => AgreementStatus, {
    description: 'The status now, by the clock: SIGNED is ACTIVE from 00:00 of its start date, and anything not ended is EXPIRED after 24:00 of its end date.',
  })
  status(@Root() a: SharingAgreement, @Ctx() ctx: Context): AgreementStatus {
    return effectiveStatus({ status: a.recordedStatus, startDate: a.startDate, endDate: a.endDate }, todayOf(ctx));
  }

  // the read path joins these in for lists; the loaders serve agreements that came another way
  @FieldResolver(() => Organization, { description: 'The resident unit that shares its resources.' })
  organization(@Root() a: SharingAgreement & { organization?: Organization }, @Ctx() ctx: Context): Organization | Promise<Organization | null> {
    return a.organization ?? ctx.loaders.organizationById.load(a.organizationRowId);
  }

  @FieldResolver(() => Area, { description: 'The street or community the unit shares them with.' })
  area(@Root() a: SharingAgreement & { area?: Area }, @Ctx() ctx: Context): Area | Promise<Area | null> {
    return a.area ?? ctx.loaders.areaById.load(a.areaRowId);
  }

  @FieldResolver(() => [AgreementItem], { description: 'The resources shared: how much of each, and when.' })
  items(@Root() a: SharingAgreement, @Ctx() ctx: Context): Promise<AgreementItem[]> {
    return ctx.loaders.agreementItemsByAgreementId.load(a.rowId);
  }

  @FieldResolver(() => [AgreementHistoryEntry], { description: 'Every change and signature, oldest first: what, who, when and why.' })
  history(@Root() a: SharingAgreement, @Ctx() ctx: Context): Promise<AgreementHistoryEntry[]> {
    return ctx.loaders.agreementHistoryByAgreementId.load(a.rowId);
  }

  @Authorized(MAY.ADMINS_AND_UNITS)
  @Mutation(() => SharingAgreementPayload, {
    complexity: MUTATION_COST.WRITE,
    description: 'Drafts an agreement between a unit and a street or community. The unit\'s UNIT_ADMIN, or an admin of that area or above.',
  })
  async createAgreementDraft(@Arg('input', () => CreateAgreementDraftInput, { description: 'The agreement.' }) input: CreateAgreementDraftInput, @Ctx() ctx: Context) {
    return payload(await new AgreementDraftService(ctx).create(input));
  }

  @Authorized(MAY.ADMINS_AND_UNITS)
  @Mutation(() => SharingAgreementPayload, { complexity: MUTATION_COST.WRITE, description: 'Changes a DRAFT, given the version last read (VERSION_CONFLICT when stale). Either party\'s admin.' })
  async updateAgreementDraft(@Arg('input', () => UpdateAgreementDraftInput, { description: 'The changes.' }) input: UpdateAgreementDraftInput, @Ctx() ctx: Context) {
    return payload(await new AgreementDraftService(ctx).update(input));
  }

  @Authorized(MAY.ADMINS_AND_UNITS)
  @Mutation(() => DiscardAgreementDraftPayload, { complexity: MUTATION_COST.WRITE, description: 'Discards a DRAFT: no one sees it any more. Either party\'s admin.' })
  async discardAgreementDraft(@Arg('input', () => AgreementInput, { description: 'The draft.' }) input: AgreementInput, @Ctx() ctx: Context): Promise<DiscardAgreementDraftPayload> {
    const outcome = await new AgreementDraftService(ctx).discard(input);
    return outcome.ok ? { discardedAgreementId: outcome.value, userErrors: [] } : { discardedAgreementId: null, userErrors: outcome.errors };
  }

  @Authorized(MAY.ADMINS_AND_UNITS)
  @Mutation(() => SharingAgreementPayload, { complexity: MUTATION_COST.WRITE, description: 'Proposes a DRAFT with at least one item for signature (→ PROPOSED). Either party\'s admin.' })
  async proposeAgreement(@Arg('input', () => AgreementInput, { description: 'The draft.' }) input: AgreementInput, @Ctx() ctx: Context) {
    return payload(await new AgreementTransitionService(ctx).propose(input));
  }

  @Authorized(MAY.SIGNATORIES)
  @Mutation(() => SharingAgreementPayload, {
    complexity: MUTATION_COST.WRITE,
    description:
      'Signs a PROPOSED agreement for one party; the second signature makes it SIGNED. Only the unit\'s UNIT_ADMIN and the STREET_ADMIN or COMMUNITY_ADMIN of the agreement\'s own area sign.',
  })
  async signAgreement(@Arg('input', () => AgreementInput, { description: 'The agreement.' }) input: AgreementInput, @Ctx() ctx: Context) {
    return payload(await new AgreementTransitionService(ctx).sign(input));
  }

  @Authorized(MAY.ADMINS_AND_UNITS)
  @Mutation(() => SharingAgreementPayload, { complexity: MUTATION_COST.WRITE, description: 'Rejects a PROPOSED agreement (→ DRAFT, signatures cleared). The party that did not propose it.' })
  async rejectAgreement(@Arg('input', () => AgreementReasonInput, REASON) input: AgreementReasonInput, @Ctx() ctx: Context) {
    return payload(await new AgreementTransitionService(ctx).unpropose('reject', input));
  }

  @Authorized(MAY.ADMINS_AND_UNITS)
  @Mutation(() => SharingAgreementPayload, { complexity: MUTATION_COST.WRITE, description: 'Withdraws a proposal (→ DRAFT, signatures cleared). The party that proposed it.' })
  async withdrawAgreementProposal(@Arg('input', () => AgreementReasonInput, REASON) input: AgreementReasonInput, @Ctx() ctx: Context) {
    return payload(await new AgreementTransitionService(ctx).unpropose('withdraw', input));
  }

  @Authorized(MAY.ADMINS_AND_UNITS)
  @Mutation(() => SharingAgreementPayload, { complexity: MUTATION_COST.WRITE, description: 'Suspends an ACTIVE agreement: its resources are no longer shared. Either party, or a DISTRICT_ADMIN.' })
  async suspendAgreement(@Arg('input', () => AgreementReasonInput, REASON) input: AgreementReasonInput, @Ctx() ctx: Context) {
    return payload(await new AgreementTransitionService(ctx).change('suspend', input));
  }

  @Authorized(MAY.ADMINS_AND_UNITS)
  @Mutation(() => SharingAgreementPayload, { complexity: MUTATION_COST.WRITE, description: 'Resumes a SUSPENDED agreement (→ ACTIVE). Either party, or a DISTRICT_ADMIN.' })
  async resumeAgreement(@Arg('input', () => AgreementReasonInput, REASON) input: AgreementReasonInput, @Ctx() ctx: Context) {
    return payload(await new AgreementTransitionService(ctx).change('resume', input));
  }

  @Authorized(MAY.ADMINS_AND_UNITS)
  @Mutation(() => SharingAgreementPayload, { complexity: MUTATION_COST.WRITE, description: 'Ends a SIGNED, ACTIVE or SUSPENDED agreement for good (→ TERMINATED). Either party, or a DISTRICT_ADMIN.' })
  async terminateAgreement(@Arg('input', () => AgreementReasonInput, REASON) input: AgreementReasonInput, @Ctx() ctx: Context) {
    return payload(await new AgreementTransitionService(ctx).change('terminate', input));
  }
}

@Resolver(() => AgreementItem)
export class AgreementItemResolver {
  @FieldResolver(() => Resource, { nullable: true, description: 'The resource shared; null if you may not see it (e.g. a draft resource).' })
  resource(@Root() item: AgreementItem, @Ctx() ctx: Context): Promise<Resource | null> {
    return ctx.loaders.resourceById.load(item.resourceRowId);
  }
}
