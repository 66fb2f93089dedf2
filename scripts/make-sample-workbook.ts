// Writes examples/data/xa-2024.xlsx: a sample workbook as a provincial office keeps it (title rows,
// bookkeeping columns, a district heading, a percent-formatted cell, a totals row), with a funding
// sheet. The figures are invented for the example. Run: node scripts/run-ts.mjs scripts/make-sample-workbook.ts
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { getCriteriaSet } from '../src/index.js';

const set = getCriteriaSet('commune', { asOf: '2024-12-31' });
const codes = set.criteria.flatMap((c) => c.indicators.flatMap((i) => (i.kind === 'compound' ? (i.fields ?? []).map((f) => `${i.code}.${f.key}`) : [i.code])));

type Cell = string | number | { value: number; numFmt: string } | null;

// Invented figures: two communes near the standard, one far from it, one with a gap in its data.
function commune(stt: number, name: string, region: string, special: string, level: number): Cell[] {
  const v: Record<string, Cell> = {};
  for (const code of codes) v[code] = 'đạt';
  const pct = (base: number) => Math.min(100, Math.round((base + level * 3) * 10) / 10);
  Object.assign(v, {
    '2.1': pct(88), '2.2': pct(85), '2.3': pct(80), '2.4': pct(75), '3.1': pct(82), '4.2': pct(90),
    '5.schools': 4, '5.atMinimumStandard': 4, '5.atLevel1': 2 + Math.min(level, 2), '6.3': pct(70),
    '9.1': level >= 2 ? 'Không' : 3 - level, '9.2': pct(88), '10': 38 + level * 4, '11': Math.max(1, 9 - level * 2),
    '12.1': pct(85), '12.2': pct(70), '12.3': pct(60), '13.4': 'không áp dụng',
    '14.1.grade1EntryPercent': 99, '14.1.preschool5Universal': 'đạt', '14.1.primaryLevel': 2, '14.1.lowerSecondaryLevel': 2, '14.1.literacyLevel': 2,
    '14.2': pct(70), '14.3': pct(60), '15.1': pct(88), '15.3': 5, '15.4': pct(80), '15.5': pct(70), '16': pct(80),
    '17.1.cleanWaterPercent': pct(80), '17.1.centralisedPercent': 30, '17.2': pct(75), '17.4': 2 + level * 0.5,
    '17.6': pct(70), '17.7': pct(85), '17.8': pct(80), '17.9': pct(70), '17.10': pct(60),
  });
  if (level === 0) v['8.3'] = 'chưa đạt';
  return [stt, name, region, 2024, special, ...codes.map((c) => v[c] ?? null), ''];
}

const wb = new ExcelJS.Workbook();
wb.creator = 'ntm-rules';
wb.created = new Date(Date.UTC(2024, 11, 31));
wb.modified = new Date(Date.UTC(2024, 11, 31));
const ws = wb.addWorksheet('Xã 2024');
const width = 6 + codes.length;
ws.addRow(['BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI NĂM 2024 (SỐ LIỆU MINH HỌA)']);
ws.addRow(['(Kèm theo báo cáo của Văn phòng Điều phối nông thôn mới tỉnh; số liệu minh họa, không phải số liệu thật)']);
ws.addRow([]);
ws.addRow(['STT', 'Tên xã', 'Vùng', 'Năm', 'Xã đặc biệt khó khăn', ...codes, 'Ghi chú']);
ws.addRow(['I', 'Huyện Tam Đường']);
ws.addRow(commune(1, 'Xã Sơn Bình', 'TDMNPB', 'không', 3));
ws.addRow(commune(2, 'Xã Bản Bo', 'TDMNPB', 'không', 2));
ws.addRow(commune(3, 'Xã Khun Há', 'TDMNPB', 'có', 0));
ws.addRow(['II', 'Huyện Phong Thổ']);
const last = ws.addRow(commune(4, 'Xã Mường So', 'TDMNPB', 'không', 1));
// An office often formats a rate as a percentage: 0,9 shown as 90,0% is read as 90.
const rateColumn = 6 + codes.indexOf('2.1');
last.getCell(rateColumn).value = 0.9;
last.getCell(rateColumn).numFmt = '0.0%';
// A gap: the income figure is not known yet.
last.getCell(6 + codes.indexOf('10')).value = null;
ws.addRow([]);
ws.addRow(['', 'Tổng cộng: 4 xã']);
ws.mergeCells(1, 1, 1, Math.min(width, 20));
ws.getRow(4).font = { bold: true };
ws.getColumn(2).width = 20;
ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 4 }];

const money = wb.addWorksheet('Nguồn vốn');
money.addRow(['KẾ HOẠCH VỐN THỰC HIỆN CHƯƠNG TRÌNH NĂM 2024 (SỐ LIỆU MINH HỌA)']);
money.addRow(['Đơn vị tính: triệu đồng']);
money.addRow(['STT', 'Nguồn vốn', 'Nội dung', 'Số tiền']);
money.addRow([1, 'central.investment.domestic', 'Vốn đầu tư trong nước', 67950]);
money.addRow([2, 'central.investment.foreign', 'Vốn nước ngoài', 24473]);
money.addRow([3, 'Vốn sự nghiệp', 'Ngân sách Trung ương, vốn sự nghiệp', 22342]);
money.addRow([4, 'local.province', 'Ngân sách tỉnh', 21000]);
money.addRow(['', 'Tổng cộng', '', 135765]);
money.getColumn(2).width = 30;
money.getColumn(3).width = 36;

const out = new URL('../examples/data/xa-2024.xlsx', import.meta.url);
writeFileSync(out, new Uint8Array(await wb.xlsx.writeBuffer()));
console.log(`wrote ${out.pathname}`);
