// Rule data: how an indicator is judged, and the dated, cited values of its thresholds.
import type { LocalizedText } from '../../_lib/text.js';
import type { ThresholdColumn } from '../../columns/column.js';
import type { Citation, Provenance } from '../../legal/citation.js';

/**
 * How an indicator is judged.
 * - `boolean`: "Đạt": the input is `true` when the requirement is met.
 * - `none-allowed`: "Không": the input is a count that must be 0 (e.g. temporary houses).
 * - `min-percent` / `max-percent`: the input is a percentage 0-100, at least / at most the threshold.
 * - `min-value` / `max-value`: the input is a non-negative amount in the indicator's unit (income, m²/person).
 * - `min-count`: the input is a whole number, at least the threshold (e.g. ≥ 1 project).
 * - `compound`: the input is an object of named fields; the threshold is a rule over them.
 *
 * @example
 * ```ts
 * import { getCriteriaSet, type IndicatorKind } from 'ntm-rules';
 * const kinds: IndicatorKind[] = getCriteriaSet('commune', { asOf: '2024-06-30' }).criteria.flatMap((c) => c.indicators.map((i) => i.kind));
 * ```
 */
export type IndicatorKind =
  | 'boolean'
  | 'none-allowed'
  | 'min-percent'
  | 'max-percent'
  | 'min-value'
  | 'max-value'
  | 'min-count'
  | 'compound';

/**
 * An operand of a compound rule: a field of the input, a constant, or one field as a percentage of another.
 *
 * @example
 * ```ts
 * import type { Operand } from 'ntm-rules';
 * const share: Operand = { percentOf: ['atLevel1', 'schools'] };
 * ```
 */
export type Operand =
  | { readonly field: string }
  | { readonly const: number | boolean }
  | { readonly percentOf: readonly [numerator: string, denominator: string] };

/**
 * Comparison operators of compound rules.
 *
 * @example
 * ```ts
 * import type { ComparisonOperator } from 'ntm-rules';
 * const op: ComparisonOperator = '>=';
 * ```
 */
export type ComparisonOperator = '>=' | '>' | '<=' | '<' | '==';

/**
 * A condition of a compound rule.
 *
 * @example
 * ```ts
 * import type { Condition } from 'ntm-rules';
 * const atLeast70: Condition = { compare: [{ percentOf: ['atLevel1', 'schools'] }, '>=', { const: 70 }] };
 * ```
 */
export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly if: Condition; readonly then: Condition; readonly else: Condition }
  | { readonly compare: readonly [Operand, ComparisonOperator, Operand]; readonly label?: LocalizedText };

/**
 * The pass rule of a threshold, discriminated by the indicator's kind.
 *
 * @example
 * ```ts
 * import type { Rule } from 'ntm-rules';
 * const rule: Rule = { kind: 'min-percent', min: 98 };
 * ```
 */
export type Rule =
  | { readonly kind: 'boolean' }
  | { readonly kind: 'none-allowed' }
  | { readonly kind: 'min-percent'; readonly min: number }
  | { readonly kind: 'max-percent'; readonly max: number }
  | { readonly kind: 'min-value'; readonly min: number }
  | { readonly kind: 'max-value'; readonly max: number }
  | { readonly kind: 'min-count'; readonly min: number }
  | { readonly kind: 'compound'; readonly rule: Condition };

/**
 * A disagreement between sources about a value (legal notes §12): the value
 * encoded is the best source's; the others are attached so a reader can weigh them.
 *
 * @example
 * ```ts
 * import type { SourceConflict } from 'ntm-rules';
 * const c: SourceConflict = { code: 'C1', note: '10% (Q&A quoting QĐ 320) vs 50% (a 2024 review)', citations: [{ instrument: 'QD-320-2022' }, { instrument: 'a 2024 review' }] };
 * ```
 */
export interface SourceConflict {
  /** The conflict's id in the legal notes, e.g. `'C1'`. */
  readonly code: string;
  readonly note: string;
  /** Every source in the dispute, the encoded one first. */
  readonly citations: readonly Citation[];
}

/**
 * One dated, cited value of a threshold. A threshold is a list of these; an
 * amendment adds a value with a later `validFrom`, it never edits an old one.
 *
 * @example
 * ```ts
 * import type { Threshold } from 'ntm-rules';
 * const t: Threshold = { columns: ['TDMNPB'], validFrom: '2022-03-08', rule: { kind: 'min-percent', min: 70 }, citation: { instrument: 'QĐ …/QĐ-UBND (example)' }, provenance: 'secondary' };
 * ```
 */
export interface Threshold {
  /** The threshold columns (regions or commune groups) this value applies to, or `'all'`. */
  readonly columns: readonly ThresholdColumn[] | 'all';
  /** First day in force (ISO date, inclusive). */
  readonly validFrom: string;
  /** Last day in force (ISO date, inclusive); open-ended when absent. */
  readonly validUntil?: string;
  /** Assessment years this value is for (income tables vary by year); all years when absent. */
  readonly years?: readonly number[];
  readonly rule: Rule;
  readonly citation: Citation;
  readonly provenance: Provenance;
  readonly note?: string;
  /** Set when sources disagree on this value (it is then disputed). */
  readonly conflict?: SourceConflict;
}

/**
 * A field of a compound indicator's input.
 *
 * @example
 * ```ts
 * import type { CompoundField } from 'ntm-rules';
 * const f: CompoundField = { key: 'atLevel1', type: 'count', notGreaterThan: 'schools', label: { vi: 'số trường đạt mức độ 1', en: 'schools at level 1' } };
 * ```
 */
export interface CompoundField {
  readonly key: string;
  readonly type: 'count' | 'percent' | 'number' | 'boolean';
  readonly label: LocalizedText;
  /** The field may not exceed this other field (e.g. schools at level 1 ≤ schools). */
  readonly notGreaterThan?: string;
  /** Smallest allowed value for numbers (counts default to 0). */
  readonly min?: number;
}
