import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Resource } from '../resources/index.js';
import { SharingAgreement } from './agreement.type.js';

@Resolver(() => Resource)
export class ResourceAgreementsResolver {
  @FieldResolver(() => [SharingAgreement], { description: 'The sharing agreements you may see that share this resource, in id order.' })
  agreements(@Root() r: Resource, @Ctx() ctx: Context): Promise<SharingAgreement[]> {
    return ctx.loaders.agreementsByResourceId.load(r.rowId);
  }
}
