import DataLoader from 'dataloader';
import type pg from 'pg';

/**
 * A per-operation DataLoader of lists keyed by the owner's id: `sql` selects the rows whose `key` column (a
 * bigint id) is in `$1::bigint[]` (and may use $2.. from `params`, e.g. the viewer's scope), already in the
 * order each list shows. One statement for any number of owners; an owner with no rows gets [].
 */
export function listLoader<Row extends Record<string, unknown>, T>(pool: pg.Pool, key: string, sql: string, map: (row: Row) => T, params: unknown[] = []) {
  return new DataLoader<string, T[]>(
    async (ids) => {
      const { rows } = await pool.query<Row>(sql, [ids, ...params]);
      const byKey = new Map<string, T[]>();
      for (const row of rows) {
        const k = String(row[key]);
        if (!byKey.has(k)) byKey.set(k, []);
        byKey.get(k)!.push(map(row));
      }
      return ids.map((id) => byKey.get(id) ?? []);
    },
    { maxBatchSize: 500 },
  );
}
