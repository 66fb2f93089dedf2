// The cells a reader sees, whatever the file: text (CSV, or a text cell), or a typed workbook cell.
import type { TablePlace } from './types.js';

/** A workbook number; `percent` when the cell is formatted as a percentage (0.9 shown as 90,0%). */
export interface NumberCell {
  readonly t: 'n';
  readonly v: number;
  readonly percent: boolean;
}
/** A workbook TRUE/FALSE. */
export interface BooleanCell {
  readonly t: 'b';
  readonly v: boolean;
}
/** A workbook date, as an ISO day. */
export interface DateCell {
  readonly t: 'd';
  readonly v: string;
}
/** An error value (`#DIV/0!`), or a formula whose value was never computed (`v` empty). */
export interface ErrorCell {
  readonly t: 'e';
  readonly v: string;
}

/** A cell: text as written, a typed workbook value, or `undefined` when empty. */
export type Cell = string | NumberCell | BooleanCell | DateCell | ErrorCell | undefined;

/** One row of a sheet or CSV file. */
export interface RawRow {
  /** 1-based row number (CSV: record number). */
  readonly row: number;
  /** CSV: the line where the record starts. */
  readonly line?: number;
  readonly cells: readonly Cell[];
}

/** A sheet or CSV file that can be read from the top as often as needed. */
export interface Grid {
  readonly sheet?: string;
  rows(): AsyncIterable<RawRow>;
}

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
export function letters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** True when the cell holds nothing (blank text counts as nothing). */
export function isEmpty(cell: Cell): boolean {
  return cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** The cell as text, for headers, names and messages. */
export function cellText(cell: Cell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cell.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (cell.t === 'n') return String(cell.v);
  if (cell.t === 'b') return cell.v ? 'TRUE' : 'FALSE';
  return cell.v;
}

/** The place of a cell. */
export function placeOf(sheet: string | undefined, row: RawRow, column?: number, header?: string, name?: string): TablePlace {
  return {
    ...(sheet !== undefined ? { sheet } : {}),
    row: row.row,
    ...(row.line !== undefined ? { line: row.line } : {}),
    ...(column !== undefined ? { column, cell: `${letters(column)}${row.row}` } : {}),
    ...(header !== undefined ? { header } : {}),
    ...(name !== undefined ? { name } : {}),
  };
}
