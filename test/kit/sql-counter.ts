import pg from 'pg';
import { BACKGROUND_SQL } from '../../src/outbox/feed.js';

/**
 * Counts the statements sent through the `pg` driver (every pool, the ORM's included) while `work` runs.
 * The ORM's own logger never sees the read path's statements; the driver sees everything. The event feed's
 * reads (marked BACKGROUND_SQL) run on their own schedule and are left out.
 */
export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; count: number; statements: string[] }> {
  const original = pg.Client.prototype.query;
  const statements: string[] = [];
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const config = args[0] as string | { text?: string };
    const text = typeof config === 'string' ? config : (config?.text ?? '?');
    if (!text.startsWith(BACKGROUND_SQL)) statements.push(text);
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    const result = await work();
    return { result, count: statements.length, statements };
  } finally {
    pg.Client.prototype.query = original;
  }
}
