import { Field, Float, ID, InputType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../shared/scalars.js';
import { CoordinateSystem } from '../../shared/location.js';
import { AccessMode, Audience, ResourceKind, ResourceStatus } from './resource.enums.js';

export enum ResourceOrder {
  DISTANCE = 'DISTANCE',
  TITLE = 'TITLE',
  NEWEST = 'NEWEST',
  ID = 'ID',
}
registerEnumType(ResourceOrder, {
  name: 'ResourceOrder',
  description: 'The order of a resource search; every order ends with the id, so it is total and stable.',
  valuesConfig: {
    DISTANCE: { description: 'Nearest first (needs `filter.near`); the default when `near` is given.' },
    TITLE: { description: 'By title in Unicode code-point order (collation "C"), the same on every server.' },
    NEWEST: { description: 'Most recently published (or created, for drafts) first.' },
    ID: { description: 'By id, oldest first; the default without `near`.' },
  },
});

@InputType({ description: 'A point and a radius: only resources within that great-circle distance.' })
export class NearInput {
  @Field(() => Float, { description: 'Latitude of the point, -90 to 90.' })
  lat!: number;

  @Field(() => Float, { description: 'Longitude of the point, -180 to 180.' })
  lng!: number;

  @Field(() => Float, { description: 'Radius in metres, more than 0 and at most 50,000.' })
  radiusMeters!: number;

  @Field(() => CoordinateSystem, { defaultValue: CoordinateSystem.WGS84, description: 'The coordinate system of lat/lng.' })
  system!: CoordinateSystem;
}

@InputType({ description: 'Which resources to find; all given conditions must hold.' })
export class ResourceFilter {
  @Field(() => [ResourceKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: ResourceKind[] | null;

  @Field(() => ID, { nullable: true, description: 'In this area or anywhere below it.' })
  areaId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Opened by this resident unit.' })
  organizationId?: string | null;

  @Field(() => [Audience], { nullable: true, description: 'Serving any of these audiences.' })
  audiences?: Audience[] | null;

  @Field(() => AccessMode, { nullable: true, description: 'Only open-access or only allocated resources.' })
  accessMode?: AccessMode | null;

  @Field(() => [ResourceStatus], {
    nullable: true,
    description: 'Any of these statuses; default PUBLISHED. Other statuses are found only within your scope.',
  })
  statuses?: ResourceStatus[] | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Open at this instant, by its weekly windows, exceptions and the holiday calendar (district time).',
  })
  openAt?: Date | null;

  @Field(() => NearInput, { nullable: true, description: 'Within a radius of a point; edges then carry `distanceMeters`.' })
  near?: NearInput | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Shared with this community (or area): only resources that a sharing agreement in force today covers for it or an area above it (its street).',
  })
  sharedWith?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Text in the title or address, any part of it (e.g. "阅览" finds 阅览室); words separated by spaces must all occur.',
  })
  text?: string | null;
}
