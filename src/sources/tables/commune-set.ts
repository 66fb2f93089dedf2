// The options of readCommuneTable and the criteria set its columns are read against.
import { toIsoDay } from '../../_lib/dates.js';
import { readOptions } from '../../_lib/options.js';
import { invalidInput, issue, type IssueInit } from '../../errors.js';
import type { CriteriaSet, CriteriaSetKind, Indicator } from '../../engine/types/index.js';
import { getCriteriaSet, listCriteriaSets } from '../../sets/registry.js';
import { cellText, type Cell } from './cells.js';
import type { Delimiter } from './dialect.js';
import { openGrid, safeRows } from './grid.js';
import { classifyHeaderCell, codesOf, headerScore, type SetCodes } from './headers.js';
import { quote, tableIssue } from './issues.js';
import { readNumberText } from './numbers.js';
import { type Read } from './values.js';
import { fold, yesNo } from './words.js';
import type { NumberStyle, TableIssue } from './types.js';
import { fileOptions } from './options.js';
import { textColumns } from './commune-layout.js';

/** How far down the header may be (title rows above it are skipped). */
export const MAX_TITLE_ROWS = 50;

const OPTION_KEYS = ['format', 'sheet', 'numberStyle', 'delimiter', 'kind', 'asOf', 'province', 'set', 'year'] as const;

export interface Settings {
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
export type Chosen = Settings & { readonly set: CriteriaSet };


export function settings(options: unknown): Settings {
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
export async function chooseSet(data: string | Uint8Array, s: Settings): Promise<Chosen | TableIssue> {
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

export function readYear(cell: Cell): Read {
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
