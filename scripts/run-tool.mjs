// `node scripts/run-tool.mjs <tool> [args…]`: runs dist/src/tools/<tool>.js, building first only when the build
// is stale, so that `npm run token` costs a process start, not a compilation. Stale means: the tool's output is
// missing, or a file under src/, seeds/ or bench/ (or a folder there, for deletions), tsconfig.json,
// tsconfig.build.json or package-lock.json is newer than both the tool's output and the incremental build's
// record (dist/tsconfig.build.tsbuildinfo). Then `tsc -b tsconfig.build.json` rebuilds what changed, its output on
// standard error (standard output stays the tool's: `TOKEN=$(npm run token --silent -- …)`), under a lock folder
// so that two launchers never write dist/ at once. A failed build exits 1 and marks the build stale again.
// Measured on a shared 2-CPU machine: current, `npm run token` takes 0.4 s (0.26 s for this script and the tool, as
// long as `node dist/src/tools/token.js` alone; asking `tsc -b` instead of comparing times would add 0.2 s); stale,
// the incremental build (tsconfig.build.json) takes 1–10 s for a touched file, about 27 s for an edit of a file that
// most of src/ imports, 30–40 s from nothing, where `npm run build` before every tool run took 20–40 s each time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const INPUT_DIRS = ['src', 'seeds', 'bench'];
const INPUT_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
const BUILD_INFO = path.join(root, 'dist', 'tsconfig.build.tsbuildinfo');
const LOCK = path.join(root, 'dist', '.build-lock');
const LOCK_WAIT_MS = 10 * 60_000;

const [tool, ...args] = process.argv.slice(2);
const tools = readdirSync(path.join(root, 'src', 'tools')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
if (!tool || !tools.includes(tool)) {
  process.stderr.write(`usage: node scripts/run-tool.mjs <${tools.join('|')}> [args…]\n`);
  process.exit(2);
}
const output = path.join(root, 'dist', 'src', 'tools', `${tool}.js`);

const mtime = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
};

/** The newest input and its time; folders count, so that a deleted file makes the build stale too. */
function newestInput() {
  let newest = { file: '', at: 0 };
  const see = (file, at) => {
    if (at > newest.at) newest = { file, at };
  };
  const walk = (dir) => {
    see(dir, mtime(dir));
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else see(file, mtime(file));
    }
  };
  for (const dir of INPUT_DIRS) if (existsSync(path.join(root, dir))) walk(path.join(root, dir));
  for (const file of INPUT_FILES) see(path.join(root, file), mtime(path.join(root, file)));
  return newest;
}

/** Why the build is stale, or null when it is current. */
function staleness() {
  if (!existsSync(output)) return `dist/src/tools/${tool}.js is missing`;
  const newest = newestInput();
  return newest.at > Math.max(mtime(output), mtime(BUILD_INFO)) ? `${path.relative(root, newest.file)} is newer than the build` : null;
}

function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Takes the build lock (a folder, made atomically), waiting for another launcher's build; clears a dead one's. */
function lock() {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(path.join(LOCK, 'pid'), String(process.pid));
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    let holder = 0;
    try {
      holder = Number(readFileSync(path.join(LOCK, 'pid'), 'utf8'));
    } catch {
      // the holder has made the folder and not yet written its pid, or has just removed it
    }
    if (holder && !alive(holder)) rmSync(LOCK, { recursive: true, force: true });
    else if (Date.now() > deadline) {
      process.stderr.write(`run-tool: ${path.relative(root, LOCK)} has been held for ${LOCK_WAIT_MS / 60_000} minutes; remove it if no build is running\n`);
      process.exit(1);
    } else sleepSync(100);
  }
}

let why = staleness();
if (why) {
  lock();
  let failed = false;
  try {
    // another launcher may have built while this one waited for the lock
    why = staleness();
    if (why) {
      process.stderr.write(`run-tool: building (${why})…\n`);
      const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
      const build = spawnSync(process.execPath, [tsc, '-b', 'tsconfig.build.json'], { cwd: root, stdio: ['ignore', 2, 2] });
      if (build.status !== 0) {
        // tsc emits despite type errors: date the outputs back so that the next run builds (and reports) again
        for (const file of [output, BUILD_INFO]) if (existsSync(file)) utimesSync(file, 0, 0);
        process.stderr.write(`run-tool: the build failed${build.signal ? ` (${build.signal})` : ''}; nothing was run\n`);
        failed = true;
      } else if (existsSync(BUILD_INFO)) {
        // tsc -b leaves its record alone when nothing it compiles changed (a newer package-lock.json, a touched
        // folder): dated now, the record says the build was found current, and the next run does not ask again
        const now = new Date();
        utimesSync(BUILD_INFO, now, now);
      }
    }
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
  if (failed) process.exit(1);
}

// run in this process (one Node start, not two): the tool reads process.argv as if started directly
process.argv = [process.argv[0], output, ...args];
await import(pathToFileURL(output).href);
