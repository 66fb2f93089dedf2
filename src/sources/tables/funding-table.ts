// readFundingTable: a funding sheet (nguồn vốn, số tiền, đơn vị, nội dung, năm) → funding lines
// with exact decimal amounts, the sheet's unit ("Đơn vị tính: triệu đồng") and its grand total.
import { readOptions } from '../../_lib/options.js';
import { invalidInput, type IssueInit } from '../../errors.js';
import { convertAmount } from '../../funding/units.js';
import { FUNDING_SOURCE_IDS, FUNDING_SOURCES, type FundingSourceId } from '../../funding/taxonomy.js';
import type { FundingLine } from '../../funding/types.js';
import type { FundingUnit } from '../../funding/units.js';
import { cellText, isEmpty, placeOf, type Cell, type Grid, type RawRow } from './cells.js';
import { checkData, fileOptions } from './options.js';
import { openGrid, safeRows } from './grid.js';
import { quote, tableIssue, tableNotice } from './issues.js';
import { columnStyle, decimalOf, emptyTally, evidenceOf, readNumberText, type StyleTally } from './numbers.js';
import { dateCell, errorCell, numberFromText, readText, type ColumnStyle } from './values.js';
import { fold, isTotalsLabel } from './words.js';
import type { FundingTable, NumberStyle, ReadFundingTableOptions, TableIssue, TableNotice, TableRowSource } from './types.js';

type Key = 'source' | 'amount' | 'unit' | 'label' | 'year';

const HEADERS = new Map<string, Key>([
  ...(['source', 'nguon', 'nguon von', 'ma nguon', 'ma nguon von', 'nguon kinh phi'] as const).map((k) => [k, 'source'] as const),
  ...(['amount', 'so tien', 'gia tri', 'kinh phi', 'so von', 'von'] as const).map((k) => [k, 'amount'] as const),
  ...(['unit', 'don vi', 'don vi tinh', 'dvt'] as const).map((k) => [k, 'unit'] as const),
  ...(['label', 'noi dung', 'hang muc', 'dien giai', 'ten du an', 'noi dung chi', 'ten'] as const).map((k) => [k, 'label'] as const),
  ...(['year', 'nam', 'nam ke hoach'] as const).map((k) => [k, 'year'] as const),
]);

const UNITS = new Map<string, FundingUnit>([
  ...(['vnd', 'dong', 'd', 'vnd dong'] as const).map((k) => [k, 'vnd'] as const),
  ...(['thousand-vnd', 'nghin dong', 'ngan dong', 'nghin', 'ngan', '1000 dong', '1.000 dong'] as const).map((k) => [k, 'thousand-vnd'] as const),
  ...(['million-vnd', 'trieu dong', 'trieu', 'tr.d', 'trd', 'tr.dong', 'tr d'] as const).map((k) => [k, 'million-vnd'] as const),
  ...(['billion-vnd', 'ty dong', 'ty', 'ti dong', 'ti'] as const).map((k) => [k, 'billion-vnd'] as const),
]);

/** A unit from its code or Vietnamese name (`triệu đồng`, `tỷ đồng`, `tr.đ`). */
export function unitOf(text: string): FundingUnit | undefined {
  return UNITS.get(fold(text).replace(/[()]/g, '').trim());
}

let sourceWords: Map<string, FundingSourceId[]> | undefined;

/** A funding source from its id or its label (Vietnamese or English), when exactly one node has it. */
function sourcesNamed(text: string): FundingSourceId[] {
  if ((FUNDING_SOURCE_IDS as readonly string[]).includes(text)) return [text as FundingSourceId];
  if (!sourceWords) {
    sourceWords = new Map();
    for (const id of FUNDING_SOURCE_IDS) {
      for (const label of [FUNDING_SOURCES[id].label.vi, FUNDING_SOURCES[id].label.en]) {
        const k = fold(label);
        sourceWords.set(k, [...(sourceWords.get(k) ?? []), id]);
      }
    }
  }
  return sourceWords.get(fold(text)) ?? [];
}

const UNIT_IN_TITLE = /(?:don vi tinh|don vi|dvt)\s*[:.]?\s*([^)]+)\)?\s*$/;

interface Column {
  readonly index: number;
  readonly column: number;
  readonly header: string;
  readonly key: Key;
  readonly tally: StyleTally;
  style: ColumnStyle;
}

function headerOf(cells: readonly Cell[]): { columns: Map<Key, Column>; skipped: { index: number; header: string }[] } {
  const columns = new Map<Key, Column>();
  const skipped: { index: number; header: string }[] = [];
  cells.forEach((cell, index) => {
    const header = cellText(cell);
    if (header === '') return;
    const key = HEADERS.get(fold(header).replace(/\s*[:*]+$/, '').replace(/\s*\(.*\)$/, ''));
    if (key && !columns.has(key)) columns.set(key, { index, column: index + 1, header, key, tally: emptyTally(), style: undefined });
    else skipped.push({ index, header });
  });
  return { columns, skipped };
}

const score = (cells: readonly Cell[]): number => {
  const { columns } = headerOf(cells);
  return columns.has('source') && columns.has('amount') ? columns.size : 0;
};

/**
 * Reads a funding sheet (CSV of any dialect, or an Excel .xlsx workbook): one line per row with
 * the columns source/nguồn (a source id such as `central.recurrent`, or its label such as "Vốn sự
 * nghiệp"), amount/số tiền, unit/đơn vị, label/nội dung and year/năm. Amounts stay exact decimal
 * strings; `67.950` alone is an issue unless the column or `numberStyle` settles the style. The
 * sheet's unit ("Đơn vị tính: triệu đồng" above the table) applies to every line without its own,
 * and a "Tổng cộng" row gives `declared.total` (in that unit), ready for `reconcileFunding`.
 *
 * @param data - CSV text, or the bytes of a .csv or .xlsx file.
 * @throws {NtmError} `invalid-input` for bad arguments (never for problems in the file: those are `issues`).
 *
 * @example
 * ```ts
 * import { aggregateFunding, readFundingTable, reconcileFunding } from 'ntm-rules';
 * const csv = 'Đơn vị tính: triệu đồng\nnguồn;số tiền;nội dung\ncentral.investment.domestic;67.950;Vốn trong nước\ncentral.recurrent;22.342;Vốn sự nghiệp\nTổng cộng;90.292;\n';
 * const t = await readFundingTable(csv, { numberStyle: 'vi' });
 * t.lines[0]; // { source: 'central.investment.domestic', amount: '67950', unit: 'million-vnd', label: 'Vốn trong nước' }
 * aggregateFunding(t.lines).total; // '90292'
 * reconcileFunding({ lines: t.lines, declared: t.declared ?? {} }); // []
 * ```
 */
export function readFundingTable(data: string | Uint8Array, options?: ReadFundingTableOptions): Promise<FundingTable> {
  checkData(data);
  const o = readOptions(options, ['format', 'sheet', 'numberStyle', 'delimiter', 'unit']);
  const problems: IssueInit[] = [];
  const file = fileOptions(o, problems);
  let unit: FundingUnit | undefined;
  if (o.unit !== undefined) {
    if (typeof o.unit === 'string' && UNITS.has(o.unit) && UNITS.get(o.unit) === o.unit) unit = o.unit as FundingUnit;
    else problems.push({ path: ['options', 'unit'], code: 'expected-one-of', text: { vi: 'phải là vnd, thousand-vnd, million-vnd hoặc billion-vnd', en: 'must be vnd, thousand-vnd, million-vnd or billion-vnd' } });
  }
  if (problems.length > 0) throw invalidInput('table options', problems);
  return read(data, file, unit);
}

/** What the first pass finds: the header row and its columns, the title rows above it and the unit they state. */
interface Survey {
  header?: RawRow;
  columns: Map<Key, Column>;
  sheetUnit?: FundingUnit;
  readonly titles: RawRow[];
}

/** The unit a title row states ("Đơn vị tính: triệu đồng"); the last one when several cells state one. */
function unitInTitle(cells: readonly Cell[]): FundingUnit | undefined {
  let unit: FundingUnit | undefined;
  for (const c of cells) {
    const m = UNIT_IN_TITLE.exec(fold(cellText(c)));
    const u = m ? unitOf(m[1]!) : undefined;
    if (u) unit = u;
  }
  return unit;
}

/** Counts how the amount column writes its numbers, so that `67.950` can be settled by the column's other cells. */
function tallyAmount(amount: Column, cells: readonly Cell[]): void {
  const cell = cells[amount.index];
  if (typeof cell !== 'string') return;
  const n = readNumberText(cell.normalize('NFC'));
  const ev = n ? evidenceOf(n) : undefined;
  if (ev === 'vi' || ev === 'en' || ev === 'ambiguous') amount.tally[ev]++;
}

/** Pass 1: finds the header within the first 50 rows, the title rows above it, and tallies the amount column. */
async function surveySheet(grid: Grid, issues: TableIssue[], notices: TableNotice[]): Promise<Survey> {
  const sheet = grid.sheet;
  const s: Survey = { columns: new Map(), titles: [] };
  for await (const r of safeRows(grid, (i) => issues.push(i))) {
    if (s.header) {
      tallyAmount(s.columns.get('amount')!, r.cells);
      continue;
    }
    if (score(r.cells) > 0) {
      s.header = r;
      const h = headerOf(r.cells);
      s.columns = h.columns;
      for (const k of h.skipped) notices.push(tableNotice(placeOf(sheet, r, k.index + 1, k.header), 'bookkeeping-column', 'info', { vi: `bỏ qua cột ${quote(k.header)}`, en: `column ${quote(k.header)} skipped` }, { header: k.header }));
    } else if (r.cells.some((c) => !isEmpty(c))) {
      s.titles.push(r);
      const u = unitInTitle(r.cells);
      if (u) s.sheetUnit = u;
    }
    if (!s.header && r.row >= 50) break;
  }
  return s;
}

/**
 * Settles what pass 1 found: notes the title rows, fixes the amount column's number style and
 * chooses the unit (the sheet's over the option, with a warning when they differ).
 */
function settleSurvey(s: Survey, sheet: string | undefined, numberStyle: NumberStyle | undefined, optionUnit: FundingUnit | undefined, notices: TableNotice[]): FundingUnit | undefined {
  const atSheet = sheet !== undefined ? { sheet } : {};
  if (s.titles.length > 0) notices.unshift(tableNotice({ ...atSheet, row: s.titles[0]!.row }, 'title-rows', 'info', { vi: `bỏ qua ${s.titles.length} dòng tiêu đề phía trên bảng`, en: `skipped ${s.titles.length} title row(s) above the table` }, { rows: s.titles.map((t) => t.row) }));
  const amountCol = s.columns.get('amount')!;
  amountCol.style = columnStyle(amountCol.tally, numberStyle);
  const { sheetUnit } = s;
  if (sheetUnit && optionUnit && sheetUnit !== optionUnit) {
    notices.push(tableNotice({ ...atSheet }, 'unit-from-sheet', 'warning', { vi: `bảng ghi đơn vị ${sheetUnit}, khác đơn vị đã chọn ${optionUnit}: dùng đơn vị của bảng`, en: `the sheet states the unit ${sheetUnit}, not the unit option ${optionUnit}: the sheet's is used` }));
  }
  return sheetUnit ?? optionUnit;
}

/** Reports a problem in one cell of the row being read. */
type Bad = (c: Column | undefined, code: string, text: { vi: string; en: string }, params?: Record<string, string>) => void;

/** An amount cell → its exact decimal string; undefined when empty or wrong (then reported). */
function readAmount(a: Cell, col: Column, bad: Bad): string | undefined {
  if (isEmpty(a)) return undefined;
  if (typeof a === 'string') {
    const n = numberFromText(a.normalize('NFC').trim(), col.style, false);
    if ('decimal' in n) return n.decimal;
    if ('code' in n) bad(col, n.code, n.text, n.params);
  } else if (a!.t === 'n') {
    if (!a!.percent) return decimalOf(a!.v);
    bad(col, 'percent-format-not-allowed', { vi: 'số tiền không được định dạng phần trăm', en: 'an amount cannot be formatted as a percentage' });
  } else if (a!.t === 'd') {
    const d = dateCell(a!.v);
    if ('code' in d) bad(col, d.code, d.text, d.params);
  } else if (a!.t === 'e') {
    const e = errorCell(a!.v);
    if ('code' in e) bad(col, e.code, e.text, e.params);
  } else bad(col, 'expected-number', { vi: 'cần nhập số tiền', en: 'expected an amount' });
  return undefined;
}

/** A line's own unit cell → its unit; undefined when empty or unknown (then reported). */
function readLineUnit(cell: Cell, col: Column | undefined, bad: Bad): FundingUnit | undefined {
  if (isEmpty(cell)) return undefined;
  const unit = unitOf(cellText(cell));
  if (!unit) bad(col, 'unknown-unit', { vi: `không rõ đơn vị ${quote(cellText(cell))}: ghi đồng, nghìn đồng, triệu đồng hoặc tỷ đồng`, en: `unknown unit ${quote(cellText(cell))}: write đồng, nghìn đồng, triệu đồng or tỷ đồng (vnd, thousand-vnd, million-vnd, billion-vnd)` });
  return unit;
}

/** A source cell's text → the one source it names; undefined when missing, unknown or ambiguous (then reported). */
function readSource(text: string, col: Column, bad: Bad): FundingSourceId | undefined {
  if (text === '') {
    bad(col, 'missing-source', { vi: 'thiếu nguồn vốn', en: 'no funding source' });
    return undefined;
  }
  const ids = sourcesNamed(text);
  if (ids.length === 1) return ids[0];
  if (ids.length > 1) bad(col, 'ambiguous-source', { vi: `${quote(text)} có thể là ${ids.join(', ')}: ghi mã nguồn`, en: `${quote(text)} may be ${ids.join(', ')}: write the source id` }, { text });
  else bad(col, 'unknown-source', { vi: `không rõ nguồn vốn ${quote(text)}: ghi mã như central.recurrent hoặc tên như "Vốn sự nghiệp" (xem ntm funding --help)`, en: `unknown funding source ${quote(text)}: write an id such as central.recurrent or a label such as "Vốn sự nghiệp" (see ntm funding --help)` }, { text });
  return undefined;
}

/** A year cell → the year; undefined when empty or not a year from 1900 to 2200 (then reported). */
function readLineYear(cell: Cell, col: Column | undefined, bad: Bad): number | undefined {
  if (isEmpty(cell)) return undefined;
  const y = typeof cell === 'object' && cell?.t === 'n' ? cell.v : Number(cellText(cell));
  if (Number.isInteger(y) && y >= 1900 && y <= 2200) return y;
  bad(col, 'expected-year', { vi: `cần ghi năm, đang ghi ${quote(cellText(cell))}`, en: `expected a year, got ${quote(cellText(cell))}` });
  return undefined;
}

/** The settled table the body rows are read against. */
interface BodyLayout {
  readonly sheet: string | undefined;
  readonly columns: Map<Key, Column>;
  readonly unit: FundingUnit | undefined;
}

/** What the body rows add up to. */
interface Collected {
  readonly lines: FundingLine[];
  readonly lineRows: TableRowSource[];
  readonly totals: { row: number; amount: string }[];
  readonly issues: TableIssue[];
  readonly notices: TableNotice[];
  unitless: number;
}

/** Pass 2, one row: a funding line, a totals row kept for reconciliation, a skipped row, or the row's issues. */
function readBodyRow(r: RawRow, t: BodyLayout, acc: Collected): void {
  const { sheet, columns, unit } = t;
  const cells = r.cells;
  const rowIssues: TableIssue[] = [];
  const bad: Bad = (c, code, text, params) => rowIssues.push(tableIssue(placeOf(sheet, r, c?.column, c?.header), code, text, params));
  const get = (k: Key) => {
    const c = columns.get(k);
    return c ? cells[c.index] : undefined;
  };
  const sourceText = cellText(get('source'));
  const labelText = cellText(get('label'));
  const firstText = cellText(cells.find((c) => !isEmpty(c)));
  const totalsRow = isTotalsLabel(fold(sourceText)) || (sourceText === '' && (isTotalsLabel(fold(labelText)) || isTotalsLabel(fold(firstText))));
  const amountCol = columns.get('amount')!;
  const a = get('amount');
  const amount = readAmount(a, amountCol, bad);
  const lineUnit = readLineUnit(get('unit'), columns.get('unit'), bad);
  if (totalsRow) {
    acc.notices.push(tableNotice(placeOf(sheet, r), 'totals-row', 'info', { vi: `dòng tổng ${quote(firstText)}: không tính vào các dòng, dùng để đối chiếu`, en: `totals row ${quote(firstText)}: not summed with the lines, kept for reconciliation` }, { text: firstText }));
    if (amount !== undefined && rowIssues.length === 0) acc.totals.push({ row: r.row, amount: lineUnit && lineUnit !== (unit ?? 'million-vnd') ? convertAmount(amount, lineUnit, unit ?? 'million-vnd') : amount });
    acc.issues.push(...rowIssues);
    return;
  }
  if (sourceText === '' && amount === undefined && rowIssues.length === 0) {
    acc.notices.push(tableNotice(placeOf(sheet, r), 'no-data-row', 'info', { vi: `bỏ qua dòng không có nguồn và số tiền: ${quote(firstText)}`, en: `row without a source or amount skipped: ${quote(firstText)}` }, { text: firstText }));
    return;
  }
  const source = readSource(sourceText, columns.get('source')!, bad);
  if (amount === undefined && isEmpty(a)) bad(amountCol, 'missing-amount', { vi: 'thiếu số tiền', en: 'no amount' });
  const year = readLineYear(get('year'), columns.get('year'), bad);
  if (rowIssues.length > 0) {
    acc.issues.push(...rowIssues);
    return;
  }
  const lbl = readText(get('label'));
  const effective = lineUnit ?? unit;
  if (effective === undefined) acc.unitless++;
  acc.lines.push({ source: source!, amount: amount!, ...(effective !== undefined ? { unit: effective } : {}), ...('value' in lbl ? { label: String(lbl.value) } : {}), ...(year !== undefined ? { year } : {}) });
  acc.lineRows.push({ ...(sheet !== undefined ? { sheet } : {}), row: r.row, ...(r.line !== undefined ? { line: r.line } : {}), ...(labelText !== '' ? { name: labelText } : {}) });
}

/** The notices on the whole table: lines read in the assumed unit, and several totals rows (then none is the grand total). */
function tableNotices(acc: Collected, sheet: string | undefined): void {
  const atSheet = sheet !== undefined ? { sheet } : {};
  if (acc.unitless > 0) {
    acc.notices.push(tableNotice({ ...atSheet }, 'unit-assumed', 'warning', { vi: `${acc.unitless} dòng không ghi đơn vị và bảng không có dòng "Đơn vị tính": số tiền được hiểu là triệu đồng`, en: `${acc.unitless} line(s) name no unit and the sheet states none ("Đơn vị tính"): amounts are read as million VND` }, { lines: acc.unitless }));
  }
  const { totals } = acc;
  if (totals.length > 1) acc.notices.push(tableNotice({ ...atSheet }, 'several-totals', 'info', { vi: `có ${totals.length} dòng tổng (dòng ${totals.map((t) => t.row).join(', ')}): không dùng để đối chiếu tổng`, en: `${totals.length} totals rows (rows ${totals.map((t) => t.row).join(', ')}): none is used as the grand total` }));
}

async function read(data: string | Uint8Array, o: { format?: 'csv' | 'xlsx'; sheet?: string; numberStyle?: NumberStyle; delimiter?: ',' | ';' | '\t' }, optionUnit: FundingUnit | undefined): Promise<FundingTable> {
  const issues: TableIssue[] = [];
  const notices: TableNotice[] = [];
  const opened = await openGrid(data, o, score);
  if ('issue' in opened) return { lines: [], lineRows: [], issues: [opened.issue], notices };
  notices.push(...opened.notices);
  const { grid } = opened;
  const sheet = grid.sheet;
  const survey = await surveySheet(grid, issues, notices);
  if (issues.length > 0) return { lines: [], lineRows: [], issues, notices };
  const { header } = survey;
  if (!header) {
    issues.push(tableIssue(sheet !== undefined ? { sheet } : {}, survey.titles.length === 0 ? 'empty-table' : 'no-header', { vi: 'không thấy dòng tiêu đề: cần các cột "nguồn" (source) và "số tiền" (amount), có thể thêm "đơn vị", "nội dung", "năm"', en: 'no header row: expected the columns "source"/"nguồn" and "amount"/"số tiền", optionally "unit"/"đơn vị", "label"/"nội dung", "year"/"năm"' }));
    return { lines: [], lineRows: [], issues, notices };
  }
  const unit = settleSurvey(survey, sheet, o.numberStyle, optionUnit, notices);
  const acc: Collected = { lines: [], lineRows: [], totals: [], issues, notices, unitless: 0 };
  const layout: BodyLayout = { sheet, columns: survey.columns, unit };
  for await (const r of safeRows(grid, (i) => issues.push(i))) {
    if (r.row <= header.row || r.cells.every(isEmpty)) continue;
    readBodyRow(r, layout, acc);
  }
  tableNotices(acc, sheet);
  const { lines, lineRows, totals } = acc;
  const declared = totals.length === 1 ? { total: totals[0]!.amount } : undefined;
  return { lines, lineRows, ...(unit !== undefined ? { unit } : {}), ...(declared ? { declared } : {}), issues, notices };
}
