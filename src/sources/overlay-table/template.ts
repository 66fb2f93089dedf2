// overlayTemplate: a criteria set's threshold table as a spreadsheet to fill in once from the
// province's decision. It has the annex's shape (one row per indicator in the legal order, one
// column per threshold column), header cells for the instrument, and the values the package
// already holds pre-filled with a mark of their provenance.
import type { Lang } from '../../_lib/numbers.js';
import { readOptions } from '../../_lib/options.js';
import type { LocalizedText } from '../../_lib/text.js';
import { describeRule } from '../../engine/describe.js';
import { usableSet } from '../../engine/usable-set.js';
import type { CriteriaSet, CriteriaSetKind, Indicator } from '../../engine/types/index.js';
import { invalidInput, issue, type IssueInit } from '../../errors.js';
import { sourceWords } from '../../wording/citations.js';
import { getCriteriaSet } from '../../sets/registry.js';
import { loadExcelJs } from '../tables/xlsx.js';
import { meaningText, type CellTarget } from './grammar.js';
import { markText, unitWords } from './vocabulary.js';
import { columnHeader, FIXED_HEADERS, META_FIELDS, type FixedColumn } from './layout.js';
import { modelRows, packageCell, valueColumns, type ModelRow, type PackageCell, type PartSpec, type ValueColumn } from './model.js';
import type { OverlayTemplateOptions } from './types.js';

type Style = 'title' | 'hint' | 'label' | 'header' | 'heading' | 'package' | 'input' | 'text';

interface OutCell {
  readonly text: string;
  readonly style?: Style;
  /** A comment on the cell (workbooks only): where a pre-filled value comes from. */
  readonly note?: string;
}

/** The template as a grid of cells, the same for CSV and for a workbook. */
export interface TemplateGrid {
  readonly sheet: string;
  readonly rows: readonly (readonly OutCell[])[];
  /** 1-based row of the table's header. */
  readonly headerRow: number;
  readonly columns: readonly (FixedColumn | ValueColumn)[];
}

const L = (lang: Lang, t: LocalizedText) => t[lang];

const isFixed = (c: FixedColumn | ValueColumn): c is FixedColumn => Object.hasOwn(FIXED_HEADERS, c);

function unitOf(row: Extract<ModelRow, { indicator: Indicator }>, lang: Lang): string {
  const vi = lang === 'vi';
  if (row.kind === 'part') return partUnit(row.part, lang);
  const ind = row.indicator;
  switch (ind.kind) {
    case 'boolean': return vi ? 'Đạt/Không đạt' : 'met / not met';
    case 'none-allowed': case 'min-count': return vi ? 'số lượng' : 'count';
    case 'min-percent': case 'max-percent': return '%';
    case 'compound': return vi ? 'nhiều thành phần' : 'several parts';
    default: return unitWords(ind.unit, lang);
  }
}

function partUnit(p: PartSpec, lang: Lang): string {
  switch (p.type) {
    case 'share': return lang === 'vi' ? `% ${p.denominator!.label.vi}` : `% of ${p.denominator!.label.en}`;
    case 'percent': return '%';
    case 'boolean': return lang === 'vi' ? 'Đạt/Không đạt' : 'met / not met';
    default: return lang === 'vi' ? 'số' : 'number';
  }
}

function comparisonOf(row: ModelRow, lang: Lang): string {
  const vi = lang === 'vi';
  switch (row.kind) {
    case 'group': case 'conditions': return '';
    case 'criterion':
      return row.criterion.indicators.length === 0
        ? (vi ? 'tiêu chí: chưa có chỉ tiêu trong thư viện (xem Ghi chú)' : 'criterion: no indicators in the package (see Notes)')
        : (vi ? 'tiêu chí (ghi ngưỡng ở các dòng chỉ tiêu)' : 'criterion (thresholds go on the indicator rows)');
    case 'compound':
      return vi
        ? 'nhiều thành phần: ghi ở các dòng thành phần bên dưới, đủ mọi thành phần của một cột; quy tắc có điều kiện (nếu … thì …) chỉ ghi được bằng tệp JSON bảng ngưỡng'
        : 'several parts: fill the part rows below, every part of a column; a conditional rule (if … then …) can only be given as overlay JSON';
    case 'part':
      switch (row.part.type) {
        case 'boolean': return vi ? '"Đạt" hoặc "Không quy định"' : '"Met" or "No requirement"';
        case 'share': return vi ? `tỷ lệ trên ${row.part.denominator!.label.vi}: ghi dấu (≥ 70%, = 100%, 100%) hoặc "Không quy định"` : `share of ${row.part.denominator!.label.en}: with its sign (≥ 70%, = 100%, 100%) or "No requirement"`;
        case 'percent': return vi ? 'ghi dấu (≥ 98%) hoặc "Không quy định"' : 'with its sign (≥ 98%) or "No requirement"';
        default: return vi ? 'ghi dấu (≥ 2) hoặc "Không quy định"' : 'with its sign (≥ 2) or "No requirement"';
      }
    case 'indicator':
      switch (row.indicator.kind) {
        case 'boolean': return vi ? 'đạt yêu cầu: ghi "Đạt"' : 'pass: write "Met" (or "Đạt")';
        case 'none-allowed': return vi ? 'không có (bằng 0): ghi "Không" hoặc 0' : 'none allowed (0): write "None" (or "Không") or 0';
        case 'min-percent': case 'min-value': return vi ? 'tối thiểu (≥)' : 'at least (≥)';
        case 'max-percent': case 'max-value': return vi ? 'tối đa (≤)' : 'at most (≤)';
        case 'min-count': return vi ? 'tối thiểu (≥), số nguyên' : 'at least (≥), a whole number';
        default: return '';
      }
  }
}

function targetOf(row: ModelRow): CellTarget | { readonly kind: 'compound' } {
  if (row.kind === 'part') return { kind: 'part', indicator: row.indicator, part: row.part };
  if (row.kind === 'indicator') return { kind: 'rule', indicator: row.indicator };
  return { kind: 'compound' };
}

function citationText(p: PackageCell, lang: Lang): string {
  // The wording layer's citation: the instrument the value was read from and the sites it was read via, not the raw source note.
  return sourceWords(p.threshold.citation, lang, p.provenance);
}

/** The notes of a row: where its pre-filled values come from, or why its criterion has no indicators. */
function notesOf(set: CriteriaSet, row: ModelRow, columns: readonly ValueColumn[], cells: readonly (PackageCell | undefined)[], lang: Lang): string {
  if (row.kind === 'criterion' && row.criterion.indicators.length === 0) return row.criterion.missingIndicators?.[lang] ?? '';
  const bySource = new Map<string, string[]>();
  cells.forEach((p, k) => {
    if (!p) return;
    let text = citationText(p, lang);
    if (p.meaning.t === 'json-only' && p.threshold.rule.kind === 'compound' && (row.kind === 'compound')) {
      text = `${describeRule(p.threshold.rule, row.indicator)[lang]} — ${text}`;
    }
    const list = bySource.get(text) ?? [];
    list.push(columnHeader(columns[k]!, lang));
    bySource.set(text, list);
  });
  if (bySource.size === 0) return '';
  const head = lang === 'vi' ? 'Có sẵn trong thư viện' : 'In the package';
  return `${head}: ${[...bySource].map(([text, cols]) => `${cols.join(', ')}: ${text}`).join('; ')}`;
}

/** The rows above the table: title, how to fill it, and the fields naming the decision. */
function introRows(set: CriteriaSet, lang: Lang): OutCell[][] {
  const vi = lang === 'vi';
  const rows: OutCell[][] = [];
  const title = vi
    ? `BẢNG NGƯỠNG ĐỂ BỔ SUNG BỘ TIÊU CHÍ (MẪU ĐỂ ĐIỀN THEO QUYẾT ĐỊNH CỦA TỈNH): ${set.title.vi}`
    : `THRESHOLD TABLE TO FILL IN FROM THE PROVINCE'S DECISION (TEMPLATE): ${set.title.en}`;
  rows.push([{ text: title, style: 'title' }]);
  rows.push([{
    text: vi
      ? 'Cách ghi: chép ngưỡng của quyết định vào ô của chỉ tiêu và cột vùng/nhóm, ví dụ ≥ 90%, ≤ 24%, Đạt, Không, ≥ 45 triệu đồng/người/năm; cột "Chung" là một mức cho mọi vùng/nhóm. Ô trống hoặc "-": quyết định không quy định, giữ giá trị của thư viện (nếu có). Ô ghi [có sẵn, …] là giá trị thư viện đã có: nếu quyết định ghi đúng giá trị đó, xóa phần trong ngoặc vuông để bảng của tỉnh làm nguồn; nếu khác, ghi đè giá trị của quyết định.'
      : 'How to fill: copy each threshold of the decision into the cell of its indicator and region/group column, e.g. ≥ 90%, ≤ 24%, Met, None, ≥ 45 million VND/person/year; the "All" column is one value for every region/group. A blank cell or "-": the decision sets nothing, the package\'s value (if any) stays. A cell marked [package, …] holds the package\'s value: if the decision says the same, delete the bracketed mark so the province\'s table becomes its source; if not, overwrite it with the decision\'s value.',
    style: 'hint',
  }]);
  if (set.criteria.some((c) => c.indicators.length === 0)) {
    rows.push([{
      text: vi
        ? 'Bộ tiêu chí này chưa có danh mục chỉ tiêu trong thư viện (các chỉ tiêu và ngưỡng của văn bản chưa tiếp cận được), nên bảng chỉ nhận ngưỡng khi có bộ tiêu chí chi tiết của tỉnh (do bộ phận phần mềm khai báo; mẫu bảng khi đó có đủ dòng chỉ tiêu). Trong khi chờ, đánh giá xã bằng kết quả đánh giá theo tiêu chí (xem docs/huong-dan.md).'
        : 'This set has no indicators in the package (its indicators and values could not be reached). Thresholds can only be read for indicators a set declares: define the province\'s detailed set with defineCriteriaSet, make the template from it (overlayTemplate(set)) or add indicator rows (codes such as 1.1) under the criteria, and read the table with the set option.',
      style: 'hint',
    }]);
  }
  for (const f of META_FIELDS) {
    const value = f.key === 'setKind' ? set.kind : f.key === 'set' ? set.id : '';
    const hint = f.key === 'set' ? `${set.title[lang]}; ${f.hint[lang]}` : f.hint[lang];
    rows.push([{ text: f.label[lang], style: 'label' }, { text: value, style: value === '' ? 'input' : 'text' }, { text: hint, style: 'hint' }]);
  }
  return rows;
}

/** One row of the table: a heading (group, criterion, conditions), an indicator or a part, with the package's values marked. */
function tableRow(set: CriteriaSet, row: ModelRow, layout: readonly (FixedColumn | ValueColumn)[], columns: readonly ValueColumn[], lang: Lang): OutCell[] {
  const vi = lang === 'vi';
  const heading = row.kind === 'group' || row.kind === 'criterion' || row.kind === 'conditions';
  const cells: (PackageCell | undefined)[] = columns.map((c) => packageCell(set, row, c));
  const target = targetOf(row);
  return layout.map((c): OutCell => {
    switch (c) {
      case 'code': return { text: row.kind === 'conditions' ? '' : row.code, style: heading ? 'heading' : 'text' };
      case 'name': {
        const name = row.kind === 'conditions' ? (vi ? 'Điều kiện' : 'Conditions') : row.kind === 'group' ? row.name.vi : row.kind === 'criterion' ? row.criterion.name.vi : row.kind === 'part' ? `– ${row.part.field.label.vi}` : row.indicator.name.vi;
        return { text: name, style: heading ? 'heading' : 'text' };
      }
      case 'nameEn': {
        const name = row.kind === 'conditions' ? 'Conditions' : row.kind === 'group' ? row.name.en : row.kind === 'criterion' ? row.criterion.name.en : row.kind === 'part' ? `– ${row.part.field.label.en}` : row.indicator.name.en;
        return { text: name, style: heading ? 'heading' : 'text' };
      }
      case 'unit': return { text: heading ? '' : unitOf(row as Extract<ModelRow, { indicator: Indicator }>, lang) };
      case 'comparison': return { text: comparisonOf(row, lang) };
      case 'year': return { text: 'year' in row && row.year !== undefined ? String(row.year) : '' };
      case 'notes': return { text: notesOf(set, row, columns, cells, lang) };
      default: {
        if (heading || isFixed(c)) return { text: '' };
        const p = cells[columns.indexOf(c)];
        if (!p) return { text: '', style: row.kind === 'compound' ? 'text' : 'input' };
        return { text: `${meaningText(p.meaning, target, lang)} ${markText(p.provenance, lang)}`, style: 'package', note: citationText(p, lang) };
      }
    }
  });
}

/** The template of a set as a grid (exported for the reader's tests and the CLI). */
export function templateGrid(set: CriteriaSet, lang: Lang): TemplateGrid {
  const vi = lang === 'vi';
  const columns = valueColumns(set);
  const fixedBefore: FixedColumn[] = vi ? ['code', 'name', 'unit', 'comparison', 'year'] : ['code', 'name', 'nameEn', 'unit', 'comparison', 'year'];
  const layout: (FixedColumn | ValueColumn)[] = [...fixedBefore, ...columns, 'notes'];
  const rows: OutCell[][] = introRows(set, lang);
  rows.push([]);
  rows.push(layout.map((c) => ({ text: isFixed(c) ? L(lang, FIXED_HEADERS[c]) : columnHeader(c, lang), style: 'header' as const })));
  const headerRow = rows.length;
  for (const row of modelRows(set)) rows.push(tableRow(set, row, layout, columns, lang));
  return { sheet: vi ? 'Ngưỡng' : 'Thresholds', rows, headerRow, columns: layout };
}

/** CSV text of a grid: comma-separated, quoted where needed, with a byte-order mark so Excel opens it as UTF-8. */
function toCsv(grid: TemplateGrid): string {
  const esc = (s: string) => (/[",\r\n;\t]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s);
  // Line feeds, not CR LF: the CLI prints a carriage return as \u000D (src/_lib/safe-text.ts).
  return `\uFEFF${grid.rows.map((r) => r.map((c) => esc(c.text)).join(',')).join('\n')}\n`;
}

async function toXlsx(grid: TemplateGrid): Promise<Uint8Array> {
  const { Workbook } = await loadExcelJs();
  const wb = new Workbook();
  const ws = wb.addWorksheet(grid.sheet);
  const widths: Partial<Record<FixedColumn, number>> = { code: 14, name: 60, nameEn: 40, unit: 18, comparison: 36, year: 8, notes: 60 };
  grid.columns.forEach((c, k) => {
    ws.getColumn(k + 1).width = widths[c as FixedColumn] ?? 16;
  });
  grid.rows.forEach((cells, r) => {
    cells.forEach((cell, k) => {
      const x = ws.getCell(r + 1, k + 1);
      // Text format: Excel must not turn "2.1" into a number or "1.2" into a date as people type.
      x.numFmt = '@';
      if (cell.text !== '') x.value = cell.text;
      switch (cell.style) {
        case 'title': x.font = { bold: true, size: 13 }; break;
        case 'hint': x.font = { italic: true, color: { argb: 'FF555555' } }; break;
        case 'label': case 'header': case 'heading': x.font = { bold: true }; break;
        case 'package': x.font = { italic: true }; x.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } }; break;
        case 'input': x.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } }; break;
      }
      if (cell.style === 'header') x.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
      if (cell.note !== undefined) x.note = cell.note;
      x.alignment = { wrapText: cell.style !== 'title' && cell.style !== 'hint', vertical: 'top' };
    });
  });
  // The value cells of rows the template leaves empty are text too.
  for (let r = grid.headerRow + 1; r <= grid.rows.length; r++) for (let k = 1; k <= grid.columns.length; k++) ws.getCell(r, k).numFmt = '@';
  ws.views = [{ state: 'frozen', ySplit: grid.headerRow, xSplit: 2 }];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const OPTION_KEYS = ['asOf', 'format', 'lang'] as const;

/**
 * The threshold table of a criteria set as a spreadsheet to fill in once from the province's
 * decision, then read back with {@link readOverlayTable} as a cited overlay.
 *
 * It has the annex's shape: one row per indicator in the legal order (code, Vietnamese name,
 * unit, comparison in words), the parts of compound indicators one row each (`5.atLevel1`),
 * income one row per assessment year, and one column per threshold column of the set (`Chung`
 * for every column, then `TDMNPB` … `ĐBSCL` for 2021-2025, `Nhóm 1` … `Nhóm 3` for 2026-2030).
 * Header cells above the table take the instrument (number, date, issuer), its provenance and
 * the table's title. Values the package already holds are pre-filled and marked
 * `[có sẵn, nguồn thứ cấp]`; every other cell is blank.
 *
 * `kind` is a set kind (the version in force on `asOf`, else the newest) or a set defined with
 * `defineCriteriaSet` (a province's detailed set: the only way to give thresholds for indicators
 * a national set does not declare, such as those of the 2026-2030 commune set).
 *
 * @param options - `asOf` (ISO day), `format` (`'csv'`, the default, or `'xlsx'`), `lang` (`'vi'`, the default, or `'en'`).
 * @returns CSV text (starting with a byte-order mark, so Excel opens it as UTF-8), or the bytes of an .xlsx workbook.
 * @throws {NtmError} `invalid-input` for bad options; what `getCriteriaSet` throws for a kind without a set on that day.
 *
 * @example
 * ```ts
 * import { overlayTemplate } from 'ntm-rules';
 * const csv = await overlayTemplate('commune', { asOf: '2024-06-30' });
 * csv.includes('15.3,'); // true: one row per indicator
 * const xlsx = await overlayTemplate('commune', { asOf: '2024-06-30', format: 'xlsx' });
 * xlsx.byteLength > 0; // true
 * ```
 */
export function overlayTemplate(kind: CriteriaSetKind | CriteriaSet, options?: OverlayTemplateOptions & { readonly format?: 'csv' }): Promise<string>;
export function overlayTemplate(kind: CriteriaSetKind | CriteriaSet, options: OverlayTemplateOptions & { readonly format: 'xlsx' }): Promise<Uint8Array>;
export function overlayTemplate(kind: CriteriaSetKind | CriteriaSet, options?: OverlayTemplateOptions): Promise<string | Uint8Array>;
export function overlayTemplate(kind: CriteriaSetKind | CriteriaSet, options?: OverlayTemplateOptions): Promise<string | Uint8Array> {
  // Arguments are checked before the promise: a bad call throws at once.
  const o = readOptions(options, OPTION_KEYS);
  const issues: IssueInit[] = [];
  if (o.format !== undefined && o.format !== 'csv' && o.format !== 'xlsx') issues.push(issue(['options', 'format'], 'expected-one-of', { vi: 'phải là "csv" hoặc "xlsx"', en: 'must be "csv" or "xlsx"' }, { allowed: ['csv', 'xlsx'] }));
  if (o.lang !== undefined && o.lang !== 'vi' && o.lang !== 'en') issues.push(issue(['options', 'lang'], 'expected-one-of', { vi: 'phải là "vi" hoặc "en"', en: 'must be "vi" or "en"' }, { allowed: ['vi', 'en'] }));
  if (typeof kind === 'object' && kind !== null && o.asOf !== undefined) issues.push(issue(['options', 'asOf'], 'not-allowed', { vi: 'không dùng asOf khi đã truyền một bộ tiêu chí', en: 'asOf is not used with a criteria set given as an object' }));
  if (issues.length > 0) throw invalidInput('options', issues);
  const set = typeof kind === 'object' && kind !== null ? usableSet(kind) : getCriteriaSet(kind, o.asOf !== undefined ? { asOf: o.asOf as string } : {});
  const grid = templateGrid(set, (o.lang as Lang | undefined) ?? 'vi');
  return o.format === 'xlsx' ? toXlsx(grid) : Promise.resolve(toCsv(grid));
}
