import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../shared/scalars.js';
import { AgreementStatus, SharingAgreement } from '../agreements/index.js';
import { Actor } from '../events/index.js';
import { EventType } from '../../outbox/event-types.js';
import { Match } from '../matching/index.js';
import { NearInput, Resource, ResourceKind } from '../resources/index.js';

const CURSOR = 'Position in the event log. Keep the latest one you received and pass it as `after` when you subscribe again: you get what followed, with no gap and no duplicate.';
const HEARTBEAT =
  'True for a heartbeat: sent when the subscription has been quiet for a while, it carries only the newest cursor (every other field is null), so that a quiet client\'s cursor stays fresh.';

@ObjectType({ simpleResolvers: true, description: 'A change of a match, delivered by `matchEvents`; or a heartbeat.' })
export class MatchEvent {
  @Field({ description: CURSOR })
  cursor!: string;

  @Field({ description: HEARTBEAT })
  isHeartbeat!: boolean;

  @Field(() => EventType, { nullable: true, description: 'What happened: MATCH_PROPOSED, _SUPERSEDED, _ACCEPTED, _DECLINED, _CANCELLED, _FULFILLED, _AT_RISK, _RISK_CLEARED.' })
  type!: EventType | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it happened.' })
  occurredAt!: Date | null;

  @Field(() => Actor, { nullable: true, description: 'Who did it (SYSTEM for the matcher).' })
  actor!: Actor | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Details of the change, as in the event log (e.g. a reason).' })
  data!: Record<string, unknown> | null;

  @Field(() => Match, { nullable: true, description: 'The match as it is now, with the fields you selected.' })
  match!: Match | null;
}

@ObjectType({ simpleResolvers: true, description: 'A change of a sharing agreement (a status change or a signature), delivered by `agreementEvents`; or a heartbeat.' })
export class AgreementEvent {
  @Field({ description: CURSOR })
  cursor!: string;

  @Field({ description: HEARTBEAT })
  isHeartbeat!: boolean;

  @Field(() => EventType, { nullable: true, description: 'What happened (AGREEMENT_PROPOSED, _SIGNATURE_ADDED, _SIGNED, _ACTIVATED, _SUSPENDED, …).' })
  type!: EventType | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it happened.' })
  occurredAt!: Date | null;

  @Field(() => Actor, { nullable: true, description: 'Who did it: the account and role, or SYSTEM for a change the clock made.' })
  actor!: Actor | null;

  @Field(() => AgreementStatus, { nullable: true, description: 'The status before the change.' })
  from!: AgreementStatus | null;

  @Field(() => AgreementStatus, { nullable: true, description: 'The status after the change (the same as `from` for a signature that did not complete it).' })
  to!: AgreementStatus | null;

  @Field(() => String, { nullable: true, description: 'Why, when the change was given a reason (suspend, terminate, reject).' })
  reason!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Details of the change, as in the event log (e.g. the signing party).' })
  data!: Record<string, unknown> | null;

  @Field(() => SharingAgreement, { nullable: true, description: 'The agreement as it is now, with the fields you selected; null once discarded.' })
  agreement!: SharingAgreement | null;
}

@ObjectType({ simpleResolvers: true, description: 'A live free count reported for a resource, delivered by `availabilityChanged`; or a heartbeat.' })
export class AvailabilityChange {
  @Field({ description: 'Position in the event log of this report (heartbeats carry the newest one).' })
  cursor!: string;

  @Field({ description: HEARTBEAT })
  isHeartbeat!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the report was recorded.' })
  occurredAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Free places counted.' })
  freeCount!: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When they were counted.' })
  observedAt!: Date | null;

  @Field(() => Resource, { nullable: true, description: 'The resource as it is now, with the fields you selected.' })
  resource!: Resource | null;
}

@InputType({ description: 'Which match events; all conditions given must hold. You only ever receive events you may see (staff of the demand\'s area and above, the admin of the resource\'s unit).' })
export class MatchEventFilter {
  @Field(() => ID, { nullable: true, description: 'Matches of demands in this area and everything below it.' })
  areaId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Matches of this unit\'s resources.' })
  organizationId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Matches of these demands (at most 100).' })
  demandIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Matches of these resources (at most 100).' })
  resourceIds?: string[] | null;
}

@InputType({ description: 'Which agreement events; all conditions given must hold. You receive the events of signed agreements, and those of your area or unit.' })
export class AgreementEventFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these agreements (at most 100).' })
  agreementIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Agreements of this unit.' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Agreements made with this area or an area below it.' })
  areaId?: string | null;
}

@InputType({ description: 'Which resources\' live counts; at least one condition, and all given must hold.' })
export class AvailabilityChangeFilter {
  @Field(() => [ID], { nullable: true, description: 'These resources (at most 100).' })
  resourceIds?: string[] | null;

  @Field(() => [ResourceKind], { nullable: true, description: 'Resources of these kinds.' })
  kinds?: ResourceKind[] | null;

  @Field(() => NearInput, { nullable: true, description: 'Resources within this circle.' })
  near?: NearInput | null;
}
