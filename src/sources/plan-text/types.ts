import type { LocalizedText } from '../../_lib/text.js';
import type { CriteriaSet } from '../../engine/types/index.js';
import type { Plan } from '../../plans/types.js';

/**
 * Where in the text something was read: the exact words (`quote === text.slice(start, end)` of the text
 * given to {@link extractPlan}) and the line they start on (1-based).
 *
 * @example
 * ```ts
 * import type { PlanQuote } from 'ntm-rules';
 * const q: PlanQuote = { quote: 'Có 77/94 xã đạt tiêu chí số 2 về Giao thông', start: 3170, end: 3213, line: 49 };
 * ```
 */
export interface PlanQuote {
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
}

/**
 * One figure of the extracted plan and the words it was read from.
 *
 * @example
 * ```ts
 * import type { PlanEvidence } from 'ntm-rules';
 * const e: PlanEvidence = {
 *   path: ['target', 'criteria', 0, 'communes'], value: 77,
 *   figure: { vi: 'Mục tiêu năm 2024: số xã đạt tiêu chí 2', en: '2024 target: communes meeting criterion 2' },
 *   quote: 'Có 77/94 xã đạt tiêu chí số 2 về Giao thông', start: 3170, end: 3213, line: 49,
 * };
 * ```
 */
export interface PlanEvidence extends PlanQuote {
  /** Path of the figure in the plan, e.g. `['funding', 'lines', 0, 'amount']`. */
  readonly path: readonly (string | number)[];
  /** The figure as put in the plan (names lists as their names). */
  readonly value: string | number | boolean | readonly string[];
  /** What the figure is, in words. */
  readonly figure: LocalizedText;
  /** Said when the value is not the written one (an amount converted to the plan's unit). */
  readonly note?: LocalizedText;
}

/**
 * Something a reviewer must look at: a part of the plan format the document gave no figure for
 * (`code: 'not-stated'`, with its `path`), or words that look like a figure but could not be placed
 * with certainty (with the quote and its offsets).
 *
 * @example
 * ```ts
 * import type { PlanUnread } from 'ntm-rules';
 * const u: PlanUnread = {
 *   code: 'not-stated', path: ['target', 'criteria'], params: { criterion: '1' },
 *   message: { vi: 'Mục tiêu năm 2024: không ghi số xã đạt tiêu chí 1', en: '2024 target: no count of communes meeting criterion 1' },
 * };
 * ```
 */
export interface PlanUnread {
  /** Why: `not-stated`, `not-placed`, `ambiguous-number`, `criterion-not-named`, `figure-conflict`, … */
  readonly code: string;
  readonly message: LocalizedText;
  /** The part of the plan format concerned, when there is one. */
  readonly path?: readonly (string | number)[];
  readonly params?: Readonly<Record<string, string | number>>;
  readonly quote?: string;
  readonly start?: number;
  readonly end?: number;
  readonly line?: number;
}

/**
 * A contradiction inside the text itself: the same figure stated twice with different values
 * (`figure-conflict`), a count over a denominator other than the rest (`denominator-differs`), or
 * the title and the issuer naming different provinces or years. Each statement is quoted.
 *
 * @example
 * ```ts
 * import type { PlanTextFinding } from 'ntm-rules';
 * const f: PlanTextFinding = {
 *   code: 'denominator-differs', severity: 'warning', path: ['communes'],
 *   message: { vi: 'Có số liệu ghi trên 95 xã, các số liệu khác ghi trên 94 xã', en: 'A count is over 95 communes; the others are over 94' },
 *   quotes: [{ quote: '77/95 xã', start: 10, end: 18, line: 3 }],
 * };
 * ```
 */
export interface PlanTextFinding {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly path: readonly (string | number)[];
  readonly message: LocalizedText;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly quotes: readonly PlanQuote[];
}

/**
 * What {@link extractPlan} returns.
 *
 * @example
 * ```ts
 * import { extractPlan, type PlanExtraction } from 'ntm-rules';
 * const x: PlanExtraction = extractPlan('KẾ HOẠCH\nxây dựng nông thôn mới tỉnh Lai Châu năm 2024\nI. MỤC TIÊU\n- Có 77/94 xã đạt tiêu chí số 2 về Giao thông.');
 * x.plan.target?.criteria?.[0]?.communes; // 77
 * ```
 */
export interface PlanExtraction {
  /** The plan as written, valid for `parsePlan` (frozen). */
  readonly plan: Plan;
  /** One entry per figure of the plan, in the order of the text. */
  readonly evidence: readonly PlanEvidence[];
  /** What is missing or could not be read, in the order of the plan format then of the text. */
  readonly unread: readonly PlanUnread[];
  /** Contradictions inside the text. */
  readonly findings: readonly PlanTextFinding[];
}

/**
 * Options of {@link extractPlan}.
 *
 * @example
 * ```ts
 * import type { ExtractPlanOptions } from 'ntm-rules';
 * const options: ExtractPlanOptions = { province: 'Lai Châu', year: 2024 };
 * ```
 */
export interface ExtractPlanOptions {
  /** The province, used when the document does not name it. */
  readonly province?: string;
  /** The plan's year, used when the document does not state it. */
  readonly year?: number;
  /**
   * The commune criteria set whose names and numbers the criteria are read by. Default: the national
   * commune set in force at the end of the plan's year (`getCriteriaSet('commune', { asOf })`).
   */
  readonly criteriaSet?: CriteriaSet;
}
