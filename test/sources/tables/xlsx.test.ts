import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCommuneTable } from '../../../src/index.js';
import { isPercentFormat } from '../../../src/sources/tables/xlsx.js';

describe('workbook cells', () => {
  it('percent formats, with quoted text and colours aside', () => {
    expect(['0%', '0.0%', '#,##0.00%', '[Red]0.0%'].map(isPercentFormat)).toEqual([true, true, true, true]);
    expect(['0.0', '"%"0', '[$%-409]0', undefined, ''].map(isPercentFormat)).toEqual([false, false, false, false, false]);
  });

  it('rich text, hyperlinks, merged cells, formulas with text results, shared values', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.addRow(['tên xã', 'huyện', 'vùng', 'năm', '1.1', '2.1']);
    ws.addRow([{ richText: [{ text: 'Xã ' }, { text: 'A' }] }, 'Tam Đường', { text: 'TN', hyperlink: 'https://example.org' }, 2024, { formula: 'IF(1,"đạt","")', result: 'đạt' }, 90]);
    ws.addRow(['Xã B', null, 'TN', 2024, false, { formula: 'F2', result: 95 }]);
    ws.mergeCells('B2:B3');
    ws.addRow(['Xã C', 'Phong Thổ', 'TN', new Date(Date.UTC(2024, 0, 1)), true, 80]);
    const t = await readCommuneTable(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(t.inputs).toEqual([
      { name: 'Xã A', region: 'TN', year: 2024, indicators: { '1.1': true, '2.1': 90 } },
      { name: 'Xã B', region: 'TN', year: 2024, indicators: { '1.1': false, '2.1': 95 } },
    ]);
    expect(t.rows.map((r) => r.district)).toEqual(['Tam Đường', 'Tam Đường']);
    expect(t.issues.map((i) => [i.code, i.at.cell])).toEqual([['expected-year', 'D4']]);
  });
});
