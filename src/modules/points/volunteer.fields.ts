import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Volunteer } from '../volunteers/index.js';

@Resolver(() => Volunteer)
export class VolunteerPointsResolver {
  @FieldResolver(() => Int, { description: 'Their points balance (积分): the sum of every line of their ledger (`pointsLedger`).' })
  points(@Root() v: Volunteer, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.pointsByVolunteerId.load(v.rowId);
  }
}
