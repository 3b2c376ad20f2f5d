import { Field, ID, InputType, Int } from 'type-graphql';
import { GeoPointInput } from '../../shared/location.js';
import { OrganizationKind } from './organization.enums.js';

@InputType({ description: 'An organisation to register in an area: a resident unit, or a department (职能部门) at the district or a street.' })
export class RegisterOrganizationInput {
  @Field(() => OrganizationKind, { description: 'What kind of organisation it is. A DEPARTMENT only at the district or a street (ORGANIZATION_DEPARTMENT_AREA).' })
  kind!: OrganizationKind;

  @Field({ description: 'Full name; unique in the hub.' })
  name!: string;

  @Field(() => ID, { description: 'The area the organisation is stationed in: a street, community or grid for a resident unit; the district or a street for a department.' })
  areaId!: string;

  @Field({ defaultValue: '', description: 'Street address.' })
  address!: string;

  @Field({ defaultValue: '', description: 'What the unit does and offers.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Contact person.' })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone.' })
  contactPhone?: string | null;

  @Field(() => GeoPointInput, { nullable: true, description: 'Where the unit is; any of WGS84, GCJ02, BD09.' })
  location?: GeoPointInput | null;
}

@InputType({ description: 'Changes to a resident unit; omitted fields stay as they are.' })
export class UpdateOrganizationInput {
  @Field(() => ID, { description: 'The organization to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; a newer stored version is VERSION_CONFLICT.' })
  version!: number;

  @Field(() => OrganizationKind, { nullable: true, description: 'New kind; DEPARTMENT only for one stationed at the district or a street (ORGANIZATION_DEPARTMENT_AREA).' })
  kind?: OrganizationKind | null;

  @Field(() => String, { nullable: true, description: 'New name; unique in the hub.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New address.' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'New description.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'New contact person.' })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'New contact phone.' })
  contactPhone?: string | null;

  @Field(() => GeoPointInput, { nullable: true, description: 'New location.' })
  location?: GeoPointInput | null;
}
