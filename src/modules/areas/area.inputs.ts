import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CoordinateSystem, GeoPointInput } from '../../shared/location.js';
import { AreaKind } from './area.enums.js';

@InputType({ description: 'An area\'s boundary as a map tool exports it; every vertex is converted to and stored as WGS-84.' })
export class AreaBoundaryInput {
  @Field(() => CoordinateSystem, {
    defaultValue: CoordinateSystem.WGS84,
    description: 'The coordinate system of every position: WGS84 (GPS), GCJ02 (AMap, Tencent) or BD09 (Baidu).',
  })
  system!: CoordinateSystem;

  @Field(() => GraphQLJSONObject, {
    description: 'A GeoJSON Polygon or MultiPolygon (or a Feature holding one): positions [lng, lat], every ring closed with at least 4 positions, not intersecting itself, at most 10,000 positions in all.',
  })
  geojson!: Record<string, unknown>;
}

@InputType({ description: 'An area to enter below its parent.' })
export class CreateAreaInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The parent: the district for a street, a street for a community, a community or grid for a grid, a grid or community for a building. Omitted only for the district itself.',
  })
  parentId?: string | null;

  @Field(() => AreaKind, { description: 'Which level the new area is. DISTRICT, without a parent, only while the hub has no district (a hub started with SEED_ON_EMPTY=false), by the district admin.' })
  kind!: AreaKind;

  @Field({ description: 'Name as the district writes it.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Administrative code; unique among the parent\'s areas.' })
  code?: string | null;

  @Field(() => GeoPointInput, { description: 'Centroid; any of WGS84, GCJ02, BD09, stored as WGS84.' })
  centroid!: GeoPointInput;

  @Field(() => Int, { nullable: true, description: 'For a grid, the level expected (1 in a community, the parent grid\'s + 1); it follows from the parent, and a different one is AREA_PARENT_KIND.' })
  gridLevel?: number | null;

  @Field(() => AreaBoundaryInput, {
    nullable: true,
    description: 'Its boundary, if known; it may reach at most AREA_BOUNDARY_TOLERANCE_M outside the parent\'s boundary and into a sibling\'s (else AREA_BOUNDARY_CONFLICT).',
  })
  boundary?: AreaBoundaryInput | null;
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

  @Field(() => AreaBoundaryInput, {
    nullable: true,
    description: 'New boundary, checked as createArea checks one; the area\'s own bounded children must stay inside it (within the tolerance).',
  })
  boundary?: AreaBoundaryInput | null;

  @Field(() => Boolean, { defaultValue: false, description: 'True removes the boundary; not together with `boundary`.' })
  removeBoundary!: boolean;
}

@InputType({ description: 'An area to retire, and why.' })
export class RetireAreaInput {
  @Field(() => ID, { description: 'The area to retire.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; a newer stored version is VERSION_CONFLICT.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Why it is retired (merged into a neighbour, say), kept in its history; at most 500 characters.' })
  reason?: string | null;
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
