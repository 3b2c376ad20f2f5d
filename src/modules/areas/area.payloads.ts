import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/errors.js';
import { Area } from './area.type.js';

@ObjectType({ simpleResolvers: true, description: 'Result of createArea.' })
export class CreateAreaPayload {
  @Field(() => Area, { nullable: true, description: 'The new area; null when userErrors is not empty.' })
  area!: Area | null;

  @Field(() => [UserError], { description: 'Why nothing was changed (AREA_PARENT_KIND, AREA_CODE_TAKEN, AREA_BOUNDARY_CONFLICT); empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of updateArea.' })
export class UpdateAreaPayload {
  @Field(() => Area, { nullable: true, description: 'The area as changed; null when userErrors is not empty.' })
  area!: Area | null;

  @Field(() => [UserError], { description: 'Why nothing was changed (VERSION_CONFLICT, AREA_CODE_TAKEN, AREA_BOUNDARY_CONFLICT); empty on success.' })
  userErrors!: UserError[];
}
