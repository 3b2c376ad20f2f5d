import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { columnOf } from '../../src/modules/imports/import.columns.js';
import { ImportEncoding, ImportFormat } from '../../src/modules/imports/import.enums.js';
import { detectEncoding, encodingNamed, formatOf, ImportFileError, readSheet } from '../../src/modules/imports/import.read.js';

const limits = { maxRows: 3, maxUnzippedBytes: 1_000_000 };

describe('reading a ledger file', () => {
  it('detects UTF-8 with and without a BOM, else GB18030', () => {
    expect(detectEncoding(Buffer.from('\ufeff单位名称'))).toBe(ImportEncoding.UTF8);
    expect(detectEncoding(Buffer.from('单位名称'))).toBe(ImportEncoding.UTF8);
    expect(detectEncoding(iconv.encode('单位名称', 'gb18030'))).toBe(ImportEncoding.GB18030);
  });

  it('names encodings as the doors accept them', () => {
    expect(['utf-8', 'UTF8', 'gbk', 'GB2312', 'gb18030'].map(encodingNamed)).toEqual(['UTF8', 'UTF8', 'GB18030', 'GB18030', 'GB18030']);
    expect(encodingNamed('latin1')).toBeNull();
  });

  it('tells the format by content type, file name, else the bytes', () => {
    expect(formatOf(Buffer.from('a,b'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe(ImportFormat.XLSX);
    expect(formatOf(Buffer.from('a,b'), '台账.xlsx')).toBe(ImportFormat.XLSX);
    expect(formatOf(Buffer.from('PK\u0003\u0004'), null)).toBe(ImportFormat.XLSX);
    expect(formatOf(Buffer.from('a,b'), null)).toBe(ImportFormat.CSV);
  });

  it('reads a GB18030 CSV, drops empty lines, numbers rows as the spreadsheet does', async () => {
    const sheet = await readSheet(iconv.encode('单位名称,资源名称\n\n甲,乙\n丙,"丁,戊"\n', 'gb18030'), ImportFormat.CSV, null, limits);
    expect(sheet).toEqual({
      format: 'CSV',
      encoding: 'GB18030',
      headers: ['单位名称', '资源名称'],
      rows: [{ line: 2, cells: ['甲', '乙'] }, { line: 3, cells: ['丙', '丁,戊'] }],
    });
  });

  it('refuses more rows than the limit, and an empty file', async () => {
    await expect(readSheet(Buffer.from('a\n1\n2\n3\n4'), ImportFormat.CSV, null, limits)).rejects.toMatchObject({ code: 'IMPORT_TOO_MANY_ROWS' });
    await expect(readSheet(Buffer.from('\n\n'), ImportFormat.CSV, null, limits)).rejects.toBeInstanceOf(ImportFileError);
  });

  it('matches headings with spaces and a bracketed note dropped, and aliases', () => {
    expect(columnOf(' 资源编号（选填）')).toBe('key');
    expect(columnOf('所属社区/网格(必填)')).toBe('area');
    expect(columnOf('服务对象')).toBe('audiences');
    expect(columnOf('备注')).toBeNull();
  });
});
