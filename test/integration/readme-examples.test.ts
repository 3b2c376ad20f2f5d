import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDistrict } from '../../seeds/load.js';
import { main as tokenTool } from '../../src/tools/token.js';
import { createTestDatabase } from '../kit/database.js';
import { startHubOn, type TestHub } from '../kit/server.js';
import { BUILD_TIMEOUT_MS, ROOT, run, runTool, toolEnv } from '../kit/tools.js';

/**
 * README.md's examples, run as a partner would run them: every `graphql` and `sh` block, in the file's order, against
 * a hub on a newly seeded district (the ids the README names are the seeded ones) whose clock is the machine's, as
 * under `npm start`. A block may say in a comment above it which token (the options of `npm run token`) and variables
 * it takes, and `expects: CODE` when it is shown for that error:
 *   <!-- example token: --role UNIT_ADMIN --organization T3JnYW5pemF0aW9uOjE; variables: {"id": "…"}; expects: VERSION_CONFLICT -->
 * A block neither run nor listed below fails the test, and so does a listed block that is gone.
 */

/** `graphql`/`sh` blocks not run here, by their first line, each with the reason. */
const NOT_RUN: Record<string, string> = {
  'npm install && npm start     # builds, starts the embedded database, migrates, seeds the district, serves':
    'installs packages and starts a hub that serves until stopped (.ci/smoke-start starts it as `npm start` does); its `npm test` is the suite this test is part of',
  'DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm test':
    'runs the whole suite against a PostgreSQL service; .ci/run does when one answers on 5432',
  'npm install --save-dev --save-exact @graphql-codegen/cli@7.4.3 @graphql-codegen/client-preset@6.2.0 \\':
    "installs packages into a partner's project; test/integration/codegen-recipe.test.ts uses this repository's copies",
  'npm run export:hsds -- --out hsds-export':
    'writes files into the working tree from the embedded database; test/integration/hsds.test.ts runs the tool against a test database',
  'npx graphql-codegen --config codegen.partner.yml':
    'test/integration/codegen-recipe.test.ts runs the recipe (its codegen config, a sample document) and compiles the client',
};

/** Languages of fenced blocks that are not commands to run, and why. */
const NOT_COMMANDS: Record<string, string> = {
  json: "data formats (the matching engine's instance and result), shown, not sent",
  ts: 'client code around functions of the partner\'s app (freshToken, show); the codegen recipe\'s is compiled by test/integration/codegen-recipe.test.ts',
  yaml: "the codegen recipe's configuration, run by test/integration/codegen-recipe.test.ts",
};

interface Block {
  line: number;
  lang: string;
  code: string;
  token?: string[];
  variables?: Record<string, unknown>;
  expects?: string;
}

const SH = new Set(['sh', 'bash', 'shell']);

function readBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    while (++i < lines.length && lines[i] !== '```') body.push(lines[i]!);
    const block: Block = { line: start + 1, lang: open[1]!, code: body.join('\n') };
    const comment = /^<!-- example (.*) -->$/.exec(lines[start - 1] ?? '');
    if (comment) {
      for (const part of comment[1]!.split(/;\s*/)) {
        const [key, ...rest] = part.split(':');
        const value = rest.join(':').trim();
        if (key === 'token') block.token = value.split(/\s+/);
        else if (key === 'variables') block.variables = JSON.parse(value) as Record<string, unknown>;
        else if (key === 'expects') block.expects = value;
        else throw new Error(`README.md:${start}: unknown key "${key}" in the example comment`);
      }
    }
    blocks.push(block);
  }
  return blocks;
}

const blocks = readBlocks(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
const firstLine = (block: Block) => block.code.split('\n')[0]!;
const runnable = blocks.filter((block) => (block.lang === 'graphql' || SH.has(block.lang)) && !(firstLine(block) in NOT_RUN));

/** Every code of `errors` and of every `userErrors` list anywhere in the answer. */
function codesIn(answer: unknown): string[] {
  const codes: string[] = [];
  const visit = (value: unknown, key?: string) => {
    if (Array.isArray(value)) {
      for (const item of value) {
        if (key === 'errors') codes.push(String((item as { extensions?: { code?: string } }).extensions?.code ?? (item as { message?: string }).message));
        else if (key === 'userErrors') codes.push(String((item as { code?: string }).code));
        else visit(item);
      }
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, k);
    }
  };
  visit(answer);
  return codes;
}

async function tokenFor(args: string[]): Promise<string> {
  let out = '';
  let err = '';
  const status = await tokenTool(args, { env: toolEnv(), stdout: (text) => void (out += text), stderr: (text) => void (err += text) });
  if (status !== 0) throw new Error(`npm run token -- ${args.join(' ')}: ${err}`);
  return out.trim();
}

let hub: TestHub;

beforeAll(async () => {
  // builds dist/ for the blocks' `npm run token` when it is stale (a fresh clone has none)
  const built = await runTool('token', ['--help']);
  expect(built.status, built.stderr).toBe(0);
  const database = await createTestDatabase();
  await seedDistrict(database.db.pool, 1);
  hub = await startHubOn(database);
  hub.clock.set(new Date());
}, BUILD_TIMEOUT_MS);
afterAll(async () => {
  await hub?.close();
});

describe('README.md', () => {
  it('runs or lists with a reason every graphql and sh block, and names only blocks that are there', () => {
    const unknownLanguages = blocks.filter((b) => b.lang !== 'graphql' && !SH.has(b.lang) && !(b.lang in NOT_COMMANDS));
    expect(unknownLanguages.map((b) => `README.md:${b.line} \`\`\`${b.lang || '(no language)'}`)).toEqual([]);
    const present = new Set(blocks.map(firstLine));
    expect(Object.keys(NOT_RUN).filter((line) => !present.has(line))).toEqual([]);
    expect(runnable.length).toBeGreaterThanOrEqual(8);
  });

  it.each(runnable.map((block) => [`README.md:${block.line} ${block.lang}: ${firstLine(block).slice(0, 60)}`, block] as const))(
    '%s',
    async (_name, block) => {
      let answer: unknown;
      if (block.lang === 'graphql') {
        const token = block.token ? await tokenFor(block.token) : undefined;
        const result = await hub.client.request(block.code, block.variables ?? {}, { token });
        answer = { data: result.data, errors: result.errors };
      } else {
        const origin = new URL(hub.server.url).host;
        const script = block.code.replaceAll('127.0.0.1:4000', origin);
        const shell = await run('bash', ['-euo', 'pipefail', '-c', script]);
        expect(shell.status, `${shell.stderr}\n${shell.stdout}`).toBe(0);
        const out = shell.stdout.trim();
        answer = out.startsWith('{') ? JSON.parse(out) : undefined;
      }
      const codes = codesIn(answer);
      if (block.expects) expect(codes, JSON.stringify(answer)).toContain(block.expects);
      else expect(codes, JSON.stringify(answer)).toEqual([]);
    },
  );
});
