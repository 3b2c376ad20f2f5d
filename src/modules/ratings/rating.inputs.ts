import { Field, ID, InputType } from 'type-graphql';
import { RatingValue } from './rating.enums.js';

@InputType({ description: "A resident's rating of a closed case (居民监督评议)." })
export class RateCaseInput {
  @Field(() => ID, { description: 'The case: one you reported, or one in the community you declare; CLOSED, within CASE_RATING_WINDOW_DAYS of closing.' })
  caseId!: string;

  @Field(() => RatingValue, { description: 'How satisfied you are with how it was handled.' })
  value!: RatingValue;

  @Field(() => String, { nullable: true, description: 'What you would say about it (at most 500 characters); public on the echo wall, without who said it.' })
  comment?: string | null;
}

@InputType({ description: 'A rating a household gave on a call-back visit (回访), as the grid worker records it.' })
export class RecordCallbackRatingInput {
  @Field(() => ID, { description: "The case: CLOSED, in your area, within CASE_RATING_WINDOW_DAYS of closing." })
  caseId!: string;

  @Field({
    description:
      'The household\'s building (at most 50 characters, e.g. "3号楼"). Spaces, full-width characters and letter case do not matter ("3号楼 " and "３号楼" are one building). Stored only as a keyed hash with the room, never as given.',
  })
  building!: string;

  @Field({ description: 'The household\'s room (at most 50 characters, e.g. "2单元301"); normalised and hashed like the building.' })
  room!: string;

  @Field(() => RatingValue, { description: 'How satisfied the household is with how it was handled.' })
  value!: RatingValue;

  @Field(() => String, { nullable: true, description: 'What the household said (at most 500 characters); public on the echo wall, without who said it.' })
  comment?: string | null;
}

@InputType({ description: "The community's explanation of a case residents' ratings called for a review of." })
export class ExplainCaseInput {
  @Field(() => ID, { description: 'The case; it must need review (`needsReview`).' })
  id!: string;

  @Field({ description: 'The explanation (at most 2000 characters); public on the echo wall.' })
  explanation!: string;
}
