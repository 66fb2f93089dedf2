// Writes examples/data/bang-nguong-VI-DU-khong-phai-quy-dinh.xlsx and .csv: the commune threshold
// template (2021-2025, as amended from 01/03/2024) filled in as an office would from its decision.
// EVERY VALUE IS AN EXAMPLE, NOT LAW: the decision, its number and its values are invented, and the
// title cell, the instrument and the file name say so. Run: node scripts/run-ts.mjs scripts/make-example-threshold-table.ts
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { overlayTemplate } from '../src/index.js';
import { Sheet } from '../test/_support/overlay-table.js';

const NOTE = 'SỐ LIỆU VÍ DỤ, không phải quy định';

const sheet = new Sheet(await overlayTemplate('commune', { asOf: '2024-06-30' }));
sheet.rows[0] = ['VÍ DỤ MINH HỌA — MỌI GIÁ TRỊ TRONG BẢNG NÀY LÀ SỐ LIỆU VÍ DỤ, KHÔNG PHẢI QUY ĐỊNH CỦA VĂN BẢN NÀO (quyết định "QĐ 000/QĐ-UBND" không có thật)'];
sheet
  .meta('Tên bảng', 'VÍ DỤ — Ngưỡng bộ tiêu chí xã nông thôn mới của tỉnh Ví Dụ (số liệu minh họa, không phải quy định)')
  .meta('Số hiệu văn bản', 'QĐ 000/QĐ-UBND (VÍ DỤ, không có thật)')
  .meta('Ngày ban hành', '15/09/2022')
  .meta('Cơ quan ban hành', 'UBND tỉnh Ví Dụ (không có thật)')
  .meta('Phụ lục', 'Phụ lục I')
  .meta('Nguồn gốc', 'nguồn thứ cấp')
  .meta('Tỉnh', 'Ví Dụ')
  .meta('Mã bảng', 'vi-du-khong-phai-quy-dinh');

const fill = (code: string, values: Record<string, string>, year?: number) => {
  for (const [column, value] of Object.entries(values)) sheet.set(code, column, value, year);
  sheet.set(code, 'Ghi chú', NOTE, year);
};

// A simple percentage by region, and one value for every region.
fill('2.1', { TDMNPB: '≥ 70%', ĐBSH: '100%', BTB: '≥ 80%', DHNTB: '≥ 80%', TN: '≥ 70%', ĐNB: '100%', ĐBSCL: '≥ 80%' });
fill('6.3', { Chung: '≥ 80%' });
// Income, one row per assessment year.
fill('10', { TDMNPB: '≥ 40 triệu đồng/người/năm', ĐBSH: '≥ 55 triệu đồng/người/năm' }, 2024);
fill('10', { TDMNPB: '≥ 45 triệu đồng/người/năm', ĐBSH: '≥ 60 triệu đồng/người/năm' }, 2025);
// A capped rate: the package's pre-filled value, checked against the decision, its mark deleted.
fill('15.3', { TDMNPB: '≤ 24%' });
// A compound indicator: every part of the column.
fill('17.1.cleanWaterPercent', { Chung: '≥ 95%' });
fill('17.1.centralisedPercent', { Chung: '≥ 20%' });

const base = new URL('../examples/data/bang-nguong-VI-DU-khong-phai-quy-dinh', import.meta.url);
writeFileSync(new URL(`${base.href}.csv`), `\uFEFF${sheet.csv()}`);

// The workbook: the template's own formatting, the filled cells written over it.
const template = await overlayTemplate('commune', { asOf: '2024-06-30', format: 'xlsx' });
const wb = new ExcelJS.Workbook();
await wb.xlsx.load(template.slice().buffer as ArrayBuffer);
const ws = wb.worksheets[0]!;
sheet.rows.forEach((row, r) => row.forEach((text, k) => {
  const cell = ws.getCell(r + 1, k + 1);
  if ((cell.value ?? '') !== text) cell.value = text === '' ? null : text;
}));
ws.getCell(1, 1).font = { bold: true, size: 13, color: { argb: 'FFC00000' } };
writeFileSync(new URL(`${base.href}.xlsx`), new Uint8Array(await wb.xlsx.writeBuffer()));
console.log(`wrote ${base.pathname}.csv and .xlsx`);
