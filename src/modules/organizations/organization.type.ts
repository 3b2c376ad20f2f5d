import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../shared/scalars.js';
import type { LatLng } from '../../shared/geo.js';
import { GeoPoint } from '../../shared/location.js';
import { connectionType, Node } from '../../shared/relay.js';
import { OrganizationKind } from './organization.enums.js';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'An organisation stationed in the district: a resident unit (驻区单位: an agency, school, hospital, company or social organisation), or a department (职能部门, kind DEPARTMENT, at the district or a street) that whistles summon to cases.',
})
export class Organization extends Node {
  __typename!: 'Organization';
  rowId!: string;
  areaRowId!: string;
  areaPath!: string;

  @Field(() => OrganizationKind, { description: 'What kind of organisation it is: one of the resident units\' kinds, or DEPARTMENT.' })
  kind!: OrganizationKind;

  @Field({ description: 'Full name, e.g. 北京市第五中学.' })
  name!: string;

  @Field({ description: 'Street address as local people write it.' })
  address!: string;

  // stored WGS-84; the field gives it in the system asked for (withPointSystems, src/shared/location.ts)
  @Field(() => GeoPoint, { nullable: true, description: 'Where the unit is; null when not given.' })
  location!: LatLng | null;

  @Field({ description: 'What the unit does and what it offers, in its own words.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Contact person; shown only to staff of the unit\'s area (or above) and the unit\'s own admin, null for everyone else.' })
  contactName!: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone; shown only to staff of the unit\'s area (or above) and the unit\'s own admin, null for everyone else.' })
  contactPhone!: string | null;

  @Field(() => Int, { description: 'Increases with every change; pass it back to `updateOrganization`.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When the unit was registered.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When the unit was last changed.' })
  updatedAt!: Date;
}

export const OrganizationConnection = connectionType('Organization', Organization, 'organization');
