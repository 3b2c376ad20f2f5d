import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { badInput } from '../../shared/errors.js';
import { Area } from '../areas/index.js';
import { Organization } from '../organizations/index.js';
import { VolunteerStatus } from './volunteer.enums.js';
import { statisticsScope, type StatisticsScope } from './volunteer.statistics.js';

const EMPLOYERS_DEFAULT = 20;
const EMPLOYERS_MAX = 500;

@ObjectType({ simpleResolvers: true, description: "How many volunteers' records of an area are in one status." })
export class VolunteerStatusCount {
  @Field(() => VolunteerStatus, { description: 'The status.' })
  status!: VolunteerStatus;

  @Field(() => Int, { description: 'How many records are in it.' })
  count!: number;
}

@ObjectType({ description: "One employer unit's APPROVED members registered in an area (and below it)." })
export class EmployerVolunteerCount {
  @Field(() => Organization, { description: 'The unit its members work for.' })
  organization!: Organization;

  @Field(() => Int, { description: 'Its APPROVED members whose home community is in the area.' })
  members!: number;

  @Field(() => Int, { description: 'Of those, the party members (在职党员).' })
  partyMembers!: number;
}

@ObjectType({
  description:
    "Public counts of the members and volunteers registered with an area's communities (报到): numbers only, never a name or a phone. " +
    'An area counts the records whose home community is the area or below it; a grid counts those whose grid is it or below it.',
})
export class VolunteerStatistics {
  /** internal: whose records, for byEmployer */
  scope!: StatisticsScope;

  @Field(() => Int, { description: 'Every record, whatever its status.' })
  total!: number;

  @Field(() => [VolunteerStatusCount], { description: 'Records per status: every status, in the enum order, zeros included.' })
  byStatus!: VolunteerStatusCount[];

  @Field(() => Int, { description: 'APPROVED records: the people serving.' })
  approved!: number;

  @Field(() => Int, { description: 'APPROVED records of party members.' })
  partyMembers!: number;

  @Field(() => Int, { description: 'APPROVED records of people in service (在职).' })
  inService!: number;

  @Field(() => Int, { description: 'APPROVED records of people not in service (retired).' })
  retired!: number;

  @Field(() => Int, { description: "APPROVED records that came from a unit's whole-unit report (整建制报到)." })
  reportedByUnits!: number;

  @Field(() => Int, { description: 'ACTIVE volunteer teams (志愿服务队) of the area and below it.' })
  teams!: number;

  @Field(() => Int, { description: 'Distinct employer units with at least one APPROVED member here.' })
  unitsReported!: number;
}

@Resolver(() => Area)
export class AreaVolunteerStatisticsResolver {
  @FieldResolver(() => VolunteerStatistics, {
    description: 'Counts of the members and volunteers registered in this area and below it, by status, party membership, service and employer unit. Public.',
  })
  async volunteerStatistics(@Root() area: Area, @Ctx() ctx: Context): Promise<VolunteerStatistics> {
    const scope = statisticsScope(area);
    return Object.assign(new VolunteerStatistics(), { scope }, await ctx.loaders.volunteerCountsByPath.load(scope));
  }
}

@Resolver(() => VolunteerStatistics)
export class VolunteerStatisticsResolver {
  @FieldResolver(() => [EmployerVolunteerCount], {
    description: 'Employer units by their APPROVED members here, most first, ties by unit id.',
  })
  byEmployer(
    @Root() statistics: VolunteerStatistics,
    @Arg('first', () => Int, { defaultValue: EMPLOYERS_DEFAULT, description: `How many units, at most (1 to ${EMPLOYERS_MAX}).` }) first: number,
    @Ctx() ctx: Context,
  ): Promise<EmployerVolunteerCount[]> {
    if (!Number.isInteger(first) || first < 1 || first > EMPLOYERS_MAX) throw badInput('first', `"first" must be between 1 and ${EMPLOYERS_MAX}.`);
    return ctx.loaders.volunteerEmployersByPath.load({ scope: statistics.scope, first });
  }
}
