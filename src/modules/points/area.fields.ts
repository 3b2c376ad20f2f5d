import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { badInput } from '../../shared/errors.js';
import { periodOrMonth, PeriodInput } from '../../shared/period.js';
import { todayOf } from '../../shared/today.js';
import { Area, AreaKind } from '../areas/index.js';
import { rankingScope } from './points.reads.js';
import { PointsRule, VolunteerRank } from './points.type.js';

const RANKING_DEFAULT = 10;
const RANKING_MAX = 100;

@Resolver(() => Area)
export class AreaPointsResolver {
  @FieldResolver(() => PointsRule, {
    nullable: true,
    description: "A community's points rate: its own, or the district's default (POINTS_PER_HOUR) when it set none. Null for other kinds of area. Public.",
  })
  pointsRule(@Root() area: Area, @Ctx() ctx: Context) {
    return area.kind === AreaKind.COMMUNITY ? ctx.loaders.pointsRuleByAreaId.load(area.rowId) : null;
  }

  @FieldResolver(() => [VolunteerRank], {
    description:
      "Volunteers ranked by the points they earned in a period (积分排行): those whose home community is this area or below it (a grid: those who said they live in it or below it) with a ledger line written in the period. Most points first, ties by the volunteer's id. Public, names masked as 王某某 except for staff of the volunteer's home community and above.",
  })
  volunteerRanking(
    @Root() area: Area,
    @Arg('period', () => PeriodInput, { nullable: true, description: "Which days: local dates in the district's time zone, both inclusive. Omitted: the current month, from its 1st through today." })
    period: PeriodInput | null | undefined,
    @Arg('first', () => Int, { defaultValue: RANKING_DEFAULT, description: `How many places, at most (1 to ${RANKING_MAX}).` }) first: number,
    @Ctx() ctx: Context,
  ): Promise<VolunteerRank[]> {
    if (!Number.isInteger(first) || first < 1 || first > RANKING_MAX) throw badInput('first', `"first" must be between 1 and ${RANKING_MAX}.`);
    return ctx.loaders.volunteerRanking.load({ scope: rankingScope(area), period: periodOrMonth(period, 'period', todayOf(ctx)), first });
  }
}
