import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, ID, InputType, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { pathIn, selectionOf } from '../../read/selection.js';
import { badInput } from '../../shared/errors.js';
import { idOf } from '../../shared/input.js';
import { PageArgsType } from '../../shared/page-args.js';
import { CaseCategory, CaseLevel, CaseStatus } from './case.enums.js';
import { readCases, type CaseSearch } from './case.search.js';
import { Case, CaseConnection } from './case.type.js';

// `cases(filter, first, after)`: the root list of cases

const MAX_TEXT = 50;

@InputType({ description: 'Which cases to read; all given conditions must hold. You only ever see the cases you may see.' })
export class CaseFilter {
  @Field(() => ID, { nullable: true, description: 'Cases in this area or anywhere below it.' })
  areaId?: string | null;

  @Field(() => [CaseStatus], { nullable: true, description: 'In any of these statuses.' })
  statuses?: CaseStatus[] | null;

  @Field(() => [CaseCategory], { nullable: true, description: 'Of any of these categories.' })
  categories?: CaseCategory[] | null;

  @Field(() => [CaseLevel], { nullable: true, description: 'Handled at any of these levels.' })
  levels?: CaseLevel[] | null;

  @Field(() => ID, { nullable: true, description: 'Cases that summoned this organisation (a department or unit), a released summons included.' })
  organizationId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: only the cases overdue now (ACCEPTED or WHISTLED past their completion deadline, by the clock); false: only those that are not.',
  })
  overdue?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words (1 to 50 characters in all), each found in the title or the description, e.g. 飞线充电 or 楼道 堆物; any script, matched as written (Latin letters without case).',
  })
  text?: string | null;
}

const distinct = <T>(values: T[] | null | undefined): T[] | null => (values?.length ? [...new Set(values)].sort() : null);

export function caseSearch(filter: CaseFilter | null | undefined): CaseSearch {
  const f = filter ?? {};
  let terms: string[] | null = null;
  if (f.text != null) {
    const text = f.text.trim();
    if (text.length === 0 || text.length > MAX_TEXT) throw badInput('filter.text', `"text" must have 1 to ${MAX_TEXT} characters.`);
    terms = [...new Set(text.toLowerCase().split(/\s+/))];
  }
  return {
    areaRowId: f.areaId ? idOf(f.areaId, ['Area'], 'filter.areaId') : null,
    statuses: distinct(f.statuses),
    categories: distinct(f.categories),
    levels: distinct(f.levels),
    organizationRowId: f.organizationId ? idOf(f.organizationId, ['Organization'], 'filter.organizationId') : null,
    overdue: f.overdue ?? null,
    terms,
  };
}

@Resolver(() => Case)
export class CaseSearchResolver {
  @Query(() => CaseConnection, {
    description:
      'The cases you may see (staff: those of your area and below; a unit or department admin: those it was summoned to; a reporter: its own), in id order (oldest first). Anonymous callers get none.',
  })
  cases(
    @Arg('filter', () => CaseFilter, { nullable: true, description: 'Which cases; all conditions must hold.' }) filter: CaseFilter | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readCases(ctx, pathIn([...selectionOf(info).values()][0], 'edges', 'node'), caseSearch(filter), page);
  }
}
