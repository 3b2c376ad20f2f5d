import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Role } from '../../shared/viewer.js';
import { ViewerType } from '../viewer/index.js';
import { Volunteer } from './volunteer.type.js';

@Resolver(() => ViewerType)
export class ViewerVolunteerResolver {
  @FieldResolver(() => Volunteer, {
    nullable: true,
    description: 'A VOLUNTEER\'s own record (whatever its status), which decides what the token may do; null without one (apply, or claim a unit\'s report) and for other roles.',
  })
  volunteer(@Root() viewer: ViewerType, @Ctx() ctx: Context): Promise<Volunteer | null> | null {
    const v = viewer.raw;
    return v.role === Role.VOLUNTEER && v.accountId !== null ? ctx.loaders.volunteerByAccount.load(v.accountId) : null;
  }
}
