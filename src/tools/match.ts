import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

import { greedyNearestFirst, InstanceError, solveAssignment, type Instance } from '../modules/matching/engine/index.js';

/**
 * `npm run match -- --instance FILE [--greedy] [--pretty]`
 * Solves the JSON instance in FILE (`-` for standard input) with the matching engine and prints the result as
 * JSON on standard output. `--greedy` prints the greedy baseline's result instead. A bad instance, an unreadable
 * file or bad JSON exits with status 1 and a one-line message on standard error; bad arguments exit with 2.
 */

export interface MatchIo {
  readFile(path: string): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

const USAGE = 'usage: npm run match -- --instance FILE [--greedy] [--pretty]';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export const processIo: MatchIo = {
  readFile: (path) => (path === '-' ? readStdin() : readFile(path, 'utf8')),
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

/** Runs the command with `argv` (the arguments after the script name); resolves to the exit status. */
export async function main(argv: string[], io: MatchIo = processIo): Promise<number> {
  const fail = (status: number, message: string): number => {
    io.stderr(`match: ${oneLine(message)}\n`);
    return status;
  };
  let values: { instance?: string; greedy?: boolean; pretty?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { instance: { type: 'string' }, greedy: { type: 'boolean' }, pretty: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return fail(2, `${(error as Error).message} (${USAGE})`);
  }
  if (values.help) {
    io.stdout(`${USAGE}\n\nSolves the JSON instance in FILE (- for standard input) and prints the assignment as JSON; --greedy prints\nthe greedy baseline's instead, --pretty indents it. README.md, "Matching engine", describes the format.\n`);
    return 0;
  }
  const file = values.instance;
  if (!file) return fail(2, `--instance FILE is required (${USAGE})`);

  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    return fail(1, `cannot read ${file}: ${(error as Error).message}`);
  }
  let instance: unknown;
  try {
    instance = JSON.parse(text);
  } catch (error) {
    return fail(1, `${file} is not valid JSON: ${(error as Error).message}`);
  }
  try {
    const result = values.greedy ? greedyNearestFirst(instance as Instance) : solveAssignment(instance as Instance);
    io.stdout(`${JSON.stringify(result, null, values.pretty ? 2 : undefined)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InstanceError) return fail(1, `${file}: invalid instance: ${error.message}`);
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
