import type { LocalizedText } from '../_lib/text.js';
import type { Citation, NameStatus, Provenance } from '../legal/citation.js';
import type { Region } from '../regions/regions.js';

export type { LocalizedText } from '../_lib/text.js';

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
 * const kinds: IndicatorKind[] = getCriteriaSet('commune').criteria.flatMap((c) => c.indicators.map((i) => i.kind));
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
 * const c: SourceConflict = { code: 'C1', note: '10% (Q&A quoting QĐ 320) vs 50% (a 2024 review)', citations: [{ instrument: 'QD-320-2022' }] };
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
 * const t: Threshold = { regions: ['TDMNPB'], validFrom: '2022-03-08', rule: { kind: 'min-percent', min: 70 }, citation: { instrument: 'QĐ …/QĐ-UBND (example)' }, provenance: 'secondary' };
 * ```
 */
export interface Threshold {
  /** The region columns this value applies to. */
  readonly regions: readonly Region[] | 'all';
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

/**
 * An indicator (chỉ tiêu) of a criterion, or a condition of a set.
 *
 * @example
 * ```ts
 * import { getCriteriaSet, type Indicator } from 'ntm-rules';
 * const edu: Indicator | undefined = getCriteriaSet('commune').criteria[13]?.indicators[0];
 * edu?.code; // '14.1'
 * ```
 */
export interface Indicator {
  /** Code as in the legal text: '2.1', '17.4', or the criterion code for single-indicator criteria. */
  readonly code: string;
  readonly name: LocalizedText;
  /** How the wording of the name is known. */
  readonly nameStatus: NameStatus;
  readonly kind: IndicatorKind;
  /** Unit of the input value: 'boolean', 'percent', 'count', 'million-vnd/person/year', 'm2/person', 'compound'. */
  readonly unit: string;
  /** Fields of a compound input. */
  readonly fields?: readonly CompoundField[];
  /** The dated, cited values; empty when no value could be sourced. */
  readonly thresholds: readonly Threshold[];
  /** Where the indicator is defined. */
  readonly citation: Citation;
  /** Why no threshold is encoded (shown in `unknown` results), when `thresholds` has none for a case. */
  readonly missingThreshold?: LocalizedText;
  /** "(nếu có)": the indicator may be declared not applicable. */
  readonly ifAny?: boolean;
  readonly note?: string;
}

/**
 * A criterion (tiêu chí): met when all its indicators are met.
 *
 * @example
 * ```ts
 * import { getCriteriaSet, type Criterion } from 'ntm-rules';
 * const schools: Criterion | undefined = getCriteriaSet('commune').criteria[4];
 * schools?.name.vi; // 'Trường học'
 * ```
 */
export interface Criterion {
  readonly code: string;
  readonly name: LocalizedText;
  readonly nameStatus: NameStatus;
  /** Code of the group (nhóm) it belongs to. */
  readonly group?: string;
  readonly indicators: readonly Indicator[];
  readonly citation: Citation;
}

/**
 * A group (nhóm) of criteria as the annex lays them out.
 *
 * @example
 * ```ts
 * import { getCriteriaSet, type CriteriaGroup } from 'ntm-rules';
 * const groups: readonly CriteriaGroup[] = getCriteriaSet('commune').groups ?? [];
 * groups[0]?.name.vi; // 'Quy hoạch'
 * ```
 */
export interface CriteriaGroup {
  readonly code: string;
  readonly name: LocalizedText;
  readonly nameStatus: NameStatus;
}

/**
 * Kinds of criteria sets.
 *
 * @example
 * ```ts
 * import { listCriteriaSets, type CriteriaSetKind } from 'ntm-rules';
 * const kind: CriteriaSetKind = 'special-district';
 * listCriteriaSets(kind).length; // 1
 * ```
 */
export type CriteriaSetKind =
  | 'commune'
  | 'advanced-commune'
  | 'model-commune'
  | 'district'
  | 'advanced-district'
  | 'special-district'
  | 'town'
  | 'village';

/**
 * A criteria set (bộ tiêu chí) in one dated version.
 *
 * @example
 * ```ts
 * import { getCriteriaSet, type CriteriaSet } from 'ntm-rules';
 * const set: CriteriaSet = getCriteriaSet('commune', { asOf: '2024-03-01' });
 * set.validFrom; // '2024-03-01'
 * ```
 */
export interface CriteriaSet {
  /** Stable id of this version, e.g. `'commune/qd318-2022'`. */
  readonly id: string;
  readonly kind: CriteriaSetKind;
  readonly title: LocalizedText;
  /** The instruments it rests on. */
  readonly legalBasis: readonly Citation[];
  /** The program period the set governs (assessment years, inclusive). */
  readonly period: { readonly fromYear: number; readonly toYear: number };
  /** First and last day this version is in force (ISO, inclusive). */
  readonly validFrom: string;
  readonly validUntil?: string;
  /** Whether thresholds vary by the seven regions. */
  readonly regional: boolean;
  /** Province, for provincial sets (village sets). */
  readonly province?: string;
  readonly groups?: readonly CriteriaGroup[];
  readonly criteria: readonly Criterion[];
  /** Conditions beyond the criteria (e.g. a district's commune conditions), evaluated like indicators. */
  readonly conditions?: readonly Indicator[];
  readonly notes?: readonly LocalizedText[];
}

/**
 * A value given for an indicator: boolean, number, a compound object, `null` (explicitly unknown), or `'not-applicable'` for "(nếu có)" indicators.
 *
 * @example
 * ```ts
 * import type { IndicatorValue } from 'ntm-rules';
 * const values: Record<string, IndicatorValue> = { '1.1': true, '2.1': 95.5, '9.1': 0, '5': { schools: 3, atMinimumStandard: 3, atLevel1: 2 }, '13.4': 'not-applicable', '10': null };
 * ```
 */
export type IndicatorValue = boolean | number | null | 'not-applicable' | { readonly [field: string]: number | boolean };

/**
 * Outcome of a criterion or set.
 *
 * @example
 * ```ts
 * import { evaluateCommune, type Outcome } from 'ntm-rules';
 * const o: Outcome | undefined = evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: {} }).criteria[0]?.outcome; // 'unknown'
 * ```
 */
export type Outcome = 'met' | 'not-met' | 'unknown';

/**
 * Outcome of an indicator; `not-applicable` counts as satisfied.
 *
 * @example
 * ```ts
 * import { evaluateCommune, type IndicatorOutcome } from 'ntm-rules';
 * const r = evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: { '13.4': 'not-applicable' } });
 * const o: IndicatorOutcome | undefined = r.criteria[12]?.indicators[3]?.outcome; // 'not-applicable'
 * ```
 */
export type IndicatorOutcome = Outcome | 'not-applicable';

/**
 * Why an indicator is `unknown` or `not-applicable`.
 *
 * @example
 * ```ts
 * import { evaluateCommune, type ReasonCode } from 'ntm-rules';
 * const r = evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: { '2.1': 100 } });
 * const why: ReasonCode | undefined = r.criteria[1]?.indicators[0]?.reason?.code; // 'threshold-not-encoded'
 * ```
 */
export type ReasonCode = 'missing-input' | 'explicitly-unknown' | 'threshold-not-encoded' | 'not-applicable';

/**
 * The threshold an evaluation applied, with where it came from.
 *
 * @example
 * ```ts
 * import { evaluateCommune, type AppliedThreshold } from 'ntm-rules';
 * const r = evaluateCommune({ region: 'BTB', year: 2024, indicators: { '5': { schools: 4, atMinimumStandard: 4, atLevel1: 3 } } });
 * const t: AppliedThreshold | null | undefined = r.criteria[4]?.indicators[0]?.threshold;
 * t?.region; // 'BTB'
 * ```
 */
export interface AppliedThreshold {
  readonly rule: Rule;
  /** Human rendering, e.g. `≥ 98%`. */
  readonly text: LocalizedText;
  /** The region column applied, or 'all'. */
  readonly region: Region | 'all';
  readonly validFrom: string;
  readonly validUntil?: string;
  readonly year?: number;
  readonly citation: Citation;
  readonly provenance: Provenance;
  /** 'national' for the package's data, or the id of the overlay that supplied it. */
  readonly source: string;
  /** Present when sources disagree on the value applied. */
  readonly conflict?: SourceConflict;
}

/**
 * The result for one indicator: value, threshold, outcome, and why.
 *
 * @example
 * ```ts
 * import { evaluateCommune, type IndicatorResult } from 'ntm-rules';
 * const r = evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: { '9.1': 3 } });
 * const houses: IndicatorResult | undefined = r.criteria[8]?.indicators[0];
 * houses?.shortfall; // 3
 * ```
 */
export interface IndicatorResult {
  readonly code: string;
  readonly name: LocalizedText;
  readonly kind: IndicatorKind;
  readonly unit: string;
  readonly outcome: IndicatorOutcome;
  /** The value used (`undefined` when none was given). */
  readonly value: IndicatorValue | undefined;
  readonly threshold: AppliedThreshold | null;
  readonly citation: Citation;
  /**
   * How far a numeric value is from its threshold when not met (in the indicator's unit).
   * Like `failed` and `reason`, the key is always there (so every result has one shape)
   * and `undefined` when it does not apply; JSON leaves it out.
   */
  readonly shortfall?: number;
  /** Parts of a compound rule that failed (`undefined` unless a compound rule is not met). */
  readonly failed?: readonly LocalizedText[];
  /** Why the outcome is `unknown` or `not-applicable` (`undefined` otherwise). */
  readonly reason?: { readonly code: ReasonCode; readonly message: LocalizedText };
}

/**
 * The result for one criterion.
 *
 * @example
 * ```ts
 * import { evaluateCommune, type CriterionResult } from 'ntm-rules';
 * const c: CriterionResult | undefined = evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: { '7': true } }).criteria[6];
 * c?.outcome; // 'met'
 * ```
 */
export interface CriterionResult {
  readonly code: string;
  readonly name: LocalizedText;
  readonly group?: string;
  readonly outcome: Outcome;
  readonly indicators: readonly IndicatorResult[];
}

/**
 * Overall status of an evaluation.
 *
 * @example
 * ```ts
 * import { evaluateCommune, type EvaluationStatus } from 'ntm-rules';
 * const s: EvaluationStatus = evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: { '1.1': false } }).status; // 'not-met'
 * ```
 */
export type EvaluationStatus = 'meets-standard' | 'not-met' | 'undetermined';

/**
 * Counts of the thresholds an evaluation applied, by provenance.
 *
 * @example
 * ```ts
 * import { evaluateCommune, type ProvenanceTally } from 'ntm-rules';
 * const p: ProvenanceTally = evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: {} }).provenance;
 * p.fromOverlay; // 0
 * ```
 */
export interface ProvenanceTally {
  readonly confirmed: number;
  readonly secondary: number;
  /** Indicators evaluated without a threshold (none encoded for the case). */
  readonly notEncoded: number;
  /** Thresholds that came from an overlay (also counted under their provenance). */
  readonly fromOverlay: number;
}

/**
 * The full, self-explaining result of evaluating a subject against a set.
 *
 * @example
 * ```ts
 * import { evaluateCommune, type EvaluationResult } from 'ntm-rules';
 * const r: EvaluationResult = evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: {} });
 * r.criteriaUnknown; // 19
 * ```
 */
export interface EvaluationResult {
  readonly set: { readonly id: string; readonly kind: CriteriaSetKind; readonly title: LocalizedText; readonly validFrom: string; readonly validUntil?: string };
  readonly name?: string;
  readonly year: number;
  readonly asOf: string;
  readonly region?: Region;
  /** The region column applied (TDMNPB for special communes). */
  readonly effectiveRegion?: Region;
  readonly effectiveRegionReason?: LocalizedText;
  readonly status: EvaluationStatus;
  readonly criteriaMet: number;
  readonly criteriaNotMet: number;
  readonly criteriaUnknown: number;
  readonly criteriaTotal: number;
  readonly criteria: readonly CriterionResult[];
  /** Results of the set's extra conditions (district commune conditions, model-commune conditions, …). */
  readonly conditions: readonly IndicatorResult[];
  readonly provenance: ProvenanceTally;
  /** Overlays that supplied at least one applied threshold. */
  readonly overlays: readonly { readonly id: string; readonly title: string; readonly citation: Citation }[];
}

/**
 * A threshold value supplied by an overlay; region, dates and provenance default to the overlay's.
 *
 * @example
 * ```ts
 * import type { OverlayThreshold } from 'ntm-rules';
 * const income2024: OverlayThreshold = { regions: ['TDMNPB'], years: [2024], rule: { kind: 'min-value', min: 50 }, note: 'example value' };
 * ```
 */
export interface OverlayThreshold {
  readonly regions?: readonly Region[] | 'all';
  readonly validFrom?: string;
  readonly validUntil?: string;
  readonly years?: readonly number[];
  readonly rule: Rule;
  readonly citation?: Citation;
  readonly provenance?: Provenance;
  readonly note?: string;
}

/**
 * A threshold table brought by a province, ministry or user: it fills or
 * overrides the package's thresholds for the indicators it names, and every
 * result that uses it cites it.
 *
 * @example
 * ```ts
 * import { defineThresholdOverlay, type ThresholdOverlay } from 'ntm-rules';
 * const overlay: ThresholdOverlay = defineThresholdOverlay({ id: 'example', title: 'Example table', setKind: 'commune', citation: { instrument: 'QĐ …/QĐ-UBND (example)' }, provenance: 'secondary', thresholds: { '2.1': { rule: { kind: 'min-percent', min: 100 } } } });
 * ```
 */
export interface ThresholdOverlay {
  /** Stable id, shown as the `source` of the thresholds it supplies. */
  readonly id: string;
  readonly title: string;
  /** The set kind it applies to (e.g. 'commune'). */
  readonly setKind: CriteriaSetKind;
  readonly province?: string;
  readonly citation: Citation;
  readonly provenance: Provenance;
  /** Default validity of its values (ISO); defaults to the set version's. */
  readonly validFrom?: string;
  readonly validUntil?: string;
  /** Indicator code → its value(s). */
  readonly thresholds: { readonly [indicatorCode: string]: OverlayThreshold | readonly OverlayThreshold[] };
}
