import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment a tool or a README command gets: this process's, less the variables that would make a token
 * tool sign with another key than the test hubs verify with (they use the development default).
 */
export function toolEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const name of ['JWT_SECRET', 'JWT_PUBLIC_KEY', 'JWT_JWKS_URL']) delete env[name];
  return env;
}

/** Runs `command` with `args` in `cwd` (the repository's root by default); resolves when it exits, with what it printed. */
export function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; input?: string; cwd?: string } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? ROOT, env: options.env ?? toolEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/**
 * How long a `beforeAll` that may build dist/ may take: a fresh clone has none, and the build (20–40 s alone) shares
 * the machine with the suite's other files, or waits for another file's build behind the launcher's lock.
 */
export const BUILD_TIMEOUT_MS = 300_000;

/**
 * Runs a tool of src/tools/ as `npm run <tool>` does, through scripts/run-tool.mjs: the first call of a run may
 * build dist/ (tens of seconds; the launcher's lock makes concurrent callers wait for one build), so call it
 * from a `beforeAll`, whose timeout is generous.
 */
export function runTool(tool: string, args: string[], env?: NodeJS.ProcessEnv): Promise<Run> {
  return run(process.execPath, ['scripts/run-tool.mjs', tool, ...args], { env });
}
