// readFundingTable: a funding sheet (nguồn vốn, số tiền, đơn vị, nội dung, năm) → funding lines
// with exact decimal amounts, the sheet's unit ("Đơn vị tính: triệu đồng") and its grand total.
import { readOptions } from '../../_lib/options.js';
import { invalidInput, type IssueInit } from '../../errors.js';
import { convertAmount } from '../../funding/units.js';
import { FUNDING_SOURCE_IDS, FUNDING_SOURCES, type FundingSourceId } from '../../funding/taxonomy.js';
import type { FundingLine } from '../../funding/types.js';
import type { FundingUnit } from '../../funding/units.js';
import { cellText, isEmpty, placeOf, type Cell, type RawRow } from './cells.js';
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

async function read(data: string | Uint8Array, o: { format?: 'csv' | 'xlsx'; sheet?: string; numberStyle?: NumberStyle; delimiter?: ',' | ';' | '\t' }, optionUnit: FundingUnit | undefined): Promise<FundingTable> {
  const issues: TableIssue[] = [];
  const notices: TableNotice[] = [];
  const opened = await openGrid(data, o, score);
  if ('issue' in opened) return { lines: [], lineRows: [], issues: [opened.issue], notices };
  notices.push(...opened.notices);
  const { grid } = opened;
  const sheet = grid.sheet;

  let header: RawRow | undefined;
  let columns = new Map<Key, Column>();
  let sheetUnit: FundingUnit | undefined;
  const titles: RawRow[] = [];
  for await (const r of safeRows(grid, (i) => issues.push(i))) {
    if (!header) {
      if (score(r.cells) > 0) {
        header = r;
        const h = headerOf(r.cells);
        columns = h.columns;
        for (const s of h.skipped) notices.push(tableNotice(placeOf(sheet, r, s.index + 1, s.header), 'bookkeeping-column', 'info', { vi: `bỏ qua cột ${quote(s.header)}`, en: `column ${quote(s.header)} skipped` }, { header: s.header }));
      } else if (r.cells.some((c) => !isEmpty(c))) {
        titles.push(r);
        for (const c of r.cells) {
          const m = UNIT_IN_TITLE.exec(fold(cellText(c)));
          const u = m ? unitOf(m[1]!) : undefined;
          if (u) sheetUnit = u;
        }
      }
      if (!header && r.row >= 50) break;
      continue;
    }
    const amount = columns.get('amount')!;
    const cell = r.cells[amount.index];
    if (typeof cell === 'string') {
      const n = readNumberText(cell.normalize('NFC'));
      const ev = n ? evidenceOf(n) : undefined;
      if (ev === 'vi' || ev === 'en' || ev === 'ambiguous') amount.tally[ev]++;
    }
  }
  if (issues.length > 0) return { lines: [], lineRows: [], issues, notices };
  if (!header) {
    issues.push(tableIssue(sheet !== undefined ? { sheet } : {}, titles.length === 0 ? 'empty-table' : 'no-header', { vi: 'không thấy dòng tiêu đề: cần các cột "nguồn" (source) và "số tiền" (amount), có thể thêm "đơn vị", "nội dung", "năm"', en: 'no header row: expected the columns "source"/"nguồn" and "amount"/"số tiền", optionally "unit"/"đơn vị", "label"/"nội dung", "year"/"năm"' }));
    return { lines: [], lineRows: [], issues, notices };
  }
  if (titles.length > 0) notices.unshift(tableNotice({ ...(sheet !== undefined ? { sheet } : {}), row: titles[0]!.row }, 'title-rows', 'info', { vi: `bỏ qua ${titles.length} dòng tiêu đề phía trên bảng`, en: `skipped ${titles.length} title row(s) above the table` }, { rows: titles.map((t) => t.row) }));
  const amountCol = columns.get('amount')!;
  amountCol.style = columnStyle(amountCol.tally, o.numberStyle);
  const unit = sheetUnit ?? optionUnit;
  if (sheetUnit && optionUnit && sheetUnit !== optionUnit) {
    notices.push(tableNotice({ ...(sheet !== undefined ? { sheet } : {}) }, 'unit-from-sheet', 'warning', { vi: `bảng ghi đơn vị ${sheetUnit}, khác đơn vị đã chọn ${optionUnit}: dùng đơn vị của bảng`, en: `the sheet states the unit ${sheetUnit}, not the unit option ${optionUnit}: the sheet's is used` }));
  }

  const lines: FundingLine[] = [];
  const lineRows: TableRowSource[] = [];
  const totals: { row: number; amount: string }[] = [];
  let unitless = 0;
  for await (const r of safeRows(grid, (i) => issues.push(i))) {
    if (r.row <= header.row) continue;
    const cells = r.cells;
    if (cells.every(isEmpty)) continue;
    const rowIssues: TableIssue[] = [];
    const cellAt = (c: Column | undefined) => placeOf(sheet, r, c?.column, c?.header);
    const bad = (c: Column | undefined, code: string, text: { vi: string; en: string }, params?: Record<string, string>) => rowIssues.push(tableIssue(cellAt(c), code, text, params));
    const get = (k: Key) => {
      const c = columns.get(k);
      return c ? cells[c.index] : undefined;
    };
    const sourceText = cellText(get('source'));
    const labelText = cellText(get('label'));
    const firstText = cellText(cells.find((c) => !isEmpty(c)));
    const totalsRow = isTotalsLabel(fold(sourceText)) || (sourceText === '' && (isTotalsLabel(fold(labelText)) || isTotalsLabel(fold(firstText))));
    // Amount.
    let amount: string | undefined;
    const a = get('amount');
    if (!isEmpty(a)) {
      if (typeof a === 'string') {
        const n = numberFromText(a.normalize('NFC').trim(), amountCol.style, false);
        if ('decimal' in n) amount = n.decimal;
        else if ('code' in n) bad(amountCol, n.code, n.text, n.params);
      } else if (a!.t === 'n') {
        if (a!.percent) bad(amountCol, 'percent-format-not-allowed', { vi: 'số tiền không được định dạng phần trăm', en: 'an amount cannot be formatted as a percentage' });
        else amount = decimalOf(a!.v);
      } else if (a!.t === 'd') {
        const d = dateCell(a!.v);
        if ('code' in d) bad(amountCol, d.code, d.text, d.params);
      } else if (a!.t === 'e') {
        const e = errorCell(a!.v);
        if ('code' in e) bad(amountCol, e.code, e.text, e.params);
      } else bad(amountCol, 'expected-number', { vi: 'cần nhập số tiền', en: 'expected an amount' });
    }
    // Unit.
    let lineUnit: FundingUnit | undefined;
    const uCell = get('unit');
    if (!isEmpty(uCell)) {
      lineUnit = unitOf(cellText(uCell));
      if (!lineUnit) bad(columns.get('unit'), 'unknown-unit', { vi: `không rõ đơn vị ${quote(cellText(uCell))}: ghi đồng, nghìn đồng, triệu đồng hoặc tỷ đồng`, en: `unknown unit ${quote(cellText(uCell))}: write đồng, nghìn đồng, triệu đồng or tỷ đồng (vnd, thousand-vnd, million-vnd, billion-vnd)` });
    }
    if (totalsRow) {
      notices.push(tableNotice(placeOf(sheet, r), 'totals-row', 'info', { vi: `dòng tổng ${quote(firstText)}: không tính vào các dòng, dùng để đối chiếu`, en: `totals row ${quote(firstText)}: not summed with the lines, kept for reconciliation` }, { text: firstText }));
      if (amount !== undefined && rowIssues.length === 0) totals.push({ row: r.row, amount: lineUnit && lineUnit !== (unit ?? 'million-vnd') ? convertAmount(amount, lineUnit, unit ?? 'million-vnd') : amount });
      issues.push(...rowIssues);
      continue;
    }
    if (sourceText === '' && amount === undefined && rowIssues.length === 0) {
      notices.push(tableNotice(placeOf(sheet, r), 'no-data-row', 'info', { vi: `bỏ qua dòng không có nguồn và số tiền: ${quote(firstText)}`, en: `row without a source or amount skipped: ${quote(firstText)}` }, { text: firstText }));
      continue;
    }
    let source: FundingSourceId | undefined;
    const sourceCol = columns.get('source')!;
    if (sourceText === '') bad(sourceCol, 'missing-source', { vi: 'thiếu nguồn vốn', en: 'no funding source' });
    else {
      const ids = sourcesNamed(sourceText);
      if (ids.length === 1) source = ids[0];
      else if (ids.length > 1) bad(sourceCol, 'ambiguous-source', { vi: `${quote(sourceText)} có thể là ${ids.join(', ')}: ghi mã nguồn`, en: `${quote(sourceText)} may be ${ids.join(', ')}: write the source id` }, { text: sourceText });
      else bad(sourceCol, 'unknown-source', { vi: `không rõ nguồn vốn ${quote(sourceText)}: ghi mã như central.recurrent hoặc tên như "Vốn sự nghiệp" (xem ntm funding --help)`, en: `unknown funding source ${quote(sourceText)}: write an id such as central.recurrent or a label such as "Vốn sự nghiệp" (see ntm funding --help)` }, { text: sourceText });
    }
    if (amount === undefined && isEmpty(a)) bad(amountCol, 'missing-amount', { vi: 'thiếu số tiền', en: 'no amount' });
    let year: number | undefined;
    const yCell = get('year');
    if (!isEmpty(yCell)) {
      const y = typeof yCell === 'object' && yCell?.t === 'n' ? yCell.v : Number(cellText(yCell));
      if (Number.isInteger(y) && y >= 1900 && y <= 2200) year = y;
      else bad(columns.get('year'), 'expected-year', { vi: `cần ghi năm, đang ghi ${quote(cellText(yCell))}`, en: `expected a year, got ${quote(cellText(yCell))}` });
    }
    const lbl = readText(get('label'));
    const where: TableRowSource = { ...(sheet !== undefined ? { sheet } : {}), row: r.row, ...(r.line !== undefined ? { line: r.line } : {}), ...(labelText !== '' ? { name: labelText } : {}) };
    if (rowIssues.length > 0) {
      issues.push(...rowIssues);
      continue;
    }
    const effective = lineUnit ?? unit;
    if (effective === undefined) unitless++;
    lines.push({ source: source!, amount: amount!, ...(effective !== undefined ? { unit: effective } : {}), ...('value' in lbl ? { label: String(lbl.value) } : {}), ...(year !== undefined ? { year } : {}) });
    lineRows.push(where);
  }
  if (unitless > 0) {
    notices.push(tableNotice({ ...(sheet !== undefined ? { sheet } : {}) }, 'unit-assumed', 'warning', { vi: `${unitless} dòng không ghi đơn vị và bảng không có dòng "Đơn vị tính": số tiền được hiểu là triệu đồng`, en: `${unitless} line(s) name no unit and the sheet states none ("Đơn vị tính"): amounts are read as million VND` }, { lines: unitless }));
  }
  const declared = totals.length === 1 ? { total: totals[0]!.amount } : undefined;
  if (totals.length > 1) notices.push(tableNotice({ ...(sheet !== undefined ? { sheet } : {}) }, 'several-totals', 'info', { vi: `có ${totals.length} dòng tổng (dòng ${totals.map((t) => t.row).join(', ')}): không dùng để đối chiếu tổng`, en: `${totals.length} totals rows (rows ${totals.map((t) => t.row).join(', ')}): none is used as the grand total` }));
  return { lines, lineRows, ...(unit !== undefined ? { unit } : {}), ...(declared ? { declared } : {}), issues, notices };
}
