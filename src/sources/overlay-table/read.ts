// readOverlayTable: a filled threshold table (the template of overlayTemplate, or any sheet of the
// same shape) → a validated ThresholdOverlay citing the instrument of its header cells. Every
// problem is an issue at its cell (sheet, cell, indicator code, column); nothing is guessed, and
// a table with any problem gives no overlay at all.
import { toIsoDay, viDate } from '../../_lib/dates.js';
import { readOptions } from '../../_lib/options.js';
import type { LocalizedText } from '../../_lib/text.js';
import { isColumnOf, type ThresholdColumn } from '../../columns/column.js';
import { defineThresholdOverlay, validateOverlays } from '../../engine/overlay.js';
import { isCriteriaSetKind } from '../../engine/set-kinds.js';
import { usableSet } from '../../engine/usable-set.js';
import type { Condition, CriteriaSet, CriteriaSetKind, Criterion, Indicator, OverlayThreshold, ThresholdOverlay } from '../../engine/types/index.js';
import { invalidInput, isNtmError, issue, type IssueInit, type NtmIssueParam } from '../../errors.js';
import type { Citation, Provenance } from '../../legal/citation.js';
import { getCriteriaSet, listCriteriaSets } from '../../sets/registry.js';
import { cellText, isEmpty, letters, placeOf, type Cell, type RawRow } from '../tables/cells.js';
import { checkData, fileOptions } from '../tables/commune-table.js';
import { openGrid, safeRows } from '../tables/grid.js';
import { quote, tableIssue } from '../tables/issues.js';
import type { NumberStyle, TableIssue, TablePlace } from '../tables/types.js';
import { readText } from '../tables/values.js';
import { fold } from '../tables/words.js';
import { setWords } from '../../wording/sets.js';
import { isJsonOnlyText, meaningText, readThresholdCell, splitMark, type CellTarget } from './grammar.js';
import { classifyColumn, metaKeyOf, readProvenance, type FixedColumn, type MetaKey } from './layout.js';
import { indicatorsByCode, packageCell, packageThreshold, partCondition, partsOf, sameMeaning, type Meaning, type ModelRow, type PartSpec, type ValueColumn } from './model.js';
import type { ReadOverlayTableOptions } from './types.js';

/** A threshold table longer than this is not one (a template has under 200 rows). */
export const MAX_OVERLAY_TABLE_ROWS = 5_000;

/** Nor wider than this (a template has at most 16 columns). */
export const MAX_OVERLAY_TABLE_COLUMNS = 256;

const OPTION_KEYS = ['format', 'sheet', 'numberStyle', 'delimiter', 'setKind', 'asOf', 'set', 'id', 'title', 'citation', 'provenance'] as const;

interface Settings {
  readonly format?: 'csv' | 'xlsx';
  readonly sheet?: string;
  readonly numberStyle?: NumberStyle;
  readonly delimiter?: ',' | ';' | '\t';
  readonly setKind?: CriteriaSetKind;
  readonly asOf?: string;
  readonly set?: CriteriaSet;
  readonly id?: string;
  readonly title?: string;
  readonly citation?: Citation;
  readonly provenance?: Provenance;
}

const isText = (v: unknown, max = 500): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= max;

function settings(options: unknown): Settings {
  const o = readOptions(options, OPTION_KEYS);
  const issues: IssueInit[] = [];
  const file = fileOptions(o, issues);
  const out: { -readonly [K in keyof Settings]: Settings[K] } = { ...file };
  if (o.setKind !== undefined) {
    if (isCriteriaSetKind(o.setKind)) out.setKind = o.setKind;
    else issues.push(issue(['options', 'setKind'], 'unknown-kind', { vi: 'loại bộ tiêu chí không có (ví dụ "commune")', en: 'unknown set kind (e.g. "commune")' }));
  }
  if (o.asOf !== undefined) {
    const day = toIsoDay(o.asOf);
    if (day === undefined) issues.push(issue(['options', 'asOf'], 'expected-date', { vi: 'phải là ngày có thật dạng YYYY-MM-DD', en: 'must be an existing day as YYYY-MM-DD' }));
    else out.asOf = day;
  }
  for (const key of ['id', 'title'] as const) {
    if (o[key] === undefined) continue;
    if (isText(o[key])) out[key] = (o[key] as string).normalize('NFC').trim();
    else issues.push(issue(['options', key], 'expected-string', { vi: 'phải là một chuỗi không rỗng (tối đa 500 ký tự)', en: 'must be a non-empty string (at most 500 characters)' }));
  }
  if (o.provenance !== undefined) {
    if (o.provenance === 'confirmed' || o.provenance === 'secondary') out.provenance = o.provenance;
    else issues.push(issue(['options', 'provenance'], 'expected-one-of', { vi: 'phải là "confirmed" (văn bản gốc) hoặc "secondary" (nguồn thứ cấp)', en: 'must be "confirmed" or "secondary"' }, { allowed: ['confirmed', 'secondary'] }));
  }
  if (o.citation !== undefined) {
    const c = o.citation as { instrument?: unknown } | null;
    if (typeof c === 'object' && c !== null && !Array.isArray(c) && isText(c.instrument)) out.citation = c as Citation;
    else issues.push(issue(['options', 'citation'], 'expected-citation', { vi: 'phải là một trích dẫn { instrument: "số hiệu văn bản", … }', en: 'must be a citation { instrument: "…", … }' }));
  }
  if (o.set !== undefined && o.asOf !== undefined) issues.push(issue(['options', 'asOf'], 'not-allowed', { vi: 'không dùng asOf khi đã truyền bộ tiêu chí (set)', en: 'asOf is not used with the set option' }));
  if (issues.length > 0) throw invalidInput('options', issues);
  if (o.set !== undefined) {
    out.set = usableSet(o.set);
    if (out.setKind !== undefined && out.setKind !== out.set.kind) {
      throw invalidInput('options', [issue(['options', 'setKind'], 'set-kind-mismatch', { vi: `loại "${out.setKind}" khác loại của bộ tiêu chí "${out.set.kind}"`, en: `"${out.setKind}" is not the set's kind "${out.set.kind}"` })]);
    }
  }
  return out;
}

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

type Issues = TableIssue[];

interface Column {
  readonly index: number;
  readonly letter: string;
  readonly header: string;
  readonly fixed?: FixedColumn;
  readonly value?: ValueColumn;
}

/** How strongly a row looks like the table's header: code column and threshold columns recognised. */
function headerScore(cells: readonly (Cell | string)[]): number {
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

async function read(data: string | Uint8Array, s: Settings): Promise<ThresholdOverlay> {
  const opened = await openGrid(data, s, headerScore);
  if ('issue' in opened) throw invalidInput('threshold table', [opened.issue]);
  const sheet = opened.grid.sheet;
  const rows: RawRow[] = [];
  const fileIssues: Issues = [];
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
  const issues: Issues = [];
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

const sheetOnly = (sheet: string | undefined): TablePlace => (sheet !== undefined ? { sheet } : {});

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

function placeParams(at: TablePlace | undefined): Record<string, string> {
  return at === undefined ? {} : { ...(at.sheet !== undefined ? { sheet: at.sheet } : {}), ...(at.cell !== undefined ? { cell: at.cell } : {}) };
}

// --- Header cells above the table ------------------------------------------------------------

interface Meta {
  readonly values: Map<MetaKey, string>;
  /** Where each field's value is (its value cell). */
  readonly places: Map<MetaKey, TablePlace>;
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** A day written as YYYY-MM-DD or dd/mm/yyyy (as Vietnamese documents write it); undefined when it does not exist. */
function readDay(text: string): string | undefined {
  const m = DMY.exec(text.trim());
  const iso = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : text.trim();
  return toIsoDay(iso);
}

function readMeta(rows: readonly RawRow[], sheet: string | undefined, issues: Issues): Meta {
  const values = new Map<MetaKey, string>();
  const places = new Map<MetaKey, TablePlace>();
  for (const r of rows) {
    const k = r.cells.findIndex((c) => !isEmpty(c));
    if (k < 0) continue;
    const label = cellText(r.cells[k]);
    const key = metaKeyOf(label);
    const valueCell = r.cells[k + 1];
    const at = placeOf(sheet, r, k + 2, label);
    if (key === undefined) {
      if (!isEmpty(valueCell)) issues.push(tableIssue(placeOf(sheet, r, k + 1, label), 'unknown-field', { vi: `ô tiêu đề ${quote(label)} không phải mục nào của bảng ngưỡng (số hiệu văn bản, ngày ban hành, cơ quan ban hành, nguồn gốc…): sửa tên mục hoặc xóa dòng`, en: `${quote(label)} is not a field of the threshold table (instrument number, date of issue, issued by, provenance…): correct the label or delete the row` }, { label, cell: `${letters(k + 1)}${r.row}`, ...sheetParam(sheet) }));
      continue;
    }
    if (places.has(key)) {
      issues.push(tableIssue(placeOf(sheet, r, k + 1, label), 'duplicate-field', { vi: `mục ${quote(label)} ghi hai lần (lần đầu ở ô ${places.get(key)!.cell})`, en: `the field ${quote(label)} is given twice (first in cell ${places.get(key)!.cell})` }, { label, cell: `${letters(k + 1)}${r.row}`, ...sheetParam(sheet) }));
      continue;
    }
    places.set(key, at);
    const v = readText(valueCell);
    if ('code' in v) {
      issues.push(tableIssue(at, v.code, v.text, { ...(v.params ?? {}), cell: at.cell!, ...sheetParam(sheet) }));
      continue;
    }
    if (!('value' in v)) continue;
    const text = String(v.value).normalize('NFC').trim();
    if (text.length > 500) {
      issues.push(tableIssue(at, 'too-long', { vi: `mục ${quote(label)} dài quá 500 ký tự`, en: `the field ${quote(label)} is longer than 500 characters` }, { cell: at.cell!, ...sheetParam(sheet) }));
      continue;
    }
    values.set(key, text);
  }
  return { values, places };
}

const sheetParam = (sheet: string | undefined): Record<string, string> => (sheet !== undefined ? { sheet } : {});

function metaIssue(meta: Meta, key: MetaKey, sheet: string | undefined, code: string, text: LocalizedText, params: Record<string, NtmIssueParam> = {}): TableIssue {
  const at = meta.places.get(key) ?? sheetOnly(sheet);
  return tableIssue(at, code, text, { ...params, ...placeParams(at) });
}

/** The set the codes are read against: the option, the version on `asOf`, the version the header names, else the newest. */
function chooseSet(s: Settings, meta: Meta, sheet: string | undefined, issues: Issues): CriteriaSet | undefined {
  const written = meta.values.get('setKind');
  let kind = s.set?.kind ?? s.setKind;
  if (written !== undefined) {
    if (!isCriteriaSetKind(written)) {
      issues.push(metaIssue(meta, 'setKind', sheet, 'unknown-kind', { vi: `loại bộ tiêu chí ${quote(written)} không có (ví dụ "commune")`, en: `unknown set kind ${quote(written)} (e.g. "commune")` }, { text: written }));
      return undefined;
    }
    if (kind !== undefined && kind !== written) {
      issues.push(metaIssue(meta, 'setKind', sheet, 'set-kind-mismatch', { vi: `bảng ghi loại bộ tiêu chí "${written}" nhưng đang đọc cho loại "${kind}"`, en: `the table is for the set kind "${written}" but is read for "${kind}"` }, { text: written, expected: kind }));
      return undefined;
    }
    kind = written;
  }
  if (kind === undefined) {
    issues.push(tableIssue(sheetOnly(sheet), 'set-kind-required', { vi: 'không biết bảng dành cho loại bộ tiêu chí nào: truyền tùy chọn setKind (ví dụ "commune") hoặc ghi mục "Loại bộ tiêu chí"', en: 'the set kind is not known: pass the setKind option (e.g. "commune") or fill the "Set kind" field' }));
    return undefined;
  }
  if (s.set) return s.set;
  try {
    if (s.asOf !== undefined) return getCriteriaSet(kind, { asOf: s.asOf });
    const id = meta.values.get('set');
    if (id !== undefined) {
      const found = listCriteriaSets(kind).find((v) => v.id === id);
      if (found) return found;
      issues.push(metaIssue(meta, 'set', sheet, 'unknown-set', { vi: `không có bộ tiêu chí ${quote(id)} loại "${kind}"; có: ${listCriteriaSets(kind).map((v) => v.id).join(', ')}`, en: `no criteria set ${quote(id)} of kind "${kind}"; the versions are ${listCriteriaSets(kind).map((v) => v.id).join(', ')}` }, { text: id }));
      return undefined;
    }
    return getCriteriaSet(kind);
  } catch (error) {
    if (!isNtmError(error)) throw error;
    for (const i of error.issues) issues.push(tableIssue(sheetOnly(sheet), i.code, i.text, i.params));
    return undefined;
  }
}

/** The overlay's id, title, citation, provenance and dates, from the header cells and options. */
function overlayFields(s: Settings, meta: Meta, set: CriteriaSet, sheet: string | undefined, issues: Issues): Omit<ThresholdOverlay, 'thresholds'> | undefined {
  const v = (k: MetaKey) => meta.values.get(k);
  const before = issues.length;
  const conflict = (key: MetaKey, option: string, written: string, given: string) => issues.push(metaIssue(meta, key, sheet, 'conflicting-value', {
    vi: `bảng ghi ${quote(written)} nhưng tùy chọn ${option} là ${quote(given)}: bỏ một trong hai`,
    en: `the table says ${quote(written)} but the option ${option} says ${quote(given)}: drop one of them`,
  }, { text: written, option }));
  // Provenance.
  let provenance = s.provenance;
  const pw = v('provenance');
  if (pw !== undefined) {
    const p = readProvenance(pw);
    if (p === undefined) issues.push(metaIssue(meta, 'provenance', sheet, 'expected-provenance', { vi: `nguồn gốc ghi ${quote(pw)}: ghi "văn bản gốc" (chép từ chính quyết định) hoặc "nguồn thứ cấp" (bản sao, bản tóm tắt)`, en: `provenance ${quote(pw)}: write "confirmed" (copied from the decision itself) or "secondary" (a copy or a summary)` }, { text: pw }));
    else if (provenance !== undefined && provenance !== p) conflict('provenance', 'provenance', pw, provenance);
    else provenance = p;
  }
  if (provenance === undefined && pw === undefined) {
    issues.push(metaIssue(meta, 'provenance', sheet, 'missing-provenance', { vi: 'thiếu nguồn gốc: ghi mục "Nguồn gốc" là "văn bản gốc" hoặc "nguồn thứ cấp" (hoặc tùy chọn provenance)', en: 'no provenance: fill the "Provenance" field with "confirmed" or "secondary" (or pass the provenance option)' }));
  }
  // Dates.
  const days: Partial<Record<'date' | 'validFrom' | 'validUntil', string>> = {};
  for (const key of ['date', 'validFrom', 'validUntil'] as const) {
    const text = v(key);
    if (text === undefined) continue;
    const day = readDay(text);
    if (day === undefined) issues.push(metaIssue(meta, key, sheet, 'expected-date', { vi: `${quote(text)} không phải một ngày có thật: ghi dd/mm/yyyy, ví dụ 15/09/2022`, en: `${quote(text)} is not an existing day: write dd/mm/yyyy or YYYY-MM-DD` }, { text }));
    else days[key] = day;
  }
  if (days.validFrom !== undefined && days.validUntil !== undefined && days.validUntil < days.validFrom) {
    issues.push(metaIssue(meta, 'validUntil', sheet, 'ends-before-start', { vi: `ngày kết thúc (${viDate(days.validUntil)}) trước ngày bắt đầu (${viDate(days.validFrom)})`, en: `ends (${days.validUntil}) before it starts (${days.validFrom})` }));
  }
  // The instrument: "QĐ 1285/QĐ-UBND ngày 15/09/2022 của UBND tỉnh Lai Châu".
  const number = v('number');
  const issuer = v('issuer');
  const annex = v('annex');
  let citation: Citation | undefined;
  if (number !== undefined) {
    const instrument = `${number}${days.date !== undefined ? ` ngày ${viDate(days.date)}` : ''}${issuer !== undefined ? ` của ${issuer}` : ''}`;
    citation = { instrument, ...(annex !== undefined ? { annex } : {}) };
    if (s.citation !== undefined && (s.citation.instrument !== instrument || (s.citation.annex ?? undefined) !== (annex ?? undefined))) conflict('number', 'citation', instrument, s.citation.instrument);
  } else if (v('date') !== undefined || issuer !== undefined || annex !== undefined) {
    issues.push(metaIssue(meta, 'number', sheet, 'missing-instrument', { vi: 'thiếu số hiệu văn bản: ghi mục "Số hiệu văn bản" (ví dụ QĐ 1285/QĐ-UBND)', en: 'no instrument number: fill the "Instrument number" field (e.g. QĐ 1285/QĐ-UBND)' }));
  } else citation = s.citation;
  if (citation === undefined && number === undefined && issues.every((i) => i.code !== 'missing-instrument')) {
    issues.push(metaIssue(meta, 'number', sheet, 'missing-instrument', { vi: 'thiếu văn bản: ghi mục "Số hiệu văn bản", "Ngày ban hành", "Cơ quan ban hành" (hoặc tùy chọn citation)', en: 'no instrument: fill the "Instrument number", "Date of issue" and "Issued by" fields (or pass the citation option)' }));
  }
  // Title and id.
  const text = (key: 'title' | 'id'): string | undefined => {
    const written = v(key);
    if (written !== undefined && s[key] !== undefined && written !== s[key]) {
      conflict(key, key, written, s[key]!);
      return undefined;
    }
    return written ?? s[key];
  };
  const title = text('title') ?? (citation ? `Bảng ngưỡng theo ${citation.instrument}` : undefined);
  const id = text('id') ?? (citation ? idOf(set.kind, citation.instrument) : undefined);
  const province = v('province');
  if (issues.length > before || citation === undefined || provenance === undefined || title === undefined || id === undefined) return undefined;
  return {
    id,
    title,
    setKind: set.kind,
    ...(province !== undefined ? { province } : {}),
    citation,
    provenance,
    ...(days.validFrom !== undefined ? { validFrom: days.validFrom } : {}),
    ...(days.validUntil !== undefined ? { validUntil: days.validUntil } : {}),
  };
}

/** An id made from the instrument: `commune:qd-1285-qd-ubnd-ngay-15-09-2022-…`. */
function idOf(kind: CriteriaSetKind, instrument: string): string {
  const slug = fold(instrument).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100);
  return `${kind}:${slug || 'table'}`;
}

// --- The table's header row ------------------------------------------------------------------

function readHeader(header: RawRow, set: CriteriaSet, defaulted: boolean, sheet: string | undefined, issues: Issues): readonly Column[] {
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

// --- The rows --------------------------------------------------------------------------------

type RowKind =
  | { readonly kind: 'heading'; readonly what: 'group' | 'criterion' | 'text'; readonly criterion?: Criterion }
  | { readonly kind: 'indicator'; readonly indicator: Indicator }
  | { readonly kind: 'compound'; readonly indicator: Indicator }
  | { readonly kind: 'part'; readonly indicator: Indicator; readonly part: PartSpec };

/** The state of one part of a compound indicator in one column. */
interface PartCell {
  readonly state: 'given' | 'no-requirement' | 'unset' | 'package';
  readonly meaning?: Extract<Meaning, { t: 'part' }>;
  readonly at: TablePlace;
  readonly text: string;
}

interface CompoundColumn {
  readonly indicator: Indicator;
  readonly year?: number;
  readonly column: ValueColumn;
  readonly header: string;
  readonly parts: Map<string, PartCell>;
}

class BodyReader {
  private readonly codes: ReadonlyMap<string, Indicator>;
  private readonly criteria: ReadonlyMap<string, Criterion>;
  private readonly groups: ReadonlySet<string>;
  private readonly codeColumn: Column | undefined;
  private readonly yearColumn: Column | undefined;
  private readonly valueCols: readonly Column[];
  private readonly known: ReadonlySet<number>;
  /** Code → the rows seen, by year ('' for none), to find repeated rows and mixed years. */
  private readonly rowsOf = new Map<string, Map<string, { row: number; at: TablePlace; year?: number }>>();
  private readonly values = new Map<string, OverlayThreshold[]>();
  private readonly places = new Map<string, TablePlace[]>();
  private readonly compounds = new Map<string, CompoundColumn>();
  private readonly mixedReported = new Set<string>();
  /** Compound columns read: indicator code, year and column. */
  private readonly assembled = new Set<string>();

  /**
   * `named`: indexes of header cells with a text (a column refused for its header is reported
   * once, not once per cell); `versions`: the sets whose package values a marked cell may hold.
   */
  constructor(private readonly set: CriteriaSet, columns: readonly Column[], named: readonly number[], private readonly versions: readonly CriteriaSet[], private readonly sheet: string | undefined, private readonly style: NumberStyle | undefined, private readonly issues: Issues) {
    this.codes = indicatorsByCode(set);
    this.criteria = new Map(set.criteria.map((c) => [c.code, c]));
    this.groups = new Set((set.groups ?? []).map((g) => g.code));
    this.codeColumn = columns.find((c) => c.fixed === 'code');
    this.yearColumn = columns.find((c) => c.fixed === 'year');
    this.valueCols = columns.filter((c) => c.value !== undefined);
    this.known = new Set([...columns.map((c) => c.index), ...named]);
  }

  private issue(at: TablePlace, code: string, text: LocalizedText, params: Record<string, NtmIssueParam> = {}): void {
    this.issues.push(tableIssue(at, code, text, { ...params, ...placeParams(at) }));
  }

  row(r: RawRow): void {
    // A value under a column the header does not name would be lost: it is an error.
    r.cells.forEach((c, index) => {
      if (!this.known.has(index) && !isEmpty(c)) {
        this.issue(placeOf(this.sheet, r, index + 1), 'cell-without-column', { vi: `ô có nội dung ${quote(cellText(c))} nhưng cột không có tiêu đề: ghi tiêu đề cột hoặc xóa nội dung`, en: `the cell holds ${quote(cellText(c))} but its column has no header: name the column or clear the cell` }, { text: cellText(c) });
      }
    });
    const valueCells = this.valueCols.map((c) => r.cells[c.index]);
    const hasValues = valueCells.some((c) => !isEmpty(c));
    const codeCell = this.codeColumn ? r.cells[this.codeColumn.index] : undefined;
    const codeAt = placeOf(this.sheet, r, (this.codeColumn?.index ?? 0) + 1, this.codeColumn?.header);
    const kind = this.classify(codeCell, codeAt, hasValues);
    if (kind === undefined) return;
    const code = kind.code;
    const target = kind.target;
    if (target.kind === 'heading') {
      if (hasValues) this.headingValues(r, code, target);
      return;
    }
    const year = this.year(r, target.indicator);
    if (year === null) return;
    if (!this.firstRow(code, year, codeAt, r.row)) return;
    // The column as its header is written (ĐBSH, Nhóm 1); params carry its code (DBSH, G1).
    const label = (ind: string, col: Column) => ({ vi: `chỉ tiêu "${ind}", cột ${col.header}: `, en: `indicator "${ind}", column ${col.header}: ` });
    /** Columns this row leaves to the package (blank or still marked), and whether the general column is given. */
    const left: { col: Column; at: TablePlace }[] = [];
    let general = false;
    this.valueCols.forEach((col, k) => {
      const cell = valueCells[k];
      const at = placeOf(this.sheet, r, col.index + 1, col.header);
      const params = { indicator: code, column: col.value! };
      const bad = (c: string, text: LocalizedText, p?: Readonly<Record<string, NtmIssueParam>>) => {
        const l = label(code, col);
        this.issue(at, c, { vi: l.vi + text.vi, en: l.en + text.en }, { ...(p ?? {}), ...params });
      };
      const model = modelRow(target, code, year);
      if (model.kind === 'compound') {
        this.compoundHeadingCell(cell, col.value!, model, bad);
        return;
      }
      const cellTarget: CellTarget = target.kind === 'part' ? { kind: 'part', indicator: target.indicator, part: target.part } : { kind: 'rule', indicator: target.indicator };
      const read = this.readCell(cell, cellTarget, model, col.value!, bad);
      if (read === 'error') return;
      if (target.kind === 'part') {
        const key = `${target.indicator.code}\u0000${year ?? ''}\u0000${col.value}`;
        const cc = this.compounds.get(key) ?? { indicator: target.indicator, ...(year !== undefined ? { year } : {}), column: col.value!, header: col.header, parts: new Map<string, PartCell>() };
        this.compounds.set(key, cc);
        const text = cellText(cell);
        if (read === 'blank') cc.parts.set(target.part.field.key, { state: 'unset', at, text });
        else if (read === 'package') cc.parts.set(target.part.field.key, { state: 'package', at, text });
        else if (read.t === 'no-requirement') cc.parts.set(target.part.field.key, { state: 'no-requirement', at, text });
        else if (read.t === 'part') cc.parts.set(target.part.field.key, { state: 'given', meaning: read, at, text });
        return;
      }
      if (read === 'blank' || read === 'package') {
        left.push({ col, at });
        return;
      }
      if (read.t !== 'rule') return;
      if (col.value === 'all') general = true;
      this.add(code, { columns: col.value === 'all' ? 'all' : [col.value as ThresholdColumn], ...(year !== undefined ? { years: [year] } : {}), rule: read.rule }, [at]);
    });
    if (general && target.kind === 'indicator') {
      for (const { col, at } of left) this.generalOverrides(code, target.indicator, year, col, at);
    }
  }

  /**
   * The general column given while a column is left to the package, which holds a value of its own
   * there: the table's general value would replace that value too (an overlay is consulted before
   * the package). Whether the decision means that cannot be told, so the column must be written.
   */
  private generalOverrides(code: string, ind: Indicator, year: number | undefined, col: Column, at: TablePlace): void {
    if (col.value === 'all') return;
    const own = this.versions.map((v) => packageThreshold(v, indicatorsByCode(v).get(ind.code) ?? ind, col.value!, year)).find((t) => t !== undefined);
    if (!own) return;
    const shown = ind.kind !== 'compound' ? { vi: ` (${meaningText({ t: 'rule', rule: own.rule }, { kind: 'rule', indicator: ind }, 'vi')})`, en: ` (${meaningText({ t: 'rule', rule: own.rule }, { kind: 'rule', indicator: ind }, 'en')})` } : { vi: '', en: '' };
    this.issue(at, 'general-overrides-package', {
      vi: `chỉ tiêu "${code}", cột ${col.header}: cột Chung đã ghi ngưỡng cho mọi cột, nhưng thư viện có giá trị riêng cho cột này${shown.vi} và ngưỡng của cột Chung sẽ thay cả giá trị đó; ghi rõ giá trị của quyết định cho cột này (chép giá trị cột Chung nếu quyết định áp dụng chung), hoặc ghi từng cột thay cho cột Chung`,
      en: `indicator "${code}", column ${col.header}: the All column gives a threshold for every column, but the package holds a value of its own for this one${shown.en}, which the All value would replace; write the decision's value for this column (copy the All value if the decision applies it everywhere), or write each column instead of All`,
    }, { indicator: code, column: col.value! });
  }

  /** What the code cell names; undefined for a row to skip (its problem, if any, reported). */
  private classify(cell: Cell, at: TablePlace, hasValues: boolean): { code: string; target: RowKind } | undefined {
    let code: string;
    if (cell !== undefined && typeof cell !== 'string' && cell.t === 'n') {
      // A code typed as a number: 17.10 shows as 17.1.
      const s = String(cell.v);
      const candidates = [s, ...(s.includes('.') ? [`${s}0`] : [])].filter((c) => this.codes.has(c) || this.criteria.has(c));
      if (candidates.length > 1) {
        this.issue(at, 'numeric-code', { vi: `mã ${s} được nhập dạng số nên có thể là ${candidates.join(' hoặc ')}: định dạng ô là Văn bản và nhập lại mã`, en: `the code ${s} was entered as a number and may be ${candidates.join(' or ')}: format the cell as Text and enter the code again` }, { text: s, codes: candidates });
        return undefined;
      }
      code = candidates[0] ?? s;
    } else if (cell !== undefined && typeof cell !== 'string' && cell.t === 'd') {
      this.issue(at, 'date-code', { vi: `ô mã là ngày tháng (${cell.v}): Excel đã đổi mã chỉ tiêu thành ngày; định dạng ô là Văn bản và nhập lại mã (ví dụ "2.1")`, en: `the code cell is a date (${cell.v}): Excel turned an indicator code into a date; format the cell as Text and enter the code again (e.g. "2.1")` }, { text: cell.v });
      return undefined;
    } else code = cellText(cell).replace(/\s+/g, '');
    if (code === '') {
      if (hasValues) this.issue(at, 'missing-code', { vi: 'dòng có ngưỡng nhưng thiếu mã chỉ tiêu (cột "Mã")', en: 'the row has thresholds but no indicator code (the "Code" column)' });
      return hasValues ? undefined : { code, target: { kind: 'heading', what: 'text' } };
    }
    const ind = this.codes.get(code);
    if (ind) return { code, target: ind.kind === 'compound' ? { kind: 'compound', indicator: ind } : { kind: 'indicator', indicator: ind } };
    const dot = code.lastIndexOf('.');
    if (dot > 0) {
      const parent = this.codes.get(code.slice(0, dot));
      if (parent?.kind === 'compound') {
        const parts = partsOf(parent);
        const part = parts.find((p) => p.field.key === code.slice(dot + 1));
        if (part) return { code, target: { kind: 'part', indicator: parent, part } };
        this.issue(at, 'unknown-part', { vi: `${quote(code)} không phải thành phần của chỉ tiêu "${parent.code}"; các thành phần: ${parts.map((p) => `${parent.code}.${p.field.key}`).join(', ')}`, en: `${quote(code)} is not a part of indicator "${parent.code}"; its parts are ${parts.map((p) => `${parent.code}.${p.field.key}`).join(', ')}` }, { text: code, parts: parts.map((p) => `${parent.code}.${p.field.key}`) });
        return undefined;
      }
    }
    if (this.criteria.has(code)) return { code, target: { kind: 'heading', what: 'criterion', criterion: this.criteria.get(code)! } };
    if (this.groups.has(code)) return { code, target: { kind: 'heading', what: 'group' } };
    // A row naming no indicator of the set but holding no threshold loses nothing (a criterion of another set).
    if (!hasValues) return undefined;
    const empty = this.set.criteria.some((c) => c.indicators.length === 0);
    this.issue(at, 'unknown-code', {
      vi: `mã ${quote(code)} không phải chỉ tiêu của ${setWords(this.set, 'vi')}${empty ? ': bộ tiêu chí này chưa có danh mục chỉ tiêu trong thư viện, nên chỉ đọc được ngưỡng cho bộ tiêu chí chi tiết của tỉnh (xem docs/huong-dan.md)' : ''}`,
      en: `${quote(code)} is not an indicator code of ${setWords(this.set, 'en')}${empty ? ': the set declares no indicators in the package, so thresholds can only be read for a province\'s detailed set (defined with defineCriteriaSet, passed as the set option)' : ''}`,
    }, { text: code, set: this.set.id });
    return undefined;
  }

  private headingValues(r: RawRow, code: string, target: Extract<RowKind, { kind: 'heading' }>): void {
    const col = this.valueCols.find((c) => !isEmpty(r.cells[c.index]))!;
    const at = placeOf(this.sheet, r, col.index + 1, col.header);
    const noIndicators = target.criterion !== undefined && target.criterion.indicators.length === 0;
    this.issue(at, 'values-on-heading', {
      vi: `dòng ${quote(code || cellText(r.cells[0]))} là dòng ${target.what === 'criterion' ? 'tiêu chí' : 'tiêu đề'}, không ghi ngưỡng: ghi ở dòng của từng chỉ tiêu${noIndicators ? '; tiêu chí này chưa có chỉ tiêu trong thư viện: thêm dòng chỉ tiêu của bộ tiêu chí chi tiết của tỉnh (defineCriteriaSet, tùy chọn set)' : ''}`,
      en: `row ${quote(code || cellText(r.cells[0]))} is a ${target.what === 'criterion' ? 'criterion' : 'heading'} row and takes no threshold: write it on each indicator's row${noIndicators ? '; this criterion has no indicators in the package: add the indicator rows of the province\'s detailed set (defineCriteriaSet, the set option)' : ''}`,
    }, { text: cellText(r.cells[col.index]), column: col.value!, ...(code !== '' ? { indicator: code } : {}) });
  }

  /** The row's year (income rows), `undefined` when none, `null` when it is wrong (reported). */
  private year(r: RawRow, ind: Indicator): number | undefined | null {
    if (!this.yearColumn) return undefined;
    const cell = r.cells[this.yearColumn.index];
    if (isEmpty(cell)) return undefined;
    const at = placeOf(this.sheet, r, this.yearColumn.index + 1, this.yearColumn.header);
    let y: number | undefined;
    if (typeof cell === 'string') y = /^\d{4}$/.test(cell.trim()) ? Number(cell.trim()) : undefined;
    else if (cell!.t === 'n' && !cell!.percent && Number.isInteger(cell!.v)) y = cell!.v;
    const text = cellText(cell);
    if (y === undefined) {
      this.issue(at, 'expected-year', { vi: `cần ghi năm đánh giá (ví dụ 2024), đang ghi ${quote(text)}`, en: `expected an assessment year (e.g. 2024), got ${quote(text)}` }, { text, indicator: ind.code });
      return null;
    }
    const { fromYear, toYear } = this.set.period;
    if (y < fromYear || y > toYear) {
      this.issue(at, 'year-outside-period', { vi: `năm ${y} ngoài giai đoạn ${fromYear} - ${toYear} của ${setWords(this.set, 'vi')}`, en: `the year ${y} is outside the period ${fromYear}-${toYear} of ${setWords(this.set, 'en')}` }, { text, indicator: ind.code });
      return null;
    }
    return y;
  }

  /** Records the row of a code and year; false (reported) when it repeats one, or mixes a row without a year with rows by year. */
  private firstRow(code: string, year: number | undefined, at: TablePlace, row: number): boolean {
    const seen = this.rowsOf.get(code) ?? new Map<string, { row: number; at: TablePlace; year?: number }>();
    this.rowsOf.set(code, seen);
    const key = year === undefined ? '' : String(year);
    const first = seen.get(key);
    if (first) {
      this.issue(at, 'duplicate-row', { vi: `chỉ tiêu ${quote(code)}${year !== undefined ? ` năm ${year}` : ''} đã có ở dòng ${first.row}: xóa một trong hai dòng`, en: `indicator ${quote(code)}${year !== undefined ? ` for ${year}` : ''} is already on row ${first.row}: delete one of the rows` }, { indicator: code, first: first.row });
      return false;
    }
    const mixed = [...seen.values()].find((s) => (s.year === undefined) !== (year === undefined));
    if (mixed && this.mixedReported.has(code)) return false;
    if (mixed) {
      this.mixedReported.add(code);
      this.issue(at, 'mixed-years', { vi: `chỉ tiêu ${quote(code)} có dòng ghi năm và dòng không ghi năm (dòng ${mixed.row}): ghi năm cho mọi dòng của chỉ tiêu, hoặc chỉ một dòng không ghi năm`, en: `indicator ${quote(code)} has rows with a year and a row without one (row ${mixed.row}): give every row of the indicator a year, or use one row without a year` }, { indicator: code, other: mixed.row });
      return false;
    }
    seen.set(key, { row, at, ...(year !== undefined ? { year } : {}) });
    return true;
  }

  /** A compound indicator's own row: only the package's mark of a rule that needs JSON, or nothing. */
  private compoundHeadingCell(cell: Cell, column: ValueColumn, model: Extract<ModelRow, { kind: 'compound' }>, bad: (c: string, t: LocalizedText, p?: Readonly<Record<string, NtmIssueParam>>) => void): void {
    if (isEmpty(cell)) return;
    const text = cellText(cell);
    if (['-', '–', '—'].includes(text)) return;
    const marked = splitMark(text);
    if (marked && isJsonOnlyText(marked.body) && this.versions.some((v) => {
      const pkg = packageCell(v, model, column);
      return pkg?.meaning.t === 'json-only' && marked.provenance === pkg.provenance;
    })) return;
    if (marked) {
      bad('changed-package-value', { vi: `ô còn dấu [có sẵn, …] nhưng không còn đúng giá trị có sẵn của thư viện cho ${setWords(this.set, 'vi')}: để nguyên, hoặc xóa cả ô`, en: `the cell still carries the [package, …] mark but no longer holds the package's value for ${setWords(this.set, 'en')}: restore it, or clear the cell` }, { text });
      return;
    }
    const parts = partsOf(model.indicator).map((p) => `${model.code}.${p.field.key}`).join(', ');
    bad('compound-on-parts', {
      vi: `${quote(text)}: chỉ tiêu nhiều thành phần ghi ngưỡng ở các dòng thành phần (${parts}); quy tắc có điều kiện (nếu … thì …) chỉ ghi được bằng tệp JSON bảng ngưỡng`,
      en: `${quote(text)}: a compound indicator's thresholds go on its part rows (${parts}); a conditional rule (if … then …) can only be given as overlay JSON`,
    }, { text });
  }


  /** One threshold cell: 'blank', 'package' (the package's value, unchanged), 'error' (reported) or its meaning. */
  private readCell(cell: Cell, target: CellTarget, model: ModelRow, column: ValueColumn, bad: (c: string, t: LocalizedText, p?: Readonly<Record<string, NtmIssueParam>>) => void): Meaning | 'blank' | 'package' | 'error' {
    let body: Cell = cell;
    let marked: ReturnType<typeof splitMark>;
    if (typeof cell === 'string') {
      marked = splitMark(cell.normalize('NFC').replace(/\s+/g, ' ').trim());
      if (marked) body = marked.body;
    }
    const read = readThresholdCell(body, target, this.style);
    if (marked) {
      const pkg = packageCell(this.set, model, column);
      for (const v of this.versions) {
        const p = v === this.set ? pkg : packageCell(v, model, column);
        if (p && 'meaning' in read && sameMeaning(read.meaning, p.meaning) && marked.provenance === p.provenance) return 'package';
      }
      const expected = pkg ? `${meaningText(pkg.meaning, target, 'vi')}` : undefined;
      bad('changed-package-value', {
        vi: `ô còn dấu [có sẵn, …] nhưng ${expected !== undefined ? `giá trị có sẵn của thư viện là "${expected}"` : 'thư viện không có giá trị cho ô này'} (${setWords(this.set, 'vi')}): nếu ${quote(marked.body)} là giá trị của quyết định, xóa phần trong ngoặc vuông; nếu không, để lại đúng giá trị có sẵn`,
        en: `the cell still carries the [package, …] mark but ${expected !== undefined ? `the package's value is "${meaningText(pkg!.meaning, target, 'en')}"` : 'the package has no value for this cell'} (${setWords(this.set, 'en')}): if ${quote(marked.body)} is the decision's value, delete the bracketed mark; if not, restore the package's value`,
      }, { text: cellText(cell) });
      return 'error';
    }
    if ('blank' in read) return 'blank';
    if ('code' in read) {
      bad(read.code, read.text, read.params);
      return 'error';
    }
    return read.meaning;
  }

  private add(code: string, t: Omit<OverlayThreshold, 'citation' | 'provenance' | 'note'>, at: readonly TablePlace[]): void {
    const cells = at.map((p) => p.cell).join(', ');
    const where = at[0]?.sheet !== undefined ? `, trang "${at[0].sheet}" (sheet "${at[0].sheet}")` : '';
    const note = `Bảng ngưỡng, ô ${cells}${where} / threshold table, cell${at.length > 1 ? 's' : ''} ${cells}`;
    const list = this.values.get(code) ?? [];
    list.push({ ...t, note } as OverlayThreshold);
    this.values.set(code, list);
    const places = this.places.get(code) ?? [];
    places.push(at[0]!);
    this.places.set(code, places);
  }

  /** The compound columns assembled, and the thresholds with where each came from. */
  finish(): { values: ReadonlyMap<string, readonly OverlayThreshold[]>; places: ReadonlyMap<string, readonly TablePlace[]> } {
    for (const cc of this.compounds.values()) this.compound(cc);
    for (const cc of this.compounds.values()) {
      if (cc.column !== 'all' || !this.assembled.has(`${cc.indicator.code}\u0000${cc.year ?? ''}\u0000all`)) continue;
      for (const col of this.valueCols) {
        const key = `${cc.indicator.code}\u0000${cc.year ?? ''}\u0000${col.value}`;
        if (col.value === 'all' || this.assembled.has(key)) continue;
        const first = this.compounds.get(key)?.parts.values().next().value;
        this.generalOverrides(cc.indicator.code, cc.indicator, cc.year, col, first?.at ?? cc.parts.values().next().value!.at);
      }
    }
    return { values: this.values, places: this.places };
  }

  /** One column of a compound indicator: every part given (or "no requirement"), or none. */
  private compound(cc: CompoundColumn): void {
    const parts = partsOf(cc.indicator);
    const cells = [...cc.parts.values()];
    const given = cells.filter((c) => c.state === 'given' || c.state === 'no-requirement');
    if (given.length === 0) return;
    const code = cc.indicator.code;
    const first = given[0]!.at;
    const l = { vi: `chỉ tiêu "${code}", cột ${cc.header}: `, en: `indicator "${code}", column ${cc.header}: ` };
    let complete = true;
    for (const p of parts) {
      const c = cc.parts.get(p.field.key);
      if (c && (c.state === 'given' || c.state === 'no-requirement')) continue;
      complete = false;
      const partCode = `${code}.${p.field.key}`;
      const why = c === undefined
        ? { vi: `thiếu dòng ${quote(partCode)}`, en: `the row ${quote(partCode)} is missing` }
        : c.state === 'package'
          ? { vi: `ô ${c.at.cell} của ${quote(partCode)} còn giá trị có sẵn của thư viện: xóa dấu [có sẵn, …] nếu quyết định ghi đúng giá trị đó`, en: `cell ${c.at.cell} of ${quote(partCode)} still holds the package's value: delete the [package, …] mark if the decision says the same` }
          : { vi: `ô ${c.at.cell} của ${quote(partCode)} để trống`, en: `cell ${c.at.cell} of ${quote(partCode)} is blank` };
      this.issue(c?.at ?? first, 'incomplete-parts', {
        vi: `${l.vi}chỉ tiêu nhiều thành phần được ghi lại cả quy tắc của cột, nên phải ghi đủ mọi thành phần (${parts.map((x) => `${code}.${x.field.key}`).join(', ')}); ${why.vi}; ghi "Không quy định" cho thành phần quyết định không đặt yêu cầu`,
        en: `${l.en}a compound indicator's column replaces the whole rule, so every part must be given (${parts.map((x) => `${code}.${x.field.key}`).join(', ')}); ${why.en}; write "No requirement" for a part the decision sets nothing for`,
      }, { indicator: partCode, column: cc.column });
    }
    if (!complete) return;
    const conditions: Condition[] = [];
    for (const p of parts) {
      const c = cc.parts.get(p.field.key)!;
      if (c.state !== 'given') continue;
      const text = { vi: meaningText(c.meaning!, { kind: 'part', indicator: cc.indicator, part: p }, 'vi'), en: meaningText(c.meaning!, { kind: 'part', indicator: cc.indicator, part: p }, 'en') };
      conditions.push(partCondition(p, c.meaning!, { vi: `${p.field.label.vi}: ${text.vi}`, en: `${p.field.label.en}: ${text.en}` }));
    }
    if (conditions.length === 0) {
      this.issue(first, 'no-requirement-anywhere', { vi: `chỉ tiêu "${code}", cột ${cc.header}: mọi thành phần đều ghi "Không quy định": quyết định không quy định chỉ tiêu này ở cột này thì để trống các ô`, en: `indicator "${code}", column ${cc.header}: every part says "No requirement": when the decision sets nothing for this indicator in this column, leave the cells blank` }, { indicator: code, column: cc.column });
      return;
    }
    this.assembled.add(`${code}\u0000${cc.year ?? ''}\u0000${cc.column}`);
    const rule: Condition = conditions.length === 1 ? conditions[0]! : { all: conditions };
    this.add(code, { columns: cc.column === 'all' ? 'all' : [cc.column as ThresholdColumn], ...(cc.year !== undefined ? { years: [cc.year] } : {}), rule: { kind: 'compound', rule } }, parts.map((p) => cc.parts.get(p.field.key)!.at));
  }
}

function modelRow(target: Exclude<RowKind, { kind: 'heading' }>, code: string, year: number | undefined): ModelRow {
  const y = year !== undefined ? { year } : {};
  if (target.kind === 'part') return { kind: 'part', code, indicator: target.indicator, part: target.part, ...y };
  return { kind: target.kind, code, indicator: target.indicator, ...y };
}
