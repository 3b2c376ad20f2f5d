import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import yauzl from 'yauzl';
import { ImportEncoding, ImportFormat } from './import.enums.js';

/*
 * A ledger file (.xlsx or .csv) as a header line and rows of text cells: the formats only, no meaning. exceljs
 * reads .xlsx, csv-parse .csv, iconv-lite decodes GB18030. What an .xlsx unzips to is counted, entry by entry
 * through a streaming unzip (yauzl, which also refuses an entry whose data is longer than its header says),
 * before exceljs is handed the file: a small zip that inflates to gigabytes is refused, not read. (exceljs's
 * `xlsx.load` inflates every entry into memory through JSZip and has no cap of its own; the declared sizes of a
 * zip's headers can lie, so the count is of the bytes the streams really give.)
 */


/** A file the import cannot read at all: the door answers it as an error with this code, and nothing is kept. */
export class ImportFileError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface SheetRow {
  /** The row's number as the spreadsheet shows it (the header is row 1). */
  line: number;
  cells: string[];
}

export interface Sheet {
  format: ImportFormat;
  encoding: ImportEncoding | null;
  headers: string[];
  rows: SheetRow[];
}

export interface ReadLimits {
  maxRows: number;
  maxUnzippedBytes: number;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** The format from a content type or a file name, else from the bytes (a zip is an .xlsx). */
export function formatOf(bytes: Buffer, hint: string | null): ImportFormat {
  const h = (hint ?? '').toLowerCase();
  if (h.includes('spreadsheetml') || h.endsWith('.xlsx')) return ImportFormat.XLSX;
  if (h.includes('csv') || h.endsWith('.csv') || h.startsWith('text/')) return ImportFormat.CSV;
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) return ImportFormat.XLSX;
  return ImportFormat.CSV;
}

/** An --encoding / ?encoding= / charset value as an ImportEncoding; null when it names none of them. */
export function encodingNamed(name: string): ImportEncoding | null {
  const n = name.trim().toLowerCase().replace(/[^a-z0-9]/g, '');
  if (n === 'utf8') return ImportEncoding.UTF8;
  if (n === 'gb18030' || n === 'gbk' || n === 'gb2312' || n === 'cp936') return ImportEncoding.GB18030;
  return null;
}

/** UTF-8 when the bytes carry its BOM or decode as UTF-8 without a fault; GB18030 otherwise. */
export function detectEncoding(bytes: Buffer): ImportEncoding {
  if (bytes.subarray(0, 3).equals(UTF8_BOM)) return ImportEncoding.UTF8;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return ImportEncoding.UTF8;
  } catch {
    return ImportEncoding.GB18030;
  }
}

function decode(bytes: Buffer, encoding: ImportEncoding): string {
  if (encoding === ImportEncoding.GB18030) return iconv.decode(bytes, 'gb18030');
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function tooManyRows(limits: ReadLimits): ImportFileError {
  return new ImportFileError('IMPORT_TOO_MANY_ROWS', `A file may hold at most ${limits.maxRows} rows below its header.`);
}

function sheetOf(format: ImportFormat, encoding: ImportEncoding | null, lines: SheetRow[], limits: ReadLimits): Sheet {
  const nonEmpty = lines.filter((r) => r.cells.some((c) => c !== ''));
  const [header, ...rows] = nonEmpty;
  if (!header) throw new ImportFileError('IMPORT_FILE_EMPTY', 'The file has no header row.');
  if (rows.length > limits.maxRows) throw tooManyRows(limits);
  return { format, encoding, headers: header.cells, rows };
}

function readCsv(bytes: Buffer, encoding: ImportEncoding | null, limits: ReadLimits): Sheet {
  const used = encoding ?? detectEncoding(bytes);
  let records: string[][];
  try {
    records = parse(decode(bytes, used), { relax_column_count: true, skip_empty_lines: true, trim: true, to: limits.maxRows + 2 }) as string[][];
  } catch (error) {
    throw new ImportFileError('IMPORT_FILE_UNREADABLE', `The CSV file cannot be read: ${(error as Error).message}`);
  }
  if (records.length > limits.maxRows + 1) throw tooManyRows(limits);
  return sheetOf(ImportFormat.CSV, used, records.map((cells, i) => ({ line: i + 1, cells })), limits);
}

/** The zip's next entry (lazyEntries), or null at its end. */
function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const done = () => {
      zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
    };
    const onEntry = (entry: yauzl.Entry) => (done(), resolve(entry));
    const onEnd = () => (done(), resolve(null));
    const onError = (error: Error) => (done(), reject(error));
    zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
    zip.readEntry();
  });
}

/** Unzips every entry as a stream and counts what comes out, refusing past `max` bytes; keeps nothing. */
async function checkUnzippedSize(bytes: Buffer, max: number): Promise<void> {
  const unreadable = (error: unknown) =>
    new ImportFileError('IMPORT_FILE_UNREADABLE', `The .xlsx file is not a readable zip: ${(error as Error).message}`);
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true }).catch((error: unknown) => {
    throw unreadable(error);
  });
  let total = 0;
  try {
    for (;;) {
      const entry = await nextEntry(zip);
      if (!entry) return;
      if (entry.fileName.endsWith('/')) continue;
      // the header's claim first (cheap), then what the stream really gives
      if (total + entry.uncompressedSize > max) throw tooLarge(max);
      const stream = await zip.openReadStreamPromise(entry);
      for await (const chunk of stream) {
        total += (chunk as Buffer).length;
        if (total > max) {
          stream.destroy();
          throw tooLarge(max);
        }
      }
    }
  } catch (error) {
    throw error instanceof ImportFileError ? error : unreadable(error);
  } finally {
    zip.close();
  }
}

function tooLarge(max: number): ImportFileError {
  return new ImportFileError('IMPORT_UNZIPPED_TOO_LARGE', `The .xlsx file unzips to more than ${max} bytes (IMPORT_MAX_UNZIPPED_BYTES).`);
}

/** A cell as the text a person sees: numbers as written, formulas by their result, rich text joined. */
function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return v.trim();
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object' && 'result' in v) return v.result === undefined || v.result === null ? '' : String(v.result).trim();
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('').trim();
  if (typeof v === 'object' && 'text' in v) return String(v.text).trim();
  return cell.text.trim();
}

async function readXlsx(bytes: Buffer, limits: ReadLimits): Promise<Sheet> {
  await checkUnzippedSize(bytes, limits.maxUnzippedBytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new ImportFileError('IMPORT_FILE_UNREADABLE', `The .xlsx file cannot be read: ${(error as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportFileError('IMPORT_FILE_EMPTY', 'The workbook has no worksheet.');
  if (sheet.actualRowCount > limits.maxRows + 1) throw tooManyRows(limits);
  const width = sheet.columnCount;
  const lines: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c)));
    lines.push({ line, cells });
  });
  return sheetOf(ImportFormat.XLSX, null, lines, limits);
}

/** Reads a ledger file; `encoding` overrides the detection (CSV only). */
export async function readSheet(bytes: Buffer, format: ImportFormat, encoding: ImportEncoding | null, limits: ReadLimits): Promise<Sheet> {
  return format === ImportFormat.XLSX ? readXlsx(bytes, limits) : readCsv(bytes, encoding, limits);
}
