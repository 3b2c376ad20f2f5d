// SHAREHUB_SELFCHECK fixture: must fail. A worker that ends itself with code 0 mid-test.
import { it } from 'vitest';

it('selfcheck: a worker calling process.exit(0) fails the run', () => {
  process.exit(0);
});
