import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../shared/scalars.js';
import { Node, PageInfo } from '../../shared/relay.js';
import { EventType } from '../../outbox/event-types.js';

@ObjectType({ simpleResolvers: true, description: 'Who made a change: an account (the token\'s `sub`) acting in a role, or SYSTEM.' })
export class Actor {
  @Field({
    description:
      'The account id from the token, or SYSTEM for time-driven changes. In events (`events` and every subscription) it is shown to staff of the event\'s area and to the actor themself; anyone else gets HIDDEN (the role is always given). Histories show it to whoever may read the object.',
  })
  id!: string;

  @Field({ description: 'The role the change was made in, e.g. UNIT_ADMIN, SYSTEM.' })
  role!: string;
}

@ObjectType({ simpleResolvers: true, description: 'One recorded change, from the transactional outbox; cursors increase in commit order.' })
export class Event {
  subjectType!: string;
  subjectRowId!: string;

  @Field({ description: 'Position in the event log; pass it as `after` to read what followed.' })
  cursor!: string;

  @Field(() => EventType, { description: 'What happened.' })
  type!: EventType;

  @Field(() => DateTimeScalar, { description: 'When it happened (the hub\'s clock).' })
  occurredAt!: Date;

  @Field(() => Actor, { description: 'Who did it: the account only for staff of its area and the actor themself (HIDDEN for others), always the role.' })
  actor!: Actor;

  @Field({ description: 'Global id of the object that changed.' })
  subjectId!: string;

  @Field(() => GraphQLJSONObject, {
    description:
      'Details of the change (e.g. from/to statuses, reason, changed fields). An approved volunteer who sees an event only because it is on the order board gets its statuses and quantities only.',
  })
  data!: Record<string, unknown>;

  /** declared for the schema; resolved by EventResolver */
  subject?: Node | null;
}

@ObjectType({ simpleResolvers: true, description: 'One event in a page, with its cursor.' })
export class EventEdge {
  @Field({ description: 'The event\'s cursor.' })
  cursor!: string;

  @Field(() => Event, { description: 'The event.' })
  node!: Event;
}

@ObjectType({ simpleResolvers: true, description: 'A page of the event log in cursor (commit) order.' })
export class EventConnection {
  @Field(() => [EventEdge], { description: 'The events, oldest first.' })
  edges!: EventEdge[];

  @Field(() => PageInfo, { description: '`endCursor` is where to continue from; also when the page is empty.' })
  pageInfo!: PageInfo;
}
