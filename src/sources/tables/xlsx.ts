// Excel workbooks through exceljs, loaded on first use (about a second of cold import, which a
// program that only evaluates must not pay). Cells keep their types: numbers, percent-formatted
// numbers, dates, booleans, the cached values of formulas, and error values.
import type { Cell as XCell, Workbook, Worksheet } from 'exceljs';
import type { Cell, Grid, RawRow } from './cells.js';

type ExcelJs = typeof import('exceljs');
let excelJs: Promise<ExcelJs> | undefined;

/** exceljs, loaded once. */
export async function loadExcelJs(): Promise<ExcelJs> {
  const mod = (await (excelJs ??= import('exceljs'))) as ExcelJs & { default?: ExcelJs };
  return mod.default ?? mod;
}

/** Opens a workbook; throws what exceljs throws for bytes that are not one. */
export async function openWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const { Workbook: Book } = await loadExcelJs();
  const wb = new Book();
  // exceljs takes a Node Buffer or an ArrayBuffer; a copy of just these bytes is an ArrayBuffer.
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return wb;
}

/** The sheet names in tab order. */
export function sheetNames(wb: Workbook): string[] {
  return wb.worksheets.map((w) => w.name);
}

/** A number format that shows a percentage ('0.0%', '#,##0.00%'), quoted text and [colours] aside. */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /%/.test(format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));
}

function isoDayUtc(d: Date): string | undefined {
  const t = d.getTime();
  if (Number.isNaN(t)) return undefined;
  // exceljs gives dates as UTC instants of the sheet's calendar day.
  return d.toISOString().slice(0, 10);
}

function valueCell(value: unknown, format: string | undefined): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? { t: 'n', v: value, percent: isPercentFormat(format) } : { t: 'e', v: String(value) };
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return { t: 'b', v: value };
  if (value instanceof Date) {
    const day = isoDayUtc(value);
    return day === undefined ? { t: 'e', v: '#VALUE!' } : { t: 'd', v: day };
  }
  if (typeof value === 'object') {
    const v = value as { error?: unknown; richText?: { text?: unknown }[]; text?: unknown; formula?: unknown; sharedFormula?: unknown; result?: unknown };
    if (typeof v.error === 'string') return { t: 'e', v: v.error };
    if (Array.isArray(v.richText)) return v.richText.map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
    if (v.formula !== undefined || v.sharedFormula !== undefined) {
      // A formula's cached value; none when the file was written by a program that does not compute.
      return v.result === undefined ? { t: 'e', v: '' } : valueCell(v.result, format);
    }
    if (typeof v.text === 'string') return v.text; // hyperlink
    if (v.text !== undefined) return valueCell(v.text, format);
  }
  return String(value);
}

function cellOf(c: XCell): Cell {
  // A merged cell shows its master's value (a district name merged down its communes).
  const master = c.isMerged && c.master !== c ? c.master : c;
  return valueCell(master.value, master.numFmt);
}

/** A worksheet as a grid of typed cells. */
export function worksheetGrid(ws: Worksheet): Grid {
  return {
    sheet: ws.name,
    async *rows(): AsyncGenerator<RawRow> {
      const last = ws.rowCount;
      for (let r = 1; r <= last; r++) {
        const row = ws.findRow(r);
        const cells: Cell[] = [];
        if (row) {
          const n = row.cellCount;
          for (let c = 1; c <= n; c++) cells.push(cellOf(row.getCell(c)));
        }
        yield { row: r, cells };
      }
    },
  };
}
