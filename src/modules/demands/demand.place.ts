import type pg from 'pg';
import type { Context } from '../../context.js';
import { sqlOn } from '../../db/tx-query.js';
import { fail, ok, userError, type Outcome } from '../../shared/errors.js';
import { actorOf } from '../../shared/viewer.js';
import type { Change } from '../../outbox/transact.js';
import { DemandAction, DemandFulfilment, type DemandStatus, type Urgency } from './demand.enums.js';
import { canPlace, demandForChangeOf, type DemandFacts } from './demand.rules.js';
import { DEMAND_EVENTS, demandEvent, demandSubjectOfRow, serviceEvent } from './demand.record.js';
import { decideDemand } from './demand.transitions.js';
import { todayOf } from '../../shared/today.js';

/*
 * placeDemand without the ORM: placing starts the latency the matching benchmark measures (a demand placed
 * to its proposals committed), and the EntityManager's begin, load, flush and commit cost it ~10 ms. The
 * same rules judge it as every other demand change (demand.rules.ts, demand.transitions.ts).
 */

// locked: a concurrent change of the demand waits for this one, so the row judged is the row updated
const FACTS = `
  select id, area_path, status, end_date, taken_by_organization_id, taken_by_account, fulfilment, urgency, quantity, taken_quantity
  from demand where id = $1 for update`;

/**
 * The demand's move and its history line in one statement; the version moves as the ORM's would. A service
 * order's take deadline ($8) is fixed here and never recomputed.
 */
const PLACE = `
  with placed as (
    update demand set status = $2, placed_by = $3, placed_at = $4, updated_at = $4, version = version + 1, take_deadline = $8
    where id = $1
    returning id
  )
  insert into demand_history (demand_id, action, from_status, to_status, actor_id, actor_role, reason, at)
  select id, '${DemandAction.PLACE}', $5, $2, $6, $7, null, $4 from placed`;

interface FactsRow {
  id: string;
  area_path: string;
  status: DemandStatus;
  end_date: string;
  taken_by_organization_id: string | null;
  taken_by_account: string | null;
  fulfilment: DemandFulfilment;
  urgency: Urgency;
  quantity: number;
  taken_quantity: number;
}

const factsOfRow = (row: FactsRow): DemandFacts => ({
  areaPath: row.area_path,
  status: row.status,
  takenByOrganizationId: row.taken_by_organization_id,
  takenByAccount: row.taken_by_account,
});

/**
 * Places demand `id` for the context's viewer on a client holding an open transaction (`transactOn`): the
 * event is returned for the caller to record last. Throws NOT_FOUND or FORBIDDEN; returns the decision's
 * user error having written nothing.
 */
export async function placeDemandOn(client: pg.ClientBase, ctx: Context, id: string, at: Date): Promise<Outcome<Change<string>>> {
  const viewer = ctx.viewer;
  // prepared: each pooled connection parses and plans them once
  const sql = sqlOn(client);
  const rows = await sql<FactsRow>(FACTS, [id], { prepare: true });
  const d = demandForChangeOf(viewer, rows[0] ?? null, factsOfRow, 'input.id', canPlace);
  const decision = decideDemand('place', { status: d.status, endDate: d.end_date, taken: false }, todayOf(ctx));
  if (!decision.ok) return fail(userError(decision.code, decision.message, 'input.id'));
  const actor = actorOf(viewer);
  const service = d.fulfilment === DemandFulfilment.SERVICE;
  // calendar hours from placing (ORDER_TAKE_WITHIN_HOURS), by urgency
  const takeDeadline = service ? new Date(at.getTime() + ctx.app.config.orderTakeWithinHours[d.urgency] * 3_600_000).toISOString() : null;
  await sql(PLACE, [d.id, decision.to, viewer.accountId, at.toISOString(), decision.from, actor.id, actor.role, takeDeadline], { prepare: true });
  if (service) {
    // a new open order on the board: nobody has taken it yet, so no takers to tell
    const order = { id: d.id, areaPath: d.area_path, quantity: d.quantity, takenQuantity: d.taken_quantity };
    return ok({ result: d.id, events: [serviceEvent(DEMAND_EVENTS.place, order, { organizationIds: [], accountIds: [] }, { from: decision.from, to: decision.to })] });
  }
  const subject = demandSubjectOfRow(d.id, d.area_path, d.taken_by_organization_id);
  return ok({ result: d.id, events: [demandEvent(DEMAND_EVENTS.place, subject, { from: decision.from, to: decision.to, reason: null })] });
}
