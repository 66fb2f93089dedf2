// The shape of a threshold table for one criteria set, shared by the template writer and the
// reader: its rows in the annex's order (groups, criteria, indicators, the parts of compound
// indicators, income rows per year), its threshold columns, and what the package already holds
// for each cell, in the same terms a filled cell is read into (so a pre-filled cell can be
// recognised when it comes back unchanged).
import type { LocalizedText } from '../../_lib/text.js';
import { COLUMNS_OF_SCHEME, type ThresholdColumn } from '../../columns/column.js';
import type { CompoundField, ComparisonOperator, Condition, CriteriaSet, Criterion, Indicator, Rule, Threshold } from '../../engine/types/index.js';
import type { Provenance } from '../../legal/citation.js';

/** A column of the table that holds thresholds: the general column or one threshold column of the set. */
export type ValueColumn = 'all' | ThresholdColumn;

/** How a part of a compound indicator is compared. */
export type PartType = 'share' | 'percent' | 'count' | 'number' | 'boolean';

/**
 * One part of a compound indicator: a field the rule compares. A count field that may not exceed
 * another (`atLevel1` ≤ `schools`) is compared as a share of it (`≥ 70%` of the schools); the
 * field it is a share of is the denominator and has no row of its own.
 */
export interface PartSpec {
  readonly field: CompoundField;
  readonly type: PartType;
  readonly denominator?: CompoundField;
}

/** A row of the table. */
export type ModelRow =
  | { readonly kind: 'group'; readonly code: string; readonly name: LocalizedText }
  | { readonly kind: 'criterion'; readonly code: string; readonly criterion: Criterion }
  | { readonly kind: 'conditions' }
  | { readonly kind: 'indicator'; readonly code: string; readonly indicator: Indicator; readonly year?: number }
  | { readonly kind: 'compound'; readonly code: string; readonly indicator: Indicator; readonly year?: number }
  | { readonly kind: 'part'; readonly code: string; readonly indicator: Indicator; readonly part: PartSpec; readonly year?: number };

/**
 * What a threshold cell says: a rule of a simple indicator; one part's comparison (`value: true`
 * for "Đạt" on a yes/no part); that the decision sets no requirement on a part; or (compound
 * heading rows, package cells only) a rule the cells cannot express.
 */
export type Meaning =
  | { readonly t: 'rule'; readonly rule: Rule }
  | { readonly t: 'part'; readonly op: ComparisonOperator; readonly value: number | true }
  | { readonly t: 'no-requirement' }
  | { readonly t: 'json-only' };

/** A cell the package can fill: its meaning and the threshold it comes from. */
export interface PackageCell {
  readonly meaning: Meaning;
  readonly threshold: Threshold;
  readonly provenance: Provenance;
}

const INCOME_UNIT = 'million-vnd/person/year';

/** The threshold columns of a set's table, the general column first. */
export function valueColumns(set: CriteriaSet): readonly ValueColumn[] {
  return ['all', ...COLUMNS_OF_SCHEME[set.columns]];
}

/** The parts of a compound indicator: its fields, less those that are only the denominator of another. */
export function partsOf(indicator: Indicator): readonly PartSpec[] {
  const fields = indicator.fields ?? [];
  const denominators = new Set(fields.map((f) => f.notGreaterThan).filter((k): k is string => k !== undefined));
  const out: PartSpec[] = [];
  for (const f of fields) {
    if (denominators.has(f.key)) continue;
    const denominator = f.type === 'count' && f.notGreaterThan !== undefined ? fields.find((d) => d.key === f.notGreaterThan) : undefined;
    if (denominator) out.push({ field: f, type: 'share', denominator });
    else out.push({ field: f, type: f.type === 'boolean' ? 'boolean' : f.type });
  }
  return out;
}

/** Years that get one row each: the income indicator's table varies by assessment year. */
function yearsOf(set: CriteriaSet, indicator: Indicator): readonly (number | undefined)[] {
  if (indicator.unit !== INCOME_UNIT) return [undefined];
  const years: number[] = [];
  for (let y = set.period.fromYear; y <= set.period.toYear; y++) years.push(y);
  return years;
}

function indicatorRows(set: CriteriaSet, indicator: Indicator, out: ModelRow[]): void {
  for (const year of yearsOf(set, indicator)) {
    const y = year !== undefined ? { year } : {};
    if (indicator.kind !== 'compound') {
      out.push({ kind: 'indicator', code: indicator.code, indicator, ...y });
      continue;
    }
    out.push({ kind: 'compound', code: indicator.code, indicator, ...y });
    for (const part of partsOf(indicator)) out.push({ kind: 'part', code: `${indicator.code}.${part.field.key}`, indicator, part, ...y });
  }
}

/** The rows of a set's table in the order of its annex. */
export function modelRows(set: CriteriaSet): readonly ModelRow[] {
  const rows: ModelRow[] = [];
  const groups = new Map((set.groups ?? []).map((g) => [g.code, g]));
  let group: string | undefined;
  for (const c of set.criteria) {
    if (c.group !== undefined && c.group !== group && groups.has(c.group)) rows.push({ kind: 'group', code: c.group, name: groups.get(c.group)!.name });
    group = c.group;
    // A criterion with one indicator of its own code (5, 7, 10…) is that indicator's row.
    const single = c.indicators.length === 1 && c.indicators[0]!.code === c.code;
    if (!single) rows.push({ kind: 'criterion', code: c.code, criterion: c });
    for (const i of c.indicators) indicatorRows(set, i, rows);
  }
  if ((set.conditions ?? []).length > 0) {
    rows.push({ kind: 'conditions' });
    for (const i of set.conditions!) indicatorRows(set, i, rows);
  }
  return rows;
}

/** Every indicator and condition of a set by code (indicators first, as overlays resolve codes). */
export function indicatorsByCode(set: CriteriaSet): ReadonlyMap<string, Indicator> {
  const map = new Map<string, Indicator>();
  for (const i of set.conditions ?? []) map.set(i.code, i);
  for (const c of set.criteria) for (const i of c.indicators) map.set(i.code, i);
  return map;
}

// --- What the package holds for a cell -------------------------------------------------

/** The package's value for a row's indicator in a column: the latest in force during the set version. */
export function packageThreshold(set: CriteriaSet, indicator: Indicator, column: ValueColumn, year: number | undefined): Threshold | undefined {
  let best: Threshold | undefined;
  for (const t of indicator.thresholds) {
    if (set.validUntil !== undefined && t.validFrom > set.validUntil) continue;
    if (t.validUntil !== undefined && t.validUntil < set.validFrom) continue;
    if (column === 'all' ? t.columns !== 'all' : t.columns === 'all' || !t.columns.includes(column)) continue;
    if (year === undefined ? t.years !== undefined : t.years === undefined || !t.years.includes(year)) continue;
    if (best === undefined || t.validFrom > best.validFrom) best = t;
  }
  return best;
}

type PartMeanings = ReadonlyMap<string, Meaning>;

/** A percent-like comparison with 100: `≥ 100%` and `= 100%` say the same. */
export function normalisedPart(type: PartType, op: ComparisonOperator, value: number): Meaning {
  if ((type === 'share' || type === 'percent') && value === 100 && (op === '==' || op === '>=')) return { t: 'part', op: '>=', value: 100 };
  return { t: 'part', op, value };
}

/** One comparison of a compound rule as a part's meaning, or undefined when it is not one. */
function leafMeaning(c: Extract<Condition, { compare: unknown }>, parts: readonly PartSpec[]): [string, Meaning] | undefined {
  const [l, op, r] = c.compare;
  if ('field' in l) {
    const part = parts.find((p) => p.field.key === l.field);
    if (!part) return undefined;
    if ('field' in r) {
      // `atLevel1 == schools`: all of them, 100% of the denominator.
      return part.type === 'share' && op === '==' && r.field === part.denominator!.key ? [part.field.key, normalisedPart('share', '>=', 100)] : undefined;
    }
    if (!('const' in r) || part.type === 'share') return undefined;
    if (part.type === 'boolean') return r.const === true && op === '==' ? [part.field.key, { t: 'part', op: '==', value: true }] : undefined;
    return typeof r.const === 'number' ? [part.field.key, normalisedPart(part.type, op, r.const)] : undefined;
  }
  if ('percentOf' in l && 'const' in r && typeof r.const === 'number') {
    const part = parts.find((p) => p.field.key === l.percentOf[0]);
    if (part?.type !== 'share' || l.percentOf[1] !== part.denominator!.key) return undefined;
    return [part.field.key, normalisedPart('share', op, r.const)];
  }
  return undefined;
}

/**
 * A compound rule as one meaning per part, when it is a conjunction of comparisons of distinct
 * parts with constants (parts it does not name: no requirement); undefined otherwise (a rule with
 * "if … then …" or "any of" can be written in overlay JSON only).
 */
export function decompose(condition: Condition, parts: readonly PartSpec[]): PartMeanings | undefined {
  const leaves: Extract<Condition, { compare: unknown }>[] = [];
  const walk = (c: Condition): boolean => {
    if ('compare' in c) {
      leaves.push(c);
      return true;
    }
    if ('all' in c) return c.all.every(walk);
    return false;
  };
  if (!walk(condition)) return undefined;
  const out = new Map<string, Meaning>();
  for (const leaf of leaves) {
    const m = leafMeaning(leaf, parts);
    if (!m || out.has(m[0])) return undefined;
    out.set(m[0], m[1]);
  }
  for (const p of parts) if (!out.has(p.field.key)) out.set(p.field.key, { t: 'no-requirement' });
  return out;
}

/** The package's value for a cell of the table, in the terms a filled cell is read into. */
export function packageCell(set: CriteriaSet, row: ModelRow, column: ValueColumn): PackageCell | undefined {
  if (row.kind !== 'indicator' && row.kind !== 'compound' && row.kind !== 'part') return undefined;
  const t = packageThreshold(set, row.indicator, column, row.year);
  if (!t || t.rule.kind !== row.indicator.kind) return undefined;
  const base = { threshold: t, provenance: t.provenance };
  if (row.kind === 'indicator') return { meaning: { t: 'rule', rule: t.rule }, ...base };
  if (t.rule.kind !== 'compound') return undefined;
  const parts = decompose(t.rule.rule, partsOf(row.indicator));
  if (row.kind === 'compound') return parts ? undefined : { meaning: { t: 'json-only' }, ...base };
  const m = parts?.get(row.part.field.key);
  return m ? { meaning: m, ...base } : undefined;
}

/** The condition a part's meaning stands for. */
export function partCondition(part: PartSpec, m: Extract<Meaning, { t: 'part' }>, label: LocalizedText): Condition {
  const key = part.field.key;
  if (m.value === true) return { compare: [{ field: key }, '==', { const: true }], label };
  if (part.type === 'share') {
    const d = part.denominator!.key;
    // All of them: compared without a division, as the sets write it (a count of 0 is then all too).
    if (m.value === 100 && m.op === '>=') return { compare: [{ field: key }, '==', { field: d }], label };
    return { compare: [{ percentOf: [key, d] }, m.op, { const: m.value }], label };
  }
  return { compare: [{ field: key }, m.op, { const: m.value }], label };
}

/** Two meanings say the same. */
export function sameMeaning(a: Meaning, b: Meaning): boolean {
  if (a.t === 'rule' && b.t === 'rule') {
    const x = a.rule as { kind: string; min?: number; max?: number };
    const y = b.rule as { kind: string; min?: number; max?: number };
    return x.kind === y.kind && x.min === y.min && x.max === y.max && x.kind !== 'compound';
  }
  if (a.t === 'part' && b.t === 'part') return a.op === b.op && a.value === b.value;
  return a.t === b.t && a.t !== 'rule' && a.t !== 'part';
}
