import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/errors.js';
import { Area } from './area.type.js';

@ObjectType({ simpleResolvers: true, description: 'Result of createArea.' })
export class CreateAreaPayload {
  @Field(() => Area, { nullable: true, description: 'The new area; null when userErrors is not empty.' })
  area!: Area | null;

  @Field(() => [UserError], { description: 'Why nothing was changed (AREA_PARENT_KIND, AREA_CODE_TAKEN); empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of updateArea.' })
export class UpdateAreaPayload {
  @Field(() => Area, { nullable: true, description: 'The area as changed; null when userErrors is not empty.' })
  area!: Area | null;

  @Field(() => [UserError], { description: 'Why nothing was changed (VERSION_CONFLICT, AREA_CODE_TAKEN); empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of moveArea.' })
export class MoveAreaPayload {
  @Field(() => Area, { nullable: true, description: 'The area at its new place (as it was, when the new parent is its parent already); null when userErrors is not empty.' })
  area!: Area | null;

  @Field(() => [UserError], {
    description: 'Why nothing was changed (VERSION_CONFLICT, AREA_PARENT_KIND, AREA_MOVE_CYCLE, AREA_CODE_TAKEN, AREA_RETIRED); empty on success.',
  })
  userErrors!: UserError[];
}
