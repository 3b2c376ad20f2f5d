import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/errors.js';
import { Organization } from './organization.type.js';

@ObjectType({ simpleResolvers: true, description: 'Result of registerOrganization.' })
export class RegisterOrganizationPayload {
  @Field(() => Organization, { nullable: true, description: 'The registered unit; null when userErrors is not empty.' })
  organization!: Organization | null;

  @Field(() => [UserError], { description: 'Why nothing was changed (e.g. ORGANIZATION_NAME_TAKEN); empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of updateOrganization.' })
export class UpdateOrganizationPayload {
  @Field(() => Organization, { nullable: true, description: 'The unit as changed; null when userErrors is not empty.' })
  organization!: Organization | null;

  @Field(() => [UserError], { description: 'Why nothing was changed (e.g. VERSION_CONFLICT); empty on success.' })
  userErrors!: UserError[];
}
