import { Ctx, Field, FieldResolver, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { DateTimeScalar } from '../../shared/scalars.js';
import type { Context } from '../../context.js';
import { ADMIN_AREA_ROLES, AREA_ROLES, Role, type Viewer } from '../../shared/viewer.js';
import { Area, districtArea } from '../areas/index.js';
import { Organization } from '../organizations/index.js';

export enum Capability {
  REGISTER_ORGANIZATIONS = 'REGISTER_ORGANIZATIONS',
  MANAGE_RESOURCES = 'MANAGE_RESOURCES',
  REPORT_AVAILABILITY = 'REPORT_AVAILABILITY',
  SET_HOLIDAYS = 'SET_HOLIDAYS',
  READ_SCOPED_EVENTS = 'READ_SCOPED_EVENTS',
}
registerEnumType(Capability, {
  name: 'Capability',
  description: 'Something the viewer may do, within its scope.',
  valuesConfig: {
    REGISTER_ORGANIZATIONS: { description: 'Register and change resident units in its area.' },
    MANAGE_RESOURCES: { description: 'Create, change, publish, pause and withdraw resources in its scope.' },
    REPORT_AVAILABILITY: { description: 'Report live free counts of resources in its scope.' },
    SET_HOLIDAYS: { description: 'Set the district\'s holiday calendar.' },
    READ_SCOPED_EVENTS: { description: 'Read non-public events of its scope.' },
  },
});

export function capabilitiesOf(viewer: Viewer): Capability[] {
  const role = viewer.role;
  if (role === null || role === Role.VOLUNTEER) return [];
  const caps: Capability[] = [];
  if (ADMIN_AREA_ROLES.includes(role)) caps.push(Capability.REGISTER_ORGANIZATIONS);
  if (ADMIN_AREA_ROLES.includes(role) || role === Role.UNIT_ADMIN) caps.push(Capability.MANAGE_RESOURCES);
  if (AREA_ROLES.includes(role) || role === Role.UNIT_ADMIN) caps.push(Capability.REPORT_AVAILABILITY, Capability.READ_SCOPED_EVENTS);
  if (role === Role.DISTRICT_ADMIN) caps.push(Capability.SET_HOLIDAYS);
  return caps;
}

@ObjectType('Viewer', { simpleResolvers: true, description: 'Who the token says the caller is, and what it may do.' })
export class ViewerType {
  raw!: Viewer;

  @Field({ description: 'True when no token was sent.' })
  isAnonymous!: boolean;

  @Field(() => String, { nullable: true, description: 'The account id (the token\'s `sub`).' })
  accountId!: string | null;

  @Field(() => Role, { nullable: true, description: 'The role; null for anonymous callers.' })
  role!: Role | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the token expires.' })
  expiresAt!: Date | null;

  @Field(() => [Capability], { description: 'What the caller may do, within its scope.' })
  capabilities!: Capability[];
}

@Resolver(() => ViewerType)
export class ViewerResolver {
  @Query(() => ViewerType, { description: 'The caller, as the bearer token says; anonymous without one.' })
  viewer(@Ctx() ctx: Context): ViewerType {
    const v = ctx.viewer;
    return {
      raw: v,
      isAnonymous: v.role === null,
      accountId: v.accountId,
      role: v.role,
      expiresAt: v.expiresAt,
      capabilities: capabilitiesOf(v),
    };
  }

  @FieldResolver(() => Area, { nullable: true, description: 'The area the caller is scoped to (the district for district admins).' })
  async area(@Root() viewer: ViewerType, @Ctx() ctx: Context): Promise<Area | null> {
    if (viewer.raw.areaId) return ctx.loaders.areaById.load(viewer.raw.areaId);
    if (viewer.raw.role === Role.DISTRICT_ADMIN) {
      return districtArea(ctx.app.db.pool);
    }
    return null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The resident unit a UNIT_ADMIN acts for.' })
  organization(@Root() viewer: ViewerType, @Ctx() ctx: Context) {
    return viewer.raw.organizationId ? ctx.loaders.organizationById.load(viewer.raw.organizationId) : null;
  }
}
