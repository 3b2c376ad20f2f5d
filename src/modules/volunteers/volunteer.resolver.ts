import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Info, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { badInput, type Outcome } from '../../shared/errors.js';
import { MAY } from '../../shared/guards.js';
import { idOf } from '../../shared/input.js';
import { PageArgsType } from '../../shared/page-args.js';
import { MUTATION_COST } from '../../shared/query-limits.js';
import { pathIn, selectionOf } from '../../read/selection.js';
import { Role } from '../../shared/viewer.js';
import { Area } from '../areas/index.js';
import { Organization } from '../organizations/index.js';
import { VolunteerSkill, VolunteerStatus } from './volunteer.enums.js';
import {
  ApplyAsVolunteerInput,
  ClaimVolunteerRecordInput,
  LeaveVolunteeringInput,
  ReportUnitMembersInput,
  UpdateVolunteerInput,
  VolunteerIdInput,
  VolunteerReasonInput,
} from './volunteer.inputs.js';
import { ReportedMemberPayload, ReportUnitMembersPayload, VolunteerPayload } from './volunteer.payloads.js';
import { VolunteerReportService } from './volunteer-report.service.js';
import { listVolunteers, volunteersByIds } from './volunteer.search.js';
import { VolunteerService } from './volunteer.service.js';
import { Volunteer, VolunteerConnection, VolunteerHistoryEntry, VolunteerTeam } from './volunteer.type.js';

const MAX_TEXT = 50;

@InputType({ description: 'Which volunteers; all given conditions must hold.' })
export class VolunteerFilter {
  @Field(() => ID, { nullable: true, description: 'Only volunteers whose home community is this area or below it.' })
  areaId?: string | null;

  @Field(() => [VolunteerStatus], { nullable: true, description: 'Only volunteers in these statuses.' })
  status?: VolunteerStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only volunteers employed by this unit.' })
  employerId?: string | null;

  @Field(() => [VolunteerSkill], { nullable: true, description: 'Only volunteers with any of these skills.' })
  skills?: VolunteerSkill[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only party members (true) or only others (false).' })
  isPartyMember?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only members in service (true) or only the retired (false).' })
  isInService?: boolean | null;

  @Field(() => String, { nullable: true, description: `Words (1 to ${MAX_TEXT} characters), all of which appear in the name, phone number or free-text skills; Chinese works by any part, e.g. 王 or 建国.` })
  text?: string | null;
}

@ArgsType()
class VolunteersArgs extends PageArgsType {
  @Field(() => VolunteerFilter, { nullable: true, description: 'Which volunteers.' })
  filter?: VolunteerFilter | null;
}

@ArgsType()
export class ReportedMembersArgs extends PageArgsType {
  @Field(() => [VolunteerStatus], { nullable: true, description: 'Only members in these statuses.' })
  status?: VolunteerStatus[] | null;
}

export function volunteerSearch(f: VolunteerFilter) {
  const text = f.text?.trim() ?? '';
  if (f.text != null && (text.length === 0 || text.length > MAX_TEXT)) throw badInput('filter.text', `"text" must have 1 to ${MAX_TEXT} characters.`);
  return {
    areaRowId: f.areaId ? idOf(f.areaId, ['Area'], 'filter.areaId') : null,
    statuses: f.status?.length ? [...new Set(f.status)].sort() : null,
    employerRowId: f.employerId ? idOf(f.employerId, ['Organization'], 'filter.employerId') : null,
    skills: f.skills?.length ? [...new Set(f.skills)].sort() : null,
    isPartyMember: f.isPartyMember ?? null,
    isInService: f.isInService ?? null,
    text: text || null,
  };
}

const payload = (outcome: Outcome<Volunteer>): VolunteerPayload =>
  outcome.ok ? { volunteer: outcome.value, userErrors: [] } : { volunteer: null, userErrors: outcome.errors };

@Resolver(() => Volunteer)
export class VolunteerResolver {
  @Query(() => Volunteer, { nullable: true, description: 'One volunteer by id; null when there is none or you may not see them (their privacy: see Volunteer).' })
  async volunteer(@Arg('id', () => ID, { description: 'Global id of the volunteer.' }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const [v] = await volunteersByIds(ctx, info, [idOf(id, ['Volunteer'], 'id')]);
    return v;
  }

  @Authorized(MAY.STAFF)
  @Query(() => VolunteerConnection, {
    description:
      'Volunteers in id order, for area staff: those whose home community is in your area (a grid worker sees none: volunteers belong to communities). Others read `Area.volunteerStatistics`; a unit\'s admin reads `Organization.reportedMembers`.',
  })
  volunteers(@Args() args: VolunteersArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listVolunteers(ctx, pathIn([...selectionOf(info).values()][0], 'edges', 'node'), volunteerSearch(args.filter ?? {}), args);
  }

  @FieldResolver(() => Area, { description: 'Their home community (报到社区).' })
  homeCommunity(@Root() v: Volunteer & { homeCommunity?: Area }, @Ctx() ctx: Context): Area | Promise<Area | null> {
    return v.homeCommunity ?? ctx.loaders.areaById.load(v.areaRowId);
  }

  @FieldResolver(() => Area, { nullable: true, description: 'The grid of the home community they live in, if they said.' })
  grid(@Root() v: Volunteer & { grid?: Area | null }, @Ctx() ctx: Context) {
    if (v.grid !== undefined) return v.grid;
    return v.gridRowId === null ? null : ctx.loaders.areaById.load(v.gridRowId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The unit they work for, if any.' })
  employer(@Root() v: Volunteer & { employer?: Organization | null }, @Ctx() ctx: Context) {
    if (v.employer !== undefined) return v.employer;
    return v.employerRowId === null ? null : ctx.loaders.organizationById.load(v.employerRowId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The unit whose whole-unit report (整建制报到) made the record, if one did.' })
  reportedBy(@Root() v: Volunteer & { reportedBy?: Organization | null }, @Ctx() ctx: Context) {
    if (v.reportedBy !== undefined) return v.reportedBy;
    return v.reportedByRowId === null ? null : ctx.loaders.organizationById.load(v.reportedByRowId);
  }

  @FieldResolver(() => [VolunteerTeam], { description: 'The teams they belong to, in id order.' })
  teams(@Root() v: Volunteer, @Ctx() ctx: Context): Promise<VolunteerTeam[]> {
    return ctx.loaders.teamsByVolunteerId.load(v.rowId);
  }

  @FieldResolver(() => [VolunteerHistoryEntry], { description: 'Every change of the record, oldest first: what, from and to which status, who, when, why.' })
  history(@Root() v: Volunteer, @Ctx() ctx: Context): Promise<VolunteerHistoryEntry[]> {
    return ctx.loaders.historyByVolunteerId.load(v.rowId);
  }

  @Authorized([Role.VOLUNTEER])
  @Mutation(() => VolunteerPayload, {
    complexity: MUTATION_COST.WRITE,
    description:
      'Registers with a home community (报到) as APPLIED, by a VOLUNTEER token whose `sub` has no live record (a REJECTED or LEFT one is reopened). VOLUNTEER_ALREADY_REGISTERED, VOLUNTEER_PHONE_TAKEN, VOLUNTEER_HOME_NOT_COMMUNITY, VOLUNTEER_GRID_OUTSIDE_HOME, AREA_RETIRED.',
  })
  async applyAsVolunteer(@Arg('input', () => ApplyAsVolunteerInput, { description: 'Who they are and where they serve.' }) input: ApplyAsVolunteerInput, @Ctx() ctx: Context) {
    return payload(await new VolunteerService(ctx).apply(input));
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => VolunteerPayload, { complexity: MUTATION_COST.WRITE, description: 'Approves an APPLIED volunteer (VOLUNTEER_NOT_APPROVABLE otherwise). Admins of the home community and above.' })
  async approveVolunteer(@Arg('input', () => VolunteerIdInput, { description: 'Which volunteer.' }) input: VolunteerIdInput, @Ctx() ctx: Context) {
    return payload(await new VolunteerService(ctx).approve(input));
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => VolunteerPayload, { complexity: MUTATION_COST.WRITE, description: 'Rejects an APPLIED volunteer, with a reason (VOLUNTEER_NOT_REJECTABLE otherwise). Admins of the home community and above.' })
  async rejectVolunteer(@Arg('input', () => VolunteerReasonInput, { description: 'Which volunteer, and why.' }) input: VolunteerReasonInput, @Ctx() ctx: Context) {
    return payload(await new VolunteerService(ctx).reject(input));
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => VolunteerPayload, {
    complexity: MUTATION_COST.WRITE,
    description: 'Suspends an APPROVED volunteer, with a reason (VOLUNTEER_NOT_SUSPENDABLE otherwise); their token loses a volunteer\'s rights at once. Admins of the home community and above.',
  })
  async suspendVolunteer(@Arg('input', () => VolunteerReasonInput, { description: 'Which volunteer, and why.' }) input: VolunteerReasonInput, @Ctx() ctx: Context) {
    return payload(await new VolunteerService(ctx).suspend(input));
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => VolunteerPayload, { complexity: MUTATION_COST.WRITE, description: 'Reinstates a SUSPENDED volunteer (VOLUNTEER_NOT_REINSTATABLE otherwise). Admins of the home community and above.' })
  async reinstateVolunteer(@Arg('input', () => VolunteerIdInput, { description: 'Which volunteer.' }) input: VolunteerIdInput, @Ctx() ctx: Context) {
    return payload(await new VolunteerService(ctx).reinstate(input));
  }

  @Authorized([Role.VOLUNTEER])
  @Mutation(() => VolunteerPayload, {
    complexity: MUTATION_COST.WRITE,
    description: 'Leaves volunteering, by the volunteer themself: their record becomes LEFT and they leave their teams. VOLUNTEER_NOT_REGISTERED, VOLUNTEER_NOT_SERVING.',
  })
  async leaveVolunteering(@Arg('input', () => LeaveVolunteeringInput, { description: 'Why, if they want to say.' }) input: LeaveVolunteeringInput, @Ctx() ctx: Context) {
    return payload(await new VolunteerService(ctx).leave(input));
  }

  @Authorized([...MAY.ADMINS, Role.VOLUNTEER])
  @Mutation(() => VolunteerPayload, {
    complexity: MUTATION_COST.WRITE,
    description:
      'Changes a volunteer\'s details: the volunteer themself, or admins of the home community and above. VERSION_CONFLICT, VOLUNTEER_NOT_EDITABLE (REJECTED, LEFT; a suspended person moving away), VOLUNTEER_PHONE_TAKEN, VOLUNTEER_HOME_NOT_COMMUNITY, VOLUNTEER_GRID_OUTSIDE_HOME, AREA_RETIRED.',
  })
  async updateVolunteer(@Arg('input', () => UpdateVolunteerInput, { description: 'The volunteer and the changes.' }) input: UpdateVolunteerInput, @Ctx() ctx: Context) {
    return payload(await new VolunteerService(ctx).update(input));
  }

  @Authorized(MAY.UNITS)
  @Mutation(() => ReportUnitMembersPayload, {
    complexity: MUTATION_COST.BATCH,
    description:
      'A whole-unit report (整建制报到): the unit\'s admin registers its members with one community; each becomes an APPLIED record without an account, with a one-time claim code returned only here. All or nothing: VOLUNTEER_PHONE_TAKEN, VOLUNTEER_HOME_NOT_COMMUNITY, VOLUNTEER_GRID_OUTSIDE_HOME, AREA_RETIRED.',
  })
  async reportUnitMembers(@Arg('input', () => ReportUnitMembersInput, { description: 'The unit, the community and the members.' }) input: ReportUnitMembersInput, @Ctx() ctx: Context): Promise<ReportUnitMembersPayload> {
    const outcome = await new VolunteerReportService(ctx).report(input);
    return outcome.ok ? { members: outcome.value, userErrors: [] } : { members: [], userErrors: outcome.errors };
  }

  @Authorized(MAY.UNITS)
  @Mutation(() => ReportedMemberPayload, {
    complexity: MUTATION_COST.WRITE,
    description: 'A new one-time claim code for a reported member who has not claimed their record (the old code stops working), by the admin of the unit that reported them. VOLUNTEER_ALREADY_CLAIMED.',
  })
  async reissueVolunteerClaimCode(@Arg('input', () => VolunteerIdInput, { description: 'Which reported member.' }) input: VolunteerIdInput, @Ctx() ctx: Context): Promise<ReportedMemberPayload> {
    const outcome = await new VolunteerReportService(ctx).reissue(input.id);
    return outcome.ok ? { member: outcome.value, userErrors: [] } : { member: null, userErrors: outcome.errors };
  }

  @Authorized([Role.VOLUNTEER])
  @Mutation(() => VolunteerPayload, {
    complexity: MUTATION_COST.WRITE,
    description:
      'Binds a record a unit reported to the caller\'s VOLUNTEER account, with the one-time code the unit handed over (once). VOLUNTEER_ALREADY_REGISTERED, VOLUNTEER_CLAIM_CODE_INVALID, VOLUNTEER_CLAIM_CODE_EXPIRED.',
  })
  async claimVolunteerRecord(@Arg('input', () => ClaimVolunteerRecordInput, { description: 'The code.' }) input: ClaimVolunteerRecordInput, @Ctx() ctx: Context) {
    return payload(await new VolunteerReportService(ctx).claim(input));
  }
}

/** `Organization.reportedMembers`: a unit's own members, for its admin. */
@Resolver(() => Organization)
export class OrganizationMembersResolver {
  @FieldResolver(() => VolunteerConnection, {
    description:
      'Volunteers this unit employs or reported (整建制报到), in id order — for the unit\'s admin (and staff of their home communities); everyone else gets an empty list and reads `Area.volunteerStatistics`.',
  })
  reportedMembers(@Root() org: Organization, @Args() args: ReportedMembersArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const search = { ...volunteerSearch({ status: args.status }), employerRowId: null };
    return listVolunteers(ctx, pathIn([...selectionOf(info).values()][0], 'edges', 'node'), search, args, (p) => {
      const unit = p.add(org.rowId);
      return [`(v.employer_id = ${unit}::bigint or v.reported_by_id = ${unit}::bigint)`];
    });
  }
}
