import { Arg, Authorized, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MAY } from '../../shared/guards.js';
import type { Context } from '../../context.js';
import { idOf } from '../../shared/input.js';
import { PageArgsType } from '../../shared/page-args.js';
import { MUTATION_COST } from '../../shared/query-limits.js';
import { actsForOrganization, staffOfArea, type Viewer } from '../../shared/viewer.js';
import { Area } from '../areas/index.js';
import { RegisterOrganizationInput, UpdateOrganizationInput } from './organization.inputs.js';
import { RegisterOrganizationPayload, UpdateOrganizationPayload } from './organization.payloads.js';
import { listOrganizations } from './organization.reads.js';
import { OrganizationService } from './organization.service.js';
import { Organization, OrganizationConnection } from './organization.type.js';
import { OrganizationKind } from './organization.enums.js';

/** A unit's contacts are for those who work with it: staff of its area (or above) and its own admin (README, "Who may do what"). */
const seesContacts = (viewer: Viewer, org: Organization) => staffOfArea(viewer, org.areaPath) || actsForOrganization(viewer, org.rowId);

@ArgsType()
class OrganizationsArgs extends PageArgsType {
  @Field(() => ID, { nullable: true, description: 'Only organisations stationed at or below this area.' })
  below?: string | null;

  @Field(() => [OrganizationKind], {
    nullable: true,
    description: 'Only organisations of these kinds (any of them); all kinds when omitted. The resident units (the published figures) are every kind but DEPARTMENT; `[DEPARTMENT]` lists the departments.',
  })
  kinds?: OrganizationKind[] | null;
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: 'One resident unit by id; null when there is none.' })
  organization(@Arg('id', () => ID, { description: 'Global id of the organization.' }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.organizationById.load(idOf(id, ['Organization'], 'id'));
  }

  @Query(() => OrganizationConnection, { description: 'Organisations — resident units and departments (职能部门) — in id order; `kinds` picks some.' })
  async organizations(@Args() args: OrganizationsArgs, @Ctx() ctx: Context) {
    let belowPath: string | null = null;
    if (args.below) belowPath = (await ctx.loaders.areaById.load(idOf(args.below, ['Area'], 'below')))?.path ?? '/nowhere/';
    return listOrganizations(ctx.app.db.pool, { belowPath, kinds: args.kinds ?? null }, args);
  }

  @FieldResolver(() => Area, { description: 'The area the unit is stationed in.' })
  area(@Root() org: Organization & { area?: Area }, @Ctx() ctx: Context): Area | Promise<Area | null> {
    return org.area ?? ctx.loaders.areaById.load(org.areaRowId);
  }

  // every path to a unit (queries, node, nested in resources, payloads, events) resolves its contacts here
  @FieldResolver(() => String, { nullable: true, description: 'Contact person; shown only to staff of the unit\'s area (or above) and the unit\'s own admin, null for everyone else.' })
  contactName(@Root() org: Organization, @Ctx() ctx: Context): string | null {
    return seesContacts(ctx.viewer, org) ? org.contactName : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Contact phone; shown only to staff of the unit\'s area (or above) and the unit\'s own admin, null for everyone else.' })
  contactPhone(@Root() org: Organization, @Ctx() ctx: Context): string | null {
    return seesContacts(ctx.viewer, org) ? org.contactPhone : null;
  }

  @Authorized(MAY.ADMINS)
  @Mutation(() => RegisterOrganizationPayload, {
    complexity: MUTATION_COST.WRITE,
    description: 'Registers an organisation in an area: a resident unit, or a department (职能部门) at the district or a street (ORGANIZATION_DEPARTMENT_AREA elsewhere). District, street or community admins of that area.',
  })
  async registerOrganization(
    @Arg('input', () => RegisterOrganizationInput, { description: 'The unit.' }) input: RegisterOrganizationInput,
    @Ctx() ctx: Context,
  ): Promise<RegisterOrganizationPayload> {
    const outcome = await new OrganizationService(ctx).register(input);
    return outcome.ok ? { organization: outcome.value, userErrors: [] } : { organization: null, userErrors: outcome.errors };
  }

  @Authorized(MAY.ADMINS_AND_UNITS)
  @Mutation(() => UpdateOrganizationPayload, {
    complexity: MUTATION_COST.WRITE,
    description: 'Changes a resident unit. Its own UNIT_ADMIN, or admins of its area.',
  })
  async updateOrganization(
    @Arg('input', () => UpdateOrganizationInput, { description: 'The changes.' }) input: UpdateOrganizationInput,
    @Ctx() ctx: Context,
  ): Promise<UpdateOrganizationPayload> {
    const outcome = await new OrganizationService(ctx).update(input);
    return outcome.ok ? { organization: outcome.value, userErrors: [] } : { organization: null, userErrors: outcome.errors };
  }
}
