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

/** One history entry as the history fields show it (what, from and to which status, who, why, a detail, when). */
export interface HistoryEntryOf<A extends string, S extends string> {
  action: A;
  from: S | null;
  to: S | null;
  actor: { id: string; role: string };
  reason: string | null;
  detail: string | null;
  occurredAt: Date;
}

/**
 * The history of owners by id, oldest first, from a history table with the shared columns (HistoryEntity and
 * a `detail`): project_history, volunteer_history, … keyed by `ownerColumn`. One statement for any number of owners.
 */
export function historyLoader<A extends string, S extends string>(pool: pg.Pool, table: string, ownerColumn: string) {
  return listLoader<Record<string, unknown>, HistoryEntryOf<A, S>>(
    pool,
    ownerColumn,
    `select h.${ownerColumn}, h.action, h.from_status, h.to_status, h.actor_id, h.actor_role, h.reason, h.detail, h.at
     from ${table} h where h.${ownerColumn} = any($1::bigint[]) order by h.${ownerColumn}, h.id`,
    (row) => ({
      action: row.action as A,
      from: row.from_status as S | null,
      to: row.to_status as S | null,
      actor: { id: row.actor_id as string, role: row.actor_role as string },
      reason: row.reason as string | null,
      detail: row.detail as string | null,
      occurredAt: row.at as Date,
    }),
  );
}
