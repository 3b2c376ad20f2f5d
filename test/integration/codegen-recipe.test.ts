import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, run } from '../kit/tools.js';

/**
 * README.md's codegen recipe for partners, as a partner's project would use it: its codegen configuration (the
 * README's yaml block) and its sample documents (the `graphql(...)` calls of the README's Apollo Client block) in a
 * temporary folder with this repository's node_modules, generated with the README's command and compiled with tsc.
 * Apollo Client itself is not installed here: the compiled usage holds the possible types to Apollo's
 * `PossibleTypesMap` shape and reads a fragment's field through the query's result type, which only compiles with
 * `fragmentMasking: false`.
 */

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const fenced = (lang: string) => [...readme.matchAll(new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```$', 'gm'))].map((m) => m[1]!);

const config = fenced('yaml').find((code) => code.includes('fragment-matcher'));
const command = fenced('sh').find((code) => code.startsWith('npx graphql-codegen'))?.trim();
const documents = [
  ...(fenced('ts').find((code) => code.includes("from '@apollo/client'")) ?? '').matchAll(/^export const (\w+) = graphql\(`\s*(\w+)[\s\S]*?`\);$/gm),
];
const query = documents.find((m) => m[2] === 'query');

const USAGE = (name: string) => `import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import introspection from './gql/possible-types';
import { ${name} } from './sample';

/** Apollo Client's PossibleTypesMap. */
type PossibleTypesMap = { [supertype: string]: string[] };

export const possibleTypes: PossibleTypesMap = introspection.possibleTypes;
export const nodeTypes: string[] = introspection.possibleTypes.Node;
export const variables: VariablesOf<typeof ${name}> = { near: { lat: 39.925, lng: 116.445, radiusMeters: 1500 } };
export const titles = (data: ResultOf<typeof ${name}>): string[] =>
  data.resources.edges.map((edge) => \`\${edge.node.title}: \${edge.distanceMeters} m\`);
`;

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2022'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  },
  include: ['src'],
};

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sharehub-codegen-'));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("README's codegen recipe", () => {
  it('generates typed documents and possible types that compile with tsc, fragment fields in the result type', async () => {
    expect(config, 'a yaml block configuring fragment-matcher').toBeDefined();
    expect(command).toMatch(/^npx graphql-codegen --config (\S+)$/);
    expect(query, "an `export const X = graphql(`query …`);` in the Apollo Client block").toBeDefined();
    const configFile = command!.split(' ').at(-1)!;

    copyFileSync(path.join(ROOT, 'schema', 'schema.graphql'), path.join(dir, 'schema.graphql'));
    writeFileSync(path.join(dir, configFile), config!);
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(path.join(dir, 'src', 'sample.ts'), `import { graphql } from './gql';\n\n${documents.map((m) => m[0]).join('\n')}\n`);
    writeFileSync(path.join(dir, 'src', 'usage.ts'), USAGE(query![1]!));
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));

    const codegen = await run(path.join(dir, 'node_modules', '.bin', 'graphql-codegen'), ['--config', configFile], { cwd: dir });
    expect(codegen.status, `${codegen.stdout}\n${codegen.stderr}`).toBe(0);
    const possible = readFileSync(path.join(dir, 'src', 'gql', 'possible-types.ts'), 'utf8');
    expect(possible).toMatch(/"Node": \[[^\]]*"Resource"/);

    const tsc = await run(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: dir });
    expect(tsc.status, tsc.stdout).toBe(0);
  }, 60_000);
});
