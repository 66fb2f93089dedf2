// Filling a threshold-table template as an office would: find a row by its code (and year), a
// column by its header, write the cell; then save it as CSV or as a workbook.
import ExcelJS from 'exceljs';
import { defineCriteriaSet, type CriteriaSet } from '../../src/index.js';
import { tokenize } from '../../src/sources/tables/csv.js';

/** A template (or any threshold table) as rows of text cells, to fill in. */
export class Sheet {
  readonly rows: string[][];

  constructor(csv: string) {
    this.rows = [...tokenize([csv.replace(/^\uFEFF/, '')], ',')].map((r) => r.cells.map((c) => (typeof c === 'string' ? c : '')));
  }

  /** 0-based index of the table's header row (the row whose first cell is "Mã" or "Code"). */
  get headerIndex(): number {
    const i = this.rows.findIndex((r) => r[0] === 'Mã' || r[0] === 'Code');
    if (i < 0) throw new Error('no header row');
    return i;
  }

  get header(): string[] {
    return this.rows[this.headerIndex]!;
  }

  column(header: string): number {
    const k = this.header.indexOf(header);
    if (k < 0) throw new Error(`no column "${header}" in ${this.header.join(' | ')}`);
    return k;
  }

  /** 0-based index of the row of a code (and year). */
  rowOf(code: string, year?: number): number {
    const yearCol = this.header.findIndex((h) => h === 'Năm' || h === 'Year');
    const i = this.rows.findIndex((r, n) => n > this.headerIndex && r[0] === code && (year === undefined || r[yearCol] === String(year)));
    if (i < 0) throw new Error(`no row "${code}"${year !== undefined ? ` for ${year}` : ''}`);
    return i;
  }

  get(code: string, column: string, year?: number): string {
    return this.rows[this.rowOf(code, year)]![this.column(column)] ?? '';
  }

  set(code: string, column: string, value: string, year?: number): this {
    const row = this.rows[this.rowOf(code, year)]!;
    const k = this.column(column);
    while (row.length <= k) row.push('');
    row[k] = value;
    return this;
  }

  /** The cell reference (`H24`) of a code's cell in a column. */
  cell(code: string, column: string, year?: number): string {
    const k = this.column(column);
    let s = '';
    for (let n = k + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return `${s}${this.rowOf(code, year) + 1}`;
  }

  /** Fills a header field (the cell right of its label). */
  meta(label: string, value: string): this {
    const row = this.rows.find((r) => r[0] === label);
    if (!row) throw new Error(`no field "${label}"`);
    row[1] = value;
    return this;
  }

  /** Adds a row after the row of `after` (or at the end). */
  insertRow(cells: Record<string, string>, after?: string): this {
    const row = this.header.map((h) => cells[h] ?? '');
    const at = after === undefined ? this.rows.length : this.rowOf(after) + 1;
    this.rows.splice(at, 0, row);
    return this;
  }

  csv(delimiter = ','): string {
    const esc = (s: string) => (s.includes(delimiter) || /["\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    return this.rows.map((r) => r.map(esc).join(delimiter)).join('\n') + '\n';
  }

  /** The table as a workbook with one sheet, every cell text (as the template writes them). */
  async xlsx(sheet = 'Ngưỡng'): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(sheet);
    this.rows.forEach((r, i) => r.forEach((v, k) => {
      if (v !== '') ws.getCell(i + 1, k + 1).value = v;
    }));
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }
}

/** The minimum header fields an overlay needs. */
export function withInstrument(sheet: Sheet, lang: 'vi' | 'en' = 'vi'): Sheet {
  return lang === 'vi'
    ? sheet.meta('Số hiệu văn bản', 'QĐ 99/QĐ-UBND').meta('Ngày ban hành', '15/09/2022').meta('Cơ quan ban hành', 'UBND tỉnh Ví Dụ').meta('Nguồn gốc', 'văn bản gốc')
    : sheet.meta('Instrument number', 'QĐ 99/QĐ-UBND').meta('Date of issue', '2022-09-15').meta('Issued by', 'UBND tỉnh Ví Dụ').meta('Provenance', 'confirmed');
}

/** A province's detailed 2026-2030 set: two indicators under criterion 2, by commune group (example values). */
export function provinceSet2026(): CriteriaSet {
  const at = { instrument: 'QĐ 12/QĐ-UBND tỉnh Ví Dụ (example)' };
  const t = (min: number, columns: ['G1'] | ['G2'] | ['G3']) => ({ columns, validFrom: '2026-02-15', rule: { kind: 'min-percent' as const, min }, citation: at, provenance: 'secondary' as const });
  return defineCriteriaSet({
    id: 'vi-du/commune-2026', kind: 'commune', title: { vi: 'Bộ tiêu chí xã NTM tỉnh Ví Dụ 2026-2030 (ví dụ)', en: 'Example province commune set 2026-2030' },
    legalBasis: [at], period: { fromYear: 2026, toYear: 2030 }, validFrom: '2026-02-15', columns: 'commune-group',
    criteria: [{
      code: '2', name: { vi: 'Hạ tầng kinh tế - xã hội', en: 'Socio-economic infrastructure' }, nameStatus: 'secondary', citation: at,
      indicators: [
        { code: '2.1', name: { vi: 'Tỷ lệ đường xã được cứng hóa (ví dụ)', en: 'Hardened commune roads (example)' }, nameStatus: 'unverified', kind: 'min-percent', unit: 'percent', citation: at, thresholds: [] },
        { code: '2.2', name: { vi: 'Tỷ lệ thôn có nhà văn hóa (ví dụ)', en: 'Villages with a cultural house (example)' }, nameStatus: 'unverified', kind: 'min-percent', unit: 'percent', citation: at, thresholds: [t(80, ['G3'])] },
      ],
    }],
  });
}
