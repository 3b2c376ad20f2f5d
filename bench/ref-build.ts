/**
 * An older commit's build beside the current one, for A/B runs: `buildRef(ref)` checks the commit out in a
 * temporary detached git worktree, gives it node_modules and runs its `npm run build`, so that its own
 * `dist/` can be started next to this checkout's. `removeWorktrees()` takes every such worktree away again,
 * whatever stage it reached: also one whose checkout or build a signal interrupted.
 */
import { execFileSync, spawn } from 'node:child_process';
import { lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BenchError, track } from './hub-process.js';

/** This checkout: dist/bench/ref-build.js is two folders below it. */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface RefBuild {
  /** The abbreviated commit the ref named. */
  commit: string;
  /** Its one-line subject, for the report. */
  subject: string;
  /** The worktree, with the commit's `dist/` built in it. */
  dir: string;
}

/** Temporary folders holding a worktree (or the start of one), until removeWorktrees. */
const folders = new Set<string>();

/** Runs a command to its end, its output kept for the error that a non-zero exit throws. */
function run(command: string, args: string[], cwd: string): Promise<string> {
  const child = track(spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] }));
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve(output.trim());
      else reject(new BenchError(`\`${[command, ...args].join(' ')}\` in ${cwd} failed (${signal ?? `code ${code}`}):\n${output.trim().split('\n').slice(-20).join('\n')}`));
    });
  });
}

type LockPackages = Record<string, { version?: string }>;

function lockPackages(file: string): LockPackages {
  return (JSON.parse(readFileSync(file, 'utf8')) as { packages?: LockPackages }).packages ?? {};
}

/**
 * Whether this checkout's node_modules serves the other tree as it is: every package its lock file names
 * sits at the same place in the same version in ours, which `npm ci` installed. The root entry lists the
 * dependencies by range and says nothing about what is installed.
 */
function modulesCover(otherLock: string): boolean {
  const ours = lockPackages(path.join(ROOT, 'package-lock.json'));
  return Object.entries(lockPackages(otherLock)).every(([where, entry]) => where === '' || ours[where]?.version === entry.version);
}

export async function buildRef(ref: string, say: (line: string) => void): Promise<RefBuild> {
  const commit = await run('git', ['rev-parse', '--verify', '--quiet', '--short', `${ref}^{commit}`], ROOT).catch(() => {
    throw new BenchError(`--against ${ref}: git knows no such commit`);
  });
  const subject = await run('git', ['log', '-1', '--format=%s', commit], ROOT);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'sharehub-bench-'));
  folders.add(folder);
  const dir = path.join(folder, 'tree');
  const started = performance.now();
  await run('git', ['worktree', 'add', '--detach', dir, commit], ROOT);
  const linked = modulesCover(path.join(dir, 'package-lock.json'));
  if (linked) {
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  } else {
    say(`${commit}: its package-lock.json asks for packages this checkout does not have: npm ci there (takes a while)`);
    await run('npm', ['ci', '--no-audit', '--no-fund'], dir);
  }
  await run('npm', ['run', 'build', '--silent'], dir);
  say(`${commit} built in ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s (node_modules: ${linked ? "this checkout's, linked" : 'its own, npm ci'})`);
  return { commit, subject, dir };
}

/**
 * Removes every worktree buildRef made, with its build; call it once the processes started from them have
 * exited. Synchronous, so that it also runs on the way out of a failed or interrupted run; a worktree it
 * cannot remove is named on stderr, and the others go all the same.
 */
export function removeWorktrees(): void {
  for (const folder of folders) {
    folders.delete(folder);
    try {
      removeWorktree(path.join(folder, 'tree'));
      rmSync(folder, { recursive: true, force: true });
    } catch (error) {
      process.stderr.write(`could not remove the worktree in ${folder} (${error instanceof Error ? error.message : String(error)}): see \`git worktree list\`\n`);
    }
  }
}

function removeWorktree(dir: string): void {
  // unlink our node_modules first: no recursive delete may ever walk into this checkout's packages
  const modules = path.join(dir, 'node_modules');
  if (lstatSync(modules, { throwIfNoEntry: false })?.isSymbolicLink()) unlinkSync(modules);
  try {
    // twice: a worktree that `git worktree add` left locked as it was interrupted goes too
    execFileSync('git', ['worktree', 'remove', '--force', '--force', dir], { cwd: ROOT, stdio: 'ignore' });
  } catch {
    // interrupted before git had registered it, or half made: delete the files, then git forgets it
    rmSync(dir, { recursive: true, force: true });
    execFileSync('git', ['worktree', 'prune'], { cwd: ROOT, stdio: 'ignore' });
  }
}
