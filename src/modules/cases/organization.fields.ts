import { Arg, Args, Ctx, Field, FieldResolver, InputType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgsType } from '../../shared/page-args.js';
import { Organization } from '../organizations/index.js';
import { CaseStatus, SummonsStatus } from './case.enums.js';
import { readInbox } from './case.search.js';
import { CaseSummonsConnection } from './case.type.js';

// `Organization.summonses`: a department's or unit's inbox (收件箱) of the cases that summoned it

@InputType({ description: "Which summonses of an organisation's inbox; all given conditions must hold." })
export class SummonsFilter {
  @Field(() => [SummonsStatus], { nullable: true, description: 'In any of these statuses (SUMMONED: still to report in or decline).' })
  statuses?: SummonsStatus[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: only those overdue now (SUMMONED past the report-in deadline while the case is open, by the clock); false: only those that are not.',
  })
  overdue?: boolean | null;

  @Field(() => [CaseStatus], { nullable: true, description: 'Whose case is in any of these statuses.' })
  caseStatuses?: CaseStatus[] | null;
}

const distinct = <T>(values: T[] | null | undefined): T[] | null => (values?.length ? [...new Set(values)].sort() : null);

@Resolver(() => Organization)
export class OrganizationSummonsesResolver {
  @FieldResolver(() => CaseSummonsConnection, {
    description:
      "The organisation's inbox (收件箱): the summonses of cases to it, oldest first. Its own unit admin sees all of them; staff of an area see those of the cases of their area and below; anyone else gets an empty page (the organisation is public, what it was summoned to is not).",
  })
  summonses(
    @Root() org: Organization,
    @Arg('filter', () => SummonsFilter, { nullable: true, description: 'Which summonses; all conditions must hold.' }) filter: SummonsFilter | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: Context,
  ) {
    const f = filter ?? {};
    return readInbox(ctx, org.rowId, { statuses: distinct(f.statuses), caseStatuses: distinct(f.caseStatuses), overdue: f.overdue ?? null }, page);
  }
}
