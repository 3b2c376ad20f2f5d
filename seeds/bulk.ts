import type pg from 'pg';

/** `count` ids from the table's identity sequence, in one statement. */
export async function allocateIds(client: pg.PoolClient, table: string, count: number): Promise<string[]> {
  const { rows } = await client.query<{ id: string }>(
    `select nextval(pg_get_serial_sequence($1, 'id'))::text as id from generate_series(1, $2)`,
    [table, count],
  );
  return rows.map((r) => r.id);
}

/** Bulk insert through unnest: one statement a table, whatever the scale. */
export async function insertRows(client: pg.PoolClient, table: string, columns: Record<string, string>, rows: Record<string, unknown>[]) {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const arrays = names.map((name) =>
    rows.map((row) => {
      const value = row[name];
      // a null stays SQL null (an area without a boundary), not the JSON null
      return columns[name] === 'jsonb' ? (value === null ? null : JSON.stringify(value)) : columns[name] === 'text[]' ? `{${(value as string[]).join(',')}}` : value;
    }),
  );
  // jsonb and text[] values travel as text literals (unnest would flatten nested arrays) and are cast per row
  const selects = names.map((name, i) => {
    const type = columns[name];
    return `$${i + 1}::${type === 'jsonb' || type === 'text[]' ? 'text' : type}[]`;
  });
  const casts = names.map((name) => (columns[name] === 'jsonb' ? `${name}::jsonb` : columns[name] === 'text[]' ? `${name}::text[]` : name));
  await client.query(
    `insert into ${table} (${names.join(', ')}) overriding system value
     select ${casts.join(', ')} from unnest(${selects.join(', ')}) as t(${names.join(', ')})`,
    arrays,
  );
}
