import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import type { Outcome } from '../../shared/errors.js';
import { MAY } from '../../shared/guards.js';
import { idOf } from '../../shared/input.js';
import { PageArgsType } from '../../shared/page-args.js';
import { MUTATION_COST } from '../../shared/query-limits.js';
import { Area } from '../areas/index.js';
import { VolunteerTeamStatus } from './volunteer.enums.js';
import { CreateVolunteerTeamInput, DisbandVolunteerTeamInput, UpdateVolunteerTeamInput } from './volunteer.inputs.js';
import { VolunteerTeamPayload } from './volunteer.payloads.js';
import { listTeams, teamsByIds } from './volunteer.search.js';
import { VolunteerTeamService } from './team.service.js';
import { Volunteer, VolunteerTeam, VolunteerTeamConnection } from './volunteer.type.js';

@ArgsType()
class VolunteerTeamsArgs extends PageArgsType {
  @Field(() => ID, { nullable: true, description: 'Only teams of this area and below it.' })
  areaId?: string | null;

  @Field(() => [VolunteerTeamStatus], { nullable: true, description: 'Only teams in these statuses (default: all).' })
  status?: VolunteerTeamStatus[] | null;
}

const payload = (outcome: Outcome<VolunteerTeam>): VolunteerTeamPayload =>
  outcome.ok ? { team: outcome.value, userErrors: [] } : { team: null, userErrors: outcome.errors };

@Resolver(() => VolunteerTeam)
export class VolunteerTeamResolver {
  @Query(() => VolunteerTeam, { nullable: true, description: 'One volunteer team by id; null when there is none. Teams are public.' })
  async volunteerTeam(@Arg('id', () => ID, { description: 'Global id of the team.' }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const [team] = await teamsByIds(ctx, info, [idOf(id, ['VolunteerTeam'], 'id')]);
    return team;
  }

  @Query(() => VolunteerTeamConnection, { description: 'Volunteer teams (志愿服务队) in id order; public (members only to those who may see each).' })
  volunteerTeams(@Args() args: VolunteerTeamsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listTeams(
      ctx,
      info,
      {
        areaRowId: args.areaId ? idOf(args.areaId, ['Area'], 'areaId') : null,
        statuses: args.status?.length ? [...new Set(args.status)].sort() : null,
      },
      args,
    );
  }

  @FieldResolver(() => Area, { description: 'The street or community the team belongs to.' })
  area(@Root() t: VolunteerTeam & { area?: Area }, @Ctx() ctx: Context): Area | Promise<Area | null> {
    return t.area ?? ctx.loaders.areaById.load(t.areaRowId);
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: 'The leader, when you may see them (see Volunteer); null otherwise, and once the leader left.' })
  async leader(@Root() t: VolunteerTeam, @Ctx() ctx: Context): Promise<Volunteer | null> {
    return t.leaderRowId === null ? null : ctx.loaders.volunteerById.load(t.leaderRowId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The leader\'s name: whole when you may see them, masked as 王某某 otherwise; null when the team has no leader.' })
  leaderName(@Root() t: VolunteerTeam, @Ctx() ctx: Context): Promise<string | null> | null {
    return t.leaderRowId === null ? null : ctx.loaders.leaderNameByTeamId.load(t.rowId);
  }

  @FieldResolver(() => [Volunteer], { description: 'The members you may see (see Volunteer), in id order; `memberCount` counts them all.' })
  members(@Root() t: VolunteerTeam, @Ctx() ctx: Context): Promise<Volunteer[]> {
    return ctx.loaders.membersByTeamId.load(t.rowId);
  }

  @FieldResolver(() => Int, { description: 'How many members the team has, the leader included.' })
  memberCount(@Root() t: VolunteerTeam, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.memberCountByTeamId.load(t.rowId);
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => VolunteerTeamPayload, {
    complexity: MUTATION_COST.WRITE,
    description: 'Forms a volunteer team of a street or community with a leader and members. Admins of that area. TEAM_AREA_KIND, TEAM_NAME_TAKEN, TEAM_MEMBER_NOT_ELIGIBLE, AREA_RETIRED.',
  })
  async createVolunteerTeam(@Arg('input', () => CreateVolunteerTeamInput, { description: 'The team.' }) input: CreateVolunteerTeamInput, @Ctx() ctx: Context) {
    return payload(await new VolunteerTeamService(ctx).create(input));
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => VolunteerTeamPayload, {
    complexity: MUTATION_COST.WRITE,
    description: 'Changes a team\'s name, description, leader or members. Admins of its area. VERSION_CONFLICT, TEAM_DISBANDED, TEAM_NAME_TAKEN, TEAM_MEMBER_NOT_ELIGIBLE, TEAM_LEADER_REMOVED.',
  })
  async updateVolunteerTeam(@Arg('input', () => UpdateVolunteerTeamInput, { description: 'The team and the changes.' }) input: UpdateVolunteerTeamInput, @Ctx() ctx: Context) {
    return payload(await new VolunteerTeamService(ctx).update(input));
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => VolunteerTeamPayload, { complexity: MUTATION_COST.WRITE, description: 'Disbands an ACTIVE team, with a reason (TEAM_DISBANDED otherwise). Admins of its area.' })
  async disbandVolunteerTeam(@Arg('input', () => DisbandVolunteerTeamInput, { description: 'The team and why.' }) input: DisbandVolunteerTeamInput, @Ctx() ctx: Context) {
    return payload(await new VolunteerTeamService(ctx).disband(input));
  }
}
