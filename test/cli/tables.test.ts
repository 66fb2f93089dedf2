import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { getCriteriaSet, readCommuneTable } from '../../src/index.js';
import { fictitiousOverlayDefinition, generateCommunes } from '../_support/generate.js';
import { workbook } from '../_support/workbook.js';
import { run } from './helpers.js';

const csv = [
  'STT;tên xã;tỉnh;vùng;năm;1.1;1.2;2.1;5.schools;5.atMinimumStandard;5.atLevel1;9.1;10;13.4',
  '1;Xã A;Lai Châu;TDMNPB;2024;đạt;x;85,5;3;3;2;0;45,5;không áp dụng',
  '2;Xã B;Hà Nam;ĐBSH;2024;đạt;chưa đạt;90;4;4;3;;;?',
  '3;Xã C;Lai Châu;TDMNPB;2024;đạt;x;abc;;;;;;',
  ';Tổng cộng;;;;;;;;;;;;',
].join('\n');

describe('ntm evaluate: spreadsheets', () => {
  it('--json: one entry per row with its place and name, rows with errors included', async () => {
    const r = await run(['evaluate', 'x.csv', '--json'], { 'x.csv': csv });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { at: { row: number; line: number }; name: string; status?: string; error?: { issues: { code: string; at: { cell: string } }[] } }[];
    expect(out.map((e) => [e.at.row, e.name, e.status ?? e.error?.issues[0]?.code])).toEqual([[2, 'Xã A', 'undetermined'], [3, 'Xã B', 'not-met'], [4, 'Xã C', 'expected-number']]);
    expect(out[2]!.error!.issues[0]!.at.cell).toBe('H4');
    expect(r.stderr).toContain('x.csv, dòng 4, ô H4, cột "2.1" (Xã C): cần nhập số, đang ghi "abc"');
    expect(r.stderr).toContain('x.csv, dòng 1, ô A1, cột "STT": bỏ qua cột "STT"');
    expect(r.stderr).toContain('x.csv, dòng 5: bỏ qua dòng tổng "Tổng cộng"');
  });

  it('English messages with --lang en; an ambiguous number asks for --number-style, which settles it', async () => {
    const data = 'tên xã,vùng,năm,10\nXã A,TN,2024,67.950\n';
    const r = await run(['evaluate', 'x.csv', '--lang', 'en'], { 'x.csv': data });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('x.csv, row 2, cell D2, column "10" (Xã A): "67.950" reads as 67950 (Vietnamese style) or 67.95 (English style): pass numberStyle / --number-style vi|en');
    const ok = await run(['evaluate', 'x.csv', '--json', '--number-style', 'vi'], { 'x.csv': data });
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.stdout) as { criteria: { indicators: { code: string; value: unknown }[] }[] }[])[0]!.criteria[9]!.indicators[0]!.value).toBe(67950);
    expect((await run(['evaluate', 'x.csv', '--number-style', 'fr'], { 'x.csv': data })).code).toBe(2);
  });

  it('reads .xlsx by extension, the first sheet or --sheet', async () => {
    const data = await workbook({ 'Tổng hợp': [['Báo cáo'], ['x']], 'Xã 2024': [['Danh sách xã'], ['tên xã', 'vùng', 'năm', '2.1'], ['Xã A', 'TN', 2024, { value: 0.855, numFmt: '0.0%' }]] });
    const first = await run(['evaluate', 'b.xlsx'], { 'b.xlsx': data });
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('b.xlsx, trang "Tổng hợp": không thấy dòng tiêu đề');
    const r = await run(['evaluate', 'b.xlsx', '--sheet', 'Xã 2024', '--json'], { 'b.xlsx': data });
    expect(r.code).toBe(0);
    const [e] = JSON.parse(r.stdout) as { at: { sheet: string; row: number }; criteria: { indicators: { value: unknown }[] }[] }[];
    expect(e!.at).toEqual({ sheet: 'Xã 2024', row: 3 });
    expect(e!.criteria[1]!.indicators[0]!.value).toBe(85.5);
  });

  it('--detail compact leaves out names, threshold texts and citations: under 6 KB per commune', async () => {
    const set = getCriteriaSet('commune', { asOf: '2024-06-30' });
    const communes = generateCommunes(50, set, 7);
    const overlay = fictitiousOverlayDefinition(set);
    const files = { 'c.json': JSON.stringify(communes), 'o.json': JSON.stringify(overlay) };
    const full = await run(['evaluate', 'c.json', '--json', '--overlay', 'o.json'], files);
    const compact = await run(['evaluate', 'c.json', '--json', '--overlay', 'o.json', '--detail', 'compact'], files);
    expect(compact.code).toBe(0);
    const entries = JSON.parse(compact.stdout) as { at: { index: number }; status: string; criteria: unknown[] }[];
    expect(entries).toHaveLength(50);
    expect(entries.map((e) => e.status)).toEqual((JSON.parse(full.stdout) as { status: string }[]).map((e) => e.status));
    expect(compact.stdout.length / 50).toBeLessThan(6 * 1024);
    expect(full.stdout.length / compact.stdout.length).toBeGreaterThan(5);
    expect(compact.stdout).not.toContain('citation');
    expect(compact.stdout).not.toContain('Giao thông');
    expect(compact.stdout.split('\n')).toHaveLength(53); // "[", one line per commune, "]", final newline
  });

  it('an empty list streams as []', async () => {
    const r = await run(['evaluate', 'e.json', '--json'], { 'e.json': '[]' });
    expect(r.stdout).toBe('[]\n');
  });
});

describe('--xlsx: workbooks an office can file', () => {
  it('evaluate --xlsx writes communes × criteria and the inputs, which read back to the same inputs', async () => {
    const r = await run(['evaluate', 'x.csv', '--xlsx', 'out.xlsx'], { 'x.csv': csv });
    expect(r.code).toBe(1); // Xã C has an error: it is in the workbook with it
    const bytes = r.written['out.xlsx']!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Kết quả', 'Số liệu']);
    const results = wb.getWorksheet('Kết quả')!;
    expect(results.getRow(1).getCell(11).value).toBe('TC1 Quy hoạch');
    expect(results.getRow(3).values).toEqual(expect.arrayContaining(['Xã B', 'Hà Nam', 'ĐBSH', 2024, 'CHƯA ĐẠT ĐỦ TIÊU CHÍ', 'chưa đạt', 'chưa xác định']));
    expect(typeof results.getRow(2).getCell(8).value).toBe('number');
    expect(results.getRow(4).getCell(7).value).toBe('LỖI SỐ LIỆU');
    const original = await readCommuneTable(csv);
    const back = await readCommuneTable(bytes, { sheet: 'Số liệu' });
    expect(back.issues).toEqual([]);
    expect(back.inputs).toEqual(original.inputs.map((i) => ({ ...i })));
    expect(back.inputs).toHaveLength(2);
  });

  it('summarize --xlsx adds the figures, the bucket table and the per-criterion tallies', async () => {
    const good = csv.split('\n').filter((l) => !l.includes('abc')).join('\n');
    const r = await run(['summarize', 'x.csv', '--xlsx', 'tong-hop.xlsx', '--number-style', 'vi'], { 'x.csv': good });
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.written["tong-hop.xlsx"]!.slice().buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Nhóm tiêu chí', 'Từng tiêu chí', 'Kết quả', 'Số liệu']);
    expect(wb.getWorksheet('Tổng hợp')!.getRow(2).values).toEqual([undefined, 'Số xã', 2]);
    const tallies = wb.getWorksheet('Từng tiêu chí')!;
    expect(tallies.getRow(1).values).toEqual([undefined, 'Tiêu chí', 'Tên', 'Số xã đạt', 'Số xã chưa đạt', 'Số xã chưa xác định', 'Tỷ lệ']);
    expect(typeof tallies.getRow(2).getCell(3).value).toBe('number');
  });

  it('--xlsx needs an .xlsx name', async () => {
    expect((await run(['evaluate', 'x.csv', '--xlsx', 'out.csv'], { 'x.csv': csv })).code).toBe(2);
  });
});

describe('ntm funding: units and spreadsheets', () => {
  it('a file-level unit applies to its lines and its declared totals (never summed as million VND)', async () => {
    const file = JSON.stringify({ unit: 'vnd', lines: [{ source: 'central', amount: '67950000' }, { source: 'local', amount: '1000000', unit: 'million-vnd' }], declared: { total: '1000067950000' } });
    const r = await run(['funding', 'f.json', '--json'], { 'f.json': file });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { aggregate: { unit: string; total: string } }).aggregate).toMatchObject({ unit: 'vnd', total: '1000067950000' });
    const m = await run(['funding', 'f.json', '--json', '--unit', 'million-vnd'], { 'f.json': file });
    expect(m.code).toBe(0);
    expect((JSON.parse(m.stdout) as { aggregate: { total: string } }).aggregate.total).toBe('1000067.95');
  });

  it('a Vietnamese funding sheet: 67.950 needs --number-style; then exact, reconciled against its totals row', async () => {
    const sheet = 'Đơn vị tính: triệu đồng;\nnguồn;số tiền\ncentral.investment.domestic;67.950\ncentral.recurrent;22.342\nTổng cộng;90.292\n';
    const bad = await run(['funding', 'f.csv'], { 'f.csv': sheet });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('ô B3');
    const r = await run(['funding', 'f.csv', '--number-style', 'vi'], { 'f.csv': sheet });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tổng cộng: 90.292');
    expect(r.stdout).toContain('Đối chiếu: các số tổng khớp');
  });
});

describe('spreadsheet options and edge cases', () => {
  it('bad --detail, --year, --number-style are usage errors; --year fills a missing year column', async () => {
    const noYear = 'tên xã;vùng;1.1\nXã A;TN;đạt\n';
    expect((await run(['evaluate', 'x.csv', '--detail', 'short'], { 'x.csv': noYear })).code).toBe(2);
    expect((await run(['evaluate', 'x.csv', '--year', '24'], { 'x.csv': noYear })).code).toBe(2);
    const missing = await run(['evaluate', 'x.csv'], { 'x.csv': noYear });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('thiếu năm đánh giá');
    const r = await run(['evaluate', 'x.csv', '--year', '2024', '--json'], { 'x.csv': noYear });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { year: number }[])[0]!.year).toBe(2024);
  });

  it('an unreadable file is bad usage; an old .xls is explained', async () => {
    expect((await run(['evaluate', 'missing.xlsx'])).code).toBe(2);
    const xls = await run(['evaluate', 'old.xls'], { 'old.xls': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]) });
    expect(xls.code).toBe(1);
    expect(xls.stderr).toContain('Excel 97-2003');
  });

  it('a record spanning lines is named by its row and its file line', async () => {
    const data = 'tên xã;vùng;năm;2.1\n"Xã\nA";TN;2024;1\nB;TN;2024;abc\n';
    const r = await run(['evaluate', 'x.csv', '--lang', 'en'], { 'x.csv': data });
    expect(r.stderr).toContain('x.csv, row 3 (file line 4), cell D3, column "2.1" (B)');
    const s = await run(['evaluate', 'x.csv'], { 'x.csv': data });
    expect(s.stderr).toContain('x.csv, dòng 3 (dòng 4 trong tệp), ô D3, cột "2.1" (B): cần nhập số, đang ghi "abc"');
  });

  it('a JSON list: an entry per subject with its index, errors included, also in the workbook', async () => {
    const list = [{ name: 'A', region: 'TN', year: 2024, indicators: { '2.1': 140 } }, { name: 'B', region: 'TN', year: 2024, especiallyDifficult: true, indicators: { '1.1': true } }];
    const r = await run(['evaluate', 'l.json', '--json', '--detail', 'compact', '--xlsx', 'o.xlsx'], { 'l.json': JSON.stringify(list) });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { at: { index: number }; name: string; error?: unknown; effectiveRegion?: string }[];
    expect(out.map((e) => [e.at.index, e.name, e.error !== undefined])).toEqual([[0, 'A', true], [1, 'B', false]]);
    expect(out[1]!.effectiveRegion).toBe('TDMNPB');
    expect(r.stderr).toContain('l.json, mục thứ 1, chỉ tiêu 2.1: cần tỷ lệ phần trăm từ 0 đến 100, đang ghi 140');
    const back = await readCommuneTable(r.written['o.xlsx']!, { sheet: 'Số liệu' });
    expect(back.inputs.map((i) => i.name)).toEqual(['A', 'B']);
    expect(back.inputs[1]).toEqual(list[1]);
  });

  it('one JSON subject with an error prints nothing on stdout', async () => {
    const r = await run(['evaluate', 'c.json', '--json'], { 'c.json': JSON.stringify({ region: 'TN', year: 2024, indicators: { '2.1': 140 } }) });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
  });

  it('the issue of a compound field names its column', async () => {
    const r = await run(['evaluate', 'x.csv', '--json'], { 'x.csv': 'tên xã;vùng;năm;5.schools;5.atMinimumStandard;5.atLevel1\nA;TN;2024;2;3;1\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/x\.csv, dòng 2, ô [DEF]2, cột "5\./);
  });

  it('summarize: rows with errors fail the summary (exit 1) and are named; records with --xlsx give the summary sheets', async () => {
    const bad = await run(['summarize', 'x.csv'], { 'x.csv': 'tên xã;vùng;năm;2.1\nA;TN;2024;abc\nB;TN;2024;140\n' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('x.csv, dòng 2, ô D2');
    expect(bad.stderr).toContain('x.csv, dòng 3, ô D3');
    const records = [{ name: 'A', criteriaMet: 19 }, { name: 'B', criteriaMet: 12 }];
    const r = await run(['summarize', 'r.json', '--xlsx', 's.xlsx'], { 'r.json': JSON.stringify(records) });
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.written['s.xlsx']!.slice().buffer as ArrayBuffer);
    expect(wb.getWorksheet('Nhóm tiêu chí')!.getRow(2).values).toEqual([undefined, 'Đạt đủ 19/19 tiêu chí', 1]);
  });

  it('funding: a bad file unit, and a sheet whose every line is bad, exit 1', async () => {
    const u = await run(['funding', 'f.json'], { 'f.json': JSON.stringify({ unit: 'usd', lines: [] }) });
    expect(u.code).toBe(1);
    expect(u.stderr).toContain('f.json, đơn vị: cần vnd (đồng), thousand-vnd (nghìn đồng), million-vnd (triệu đồng) hoặc billion-vnd (tỷ đồng)');
    const t = await run(['funding', 'f.csv', '--lang', 'en'], { 'f.csv': 'source;amount\nnowhere;5\n' });
    expect(t.code).toBe(1);
    expect(t.stderr).toContain('f.csv, row 2, cell A2, column "source": unknown funding source "nowhere"');
    const partial = await run(['funding', 'f.csv'], { 'f.csv': 'source;amount\nnowhere;5\ncentral;5\n' });
    expect(partial.code).toBe(1);
    expect(partial.stdout).toContain('Tổng cộng: 5');
  });
});

describe('the node I/O', () => {
  it('reads bytes, writes files, and waits for stdout', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { nodeIo } = await import('../../src/cli/io.js');
    const dir = mkdtempSync(join(tmpdir(), 'ntm-io-'));
    await nodeIo.writeFile!(join(dir, 'a.bin'), new Uint8Array([1, 2, 3]));
    expect([...(await nodeIo.readBytes!(join(dir, 'a.bin')))]).toEqual([1, 2, 3]);
    expect([...readFileSync(join(dir, 'a.bin'))]).toEqual([1, 2, 3]);
    await expect(nodeIo.drain!()).resolves.toBeUndefined();
  });
});

describe('--xlsx in English, with conditions', () => {
  it('district inputs with conditions; values that are no indicator value are written as text', async () => {
    const list = [
      { name: 'Huyện A', region: 'TN', year: 2024, communes: [{ recognition: 'ntm' }], indicators: { '1.1': true } },
      { name: 'Huyện B', region: 'TN', year: 2024, communes: [{ recognition: 'ntm' }], indicators: { '1.1': { odd: 1 } } },
    ];
    const r = await run(['evaluate', 'd.json', '--kind', 'district', '--lang', 'en', '--xlsx', 'd.xlsx'], { 'd.json': JSON.stringify(list) });
    expect(r.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.written['d.xlsx']!.slice().buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Results', 'Inputs']);
    const inputs = wb.getWorksheet('Inputs')!;
    const header = inputs.getRow(1).values as unknown[];
    expect(header).toEqual(expect.arrayContaining(['name', 'region', '1.1', 'conditions.communes-ntm', 'conditions.satisfaction.district']));
    expect(inputs.getRow(3).getCell(header.indexOf('1.1')).value).toBe('{"odd":1}');
    expect(wb.getWorksheet('Results')!.getRow(3).getCell(7).value).toBe('DATA ERROR');
  });
});
