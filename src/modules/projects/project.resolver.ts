import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MAY } from '../../shared/guards.js';
import type { Context } from '../../context.js';
import { listProjects, projectsByIds } from './project.search.js';
import type { Outcome } from '../../shared/errors.js';
import { idOf } from '../../shared/input.js';
import { PageArgsType } from '../../shared/page-args.js';
import { MUTATION_COST } from '../../shared/query-limits.js';
import { Area } from '../areas/index.js';
import { Demand } from '../demands/index.js';
import { Organization } from '../organizations/index.js';
import { Resource } from '../resources/index.js';
import { ProjectStatus } from './project.enums.js';
import {
  AddProjectMilestoneInput,
  AddProjectNoteInput,
  AdvanceProjectInput,
  ApproveProjectInput,
  CancelProjectInput,
  CompleteProjectMilestoneInput,
  LinkDemandsToProjectInput,
  LinkResourcesToProjectInput,
  ProposeProjectInput,
} from './project.inputs.js';
import { ProjectPayload } from './project.payloads.js';
import { ProjectPartsService } from './project-parts.service.js';
import { ProjectService } from './project.service.js';
import { Project, ProjectConnection, ProjectHistoryEntry, ProjectMilestone, ProjectNote } from './project.type.js';

@InputType({ description: 'Which projects; all given conditions must hold.' })
class ProjectFilter {
  @Field(() => ID, { nullable: true, description: 'Only projects of this area and below it.' })
  areaId?: string | null;

  @Field(() => [ProjectStatus], { nullable: true, description: 'Only projects in these statuses.' })
  statuses?: ProjectStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only projects this unit leads or takes part in.' })
  organizationId?: string | null;
}

@ArgsType()
class ProjectsArgs extends PageArgsType {
  @Field(() => ProjectFilter, { nullable: true, description: 'Which projects.' })
  filter?: ProjectFilter | null;
}

const payload = (outcome: Outcome<Project>): ProjectPayload =>
  outcome.ok ? { project: outcome.value, userErrors: [] } : { project: null, userErrors: outcome.errors };

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => Project, { nullable: true, description: 'One service project by id; null when there is none or you may not see it.' })
  async project(@Arg('id', () => ID, { description: 'Global id of the project.' }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const [project] = await projectsByIds(ctx, info, [idOf(id, ['Project'], 'id')]);
    return project;
  }

  @Query(() => ProjectConnection, {
    description: 'Service projects (项目清单) in id order: approved ones for anyone, PROPOSED ones for staff of their area and their unit.',
  })
  projects(@Args() args: ProjectsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const f = args.filter ?? {};
    return listProjects(
      ctx,
      info,
      {
        areaId: f.areaId ? idOf(f.areaId, ['Area'], 'filter.areaId') : null,
        statuses: f.statuses?.length ? [...new Set(f.statuses)].sort() : null,
        organizationId: f.organizationId ? idOf(f.organizationId, ['Organization'], 'filter.organizationId') : null,
      },
      args,
    );
  }

  @FieldResolver(() => Area, { description: 'The area the project serves.' })
  area(@Root() p: Project & { area?: Area }, @Ctx() ctx: Context): Area | Promise<Area | null> {
    return p.area ?? ctx.loaders.areaById.load(p.areaRowId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The unit that leads the project, if any.' })
  organization(@Root() p: Project & { organization?: Organization | null }, @Ctx() ctx: Context) {
    if (p.organization !== undefined) return p.organization;
    return p.ownerOrganizationRowId === null ? null : ctx.loaders.organizationById.load(p.ownerOrganizationRowId);
  }

  @FieldResolver(() => [Organization], { description: 'The units taking part: the leading unit and the units of the linked resources, in id order.' })
  organizations(@Root() p: Project, @Ctx() ctx: Context): Promise<Organization[]> {
    return ctx.loaders.organizationsByProjectId.load(p.rowId);
  }

  @FieldResolver(() => [Resource], { description: 'The linked resources that you may see, in id order.' })
  resources(@Root() p: Project, @Ctx() ctx: Context): Promise<Resource[]> {
    return ctx.loaders.resourcesByProjectId.load(p.rowId);
  }

  @FieldResolver(() => [Demand], {
    description:
      'The linked demands whose details you may see (staff of the demand\'s area, the unit that took it), in id order; others get an empty list and `demandCount`.',
  })
  demands(@Root() p: Project, @Ctx() ctx: Context): Promise<Demand[]> {
    return ctx.loaders.demandsByProjectId.load(p.rowId);
  }

  @FieldResolver(() => Int, { description: 'How many demands are linked, including those whose details you may not see.' })
  demandCount(@Root() p: Project, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.demandCountByProjectId.load(p.rowId);
  }

  @FieldResolver(() => [ProjectMilestone], { description: 'The milestones, by due date.' })
  milestones(@Root() p: Project, @Ctx() ctx: Context): Promise<ProjectMilestone[]> {
    return ctx.loaders.milestonesByProjectId.load(p.rowId);
  }

  @FieldResolver(() => [ProjectNote], { description: 'The progress notes, oldest first.' })
  notes(@Root() p: Project, @Ctx() ctx: Context): Promise<ProjectNote[]> {
    return ctx.loaders.notesByProjectId.load(p.rowId);
  }

  @FieldResolver(() => [ProjectHistoryEntry], { description: 'Every change of the project, oldest first: what, from and to which status, who, when, why.' })
  history(@Root() p: Project, @Ctx() ctx: Context): Promise<ProjectHistoryEntry[]> {
    return ctx.loaders.historyByProjectId.load(p.rowId);
  }

  @Authorized(MAY.STAFF_AND_UNITS)
  @Mutation(() => ProjectPayload, {
    complexity: MUTATION_COST.WRITE,
    description: 'Proposes a service project (PROPOSED). Staff of its area (admins, grid workers), or a UNIT_ADMIN for its own unit in the unit\'s area.',
  })
  async proposeProject(@Arg('input', () => ProposeProjectInput, { description: 'The project.' }) input: ProposeProjectInput, @Ctx() ctx: Context) {
    return payload(await new ProjectService(ctx).propose(input));
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => ProjectPayload, { complexity: MUTATION_COST.WRITE, description: 'Approves a PROPOSED project; it becomes public. District, street or community admins of its area.' })
  async approveProject(@Arg('input', () => ApproveProjectInput, { description: 'Which project.' }) input: ApproveProjectInput, @Ctx() ctx: Context) {
    return payload(await new ProjectService(ctx).approve(input));
  }

  @Authorized(MAY.STAFF_AND_UNITS)
  @Mutation(() => ProjectPayload, { complexity: MUTATION_COST.BATCH, description: 'Links demands of the project\'s area to it. Staff of its area, or its leading unit\'s admin.' })
  async linkDemandsToProject(
    @Arg('input', () => LinkDemandsToProjectInput, { description: 'The project and demands.' }) input: LinkDemandsToProjectInput,
    @Ctx() ctx: Context,
  ) {
    return payload(await new ProjectPartsService(ctx).linkDemands(input));
  }

  @Authorized(MAY.STAFF_AND_UNITS)
  @Mutation(() => ProjectPayload, { complexity: MUTATION_COST.BATCH, description: 'Links PUBLISHED resources to the project, and their units with them. Staff of its area, or its leading unit\'s admin.' })
  async linkResourcesToProject(
    @Arg('input', () => LinkResourcesToProjectInput, { description: 'The project and resources.' }) input: LinkResourcesToProjectInput,
    @Ctx() ctx: Context,
  ) {
    return payload(await new ProjectPartsService(ctx).linkResources(input));
  }

  @Authorized(MAY.STAFF_AND_UNITS)
  @Mutation(() => ProjectPayload, { complexity: MUTATION_COST.WRITE, description: 'Adds a milestone. Staff of the project\'s area, or its leading unit\'s admin.' })
  async addProjectMilestone(@Arg('input', () => AddProjectMilestoneInput, { description: 'The milestone.' }) input: AddProjectMilestoneInput, @Ctx() ctx: Context) {
    return payload(await new ProjectPartsService(ctx).addMilestone(input));
  }

  @Authorized(MAY.STAFF_AND_UNITS)
  @Mutation(() => ProjectPayload, { complexity: MUTATION_COST.WRITE, description: 'Marks a milestone completed. Staff of the project\'s area, or its leading unit\'s admin.' })
  async completeProjectMilestone(
    @Arg('input', () => CompleteProjectMilestoneInput, { description: 'Which milestone.' }) input: CompleteProjectMilestoneInput,
    @Ctx() ctx: Context,
  ) {
    return payload(await new ProjectPartsService(ctx).completeMilestone(input));
  }

  @Authorized(MAY.STAFF_AND_UNITS)
  @Mutation(() => ProjectPayload, { complexity: MUTATION_COST.WRITE, description: 'Adds a progress note. Staff of the project\'s area, or the admin of a unit taking part.' })
  async addProjectNote(@Arg('input', () => AddProjectNoteInput, { description: 'The note.' }) input: AddProjectNoteInput, @Ctx() ctx: Context) {
    return payload(await new ProjectPartsService(ctx).addNote(input));
  }

  @Authorized(MAY.STAFF_AND_UNITS)
  @Mutation(() => ProjectPayload, {
    complexity: MUTATION_COST.WRITE,
    description:
      'Moves a project one step: APPROVED → IN_PROGRESS → DONE (staff of its area or its leading unit\'s admin) → EVALUATED, with an evaluation (admins of its area).',
  })
  async advanceProject(@Arg('input', () => AdvanceProjectInput, { description: 'The project and the next status.' }) input: AdvanceProjectInput, @Ctx() ctx: Context) {
    return payload(await new ProjectService(ctx).advance(input));
  }

  @Authorized(MAY.ADMINS_AND_UNITS)
  @Mutation(() => ProjectPayload, {
    complexity: MUTATION_COST.WRITE,
    description: 'Cancels a project that is not DONE, EVALUATED or CANCELLED, with a reason. Admins of its area, or its leading unit\'s admin.',
  })
  async cancelProject(@Arg('input', () => CancelProjectInput, { description: 'The project and why.' }) input: CancelProjectInput, @Ctx() ctx: Context) {
    return payload(await new ProjectService(ctx).cancel(input));
  }
}
