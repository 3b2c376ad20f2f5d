import { Field, ID, InputType, Int } from 'type-graphql';
import { GeoPointInput } from '../../shared/location.js';
import { AreaKind } from './area.enums.js';

@InputType({ description: 'An area to enter below its parent.' })
export class CreateAreaInput {
  @Field(() => ID, { description: 'The parent: the district for a street, a street for a community, a community or grid for a grid, a grid or community for a building.' })
  parentId!: string;

  @Field(() => AreaKind, { description: 'Which level the new area is; not DISTRICT.' })
  kind!: AreaKind;

  @Field({ description: 'Name as the district writes it.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Administrative code; unique among the parent\'s areas.' })
  code?: string | null;

  @Field(() => GeoPointInput, { description: 'Centroid; any of WGS84, GCJ02, BD09, stored as WGS84.' })
  centroid!: GeoPointInput;

  @Field(() => Int, { nullable: true, description: 'For a grid, the level expected (1 in a community, the parent grid\'s + 1); it follows from the parent, and a different one is AREA_PARENT_KIND.' })
  gridLevel?: number | null;
}

@InputType({ description: 'Changes to an area; omitted fields stay as they are.' })
export class UpdateAreaInput {
  @Field(() => ID, { description: 'The area to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; a newer stored version is VERSION_CONFLICT.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New administrative code; unique among the parent\'s areas.' })
  code?: string | null;

  @Field(() => GeoPointInput, { nullable: true, description: 'New centroid; any of WGS84, GCJ02, BD09.' })
  centroid?: GeoPointInput | null;
}

@InputType({ description: 'An area to move to another parent, with everything below it.' })
export class MoveAreaInput {
  @Field(() => ID, { description: 'The area to move: a community, grid or building (streets and the district stay where they are).' })
  id!: string;

  @Field(() => ID, { description: 'Its new parent: a street for a community, a community or grid for a grid (levels recomputed, at most 3 deep), a grid or community for a building.' })
  newParentId!: string;

  @Field(() => Int, { description: 'The version of the area last read; a newer stored version is VERSION_CONFLICT.' })
  version!: number;
}
