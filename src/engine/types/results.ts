// What an evaluation returns: every indicator and criterion, tri-state, each explaining itself.
import type { LocalizedText } from '../../_lib/text.js';
import type { ThresholdColumn } from '../../columns/column.js';
import type { CommuneGroup } from '../../columns/commune-groups.js';
import type { Region } from '../../columns/regions.js';
import type { Citation, Provenance } from '../../legal/citation.js';
import type { CriteriaSetKind } from '../set-kinds.js';
import type { AssessmentSource, IndicatorValue } from './inputs.js';
import type { IndicatorKind, Rule, SourceConflict } from './rules.js';

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
 * - `missing-input`: no value given; `explicitly-unknown`: `null` given;
 * - `threshold-not-encoded`: no value of the threshold is encoded for the case (supply an overlay);
 * - `column-unknown`: the thresholds differ by column and the subject's column (its commune group) is not known;
 * - `not-applicable`: a "(nếu có)" indicator declared not applicable.
 *
 * @example
 * ```ts
 * import { evaluateCommune, type ReasonCode } from 'ntm-rules';
 * const r = evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: { '2.1': 100 } });
 * const why: ReasonCode | undefined = r.criteria[1]?.indicators[0]?.reason?.code; // 'threshold-not-encoded'
 * ```
 */
export type ReasonCode = 'missing-input' | 'explicitly-unknown' | 'threshold-not-encoded' | 'column-unknown' | 'not-applicable';

/**
 * The threshold an evaluation applied, with where it came from.
 *
 * @example
 * ```ts
 * import { evaluateCommune, type AppliedThreshold } from 'ntm-rules';
 * const r = evaluateCommune({ region: 'BTB', year: 2024, indicators: { '5': { schools: 4, atMinimumStandard: 4, atLevel1: 3 } } });
 * const t: AppliedThreshold | null | undefined = r.criteria[4]?.indicators[0]?.threshold;
 * t?.column; // 'BTB'
 * ```
 */
export interface AppliedThreshold {
  readonly rule: Rule;
  /** Human rendering, e.g. `≥ 98%`. */
  readonly text: LocalizedText;
  /** The threshold column applied (a region or a commune group), or `'all'`. */
  readonly column: ThresholdColumn | 'all';
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
 * The result for one criterion. `basis` says whether the outcome was computed
 * from its indicators or taken from a criterion-level assessment.
 *
 * @example
 * ```ts
 * import { evaluateCommune, type CriterionResult } from 'ntm-rules';
 * const c: CriterionResult | undefined = evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: { '7': true } }).criteria[6];
 * c?.outcome; // 'met'
 * c?.basis; // 'indicators'
 * ```
 */
export interface CriterionResult {
  readonly code: string;
  readonly name: LocalizedText;
  readonly group?: string;
  readonly outcome: Outcome;
  readonly basis: 'indicators' | 'assessment';
  readonly indicators: readonly IndicatorResult[];
  /** Why the outcome is `unknown` when the criterion has no encoded indicators and no assessment. */
  readonly reason?: { readonly code: 'indicators-not-encoded'; readonly message: LocalizedText };
}

/**
 * Overall status of an evaluation. `meets-standard` means every criterion and
 * condition is met by the data given: a computed result, not the recognition
 * (công nhận), which is a decision of the competent People's Committee.
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
  /** The subject's region (regional sets). */
  readonly region?: Region;
  /** The region column applied (TDMNPB for special communes). */
  readonly effectiveRegion?: Region;
  readonly effectiveRegionReason?: LocalizedText;
  /** The commune group applied (commune-group sets); `null` when not known. */
  readonly group?: CommuneGroup | null;
  /** How the group was placed, when it was classified from `groupFacts`. */
  readonly groupReasons?: readonly LocalizedText[];
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
  /**
   * Overlays given for this kind of set but not applied, with the reason: their own validity
   * (validFrom/validUntil) lies outside the set version's (a 2021-2025 provincial table in a 2026
   * evaluation). Absent when there are none.
   */
  readonly overlaysNotApplied?: readonly { readonly id: string; readonly title: string; readonly reason: LocalizedText }[];
  /** Where the criterion-level assessments come from, when any were given. */
  readonly assessment?: AssessmentSource;
}
