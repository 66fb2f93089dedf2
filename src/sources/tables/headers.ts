// Column headers → what each column fills. Aliases are compared folded (no case, no diacritics).
// A column for a commune group (nhóm xã 1/2/3, 2026-2030) would be one more FixedKey; a
// criterion-level assessment (TC3 = đạt) one more Target kind, where 'criterion-column' is today.
import type { CompoundField, CriteriaSet, Indicator } from '../../engine/types/index.js';
import { cellText, type Cell } from './cells.js';
import { fold } from './words.js';

/** The fixed columns of a commune table. `district` is read for places and duplicate names, not for the input. */
export type FixedKey = 'name' | 'province' | 'district' | 'region' | 'year' | 'especiallyDifficult' | 'safeZone';

const FIXED = new Map<string, FixedKey>([
  ...(['name', 'ten', 'ten xa', 'xa', 'ten don vi', 'commune', 'commune name', 'ten xa, phuong, thi tran', 'ten thon', 'ten thon, ban', 'thon, ban'] as const).map((k) => [k, 'name'] as const),
  ...(['province', 'tinh', 'ten tinh', 'tinh, thanh pho', 'tinh/thanh pho'] as const).map((k) => [k, 'province'] as const),
  ...(['district', 'huyen', 'ten huyen', 'quan, huyen', 'quan/huyen', 'huyen, thi xa, thanh pho', 'huyen/thi xa/thanh pho', 'don vi hanh chinh cap huyen'] as const).map((k) => [k, 'district'] as const),
  ...(['region', 'vung', 'vung kinh te - xa hoi', 'vung kinh te xa hoi'] as const).map((k) => [k, 'region'] as const),
  ...(['year', 'nam', 'nam danh gia'] as const).map((k) => [k, 'year'] as const),
  ...(['especiallydifficult', 'xa dac biet kho khan', 'xa dbkk', 'dbkk', 'dac biet kho khan'] as const).map((k) => [k, 'especiallyDifficult'] as const),
  ...(['safezone', 'xa an toan khu', 'xa atk', 'atk', 'an toan khu'] as const).map((k) => [k, 'safeZone'] as const),
]);

/** The type a value column's cells are read as. */
export type ValueType = 'boolean' | 'count' | 'percent' | 'number';

/** What one column fills. */
export type Target =
  | { readonly kind: 'fixed'; readonly key: FixedKey }
  | {
      readonly kind: 'value';
      readonly group: 'indicators' | 'conditions';
      readonly indicator: Indicator;
      readonly field?: CompoundField;
      readonly type: ValueType;
      /** "Không" (none) is 0 and "đạt" is 0 too: the indicator counts what must not exist. */
      readonly noneAllowed: boolean;
    }
  | { readonly kind: 'skip'; readonly why: 'bookkeeping' | 'criterion' | 'empty' }
  | { readonly kind: 'error'; readonly code: string; readonly params: Readonly<Record<string, string>> };

function typeOfIndicator(i: Indicator): ValueType {
  switch (i.kind) {
    case 'boolean': return 'boolean';
    case 'none-allowed': case 'min-count': return 'count';
    case 'min-percent': case 'max-percent': return 'percent';
    default: return 'number';
  }
}

function typeOfField(f: CompoundField): ValueType {
  return f.type === 'boolean' ? 'boolean' : f.type === 'count' ? 'count' : f.type === 'percent' ? 'percent' : 'number';
}

/** The codes a set's columns may name. */
export interface SetCodes {
  readonly indicators: ReadonlyMap<string, Indicator>;
  readonly conditions: ReadonlyMap<string, Indicator>;
  readonly criteria: ReadonlySet<string>;
}

export function codesOf(set: CriteriaSet): SetCodes {
  const indicators = new Map<string, Indicator>();
  for (const c of set.criteria) for (const i of c.indicators) indicators.set(i.code, i);
  return { indicators, conditions: new Map((set.conditions ?? []).map((i) => [i.code, i])), criteria: new Set(set.criteria.map((c) => c.code)) };
}

const CODE = /^\d+(\.\d+)*$/;
const CODE_WITH_LABEL = /^(\d+(?:\.\d+)*)(?:[.:)]|\s*[-–])?\s+\S/;
const CRITERION = /^(?:tc|tieu chi|tieu chi so)\s*(\d+)\b/;

function valueTarget(group: 'indicators' | 'conditions', indicator: Indicator, field?: CompoundField): Target {
  return { kind: 'value', group, indicator, ...(field ? { field } : {}), type: field ? typeOfField(field) : typeOfIndicator(indicator), noneAllowed: !field && indicator.kind === 'none-allowed' };
}

/** What a header names, as written in a text cell. */
export function classifyHeader(header: string, codes: SetCodes): Target {
  if (header === '') return { kind: 'skip', why: 'empty' };
  const folded = fold(header).replace(/\s*[:*]+$/, '');
  const fixed = FIXED.get(folded);
  if (fixed) return { kind: 'fixed', key: fixed };
  let rest = header.replace(/\s+/g, '');
  let known = codes.indicators;
  let group: 'indicators' | 'conditions' = 'indicators';
  if (rest.startsWith('conditions.')) {
    rest = rest.slice('conditions.'.length);
    known = codes.conditions;
    group = 'conditions';
    const c = known.get(rest);
    if (c) return c.kind === 'compound' ? compoundError(header, c) : valueTarget(group, c);
  }
  const direct = known.get(rest);
  if (direct) return direct.kind === 'compound' ? compoundError(header, direct) : valueTarget(group, direct);
  // "<code>.<field>" for compound indicators: '5.schools', '14.1.grade1EntryPercent'.
  const dot = rest.lastIndexOf('.');
  if (dot > 0) {
    const parent = known.get(rest.slice(0, dot));
    const field = parent?.fields?.find((f) => f.key === rest.slice(dot + 1));
    if (parent && field) return valueTarget(group, parent, field);
    if (parent?.fields) return { kind: 'error', code: 'unknown-field', params: { header, code: parent.code, fields: parent.fields.map((f) => `${parent.code}.${f.key}`).join(', ') } };
  }
  if (group === 'conditions') return { kind: 'error', code: 'unknown-condition', params: { header, code: rest } };
  if (CODE.test(rest)) {
    if (codes.criteria.has(rest)) return { kind: 'skip', why: 'criterion' };
    return { kind: 'error', code: 'unknown-indicator', params: { header, code: rest } };
  }
  const labelled = CODE_WITH_LABEL.exec(header.trim());
  if (labelled) {
    const code = labelled[1]!;
    const ind = codes.indicators.get(code);
    if (ind) return ind.kind === 'compound' ? compoundError(header, ind) : valueTarget('indicators', ind);
    if (codes.criteria.has(code)) return { kind: 'skip', why: 'criterion' };
    return { kind: 'error', code: 'unknown-indicator', params: { header, code } };
  }
  if (CRITERION.test(folded)) return { kind: 'skip', why: 'criterion' };
  return { kind: 'skip', why: 'bookkeeping' };
}

function compoundError(header: string, i: Indicator): Target {
  return { kind: 'error', code: 'compound-needs-fields', params: { header, code: i.code, fields: (i.fields ?? []).map((f) => `${i.code}.${f.key}`).join(', ') } };
}

/**
 * What a header cell names. A number typed as a header ('17.1' entered as a number) is read as
 * its code, unless it could also be another code ('17.10' shows as 17.1): then it is an error.
 */
export function classifyHeaderCell(cell: Cell, codes: SetCodes): { header: string; target: Target } {
  if (cell !== undefined && typeof cell !== 'string') {
    if (cell.t === 'n') {
      const s = String(cell.v);
      const candidates = [s, ...(s.includes('.') ? [`${s}0`] : [`${s}.0`])].filter((c) => codes.indicators.has(c) || codes.criteria.has(c));
      if (candidates.length > 1) return { header: s, target: { kind: 'error', code: 'numeric-header', params: { header: s, codes: candidates.join(', ') } } };
      return { header: s, target: classifyHeader(candidates[0] ?? s, codes) };
    }
    if (cell.t === 'd') return { header: cell.v, target: { kind: 'error', code: 'date-header', params: { header: cell.v } } };
  }
  const header = cellText(cell);
  return { header, target: classifyHeader(header, codes) };
}

/** How strongly a row looks like the header: the number of columns it recognises, 0 unless it names at least one indicator-like column and a fixed column or two indicator-like columns. */
export function headerScore(cells: readonly Cell[], codes: SetCodes): number {
  let fixed = 0;
  let values = 0;
  for (const c of cells) {
    const { target } = classifyHeaderCell(c, codes);
    if (target.kind === 'fixed') fixed++;
    // A code the set does not know still marks the header row (it is then reported, not skipped as a title).
    else if (target.kind === 'value' || target.kind === 'error') values++;
  }
  return values >= 1 && (fixed >= 1 || values >= 2) ? fixed + values : 0;
}
