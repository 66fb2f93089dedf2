// The header row of a threshold table: which column is the code, the year, each threshold column.
import { isColumnOf } from '../../columns/column.js';
import { setWords } from '../../wording/sets.js';
import type { CriteriaSet } from '../../engine/types/index.js';
import { cellText, letters, placeOf, type Cell, type RawRow } from '../tables/cells.js';
import { quote, tableIssue } from '../tables/issues.js';
import type { TableIssue } from '../tables/types.js';
import { classifyColumn, type FixedColumn } from './layout.js';
import { type ValueColumn } from './model.js';
import { sheetParam } from './meta.js';

export interface Column {
  readonly index: number;
  readonly letter: string;
  readonly header: string;
  readonly fixed?: FixedColumn;
  readonly value?: ValueColumn;
}

/** How strongly a row looks like the table's header: code column and threshold columns recognised. */
export function headerScore(cells: readonly (Cell | string)[]): number {
  let code = false;
  let values = 0;
  let other = 0;
  for (const c of cells) {
    const k = classifyColumn(cellText(c as Cell));
    if (!k) continue;
    if ('value' in k) values++;
    else if (k.fixed === 'code') code = true;
    else other++;
  }
  return code && values > 0 ? 1 + values + other : 0;
}

export function readHeader(header: RawRow, set: CriteriaSet, defaulted: boolean, sheet: string | undefined, issues: TableIssue[]): readonly Column[] {
  const hint = defaulted
    ? { vi: `; bảng không ghi phiên bản bộ tiêu chí nên được đọc theo phiên bản mới nhất, ${setWords(set, 'vi')}: chọn ngày áp dụng (asOf, --as-of) hoặc ghi mục "Bộ tiêu chí (phiên bản)"`, en: `; the table names no set version, so it is read against the newest, ${setWords(set, 'en')}: choose the day (asOf, --as-of) or fill the "Criteria set (version)" field` }
    : { vi: '', en: '' };
  const out: Column[] = [];
  const seen = new Map<string, Column>();
  header.cells.forEach((cell, index) => {
    const text = cellText(cell);
    const letter = letters(index + 1);
    if (text === '') return;
    const at = placeOf(sheet, header, index + 1, text);
    const params = { header: text, cell: at.cell!, ...sheetParam(sheet) };
    const k = classifyColumn(text);
    if (!k) {
      issues.push(tableIssue(at, 'unknown-column', { vi: `cột ${quote(text)} không phải cột của bảng ngưỡng (Mã, Chỉ tiêu, Đơn vị, So sánh, Năm, Chung, các vùng hoặc nhóm xã, Ghi chú): sửa tiêu đề hoặc xóa cột`, en: `column ${quote(text)} is not a column of a threshold table (Code, Indicator, Unit, Comparison, Year, All, the regions or commune groups, Notes): correct the header or delete the column` }, params));
      return;
    }
    if ('value' in k && k.value !== 'all' && !isColumnOf(set.columns, k.value)) {
      const what = set.columns === 'none'
        ? { vi: `${setWords(set, 'vi')} không chia ngưỡng theo vùng hay nhóm xã: chỉ dùng cột "Chung" (đang có cột ${quote(text)})`, en: `${setWords(set, 'en')} has no threshold columns: use the "All" column only (got ${quote(text)})` }
        : { vi: `cột ${quote(text)} không phải cột ngưỡng của ${setWords(set, 'vi')} (${set.columns === 'region' ? 'các vùng TDMNPB … ĐBSCL' : 'các nhóm xã Nhóm 1 … Nhóm 3'})`, en: `column ${quote(text)} is not a threshold column of ${setWords(set, 'en')} (${set.columns === 'region' ? 'the regions TDMNPB … DBSCL' : 'the commune groups G1 … G3'})` };
      issues.push(tableIssue(at, 'column-not-in-set', { vi: what.vi + hint.vi, en: what.en + hint.en }, { ...params, column: k.value }));
      return;
    }
    const key = 'value' in k ? `v:${k.value}` : `f:${k.fixed}`;
    const first = seen.get(key);
    if (first && key !== 'f:notes' && key !== 'f:number') {
      issues.push(tableIssue(at, 'duplicate-column', { vi: `cột ${quote(text)} trùng với cột ${first.letter} (${quote(first.header)}): xóa một trong hai`, en: `column ${quote(text)} repeats column ${first.letter} (${quote(first.header)}): delete one of them` }, { ...params, first: first.letter }));
      return;
    }
    const col: Column = { index, letter, header: text, ...('value' in k ? { value: k.value } : { fixed: k.fixed }) };
    seen.set(key, col);
    out.push(col);
  });
  return out;
}
