import type { EntityManager } from '@mikro-orm/postgresql';

/*
 * The resource's allocation counter, changed only by matching and only through these conditional
 * updates, never through `version` (docs/architecture.md, "Matching"): concurrent acceptances queue on the row lock
 * and each re-checks the condition against the committed count, so capacity is never exceeded.
 */

/** Adds `quantity` to the resource's accepted quantity if it still fits its capacity; false when it does not. */
export async function allocateOnResource(em: EntityManager, resourceId: string, quantity: number, now: Date): Promise<boolean> {
  const rows: unknown[] = await em.execute(
    `update resource set accepted_quantity = accepted_quantity + ?, updated_at = ?
     where id = ? and capacity is not null and accepted_quantity + ? <= capacity returning id`,
    [quantity, now.toISOString(), resourceId, quantity],
  );
  return rows.length === 1;
}

/** Gives back `quantity` of the resource's accepted quantity (a cancelled acceptance). */
export async function releaseOnResource(em: EntityManager, resourceId: string, quantity: number, now: Date): Promise<void> {
  await em.execute(
    `update resource set accepted_quantity = greatest(0, accepted_quantity - ?), updated_at = ? where id = ?`,
    [quantity, now.toISOString(), resourceId],
  );
}
