// readCommuneTable / streamCommuneTable: a sheet of communes (one row each, one column per
// indicator code) → evaluation inputs, each with its place, every problem at its cell.
//
// Two passes over the rows: the first finds the header and settles each column's number style
// from all its values (and whether a percentage column holds fractions); the second reads the
// rows. Nothing but per-column tallies and the names seen is kept between rows, so a 100 MB CSV
// streams in bounded memory.
import { toIsoDay } from '../../_lib/dates.js';
import { readOptions } from '../../_lib/options.js';
import { invalidInput, issue, type IssueInit } from '../../errors.js';
import type { CommuneInput } from '../../engine/evaluate-commune.js';
import type { CriteriaSet, CriteriaSetKind, Indicator, IndicatorValue } from '../../engine/types/index.js';
import { defaultRegionOfProvince } from '../../columns/provinces.js';
import { getCriteriaSet, listCriteriaSets } from '../../sets/registry.js';
import { cellText, isEmpty, letters, placeOf, type Cell, type RawRow } from './cells.js';
import type { Delimiter } from './dialect.js';
import { openGrid, safeRows } from './grid.js';
import { classifyHeaderCell, codesOf, headerScore, type FixedKey, type SetCodes, type Target } from './headers.js';
import { quote, tableIssue, tableNotice } from './issues.js';
import { columnStyle, emptyTally, evidenceOf, readNumberText, type StyleTally } from './numbers.js';
import { readText, readValue, type ColumnStyle, type Read } from './values.js';
import { fold, isDistrictHeading, isTotalsLabel, yesNo } from './words.js';
import { parseRegion } from '../../columns/regions.js';
import type { CommuneTable, CommuneTableEntry, NumberStyle, ReadCommuneTableOptions, TableColumn, TableInput, TableIssue, TableNotice, TableRowSource } from './types.js';

/** How far down the header may be (title rows above it are skipped). */
export const MAX_TITLE_ROWS = 50;

const OPTION_KEYS = ['format', 'sheet', 'numberStyle', 'delimiter', 'kind', 'asOf', 'province', 'set', 'year'] as const;

interface Settings {
  readonly format?: 'csv' | 'xlsx';
  readonly sheet?: string;
  readonly numberStyle?: NumberStyle;
  readonly delimiter?: Delimiter;
  /** The set the columns are read against, when the options settle it (set, asOf, year). */
  readonly set: CriteriaSet | undefined;
  readonly kind: CriteriaSetKind;
  readonly province?: string;
  readonly year?: number;
}

/** Settings with the set chosen. */
type Chosen = Settings & { readonly set: CriteriaSet };

/** Checks the arguments shared by the table readers; throws an `invalid-input` NtmError. */
export function checkData(data: unknown): asserts data is string | Uint8Array {
  if (typeof data !== 'string' && !(data instanceof Uint8Array)) {
    throw invalidInput('table', [issue(['data'], 'expected-table-data', { vi: 'dữ liệu bảng phải là văn bản (CSV) hoặc bytes (Uint8Array, ví dụ nội dung tệp .xlsx hay .csv)', en: 'table data must be text (CSV) or bytes (a Uint8Array, e.g. the contents of an .xlsx or .csv file)' })]);
  }
}

/** The file options shared by both readers, checked. */
export function fileOptions(o: Readonly<Record<string, unknown>>, issues: IssueInit[]): { format?: 'csv' | 'xlsx'; sheet?: string; numberStyle?: NumberStyle; delimiter?: Delimiter } {
  const out: { format?: 'csv' | 'xlsx'; sheet?: string; numberStyle?: NumberStyle; delimiter?: Delimiter } = {};
  if (o.format !== undefined) {
    if (o.format === 'csv' || o.format === 'xlsx') out.format = o.format;
    else issues.push(issue(['options', 'format'], 'expected-one-of', { vi: 'phải là "csv" hoặc "xlsx"', en: 'must be "csv" or "xlsx"' }, { allowed: ['csv', 'xlsx'] }));
  }
  if (o.sheet !== undefined) {
    if (typeof o.sheet === 'string' && o.sheet.length <= 200) out.sheet = o.sheet;
    else issues.push(issue(['options', 'sheet'], 'expected-string', { vi: 'phải là tên trang tính', en: 'must be a sheet name' }));
  }
  if (o.numberStyle !== undefined) {
    if (o.numberStyle === 'vi' || o.numberStyle === 'en') out.numberStyle = o.numberStyle;
    else issues.push(issue(['options', 'numberStyle'], 'expected-one-of', { vi: 'phải là "vi" (1.234,5) hoặc "en" (1,234.5)', en: 'must be "vi" (1.234,5) or "en" (1,234.5)' }, { allowed: ['vi', 'en'] }));
  }
  if (o.delimiter !== undefined) {
    if (o.delimiter === ',' || o.delimiter === ';' || o.delimiter === '\t') out.delimiter = o.delimiter;
    else issues.push(issue(['options', 'delimiter'], 'expected-one-of', { vi: 'phải là ",", ";" hoặc tab', en: 'must be ",", ";" or a tab' }, { allowed: [',', ';', '\t'] }));
  }
  return out;
}

function settings(options: unknown): Settings {
  const o = readOptions(options, OPTION_KEYS);
  const issues: IssueInit[] = [];
  const file = fileOptions(o, issues);
  let year: number | undefined;
  if (o.year !== undefined) {
    if (typeof o.year === 'number' && Number.isInteger(o.year) && o.year >= 1900 && o.year <= 2200) year = o.year;
    else issues.push(issue(['options', 'year'], 'expected-year', { vi: 'phải là năm (ví dụ 2024)', en: 'must be a year (e.g. 2024)' }));
  }
  let asOf: string | undefined;
  if (o.asOf !== undefined) {
    asOf = toIsoDay(o.asOf);
    if (asOf === undefined) issues.push(issue(['options', 'asOf'], 'expected-date', { vi: 'phải là ngày dạng YYYY-MM-DD', en: 'must be a date YYYY-MM-DD' }));
  }
  if (o.province !== undefined && (typeof o.province !== 'string' || o.province.length > 200)) issues.push(issue(['options', 'province'], 'expected-string', { vi: 'phải là tên tỉnh', en: 'must be a province name' }));
  if (o.set !== undefined && !isSetLike(o.set)) issues.push(issue(['options', 'set'], 'expected-set', { vi: 'phải là một bộ tiêu chí (getCriteriaSet hoặc defineCriteriaSet)', en: 'must be a criteria set (from getCriteriaSet or defineCriteriaSet)' }));
  if (issues.length > 0) throw invalidInput('table options', issues);
  const kind = (o.kind ?? 'commune') as CriteriaSetKind;
  const province = typeof o.province === 'string' ? { province: o.province } : {};
  const day = asOf ?? (year !== undefined ? `${year}-12-31` : undefined);
  // Without a set, a day or a year, the set is chosen from the years in the table (chooseSet).
  const set = (o.set as CriteriaSet | undefined) ?? (day !== undefined ? getCriteriaSet(kind, { asOf: day, ...province }) : undefined);
  return { ...file, set, kind, ...province, ...(year !== undefined ? { year } : {}) };
}

/** Every code any version of a kind has, to find a table's header before its set is chosen. */
function codesOfKind(kind: CriteriaSetKind): SetCodes {
  const indicators = new Map<string, Indicator>();
  const conditions = new Map<string, Indicator>();
  const criteria = new Set<string>();
  for (const set of listCriteriaSets(kind)) {
    const c = codesOf(set);
    for (const [k, v] of c.indicators) indicators.set(k, v);
    for (const [k, v] of c.conditions) conditions.set(k, v);
    for (const k of c.criteria) criteria.add(k);
  }
  return { indicators, conditions, criteria };
}

const codeList = (set: CriteriaSet) => JSON.stringify([set.criteria.map((c) => [c.code, c.indicators.map((i) => i.code)]), (set.conditions ?? []).map((i) => i.code)]);

/**
 * The set a table is read against when the options do not name one: the version in force on
 * 31 December of the latest year in the table's year column. The years must all fall under
 * versions with the same codes (2022-2025 do; 2026-2030 has other criteria): a table mixing
 * periods is an issue, never read against the wrong codes.
 */
async function chooseSet(data: string | Uint8Array, s: Settings): Promise<Chosen | TableIssue> {
  if (s.set !== undefined) return s as Chosen;
  const province = s.province !== undefined ? { province: s.province } : {};
  const codes = codesOfKind(s.kind);
  const opened = await openGrid(data, s, (cells) => textColumns(cells, codes));
  if ('issue' in opened) return opened.issue;
  let yearColumn: number | undefined;
  let headerRow: number | undefined;
  let headerCells: readonly Cell[] = [];
  const years = new Set<number>();
  for await (const r of safeRows(opened.grid, () => undefined)) {
    if (headerRow === undefined) {
      if (headerScore(r.cells, codes) > 0) {
        headerRow = r.row;
        headerCells = r.cells;
        r.cells.forEach((cell, index) => {
          const t = classifyHeaderCell(cell, codes).target;
          if (t.kind === 'fixed' && t.key === 'year') yearColumn = index;
        });
        if (yearColumn === undefined) break;
      } else if (r.row >= MAX_TITLE_ROWS) break;
      continue;
    }
    const y = readYear(r.cells[yearColumn!]);
    if ('value' in y) years.add(y.value as number);
  }
  const versions = new Map<number, CriteriaSet>();
  for (const y of [...years].sort()) {
    try {
      versions.set(y, getCriteriaSet(s.kind, { asOf: `${y}-12-31`, ...province }));
    } catch {
      // A year no set governs: its rows are reported when they are evaluated.
    }
  }
  const chosen = [...versions.values()];
  if (chosen.length === 0) {
    // No year to go by (the rows will say so): the version whose codes the header names most, the newest on a tie.
    let best: CriteriaSet | undefined;
    let bestScore = -1;
    for (const v of listCriteriaSets(s.kind)) {
      const c = codesOf(v);
      const score = headerCells.filter((cell) => classifyHeaderCell(cell, c).target.kind === 'value').length;
      if (score >= bestScore) {
        best = v;
        bestScore = score;
      }
    }
    return { ...s, set: best ?? getCriteriaSet(s.kind, province) };
  }
  const latest = chosen[chosen.length - 1]!;
  const mixed = [...versions].filter(([, v]) => codeList(v) !== codeList(latest)).map(([y]) => y);
  if (mixed.length > 0) {
    const sheet = opened.grid.sheet;
    return tableIssue(sheet !== undefined ? { sheet } : {}, 'mixed-periods', {
      vi: `bảng có năm ${mixed.join(', ')} và năm ${[...versions.keys()].filter((y) => !mixed.includes(y)).join(', ')} thuộc hai bộ tiêu chí khác nhau (${versions.get(mixed[0]!)!.id}, ${latest.id}): tách thành hai bảng, hoặc chọn ngày áp dụng (asOf, --as-of)`,
      en: `the table's years ${mixed.join(', ')} and ${[...versions.keys()].filter((y) => !mixed.includes(y)).join(', ')} fall under different criteria sets (${versions.get(mixed[0]!)!.id}, ${latest.id}): split the table, or choose the day (asOf, --as-of)`,
    }, { years: [...versions.keys()] });
  }
  return { ...s, set: latest };
}

function isSetLike(v: unknown): v is CriteriaSet {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as { id?: unknown; criteria?: unknown; conditions?: unknown };
  const indicatorsOk = (list: unknown) => Array.isArray(list) && list.every((i) => typeof i === 'object' && i !== null && typeof (i as { code?: unknown }).code === 'string');
  return typeof s.id === 'string' && Array.isArray(s.criteria) && s.criteria.every((c) => typeof c === 'object' && c !== null && typeof (c as { code?: unknown }).code === 'string' && indicatorsOk((c as { indicators?: unknown }).indicators)) && (s.conditions === undefined || indicatorsOk(s.conditions));
}

interface Column {
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

interface Layout {
  readonly header: RawRow;
  readonly columns: Column[];
  readonly fixed: Fixed;
  readonly values: Column[];
  /** By cell index: the column holds figures or facts (anything but the name, the district and skipped columns). */
  readonly isData: readonly boolean[];
}

const textColumns = (cells: readonly Cell[], codes: SetCodes): number => headerScore(cells, codes);

function layoutOf(header: RawRow, codes: SetCodes, sheet: string | undefined, setId: string, out: (e: CommuneTableEntry) => void): Layout {
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

type RowKind = 'blank' | 'totals' | 'district' | 'no-data' | 'data';

function rowKind(cells: readonly Cell[], layout: Layout): RowKind {
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
function tally(cells: readonly Cell[], layout: Layout): void {
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

function settleColumns(layout: Layout, style: NumberStyle | undefined, sheet: string | undefined, out: (e: CommuneTableEntry) => void): void {
  for (const col of layout.values) {
    col.style = columnStyle(col.tally, style);
    if (col.target.kind === 'value' && col.target.type === 'percent' && !col.marked && col.plain > 0 && col.max <= 1 && col.fraction) {
      out({ type: 'notice', notice: tableNotice(placeOf(sheet, layout.header, col.column, col.header), 'percent-as-fraction', 'warning', { vi: `cột ${quote(col.header)} là tỷ lệ phần trăm nhưng mọi giá trị đều ≤ 1: có lẽ đã ghi phân số (0,9) thay cho phần trăm (90); kiểm tra lại`, en: `column ${quote(col.header)} is a percentage but every value is ≤ 1: fractions (0.9) may have been written instead of percentages (90); check it` }, { header: col.header, max: col.max }) });
    }
  }
}

/** Reads the table entry by entry (see {@link streamCommuneTable}). */
async function* entries(data: string | Uint8Array, settings: Settings): AsyncGenerator<CommuneTableEntry> {
  const s = await chooseSet(data, settings);
  if (!('set' in s)) {
    yield { type: 'issue', issue: s };
    return;
  }
  const codes = codesOf(s.set);
  const opened = await openGrid(data, s, (cells) => textColumns(cells, codes));
  if ('issue' in opened) {
    yield { type: 'issue', issue: opened.issue };
    return;
  }
  for (const notice of opened.notices) yield { type: 'notice', notice };
  const { grid } = opened;
  const sheet = grid.sheet;
  const pending: CommuneTableEntry[] = [];
  const out = (e: CommuneTableEntry) => pending.push(e);
  const fileIssues: TableIssue[] = [];

  // Pass 1.
  let layout: Layout | undefined;
  const titles: RawRow[] = [];
  let dataRows = 0;
  for await (const r of safeRows(grid, (i) => fileIssues.push(i))) {
    if (!layout) {
      if (headerScore(r.cells, codes) > 0) layout = layoutOf(r, codes, sheet, s.set.id, out);
      else if (r.cells.some((c) => !isEmpty(c))) titles.push(r);
      if (!layout && r.row >= MAX_TITLE_ROWS) break;
      continue;
    }
    if (rowKind(r.cells, layout) === 'data') {
      dataRows++;
      tally(r.cells, layout);
    }
  }
  if (fileIssues.length > 0) {
    for (const issue of fileIssues) yield { type: 'issue', issue };
    return;
  }
  if (!layout) {
    const empty = titles.length === 0;
    yield {
      type: 'issue',
      issue: empty
        ? tableIssue(sheet !== undefined ? { sheet } : {}, 'empty-table', { vi: 'bảng trống: cần một dòng tiêu đề (tên xã, vùng, năm, mã chỉ tiêu như "2.1") và mỗi xã một dòng', en: 'the table is empty: expected a header row (name, region, year, indicator codes such as "2.1") and one row per commune' })
        : tableIssue(sheet !== undefined ? { sheet } : {}, 'no-header', { vi: `không thấy dòng tiêu đề trong ${MAX_TITLE_ROWS} dòng đầu: cần một dòng có cột tên xã và các mã chỉ tiêu như "2.1", "5.schools" của bộ tiêu chí ${s.set.id}`, en: `no header row in the first ${MAX_TITLE_ROWS} rows: expected a row naming the commune column and indicator codes such as "2.1", "5.schools" of the set ${s.set.id}` }, { set: s.set.id }),
    };
    return;
  }
  if (titles.length > 0) {
    pending.unshift({ type: 'notice', notice: tableNotice({ ...(sheet !== undefined ? { sheet } : {}), row: titles[0]!.row }, 'title-rows', 'info', { vi: `bỏ qua ${titles.length} dòng tiêu đề phía trên bảng (${titles.map((t) => t.row).join(', ')}): ${quote(firstText(titles[0]!))}`, en: `skipped ${titles.length} title row(s) above the table (${titles.map((t) => t.row).join(', ')}): ${quote(firstText(titles[0]!))}` }, { rows: titles.map((t) => t.row) }) });
  }
  settleColumns(layout, s.numberStyle, sheet, out);
  const columns: TableColumn[] = layout.header.cells.map((cell, index) => {
    const col = layout!.columns.find((c) => c.index === index);
    const t = col?.target;
    const path = t?.kind === 'fixed' ? [t.key] : t?.kind === 'value' ? [t.group, t.indicator.code, ...(t.field ? [t.field.key] : [])] : null;
    return { column: index + 1, letter: letters(index + 1), header: col?.header ?? classifyHeaderCell(cell, codes).header, path };
  });
  yield { type: 'columns', columns, ...(sheet !== undefined ? { sheet } : {}), set: s.set };
  yield* pending.splice(0);
  if (dataRows === 0) {
    yield { type: 'notice', notice: tableNotice(placeOf(sheet, layout.header), 'no-rows', 'warning', { vi: 'bảng không có dòng số liệu nào dưới dòng tiêu đề', en: 'the table has no data row under its header' }) };
  }

  // Pass 2.
  const reader = new RowReader(layout, s, sheet);
  let blanks: number[] = [];
  for await (const r of safeRows(grid, (i) => fileIssues.push(i))) {
    if (r.row <= layout.header.row) continue;
    const kind = rowKind(r.cells, layout);
    if (kind === 'blank') {
      blanks.push(r.row);
      continue;
    }
    if (blanks.length > 0) {
      yield { type: 'notice', notice: blankNotice(sheet, blanks) };
      blanks = [];
    }
    if (kind === 'data') {
      const e = reader.read(r, out);
      yield* pending.splice(0);
      yield e;
      continue;
    }
    const at = placeOf(sheet, r);
    const label = firstText(r);
    if (kind === 'totals') yield { type: 'notice', notice: tableNotice(at, 'totals-row', 'info', { vi: `bỏ qua dòng tổng ${quote(label)}`, en: `totals row ${quote(label)} skipped` }, { text: label }) };
    else if (kind === 'district') {
      const district = cellText(r.cells[layout.fixed.name!.index]);
      reader.district = district;
      yield { type: 'notice', notice: tableNotice(at, 'district-heading', 'info', { vi: `dòng tên huyện ${quote(district)}: các xã bên dưới thuộc huyện này`, en: `district heading ${quote(district)}: the communes below belong to it` }, { text: district }) };
    } else yield { type: 'notice', notice: tableNotice(at, 'no-data-row', 'info', { vi: `bỏ qua dòng không có tên xã và số liệu: ${quote(label)}`, en: `row without a commune name or figures skipped: ${quote(label)}` }, { text: label }) };
  }
  for (const issue of fileIssues) yield { type: 'issue', issue };
}

function firstText(r: RawRow): string {
  for (const c of r.cells) if (!isEmpty(c)) return cellText(c);
  return '';
}

function blankNotice(sheet: string | undefined, rows: readonly number[]): TableNotice {
  const span = rows.length === 1 ? String(rows[0]) : `${rows[0]}-${rows[rows.length - 1]}`;
  return tableNotice({ ...(sheet !== undefined ? { sheet } : {}), row: rows[0]! }, 'blank-rows', 'info', { vi: `bỏ qua dòng trống ${span}`, en: `blank row(s) ${span} skipped` }, { rows: [...rows] });
}

/** Pass 2: one data row → an input, or its issues. */
class RowReader {
  district: string | undefined;
  private readonly names = new Map<string, number>();
  constructor(private readonly layout: Layout, private readonly s: Chosen, private readonly sheet: string | undefined) {}

  read(r: RawRow, out: (e: CommuneTableEntry) => void): CommuneTableEntry {
    const { fixed, values } = this.layout;
    // CSV: cells past the last header are a row split on a delimiter inside a name (Xã A, huyện B):
    // its cells are shifted, so nothing else of it is read (their errors would only be noise).
    const width = this.layout.header.cells.length;
    if (r.line !== undefined && r.cells.length > width && r.cells.slice(width).some((c) => !isEmpty(c))) {
      const name0 = fixed.name ? cellText(r.cells[fixed.name.index]) : '';
      const source = { row: r.row, line: r.line, ...(name0 !== '' ? { name: name0 } : {}), ...(this.district !== undefined ? { district: this.district } : {}) };
      return { type: 'rejected', source, issues: [tableIssue(placeOf(this.sheet, r, undefined, undefined, name0 || undefined), 'too-many-cells', { vi: `dòng có ${r.cells.length} ô, nhiều hơn ${width} cột của dòng tiêu đề: có lẽ một ô chứa dấu phân cách mà không nằm trong ngoặc kép; các ô bị lệch cột nên dòng không được đọc`, en: `the row has ${r.cells.length} cells, more than the header's ${width}: a cell probably holds the delimiter without quotes; its cells are shifted, so the row is not read` }, { cells: r.cells.length, columns: width })] };
    }
    const issues: TableIssue[] = [];
    const nameRead = fixed.name ? readText(r.cells[fixed.name.index]) : undefined;
    const name = nameRead && 'value' in nameRead ? String(nameRead.value) : undefined;
    const at = (col?: Column) => placeOf(this.sheet, r, col?.column, col?.header, name);
    const bad = (col: Column, e: Extract<Read, { code: string }>) => issues.push(tableIssue(at(col), e.code, e.text, e.params));
    if (nameRead && 'code' in nameRead) bad(fixed.name!, nameRead);
    const text = (key: 'province' | 'district'): string | undefined => {
      const col = fixed[key];
      if (!col) return undefined;
      const v = readText(r.cells[col.index]);
      if ('code' in v) bad(col, v);
      return 'value' in v ? String(v.value) : undefined;
    };
    const province = text('province');
    const district = text('district') ?? this.district;
    let region: CommuneInput['region'] | undefined;
    if (fixed.region) {
      const v = readText(r.cells[fixed.region.index]);
      if ('code' in v) bad(fixed.region, v);
      else if ('value' in v) {
        region = parseRegion(String(v.value));
        if (!region) bad(fixed.region, { code: 'unknown-region', text: { vi: `không rõ vùng ${quote(String(v.value))}: ghi mã TDMNPB, ĐBSH, BTB, DHNTB, TN, ĐNB, ĐBSCL hoặc tên vùng`, en: `unknown region ${quote(String(v.value))}: write TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL or the region's name` }, params: { text: String(v.value) } });
      }
    }
    let year: number | undefined;
    let yearBad = false;
    if (fixed.year) {
      const v = readYear(r.cells[fixed.year.index]);
      if ('code' in v) {
        bad(fixed.year, v);
        yearBad = true;
      } else if ('value' in v) year = v.value as number;
    }
    year ??= this.s.year;
    const flags: { especiallyDifficult?: boolean; safeZone?: boolean } = {};
    for (const key of ['especiallyDifficult', 'safeZone'] as const) {
      const col = fixed[key];
      if (!col) continue;
      const v = readValue(r.cells[col.index], { type: 'boolean', style: undefined, noneAllowed: false, whole: false });
      if ('code' in v) bad(col, v);
      else if ('value' in v) flags[key] = v.value as boolean;
    }
    const groups: { indicators: Record<string, IndicatorValue>; conditions?: Record<string, IndicatorValue> } = { indicators: {} };
    for (const col of values) {
      const t = col.target;
      if (t.kind !== 'value') continue;
      const v = readValue(r.cells[col.index], { type: t.type, style: col.style, noneAllowed: t.noneAllowed, whole: !t.field });
      if ('code' in v) {
        bad(col, v);
        continue;
      }
      if (!('value' in v)) continue;
      const target = (groups[t.group] ??= {});
      if (t.field) {
        const obj = (target[t.indicator.code] ??= {}) as Record<string, number | boolean>;
        obj[t.field.key] = v.value as number | boolean;
      } else target[t.indicator.code] = v.value as IndicatorValue;
    }
    if (year === undefined && !yearBad) {
      issues.push(tableIssue(at(fixed.year), 'missing-year', { vi: 'thiếu năm đánh giá: thêm cột "năm" hoặc chọn năm (tùy chọn year, --year)', en: 'no assessment year: add a "năm"/"year" column or pass the year option (--year)' }));
    }
    if (region === undefined && this.s.set.columns === 'region' && !(fixed.region && !isEmpty(r.cells[fixed.region.index]))) {
      const guess = province !== undefined ? defaultRegionOfProvince(province) : undefined;
      if (guess) {
        region = guess.region;
        out({ type: 'notice', notice: tableNotice(at(fixed.province), 'region-from-province', 'warning', { vi: `vùng ${guess.region} lấy theo tỉnh ${guess.province} (cách chia vùng thường dùng, chưa đối chiếu văn bản): ghi rõ cột "vùng" nếu khác`, en: `region ${guess.region} taken from the province ${guess.province} (the usual grouping, not verified against a legal text): fill the region column if it differs` }, { region: guess.region, province: guess.province }) });
      } else {
        issues.push(tableIssue(at(fixed.region), 'missing-region', { vi: `thiếu vùng: ghi cột "vùng" (TDMNPB, ĐBSH, BTB, DHNTB, TN, ĐNB, ĐBSCL) hoặc cột "tỉnh"${province !== undefined ? ` (không nhận ra tỉnh ${quote(province)})` : ''}`, en: `no region: fill a "vùng"/"region" column (TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL) or a "tỉnh"/"province" column${province !== undefined ? ` (province ${quote(province)} not recognised)` : ''}` }));
      }
    }
    if (name !== undefined) {
      const key = `${fold(district ?? '')}\u0000${fold(name)}`;
      const first = this.names.get(key);
      if (first === undefined) this.names.set(key, r.row);
      else {
        out({ type: 'notice', notice: tableNotice(at(fixed.name), 'duplicate-name', 'warning', { vi: `tên xã ${quote(name)} trùng với dòng ${first}${district ? ` (cùng huyện ${district})` : ''}: kiểm tra có nhập hai lần không`, en: `commune name ${quote(name)} repeats row ${first}${district ? ` (same district ${district})` : ''}: check it was not entered twice` }, { name, firstRow: first, ...(district !== undefined ? { district } : {}) }) });
      }
    }
    const source: TableRowSource = { ...(this.sheet !== undefined ? { sheet: this.sheet } : {}), row: r.row, ...(r.line !== undefined ? { line: r.line } : {}), ...(name !== undefined ? { name } : {}), ...(district !== undefined ? { district } : {}) };
    if (issues.length > 0) return { type: 'rejected', source, issues };
    const input = {
      ...(name !== undefined ? { name } : {}),
      ...(province !== undefined ? { province } : {}),
      ...(region !== undefined ? { region } : {}),
      year: year!,
      ...flags,
      indicators: groups.indicators,
      ...(groups.conditions ? { conditions: groups.conditions } : {}),
    } as TableInput;
    return { type: 'row', input, source };
  }
}

function readYear(cell: Cell): Read {
  if (cell === undefined) return { blank: true };
  let n: number | undefined;
  if (typeof cell === 'string') {
    const text = cell.trim();
    if (text === '') return { blank: true };
    const r = readNumberText(text);
    n = r && r.vi !== undefined && r.vi === r.en && !r.percent ? Number(r.vi) : undefined;
    if (n === undefined && yesNo(fold(text)) === undefined && /^\d{4}$/.test(text)) n = Number(text);
  } else if (cell.t === 'n' && !cell.percent) n = cell.v;
  if (n !== undefined && Number.isInteger(n) && n >= 1900 && n <= 2200) return { value: n };
  const shown = cellText(cell);
  return { code: 'expected-year', text: { vi: `cần ghi năm (ví dụ 2024), đang ghi ${quote(shown)}`, en: `expected a year (e.g. 2024), got ${quote(shown)}` }, params: { text: shown } };
}

/**
 * Reads a commune table entry by entry, in file order, without keeping the rows: for files too
 * large to hold (a whole country, a 100 MB CSV). The arguments are checked at once (an
 * `invalid-input` NtmError); problems in the file are entries, never a rejection.
 *
 * @param data - CSV text, or the bytes of a .csv or .xlsx file.
 * @param options - see {@link ReadCommuneTableOptions}.
 *
 * @example
 * ```ts
 * import { evaluateCommune, streamCommuneTable } from 'ntm-rules';
 * for await (const entry of streamCommuneTable('tên xã;vùng;năm;2.1\nXã A;TDMNPB;2024;85,5\n')) {
 *   if (entry.type === 'row') console.log(entry.source.row, evaluateCommune(entry.input).status);
 *   if (entry.type === 'rejected') console.log(entry.source.row, entry.issues[0]?.text.vi);
 * }
 * ```
 */
export function streamCommuneTable(data: string | Uint8Array, options?: ReadCommuneTableOptions): AsyncIterable<CommuneTableEntry> {
  checkData(data);
  const s = settings(options);
  return { [Symbol.asyncIterator]: () => entries(data, s) };
}

/**
 * Reads a sheet of communes (CSV of any dialect, or an Excel .xlsx workbook) into evaluation
 * inputs: one row per commune, one column per indicator code (`2.1`; `5.schools` for fields of
 * compound indicators; `conditions.<code>`), with Vietnamese or English headers for the fixed
 * columns (tên xã, tỉnh, huyện, vùng, năm, xã đặc biệt khó khăn, xã an toàn khu).
 *
 * Nothing is guessed: a number that reads two ways (`67.950`) is an issue at its cell unless the
 * column's other values or `numberStyle` settle the style; a blank cell is unknown (left out),
 * `?` or `-` is declared unknown. Title, blank and totals rows and bookkeeping columns (STT, ghi
 * chú…) are skipped with a notice. A row with a problem is not in `inputs`; its issues name it.
 *
 * @param data - CSV text, or the bytes of a .csv or .xlsx file.
 * @param options - see {@link ReadCommuneTableOptions}.
 * @throws {NtmError} `invalid-input` for bad arguments (never for problems in the file: those are `issues`).
 *
 * @example
 * ```ts
 * import { evaluateCommune, readCommuneTable } from 'ntm-rules';
 * const csv = 'STT;tên xã;huyện;vùng;năm;1.1;2.1;9.1\n1;Xã A;Tam Đường;TDMNPB;2024;đạt;85,5;không\n;Tổng cộng;;;;;;\n';
 * const table = await readCommuneTable(csv);
 * table.inputs[0]; // { name: 'Xã A', region: 'TDMNPB', year: 2024, indicators: { '1.1': true, '2.1': 85.5, '9.1': 0 } }
 * table.rows[0]?.row; // 2
 * table.notices.map((n) => n.code); // ['bookkeeping-column', 'totals-row']
 * evaluateCommune(table.inputs[0]!).criteria[8]?.outcome; // 'met'
 * ```
 */
export function readCommuneTable(data: string | Uint8Array, options?: ReadCommuneTableOptions): Promise<CommuneTable> {
  // Arguments are checked before the promise: a bad call throws at once.
  checkData(data);
  return collect(data, settings(options));
}

async function collect(data: string | Uint8Array, s: Settings): Promise<CommuneTable> {
  const inputs: TableInput[] = [];
  const rows: TableRowSource[] = [];
  const issues: TableIssue[] = [];
  const notices: TableNotice[] = [];
  let columns: readonly TableColumn[] = [];
  for await (const e of entries(data, s)) {
    if (e.type === 'row') {
      inputs.push(e.input);
      rows.push(e.source);
    } else if (e.type === 'rejected') issues.push(...e.issues);
    else if (e.type === 'issue') issues.push(e.issue);
    else if (e.type === 'notice') notices.push(e.notice);
    else columns = e.columns;
  }
  return { inputs, rows, columns, issues, notices };
}
