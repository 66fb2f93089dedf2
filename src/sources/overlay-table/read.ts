// readOverlayTable: a filled threshold table (the template of overlayTemplate, or any sheet of the
// same shape) → a validated ThresholdOverlay citing the instrument of its header cells. Every
// problem is an issue at its cell (sheet, cell, indicator code, column); nothing is guessed, and
// a table with any problem gives no overlay at all.
import type { LocalizedText } from '../../_lib/text.js';
import { defineThresholdOverlay, validateOverlays } from '../../engine/overlay.js';
import type { ThresholdOverlay } from '../../engine/types/index.js';
import { invalidInput, isNtmError, type NtmIssueParam } from '../../errors.js';
import { listCriteriaSets } from '../../sets/registry.js';
import { isEmpty, placeOf, type RawRow } from '../tables/cells.js';
import { checkData } from '../tables/options.js';
import { openGrid, safeRows } from '../tables/grid.js';
import { tableIssue } from '../tables/issues.js';
import type { TableIssue, TablePlace } from '../tables/types.js';
import { type MetaKey } from './layout.js';
import type { ReadOverlayTableOptions } from './types.js';
import { BodyReader } from './body.js';
import { headerScore, readHeader } from './header-row.js';
import { chooseSet, overlayFields, placeParams, readMeta, sheetOnly, type Meta } from './meta.js';
import { settings, type Settings } from './settings.js';

/** A threshold table longer than this is not one (a template has under 200 rows). */
export const MAX_OVERLAY_TABLE_ROWS = 5_000;

/** Nor wider than this (a template has at most 16 columns). */
export const MAX_OVERLAY_TABLE_COLUMNS = 256;


/**
 * Reads a filled threshold table (CSV text, or the bytes of a .csv or .xlsx file) into a
 * validated threshold overlay, ready to pass as `options.overlays`: what
 * {@link defineThresholdOverlay} returns.
 *
 * The table is the one {@link overlayTemplate} writes: header cells for the instrument (number,
 * date, issuer, annex), its provenance, the title and the set; then one row per indicator code
 * (`2.1`; `5.atLevel1` for a part of a compound indicator; a year for income rows) and one column
 * per threshold column (`Chung`/`All`, the regions or the commune groups). A cell holds
 * `≥ 90%`, `>= 90`, `90%` (in the indicator's own direction), `≤ 24%`, `Đạt`/`Có`,
 * `Không`/`0`, `≥ 45 triệu đồng/người/năm`, or `Không quy định` for a part without a
 * requirement; blank or `-` leaves the package's value. A cell still marked
 * `[có sẵn, …]` is the package's value and is not read (unless its value was changed: an error).
 * The parts of one column of a compound indicator are read together, as a conjunction; a
 * conditional rule can only be given in overlay JSON.
 *
 * Each threshold cites the instrument with the indicator as its item, and notes its cell; results
 * cite the overlay by its id as every overlay is cited.
 *
 * @param data - CSV text, or the bytes of a .csv or .xlsx file.
 * @param options - see {@link ReadOverlayTableOptions}.
 * @throws {NtmError} `invalid-input` with one issue per problem, each at `[sheet, cell]` (`['Ngưỡng', 'H24']`) with `params` naming the cell, the indicator and the column; bad options at `['options', key]`.
 *
 * @example
 * ```ts
 * import { evaluateCommune, readOverlayTable } from 'ntm-rules';
 * const csv = [
 *   'Số hiệu văn bản,QĐ 1285/QĐ-UBND',
 *   'Ngày ban hành,15/09/2022',
 *   'Cơ quan ban hành,UBND tỉnh Lai Châu',
 *   'Nguồn gốc,văn bản gốc',
 *   'Mã,Chỉ tiêu,TDMNPB,ĐBSH',
 *   '2.1,Đường xã,≥ 90%,100%',
 * ].join('\n');
 * const overlay = await readOverlayTable(csv, { setKind: 'commune', asOf: '2024-06-30' });
 * overlay.citation.instrument; // 'QĐ 1285/QĐ-UBND ngày 15/09/2022 của UBND tỉnh Lai Châu'
 * const r = evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: { '2.1': 92 } }, { overlays: [overlay] });
 * r.criteria[1]?.indicators[0]?.threshold?.source; // the overlay's id
 * ```
 */
export function readOverlayTable(data: string | Uint8Array, options: ReadOverlayTableOptions): Promise<ThresholdOverlay> {
  // Arguments are checked before the promise: a bad call throws at once.
  checkData(data);
  return read(data, settings(options));
}

// --- Reading ---------------------------------------------------------------------------------


async function read(data: string | Uint8Array, s: Settings): Promise<ThresholdOverlay> {
  const opened = await openGrid(data, s, headerScore);
  if ('issue' in opened) throw invalidInput('threshold table', [opened.issue]);
  const sheet = opened.grid.sheet;
  const rows: RawRow[] = [];
  const fileIssues: TableIssue[] = [];
  for await (const r of safeRows(opened.grid, (i) => fileIssues.push(i))) {
    if (rows.length >= MAX_OVERLAY_TABLE_ROWS) {
      fileIssues.push(tableIssue(sheetOnly(sheet), 'too-many-rows', { vi: `bảng ngưỡng có hơn ${MAX_OVERLAY_TABLE_ROWS} dòng: đây không phải bảng ngưỡng (mẫu chỉ có vài trăm dòng)`, en: `the threshold table has more than ${MAX_OVERLAY_TABLE_ROWS} rows: it is not a threshold table (a template has a few hundred)` }, { max: MAX_OVERLAY_TABLE_ROWS }));
      break;
    }
    if (r.cells.length > MAX_OVERLAY_TABLE_COLUMNS && r.cells.slice(MAX_OVERLAY_TABLE_COLUMNS).some((c) => !isEmpty(c))) {
      fileIssues.push(tableIssue({ ...sheetOnly(sheet), row: r.row }, 'too-many-columns', { vi: `dòng ${r.row} có hơn ${MAX_OVERLAY_TABLE_COLUMNS} cột: đây không phải bảng ngưỡng`, en: `row ${r.row} has more than ${MAX_OVERLAY_TABLE_COLUMNS} columns: it is not a threshold table` }, { max: MAX_OVERLAY_TABLE_COLUMNS, row: r.row }));
      break;
    }
    rows.push(r);
  }
  if (fileIssues.length > 0) throw invalidInput('threshold table', fileIssues);
  const headerAt = rows.findIndex((r) => headerScore(r.cells) > 0);
  if (headerAt < 0) {
    const empty = rows.every((r) => r.cells.every(isEmpty));
    throw invalidInput('threshold table', [empty
      ? tableIssue(sheetOnly(sheet), 'empty-table', { vi: 'bảng ngưỡng trống: tạo mẫu bằng overlayTemplate hoặc lệnh ntm overlay-template rồi điền', en: 'the threshold table is empty: make the template with overlayTemplate or ntm overlay-template and fill it in' })
      : tableIssue(sheetOnly(sheet), 'no-header', { vi: 'không thấy dòng tiêu đề của bảng: cần một dòng có cột "Mã" và các cột vùng hoặc nhóm xã ("Chung", "TDMNPB", "ĐBSH"…, "Nhóm 1"…)', en: 'no header row: expected a row with a "Code"/"Mã" column and the threshold columns ("All"/"Chung", "TDMNPB", "DBSH"…, "Group 1"…)' })]);
  }
  const issues: TableIssue[] = [];
  const meta = readMeta(rows.slice(0, headerAt), sheet, issues);
  const set = chooseSet(s, meta, sheet, issues);
  if (!set) throw invalidInput('threshold table', issues);
  const header = rows[headerAt]!;
  const columns = readHeader(header, set, !s.set && s.asOf === undefined && !meta.values.has('set'), sheet, issues);
  const named = header.cells.flatMap((c, i) => (isEmpty(c) ? [] : [i]));
  // A cell still marked as the package's may come from a template of another version of the kind.
  const versions = s.set ? [set] : [set, ...listCriteriaSets(set.kind).filter((v) => v !== set)];
  const body = new BodyReader(set, columns, named, versions, sheet, s.numberStyle, issues);
  for (const r of rows.slice(headerAt + 1)) body.row(r);
  const overlayMeta = overlayFields(s, meta, set, sheet, issues);
  const thresholds = body.finish();
  if (issues.length === 0 && thresholds.values.size === 0) {
    issues.push(tableIssue(placeOf(sheet, header), 'no-thresholds', { vi: 'bảng chưa ghi ngưỡng nào (ô trống, "-" và ô còn ghi [có sẵn, …] không được tính): ghi ngưỡng của quyết định vào các ô', en: 'the table gives no threshold (blank cells, "-" and cells still marked [package, …] do not count): write the decision\'s thresholds in the cells' }));
  }
  if (issues.length > 0 || !overlayMeta) throw invalidInput('threshold table', issues);
  // Each value cites the instrument with its indicator as the item.
  const values = Object.fromEntries([...thresholds.values].map(([code, list]) => [code, list.map((t) => ({ ...t, citation: { ...overlayMeta.citation, item: code } }))]));
  const definition = { ...overlayMeta, thresholds: values } as unknown as ThresholdOverlay;
  let overlay: ThresholdOverlay;
  try {
    overlay = defineThresholdOverlay(definition);
    validateOverlays([overlay], set);
  } catch (error) {
    if (!isNtmError(error)) throw error;
    throw invalidInput('threshold table', error.issues.map((i) => locate(i, thresholds.places, meta, sheet)));
  }
  return overlay;
}


/** An issue of the overlay's validation, moved to the cell that produced it. */
function locate(i: { readonly path: readonly (string | number)[]; readonly code: string; readonly text: LocalizedText; readonly params?: Readonly<Record<string, NtmIssueParam>> }, places: ReadonlyMap<string, readonly TablePlace[]>, meta: Meta, sheet: string | undefined): TableIssue {
  const path = i.path[0] === 'options' ? i.path.slice(3) : i.path;
  let at: TablePlace | undefined;
  if (path[0] === 'thresholds' && typeof path[1] === 'string') {
    const list = places.get(path[1]) ?? [];
    at = list[typeof path[2] === 'number' ? path[2] : 0];
  } else if (typeof path[0] === 'string') at = meta.places.get(path[0] as MetaKey);
  return tableIssue(at ?? sheetOnly(sheet), i.code, i.text, { ...(i.params ?? {}), ...placeParams(at) });
}

