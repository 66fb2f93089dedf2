// The rows of a threshold table: what each code names, its year, and each threshold cell read.
import type { LocalizedText } from '../../_lib/text.js';
import { setWords } from '../../wording/sets.js';
import { type ThresholdColumn } from '../../columns/column.js';
import type { CriteriaSet, Criterion, Indicator } from '../../engine/types/index.js';
import { type NtmIssueParam } from '../../errors.js';
import { cellText, isEmpty, placeOf, type Cell, type RawRow } from '../tables/cells.js';
import { quote } from '../tables/issues.js';
import type { NumberStyle, TableIssue, TablePlace } from '../tables/types.js';
import { isJsonOnlyText, meaningText, readThresholdCell, type CellTarget } from './grammar.js';
import { splitMark } from './vocabulary.js';
import { indicatorsByCode, packageCell, partsOf, sameMeaning, type Meaning, type ModelRow, type ValueColumn } from './model.js';
import { ThresholdCollector, type PartCell, type RowKind } from './collect.js';
import type { Column } from './header-row.js';

export class BodyReader extends ThresholdCollector {
  private readonly codes: ReadonlyMap<string, Indicator>;
  private readonly criteria: ReadonlyMap<string, Criterion>;
  private readonly groups: ReadonlySet<string>;
  private readonly codeColumn: Column | undefined;
  private readonly yearColumn: Column | undefined;
  private readonly known: ReadonlySet<number>;
  /** Code → the rows seen, by year ('' for none), to find repeated rows and mixed years. */
  private readonly rowsOf = new Map<string, Map<string, { row: number; at: TablePlace; year?: number }>>();
  private readonly mixedReported = new Set<string>();

  /**
   * `named`: indexes of header cells with a text (a column refused for its header is reported
   * once, not once per cell); `versions`: the sets whose package values a marked cell may hold.
   */
  constructor(set: CriteriaSet, columns: readonly Column[], named: readonly number[], versions: readonly CriteriaSet[], sheet: string | undefined, private readonly style: NumberStyle | undefined, issues: TableIssue[]) {
    super(set, columns, versions, sheet, issues);
    this.codes = indicatorsByCode(set);
    this.criteria = new Map(set.criteria.map((c) => [c.code, c]));
    this.groups = new Set((set.groups ?? []).map((g) => g.code));
    this.codeColumn = columns.find((c) => c.fixed === 'code');
    this.yearColumn = columns.find((c) => c.fixed === 'year');
    this.known = new Set([...columns.map((c) => c.index), ...named]);
  }

  row(r: RawRow): void {
    this.cellsWithoutColumn(r);
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
    /** Columns this row leaves to the package (blank or still marked), and whether the general column is given. */
    const left: { col: Column; at: TablePlace }[] = [];
    let general = false;
    this.valueCols.forEach((col, k) => {
      const at = placeOf(this.sheet, r, col.index + 1, col.header);
      const done = this.valueCell(valueCells[k], code, target, year, col, at);
      if (done === 'left') left.push({ col, at });
      else if (done === 'rule' && col.value === 'all') general = true;
    });
    if (general && target.kind === 'indicator') {
      for (const { col, at } of left) this.generalOverrides(code, target.indicator, year, col, at);
    }
  }

  /** A value under a column the header does not name would be lost: it is an error. */
  private cellsWithoutColumn(r: RawRow): void {
    r.cells.forEach((c, index) => {
      if (!this.known.has(index) && !isEmpty(c)) {
        this.issue(placeOf(this.sheet, r, index + 1), 'cell-without-column', { vi: `ô có nội dung ${quote(cellText(c))} nhưng cột không có tiêu đề: ghi tiêu đề cột hoặc xóa nội dung`, en: `the cell holds ${quote(cellText(c))} but its column has no header: name the column or clear the cell` }, { text: cellText(c) });
      }
    });
  }

  /**
   * One threshold cell of an indicator or part row: a rule added ('rule'), left to the package
   * ('left': blank or still marked), or nothing more to do (a problem reported, a part kept for
   * its compound, a compound's own row).
   */
  private valueCell(cell: Cell, code: string, target: Exclude<RowKind, { kind: 'heading' }>, year: number | undefined, col: Column, at: TablePlace): 'rule' | 'left' | undefined {
    const params = { indicator: code, column: col.value! };
    // The column as its header is written (ĐBSH, Nhóm 1); params carry its code (DBSH, G1).
    const bad = (c: string, text: LocalizedText, p?: Readonly<Record<string, NtmIssueParam>>) => {
      const l = { vi: `chỉ tiêu "${code}", cột ${col.header}: `, en: `indicator "${code}", column ${col.header}: ` };
      this.issue(at, c, { vi: l.vi + text.vi, en: l.en + text.en }, { ...(p ?? {}), ...params });
    };
    const model = modelRow(target, code, year);
    if (model.kind === 'compound') {
      this.compoundHeadingCell(cell, col.value!, model, bad);
      return undefined;
    }
    const cellTarget: CellTarget = target.kind === 'part' ? { kind: 'part', indicator: target.indicator, part: target.part } : { kind: 'rule', indicator: target.indicator };
    const read = this.readCell(cell, cellTarget, model, col.value!, bad);
    if (read === 'error') return undefined;
    if (target.kind === 'part') {
      this.partCell(target, year, col, at, cellText(cell), read);
      return undefined;
    }
    if (read === 'blank' || read === 'package') return 'left';
    if (read.t !== 'rule') return undefined;
    this.add(code, { columns: col.value === 'all' ? 'all' : [col.value as ThresholdColumn], ...(year !== undefined ? { years: [year] } : {}), rule: read.rule }, [at]);
    return 'rule';
  }

  /** A part's cell, kept with the other parts of its compound indicator in the same column and year. */
  private partCell(target: Extract<RowKind, { kind: 'part' }>, year: number | undefined, col: Column, at: TablePlace, text: string, read: Meaning | 'blank' | 'package'): void {
    const key = `${target.indicator.code}\u0000${year ?? ''}\u0000${col.value}`;
    const cc = this.compounds.get(key) ?? { indicator: target.indicator, ...(year !== undefined ? { year } : {}), column: col.value!, header: col.header, parts: new Map<string, PartCell>() };
    this.compounds.set(key, cc);
    const field = target.part.field.key;
    if (read === 'blank') cc.parts.set(field, { state: 'unset', at, text });
    else if (read === 'package') cc.parts.set(field, { state: 'package', at, text });
    else if (read.t === 'no-requirement') cc.parts.set(field, { state: 'no-requirement', at, text });
    else if (read.t === 'part') cc.parts.set(field, { state: 'given', meaning: read, at, text });
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

}

function modelRow(target: Exclude<RowKind, { kind: 'heading' }>, code: string, year: number | undefined): ModelRow {
  const y = year !== undefined ? { year } : {};
  if (target.kind === 'part') return { kind: 'part', code, indicator: target.indicator, part: target.part, ...y };
  return { kind: target.kind, code, indicator: target.indicator, ...y };
}
