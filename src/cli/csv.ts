// Spreadsheet rows → evaluation inputs. Conventions (documented in `ntm --help` and docs/huong-dan.md):
// - one row per subject, one column per indicator code ('2.1'); compound indicators take one column per
//   field, named '<code>.<field>' ('5.schools'); set conditions take 'conditions.<code>' columns;
// - fixed columns: name, province, region, year, especiallyDifficult, safeZone (Vietnamese aliases accepted);
// - a blank cell is unknown (the value is left out), never "not met"; '?' declares it unknown explicitly;
// - yes/no cells: đạt, x, có, true, 1, yes … / chưa đạt, không đạt, không, false, 0, no …;
// - numbers: '.' or ',' as the decimal mark, an optional '%' suffix, no thousands separators;
// - 'không áp dụng' / 'n/a' declares an "if any" indicator not applicable.
import { parse } from 'csv-parse/sync';
import type { CriteriaSet, Indicator } from '../index.js';

/** One converted row with where its cells came from. */
export interface CsvRow {
  /** 1-based data row number (header excluded). */
  readonly row: number;
  /** 1-based line of the file where the row starts. */
  readonly line: number;
  readonly input: Record<string, unknown>;
  /** Input key ('region', 'indicators.2.1', 'indicators.5') → column header(s). */
  readonly columns: ReadonlyMap<string, string>;
}

/** A cell or header the CSV conventions cannot read. */
export interface CsvIssue {
  readonly row?: number;
  readonly line?: number;
  readonly column?: string;
  readonly message: string;
}

const key = (s: string) => s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

type FixedKey = 'name' | 'province' | 'region' | 'year' | 'especiallyDifficult' | 'safeZone';

const FIXED: Record<string, FixedKey> = {
  name: 'name', 'tên': 'name', 'tên xã': 'name', 'tên huyện': 'name', 'tên thôn': 'name', 'xã': 'name',
  province: 'province', 'tỉnh': 'province',
  region: 'region', 'vùng': 'region',
  year: 'year', 'năm': 'year', 'năm đánh giá': 'year',
  especiallydifficult: 'especiallyDifficult', 'xã đặc biệt khó khăn': 'especiallyDifficult', 'đbkk': 'especiallyDifficult',
  safezone: 'safeZone', 'xã an toàn khu': 'safeZone', 'atk': 'safeZone',
};

const YES = new Set(['đạt', 'dat', 'x', 'có', 'co', 'true', '1', 'yes', 'y', 'met']);
const NO = new Set(['chưa đạt', 'chua dat', 'không đạt', 'khong dat', 'không', 'khong', 'false', '0', 'no', 'n', 'not met']);
const UNKNOWN = new Set(['?', 'chưa xác định', 'chua xac dinh', 'null', 'unknown']);
const NOT_APPLICABLE = new Set(['không áp dụng', 'khong ap dung', 'n/a', 'na', 'not applicable', 'kad']);

/** Reads a yes/no cell; `undefined` when it is not one. */
export function parseYesNo(cell: string): boolean | undefined {
  const k = key(cell);
  return YES.has(k) ? true : NO.has(k) ? false : undefined;
}

/** Reads a number cell ('98', '98,5', '98.5%'); `undefined` when it is not a plain number. */
export function parseNumber(cell: string): number | undefined {
  let s = cell.trim().replace(/\s*%$/, '');
  if (/^-?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return undefined;
  return Number(s);
}

type FieldType = 'boolean' | 'count' | 'number';

function typeOfKind(ind: Indicator): FieldType {
  return ind.kind === 'boolean' ? 'boolean' : ind.kind === 'none-allowed' || ind.kind === 'min-count' ? 'count' : 'number';
}

function convert(cell: string, type: FieldType): { value: unknown } | { error: string } {
  if (type === 'boolean') {
    const b = parseYesNo(cell);
    return b === undefined ? { error: `expected đạt/x/có/true/1 or chưa đạt/không/false/0, got "${cell}"` } : { value: b };
  }
  const n = parseNumber(cell);
  if (n === undefined) return { error: `expected a number (decimal mark '.' or ','), got "${cell}"` };
  if (type === 'count' && !Number.isInteger(n)) return { error: `expected a whole number, got "${cell}"` };
  return { value: n };
}

interface Column {
  readonly header: string;
  readonly target:
    | { readonly fixed: FixedKey }
    | { readonly group: 'indicators' | 'conditions'; readonly indicator: Indicator; readonly field?: { key: string; type: FieldType } };
}

function resolveColumns(headers: readonly string[], set: CriteriaSet, issues: CsvIssue[]): (Column | undefined)[] {
  const indicators = new Map<string, Indicator>();
  for (const c of set.criteria) for (const i of c.indicators) indicators.set(i.code, i);
  const conditions = new Map<string, Indicator>((set.conditions ?? []).map((i) => [i.code, i]));
  const seen = new Set<string>();
  return headers.map((raw) => {
    const header = raw.normalize('NFC').trim();
    if (header === '') return undefined;
    if (seen.has(header)) {
      issues.push({ column: header, message: 'duplicate column' });
      return undefined;
    }
    seen.add(header);
    const fixed = Object.hasOwn(FIXED, key(header)) ? FIXED[key(header)] : undefined; // not "constructor" of Object.prototype
    if (fixed) return { header, target: { fixed } };
    let group: 'indicators' | 'conditions' = 'indicators';
    let rest = header;
    let known = indicators;
    if (rest.startsWith('conditions.')) {
      group = 'conditions';
      rest = rest.slice('conditions.'.length);
      known = conditions;
    }
    const direct = known.get(rest);
    if (direct) {
      if (direct.kind === 'compound') {
        issues.push({ column: header, message: `indicator "${rest}" has several fields: use the columns ${(direct.fields ?? []).map((f) => `"${rest}.${f.key}"`).join(', ')}` });
        return undefined;
      }
      return { header, target: { group, indicator: direct } };
    }
    const dot = rest.lastIndexOf('.');
    const parent = dot > 0 ? known.get(rest.slice(0, dot)) : undefined;
    const field = parent?.fields?.find((f) => f.key === rest.slice(dot + 1));
    if (parent && field) {
      const type: FieldType = field.type === 'boolean' ? 'boolean' : field.type === 'count' ? 'count' : 'number';
      return { header, target: { group, indicator: parent, field: { key: field.key, type } } };
    }
    issues.push({ column: header, message: `not a column of "${set.id}": expected name, province, region, year, especiallyDifficult, safeZone, an indicator code (e.g. "2.1") or "<code>.<field>" for compound indicators` });
    return undefined;
  });
}

/** At most this many issues are listed (a file with 100,000 unknown columns printed 21 MB); a last one says how many more. */
export const MAX_CSV_ISSUES = 100;

function capIssues(issues: CsvIssue[]): CsvIssue[] {
  if (issues.length <= MAX_CSV_ISSUES) return issues;
  return [...issues.slice(0, MAX_CSV_ISSUES), { message: `… and ${issues.length - MAX_CSV_ISSUES} more problems` }];
}

/**
 * Converts CSV text into evaluation inputs for a set. Returns the rows it
 * could read and the issues (cells or headers it could not); a row with an
 * issue is left out.
 */
export function communesFromCsv(text: string, set: CriteriaSet): { rows: CsvRow[]; issues: CsvIssue[] } {
  const issues: CsvIssue[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, delimiter: [',', ';', '\t'], skip_empty_lines: true, relax_quotes: false, info: true }) as unknown as typeof records;
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    return { rows: [], issues: [{ ...(e.lines !== undefined ? { line: e.lines } : {}), message: `cannot parse CSV: ${e.message ?? String(error)}` }] };
  }
  const [head, ...body] = records;
  if (!head) return { rows: [], issues: [{ message: 'the file is empty: expected a header row and one row per commune' }] };
  const columns = resolveColumns(head.record, set, issues);
  const rows: CsvRow[] = [];
  body.forEach(({ record, info }, n) => {
    const row = n + 1;
    const line = info.lines;
    const input: Record<string, unknown> = { indicators: {} };
    const where = new Map<string, string>();
    const compound = new Map<string, Record<string, unknown>>();
    let bad = false;
    record.forEach((rawCell, c) => {
      const col = columns[c];
      const cell = rawCell.normalize('NFC').trim();
      if (!col || cell === '') return; // blank = unknown: leave the value out
      const fail = (message: string) => {
        issues.push({ row, line, column: col.header, message });
        bad = true;
      };
      const t = col.target;
      if ('fixed' in t) {
        where.set(t.fixed, col.header);
        if (t.fixed === 'year') {
          const y = parseNumber(cell);
          if (y === undefined || !Number.isInteger(y)) fail(`expected a year, got "${cell}"`);
          else input.year = y;
        } else if (t.fixed === 'especiallyDifficult' || t.fixed === 'safeZone') {
          const b = parseYesNo(cell);
          if (b === undefined) fail(`expected có/x/true/1 or không/false/0, got "${cell}"`);
          else input[t.fixed] = b;
        } else {
          input[t.fixed] = t.fixed === 'region' ? cell.toUpperCase() : cell;
        }
        return;
      }
      const code = t.indicator.code;
      const path = `${t.group}.${code}`;
      where.set(path, where.has(path) ? `${where.get(path)}, ${col.header}` : col.header);
      const values = (input[t.group] ??= {}) as Record<string, unknown>;
      const k = key(cell);
      if (t.field) {
        const r = convert(cell, t.field.type);
        if ('error' in r) return fail(r.error);
        let obj = compound.get(path);
        if (!obj) {
          obj = {};
          compound.set(path, obj);
          values[code] = obj;
        }
        obj[t.field.key] = r.value;
        return;
      }
      if (UNKNOWN.has(k)) values[code] = null;
      else if (NOT_APPLICABLE.has(k)) values[code] = 'not-applicable';
      else {
        const r = convert(cell, typeOfKind(t.indicator));
        if ('error' in r) return fail(r.error);
        values[code] = r.value;
      }
    });
    if (!bad) rows.push({ row, line, input, columns: where });
  });
  return { rows, issues: capIssues(issues) };
}
