import { describe, expect, it } from 'vitest';
import { evaluateCommune, getCriteriaSet, isNtmError, readCommuneTable, streamCommuneTable, type CommuneTable, type CommuneTableEntry } from '../../../src/index.js';
import { workbook } from '../../_support/workbook.js';

const codes = (t: CommuneTable) => [t.issues.map((i) => i.code), t.notices.map((n) => n.code)];
const bytes = (text: string) => new TextEncoder().encode(text);

describe('readCommuneTable: CSV dialects', () => {
  const expected = { name: 'Xã A', region: 'TDMNPB', year: 2024, indicators: { '2.1': 98.5, '1.1': true } };

  it.each([
    ['comma, quoted decimal comma', 'tên xã,vùng,năm,2.1,1.1\nXã A,TDMNPB,2024,"98,5",đạt\n'],
    ['semicolon (Vietnamese Excel)', 'tên xã;vùng;năm;2.1;1.1\nXã A;TDMNPB;2024;98,5;đạt\n'],
    ['tab', 'tên xã\tvùng\tnăm\t2.1\t1.1\nXã A\tTDMNPB\t2024\t98,5\tđạt\n'],
    ['BOM and CRLF', '\uFEFFtên xã;vùng;năm;2.1;1.1\r\nXã A;TDMNPB;2024;98,5;đạt\r\n'],
    ['English numbers', 'name,region,year,2.1,1.1\nXã A,TDMNPB,2024,98.5,yes\n'],
  ])('%s', async (_, csv) => {
    for (const data of [csv, bytes(csv)]) {
      const t = await readCommuneTable(data);
      expect(t.issues).toEqual([]);
      expect(t.inputs).toEqual([expected]);
    }
  });

  it('a semicolon file with a comma in a header is still split on semicolons only (98,5 is never 98)', async () => {
    const t = await readCommuneTable('tên xã;vùng;năm;ghi chú (đạt, chưa đạt);2.1\nXã A;TN;2024;;98,5\n');
    expect(t.inputs[0]?.indicators['2.1']).toBe(98.5);
    expect(t.notices.map((n) => n.code)).toEqual(['bookkeeping-column']);
  });

  it('reads UTF-16 text (Excel "Unicode Text", tab-separated) and says so', async () => {
    const text = 'tên xã\tvùng\tnăm\t2.1\nXã Sơn Bình\tTDMNPB\t2024\t85,5\n';
    const data = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const t = await readCommuneTable(data);
    expect(t.inputs[0]).toMatchObject({ name: 'Xã Sơn Bình', indicators: { '2.1': 85.5 } });
    expect(t.notices.map((n) => n.code)).toEqual(['utf-16-text']);
  });

  it('refuses Windows-1258 bytes with how to save as CSV UTF-8, instead of reading replacement characters', async () => {
    const data = new Uint8Array([...bytes('tên xã;vùng;năm;2.1\n'), ...bytes('X'), 0xe3, ...bytes(' A;TN;2024;90\n')]);
    const t = await readCommuneTable(data);
    expect(t.inputs).toEqual([]);
    expect(t.issues.map((i) => [i.code, i.at.line])).toEqual([['not-utf8', 2]]);
    expect(t.issues[0]?.text.vi).toContain('CSV UTF-8 (Comma delimited)');
  });

  it('text already decoded wrongly (replacement characters) is an error at its cell', async () => {
    const t = await readCommuneTable('tên xã;vùng;năm;2.1\nX\uFFFD A;TN;2024;90\n');
    expect(t.issues.map((i) => [i.code, i.at.cell])).toEqual([['garbled-text', 'A2']]);
  });

  it('a row split on an unquoted delimiter is rejected, not shifted', async () => {
    const t = await readCommuneTable('tên xã,vùng,năm,2.1,1.1\nXã A, huyện B,TN,2024,90,đạt\nXã C,TN,2024,90,đạt\n');
    expect(t.issues.map((i) => [i.code, i.at.row])).toEqual([['too-many-cells', 2]]);
    expect(t.inputs.map((i) => i.name)).toEqual(['Xã C']);
  });

  it('an unclosed quote stops the file with its line; an empty file and a file without header are issues', async () => {
    expect(codes(await readCommuneTable('tên xã,vùng,năm,2.1\n"Xã A,TN,2024,90\n'))[0]).toEqual(['csv-syntax']);
    expect(codes(await readCommuneTable(''))[0]).toEqual(['empty-table']);
    expect(codes(await readCommuneTable('a,b\n1,2\n'))[0]).toEqual(['no-header']);
  });

  it('.xls (Excel 97-2003) and a workbook passed as text or as CSV are explained', async () => {
    expect(codes(await readCommuneTable(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0])))[0]).toEqual(['old-excel-format']);
    const xlsx = await workbook({ S: [['tên xã', '2.1']] });
    expect(codes(await readCommuneTable(xlsx, { format: 'csv' }))[0]).toEqual(['workbook-as-csv']);
    expect(codes(await readCommuneTable('tên xã,2.1', { format: 'xlsx' }))[0]).toEqual(['not-a-workbook']);
    expect(codes(await readCommuneTable(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))[0]).toEqual(['unreadable-workbook']);
  });
});

describe('readCommuneTable: numbers are never guessed', () => {
  it('a value that reads two ways, alone in its column, is an error naming the cell and the option', async () => {
    const t = await readCommuneTable('tên xã,vùng,năm,10\nXã A,TN,2024,67.950\n');
    expect(t.inputs).toEqual([]);
    expect(t.issues).toHaveLength(1);
    expect(t.issues[0]).toMatchObject({ code: 'ambiguous-number', path: ['D2'], at: { row: 2, cell: 'D2', header: '10', name: 'Xã A' }, params: { vi: '67950', en: '67.95' } });
    expect(t.issues[0]?.text.vi).toContain('--number-style vi|en');
    expect((await readCommuneTable('tên xã,vùng,năm,10\nXã A,TN,2024,67.950\n', { numberStyle: 'vi' })).inputs[0]?.indicators['10']).toBe(67950);
    expect((await readCommuneTable('tên xã,vùng,năm,10\nXã A,TN,2024,67.950\n', { numberStyle: 'en' })).inputs[0]?.indicators['10']).toBe(67.95);
  });

  it("the column's other values settle it: a decimal comma, or dots between thousands", async () => {
    const vi = await readCommuneTable('tên xã;vùng;năm;10\nXã A;TN;2024;67.950\nXã B;TN;2024;45,5\n');
    expect(vi.inputs.map((i) => i.indicators['10'])).toEqual([67950, 45.5]);
    const grouped = await readCommuneTable('tên xã;vùng;năm;10\nXã A;TN;2024;67.950\nXã B;TN;2024;1.234.567\n');
    expect(grouped.inputs.map((i) => i.indicators['10'])).toEqual([67950, 1234567]);
    const en = await readCommuneTable('name,region,year,10\nXã A,TN,2024,67.950\nXã B,TN,2024,"1,234,567.5"\n');
    expect(en.inputs.map((i) => i.indicators['10'])).toEqual([67.95, 1234567.5]);
  });

  it('a column that mixes the styles is an error at each value that depends on it', async () => {
    const t = await readCommuneTable('tên xã;vùng;năm;10\nXã A;TN;2024;45,5\nXã B;TN;2024;45.5\nXã C;TN;2024;40\n');
    expect(t.issues.map((i) => [i.code, i.at.cell])).toEqual([['mixed-number-styles', 'D2'], ['mixed-number-styles', 'D3']]);
    expect(t.inputs.map((i) => i.name)).toEqual(['Xã C']);
  });

  it('a percent column of fractions is read as written, with a warning', async () => {
    const t = await readCommuneTable('tên xã;vùng;năm;2.1;2.2\nXã A;TN;2024;0,9;90\nXã B;TN;2024;0,95;95\n');
    expect(t.inputs.map((i) => i.indicators['2.1'])).toEqual([0.9, 0.95]);
    expect(t.notices.map((n) => [n.code, n.severity, n.at.header])).toEqual([['percent-as-fraction', 'warning', '2.1']]);
  });

  it('a % sign is for percentage indicators only; counts must be whole', async () => {
    const t = await readCommuneTable('tên xã;vùng;năm;2.1;10;9.1\nXã A;TN;2024;98,5%;5%;1,5\n');
    expect(t.inputs).toEqual([]);
    expect(t.issues.map((i) => [i.code, i.at.cell])).toEqual([['percent-not-allowed', 'E2'], ['expected-whole-number', 'F2']]);
  });
});

describe('readCommuneTable: office conventions', () => {
  const sheet = [
    'Kết quả thực hiện bộ tiêu chí năm 2024;;;;;;;;;',
    ';;;;;;;;;',
    'STT;Tên xã;Huyện;Vùng;Năm;1.1;9.1;13.4;Ghi chú;TC7',
    'I;Huyện Tam Đường;;;;;;;;',
    '1;Xã A;;ĐBSCL;2024;Đạt;Không;-;;đạt',
    '2;Xã Cộng Hòa;;Đồng bằng sông Hồng;2024;Chưa đạt;đạt;không áp dụng;x;',
    ';;;;;;;;;',
    '3;xã a;;tay nguyen;2024;x;3;?;;',
    ';Tổng cộng;;;;;;;;',
    ';;;;;;;;;',
  ].join('\r\n');

  it('skips title, district heading, blank and totals rows and bookkeeping columns with notices; reads words by the kind of indicator', async () => {
    const t = await readCommuneTable(sheet);
    expect(t.issues).toEqual([]);
    expect(t.inputs).toEqual([
      { name: 'Xã A', region: 'DBSCL', year: 2024, indicators: { '1.1': true, '9.1': 0, '13.4': null } },
      { name: 'Xã Cộng Hòa', region: 'DBSH', year: 2024, indicators: { '1.1': false, '9.1': 0, '13.4': 'not-applicable' } },
      { name: 'xã a', region: 'TN', year: 2024, indicators: { '1.1': true, '9.1': 3, '13.4': null } },
    ]);
    expect(t.rows.map((r) => [r.row, r.district])).toEqual([[5, 'Huyện Tam Đường'], [6, 'Huyện Tam Đường'], [8, 'Huyện Tam Đường']]);
    expect(t.notices.map((n) => [n.code, n.at.row])).toEqual([
      ['title-rows', 1], ['bookkeeping-column', 3], ['bookkeeping-column', 3], ['criterion-column', 3],
      ['district-heading', 4], ['blank-rows', 7], ['duplicate-name', 8], ['totals-row', 9],
    ]);
    expect(t.columns.map((c) => c.path?.join('.') ?? null)).toEqual([null, 'name', 'district', 'region', 'year', 'indicators.1.1', 'indicators.9.1', 'indicators.13.4', null, null]);
  });

  it('the inputs evaluate as they are', async () => {
    const t = await readCommuneTable(sheet);
    expect(evaluateCommune(t.inputs[0]!).criteria[8]?.indicators[0]?.outcome).toBe('met');
  });

  it('the region may come from the province, with a warning saying so', async () => {
    const t = await readCommuneTable('tên xã,tỉnh,năm,1.1\nXã A,Lai Châu,2024,đạt\nXã B,Nowhere,2024,đạt\n');
    expect(t.inputs).toEqual([{ name: 'Xã A', province: 'Lai Châu', region: 'TDMNPB', year: 2024, indicators: { '1.1': true } }]);
    expect(t.notices.map((n) => [n.code, n.severity])).toEqual([['region-from-province', 'warning']]);
    expect(t.issues.map((i) => [i.code, i.at.row])).toEqual([['missing-region', 3]]);
  });

  it('region names: codes, Đ- abbreviations and full names in any case, with or without diacritics', async () => {
    const names = ['TDMNPB', 'ĐBSH', 'bắc trung bộ', 'DUYEN HAI NAM TRUNG BO', 'Tây Nguyên', 'ĐNB', 'Mekong Delta', 'Trung du và miền núi phía Bắc'];
    const csv = ['tên xã;vùng;năm;1.1', ...names.map((r, k) => `X${k};${r};2024;đạt`)].join('\n');
    const t = await readCommuneTable(csv);
    expect(t.inputs.map((i) => i.region)).toEqual(['TDMNPB', 'DBSH', 'BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL', 'TDMNPB']);
    expect((await readCommuneTable('tên xã;vùng;năm;1.1\nX;Miền Trung;2024;đạt\n')).issues.map((i) => i.code)).toEqual(['unknown-region']);
  });

  it('an unknown indicator-like code is an error; a compound code needs its fields; repeated columns are reported', async () => {
    const t = await readCommuneTable('tên xã,vùng,năm,7.3,5,1.1,1.1,conditions.x\nXã A,TN,2024,1,2,đạt,đạt,1\n');
    expect(t.issues.map((i) => [i.code, i.at.cell])).toEqual([['unknown-indicator', 'D1'], ['compound-needs-fields', 'E1'], ['duplicate-column', 'G1'], ['unknown-condition', 'H1']]);
    expect(t.inputs).toEqual([{ name: 'Xã A', region: 'TN', year: 2024, indicators: { '1.1': true } }]);
  });

  it('compound indicators take one column per field; headers may carry the indicator name after the code', async () => {
    const t = await readCommuneTable('tên xã;vùng;năm;5.schools;5.atMinimumStandard;5.atLevel1;2.1 Tỷ lệ đường xã (%)\nXã A;TN;2024;3;3;2;90\n');
    expect(t.inputs[0]?.indicators).toEqual({ '5': { schools: 3, atMinimumStandard: 3, atLevel1: 2 }, '2.1': 90 });
  });

  it('yes/no cells: words that do not fit the indicator are errors at their cell', async () => {
    const t = await readCommuneTable('tên xã;vùng;năm;1.1;2.1;9.1\nXã A;TN;2024;có lẽ;đạt;chưa đạt\n');
    expect(t.issues.map((i) => [i.code, i.at.cell])).toEqual([['expected-yes-no', 'D2'], ['expected-number', 'E2'], ['expected-count', 'F2']]);
  });

  it('missing year: an error unless the year option gives it', async () => {
    const csv = 'tên xã;vùng;1.1\nXã A;TN;đạt\n';
    expect((await readCommuneTable(csv)).issues.map((i) => i.code)).toEqual(['missing-year']);
    expect((await readCommuneTable(csv, { year: 2024 })).inputs[0]?.year).toBe(2024);
  });

  it('reads against another kind of set', async () => {
    const t = await readCommuneTable('tên;vùng;năm;1.1;conditions.communes-ntm\nHuyện A;TN;2024;đạt;100\n', { kind: 'district' });
    expect(t.inputs[0]).toMatchObject({ conditions: { 'communes-ntm': 100 } });
    const set = getCriteriaSet('commune', { asOf: '2023-01-01' });
    expect((await readCommuneTable('tên xã;vùng;năm;1.1\nA;TN;2023;x\n', { set })).inputs).toHaveLength(1);
  });
});

describe('readCommuneTable: Excel workbooks', () => {
  const office = () =>
    workbook(
      {
        'Xã 2024': [
          ['BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NTM NĂM 2024'],
          ['(Kèm theo Báo cáo số 12/BC-VPĐP)'],
          [],
          ['STT', 'Tên xã', 'Huyện', 'Vùng', 'Năm', '1.1', '2.1', '9.1', 17.1, 'Ghi chú'],
          [1, 'Xã A', 'Tam Đường', 'TDMNPB', 2024, 'Đạt', { value: 0.9, numFmt: '0.0%' }, 0, null, ''],
          [],
          [2, 'Xã B', 'Tam Đường', 'ĐBSH', { formula: '2020+4', result: 2024 }, true, 95.5, 'Không', null, 'x'],
          [3, 'Xã A', 'Tam Đường', 'ĐBSCL', 2024, 'chưa đạt', new Date(Date.UTC(2024, 1, 1)), 2],
          [4, 'Xã C', 'Phong Thổ', 'TN', 2024, 'x', { formula: 'G5*100', result: { error: '#DIV/0!' } }, { formula: 'H5' }],
          ['', 'Tổng cộng', '', '', '', '', '', 2],
        ],
        'Khác': [['tên xã', 'vùng', 'năm', '1.1'], ['Xã Z', 'BTB', 2023, false]],
      },
      { merge: { 'Xã 2024': ['A1:J1'] } },
    );

  it('skips title rows, respects cell types (percent format → 90, formulas → cached values), reports dates and error cells at their cell', async () => {
    const t = await readCommuneTable(await office());
    expect(t.inputs).toEqual([
      { name: 'Xã A', region: 'TDMNPB', year: 2024, indicators: { '1.1': true, '2.1': 90, '9.1': 0 } },
      { name: 'Xã B', region: 'DBSH', year: 2024, indicators: { '1.1': true, '2.1': 95.5, '9.1': 0 } },
    ]);
    expect(t.rows).toEqual([{ sheet: 'Xã 2024', row: 5, name: 'Xã A', district: 'Tam Đường' }, { sheet: 'Xã 2024', row: 7, name: 'Xã B', district: 'Tam Đường' }]);
    expect(t.issues.map((i) => [i.code, i.path.join('!')])).toEqual([
      ['numeric-header', 'Xã 2024!I4'],
      ['date-cell', 'Xã 2024!G8'],
      ['formula-error', 'Xã 2024!G9'],
      ['formula-without-value', 'Xã 2024!H9'],
    ]);
    expect(t.notices.map((n) => [n.code, n.at.row])).toEqual([
      ['title-rows', 1], ['bookkeeping-column', 4], ['bookkeeping-column', 4], ['blank-rows', 6], ['duplicate-name', 8], ['totals-row', 10],
    ]);
  });

  it('reads the sheet named by `sheet`; an unknown name lists the sheets', async () => {
    const data = await office();
    expect((await readCommuneTable(data, { sheet: 'khác' })).inputs).toEqual([{ name: 'Xã Z', region: 'BTB', year: 2023, indicators: { '1.1': false } }]);
    const t = await readCommuneTable(data, { sheet: 'Xã 2025' });
    expect(t.issues[0]).toMatchObject({ code: 'sheet-not-found', params: { sheets: ['Xã 2024', 'Khác'] } });
  });
});

describe('streamCommuneTable and arguments', () => {
  it('streams entries in file order without keeping them', async () => {
    const seen: CommuneTableEntry['type'][] = [];
    for await (const e of streamCommuneTable('STT;tên xã;vùng;năm;1.1\n1;A;TN;2024;x\n2;B;TN;2024;?? \n')) seen.push(e.type);
    expect(seen).toEqual(['columns', 'notice', 'row', 'rejected']);
  });

  it('bad arguments throw at once (before any promise), as NtmErrors with paths', () => {
    for (const [data, options, path] of [
      [42, undefined, ['data']],
      ['x', { numberStyle: 'fr' }, ['options', 'numberStyle']],
      ['x', { sheet: 3 }, ['options', 'sheet']],
      ['x', { format: 'ods' }, ['options', 'format']],
      ['x', { delimiter: '|' }, ['options', 'delimiter']],
      ['x', { year: 24 }, ['options', 'year']],
      ['x', { asOf: '2024-02-30' }, ['options', 'asOf']],
      ['x', { set: {} }, ['options', 'set']],
      ['x', { sheeet: 'a' }, ['options', 'sheeet']],
    ] as const) {
      let error: unknown;
      try {
        void readCommuneTable(data as never, options as never);
      } catch (e) {
        error = e;
      }
      expect(isNtmError(error, 'invalid-input'), JSON.stringify(path)).toBe(true);
      expect((error as { issues: { path: unknown }[] }).issues[0]?.path).toEqual(path);
      expect(() => streamCommuneTable(data as never, options as never)).toThrow();
    }
  });
});

describe('readCommuneTable: more rows and options', () => {
  it('a header without rows, and rows with only bookkeeping cells, are notices', async () => {
    expect((await readCommuneTable('tên xã;vùng;năm;1.1\n')).notices.map((n) => n.code)).toEqual(['no-rows']);
    const t = await readCommuneTable('STT;tên xã;vùng;năm;1.1;ghi chú\n1;A;TN;2024;x;\n;;;;;Số liệu đến 31/12\n');
    expect(t.notices.map((n) => [n.code, n.at.row])).toEqual([['bookkeeping-column', 1], ['bookkeeping-column', 1], ['no-data-row', 3]]);
  });

  it('a date typed as a header (Excel turned "2.1" into 2 January) is an error at its cell', async () => {
    const data = await workbook({ S: [['tên xã', 'vùng', 'năm', new Date(Date.UTC(2024, 0, 2)), '1.1'], ['A', 'TN', 2024, 5, 'x']] });
    const t = await readCommuneTable(data);
    expect(t.issues.map((i) => [i.code, i.at.cell])).toEqual([['date-header', 'D1']]);
    expect(t.inputs[0]?.indicators).toEqual({ '1.1': true });
  });

  it('percentages written as fractions in number cells warn; percent-formatted ones do not', async () => {
    const fractions = await workbook({ S: [['tên xã', 'vùng', 'năm', '2.1'], ['A', 'TN', 2024, 0.9], ['B', 'TN', 2024, 0.85]] });
    expect((await readCommuneTable(fractions)).notices.map((n) => n.code)).toEqual(['percent-as-fraction']);
    const formatted = await workbook({ S: [['tên xã', 'vùng', 'năm', '2.1'], ['A', 'TN', 2024, { value: 0.9, numFmt: '0%' }]] });
    const t = await readCommuneTable(formatted);
    expect(t.notices).toEqual([]);
    expect(t.inputs[0]?.indicators['2.1']).toBe(90);
  });

  it('the delimiter option', async () => {
    expect((await readCommuneTable('tên xã|vùng', { delimiter: ';' })).issues.map((i) => i.code)).toEqual(['no-header']);
    expect((await readCommuneTable('tên xã;vùng;năm;2.1\nA;TN;2024;5\n', { delimiter: ';' })).inputs).toHaveLength(1);
  });
});
