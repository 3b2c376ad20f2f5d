import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/errors.js';
import { Demand, DemandList } from './demand.type.js';
import { DemandTake } from './demand-take.type.js';

@ObjectType({ simpleResolvers: true, description: 'Result of a mutation of one demand.' })
export class DemandPayload {
  @Field(() => Demand, { nullable: true, description: 'The demand as it is now; null when userErrors is not empty.' })
  demand!: Demand | null;

  @Field(() => [UserError], { description: 'Why nothing was changed (e.g. DEMAND_NOT_PLACEABLE); empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of a mutation of one demand list.' })
export class DemandListPayload {
  @Field(() => DemandList, { nullable: true, description: 'The demand list as it is now; null when userErrors is not empty.' })
  demandList!: DemandList | null;

  @Field(() => [UserError], { description: 'Why nothing was changed (e.g. DEMAND_LIST_NOT_PUBLISHABLE); empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of a mutation of a take of a service order.' })
export class DemandTakePayload {
  @Field(() => Demand, { nullable: true, description: 'The order as it is now (null when userErrors is not empty, or when you may no longer see it: a released take ends its taker\'s view).' })
  demand!: Demand | null;

  @Field(() => DemandTake, { nullable: true, description: 'The take as it is now; null when userErrors is not empty (and for a RESOURCE demand taken).' })
  take!: DemandTake | null;

  @Field(() => [UserError], { description: 'Why nothing was changed (e.g. DEMAND_QUANTITY_EXCEEDS); empty on success.' })
  userErrors!: UserError[];
}
