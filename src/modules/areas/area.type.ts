import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../shared/scalars.js';
import type { LatLng } from '../../shared/geo.js';
import { GeoPoint } from '../../shared/location.js';
import { connectionType, Node } from '../../shared/relay.js';
import { AreaKind } from './area.enums.js';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A piece of the district (区): the district itself, a street (街道), community (社区), grid (网格) or building (楼栋).',
})
export class Area extends Node {
  __typename!: 'Area';
  /** internal: database id and materialised path, not in the schema */
  rowId!: string;
  path!: string;
  parentRowId!: string | null;

  @Field(() => AreaKind, { description: 'Which level of the tree this area is.' })
  kind!: AreaKind;

  @Field({ description: 'Name as the district writes it, e.g. 建国门街道.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Administrative code, where the area has one.' })
  code!: string | null;

  // stored WGS-84; the field gives it in the system asked for (withPointSystems, src/shared/location.ts)
  @Field(() => GeoPoint, { description: 'Centroid of the area.' })
  centroid!: LatLng;

  @Field(() => Int, { nullable: true, description: 'For a grid, its level: 1 (一级网格, in a community), 2 or 3 (inside a grid one level up); null for every other kind.' })
  gridLevel!: number | null;

  @Field(() => Int, { description: 'Changes with every update; updateArea takes the version last read.' })
  version!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the area was retired (retireArea); null while it is live.' })
  retiredAt!: Date | null;
}

export const AreaConnection = connectionType('Area', Area, 'area');
