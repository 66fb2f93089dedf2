// readCommuneTable / streamCommuneTable: a sheet of communes (one row each, one column per
// indicator code) → evaluation inputs, each with its place, every problem at its cell.
//
// Two passes over the rows: the first finds the header and settles each column's number style
// from all its values (and whether a percentage column holds fractions); the second reads the
// rows. Nothing but per-column tallies and the names seen is kept between rows, so a 100 MB CSV
// streams in bounded memory.
import { cellText, isEmpty, letters, placeOf, type Grid, type RawRow } from './cells.js';
import { openGrid, safeRows } from './grid.js';
import { classifyHeaderCell, codesOf, headerScore, type SetCodes } from './headers.js';
import { quote, tableIssue, tableNotice } from './issues.js';
import type { CommuneTable, CommuneTableEntry, ReadCommuneTableOptions, TableColumn, TableInput, TableIssue, TableNotice, TableRowSource } from './types.js';
import { checkData } from './options.js';
import { layoutOf, rowKind, settleColumns, tally, textColumns, type Layout, type RowKind } from './commune-layout.js';
import { blankNotice, firstText, RowReader } from './commune-rows.js';
import { chooseSet, MAX_TITLE_ROWS, settings, type Settings } from './commune-set.js';

/** What pass 1 finds: the layout under the header (none without one), the title rows above it, and how many data rows follow. */
interface Survey {
  readonly layout: Layout | undefined;
  readonly titles: RawRow[];
  readonly dataRows: number;
}

/** Pass 1: finds the header within the first rows, then tallies every data row's values to settle each column's number style. */
async function surveyTable(grid: Grid, codes: SetCodes, setId: string, out: (e: CommuneTableEntry) => void, fileIssues: TableIssue[]): Promise<Survey> {
  let layout: Layout | undefined;
  const titles: RawRow[] = [];
  let dataRows = 0;
  for await (const r of safeRows(grid, (i) => fileIssues.push(i))) {
    if (!layout) {
      if (headerScore(r.cells, codes) > 0) layout = layoutOf(r, codes, grid.sheet, setId, out);
      else if (r.cells.some((c) => !isEmpty(c))) titles.push(r);
      if (!layout && r.row >= MAX_TITLE_ROWS) break;
      continue;
    }
    if (rowKind(r.cells, layout) === 'data') {
      dataRows++;
      tally(r.cells, layout);
    }
  }
  return { layout, titles, dataRows };
}

/** Why no header was found: an empty table, or title rows without a header under them. */
function noHeaderIssue(sheet: string | undefined, titles: readonly RawRow[], setId: string): TableIssue {
  return titles.length === 0
    ? tableIssue(sheet !== undefined ? { sheet } : {}, 'empty-table', { vi: 'bảng trống: cần một dòng tiêu đề (tên xã, vùng, năm, mã chỉ tiêu như "2.1") và mỗi xã một dòng', en: 'the table is empty: expected a header row (name, region, year, indicator codes such as "2.1") and one row per commune' })
    : tableIssue(sheet !== undefined ? { sheet } : {}, 'no-header', { vi: `không thấy dòng tiêu đề trong ${MAX_TITLE_ROWS} dòng đầu: cần một dòng có cột tên xã và các mã chỉ tiêu như "2.1", "5.schools" của bộ tiêu chí ${setId}`, en: `no header row in the first ${MAX_TITLE_ROWS} rows: expected a row naming the commune column and indicator codes such as "2.1", "5.schools" of the set ${setId}` }, { set: setId });
}

function titleRowsNotice(sheet: string | undefined, titles: readonly RawRow[]): TableNotice {
  return tableNotice({ ...(sheet !== undefined ? { sheet } : {}), row: titles[0]!.row }, 'title-rows', 'info', { vi: `bỏ qua ${titles.length} dòng tiêu đề phía trên bảng (${titles.map((t) => t.row).join(', ')}): ${quote(firstText(titles[0]!))}`, en: `skipped ${titles.length} title row(s) above the table (${titles.map((t) => t.row).join(', ')}): ${quote(firstText(titles[0]!))}` }, { rows: titles.map((t) => t.row) });
}

/** Every column of the header: its letter, its header text and the input path it fills (null when it fills none). */
function tableColumns(layout: Layout, codes: SetCodes): TableColumn[] {
  return layout.header.cells.map((cell, index) => {
    const col = layout.columns.find((c) => c.index === index);
    const t = col?.target;
    const path = t?.kind === 'fixed' ? [t.key] : t?.kind === 'value' ? [t.group, t.indicator.code, ...(t.field ? [t.field.key] : [])] : null;
    return { column: index + 1, letter: letters(index + 1), header: col?.header ?? classifyHeaderCell(cell, codes).header, path };
  });
}

/** A row that is neither data nor blank, skipped with a notice; a district heading names the district of the communes below it. */
function skippedRowNotice(kind: Exclude<RowKind, 'data' | 'blank'>, r: RawRow, layout: Layout, reader: RowReader, sheet: string | undefined): TableNotice {
  const at = placeOf(sheet, r);
  const label = firstText(r);
  if (kind === 'totals') return tableNotice(at, 'totals-row', 'info', { vi: `bỏ qua dòng tổng ${quote(label)}`, en: `totals row ${quote(label)} skipped` }, { text: label });
  if (kind === 'district') {
    const district = cellText(r.cells[layout.fixed.name!.index]);
    reader.district = district;
    return tableNotice(at, 'district-heading', 'info', { vi: `dòng tên huyện ${quote(district)}: các xã bên dưới thuộc huyện này`, en: `district heading ${quote(district)}: the communes below belong to it` }, { text: district });
  }
  return tableNotice(at, 'no-data-row', 'info', { vi: `bỏ qua dòng không có tên xã và số liệu: ${quote(label)}`, en: `row without a commune name or figures skipped: ${quote(label)}` }, { text: label });
}

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
  const { layout, titles, dataRows } = await surveyTable(grid, codes, s.set.id, out, fileIssues);
  if (fileIssues.length > 0) {
    for (const issue of fileIssues) yield { type: 'issue', issue };
    return;
  }
  if (!layout) {
    yield { type: 'issue', issue: noHeaderIssue(sheet, titles, s.set.id) };
    return;
  }
  if (titles.length > 0) pending.unshift({ type: 'notice', notice: titleRowsNotice(sheet, titles) });
  settleColumns(layout, s.numberStyle, sheet, out);
  yield { type: 'columns', columns: tableColumns(layout, codes), ...(sheet !== undefined ? { sheet } : {}), set: s.set };
  yield* pending.splice(0);
  if (dataRows === 0) {
    yield { type: 'notice', notice: tableNotice(placeOf(sheet, layout.header), 'no-rows', 'warning', { vi: 'bảng không có dòng số liệu nào dưới dòng tiêu đề', en: 'the table has no data row under its header' }) };
  }

  // Pass 2: kept in this loop (no generator per row), as it runs once a row of a file of any size.
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
    } else yield { type: 'notice', notice: skippedRowNotice(kind, r, layout, reader, sheet) };
  }
  for (const issue of fileIssues) yield { type: 'issue', issue };
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
