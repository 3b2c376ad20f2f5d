/**
 * The layering of the hub, checked in CI (`npm run layers`, in `.ci/run`). Type-only imports count
 * (tsPreCompilationDeps). Violations that existed when the check came in are listed in
 * `.dependency-cruiser-known-violations.json` and tolerated until they are fixed (issue 12 removes them);
 * any new one fails CI. After fixing some, shrink the list with `npm run layers:baseline`.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles, type-only ones included.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-imports-no-module',
      severity: 'error',
      comment: 'src/shared/ is below every module: it imports none.',
      from: { path: '^src/shared/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'read-engine-imports-no-module',
      severity: 'error',
      comment: 'src/read/ is the read engine (compile, selection, page, params, text): domain compilers live in their module.',
      from: { path: '^src/read/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'modules-import-no-process',
      severity: 'error',
      comment: 'Modules never import the process, the servers or the schema that compose them.',
      from: { path: '^src/modules/' },
      to: { path: '^src/(main|server|ws|schema)\\.ts$' },
    },
    {
      name: 'module-through-its-index',
      severity: 'error',
      comment: "One module reaches another only through that module's index.ts.",
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'seeds-need-no-server',
      severity: 'error',
      comment: 'The seeds write a database; they need no server.',
      from: { path: '^seeds/' },
      to: { path: '^src/(main|server|ws)\\.ts$' },
    },
    {
      name: 'bench-imports-no-test',
      severity: 'error',
      comment: 'Benchmarks do not depend on the test kit.',
      from: { path: '^bench/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|test/gql)/' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
