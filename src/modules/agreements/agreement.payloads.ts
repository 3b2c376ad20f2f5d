import { Field, ID, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/errors.js';
import { SharingAgreement } from './agreement.type.js';

@ObjectType({ simpleResolvers: true, description: 'Result of a mutation of one sharing agreement.' })
export class SharingAgreementPayload {
  @Field(() => SharingAgreement, { nullable: true, description: 'The agreement as it is now; null when userErrors is not empty.' })
  agreement!: SharingAgreement | null;

  @Field(() => [UserError], { description: 'Why nothing was changed (e.g. AGREEMENT_NOT_SIGNABLE); empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of discardAgreementDraft.' })
export class DiscardAgreementDraftPayload {
  @Field(() => ID, { nullable: true, description: 'The id of the discarded draft; null when userErrors is not empty.' })
  discardedAgreementId!: string | null;

  @Field(() => [UserError], { description: 'Why nothing was changed (e.g. AGREEMENT_NOT_DISCARDABLE); empty on success.' })
  userErrors!: UserError[];
}
