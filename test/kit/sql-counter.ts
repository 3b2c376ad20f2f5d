import pg from 'pg';

/**
 * Counts the statements sent through the `pg` driver (every pool, the ORM's included) while `work` runs.
 * The ORM's own logger never sees the read path's statements; the driver sees everything.
 */
export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; count: number; statements: string[] }> {
  const original = pg.Client.prototype.query;
  const statements: string[] = [];
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const config = args[0] as string | { text?: string };
    statements.push(typeof config === 'string' ? config : (config?.text ?? '?'));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    const result = await work();
    return { result, count: statements.length, statements };
  } finally {
    pg.Client.prototype.query = original;
  }
}
