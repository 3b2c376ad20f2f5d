import DataLoader from 'dataloader';
import type pg from 'pg';

/**
 * A per-operation DataLoader over `sql`, which selects rows whose `id` is in `$1::bigint[]` (and may use
 * $2.. from `params`, e.g. the viewer's scope, so that what the caller may not see comes back missing).
 * Missing ids resolve to null, never to an error: existence does not leak.
 */
export function byIdLoader<Row extends { id: string }, T>(
  pool: pg.Pool,
  sql: string,
  map: (row: Row) => T,
  params: unknown[] = [],
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(
    async (ids) => {
      const { rows } = await pool.query<Row>(sql, [ids, ...params]);
      const byId = new Map(rows.map((row) => [String(row.id), map(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    },
    { maxBatchSize: 500 },
  );
}
