// readOverlayTable: a filled template read back as a cited overlay, and every problem at its cell.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defineCriteriaSet, evaluate, evaluateCommune, NtmError, overlayTemplate, readOverlayTable, type EvaluationResult, type NtmIssue, type ThresholdOverlay } from '../../../src/index.js';
import { MAX_OVERLAY_TABLE_COLUMNS, MAX_OVERLAY_TABLE_ROWS } from '../../../src/sources/overlay-table/read.js';
import { provinceSet2026, Sheet, withInstrument } from '../../_support/overlay-table.js';

let csv2024: string;
let csv2026: string;
beforeAll(async () => {
  csv2024 = await overlayTemplate('commune', { asOf: '2024-06-30' });
  csv2026 = await overlayTemplate('commune');
});

const fresh = () => withInstrument(new Sheet(csv2024));
const OPTIONS = { setKind: 'commune' } as const;

/** The NtmError a table read rejects with. */
async function rejection(p: Promise<unknown>): Promise<NtmError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(NtmError);
    return e as NtmError;
  }
  throw new Error('expected the table to be refused');
}

/** The overlay of a table that must read, or its issues as the failure. */
async function ok<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    throw new Error(e instanceof NtmError ? JSON.stringify(e.issues.map((i) => [i.path, i.message]), null, 1) : String(e));
  }
}

/** The one issue of a refused table. */
async function only(p: Promise<unknown>): Promise<NtmIssue> {
  const e = await rejection(p);
  expect(e.code).toBe('invalid-input');
  expect(e.issues, JSON.stringify(e.issues.map((i) => [i.path, i.message]))).toHaveLength(1);
  return e.issues[0]!;
}

const indicator = (r: EvaluationResult, code: string) => r.criteria.flatMap((c) => c.indicators).find((i) => i.code === code)!;

describe('round trip: template → filled → overlay → evaluation', () => {
  function filled(): Sheet {
    return fresh()
      .set('2.1', 'TDMNPB', '≥ 90%')
      .set('2.1', 'ĐBSH', '100%')
      .set('2.2', 'Chung', '≥ 80%')
      .set('2.2', 'TDMNPB', '≥ 70%')
      .set('10', 'TDMNPB', '≥ 45 triệu đồng/người/năm', 2024)
      .set('10', 'TDMNPB', '≥ 50 triệu đồng/người/năm', 2025)
      // The package's 24% confirmed against the decision: the mark is deleted.
      .set('15.3', 'TDMNPB', '≤ 24%')
      .set('17.1.cleanWaterPercent', 'Chung', '≥ 98%')
      .set('17.1.centralisedPercent', 'Chung', '≥ 20%');
  }

  function check(overlay: ThresholdOverlay): void {
    const commune = { region: 'TDMNPB' as const, year: 2024, indicators: { '2.1': 92, '2.2': 75, '9.1': 0, '10': 44, '15.3': 25, '17.1': { cleanWaterPercent: 99, centralisedPercent: 10 } } };
    const r = evaluateCommune(commune, { overlays: [overlay] });
    expect(indicator(r, '2.1').outcome).toBe('met');
    expect(indicator(r, '2.2').outcome).toBe('met'); // the TDMNPB value (≥ 70%) beats the general one (≥ 80%)
    expect(indicator(r, '2.2').threshold?.rule).toEqual({ kind: 'min-percent', min: 70 });
    expect(indicator(r, '10').outcome).toBe('not-met');
    expect(indicator(r, '15.3').outcome).toBe('not-met');
    expect(indicator(r, '17.1').outcome).toBe('not-met');
    for (const code of ['2.1', '2.2', '10', '15.3', '17.1']) {
      const t = indicator(r, code).threshold!;
      expect(t.source, code).toBe(overlay.id);
      expect(t.citation).toEqual({ instrument: 'QĐ 99/QĐ-UBND ngày 15/09/2022 của UBND tỉnh Ví Dụ', item: code });
      expect(t.provenance).toBe('confirmed');
    }
    // A cell still marked [có sẵn, …] is the package's value: not read, the national value stays.
    expect(indicator(r, '9.1').threshold?.source).toBe('national');
    expect(r.overlays).toEqual([{ id: overlay.id, title: overlay.title, citation: overlay.citation }]);
    // Income by year: 2025 takes its own row.
    const r2025 = evaluateCommune({ ...commune, year: 2025, indicators: { '10': 48 } }, { overlays: [overlay] });
    expect(indicator(r2025, '10').threshold?.rule).toEqual({ kind: 'min-value', min: 50 });
    expect(indicator(r2025, '10').outcome).toBe('not-met');
    // A region the table leaves blank stays unknown, never "not met".
    expect(indicator(evaluateCommune({ region: 'BTB', year: 2024, indicators: { '2.1': 50 } }, { overlays: [overlay] }), '2.1').outcome).toBe('unknown');
  }

  it('CSV', async () => {
    const overlay = await readOverlayTable(filled().csv(), OPTIONS);
    expect(overlay.id).toBe('commune:qd-99-qd-ubnd-ngay-15-09-2022-cua-ubnd-tinh-vi-du');
    expect(overlay.title).toBe('Bảng ngưỡng theo QĐ 99/QĐ-UBND ngày 15/09/2022 của UBND tỉnh Ví Dụ');
    expect(Object.isFrozen(overlay)).toBe(true);
    expect(Object.keys(overlay.thresholds).sort()).toEqual(['10', '15.3', '17.1', '2.1', '2.2']);
    expect(overlay.thresholds['17.1']).toEqual([expect.objectContaining({
      columns: 'all',
      rule: { kind: 'compound', rule: { all: [
        expect.objectContaining({ compare: [{ field: 'cleanWaterPercent' }, '>=', { const: 98 }] }),
        expect.objectContaining({ compare: [{ field: 'centralisedPercent' }, '>=', { const: 20 }] }),
      ] } },
    })]);
    expect((overlay.thresholds['2.1'] as readonly { note?: string }[])[0]!.note).toBe(`Bảng ngưỡng, ô ${filled().cell('2.1', 'TDMNPB')} / threshold table, cell ${filled().cell('2.1', 'TDMNPB')}`);
    check(overlay);
  });

  it('.xlsx (the same cells in a workbook), the sheet named in the notes', async () => {
    const overlay = await readOverlayTable(await filled().xlsx(), OPTIONS);
    check(overlay);
    expect((overlay.thresholds['15.3'] as readonly { note?: string }[])[0]!.note).toContain('trang "Ngưỡng"');
    const fromCsv = await readOverlayTable(filled().csv(), OPTIONS);
    const rules = (o: ThresholdOverlay) => Object.fromEntries(Object.entries(o.thresholds).map(([k, v]) => [k, (v as readonly { rule: unknown; columns?: unknown; years?: unknown }[]).map((t) => [t.columns, t.years, t.rule])]));
    expect(rules(overlay)).toEqual(rules(fromCsv));
  });

  it('the template\'s own workbook filled in Excel: typed numbers, a percent-formatted cell, TRUE', async () => {
    const bytes = await overlayTemplate('commune', { asOf: '2024-06-30', format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const s = new Sheet(csv2024);
    const at = (code: string, col: string) => ws.getCell(s.rowOf(code) + 1, s.column(col) + 1);
    const label = (text: string) => ws.getCell(s.rows.findIndex((r) => r[0] === text) + 1, 2);
    label('Số hiệu văn bản').value = 'QĐ 99/QĐ-UBND';
    label('Nguồn gốc').value = 'nguồn thứ cấp';
    label('Ngày ban hành').value = '15/9/2022';
    at('2.1', 'TDMNPB').value = 90;
    const c = at('2.2', 'TDMNPB');
    c.value = 0.85;
    // Its own style: cells of a loaded workbook share style objects in exceljs, not in Excel.
    c.style = { ...c.style, numFmt: '0%' };
    at('1.1', 'Chung').value = true;
    const overlay = await ok(readOverlayTable(new Uint8Array(await wb.xlsx.writeBuffer()), OPTIONS));
    expect(overlay.citation.instrument).toBe('QĐ 99/QĐ-UBND ngày 15/09/2022');
    expect(overlay.provenance).toBe('secondary');
    expect(overlay.thresholds['2.1']).toEqual([expect.objectContaining({ columns: ['TDMNPB'], rule: { kind: 'min-percent', min: 90 } })]);
    expect(overlay.thresholds['2.2']).toEqual([expect.objectContaining({ columns: ['TDMNPB'], rule: { kind: 'min-percent', min: 85 } })]);
    expect(overlay.thresholds['1.1']).toEqual([expect.objectContaining({ columns: 'all', rule: { kind: 'boolean' } })]);
  });

  it('a table saved with semicolons, and the English template filled in English', async () => {
    const semi = await readOverlayTable(filled().csv(';'), OPTIONS);
    expect(semi.thresholds['2.1']).toHaveLength(2);
    const en = withInstrument(new Sheet(await overlayTemplate('commune', { asOf: '2024-06-30', lang: 'en' })), 'en')
      .set('2.1', 'DBSH', 'at least 95%').set('1.1', 'All', 'Met').set('15.3', 'DBSH', '≤ 16.5%');
    const overlay = await readOverlayTable(en.csv(), OPTIONS);
    expect(overlay.citation.instrument).toBe('QĐ 99/QĐ-UBND ngày 15/09/2022 của UBND tỉnh Ví Dụ');
    expect(overlay.thresholds['15.3']).toEqual([expect.objectContaining({ columns: ['DBSH'], rule: { kind: 'max-percent', max: 16.5 } })]);
  });

  it('compound parts: school rule in one column (all schools at level 1 compared without a division)', async () => {
    const s = fresh().set('5.atMinimumStandard', 'TDMNPB', '100%').set('5.atLevel1', 'TDMNPB', '≥ 60%');
    s.set('5.atMinimumStandard', 'ĐBSH', 'Không quy định').set('5.atLevel1', 'ĐBSH', '100%');
    const overlay = await readOverlayTable(s.csv(), OPTIONS);
    const [tdm, dbsh] = overlay.thresholds['5'] as readonly { columns: unknown; rule: { rule: unknown } }[];
    expect(tdm!.rule.rule).toEqual({ all: [
      expect.objectContaining({ compare: [{ field: 'atMinimumStandard' }, '==', { field: 'schools' }] }),
      expect.objectContaining({ compare: [{ percentOf: ['atLevel1', 'schools'] }, '>=', { const: 60 }] }),
    ] });
    expect(dbsh!.rule.rule).toEqual(expect.objectContaining({ compare: [{ field: 'atLevel1' }, '==', { field: 'schools' }] }));
    const r = evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: { '5': { schools: 5, atMinimumStandard: 5, atLevel1: 3 } } }, { overlays: [overlay] });
    expect(indicator(r, '5').outcome).toBe('met'); // 60% at level 1: the province's rule, where the package's asks 70%
    expect(indicator(r, '5').threshold?.source).toBe(overlay.id);
  });
});

describe('header cells: the instrument, its date and provenance', () => {
  it('reads every field: title, annex, province, id, validity', async () => {
    const s = fresh().meta('Tên bảng', 'Ngưỡng xã NTM tỉnh Ví Dụ').meta('Phụ lục', 'Phụ lục I').meta('Tỉnh', 'Ví Dụ').meta('Mã bảng', 'vi-du-2022')
      .meta('Áp dụng từ ngày', '01/01/2023').meta('Áp dụng đến ngày', '2025-12-31').set('2.1', 'TDMNPB', '≥ 90%');
    const o = await readOverlayTable(s.csv(), OPTIONS);
    expect(o).toMatchObject({ id: 'vi-du-2022', title: 'Ngưỡng xã NTM tỉnh Ví Dụ', province: 'Ví Dụ', validFrom: '2023-01-01', validUntil: '2025-12-31', citation: { instrument: 'QĐ 99/QĐ-UBND ngày 15/09/2022 của UBND tỉnh Ví Dụ', annex: 'Phụ lục I' } });
    // Valid from 01/01/2023: not in 2022.
    expect(indicator(evaluateCommune({ region: 'TDMNPB', year: 2022, indicators: { '2.1': 50 } }, { overlays: [o] }), '2.1').outcome).toBe('unknown');
    expect(indicator(evaluateCommune({ region: 'TDMNPB', year: 2023, indicators: { '2.1': 50 } }, { overlays: [o] }), '2.1').outcome).toBe('not-met');
  });

  it('takes the instrument, provenance, title and id from options when the cells are blank', async () => {
    const s = new Sheet(csv2024).set('2.1', 'TDMNPB', '≥ 90%');
    const o = await readOverlayTable(s.csv(), { ...OPTIONS, citation: { instrument: 'QĐ 5/QĐ-UBND', annex: 'Phụ lục' }, provenance: 'secondary', title: 'T', id: 'x' });
    expect(o).toMatchObject({ id: 'x', title: 'T', provenance: 'secondary', citation: { instrument: 'QĐ 5/QĐ-UBND', annex: 'Phụ lục' } });
    expect(o.thresholds['2.1']).toEqual([expect.objectContaining({ citation: { instrument: 'QĐ 5/QĐ-UBND', annex: 'Phụ lục', item: '2.1' } })]);
  });

  it('refuses a value given both in a cell and in options, differently', async () => {
    const s = fresh().set('2.1', 'TDMNPB', '≥ 90%');
    const at = (label: string) => `B${s.rows.findIndex((r) => r[0] === label) + 1}`;
    expect(await only(readOverlayTable(s.csv(), { ...OPTIONS, provenance: 'secondary' }))).toMatchObject({ code: 'conflicting-value', path: [at('Nguồn gốc')], params: { option: 'provenance' } });
    expect(await only(readOverlayTable(s.csv(), { ...OPTIONS, citation: { instrument: 'QĐ 1/QĐ-UBND' } }))).toMatchObject({ code: 'conflicting-value', path: [at('Số hiệu văn bản')] });
    s.meta('Tên bảng', 'A');
    expect(await only(readOverlayTable(s.csv(), { ...OPTIONS, title: 'B' }))).toMatchObject({ code: 'conflicting-value', path: [at('Tên bảng')] });
    // The same value in both places is not a conflict.
    expect((await readOverlayTable(s.csv(), { ...OPTIONS, provenance: 'confirmed', title: 'A' })).title).toBe('A');
  });

  it('needs the instrument and the provenance, and says which cell to fill', async () => {
    const blank = new Sheet(csv2024).set('2.1', 'TDMNPB', '≥ 90%');
    const at = (label: string) => `B${blank.rows.findIndex((r) => r[0] === label) + 1}`;
    const e = await rejection(readOverlayTable(blank.csv(), OPTIONS));
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([['missing-provenance', [at('Nguồn gốc')]], ['missing-instrument', [at('Số hiệu văn bản')]]]);
    blank.meta('Nguồn gốc', 'văn bản gốc').meta('Ngày ban hành', '15/09/2022');
    expect(await only(readOverlayTable(blank.csv(), OPTIONS))).toMatchObject({ code: 'missing-instrument', path: [at('Số hiệu văn bản')] });
    blank.meta('Số hiệu văn bản', 'QĐ 1').meta('Nguồn gốc', 'chắc chắn');
    expect(await only(readOverlayTable(blank.csv(), OPTIONS))).toMatchObject({ code: 'expected-provenance', path: [at('Nguồn gốc')], params: { text: 'chắc chắn' } });
  });

  it('refuses impossible and reversed dates at their cells (never a threshold that silently never applies)', async () => {
    const s = fresh().set('2.1', 'TDMNPB', '≥ 90%');
    const at = (label: string) => `B${s.rows.findIndex((r) => r[0] === label) + 1}`;
    s.meta('Ngày ban hành', '30/02/2024');
    expect(await only(readOverlayTable(s.csv(), OPTIONS))).toMatchObject({ code: 'expected-date', path: [at('Ngày ban hành')] });
    s.meta('Ngày ban hành', '15/09/2022').meta('Áp dụng từ ngày', '2024-02-30');
    expect(await only(readOverlayTable(s.csv(), OPTIONS))).toMatchObject({ code: 'expected-date', path: [at('Áp dụng từ ngày')] });
    s.meta('Áp dụng từ ngày', '01/06/2024').meta('Áp dụng đến ngày', '31/05/2024');
    expect(await only(readOverlayTable(s.csv(), OPTIONS))).toMatchObject({ code: 'ends-before-start', path: [at('Áp dụng đến ngày')] });
  });

  it('refuses an unknown field with a value, a field given twice, a wrong set kind or version', async () => {
    const s = fresh().set('2.1', 'TDMNPB', '≥ 90%');
    s.rows.splice(3, 0, ['Người ký', 'Nguyễn Văn A']);
    expect(await only(readOverlayTable(s.csv(), OPTIONS))).toMatchObject({ code: 'unknown-field', path: ['A4'] });
    s.rows[3] = ['Nguồn gốc', 'văn bản gốc'];
    expect(await only(readOverlayTable(s.csv(), OPTIONS))).toMatchObject({ code: 'duplicate-field' });
    s.rows.splice(3, 1);
    expect(await only(readOverlayTable(s.csv(), { setKind: 'district' }))).toMatchObject({ code: 'set-kind-mismatch', params: { text: 'commune', expected: 'district' } });
    s.meta('Bộ tiêu chí (phiên bản)', 'commune/qd318-2099');
    expect(await only(readOverlayTable(s.csv(), OPTIONS))).toMatchObject({ code: 'unknown-set' });
    // asOf names the version instead (a template of that version: the 2022 one lacks the 2024 version's dated values).
    const s2022 = withInstrument(new Sheet(await overlayTemplate('commune', { asOf: '2023-01-01' }))).set('2.1', 'TDMNPB', '≥ 90%').meta('Bộ tiêu chí (phiên bản)', 'commune/qd318-2099');
    expect((await readOverlayTable(s2022.csv(), { ...OPTIONS, asOf: '2023-01-01' })).thresholds['2.1']).toHaveLength(1);
    s.meta('Loại bộ tiêu chí', '');
    expect(await only(readOverlayTable(s.csv(), {} as never))).toMatchObject({ code: 'set-kind-required' });
  });

  it('normalises the texts it reads to NFC', async () => {
    const s = fresh().meta('Cơ quan ban hành', 'UBND tỉnh Ví Dụ'.normalize('NFD')).meta('Tên bảng', 'Ngưỡng của tỉnh'.normalize('NFD')).set('2.1', 'TDMNPB', '≥ 90%');
    const o = await readOverlayTable(s.csv(), OPTIONS);
    expect(o.citation.instrument).toBe('QĐ 99/QĐ-UBND ngày 15/09/2022 của UBND tỉnh Ví Dụ');
    expect(o.title).toBe('Ngưỡng của tỉnh'.normalize('NFC'));
  });
});

describe('bad cells are named by their place: cell, indicator, column', () => {
  it('names the cell, the indicator and the column of a cell that is not a threshold', async () => {
    const s = fresh().set('2.1', 'TDMNPB', 'abc');
    const i = await only(readOverlayTable(s.csv(), OPTIONS));
    expect(i).toMatchObject({ code: 'not-a-threshold', path: [s.cell('2.1', 'TDMNPB')], params: { indicator: '2.1', column: 'TDMNPB', cell: s.cell('2.1', 'TDMNPB'), text: 'abc' } });
    expect(i.text.vi).toMatch(/^chỉ tiêu "2.1", cột TDMNPB: "abc" không phải một ngưỡng/);
  });

  it('names the sheet in a workbook', async () => {
    const s = fresh().set('15.3', 'ĐBSH', '≤ 160%');
    const i = await only(readOverlayTable(await s.xlsx(), OPTIONS));
    expect(i).toMatchObject({ code: 'out-of-range', path: ['Ngưỡng', s.cell('15.3', 'ĐBSH')], params: { sheet: 'Ngưỡng', cell: s.cell('15.3', 'ĐBSH'), indicator: '15.3', column: 'DBSH' } });
  });

  it('reports every bad cell of a table, not the first only', async () => {
    const s = fresh().set('2.1', 'TDMNPB', '≤ 90%').set('10', 'DHNTB', '≥ 45%', 2024).set('9.1', 'Chung', '3').set('1.1', 'TN', '1.234').set('5.atLevel1', 'BTB', '70%');
    const e = await rejection(readOverlayTable(s.csv(), OPTIONS));
    expect(e.issues.map((i) => [i.code, i.path[0], i.params?.indicator, i.params?.column])).toEqual([
      ['wrong-direction', s.cell('2.1', 'TDMNPB'), '2.1', 'TDMNPB'],
      ['expected-none', s.cell('9.1', 'Chung'), '9.1', 'all'],
      ['unit-mismatch', s.cell('10', 'DHNTB', 2024), '10', 'DHNTB'],
      ['expected-pass', s.cell('1.1', 'TN'), '1.1', 'TN'],
      ['operator-required', s.cell('5.atLevel1', 'BTB'), '5.atLevel1', 'BTB'],
    ].sort((a, b) => Number(a[1]!.slice(1)) - Number(b[1]!.slice(1)) || a[1]!.localeCompare(b[1]!)));
  });

  it('an ambiguous number is an error at its cell, settled by numberStyle', async () => {
    const s = fresh().set('10', 'TDMNPB', '≥ 45.000 triệu đồng/người/năm', 2024);
    expect(await only(readOverlayTable(s.csv(), OPTIONS))).toMatchObject({ code: 'ambiguous-number', path: [s.cell('10', 'TDMNPB', 2024)], params: { indicator: '10', column: 'TDMNPB' } });
    expect((await readOverlayTable(s.csv(), { ...OPTIONS, numberStyle: 'en' })).thresholds['10']).toEqual([expect.objectContaining({ rule: { kind: 'min-value', min: 45 } })]);
  });

  it('a pre-filled cell whose value was changed but still carries the mark', async () => {
    const s = fresh().set('15.3', 'TDMNPB', '≤ 20% [có sẵn, nguồn thứ cấp]');
    const i = await only(readOverlayTable(s.csv(), OPTIONS));
    expect(i).toMatchObject({ code: 'changed-package-value', path: [s.cell('15.3', 'TDMNPB')], params: { indicator: '15.3', column: 'TDMNPB' } });
    expect(i.text.vi).toContain('≤ 24%');
    // A mark on a cell the package has no value for; the mark with another provenance.
    expect(await only(readOverlayTable(fresh().set('2.1', 'BTB', '≥ 90% [có sẵn, nguồn thứ cấp]').csv(), OPTIONS))).toMatchObject({ code: 'changed-package-value' });
    expect(await only(readOverlayTable(fresh().set('15.3', 'TDMNPB', '≤ 24% [có sẵn, văn bản gốc]').csv(), OPTIONS))).toMatchObject({ code: 'changed-package-value' });
    expect(await only(readOverlayTable(fresh().set('5', 'TDMNPB', 'Quy tắc khác [có sẵn, nguồn thứ cấp]').csv(), OPTIONS))).toMatchObject({ code: 'changed-package-value', params: { indicator: '5' } });
  });

  it('a compound indicator: thresholds on its own row, parts left out, no requirement anywhere', async () => {
    const s = fresh().set('5', 'TDMNPB', '≥ 70%');
    expect(await only(readOverlayTable(s.csv(), OPTIONS))).toMatchObject({ code: 'compound-on-parts', path: [s.cell('5', 'TDMNPB')], params: { indicator: '5', column: 'TDMNPB' } });
    const partial = fresh().set('17.1.cleanWaterPercent', 'TN', '≥ 95%');
    expect(await only(readOverlayTable(partial.csv(), OPTIONS))).toMatchObject({ code: 'incomplete-parts', path: [partial.cell('17.1.centralisedPercent', 'TN')], params: { indicator: '17.1.centralisedPercent', column: 'TN' } });
    // A part still holding the package's value, next to a part given by the province.
    const mixed = fresh().set('5.atLevel1', 'ĐBSH', '≥ 90%');
    expect(await only(readOverlayTable(mixed.csv(), OPTIONS))).toMatchObject({ code: 'incomplete-parts', path: [mixed.cell('5.atMinimumStandard', 'ĐBSH')] });
    const none = fresh().set('17.1.cleanWaterPercent', 'TN', 'Không quy định').set('17.1.centralisedPercent', 'TN', 'không quy định');
    expect(await only(readOverlayTable(none.csv(), OPTIONS))).toMatchObject({ code: 'no-requirement-anywhere', params: { indicator: '17.1', column: 'TN' } });
    // A part row missing from the table.
    const gone = fresh().set('17.1.cleanWaterPercent', 'TN', '≥ 95%');
    gone.rows.splice(gone.rowOf('17.1.centralisedPercent'), 1);
    expect(await only(readOverlayTable(gone.csv(), OPTIONS))).toMatchObject({ code: 'incomplete-parts', path: [gone.cell('17.1.cleanWaterPercent', 'TN')] });
  });

  it('the general column given where the package holds a value of its own for a column left blank or marked', async () => {
    // 15.3 has a package value in every region column: "≤ 20%" for all would replace them too.
    const s = fresh().set('15.3', 'Chung', '≤ 20%').set('15.3', 'TDMNPB', '≤ 20%').set('15.3', 'ĐBSH', '');
    const e = await rejection(readOverlayTable(s.csv(), OPTIONS));
    expect(e.issues.map((i) => [i.code, i.path[0], i.params?.column])).toEqual(['ĐBSH', 'BTB', 'DHNTB', 'TN', 'ĐNB', 'ĐBSCL'].map((c) => ['general-overrides-package', s.cell('15.3', c), c.replace('Đ', 'D')]));
    expect(e.issues[1]!.text.vi).toContain('(≤ 25%)');
    // The same for a compound indicator: 5 has package values in every region column.
    const c = fresh().set('5.atMinimumStandard', 'Chung', '100%').set('5.atLevel1', 'Chung', '≥ 60%');
    const ce = await rejection(readOverlayTable(c.csv(), OPTIONS));
    expect(ce.issues.map((i) => [i.code, i.path[0]])).toEqual(['TDMNPB', 'ĐBSH', 'BTB', 'DHNTB', 'TN', 'ĐNB', 'ĐBSCL'].map((col) => ['general-overrides-package', c.cell('5.atMinimumStandard', col)]));
    // Every column written: read.
    for (const col of ['TDMNPB', 'ĐBSH', 'BTB', 'DHNTB', 'TN', 'ĐNB', 'ĐBSCL']) s.set('15.3', col, '≤ 20%');
    expect((await ok(readOverlayTable(s.csv(), OPTIONS))).thresholds['15.3']).toHaveLength(8);
    // A column the package has nothing for may stay blank under a general value (2.1: no package value).
    expect((await ok(readOverlayTable(fresh().set('2.1', 'Chung', '≥ 90%').csv(), OPTIONS))).thresholds['2.1']).toHaveLength(1);
  });

  it('rows: unknown codes and parts, __proto__, repeated rows, mixed and wrong years, values on heading rows', async () => {
    const add = (cells: Record<string, string>) => fresh().insertRow(cells, '2.4');
    let s = add({ Mã: '2.9', TDMNPB: '≥ 90%' });
    expect(await only(readOverlayTable(s.csv(), OPTIONS))).toMatchObject({ code: 'unknown-code', path: [s.cell('2.9', 'Mã')], params: { text: '2.9', set: 'commune/qd318-qd211-2024' } });
    s = add({ Mã: '__proto__', TDMNPB: '≥ 90%' });
    expect(await only(readOverlayTable(s.csv(), OPTIONS))).toMatchObject({ code: 'unknown-code', params: { text: '__proto__' } });
    s = add({ Mã: '5.school', TDMNPB: '≥ 90%' });
    expect(await only(readOverlayTable(s.csv(), OPTIONS))).toMatchObject({ code: 'unknown-part', params: { text: '5.school' } });
    s = add({ Mã: '5.schools', TDMNPB: '≥ 1' });
    expect(await only(readOverlayTable(s.csv(), OPTIONS))).toMatchObject({ code: 'unknown-part' });
    s = add({ Mã: '2.1', TDMNPB: '≥ 90%' });
    expect(await only(readOverlayTable(s.csv(), OPTIONS))).toMatchObject({ code: 'duplicate-row', params: { indicator: '2.1', first: s.rowOf('2.1') + 1 } });
    s = add({ Mã: '10', TDMNPB: '≥ 40' });
    expect(await only(readOverlayTable(s.csv(), OPTIONS))).toMatchObject({ code: 'mixed-years', params: { indicator: '10' } });
    s = fresh().set('10', 'Năm', '2026', 2025);
    expect(await only(readOverlayTable(s.csv(), OPTIONS))).toMatchObject({ code: 'year-outside-period', params: { indicator: '10' } });
    s = fresh().set('10', 'Năm', 'năm 2024', 2024);
    expect(await only(readOverlayTable(s.csv(), OPTIONS))).toMatchObject({ code: 'expected-year' });
    s = fresh().set('2', 'TDMNPB', '≥ 90%');
    expect(await only(readOverlayTable(s.csv(), OPTIONS))).toMatchObject({ code: 'values-on-heading', path: [s.cell('2', 'TDMNPB')], params: { indicator: '2', column: 'TDMNPB' } });
    s = fresh().set('II', 'Chung', 'Đạt');
    expect(await only(readOverlayTable(s.csv(), OPTIONS))).toMatchObject({ code: 'values-on-heading' });
    s = add({ Mã: '', TDMNPB: '≥ 90%' });
    expect(await only(readOverlayTable(s.csv(), OPTIONS))).toMatchObject({ code: 'missing-code' });
  });

  it('columns: unknown, not of the set, repeated, and a value under no header', async () => {
    const s = fresh();
    const h = s.headerIndex;
    s.rows[h]![s.column('TN')] = 'Tây Bắc';
    expect(await only(readOverlayTable(s.csv(), OPTIONS))).toMatchObject({ code: 'unknown-column', path: [`K${h + 1}`], params: { header: 'Tây Bắc' } });
    s.rows[h]![s.column('Tây Bắc')] = 'Nhóm 1';
    expect(await only(readOverlayTable(s.csv(), OPTIONS))).toMatchObject({ code: 'column-not-in-set', params: { column: 'G1' } });
    s.rows[h]![s.column('Nhóm 1')] = 'TDMNPB';
    expect(await only(readOverlayTable(s.csv(), OPTIONS))).toMatchObject({ code: 'duplicate-column', params: { first: 'G' } });
    const t = fresh();
    const row = t.rows[t.rowOf('2.1')]!;
    row[t.header.length + 1] = '≥ 90%';
    expect(await only(readOverlayTable(t.csv(), OPTIONS))).toMatchObject({ code: 'cell-without-column', path: [`P${t.rowOf('2.1') + 1}`] });
  });

  it('codes Excel turned into numbers or dates', async () => {
    const book = async (rows: unknown[][]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Ngưỡng');
      rows.forEach((r, i) => r.forEach((v, k) => { ws.getCell(i + 1, k + 1).value = v as ExcelJS.CellValue; }));
      return new Uint8Array(await wb.xlsx.writeBuffer());
    };
    const head = [['Số hiệu văn bản', 'QĐ 1'], ['Ngày ban hành', new Date(Date.UTC(2022, 8, 15))], ['Nguồn gốc', 'văn bản gốc'], ['Mã', 'Chỉ tiêu', 'TDMNPB']];
    const e = await rejection(readOverlayTable(await book([...head, [17.1, 'x', '≥ 90%'], [new Date(Date.UTC(2024, 1, 1)), 'y', '≥ 90%'], [2.2, 'z', '≥ 80%']]), { ...OPTIONS, asOf: '2024-06-30' }));
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([['numeric-code', ['Ngưỡng', 'A5']], ['date-code', ['Ngưỡng', 'A6']]]);
    expect(e.issues[0]!.params).toMatchObject({ codes: ['17.1', '17.10'] });
    // A number that can be one code only (2.2) is that code, and a date cell in a date field is a day.
    const o = await ok(readOverlayTable(await book([...head, [2.2, 'z', '≥ 80%']]), { ...OPTIONS, asOf: '2024-06-30' }));
    expect(o.citation.instrument).toBe('QĐ 1 ngày 15/09/2022');
    expect(Object.keys(o.thresholds)).toEqual(['2.2']);
  });

  it('the table as a whole: no header, empty, nothing given, too long, not a workbook', async () => {
    expect(await only(readOverlayTable('Số hiệu văn bản,QĐ 1\nMã,Chỉ tiêu\n2.1,x\n', OPTIONS))).toMatchObject({ code: 'no-header' });
    expect(await only(readOverlayTable('\n\n', OPTIONS))).toMatchObject({ code: 'empty-table' });
    expect(await only(readOverlayTable(fresh().csv(), OPTIONS))).toMatchObject({ code: 'no-thresholds' });
    const long = `Mã,TDMNPB\n${'1.1,\n'.repeat(MAX_OVERLAY_TABLE_ROWS)}`;
    expect(await only(readOverlayTable(long, OPTIONS))).toMatchObject({ code: 'too-many-rows' });
    const wide = `Mã,TDMNPB\n2.1,≥ 90%${',x'.repeat(MAX_OVERLAY_TABLE_COLUMNS)}\n`;
    expect(await only(readOverlayTable(wide, OPTIONS))).toMatchObject({ code: 'too-many-columns', path: ['2:2'] });
    expect(await only(readOverlayTable(fresh().csv(), { ...OPTIONS, format: 'xlsx' }))).toMatchObject({ code: 'not-a-workbook' });
  });
});

describe('the 2026-2030 set: indicators only where a set declares them', () => {
  it('the national template read back as it is gives nothing; a value on a criterion row is refused', async () => {
    const s = withInstrument(new Sheet(csv2026));
    expect(await only(readOverlayTable(s.csv(), OPTIONS))).toMatchObject({ code: 'no-thresholds' });
    s.set('2', 'Nhóm 1', '≥ 90%');
    const i = await only(readOverlayTable(s.csv(), OPTIONS));
    expect(i).toMatchObject({ code: 'values-on-heading', params: { indicator: '2', column: 'G1' } });
    expect(i.text.vi).toContain('defineCriteriaSet');
  });

  it('an added indicator row is unknown to the national set, and read against the province\'s set', async () => {
    const s = withInstrument(new Sheet(csv2026)).insertRow({ Mã: '2.1', 'Chỉ tiêu': 'Tỷ lệ đường xã được cứng hóa', 'Nhóm 1': '≥ 100%', 'Nhóm 2': '≥ 90%', 'Nhóm 3': '≥ 70%' }, '2');
    const i = await only(readOverlayTable(s.csv(), OPTIONS));
    expect(i).toMatchObject({ code: 'unknown-code', params: { text: '2.1', set: 'commune/qd51-2026' } });
    expect(i.text.en).toContain('defineCriteriaSet');
    const set = provinceSet2026();
    const overlay = await readOverlayTable(s.csv(), { set });
    expect(overlay.setKind).toBe('commune');
    const r = evaluate(set, { group: 3, year: 2026, indicators: { '2.1': 75, '2.2': 85 } }, { overlays: [overlay] });
    expect(indicator(r, '2.1')).toMatchObject({ outcome: 'met', threshold: { source: overlay.id, column: 'G3', rule: { kind: 'min-percent', min: 70 } } });
    expect(indicator(r, '2.2').threshold?.source).toBe('national');
    // The province's set's own template reads back the same way.
    const own = withInstrument(new Sheet(await overlayTemplate(set))).set('2.1', 'Nhóm 3', '≥ 70%');
    expect((await readOverlayTable(own.csv(), { set })).thresholds['2.1']).toEqual([expect.objectContaining({ columns: ['G3'] })]);
  });
});

describe('overlay validation holds for overlays read from tables', () => {
  it('two overlays with the same id in one evaluation are an error', async () => {
    const s = fresh().set('2.1', 'TDMNPB', '≥ 90%');
    const a = await readOverlayTable(s.csv(), OPTIONS);
    const b = await readOverlayTable(s.set('2.1', 'TDMNPB', '≥ 80%').csv(), OPTIONS);
    expect(() => evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: {} }, { overlays: [a, b] })).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ code: 'duplicate', path: ['options', 'overlays', 1, 'id'] })] }));
  });

  it('every compound rule it writes names only the indicator\'s fields (the overlay validates against its set)', async () => {
    const s = fresh();
    for (const col of ['Chung', 'TDMNPB', 'ĐBSH', 'BTB', 'DHNTB', 'TN', 'ĐNB', 'ĐBSCL']) s.set('5.atMinimumStandard', col, '≥ 90%').set('5.atLevel1', col, '≥ 50%');
    for (const col of ['Chung', 'TDMNPB', 'ĐBSCL']) {
      s.set('14.1.grade1EntryPercent', col, '≥ 99%').set('14.1.preschool5Universal', col, 'Đạt').set('14.1.primaryLevel', col, '≥ 2').set('14.1.lowerSecondaryLevel', col, '≥ 2').set('14.1.literacyLevel', col, 'Không quy định');
    }
    const o = await readOverlayTable(s.csv(), OPTIONS);
    expect(() => evaluateCommune({ region: 'DBSCL', year: 2024, indicators: {} }, { overlays: [o] })).not.toThrow();
    expect((o.thresholds['14.1'] as readonly unknown[])).toHaveLength(3);
    expect((o.thresholds['5'] as readonly unknown[])).toHaveLength(8);
  });
});

describe('limits', () => {
  it('a table that would make an overlay beyond the rule-data limits is refused with the limit, not a crash', async () => {
    const at = { instrument: 'QĐ 7/QĐ-UBND (example)' };
    const n = 1_500;
    const set = defineCriteriaSet({
      id: 'big', kind: 'commune', title: { vi: 'Bộ lớn', en: 'Big set' }, legalBasis: [at], period: { fromYear: 2021, toYear: 2025 }, validFrom: '2022-01-01', columns: 'region',
      criteria: [{ code: '1', name: { vi: 'Một', en: 'One' }, nameStatus: 'unverified', citation: at, indicators: Array.from({ length: n }, (_, k) => ({ code: `1.${k + 1}`, name: { vi: `Chỉ tiêu ${k + 1}`, en: `Indicator ${k + 1}` }, nameStatus: 'unverified' as const, kind: 'min-percent' as const, unit: 'percent', citation: at, thresholds: [] })) }],
    });
    const rows = Array.from({ length: n }, (_, k) => `1.${k + 1},${'≥ 50%,'.repeat(8).slice(0, -1)}`);
    const csv = ['Số hiệu văn bản,QĐ 7', 'Nguồn gốc,văn bản gốc', 'Mã,Chung,TDMNPB,ĐBSH,BTB,DHNTB,TN,ĐNB,ĐBSCL', ...rows].join('\n');
    const e = await rejection(readOverlayTable(csv, { set }));
    expect(e.code).toBe('invalid-input');
    expect(e.issues[0]!.code).toMatch(/too-many|too-large|limit/);
  });
});

describe('options', () => {
  it('checks its arguments before reading', () => {
    expect(() => readOverlayTable(42 as never, OPTIONS)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: ['data'] })] }));
    expect(() => readOverlayTable('', { ...OPTIONS, kind: 'commune' } as never)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: ['options', 'kind'], code: 'unknown-key' })] }));
    expect(() => readOverlayTable('', { setKind: 'xa' } as never)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: ['options', 'setKind'] })] }));
    expect(() => readOverlayTable('', { ...OPTIONS, asOf: '2024-13-01' })).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: ['options', 'asOf'] })] }));
    expect(() => readOverlayTable('', { ...OPTIONS, provenance: 'sure' } as never)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: ['options', 'provenance'] })] }));
    expect(() => readOverlayTable('', { ...OPTIONS, citation: 'QĐ 1' } as never)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: ['options', 'citation'] })] }));
    expect(() => readOverlayTable('', { ...OPTIONS, id: '' })).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: ['options', 'id'] })] }));
    expect(() => readOverlayTable('', { set: provinceSet2026(), asOf: '2026-03-01' })).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: ['options', 'asOf'] })] }));
    expect(() => readOverlayTable('', { set: provinceSet2026(), setKind: 'district' })).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ code: 'set-kind-mismatch' })] }));
  });
});
