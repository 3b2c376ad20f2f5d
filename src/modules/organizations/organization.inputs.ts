import { Field, ID, InputType, Int } from 'type-graphql';
import { GeoPointInput } from '../../shared/location.js';
import { OrganizationKind } from './organization.enums.js';

@InputType({ description: 'A resident unit to register in an area.' })
export class RegisterOrganizationInput {
  @Field(() => OrganizationKind, { description: 'What kind of unit it is.' })
  kind!: OrganizationKind;

  @Field({ description: 'Full name; unique in the hub.' })
  name!: string;

  @Field(() => ID, { description: 'The area (street, community or grid) the unit is stationed in.' })
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

  @Field(() => OrganizationKind, { nullable: true, description: 'New kind.' })
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
