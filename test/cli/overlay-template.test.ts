// `ntm overlay-template` and `--overlay table.csv|table.xlsx`: the template from the command line,
// filled, and used by every command that takes overlays.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { Sheet, withInstrument } from '../_support/overlay-table.js';
import { run } from './helpers.js';

const commune = { name: 'Xã A', region: 'TDMNPB', year: 2024, indicators: { '2.1': 85, '15.3': 20 } };

async function filledTemplate(): Promise<Sheet> {
  const r = await run(['overlay-template', 'commune', '--as-of', '2024-06-30']);
  expect(r.code).toBe(0);
  return withInstrument(new Sheet(r.stdout)).set('2.1', 'TDMNPB', '≥ 90%').set('15.3', 'TDMNPB', '≤ 24%');
}

describe('ntm overlay-template', () => {
  it('prints the CSV template of the set in force on --as-of', async () => {
    const r = await run(['overlay-template', 'commune', '--as-of', '2024-06-30']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    // Line feeds only: a carriage return would print as \u000D.
    expect(r.stdout).not.toContain('\\u000D');
    const s = new Sheet(r.stdout);
    expect(s.get('15.3', 'TDMNPB')).toBe('≤ 24% [có sẵn, nguồn thứ cấp]');
    expect(s.rows.find((row) => row[0] === 'Bộ tiêu chí (phiên bản)')![1]).toBe('commune/qd318-qd211-2024');
  });

  it('in English with --lang en, and the newest version without --as-of', async () => {
    expect(new Sheet((await run(['overlay-template', 'commune', '--lang', 'en', '--as-of', '2024-06-30'])).stdout).header[0]).toBe('Code');
    expect(new Sheet((await run(['overlay-template', 'commune'])).stdout).header).toContain('Nhóm 3');
  });

  it('writes a workbook with --xlsx', async () => {
    const r = await run(['overlay-template', 'commune', '--as-of', '2024-06-30', '--xlsx', 'bang.xlsx']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('bang.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.written['bang.xlsx']!.slice().buffer as ArrayBuffer);
    expect(wb.worksheets[0]!.name).toBe('Ngưỡng');
  });

  it('is a usage error without a kind, with an unknown kind or a bad --xlsx name; a data error for a provincial kind', async () => {
    expect((await run(['overlay-template'])).code).toBe(2);
    expect((await run(['overlay-template', 'xa'])).code).toBe(2);
    expect((await run(['overlay-template', 'commune', 'district'])).code).toBe(2);
    expect((await run(['overlay-template', 'commune', '--xlsx', 'out.csv'])).code).toBe(2);
    const village = await run(['overlay-template', 'village']);
    expect(village.code).toBe(1);
    expect(village.stderr).toContain('defineCriteriaSet');
  });

  it('has its help', async () => {
    const r = await run(['help', 'overlay-template']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ntm overlay-template <mã loại>');
    const en = await run(['help', 'overlay-template', '--lang', 'en']);
    expect(en.stdout).toContain('ntm overlay-template <kind>');
  });
});

describe('--overlay with a threshold table', () => {
  it('evaluate --overlay table.csv: the thresholds apply and the result cites the table', async () => {
    const table = (await filledTemplate()).csv();
    const r = await run(['evaluate', 'c.json', '--overlay', 'bang.csv', '--json'], { 'c.json': JSON.stringify(commune), 'bang.csv': table });
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    const i21 = result.criteria[1].indicators[0];
    expect(i21).toMatchObject({ code: '2.1', outcome: 'not-met', threshold: { source: 'commune:qd-99-qd-ubnd-ngay-15-09-2022-cua-ubnd-tinh-vi-du', citation: { instrument: 'QĐ 99/QĐ-UBND ngày 15/09/2022 của UBND tỉnh Ví Dụ', item: '2.1' } } });
    expect(result.overlays).toEqual([expect.objectContaining({ citation: { instrument: 'QĐ 99/QĐ-UBND ngày 15/09/2022 của UBND tỉnh Ví Dụ' } })]);
  });

  it('evaluate --overlay table.xlsx, and summarize takes it too', async () => {
    const files = { 'c.json': JSON.stringify([commune]), 'bang.xlsx': await (await filledTemplate()).xlsx() };
    const r = await run(['evaluate', 'c.json', '--overlay', 'bang.xlsx', '--lang', 'en'], files);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Indicator 2\.1 \([^)]*\): not met\n\s+Data: 85%\n\s+Required for [^:]+: ≥ 90%\n\s+Why: 5 percentage points short\n\s+Source: threshold table "Bảng ngưỡng theo QĐ 99\/QĐ-UBND[^\n]*item 2\.1; legal text/);
    const s = await run(['summarize', 'c.json', '--overlay', 'bang.xlsx', '--json'], files);
    expect(s.code).toBe(0);
    expect(JSON.parse(s.stdout).criteria.find((c: { code: string }) => c.code === '2')).toMatchObject({ notMet: 1 });
  });

  it('a bad cell is a data error naming the file, the sheet and the cell, in the output language', async () => {
    const s = (await filledTemplate()).set('2.1', 'ĐBSH', '≥ 90 triệu đồng');
    const cell = s.cell('2.1', 'ĐBSH');
    const csv = await run(['evaluate', 'c.json', '--overlay', 'bang.csv'], { 'c.json': JSON.stringify(commune), 'bang.csv': s.csv() });
    expect(csv.code).toBe(1);
    expect(csv.stderr).toContain(`bang.csv, ô ${cell}: chỉ tiêu "2.1", cột ĐBSH: "≥ 90 triệu đồng" ghi đơn vị`);
    const xlsx = await run(['evaluate', 'c.json', '--overlay', 'bang.xlsx', '--lang', 'en'], { 'c.json': JSON.stringify(commune), 'bang.xlsx': await s.xlsx() });
    expect(xlsx.code).toBe(1);
    expect(xlsx.stderr).toContain(`bang.xlsx, sheet "Ngưỡng", cell ${cell}: indicator "2.1", column ĐBSH:`);
  });

  it('reads the table for --kind and --as-of', async () => {
    const table = (await filledTemplate()).csv();
    const r = await run(['evaluate', 'c.json', '--overlay', 'bang.csv', '--kind', 'district'], { 'c.json': JSON.stringify(commune), 'bang.csv': table });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bang.csv');
    expect(r.stderr).toContain('"commune"');
    const missing = await run(['evaluate', 'c.json', '--overlay', 'none.csv'], { 'c.json': JSON.stringify(commune) });
    expect(missing.code).toBe(2);
  });
});

describe('overlays not applied (their validity lies outside the set version)', () => {
  // A province's 2021-2025 table given for communes assessed in 2026: it cannot apply to the 2026-2030 set.
  const old = JSON.stringify({
    id: 'tinh-a-2022',
    title: 'Bảng ngưỡng tỉnh A 2022 - 2025',
    setKind: 'commune',
    citation: { instrument: 'Quyết định số 99/QĐ-UBND tỉnh A' },
    provenance: 'secondary',
    validFrom: '2022-09-15',
    validUntil: '2025-12-31',
    thresholds: { '2.1': { rule: { kind: 'min-percent', min: 90 } } },
  });
  const communes2026 = JSON.stringify([
    { name: 'Xã B', year: 2026, group: 2, criteria: { '1': 'met' } },
    { name: 'Xã C', year: 2026, group: 1, criteria: { '1': 'met' } },
  ]);
  const files = { 'xa.json': communes2026, 'cu.json': old };
  const vi = 'Lưu ý: bảng ngưỡng bổ sung "Bảng ngưỡng tỉnh A 2022 - 2025": bảng ngưỡng có hiệu lực từ 15/09/2022 đến 31/12/2025, ngoài thời gian hiệu lực của phiên bản bộ tiêu chí được áp dụng (từ 15/02/2026): không áp dụng';
  const en = 'Note: threshold table "Bảng ngưỡng tỉnh A 2022 - 2025": the overlay is valid 2022-09-15…2025-12-31, outside the validity of the set version applied (2026-02-15…): not applied';
  const count = (text: string, line: string) => text.split('\n').filter((l) => l === line).length;

  it('evaluate says so once for a list of one version, in Vietnamese and English', async () => {
    const r = await run(['evaluate', 'xa.json', '--overlay', 'cu.json'], files);
    expect(r.code, r.stderr).toBe(0);
    expect(count(r.stdout, vi)).toBe(1);
    const e = await run(['evaluate', 'xa.json', '--overlay', 'cu.json', '--lang', 'en'], files);
    expect(e.code, e.stderr).toBe(0);
    expect(count(e.stdout, en)).toBe(1);
    // Without the overlay, or with one that applies, there is nothing to say.
    expect((await run(['evaluate', 'xa.json'], files)).stdout).not.toContain('Lưu ý: bảng ngưỡng bổ sung');
  });

  it('summarize says so under the summary, in Vietnamese and English', async () => {
    const r = await run(['summarize', 'xa.json', '--overlay', 'cu.json'], files);
    expect(r.code, r.stderr).toBe(0);
    expect(count(r.stdout, vi)).toBe(1);
    const e = await run(['summarize', 'xa.json', '--overlay', 'cu.json', '--lang', 'en'], files);
    expect(count(e.stdout, en)).toBe(1);
    expect((await run(['summarize', 'xa.json'], files)).stdout).not.toContain('Lưu ý: bảng ngưỡng bổ sung');
  });
});
