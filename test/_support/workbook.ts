// Real .xlsx files for tests, written by exceljs (the library the readers use) as an office would:
// title rows, typed cells, a percent-formatted cell, formulas with cached values, merged titles.
import ExcelJS from 'exceljs';

/** A cell to write: a value, or a value with its number format / a formula with its cached result. */
export type CellSpec = string | number | boolean | Date | null | { value: number; numFmt: string } | { formula: string; result?: number | string | { error: string } };

/** Writes a workbook with one sheet per entry (in order); returns its bytes. */
export async function workbook(sheets: Record<string, readonly (readonly CellSpec[])[]>, options: { merge?: Record<string, string[]> } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((cells, r) => {
      cells.forEach((spec, c) => {
        if (spec === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        if (typeof spec === 'object' && !(spec instanceof Date) && 'numFmt' in spec) {
          cell.value = spec.value;
          cell.numFmt = spec.numFmt;
        } else if (typeof spec === 'object' && !(spec instanceof Date) && 'formula' in spec) {
          cell.value = spec.result === undefined ? { formula: spec.formula, date1904: false } as ExcelJS.CellFormulaValue : { formula: spec.formula, result: spec.result as number, date1904: false } as ExcelJS.CellFormulaValue;
        } else cell.value = spec;
      });
    });
    for (const range of options.merge?.[name] ?? []) ws.mergeCells(range);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
