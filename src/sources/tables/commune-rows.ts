// The second pass over a commune table: one data row → an evaluation input, or its issues.
import type { CommuneInput } from '../../engine/evaluate-commune.js';
import type { IndicatorValue } from '../../engine/types/index.js';
import { defaultRegionOfProvince } from '../../columns/provinces.js';
import { cellText, isEmpty, placeOf, type RawRow } from './cells.js';
import { quote, tableIssue, tableNotice } from './issues.js';
import { readText, readValue, type Read } from './values.js';
import { fold } from './words.js';
import { parseRegion } from '../../columns/regions.js';
import type { CommuneTableEntry, TableInput, TableIssue, TableNotice, TablePlace, TableRowSource } from './types.js';
import type { Column, Layout } from './commune-layout.js';
import { readYear, type Chosen } from './commune-set.js';

export function firstText(r: RawRow): string {
  for (const c of r.cells) if (!isEmpty(c)) return cellText(c);
  return '';
}

export function blankNotice(sheet: string | undefined, rows: readonly number[]): TableNotice {
  const span = rows.length === 1 ? String(rows[0]) : `${rows[0]}-${rows[rows.length - 1]}`;
  return tableNotice({ ...(sheet !== undefined ? { sheet } : {}), row: rows[0]! }, 'blank-rows', 'info', { vi: `bỏ qua dòng trống ${span}`, en: `blank row(s) ${span} skipped` }, { rows: [...rows] });
}

/** Reports a cell's problem (a read that failed) in the row being read. */
type Bad = (col: Column, e: Extract<Read, { code: string }>) => void;

/** The indicator and condition values of one row, grouped as the input carries them. */
type ValueGroups = { indicators: Record<string, IndicatorValue>; conditions?: Record<string, IndicatorValue> };

/** Pass 2: one data row → an input, or its issues. */
export class RowReader {
  district: string | undefined;
  private readonly names = new Map<string, number>();
  constructor(private readonly layout: Layout, private readonly s: Chosen, private readonly sheet: string | undefined) {}

  read(r: RawRow, out: (e: CommuneTableEntry) => void): CommuneTableEntry {
    const { fixed } = this.layout;
    const shifted = this.shiftedRow(r);
    if (shifted) return shifted;
    const issues: TableIssue[] = [];
    const nameRead = fixed.name ? readText(r.cells[fixed.name.index]) : undefined;
    const name = nameRead && 'value' in nameRead ? String(nameRead.value) : undefined;
    const at = (col?: Column) => placeOf(this.sheet, r, col?.column, col?.header, name);
    const bad: Bad = (col, e) => issues.push(tableIssue(at(col), e.code, e.text, e.params));
    if (nameRead && 'code' in nameRead) bad(fixed.name!, nameRead);
    const province = this.text(r, 'province', bad);
    const district = this.text(r, 'district', bad) ?? this.district;
    let region = this.region(r, bad);
    const year = this.year(r, bad);
    const flags = this.flags(r, bad);
    const groups = this.values(r, bad);
    if (year.value === undefined && !year.bad) {
      issues.push(tableIssue(at(fixed.year), 'missing-year', { vi: 'thiếu năm đánh giá: thêm cột "năm" hoặc chọn năm (tùy chọn year, --year)', en: 'no assessment year: add a "năm"/"year" column or pass the year option (--year)' }));
    }
    if (region === undefined && this.s.set.columns === 'region' && !(fixed.region && !isEmpty(r.cells[fixed.region.index]))) {
      const guess = this.regionFromProvince(province, at, issues);
      if (guess) {
        region = guess.region;
        out({ type: 'notice', notice: guess.notice });
      }
    }
    if (name !== undefined) {
      const repeated = this.repeatedName(name, district, r.row, at);
      if (repeated) out({ type: 'notice', notice: repeated });
    }
    const source: TableRowSource = { ...(this.sheet !== undefined ? { sheet: this.sheet } : {}), row: r.row, ...(r.line !== undefined ? { line: r.line } : {}), ...(name !== undefined ? { name } : {}), ...(district !== undefined ? { district } : {}) };
    if (issues.length > 0) return { type: 'rejected', source, issues };
    const input = {
      ...(name !== undefined ? { name } : {}),
      ...(province !== undefined ? { province } : {}),
      ...(region !== undefined ? { region } : {}),
      year: year.value!,
      ...flags,
      indicators: groups.indicators,
      ...(groups.conditions ? { conditions: groups.conditions } : {}),
    } as TableInput;
    return { type: 'row', input, source };
  }

  /**
   * A CSV row with cells past the last header: a row split on a delimiter inside a name (Xã A, huyện B).
   * Its cells are shifted, so nothing else of it is read (their errors would only be noise).
   */
  private shiftedRow(r: RawRow): CommuneTableEntry | undefined {
    const width = this.layout.header.cells.length;
    if (r.line === undefined || r.cells.length <= width || !r.cells.slice(width).some((c) => !isEmpty(c))) return undefined;
    const { fixed } = this.layout;
    const name0 = fixed.name ? cellText(r.cells[fixed.name.index]) : '';
    const source = { row: r.row, line: r.line, ...(name0 !== '' ? { name: name0 } : {}), ...(this.district !== undefined ? { district: this.district } : {}) };
    return { type: 'rejected', source, issues: [tableIssue(placeOf(this.sheet, r, undefined, undefined, name0 || undefined), 'too-many-cells', { vi: `dòng có ${r.cells.length} ô, nhiều hơn ${width} cột của dòng tiêu đề: có lẽ một ô chứa dấu phân cách mà không nằm trong ngoặc kép; các ô bị lệch cột nên dòng không được đọc`, en: `the row has ${r.cells.length} cells, more than the header's ${width}: a cell probably holds the delimiter without quotes; its cells are shifted, so the row is not read` }, { cells: r.cells.length, columns: width })] };
  }

  /** The text of the province or district column, when the table has it. */
  private text(r: RawRow, key: 'province' | 'district', bad: Bad): string | undefined {
    const col = this.layout.fixed[key];
    if (!col) return undefined;
    const v = readText(r.cells[col.index]);
    if ('code' in v) bad(col, v);
    return 'value' in v ? String(v.value) : undefined;
  }

  /** The region column's code or name, when the table has it. */
  private region(r: RawRow, bad: Bad): CommuneInput['region'] | undefined {
    const col = this.layout.fixed.region;
    if (!col) return undefined;
    const v = readText(r.cells[col.index]);
    if ('code' in v) bad(col, v);
    else if ('value' in v) {
      const region = parseRegion(String(v.value));
      if (!region) bad(col, { code: 'unknown-region', text: { vi: `không rõ vùng ${quote(String(v.value))}: ghi mã TDMNPB, ĐBSH, BTB, DHNTB, TN, ĐNB, ĐBSCL hoặc tên vùng`, en: `unknown region ${quote(String(v.value))}: write TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL or the region's name` }, params: { text: String(v.value) } });
      return region;
    }
    return undefined;
  }

  /** The row's year, else the year chosen for the table; `bad` when the year cell is wrong (then no missing-year issue). */
  private year(r: RawRow, bad: Bad): { value: number | undefined; bad: boolean } {
    const col = this.layout.fixed.year;
    if (col) {
      const v = readYear(r.cells[col.index]);
      if ('code' in v) {
        bad(col, v);
        return { value: this.s.year, bad: true };
      }
      if ('value' in v) return { value: v.value as number, bad: false };
    }
    return { value: this.s.year, bad: false };
  }

  /** The yes/no columns: especially difficult commune, safe zone. */
  private flags(r: RawRow, bad: Bad): { especiallyDifficult?: boolean; safeZone?: boolean } {
    const flags: { especiallyDifficult?: boolean; safeZone?: boolean } = {};
    for (const key of ['especiallyDifficult', 'safeZone'] as const) {
      const col = this.layout.fixed[key];
      if (!col) continue;
      const v = readValue(r.cells[col.index], { type: 'boolean', style: undefined, noneAllowed: false, whole: false });
      if ('code' in v) bad(col, v);
      else if ('value' in v) flags[key] = v.value as boolean;
    }
    return flags;
  }

  /** Every value column: an indicator or condition value, or a field of a compound one. */
  private values(r: RawRow, bad: Bad): ValueGroups {
    const groups: ValueGroups = { indicators: {} };
    for (const col of this.layout.values) {
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
    return groups;
  }

  /** A row without a region: the usual region of its province, with a warning; without one, a missing-region issue. */
  private regionFromProvince(province: string | undefined, at: (col?: Column) => TablePlace, issues: TableIssue[]): { region: NonNullable<CommuneInput['region']>; notice: TableNotice } | undefined {
    const { fixed } = this.layout;
    const guess = province !== undefined ? defaultRegionOfProvince(province) : undefined;
    if (guess) {
      return { region: guess.region, notice: tableNotice(at(fixed.province), 'region-from-province', 'warning', { vi: `vùng ${guess.region} lấy theo tỉnh ${guess.province} (cách chia vùng thường dùng, chưa đối chiếu văn bản): ghi rõ cột "vùng" nếu khác`, en: `region ${guess.region} taken from the province ${guess.province} (the usual grouping, not verified against a legal text): fill the region column if it differs` }, { region: guess.region, province: guess.province }) };
    }
    issues.push(tableIssue(at(fixed.region), 'missing-region', { vi: `thiếu vùng: ghi cột "vùng" (TDMNPB, ĐBSH, BTB, DHNTB, TN, ĐNB, ĐBSCL) hoặc cột "tỉnh"${province !== undefined ? ` (không nhận ra tỉnh ${quote(province)})` : ''}`, en: `no region: fill a "vùng"/"region" column (TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL) or a "tỉnh"/"province" column${province !== undefined ? ` (province ${quote(province)} not recognised)` : ''}` }));
    return undefined;
  }

  /** A warning when the commune's name (within its district) was seen on an earlier row. */
  private repeatedName(name: string, district: string | undefined, row: number, at: (col?: Column) => TablePlace): TableNotice | undefined {
    const key = `${fold(district ?? '')}\u0000${fold(name)}`;
    const first = this.names.get(key);
    if (first === undefined) {
      this.names.set(key, row);
      return undefined;
    }
    return tableNotice(at(this.layout.fixed.name), 'duplicate-name', 'warning', { vi: `tên xã ${quote(name)} trùng với dòng ${first}${district ? ` (cùng huyện ${district})` : ''}: kiểm tra có nhập hai lần không`, en: `commune name ${quote(name)} repeats row ${first}${district ? ` (same district ${district})` : ''}: check it was not entered twice` }, { name, firstRow: first, ...(district !== undefined ? { district } : {}) });
  }
}
