import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { connectHubDatabase, createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { createContext } from '../context.js';
import { encodingNamed, ImportFileError, ImportRunStatus, runImport, uploadImport } from '../modules/imports/index.js';
import { fromGlobalId } from '../shared/global-id.js';
import { SYSTEM_VIEWER } from '../shared/viewer.js';

/**
 * `npm run import -- FILE [--dry-run] [--encoding utf-8|gb18030]`: imports a unit ledger (.xlsx or .csv) into the
 * hub's database (DATABASE_URL, or the embedded one in DATA_DIR) as the hub itself (SYSTEM: district-wide, the
 * events' actor SYSTEM), through the same code as POST /import/units and importUnits. Prints the ImportRun as JSON
 * on standard output. Exit status: 0 validated (--dry-run) or applied; 1 rows at fault (nothing written) or a file
 * that cannot be read; 2 bad arguments.
 */
const USAGE = 'usage: npm run import -- FILE [--dry-run] [--encoding utf-8|gb18030]';

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
const fail = (status: number, message: string) => {
  process.stderr.write(`import: ${oneLine(message)}\n`);
  process.exit(status);
};

let parsed: { values: { 'dry-run'?: boolean; encoding?: string; help?: boolean }; positionals: string[] };
try {
  parsed = parseArgs({
    options: { 'dry-run': { type: 'boolean' }, encoding: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
    allowPositionals: true,
  });
} catch (error) {
  fail(2, `${(error as Error).message} (${USAGE})`);
}
const { values, positionals } = parsed!;
if (values.help) {
  process.stdout.write(`${USAGE}\n\nValidates the ledger FILE and, unless --dry-run, writes it (all or nothing); README.md, "Bulk import", lists the columns.\n`);
  process.exit(0);
}
if (positionals.length !== 1) fail(2, `give exactly one FILE (${USAGE})`);
const encoding = values.encoding === undefined ? null : encodingNamed(values.encoding);
if (values.encoding !== undefined && encoding === null) fail(2, `unknown encoding "${values.encoding}": utf-8 or gb18030`);

const file = positionals[0]!;
let bytes: Buffer;
try {
  bytes = await readFile(file);
} catch (error) {
  fail(1, `cannot read ${file}: ${(error as Error).message}`);
}
const config = loadConfig();
if (bytes!.length > config.imports.maxBytes) fail(1, `IMPORT_TOO_LARGE: ${file} is larger than ${config.imports.maxBytes} bytes (IMPORT_MAX_BYTES)`);

const connected = await connectHubDatabase(config);
let status = 0;
try {
  const ctx = createContext(createApp(config, connected.db), SYSTEM_VIEWER);
  let run = await uploadImport(ctx, { bytes: bytes!, fileName: path.basename(file), contentType: null, encoding });
  if (run.status === ImportRunStatus.VALIDATED && !values['dry-run']) {
    const applied = await runImport(ctx, fromGlobalId(run.id)!.id, true);
    if (!applied.ok) throw new ImportFileError(applied.errors[0]!.code, applied.errors[0]!.message);
    run = applied.value.run;
  }
  process.stdout.write(`${JSON.stringify(run, null, 2)}\n`);
  if (run.status === ImportRunStatus.REJECTED) {
    for (const p of run.problems) process.stderr.write(`row ${p.row}${p.column ? `, ${p.column}` : ''}: ${p.code} ${p.message}\n`);
    status = 1;
  }
} catch (error) {
  if (!(error instanceof ImportFileError)) throw error;
  process.stderr.write(`import: ${error.code}: ${oneLine(error.message)}\n`);
  status = 1;
} finally {
  await connected.close();
}
process.exitCode = status;
