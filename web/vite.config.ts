import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { stampFile, webSourceHash } from './stamp.mjs';

/**
 * The IDE (GraphiQL) built into dist/web/ by `npm run build:web`; the hub serves index.html at GET /graphql and
 * the rest under /graphql/ide/ (src/ide.ts). The stamp written at the end lets `npm start` skip the build while
 * nothing changed (web/stamp.mjs says what "stale" means).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/graphql/ide/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // the IDE is one page opened now and then: one large chunk is fine
    chunkSizeWarningLimit: 10_000,
    // every asset a file of its own: an inlined data: script or worker would need a looser CSP
    assetsInlineLimit: 0,
    rolldownOptions: {
      // framer-motion's "use client" lines mean nothing outside React Server Components: said once per file
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  worker: { format: 'es' },
  plugins: [
    {
      // the IDE must work offline: a stylesheet that loads a font or an image from another host fails the build
      name: 'sharehub-web-no-remote-css',
      generateBundle(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.css')) continue;
          const remote = /(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?\/\/[^'")\s]+)/.exec(String(file.source));
          if (remote) this.error(`${file.fileName} loads ${remote[1]}: the IDE must not fetch anything from another host`);
        }
      },
    },
    {
      name: 'sharehub-web-stamp',
      closeBundle() {
        writeFileSync(stampFile, `${webSourceHash()}\n`);
      },
    },
  ],
});
