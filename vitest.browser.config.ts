import { defineConfig } from 'vitest/config';

/**
 * `npm run test:browser`: the IDE in a real Chromium (test/browser/), apart from `npm test`, whose projects
 * (vitest.config.ts) include only test/unit/ and test/integration/. Same test databases as the integration tests.
 */
export default defineConfig({
  resolve: {
    // one graphql copy for our files and type-graphql (see vitest.config.ts)
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    name: 'browser',
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/kit/global-setup.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
