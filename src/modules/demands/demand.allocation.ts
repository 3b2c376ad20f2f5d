import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/viewer.js';
import { DemandAction, DemandStatus } from './demand.enums.js';

/*
 * The demand's side of matching: its accepted quantity is a counter changed with conditional
 * updates, and its status follows it: PLACED with nothing accepted, PARTIALLY_MATCHED with some,
 * MATCHED with all of its quantity; FULFILLED once the community confirmed every accepted match and the
 * whole quantity was accepted. Each status change is also a line of the demand's history (MATCH, UNMATCH,
 * FULFIL, by whoever accepted, cancelled or fulfilled the match); the match's own history and events say
 * which match it was.
 */


/** A line of demand_history for a status change made by matching (the demand row is locked by the caller's update). */
async function recordStatusChange(em: EntityManager, demandId: string, action: DemandAction, from: DemandStatus, to: DemandStatus, actor: Actor, now: Date): Promise<void> {
  if (from === to) return;
  await em.execute(
    `insert into demand_history (demand_id, action, from_status, to_status, actor_id, actor_role, reason, at) values (?, ?, ?, ?, ?, ?, null, ?)`,
    [demandId, action, from, to, actor.id, actor.role, now.toISOString()],
  );
}

/** The demand's status, its row locked for the change that follows (after the match and resource: acceptMatch's lock order). */
async function lockedStatus(em: EntityManager, demandId: string): Promise<DemandStatus | undefined> {
  const rows: { status: DemandStatus }[] = await em.execute(`select status from demand where id = ? for update`, [demandId]);
  return rows[0]?.status;
}

/** The demand as an allocation left it (its counters and status after the conditional update). */
export interface DemandAllocated {
  id: string;
  areaPath: string;
  status: DemandStatus;
  quantity: number;
  acceptedQuantity: number;
}

/**
 * Adds `quantity` to a demand's accepted quantity when the demand is still matchable on `today` (PLACED or
 * PARTIALLY_MATCHED, not past its end date) and the sum does not exceed its quantity. Null when it is not.
 */
export async function allocateToDemand(em: EntityManager, demandId: string, quantity: number, today: string, now: Date, actor: Actor): Promise<DemandAllocated | null> {
  const from = await lockedStatus(em, demandId);
  const rows: { id: string; area_path: string; status: DemandStatus; quantity: number; accepted_quantity: number }[] = await em.execute(
    `update demand set accepted_quantity = accepted_quantity + ?,
       status = case when accepted_quantity + ? >= quantity then '${DemandStatus.MATCHED}' else '${DemandStatus.PARTIALLY_MATCHED}' end,
       updated_at = ?
     where id = ? and status in ('${DemandStatus.PLACED}','${DemandStatus.PARTIALLY_MATCHED}') and end_date >= ?::date
       and accepted_quantity + ? <= quantity
     returning id::text, area_path, status, quantity, accepted_quantity`,
    [quantity, quantity, now.toISOString(), demandId, today, quantity],
  );
  const r = rows[0];
  if (r) await recordStatusChange(em, demandId, DemandAction.MATCH, from!, r.status, actor, now);
  return r ? { id: r.id, areaPath: r.area_path, status: r.status, quantity: r.quantity, acceptedQuantity: r.accepted_quantity } : null;
}

/** Gives back `quantity` of a demand's accepted quantity; a PARTIALLY_MATCHED or MATCHED demand goes back accordingly. */
export async function releaseFromDemand(em: EntityManager, demandId: string, quantity: number, now: Date, actor: Actor): Promise<void> {
  const from = await lockedStatus(em, demandId);
  const rows: { status: DemandStatus }[] = await em.execute(
    `update demand set accepted_quantity = greatest(0, accepted_quantity - ?),
       status = case when status in ('${DemandStatus.PARTIALLY_MATCHED}','${DemandStatus.MATCHED}')
         then case when accepted_quantity - ? <= 0 then '${DemandStatus.PLACED}' else '${DemandStatus.PARTIALLY_MATCHED}' end
         else status end,
       updated_at = ?
     where id = ?
     returning status`,
    [quantity, quantity, now.toISOString(), demandId],
  );
  if (rows[0]) await recordStatusChange(em, demandId, DemandAction.UNMATCH, from!, rows[0].status, actor, now);
}

/**
 * Marks a MATCHED demand FULFILLED when no accepted match of it is left unfulfilled (its whole quantity was
 * accepted and every accepted match confirmed). True when it did.
 */
export async function fulfilDemandIfDone(em: EntityManager, demandId: string, now: Date, actor: Actor): Promise<boolean> {
  const rows: unknown[] = await em.execute(
    `update demand d set status = '${DemandStatus.FULFILLED}', updated_at = ?
     where d.id = ? and d.status = '${DemandStatus.MATCHED}' and d.accepted_quantity >= d.quantity
       and not exists (select 1 from match m where m.demand_id = d.id and m.status = 'ACCEPTED')
     returning d.id`,
    [now.toISOString(), demandId],
  );
  if (rows.length === 1) await recordStatusChange(em, demandId, DemandAction.FULFIL, DemandStatus.MATCHED, DemandStatus.FULFILLED, actor, now);
  return rows.length === 1;
}
