import { describe, expect, it } from 'vitest';
import { aggregateFunding, isNtmError, readFundingTable, reconcileFunding } from '../../../src/index.js';
import { workbook } from '../../_support/workbook.js';

describe('readFundingTable', () => {
  it('reads Vietnamese amounts exactly, with the unit stated above the table, and the grand total for reconciliation', async () => {
    const csv = ['KẾ HOẠCH VỐN NĂM 2024;;', '(Đơn vị tính: triệu đồng);;', 'Nguồn vốn;Số tiền;Nội dung', 'central.investment.domestic;67.950;Vốn trong nước', 'Vốn sự nghiệp;22.342;', 'Tổng cộng;90.293;'].join('\n');
    const t = await readFundingTable(csv, { numberStyle: 'vi' });
    expect(t.issues).toEqual([]);
    expect(t.unit).toBe('million-vnd');
    expect(t.lines).toEqual([
      { source: 'central.investment.domestic', amount: '67950', unit: 'million-vnd', label: 'Vốn trong nước' },
      { source: 'central.recurrent', amount: '22342', unit: 'million-vnd' },
    ]);
    expect(t.lineRows.map((r) => r.row)).toEqual([4, 5]);
    expect(t.declared).toEqual({ total: '90293' });
    expect(aggregateFunding(t.lines).total).toBe('90292');
    expect(reconcileFunding({ lines: t.lines, declared: t.declared! })).toEqual([{ source: 'total', check: 'declared', declared: '90293', computed: '90292', difference: '1' }]);
  });

  it('67.950 alone is an error, never 67.95; English style settles by its own evidence', async () => {
    const t = await readFundingTable('nguồn,số tiền\ncentral,67.950\n');
    expect(t.lines).toEqual([]);
    expect(t.issues.map((i) => [i.code, i.at.cell])).toEqual([['ambiguous-number', 'B2']]);
    const en = await readFundingTable('source,amount,unit\ncentral,"67,950.5",billion-vnd\nlocal,"1,000",tỷ đồng\n');
    expect(en.lines.map((l) => [l.amount, l.unit])).toEqual([['67950.5', 'billion-vnd'], ['1000', 'billion-vnd']]);
  });

  it('lines without a unit when the sheet states none are million VND, with a warning; the unit option applies otherwise', async () => {
    const t = await readFundingTable('source;amount\ncentral;5\n');
    expect(t.lines[0]?.unit).toBeUndefined();
    expect(t.notices.map((n) => n.code)).toEqual(['unit-assumed']);
    const v = await readFundingTable('source;amount\ncentral;5\n', { unit: 'vnd' });
    expect(v.lines[0]?.unit).toBe('vnd');
  });

  it('reports unknown sources and units, missing amounts, bad years, at their cells', async () => {
    const t = await readFundingTable('source;amount;unit;year\nsomething;5;;\ncentral;;;\ncentral;5;dollars;\ncentral;5;;hai\n');
    expect(t.issues.map((i) => [i.code, i.at.cell])).toEqual([['unknown-source', 'A2'], ['missing-amount', 'B3'], ['unknown-unit', 'C4'], ['expected-year', 'D5']]);
  });

  it('reads a workbook: numbers as numbers, the unit from a title row', async () => {
    const data = await workbook({ 'Nguồn vốn': [['Đơn vị: tỷ đồng'], ['STT', 'nguồn', 'số tiền', 'nội dung', 'năm'], [1, 'credit', 2000.5, 'Tín dụng', 2024], [2, 'community.labour', { formula: '1+1', result: 2 }, null, 2024]] });
    const t = await readFundingTable(data);
    expect(t.unit).toBe('billion-vnd');
    expect(t.lines).toEqual([
      { source: 'credit', amount: '2000.5', unit: 'billion-vnd', label: 'Tín dụng', year: 2024 },
      { source: 'community.labour', amount: '2', unit: 'billion-vnd', year: 2024 },
    ]);
    expect(t.notices.map((n) => n.code)).toEqual(['title-rows', 'bookkeeping-column']);
  });

  it('bad arguments throw at once', () => {
    let error: unknown;
    try {
      void readFundingTable('x', { unit: 'usd' } as never);
    } catch (e) {
      error = e;
    }
    expect(isNtmError(error, 'invalid-input')).toBe(true);
  });

  it('a table without source and amount columns says which columns it needs', async () => {
    const t = await readFundingTable('a;b\n1;2\n');
    expect(t.issues[0]?.code).toBe('no-header');
    expect(t.issues[0]?.text.vi).toContain('"nguồn"');
  });
});

describe('readFundingTable: cell types, units and totals', () => {
  it('typed amount cells: dates, errors, percentages and booleans are errors at their cell', async () => {
    const data = await workbook({ S: [['nguồn', 'số tiền'], ['central', new Date(Date.UTC(2024, 0, 1))], ['central', { formula: '1/0', result: { error: '#DIV/0!' } }], ['central', { value: 0.5, numFmt: '0%' }], ['central', true], ['local', 7]] });
    const t = await readFundingTable(data);
    expect(t.issues.map((i) => [i.code, i.at.cell])).toEqual([['date-cell', 'B2'], ['formula-error', 'B3'], ['percent-format-not-allowed', 'B4'], ['expected-number', 'B5']]);
    expect(t.lines).toEqual([{ source: 'local', amount: '7' }]);
  });

  it("the sheet's unit wins over the option, with a warning; a totals row in another unit is converted", async () => {
    const t = await readFundingTable('ĐVT: tỷ đồng\nsource;amount;unit\ncentral;2;\nlocal;500;triệu đồng\nTổng cộng;2,5;\n', { unit: 'million-vnd', numberStyle: 'vi' });
    expect(t.unit).toBe('billion-vnd');
    expect(t.notices.map((n) => n.code)).toEqual(['title-rows', 'unit-from-sheet', 'totals-row']);
    expect(t.lines.map((l) => [l.amount, l.unit])).toEqual([['2', 'billion-vnd'], ['500', 'million-vnd']]);
    expect(t.declared).toEqual({ total: '2.5' });
    const converted = await readFundingTable('ĐVT: tỷ đồng\nsource;amount;unit\ncentral;2;\nCộng;2000;triệu đồng\n');
    expect(converted.declared).toEqual({ total: '2' });
  });

  it('several totals rows give no grand total; heading rows without source or amount are skipped', async () => {
    const t = await readFundingTable('source;amount;label\n;;I. Vốn ngân sách\ncentral;5;\nCộng;5;\nlocal;3;\nCộng;3;\n', { unit: 'vnd' });
    expect(t.declared).toBeUndefined();
    expect(t.notices.map((n) => n.code)).toEqual(['no-data-row', 'totals-row', 'totals-row', 'several-totals']);
    expect(t.lines.map((l) => l.source)).toEqual(['central', 'local']);
  });

  it('a workbook passed as CSV, or a file not UTF-8, is one issue', async () => {
    const data = await workbook({ S: [['nguồn', 'số tiền']] });
    expect((await readFundingTable(data, { format: 'csv' })).issues.map((i) => i.code)).toEqual(['workbook-as-csv']);
    expect((await readFundingTable(new Uint8Array([0x6e, 0x67, 0x75, 0x1ed3 & 0xff, 0xe3, 0x0a]))).issues.map((i) => i.code)).toEqual(['not-utf8']);
  });
});
