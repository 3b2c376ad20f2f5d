import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/errors.js';
import { AvailabilityObservation, Resource } from './resource.type.js';

@ObjectType({ simpleResolvers: true, description: 'Result of a mutation of one resource.' })
export class ResourcePayload {
  @Field(() => Resource, { nullable: true, description: 'The resource as it is now; null when userErrors is not empty.' })
  resource!: Resource | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of reportAvailability.' })
export class ReportAvailabilityPayload {
  @Field(() => AvailabilityObservation, { nullable: true, description: 'The recorded observation; null when userErrors is not empty.' })
  observation!: AvailabilityObservation | null;

  @Field(() => [UserError], { description: 'Why nothing was recorded (e.g. OBSERVATION_OUT_OF_ORDER); empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of reportAvailabilities: each observation is recorded or rejected on its own.' })
export class ReportAvailabilitiesPayload {
  @Field(() => [AvailabilityObservation], { description: 'The observations recorded, in input order; those refused are in `userErrors` instead.' })
  observations!: AvailabilityObservation[];

  @Field(() => [UserError], {
    description:
      'One per observation not recorded because of stored state (OBSERVATION_OUT_OF_ORDER, RESOURCE_NOT_COUNTED, RESOURCE_WITHDRAWN); `field` names it by index, e.g. `input.observations.1.observedAt`. The other observations were recorded all the same.',
  })
  userErrors!: UserError[];
}
