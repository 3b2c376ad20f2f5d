import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Field, ID, InputType, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context.js';
import { loadByRowId, type Channel } from '../../outbox/channel.js';
import { EventType } from '../../outbox/event-types.js';
import { AFTER_DESCRIPTION, below, CURSOR_DESCRIPTION, HEARTBEAT_DESCRIPTION, heartbeatOf, idSet, subscribeTo } from '../../outbox/subscription.js';
import { idOf } from '../../shared/input.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { SYSTEM_VIEWER } from '../../shared/viewer.js';
import { areaPathOf } from '../areas/index.js';
import { Actor } from '../events/index.js';
import { AgreementStatus } from './agreement.enums.js';
import { agreementByIdLoader } from './agreement.reads.js';
import { agreementVisible } from './agreement.rules.js';
import { SharingAgreement } from './agreement.type.js';

// `agreementEvents`: sharing agreements as they change

@ObjectType({ simpleResolvers: true, description: 'A change of a sharing agreement (a status change or a signature), delivered by `agreementEvents`; or a heartbeat.' })
export class AgreementEvent {
  @Field({ description: CURSOR_DESCRIPTION })
  cursor!: string;

  @Field({ description: HEARTBEAT_DESCRIPTION })
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

@InputType({ description: 'Which agreement events; all conditions given must hold. You receive the events of signed agreements, and those of your area or unit.' })
export class AgreementEventFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these agreements (at most 100).' })
  agreementIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Agreements of this unit.' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Agreements made with this area or an area below it.' })
  areaId?: string | null;
}

/** The filter as compiled at subscribe time: global ids decoded, the area resolved to its path. */
export interface AgreementFilterValues {
  agreementIds: Set<string> | null;
  organizationId: string | null;
  /** The area named, and its path (re-read by the hub when areas move). */
  areaRowId: string | null;
  areaPath: string | null;
}

export const agreementChannel: Channel<AgreementFilterValues, SharingAgreement> = {
  field: 'agreementEvents',
  types: [
    EventType.AGREEMENT_DRAFTED,
    EventType.AGREEMENT_UPDATED,
    EventType.AGREEMENT_DISCARDED,
    EventType.AGREEMENT_PROPOSED,
    EventType.AGREEMENT_SIGNATURE_ADDED,
    EventType.AGREEMENT_SIGNED,
    EventType.AGREEMENT_REJECTED,
    EventType.AGREEMENT_PROPOSAL_WITHDRAWN,
    EventType.AGREEMENT_ACTIVATED,
    EventType.AGREEMENT_SUSPENDED,
    EventType.AGREEMENT_RESUMED,
    EventType.AGREEMENT_TERMINATED,
    EventType.AGREEMENT_EXPIRED,
  ],
  loadNodes: (pool, ids) => loadByRowId((k) => agreementByIdLoader(pool, SYSTEM_VIEWER).loadMany(k), ids),
  nodeVisible: agreementVisible,
  accepts(f, e) {
    if (f.agreementIds && !f.agreementIds.has(e.subjectRowId)) return false;
    if (f.organizationId !== null && e.organizationId !== f.organizationId) return false;
    return below(e.areaPath, f.areaPath);
  },
  filterKeys: (f) => (f.agreementIds ? [...f.agreementIds].map((id) => `a:${id}`) : f.organizationId !== null ? [`o:${f.organizationId}`] : null),
  eventKeys: (e) => (e.organizationId !== null ? [`a:${e.subjectRowId}`, `o:${e.organizationId}`] : [`a:${e.subjectRowId}`]),
  payload: (e, a): AgreementEvent => ({
    cursor: e.cursor,
    isHeartbeat: false,
    type: e.type,
    occurredAt: e.occurredAt,
    actor: e.actor,
    from: (e.data.from as AgreementStatus | undefined) ?? null,
    to: (e.data.to as AgreementStatus | undefined) ?? null,
    reason: typeof e.data.reason === 'string' ? e.data.reason : null,
    data: e.data,
    agreement: a,
  }),
  filterArea: (f) => (f.areaRowId !== null && f.areaPath !== null ? { id: f.areaRowId, path: f.areaPath } : null),
  withFilterAreaPath: (f, areaPath) => ({ ...f, areaPath }),
  heartbeat: (cursor): AgreementEvent => ({ ...heartbeatOf(cursor), from: null, to: null, reason: null, agreement: null }),
};

@Resolver()
export class AgreementEventsResolver {
  @Subscription(() => AgreementEvent, {
    description:
      'Changes of sharing agreements as they commit: every status change and signature, with from, to, who and why. Anyone receives those of signed agreements; staff and units also those of drafts and proposals in their area or of their unit.',
    subscribe: async (data) => {
      const ctx = data.context as Context;
      const f = (data.args.filter ?? {}) as AgreementEventFilter;
      const filter: AgreementFilterValues = {
        agreementIds: idSet(f.agreementIds, ['SharingAgreement'], 'filter.agreementIds'),
        organizationId: f.organizationId ? idOf(f.organizationId, ['Organization'], 'filter.organizationId') : null,
        areaPath: await areaPathOf(ctx, f.areaId, 'filter.areaId'),
        areaRowId: f.areaId ? idOf(f.areaId, ['Area'], 'filter.areaId') : null,
      };
      return subscribeTo(agreementChannel as Channel<AgreementFilterValues, unknown>, filter, (data.args.after as string | null) ?? null, data);
    },
  })
  agreementEvents(
    @Root() event: AgreementEvent,
    @Arg('filter', () => AgreementEventFilter, { nullable: true, description: 'Which agreements; all you may see when null.' }) _filter: AgreementEventFilter | null,
    @Arg('after', () => String, { nullable: true, description: AFTER_DESCRIPTION }) _after: string | null,
  ): AgreementEvent {
    return event;
  }}
