import { recordEventsOn } from '../../src/outbox/outbox.js';
import { EventType } from '../../src/outbox/event-types.js';
import { fromGlobalId } from '../../src/shared/global-id.js';
import type { PostDemandInput } from '../gql/graphql.js';
import type { BuiltArea } from './builders.js';
import { demandInput, postDemand } from './demands.js';
import type { TestHub } from './server.js';

/*
 * Service orders for the order board's and demandEvents' tests. Posting goes through the API (postDemand).
 * Placing on the board and taking are written here in SQL, with their history and their events through the
 * outbox, as the service-order mutations will write them: they stand in for `placeDemand` (which on this
 * branch neither sets a SERVICE order's take deadline nor puts its DEMAND_PLACED on the board) and for
 * `takeDemand`'s takes (demand_take rows, `taken_quantity`, DEMAND_TAKEN scoped to the live takers). Replace
 * `placeServiceOrderForTest` with placeDemand and `insertTakeForTest` with takeDemand once those write them.
 */

/** A service order as a grid worker writes it down: an errand for an elderly resident, one person, into January. */
export function serviceOrderInput(area: BuiltArea, patch: Partial<PostDemandInput> = {}): PostDemandInput {
  return demandInput(area, {
    title: '独居老人代购药品',
    description: '5号楼李奶奶腿脚不便，每周需要有人帮忙去社区医院取药',
    fulfilment: 'SERVICE',
    kinds: null,
    serviceKinds: ['ERRANDS'],
    quantity: 1,
    audience: 'ELDERLY',
    orderedBy: '5号楼李奶奶',
    ...patch,
  });
}

/** Posts a service order through the API (as a district admin unless a token is given). */
export function postServiceOrder(hub: TestHub, area: BuiltArea, patch: Partial<PostDemandInput> = {}, token?: string) {
  return postDemand(hub, area, { ...serviceOrderInput(area), ...patch }, token);
}

const rowIdOf = (globalId: string) => fromGlobalId(globalId)!.id;

/**
 * Places a posted service order (SQL): PLACED, placed now by `actor`, its take deadline from
 * ORDER_TAKE_WITHIN_HOURS by urgency unless given, a history line, and DEMAND_PLACED on the order board.
 * Stands in for placeDemand (see above). Returns the event's cursor.
 */
export async function placeServiceOrderForTest(
  hub: TestHub,
  demandId: string,
  options: { actor?: { id: string; role: string }; takeDeadline?: Date } = {},
): Promise<string> {
  const actor = options.actor ?? { id: 'community-admin-board', role: 'COMMUNITY_ADMIN' };
  const at = hub.clock.now();
  const client = await hub.app.db.pool.connect();
  try {
    await client.query('begin');
    const { rows } = await client.query<{ area_path: string; urgency: keyof TestHub['config']['orderTakeWithinHours'] }>(
      `select area_path, urgency from demand where id = $1 and status = 'POSTED' and fulfilment = 'SERVICE' for update`,
      [rowIdOf(demandId)],
    );
    if (!rows[0]) throw new Error(`placeServiceOrderForTest: ${demandId} is no posted service order`);
    const deadline = options.takeDeadline ?? new Date(at.getTime() + hub.config.orderTakeWithinHours[rows[0].urgency] * 3_600_000);
    await client.query(
      `update demand set status = 'PLACED', placed_by = $2, placed_at = $3, take_deadline = $4, updated_at = $3, version = version + 1 where id = $1`,
      [rowIdOf(demandId), actor.id, at, deadline],
    );
    await client.query(
      `insert into demand_history (demand_id, action, from_status, to_status, actor_id, actor_role, reason, at) values ($1, 'PLACE', 'POSTED', 'PLACED', $2, $3, null, $4)`,
      [rowIdOf(demandId), actor.id, actor.role, at],
    );
    const [cursor] = await recordEventsOn(client, actor, at, [
      {
        type: EventType.DEMAND_PLACED,
        subjectType: 'Demand',
        subjectId: rowIdOf(demandId),
        areaPath: rows[0].area_path,
        organizationId: null,
        isPublic: false,
        board: true,
        data: { from: 'POSTED', to: 'PLACED', reason: null },
      },
    ]);
    await client.query('commit');
    return cursor!;
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

/** A service order posted through the API and placed on the board (placeServiceOrderForTest). */
export async function boardOrder(hub: TestHub, area: BuiltArea, patch: Partial<PostDemandInput> = {}, options: { takeDeadline?: Date } = {}) {
  const posted = await postServiceOrder(hub, area, patch);
  const cursor = await placeServiceOrderForTest(hub, posted.id, options);
  return { id: posted.id, rowId: rowIdOf(posted.id), cursor };
}

export type TakerForTest =
  | { kind: 'VOLUNTEER'; volunteerId: string; accountId: string }
  | { kind: 'TEAM'; teamId: string; accountId: string }
  | { kind: 'ORGANIZATION'; organizationId: string; accountId: string };

/**
 * A live take of a placed service order (SQL): a demand_take row TAKEN for `quantity` (1 by default) with its
 * history, `taken_quantity` raised and the order TAKEN once covered, a TAKE history line, and DEMAND_TAKEN on the
 * board scoped to the order's live takers (their accounts; the units among them). Stands in for takeDemand's
 * takes (see above). `serviceNote` is stored as the taker's report would store it. Returns the take's row id and
 * the event's cursor.
 */
export async function insertTakeForTest(
  hub: TestHub,
  demandId: string,
  taker: TakerForTest,
  options: { quantity?: number; serviceNote?: string } = {},
): Promise<{ takeId: string; cursor: string }> {
  const quantity = options.quantity ?? 1;
  const at = hub.clock.now();
  const actor = { id: taker.accountId, role: taker.kind === 'ORGANIZATION' ? 'UNIT_ADMIN' : 'VOLUNTEER' };
  const id = rowIdOf(demandId);
  const client = await hub.app.db.pool.connect();
  try {
    await client.query('begin');
    const { rows } = await client.query<{ area_path: string; status: string; quantity: number; taken_quantity: number; end_date: string }>(
      `select area_path, status, quantity, taken_quantity, end_date::text from demand where id = $1 and fulfilment = 'SERVICE' for update`,
      [id],
    );
    const d = rows[0];
    if (!d || d.status !== 'PLACED' || d.taken_quantity + quantity > d.quantity) throw new Error(`insertTakeForTest: ${demandId} cannot take ${quantity} more`);
    const rowOf = (globalId: string) => rowIdOf(globalId);
    const take = await client.query<{ id: string }>(
      `insert into demand_take (demand_id, area_path, taker_kind, volunteer_id, team_id, organization_id, account_id, quantity, serve_deadline, taken_at, service_note)
       values ($1, $2, $3, $4, $5, $6, $7, $8, ($9::date + 1)::timestamp at time zone 'Asia/Shanghai', $10, $11) returning id::text`,
      [
        id, d.area_path, taker.kind,
        taker.kind === 'VOLUNTEER' ? rowOf(taker.volunteerId) : null,
        taker.kind === 'TEAM' ? rowOf(taker.teamId) : null,
        taker.kind === 'ORGANIZATION' ? rowOf(taker.organizationId) : null,
        taker.accountId, quantity, d.end_date, at, options.serviceNote ?? null,
      ],
    );
    const takeId = take.rows[0].id;
    await client.query(
      `insert into demand_take_history (take_id, action, from_status, to_status, actor_id, actor_role, reason, at) values ($1, 'TAKE', null, 'TAKEN', $2, $3, null, $4)`,
      [takeId, actor.id, actor.role, at],
    );
    const to = d.taken_quantity + quantity === d.quantity ? 'TAKEN' : 'PLACED';
    await client.query(
      `update demand set taken_quantity = taken_quantity + $2, status = $3, updated_at = $4, version = version + 1 where id = $1`,
      [id, quantity, to, at],
    );
    await client.query(
      `insert into demand_history (demand_id, action, from_status, to_status, actor_id, actor_role, reason, at) values ($1, 'TAKE', 'PLACED', $2, $3, $4, null, $5)`,
      [id, to, actor.id, actor.role, at],
    );
    const live = await client.query<{ accounts: string[]; organizations: string[] }>(
      `select coalesce(array_agg(distinct account_id) filter (where taker_kind <> 'ORGANIZATION'), '{}') as accounts,
              coalesce(array_agg(distinct organization_id::text) filter (where organization_id is not null), '{}') as organizations
       from demand_take where demand_id = $1 and status in ('TAKEN','SERVED','DISPUTED')`,
      [id],
    );
    const [cursor] = await recordEventsOn(client, actor, at, [
      {
        type: EventType.DEMAND_TAKEN,
        subjectType: 'Demand',
        subjectId: id,
        areaPath: d.area_path,
        organizationId: null,
        organizationIds: live.rows[0].organizations,
        accountIds: live.rows[0].accounts,
        isPublic: false,
        board: true,
        data: { takeId, takerKind: taker.kind, quantity, from: 'PLACED', to },
      },
    ]);
    await client.query('commit');
    return { takeId, cursor: cursor! };
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Records one event of a service order through the outbox (SQL), scoped as the service-order mutations scope
 * theirs: to the order's area, its live takers' accounts and units, and the board when `board`. For the events
 * of changes this branch has no mutation for (released, disputed…): it stands in for them (see above).
 */
export async function recordOrderEventForTest(
  hub: TestHub,
  demandId: string,
  event: { type: EventType; actor: { id: string; role: string }; data?: Record<string, unknown>; accountIds?: string[]; organizationIds?: string[]; board?: boolean },
): Promise<string> {
  const id = rowIdOf(demandId);
  const client = await hub.app.db.pool.connect();
  try {
    await client.query('begin');
    const { rows } = await client.query<{ area_path: string }>('select area_path from demand where id = $1', [id]);
    const [cursor] = await recordEventsOn(client, event.actor, hub.clock.now(), [
      {
        type: event.type,
        subjectType: 'Demand',
        subjectId: id,
        areaPath: rows[0]!.area_path,
        organizationId: null,
        organizationIds: event.organizationIds ?? [],
        accountIds: event.accountIds ?? [],
        isPublic: false,
        board: event.board ?? false,
        data: event.data ?? {},
      },
    ]);
    await client.query('commit');
    return cursor!;
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}
