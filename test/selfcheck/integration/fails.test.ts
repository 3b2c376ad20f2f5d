// SHAREHUB_SELFCHECK fixture: must fail. A failing assertion in an integration file, beside a real database.
import { expect, it } from 'vitest';
import { createTestDatabase } from '../../kit/database.js';

it('selfcheck: a failing integration assertion fails the run', async () => {
  const database = await createTestDatabase();
  try {
    const { rows } = await database.db.pool.query<{ one: number }>('select 1 as one');
    expect(rows[0].one).toBe(2);
  } finally {
    await database.drop();
  }
});
