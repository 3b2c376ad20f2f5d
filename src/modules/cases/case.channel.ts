import { GraphQLJSONObject } from 'graphql-scalars';
import type pg from 'pg';
import { Arg, Field, ID, InputType, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context.js';
import { loadByRowId, type Channel } from '../../outbox/channel.js';
import { EventType } from '../../outbox/event-types.js';
import { AFTER_DESCRIPTION, below, CURSOR_DESCRIPTION, HEARTBEAT_DESCRIPTION, heartbeatOf, idSet, subscribeTo } from '../../outbox/subscription.js';
import { idOf } from '../../shared/input.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { SYSTEM_VIEWER, type Viewer } from '../../shared/viewer.js';
import { areaPathOf } from '../areas/index.js';
import { Actor } from '../events/index.js';
import { CaseCategory } from './case.enums.js';
import { caseByIdLoader } from './case.reads.js';
import { caseVisible } from './case.rules.js';
import { Case } from './case.type.js';

// `caseEvents`: cases (吹哨报到) and their summonses as they change

@ObjectType({
  simpleResolvers: true,
  description:
    "A change of a case or of one of its summonses, delivered by `caseEvents`; or a heartbeat. You receive it as staff of the case's area or above, as the admin of an organisation the event concerns (every organisation summoned to the case), or as the RESIDENT who reported the case; the actor's account is shown only to staff of the case's area and to the actor.",
})
export class CaseEvent {
  @Field({ description: CURSOR_DESCRIPTION })
  cursor!: string;

  @Field({ description: HEARTBEAT_DESCRIPTION })
  isHeartbeat!: boolean;

  @Field(() => EventType, { nullable: true, description: 'What happened (CASE_WHISTLED, SUMMONS_REPORTED_IN, CASE_OVERDUE, …).' })
  type!: EventType | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it happened.' })
  occurredAt!: Date | null;

  @Field(() => Actor, {
    nullable: true,
    description: "Who did it: the account for staff of the case's area and the actor themself (HIDDEN for others), the role for everyone; SYSTEM for an overdue the clock made.",
  })
  actor!: Actor | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Details of the change, as in the event log (`EventType` says which keys each type has).' })
  data!: Record<string, unknown> | null;

  @Field(() => Case, { nullable: true, description: 'The case as it is now, with the fields you selected; null when you may not see it (any more).' })
  case!: Case | null;
}

@InputType({ description: 'Which case events; all given conditions must hold. You only ever receive those you may see.' })
export class CaseEventFilter {
  @Field(() => ID, { nullable: true, description: 'Cases of this area or an area below it.' })
  areaId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Events concerning this organisation: the cases that summoned it (its inbox, live).' })
  organizationId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only these cases (at most 100).' })
  caseIds?: string[] | null;

  @Field(() => [CaseCategory], { nullable: true, description: 'Cases of any of these categories (as the case is now).' })
  categories?: CaseCategory[] | null;
}

/** The filter as compiled at subscribe time. */
export interface CaseFilterValues {
  caseIds: Set<string> | null;
  areaRowId: string | null;
  areaPath: string | null;
  organizationRowId: string | null;
  categories: Set<CaseCategory> | null;
}

/** What the channel loads of a case, once per batch: the case and every organisation ever summoned to it. */
export interface CaseNode {
  case: Case;
  organizationIds: string[];
}

/** Every CASE_* and SUMMONS_* event: a case's, whatever part of it changed (the subject is always the case). */
export const CASE_EVENT_TYPES: readonly EventType[] = Object.values(EventType).filter((t) => t.startsWith('CASE_') || t.startsWith('SUMMONS_'));

/** The organisations ever summoned to each case, by case row id. */
async function summonedOrganizations(pool: pg.Pool, caseRowIds: string[]): Promise<Map<string, string[]>> {
  const { rows } = await pool.query<{ case_id: string; ids: string[] }>(
    `select case_id::text as case_id, array_agg(distinct organization_id::text) as ids from case_summons where case_id = any($1::bigint[]) group by case_id`,
    [caseRowIds],
  );
  return new Map(rows.map((r) => [r.case_id, r.ids]));
}

export function caseNodeVisible(viewer: Viewer, n: CaseNode): boolean {
  const c = n.case;
  return caseVisible(viewer, { areaPath: c.areaPath, handlingPath: c.handlingPath, reporterAccountId: c.reporterAccountId, organizationIds: n.organizationIds });
}

export const caseChannel: Channel<CaseFilterValues, CaseNode> = {
  field: 'caseEvents',
  types: CASE_EVENT_TYPES,
  async loadNodes(pool, ids) {
    const [cases, organizations] = await Promise.all([loadByRowId((k) => caseByIdLoader(pool, SYSTEM_VIEWER).loadMany(k), ids), summonedOrganizations(pool, ids)]);
    const out = new Map<string, CaseNode>();
    for (const [id, c] of cases) out.set(id, { case: c, organizationIds: organizations.get(id) ?? [] });
    return out;
  },
  nodeVisible: caseNodeVisible,
  accepts(f, e, node) {
    if (f.caseIds && !f.caseIds.has(e.subjectRowId)) return false;
    if (f.organizationRowId !== null && !e.organizationIds.includes(f.organizationRowId)) return false;
    if (f.categories && (node === null || !f.categories.has(node.case.category))) return false;
    return below(e.areaPath, f.areaPath);
  },
  filterKeys: (f) => (f.caseIds ? [...f.caseIds].map((id) => `c:${id}`) : null),
  eventKeys: (e) => [`c:${e.subjectRowId}`],
  payload: (e, n): CaseEvent => ({
    cursor: e.cursor,
    isHeartbeat: false,
    type: e.type,
    occurredAt: e.occurredAt,
    actor: e.actor,
    data: e.data,
    case: n?.case ?? null,
  }),
  filterArea: (f) => (f.areaRowId !== null && f.areaPath !== null ? { id: f.areaRowId, path: f.areaPath } : null),
  withFilterAreaPath: (f, areaPath) => ({ ...f, areaPath }),
  heartbeat: (cursor): CaseEvent => ({ ...heartbeatOf(cursor), case: null }),
};

@Resolver()
export class CaseEventsResolver {
  @Subscription(() => CaseEvent, {
    description:
      "Changes of cases and their summonses as they commit (every CASE_ and SUMMONS_ event): staff receive those of the cases of their area and below, a unit or department admin those of the cases that summoned it, a RESIDENT those of the cases they reported, each with the case as they may see it. Resumable with `after`, like every subscription; a replay is shown as live events are.",
    subscribe: async (data) => {
      const ctx = data.context as Context;
      const f = (data.args.filter ?? {}) as CaseEventFilter;
      const filter: CaseFilterValues = {
        caseIds: idSet(f.caseIds, ['Case'], 'filter.caseIds'),
        areaPath: await areaPathOf(ctx, f.areaId, 'filter.areaId'),
        areaRowId: f.areaId ? idOf(f.areaId, ['Area'], 'filter.areaId') : null,
        organizationRowId: f.organizationId ? idOf(f.organizationId, ['Organization'], 'filter.organizationId') : null,
        categories: f.categories?.length ? new Set(f.categories) : null,
      };
      return subscribeTo(caseChannel as Channel<CaseFilterValues, unknown>, filter, (data.args.after as string | null) ?? null, data);
    },
  })
  caseEvents(
    @Root() event: CaseEvent,
    @Arg('filter', () => CaseEventFilter, { nullable: true, description: 'Which cases; all you may see when null.' }) _filter: CaseEventFilter | null,
    @Arg('after', () => String, { nullable: true, description: AFTER_DESCRIPTION }) _after: string | null,
  ): CaseEvent {
    return event;
  }
}
