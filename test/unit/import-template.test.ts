import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLUMNS } from '../../src/modules/imports/import.columns.js';
import { ImportFormat } from '../../src/modules/imports/import.enums.js';
import { readSheet } from '../../src/modules/imports/import.read.js';
import { TEMPLATE_ROWS, writeTemplates } from '../../src/tools/import-template.js';
import { ROOT } from '../kit/tools.js';

const limits = { maxRows: 50_000, maxUnzippedBytes: 10_000_000 };

describe('the committed ledger templates', () => {
  it('are what `npm run import:template` writes: every column, the example rows, in .xlsx and .csv alike', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'sharehub-template-'));
    await writeTemplates(folder);
    const committed = path.join(ROOT, 'templates');
    expect(await readFile(path.join(committed, 'units-import.csv'))).toEqual(await readFile(path.join(folder, 'units-import.csv')));
    for (const dir of [committed, folder]) {
      const xlsx = await readSheet(await readFile(path.join(dir, 'units-import.xlsx')), ImportFormat.XLSX, null, limits);
      const csv = await readSheet(await readFile(path.join(dir, 'units-import.csv')), ImportFormat.CSV, null, limits);
      expect(xlsx.headers).toEqual(Object.values(COLUMNS));
      expect(xlsx.rows.map((r) => r.cells)).toEqual(TEMPLATE_ROWS);
      expect(csv.rows).toEqual(xlsx.rows);
    }
    await rm(folder, { recursive: true, force: true });
  });
});
