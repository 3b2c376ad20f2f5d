import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/errors.js';
import { Match, MatchRun } from './match.type.js';

@ObjectType({ simpleResolvers: true, description: 'Result of runMatching.' })
export class RunMatchingPayload {
  @Field(() => MatchRun, { nullable: true, description: 'The run, with its figures; null when userErrors is not empty.' })
  run!: MatchRun | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of a mutation of one match.' })
export class MatchPayload {
  @Field(() => Match, { nullable: true, description: 'The match as it is now; null when userErrors is not empty.' })
  match!: Match | null;

  @Field(() => [UserError], {
    description: 'Why nothing was changed (e.g. MATCH_NOT_ACCEPTABLE, CAPACITY_EXHAUSTED); empty on success.',
  })
  userErrors!: UserError[];
}
