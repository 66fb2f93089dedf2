// A commune table's header row and columns: which column is which, and each column's number style settled from all its values.
import { cellText, isEmpty, letters, placeOf, type Cell, type RawRow } from './cells.js';
import { classifyHeaderCell, headerScore, type FixedKey, type SetCodes, type Target } from './headers.js';
import { quote, tableIssue, tableNotice } from './issues.js';
import { columnStyle, emptyTally, evidenceOf, readNumberText, type StyleTally } from './numbers.js';
import { type ColumnStyle } from './values.js';
import { fold, isDistrictHeading, isTotalsLabel } from './words.js';
import type { CommuneTableEntry, NumberStyle, TableIssue, TableNotice } from './types.js';

export interface Column {
  readonly index: number;
  readonly column: number;
  readonly letter: string;
  readonly header: string;
  readonly target: Target;
  readonly tally: StyleTally;
  /** Percentage columns: numbers seen without a % sign or format, the largest, and whether one is a fraction in (0, 1). */
  plain: number;
  marked: boolean;
  max: number;
  fraction: boolean;
  style: ColumnStyle;
}

type Fixed = Partial<Record<FixedKey, Column>>;

export interface Layout {
  readonly header: RawRow;
  readonly columns: Column[];
  readonly fixed: Fixed;
  readonly values: Column[];
  /** By cell index: the column holds figures or facts (anything but the name, the district and skipped columns). */
  readonly isData: readonly boolean[];
}

export const textColumns = (cells: readonly Cell[], codes: SetCodes): number => headerScore(cells, codes);

export function layoutOf(header: RawRow, codes: SetCodes, sheet: string | undefined, setId: string, out: (e: CommuneTableEntry) => void): Layout {
  const columns: Column[] = [];
  const fixed: Fixed = {};
  const values: Column[] = [];
  const seen = new Map<string, Column>();
  header.cells.forEach((cell, index) => {
    const { header: text, target } = classifyHeaderCell(cell, codes);
    const column = index + 1;
    const at = placeOf(sheet, header, column, text);
    const col: Column = { index, column, letter: letters(column), header: text, target, tally: emptyTally(), plain: 0, marked: false, max: -Infinity, fraction: false, style: undefined };
    if (target.kind === 'error') {
      out({ type: 'issue', issue: headerIssue(at, target.code, target.params, setId) });
      return;
    }
    if (target.kind === 'skip') {
      if (target.why === 'bookkeeping') out({ type: 'notice', notice: tableNotice(at, 'bookkeeping-column', 'info', { vi: `bỏ qua cột ${quote(text)} (không phải cột số liệu của bộ tiêu chí)`, en: `column ${quote(text)} skipped (not a data column of the criteria set)` }, { header: text }) });
      else if (target.why === 'criterion') out({ type: 'notice', notice: tableNotice(at, 'criterion-column', 'warning', { vi: `bỏ qua cột ${quote(text)}: kết quả đánh giá cả tiêu chí chưa được đọc, chỉ đọc số liệu từng chỉ tiêu (ví dụ "2.1")`, en: `column ${quote(text)} skipped: criterion-level assessments are not read yet, only indicator figures (e.g. "2.1")` }, { header: text }) });
      return;
    }
    const key = target.kind === 'fixed' ? target.key : `${target.group}\u0000${target.indicator.code}\u0000${target.field?.key ?? ''}`;
    const first = seen.get(key);
    if (first) {
      out({ type: 'issue', issue: tableIssue(at, 'duplicate-column', { vi: `cột ${quote(text)} trùng với cột ${first.letter} (${quote(first.header)}): xóa một trong hai`, en: `column ${quote(text)} repeats column ${first.letter} (${quote(first.header)}): delete one of them` }, { header: text, first: first.letter }) });
      return;
    }
    seen.set(key, col);
    columns.push(col);
    if (target.kind === 'fixed') fixed[target.key] = col;
    else values.push(col);
  });
  const isData: boolean[] = [];
  for (const c of columns) isData[c.index] = c.target.kind === 'value' || (c.target.kind === 'fixed' && c.target.key !== 'district' && c.target.key !== 'name');
  return { header, columns, fixed, values, isData };
}

function headerIssue(at: TableNotice['at'], code: string, p: Readonly<Record<string, string>>, setId: string): TableIssue {
  const h = quote(p.header ?? '');
  switch (code) {
    case 'compound-needs-fields':
      return tableIssue(at, code, { vi: `chỉ tiêu "${p.code}" gồm nhiều thành phần: dùng các cột ${p.fields}`, en: `indicator "${p.code}" has several fields: use the columns ${p.fields}` }, p);
    case 'unknown-field':
      return tableIssue(at, code, { vi: `${h} không phải thành phần của chỉ tiêu "${p.code}"; các cột có: ${p.fields}`, en: `${h} is not a field of indicator "${p.code}"; the columns are ${p.fields}` }, p);
    case 'numeric-header':
      return tableIssue(at, code, { vi: `tiêu đề ${h} được nhập dạng số nên có thể là mã ${p.codes}: định dạng ô tiêu đề là Văn bản và nhập lại mã`, en: `header ${h} was entered as a number and may be any of ${p.codes}: format the header cell as Text and enter the code again` }, p);
    case 'date-header':
      return tableIssue(at, code, { vi: `tiêu đề là ngày tháng (${p.header}): Excel đã đổi mã chỉ tiêu thành ngày; định dạng ô là Văn bản và nhập lại mã (ví dụ "2.1")`, en: `the header is a date (${p.header}): Excel turned an indicator code into a date; format the cell as Text and enter the code again (e.g. "2.1")` }, p);
    case 'unknown-condition':
      return tableIssue(at, code, { vi: `bộ tiêu chí ${setId} không có điều kiện "${p.code}"`, en: `the set ${setId} has no condition "${p.code}"` }, { ...p, set: setId });
    default:
      return tableIssue(at, code, { vi: `"${p.code}" không phải mã chỉ tiêu của bộ tiêu chí ${setId}; sửa tiêu đề (ví dụ "2.1") hoặc xóa cột`, en: `"${p.code}" is not an indicator code of the set ${setId}; correct the header (e.g. "2.1") or delete the column` }, { ...p, set: setId });
  }
}

export type RowKind = 'blank' | 'totals' | 'district' | 'no-data' | 'data';

export function rowKind(cells: readonly Cell[], layout: Layout): RowKind {
  let any = false;
  let data = false;
  let firstText: string | undefined;
  const nameIndex = layout.fixed.name?.index;
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k];
    if (isEmpty(c)) continue;
    any = true;
    if (firstText === undefined) firstText = cellText(c);
    if (layout.isData[k] === true) data = true;
  }
  if (!any) return 'blank';
  const name = nameIndex !== undefined ? cellText(cells[nameIndex]) : '';
  if (isTotalsLabel(fold(name)) || (firstText !== undefined && isTotalsLabel(fold(firstText)))) return 'totals';
  if (!data && name !== '' && isDistrictHeading(fold(name))) return 'district';
  if (!data && name === '') return 'no-data';
  return 'data';
}

/** Pass 1: per-column number evidence and percentage stats. */
export function tally(cells: readonly Cell[], layout: Layout): void {
  for (const col of layout.values) {
    const t = col.target;
    if (t.kind !== 'value' || t.type === 'boolean') continue;
    const cell = cells[col.index];
    if (cell === undefined) continue;
    let value: number | undefined;
    if (typeof cell === 'string') {
      const n = readNumberText(cell.normalize('NFC'));
      if (!n) continue;
      const ev = evidenceOf(n);
      if (ev === 'vi' || ev === 'en' || ev === 'ambiguous') col.tally[ev]++;
      if (n.percent) col.marked = true;
      else if (ev === 'both' || ev === 'vi' || ev === 'en') value = Number(n.vi ?? n.en);
    } else if (cell.t === 'n') {
      if (cell.percent) col.marked = true;
      else value = cell.v;
    }
    if (value !== undefined && t.type === 'percent') {
      col.plain++;
      if (value > col.max) col.max = value;
      if (value > 0 && value < 1) col.fraction = true;
    }
  }
}

export function settleColumns(layout: Layout, style: NumberStyle | undefined, sheet: string | undefined, out: (e: CommuneTableEntry) => void): void {
  for (const col of layout.values) {
    col.style = columnStyle(col.tally, style);
    if (col.target.kind === 'value' && col.target.type === 'percent' && !col.marked && col.plain > 0 && col.max <= 1 && col.fraction) {
      out({ type: 'notice', notice: tableNotice(placeOf(sheet, layout.header, col.column, col.header), 'percent-as-fraction', 'warning', { vi: `cột ${quote(col.header)} là tỷ lệ phần trăm nhưng mọi giá trị đều ≤ 1: có lẽ đã ghi phân số (0,9) thay cho phần trăm (90); kiểm tra lại`, en: `column ${quote(col.header)} is a percentage but every value is ≤ 1: fractions (0.9) may have been written instead of percentages (90); check it` }, { header: col.header, max: col.max }) });
    }
  }
}

/** Reads the table entry by entry (see {@link streamCommuneTable}). */
