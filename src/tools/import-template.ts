import ExcelJS from 'exceljs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { COLUMNS } from '../modules/imports/import.columns.js';

/**
 * `npm run import:template`: writes templates/units-import.xlsx and templates/units-import.csv (UTF-8 with a BOM, as
 * Excel opens it), the ledger template the README documents: every column, and example rows of three units in
 * the areas 和平里社区, 和平里第一网格 and 安定门社区 (tests import it into a district built with those names).
 */

const HEADERS = Object.values(COLUMNS);

/** Example rows, in the columns' order. */
export const TEMPLATE_ROWS: string[][] = [
  ['北京市第五十五中学', '学校', '和平里社区', 'DC-0001', '操场停车位', '免费停车位', '节假日向居民开放的操场停车位', '东城区和平里东街1号', '116.4101', '39.9101', 'WGS84', '40', '个车位', '休息日 8:00-18:00', '全体居民', '发布', '张老师', '010-64000001'],
  ['北京市第五十五中学', '', '和平里社区', 'DC-0002', '图书馆阅览室', '阅览室', '', '东城区和平里东街1号', '116.4102', '39.9102', 'GCJ02', '30', '个座位', '工作日 18:00-21:00；休息日 9:00-17:00', '中小学生、老年人', '发布', '', ''],
  ['和平里医院', '医院', '和平里第一网格', 'DC-0003', '对外开放厕所', '单位厕所', '', '东城区和平里北街18号', '116.4103', '39.9103', 'BD09', '', '', '每天 6:00-22:00', '环卫工人、户外劳动者', '发布', '李主任', '010-64000002'],
  ['和平里医院', '', '和平里第一网格', 'DC-0004', '爱心门诊', '爱心门诊', '为困难群众免费问诊', '东城区和平里北街18号', '116.4104', '39.9104', 'WGS84', '10', '个号', '周一至周五 8:00-11:30', '困难群众', '草稿', '', ''],
  ['安定门街道办事处', '机关事业单位', '安定门社区', '', '职工食堂爱心早餐', '爱心早餐', '', '东城区安定门内大街100号', '116.4201', '39.9201', 'WGS84', '20', '份', '周一至周五 6:00-8:00', '环卫工人', '发布', '王科长', '010-64000003'],
  ['安定门街道办事处', '', '安定门社区', '', '党群活动室', '活动场地', '', '东城区安定门内大街100号', '116.4202', '39.9202', 'WGS84', '50', '人', '周一至周五 9:00-17:00', '全体居民', '', '', ''],
];

const csvCell = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

export async function writeTemplates(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  const workbook = new ExcelJS.Workbook();
  // fixed, so that the file is the same every time it is written
  workbook.created = workbook.modified = new Date('2026-12-01T00:00:00Z');
  workbook.creator = 'sharehub';
  const sheet = workbook.addWorksheet('驻区单位资源台账');
  sheet.addRow(HEADERS).font = { bold: true };
  for (const row of TEMPLATE_ROWS) sheet.addRow(row.map((cell, i) => (cell !== '' && ['经度', '纬度', '容量'].includes(HEADERS[i]!) ? Number(cell) : cell)));
  sheet.columns.forEach((column) => (column.width = 16));
  await workbook.xlsx.writeFile(path.join(folder, 'units-import.xlsx'));
  const csv = [HEADERS, ...TEMPLATE_ROWS].map((row) => row.map(csvCell).join(',')).join('\r\n');
  await writeFile(path.join(folder, 'units-import.csv'), `\ufeff${csv}\r\n`);
}

if (process.argv[1]?.endsWith('import-template.js')) {
  await writeTemplates(path.resolve(process.argv[2] ?? 'templates'));
  process.stdout.write('wrote templates/units-import.xlsx and templates/units-import.csv\n');
}
