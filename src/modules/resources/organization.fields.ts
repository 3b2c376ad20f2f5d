import { Args, ArgsType, Ctx, Field, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgsType } from '../../shared/page-args.js';
import { Organization } from '../organizations/index.js';
import { ResourceStatus } from './resource.enums.js';
import { listResourcesOfOrganization } from './resource.reads.js';
import { ResourceConnection } from './resource.type.js';

@ArgsType()
class OrganizationResourcesArgs extends PageArgsType {
  @Field(() => [ResourceStatus], { nullable: true, description: 'Only these statuses (non-public ones only within your scope).' })
  statuses?: ResourceStatus[] | null;
}

@Resolver(() => Organization)
export class OrganizationResourcesResolver {
  @FieldResolver(() => ResourceConnection, { description: 'The unit\'s resources that you may see, in id order.' })
  resources(@Root() org: Organization, @Args() args: OrganizationResourcesArgs, @Ctx() ctx: Context) {
    return listResourcesOfOrganization(ctx.app.db.pool, ctx.viewer, org.rowId, args.statuses ?? null, args);
  }
}
