// Whether the IDE's build (dist/web/) is stale, without running Vite: `npm start` and `npm run test:browser`
// rebuild it only then (`node web/stamp.mjs || npm run build:web`).
//
// "Stale" means: dist/web/.source-hash is missing, or it differs from the SHA-256 over every file under web/
// (its path and content) and package-lock.json (any package version, GraphiQL's included). Contents, not mtimes,
// so that a fresh clone or a branch switch cannot look fresh by accident. Hashing these few files takes
// milliseconds. web/vite.config.ts writes the stamp when a build finishes.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const stampFile = path.join(root, 'dist/web/.source-hash');

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

export function webSourceHash() {
  const hash = createHash('sha256');
  for (const file of [...filesUnder(path.join(root, 'web')), 'package-lock.json']) {
    hash.update(`${file}\0`).update(readFileSync(path.join(root, file))).update('\0');
  }
  return hash.digest('hex');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const fresh = existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === webSourceHash();
  if (!fresh) console.log('web: dist/web is missing or older than web/ and package-lock.json; building it');
  process.exit(fresh ? 0 : 1);
}
