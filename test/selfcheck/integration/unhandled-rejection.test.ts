// SHAREHUB_SELFCHECK fixture: must fail. A promise rejected with nobody listening, while the test itself passes.
import { expect, it } from 'vitest';

it('selfcheck: an unhandled rejection fails the run', async () => {
  void Promise.reject(new Error('selfcheck: rejected on purpose, nobody handles it'));
  await new Promise<void>((resolve) => setImmediate(resolve));
  expect(true).toBe(true);
});
