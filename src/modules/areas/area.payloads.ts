import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/errors.js';
import { AreaUseKind } from './area.enums.js';
import { Area } from './area.type.js';

@ObjectType({ simpleResolvers: true, description: 'Result of createArea.' })
export class CreateAreaPayload {
  @Field(() => Area, { nullable: true, description: 'The new area; null when userErrors is not empty.' })
  area!: Area | null;

  @Field(() => [UserError], { description: 'Why nothing was changed (AREA_PARENT_KIND, AREA_CODE_TAKEN, AREA_BOUNDARY_CONFLICT, AREA_RETIRED: the parent is retired); empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of updateArea.' })
export class UpdateAreaPayload {
  @Field(() => Area, { nullable: true, description: 'The area as changed; null when userErrors is not empty.' })
  area!: Area | null;

  @Field(() => [UserError], { description: 'Why nothing was changed (VERSION_CONFLICT, AREA_CODE_TAKEN, AREA_BOUNDARY_CONFLICT); empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'How many things of one kind keep an area in use, at the area and everywhere below it.' })
export class AreaUse {
  @Field(() => AreaUseKind, { description: 'What is counted.' })
  kind!: AreaUseKind;

  @Field(() => Int, { description: 'How many there are; always at least 1.' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Result of retireArea.' })
export class RetireAreaPayload {
  @Field(() => Area, { nullable: true, description: 'The area as retired (retiredAt set); null when userErrors is not empty.' })
  area!: Area | null;

  @Field(() => [AreaUse], { description: 'With AREA_IN_USE: what still keeps the area in use, one entry per kind with a count above zero, in the order of AreaUseKind; empty otherwise.' })
  inUse!: AreaUse[];

  @Field(() => [UserError], { description: 'Why nothing was changed (AREA_IN_USE, AREA_RETIRED, AREA_IS_DISTRICT, VERSION_CONFLICT); empty on success.' })
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
