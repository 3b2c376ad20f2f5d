/**
 * The layering of the hub (docs/architecture.md, "Layers"), checked in CI by `npm run layers` (in `.ci/run`).
 * Type-only imports count (tsPreCompilationDeps): a type-only cycle is a cycle. Every rule holds with no
 * exception; a change that breaks one fails CI.
 */
const MODULES = '^src/modules/';

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
      name: 'shared-imports-only-shared',
      severity: 'error',
      comment: 'src/shared/ is below everything: it imports only itself (and packages).',
      from: { path: '^src/shared/' },
      to: { path: '^src/', pathNot: '^src/shared/' },
    },
    {
      name: 'read-engine-imports-no-module',
      severity: 'error',
      comment: 'src/read/ is the read engine (compile, selection, page, params, text): what a type reads is declared in its module. It runs prepared statements (src/db/statements.ts) and nothing above.',
      from: { path: '^src/read/' },
      to: { path: `${MODULES}|^src/(outbox|workers)/|^src/[^/]+\\.ts$` },
    },
    {
      name: 'db-imports-no-domain',
      severity: 'error',
      comment: 'src/db/ (ORM, launcher, migrations, statements) knows no module: openDatabase is handed the entities.',
      from: { path: '^src/db/' },
      to: { path: `${MODULES}|^src/(read|outbox|workers)/` },
    },
    {
      name: 'outbox-and-workers-reach-modules-through-the-app',
      severity: 'error',
      comment: 'The event log, the subscription hub and the workers know no module: they read the manifests App carries.',
      from: { path: '^src/(outbox|workers)/' },
      to: { path: MODULES },
    },
    {
      name: 'core-knows-no-module',
      severity: 'error',
      comment: 'The process, the servers, the context and the schema reach modules only through the registry (src/modules/index.ts).',
      from: { path: '^src/[^/]+\\.ts$' },
      to: { path: MODULES, pathNot: '^src/modules/index\\.ts$' },
    },
    {
      name: 'modules-import-no-process',
      severity: 'error',
      comment: 'Modules never import the process, the servers, the schema or the composition root that compose them.',
      from: { path: MODULES },
      to: { path: '^src/(main|server|ws|schema|app|jit)\\.ts$|^src/workers/|^src/tools/' },
    },
    {
      name: 'module-through-its-index',
      severity: 'error',
      comment: "One module reaches another only through that module's index.ts.",
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'no-module-imports-the-registry',
      severity: 'error',
      comment: 'The registry lists the modules; a module that imported it would import every module.',
      from: { path: MODULES },
      to: { path: '^src/modules/index\\.ts$' },
    },
    {
      name: 'seeds-need-no-server',
      severity: 'error',
      comment: 'The seeds are a pure generator and a loader over a pool: no server, no configuration, no composition root.',
      from: { path: '^seeds/' },
      to: { path: '^src/(main|server|ws|app|config|schema)\\.ts$|^src/(workers|outbox|tools)/' },
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
