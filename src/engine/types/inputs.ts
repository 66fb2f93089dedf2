// What an evaluation is given: the subject's facts, its indicator values, and criterion-level assessments.
import type { CommuneGroup, CommuneGroupFacts } from '../../columns/commune-groups.js';
import type { Region } from '../../columns/regions.js';

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
 * The outcome of a criterion as an assessment states it (đánh giá theo từng tiêu chí).
 *
 * @example
 * ```ts
 * import type { AssessedOutcome } from 'ntm-rules';
 * const o: AssessedOutcome = 'met';
 * ```
 */
export type AssessedOutcome = 'met' | 'not-met' | 'unknown';

/**
 * Where criterion-level assessments come from: who assessed, in which decision or record, on which day.
 *
 * @example
 * ```ts
 * import type { AssessmentSource } from 'ntm-rules';
 * const a: AssessmentSource = { by: 'UBND xã (example)', decision: 'Báo cáo số …/BC-UBND (example)', date: '2026-10-15' };
 * ```
 */
export interface AssessmentSource {
  readonly by?: string;
  readonly decision?: string;
  /** ISO day. */
  readonly date?: string;
  readonly note?: string;
}

/**
 * What is evaluated: the subject's facts, its indicator values keyed by indicator
 * code, and, for criteria whose indicator data is not at hand, criterion-level
 * assessments. Which facts are needed depends on the set's threshold columns:
 * `region` for the 2021-2025 regional sets, `group` (or `groupFacts`) for the
 * 2026-2030 commune set.
 *
 * @example
 * ```ts
 * import { evaluate, type EvaluationInput } from 'ntm-rules';
 * const input: EvaluationInput = { year: 2024, conditions: { advanced: true, 'smart-village': 1 } };
 * evaluate({ kind: 'model-commune' }, input).conditions[0]?.outcome; // 'met'
 * ```
 */
export interface EvaluationInput {
  readonly name?: string;
  readonly province?: string;
  /** Assessment year (năm đánh giá). */
  readonly year: number;
  /** The subject's region; required by the regional (2021-2025) sets. */
  readonly region?: Region;
  /** Xã đặc biệt khó khăn: the TDMNPB column applies (regional sets). */
  readonly especiallyDifficult?: boolean;
  /** Safe-zone commune of a poor district (or one that left poverty in 2018-2020): the TDMNPB column applies (regional sets). */
  readonly safeZone?: boolean;
  /** The commune group (2026-2030 set); `null` when not known. Give this or `groupFacts`. */
  readonly group?: CommuneGroup | null;
  /** The facts that place the commune in a group (see `classifyCommuneGroup`), instead of `group`. */
  readonly groupFacts?: CommuneGroupFacts;
  /** Indicator code → value. Missing codes are `unknown`, never `not-met`. */
  readonly indicators?: { readonly [code: string]: IndicatorValue };
  /** Condition code → value, for sets with conditions. */
  readonly conditions?: { readonly [code: string]: IndicatorValue };
  /**
   * Criterion code → outcome, for criteria assessed as a whole (official review records,
   * criteria whose indicators are not encoded). Never overrides indicators silently:
   * a criterion whose indicators give a determinate outcome that differs is an error.
   */
  readonly criteria?: { readonly [code: string]: AssessedOutcome };
  /** Where the criterion-level assessments come from. */
  readonly assessment?: AssessmentSource;
}
