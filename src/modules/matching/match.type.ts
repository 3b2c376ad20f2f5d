import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { connectionType, Node } from '../../shared/relay.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { Actor } from '../events/index.js';
import { ResourceKind } from '../resources/index.js';
import { MatchAction, MatchStatus } from './match.enums.js';

@ObjectType({ simpleResolvers: true, description: 'One change of a match.' })
export class MatchHistoryEntry {
  @Field(() => MatchAction, { description: 'What was done.' })
  action!: MatchAction;

  @Field(() => MatchStatus, { nullable: true, description: 'The status before; null for the proposal.' })
  fromStatus!: MatchStatus | null;

  @Field(() => MatchStatus, { description: 'The status after.' })
  toStatus!: MatchStatus;

  @Field(() => Actor, { description: 'Who did it (SYSTEM for the solver\'s automatic runs).' })
  actor!: Actor;

  @Field(() => String, { nullable: true, description: 'Why, for declines and cancellations.' })
  reason!: string | null;

  @Field(() => DateTimeScalar, { description: 'When.' })
  at!: Date;
}

@ObjectType({ implements: Node, simpleResolvers: true, description: 'A proposal or allocation of a quantity of a resource to a demand, under a sharing agreement.' })
export class Match extends Node {
  __typename!: 'Match';
  rowId!: string;
  demandRowId!: string;
  resourceRowId!: string;
  agreementRowId!: string;
  organizationRowId!: string;
  areaPath!: string;

  @Field(() => Int, { description: 'Places (or other units of the resource) the match holds for the demand\'s whole date range.' })
  quantity!: number;

  @Field(() => Int, { description: 'The integer score of the pair (see `explanation`); the solver maximises Σ score × quantity.' })
  score!: number;

  @Field(() => GraphQLJSONObject, {
    description: 'The score\'s breakdown: kindFit, distance, timeFit, urgency, waiting, total, and meters (the distance).',
  })
  explanation!: Record<string, unknown>;

  @Field(() => MatchStatus, { description: 'Where the match is in its life.' })
  status!: MatchStatus;

  @Field({ description: 'An accepted match whose agreement is no longer in force (suspended, terminated or expired): kept, but at risk; cleared when the agreement resumes.' })
  atRisk!: boolean;

  @Field(() => Int, { description: 'Changes with every change of the match.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When it was proposed.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it last changed.' })
  updatedAt!: Date;
}

@ObjectType({ simpleResolvers: true, description: 'How much of its communities\' open demand a run served, per community.' })
export class CommunityFillRate {
  /** database id of the community */
  areaRowId!: string;

  @Field(() => ID, { description: 'Global id of the community (Area).' })
  communityId!: string;

  @Field(() => Int, { description: 'Quantity still to serve in the community when the run started.' })
  quantity!: number;

  @Field(() => Int, { description: 'Quantity the run proposed (or left proposed) in the community.' })
  served!: number;

  @Field(() => Float, { description: 'served / quantity, from 0 to 1; 1 when nothing was open.' })
  fillRate!: number;
}

@ObjectType({ implements: Node, simpleResolvers: true, description: 'One run of the solver over an area: what it served, and how long it took.' })
export class MatchRun extends Node {
  __typename!: 'MatchRun';
  rowId!: string;
  areaRowId!: string;

  @Field(() => [ResourceKind], { description: 'The kinds the run was limited to; empty for all kinds.' })
  kinds!: ResourceKind[];

  @Field(() => Int, { description: 'Open demands that got at least one proposal.' })
  demandsServed!: number;

  @Field(() => Int, { description: 'Quantity proposed in total.' })
  quantityServed!: number;

  @Field(() => Int, { description: 'Open quantity left without a proposal.' })
  quantityUnmet!: number;

  @Field(() => [CommunityFillRate], { description: 'Fill rate per community of the area.' })
  fillRateByCommunity!: CommunityFillRate[];

  @Field(() => Float, { description: 'Σ score × quantity of the proposals (an integer; a Float because it may exceed 2^31).' })
  objective!: number;

  @Field(() => Int, { description: 'New proposals the run made.' })
  proposedCount!: number;

  @Field(() => Int, { description: 'Earlier proposals the run replaced (SUPERSEDED).' })
  supersededCount!: number;

  @Field(() => Int, { description: 'Milliseconds from the start of the candidate search to the end of the writes.' })
  timeTakenMs!: number;

  @Field(() => DateTimeScalar, { description: 'When the run started (the clock\'s time).' })
  startedAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When the run finished.' })
  finishedAt!: Date;

  @Field(() => Actor, { description: 'Who asked for the run.' })
  actor!: Actor;
}

export const MatchConnection = connectionType('Match', Match, 'match');
export const MatchRunConnection = connectionType('MatchRun', MatchRun, 'match run');
