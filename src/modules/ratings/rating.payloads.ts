import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/errors.js';
import { Case } from '../cases/index.js';
import { Rating } from './rating.type.js';

@ObjectType({ simpleResolvers: true, description: 'Result of rating a case (rateCase, recordCallbackRating).' })
export class RatingPayload {
  @Field(() => Rating, { nullable: true, description: 'The rating recorded; null when userErrors is not empty.' })
  rating!: Rating | null;

  @Field(() => Case, {
    nullable: true,
    description:
      'The case as it is now, when you may read it (its reporter, staff of its area); null for a resident of its community, who reads it on the echo wall, and when userErrors is not empty.',
  })
  case!: Case | null;

  @Field(() => [UserError], { description: 'Why nothing was changed (e.g. RATING_ALREADY_GIVEN); empty on success.' })
  userErrors!: UserError[];
}
