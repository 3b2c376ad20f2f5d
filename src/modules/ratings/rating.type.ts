import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../shared/scalars.js';
import { RatingSource, RatingValue } from './rating.enums.js';

@ObjectType({
  simpleResolvers: true,
  description: "A rating of a closed case (满意度, 居民监督评议). Never who gave it: no account, no household.",
})
export class Rating {
  /** The case's row id (not shown). */
  caseRowId!: string;

  @Field(() => RatingValue, { description: 'How satisfied the rater is.' })
  value!: RatingValue;

  @Field(() => RatingSource, { description: 'SELF (a resident in the mini-program) or CALLBACK (recorded on a call-back visit).' })
  source!: RatingSource;

  @Field(() => String, { nullable: true, description: 'What the rater said, if anything.' })
  comment!: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was given.' })
  ratedAt!: Date;

  @Field({ description: "SELF: whether the case's reporter gave it; false for CALLBACK." })
  isReporter!: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'How many ratings of one source a case has, by value.' })
export class RatingCounts {
  @Field(() => Int, { description: 'Ratings in all.' })
  count!: number;

  @Field(() => Int, { description: 'SATISFIED ones.' })
  satisfied!: number;

  @Field(() => Int, { description: 'BASICALLY_SATISFIED ones.' })
  basicallySatisfied!: number;

  @Field(() => Int, { description: 'DISSATISFIED ones.' })
  dissatisfied!: number;
}

@ObjectType({ simpleResolvers: true, description: "A case's ratings counted by source: residents' own (SELF) and call-back visits' (CALLBACK) apart." })
export class CaseRatingSummary {
  @Field(() => RatingCounts, { description: "Residents' own ratings (SELF)." })
  self!: RatingCounts;

  @Field(() => RatingCounts, { description: 'Ratings recorded on call-back visits (CALLBACK).' })
  callback!: RatingCounts;
}

/** Counts of ratings by value. */
export function countsOf(ratings: readonly Pick<Rating, 'value'>[]): RatingCounts {
  return {
    count: ratings.length,
    satisfied: ratings.filter((r) => r.value === RatingValue.SATISFIED).length,
    basicallySatisfied: ratings.filter((r) => r.value === RatingValue.BASICALLY_SATISFIED).length,
    dissatisfied: ratings.filter((r) => r.value === RatingValue.DISSATISFIED).length,
  };
}

export function summaryOf(ratings: readonly Rating[]): CaseRatingSummary {
  return {
    self: countsOf(ratings.filter((r) => r.source === RatingSource.SELF)),
    callback: countsOf(ratings.filter((r) => r.source === RatingSource.CALLBACK)),
  };
}
