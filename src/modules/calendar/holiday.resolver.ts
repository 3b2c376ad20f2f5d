import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { MAY } from '../../shared/guards.js';
import type { Context } from '../../context.js';
import { UserError } from '../../shared/errors.js';
import { MUTATION_COST } from '../../shared/query-limits.js';
import { listHolidays, HolidayService } from './holiday.service.js';
import { Holiday, SetHolidaysInput } from './holiday.type.js';

@ObjectType({ simpleResolvers: true, description: 'Result of setHolidays.' })
export class SetHolidaysPayload {
  @Field(() => [Holiday], { nullable: true, description: 'The year\'s calendar as stored; null when userErrors is not empty.' })
  holidays!: Holiday[] | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

@Resolver()
export class HolidayResolver {
  @Query(() => [Holiday], { description: 'Holidays and make-up workdays between two local dates, inclusive.' })
  holidays(
    @Arg('from', { description: 'First date, YYYY-MM-DD.' }) from: string,
    @Arg('to', { description: 'Last date, YYYY-MM-DD.' }) to: string,
    @Ctx() ctx: Context,
  ): Promise<Holiday[]> {
    return listHolidays(ctx.app.db.pool, from, to);
  }

  @Authorized(MAY.DISTRICT)
  @Mutation(() => SetHolidaysPayload, { complexity: MUTATION_COST.BATCH, description: 'Replaces one year\'s holiday calendar. District admins only.' })
  async setHolidays(
    @Arg('input', () => SetHolidaysInput, { description: 'The year and its dates.' }) input: SetHolidaysInput,
    @Ctx() ctx: Context,
  ): Promise<SetHolidaysPayload> {
    const outcome = await new HolidayService(ctx).set(input);
    return outcome.ok ? { holidays: outcome.value, userErrors: [] } : { holidays: null, userErrors: outcome.errors };
  }
}
