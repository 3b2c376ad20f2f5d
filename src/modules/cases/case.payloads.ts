import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/errors.js';
import { Case, CaseNote, CaseSummons } from './case.type.js';

@ObjectType({ simpleResolvers: true, description: 'Result of a mutation of one case.' })
export class CasePayload {
  @Field(() => Case, { nullable: true, description: 'The case as it is now; null when userErrors is not empty.' })
  case!: Case | null;

  @Field(() => [UserError], { description: 'Why nothing was changed (e.g. CASE_NOT_ACCEPTABLE); empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of a whistle: the case and the summonses it made.' })
export class WhistleCasePayload {
  @Field(() => Case, { nullable: true, description: 'The case as it is now; null when userErrors is not empty.' })
  case!: Case | null;

  @Field(() => [CaseSummons], { description: 'The summonses this whistle made, in the order named; empty when userErrors is not empty.' })
  summonses!: CaseSummons[];

  @Field(() => [UserError], { description: 'Why nothing was changed (e.g. CASE_LEAD_REQUIRED, SUMMONS_ALREADY_SUMMONED); empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of a mutation of one summons.' })
export class CaseSummonsPayload {
  @Field(() => CaseSummons, { nullable: true, description: 'The summons as it is now; null when userErrors is not empty.' })
  summons!: CaseSummons | null;

  @Field(() => Case, { nullable: true, description: 'Its case as it is now; null when userErrors is not empty.' })
  case!: Case | null;

  @Field(() => [UserError], { description: 'Why nothing was changed (e.g. SUMMONS_NOT_PENDING); empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of adding a note to a case.' })
export class CaseNotePayload {
  @Field(() => CaseNote, { nullable: true, description: 'The note added; null when userErrors is not empty.' })
  note!: CaseNote | null;

  @Field(() => Case, { nullable: true, description: 'Its case as it is now; null when userErrors is not empty.' })
  case!: Case | null;

  @Field(() => [UserError], { description: 'Why nothing was changed (e.g. CASE_NOT_OPEN); empty on success.' })
  userErrors!: UserError[];
}
