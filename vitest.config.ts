import { defineConfig } from 'vitest/config';

/**
 * SHAREHUB_SELFCHECK=1 runs only the fixtures under test/selfcheck/, each of which must fail (a failing unit
 * assertion, a failing integration assertion, an unhandled rejection, a worker calling process.exit(0)):
 * `.ci/run` checks that the test command then exits non-zero and reports all four.
 */
const selfcheck = process.env.SHAREHUB_SELFCHECK === '1';

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for type-graphql (no "exports" map); Vite would pick index.mjs for
    // our files, and two graphql copies break instanceof checks. One copy for both:
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    projects: [
      {
        extends: true,
        // a generous deadline: generating the sentinel's documents from the whole schema takes seconds on a loaded machine
        test: { name: 'unit', include: [selfcheck ? 'test/selfcheck/unit/**/*.test.ts' : 'test/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: [selfcheck ? 'test/selfcheck/integration/**/*.test.ts' : 'test/integration/**/*.test.ts'],
          globalSetup: ['test/kit/global-setup.ts'],
          pool: 'forks',
          // the hub's modules are imported once per worker, not once per file (about 2.5 s a file): test
          // files share no state but the process, each on a database of its own
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
