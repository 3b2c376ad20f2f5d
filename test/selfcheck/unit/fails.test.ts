// SHAREHUB_SELFCHECK fixture: must fail. It proves the test command's exit code reports a failing unit test.
import { expect, it } from 'vitest';

it('selfcheck: a failing unit assertion fails the run', () => {
  expect(1).toBe(2);
});
