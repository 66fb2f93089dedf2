// overlayTemplate: the annex's shape, the header fields, the pre-filled and marked package values.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { getCriteriaSet, NtmError, overlayTemplate } from '../../../src/index.js';
import { provinceSet2026, Sheet } from '../../_support/overlay-table.js';

const set2024 = getCriteriaSet('commune', { asOf: '2024-06-30' });

describe('the 2021-2025 commune template', () => {
  it('lists every indicator in the legal order, compound parts one row each and income one row per year', async () => {
    const s = new Sheet(await overlayTemplate('commune', { asOf: '2024-06-30' }));
    const codes = s.rows.slice(s.headerIndex + 1).map((r) => r[0]).filter((c) => c !== '' && /^\d/.test(c!));
    const expected: string[] = [];
    for (const c of set2024.criteria) {
      if (!(c.indicators.length === 1 && c.indicators[0]!.code === c.code)) expected.push(c.code);
      for (const i of c.indicators) {
        if (i.code === '10') expected.push('10', '10', '10', '10', '10');
        else expected.push(i.code);
        if (i.code === '5') expected.push('5.atMinimumStandard', '5.atLevel1');
        if (i.code === '14.1') expected.push('14.1.grade1EntryPercent', '14.1.preschool5Universal', '14.1.primaryLevel', '14.1.lowerSecondaryLevel', '14.1.literacyLevel');
        if (i.code === '17.1') expected.push('17.1.cleanWaterPercent', '17.1.centralisedPercent');
      }
    }
    expect(codes).toEqual(expected);
    expect([2021, 2022, 2023, 2024, 2025].map((y) => s.rowOf('10', y))).toHaveLength(5);
    // Roman-numbered group rows, as the annex groups its criteria.
    expect(s.rows.slice(s.headerIndex + 1).map((r) => r[0]).filter((c) => /^[IV]+$/.test(c!))).toEqual(['I', 'II', 'III', 'IV', 'V']);
  });

  it('has the general column and the seven region columns, and the code, name, unit and comparison of each row', async () => {
    const s = new Sheet(await overlayTemplate('commune', { asOf: '2024-06-30' }));
    expect(s.header).toEqual(['Mã', 'Chỉ tiêu', 'Đơn vị', 'So sánh', 'Năm', 'Chung', 'TDMNPB', 'ĐBSH', 'BTB', 'DHNTB', 'TN', 'ĐNB', 'ĐBSCL', 'Ghi chú']);
    const row = s.rows[s.rowOf('15.3')]!;
    expect(row.slice(0, 4)).toEqual(['15.3', 'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)', '%', 'tối đa (≤)']);
    expect(s.get('10', 'Đơn vị', 2024)).toBe('triệu đồng/người/năm');
    expect(s.get('5.atLevel1', 'Đơn vị')).toBe('% số trường học các cấp');
  });

  it('has header fields for the instrument and provenance, the set filled in', async () => {
    const s = new Sheet(await overlayTemplate('commune', { asOf: '2024-06-30' }));
    const fields = s.rows.slice(0, s.headerIndex).filter((r) => r.length >= 2).map((r) => [r[0], r[1]]);
    expect(fields).toEqual([
      ['Tên bảng', ''], ['Loại bộ tiêu chí', 'commune'], ['Bộ tiêu chí (phiên bản)', 'commune/qd318-qd211-2024'], ['Số hiệu văn bản', ''], ['Ngày ban hành', ''],
      ['Cơ quan ban hành', ''], ['Phụ lục', ''], ['Nguồn gốc', ''], ['Tỉnh', ''], ['Áp dụng từ ngày', ''], ['Áp dụng đến ngày', ''], ['Mã bảng', ''],
    ]);
  });

  it('pre-fills what the package holds, marked with its provenance, and leaves the rest blank', async () => {
    const s = new Sheet(await overlayTemplate('commune', { asOf: '2024-06-30' }));
    expect(s.get('15.3', 'TDMNPB')).toBe('≤ 24% [có sẵn, nguồn thứ cấp]');
    expect(s.get('15.3', 'ĐBSH')).toBe('≤ 16,5% [có sẵn, nguồn thứ cấp]');
    expect(s.get('15.3', 'Chung')).toBe('');
    expect(s.get('15.4', 'BTB')).toBe('');
    expect(s.get('15.1', 'ĐBSCL')).toBe('≥ 93% [có sẵn, nguồn thứ cấp]');
    expect(s.get('1.1', 'Chung')).toBe('Đạt [có sẵn, nguồn thứ cấp]');
    expect(s.get('9.1', 'Chung')).toBe('Không [có sẵn, nguồn thứ cấp]');
    expect(s.get('2.1', 'Chung')).toBe('');
    expect(s.get('10', 'TDMNPB', 2024)).toBe('');
    // 14.1 is a conjunction of comparisons: one part per row.
    expect(s.get('14.1.grade1EntryPercent', 'Chung')).toBe('≥ 98% [có sẵn, nguồn thứ cấp]');
    expect(s.get('14.1.preschool5Universal', 'Chung')).toBe('Đạt [có sẵn, nguồn thứ cấp]');
    expect(s.get('14.1.primaryLevel', 'Chung')).toBe('≥ 2 [có sẵn, nguồn thứ cấp]');
    // 5 in ĐBSH is "all schools at level 1"; elsewhere a conditional rule, which only JSON expresses.
    expect(s.get('5.atLevel1', 'ĐBSH')).toBe('100% [có sẵn, nguồn thứ cấp]');
    expect(s.get('5.atMinimumStandard', 'ĐBSH')).toBe('Không quy định [có sẵn, nguồn thứ cấp]');
    expect(s.get('5', 'TDMNPB')).toBe('Quy tắc có điều kiện (chỉ ghi được bằng tệp JSON) [có sẵn, nguồn thứ cấp]');
    expect(s.get('5.atLevel1', 'TDMNPB')).toBe('');
    expect(s.get('5', 'Ghi chú')).toContain('≥ 70% trường đạt mức độ 1');
    expect(s.get('15.3', 'Ghi chú')).toContain('QĐ 318/QĐ-TTg, Phụ lục I, mục 15.3; nguồn thứ cấp, đọc qua');
  });

  it('the 2022 version has no ĐBSCL health-insurance value (it dates from 01/03/2024)', async () => {
    const s = new Sheet(await overlayTemplate('commune', { asOf: '2023-06-30' }));
    expect(s.rows.find((r) => r[0] === 'Bộ tiêu chí (phiên bản)')![1]).toBe('commune/qd318-2022');
    expect(s.get('15.1', 'ĐBSCL')).toBe('');
  });

  it('is written in English with lang: "en" (labels, marks, numbers), the Vietnamese names kept', async () => {
    const s = new Sheet(await overlayTemplate('commune', { asOf: '2024-06-30', lang: 'en' }));
    expect(s.header.slice(0, 8)).toEqual(['Code', 'Indicator (Vietnamese)', 'Indicator (English)', 'Unit', 'Comparison', 'Year', 'All', 'TDMNPB']);
    expect(s.get('15.3', 'DBSH')).toBe('≤ 16.5% [package, secondary]');
    expect(s.get('1.1', 'All')).toBe('Met [package, secondary]');
    expect(s.get('15.3', 'Indicator (Vietnamese)')).toContain('thấp còi');
    expect(s.rows.some((r) => r[0] === 'Instrument number')).toBe(true);
  });
});

describe('the 2026-2030 commune template', () => {
  it('lists the ten criteria, the commune-group columns, and says how indicators can be added', async () => {
    const csv = await overlayTemplate('commune');
    const s = new Sheet(csv);
    expect(s.header).toEqual(['Mã', 'Chỉ tiêu', 'Đơn vị', 'So sánh', 'Năm', 'Chung', 'Nhóm 1', 'Nhóm 2', 'Nhóm 3', 'Ghi chú']);
    expect(s.rows.slice(s.headerIndex + 1).map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(s.get('3', 'So sánh')).toContain('chưa có chỉ tiêu');
    expect(csv).toContain('bộ tiêu chí chi tiết của tỉnh');
  });
});

describe('a province\'s own set', () => {
  it('makes the template of a set defined with defineCriteriaSet (commune-group columns)', async () => {
    const set = provinceSet2026();
    const s = new Sheet(await overlayTemplate(set));
    expect(s.header).toContain('Nhóm 3');
    expect(s.get('2.1', 'Nhóm 1')).toBe('');
    expect(s.get('2.1', 'So sánh')).toBe('tối thiểu (≥)');
  });
});

describe('the workbook', () => {
  it('is an .xlsx with the same cells, text-formatted input cells, a frozen header and notes on pre-filled cells', async () => {
    const bytes = await overlayTemplate('commune', { asOf: '2024-06-30', format: 'xlsx' });
    const csv = new Sheet(await overlayTemplate('commune', { asOf: '2024-06-30' }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('Ngưỡng');
    const headerRow = csv.headerIndex + 1;
    expect((ws.getRow(headerRow).values as unknown[]).slice(1)).toEqual(csv.header);
    const r = csv.rowOf('15.3') + 1;
    const c = csv.column('TDMNPB') + 1;
    expect(ws.getCell(r, c).value).toBe('≤ 24% [có sẵn, nguồn thứ cấp]');
    expect(String(ws.getCell(r, c).note)).toContain('QĐ 318/QĐ-TTg');
    expect(ws.getCell(csv.rowOf('2.1') + 1, csv.column('TDMNPB') + 1).numFmt).toBe('@');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
  });
});

describe('options', () => {
  it('refuses unknown options, formats and languages, and asOf with a set', async () => {
    expect(() => overlayTemplate('commune', { asof: '2024-01-01' } as never)).toThrow(NtmError);
    expect(() => overlayTemplate('commune', { format: 'ods' } as never)).toThrow(/csv/);
    expect(() => overlayTemplate('commune', { lang: 'fr' } as never)).toThrow(/vi/);
    expect(() => overlayTemplate(provinceSet2026(), { asOf: '2026-06-01' })).toThrow(/asOf/);
    expect(() => overlayTemplate('commune', { asOf: '2024-02-30' })).toThrow(NtmError);
  });

  it('says why a kind has no set (unknown kind, a provincial kind, a day no set governs)', () => {
    expect(() => overlayTemplate('xa' as never)).toThrow(expect.objectContaining({ code: 'unknown-reference' }));
    expect(() => overlayTemplate('village')).toThrow(expect.objectContaining({ code: 'no-set-in-force' }));
    expect(() => overlayTemplate('district', { asOf: '2026-03-01' })).toThrow(expect.objectContaining({ code: 'no-set-in-force' }));
  });
});
