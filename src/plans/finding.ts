import { formatNumber } from '../_lib/numbers.js';
import type { LocalizedText } from '../_lib/text.js';
import type { PlanFindingCode } from './finding-codes.js';

/**
 * How serious a finding is: `error` (the figures cannot all be true), `warning` (implausible or mislabelled), `info` (worth a look).
 *
 * @example
 * ```ts
 * import type { FindingSeverity } from 'ntm-rules';
 * const worst: FindingSeverity = 'error';
 * ```
 */
export type FindingSeverity = 'error' | 'warning' | 'info';

/**
 * Every code a plan check can give, one per kind of inconsistency (src/plans/checks/, one check a
 * file, each building its findings with these literals: the compiler refuses any other).
 *
 * @example
 * ```ts
 * import { PLAN_FINDING_CODES } from 'ntm-rules';
 * PLAN_FINDING_CODES.includes('funding-total-mismatch'); // true
 * ```
 */
export const PLAN_FINDING_CODES = Object.freeze([
  'advanced-above-criterion',
  'advanced-above-recognised',
  'advanced-newly-recognised',
  'average-outside-buckets',
  'average-unattainable',
  'average-vs-criteria',
  'below-floor-target',
  'bucket-implied',
  'bucket-scheme-missing',
  'bucket-top-mismatch',
  'bucket-unknown',
  'buckets-exceed-communes',
  'buckets-sum-mismatch',
  'completion-exceeds-criterion',
  'criteria-set-changed',
  'criteria-vs-buckets',
  'criterion-above-communes',
  'criterion-below-recognised',
  'criterion-decrease',
  'criterion-denominator',
  'criterion-jump',
  'funding-parts-exceed',
  'funding-subtotal-mismatch',
  'funding-total-mismatch',
  'label-year-mismatch',
  'list-length-mismatch',
  'maintained-above-baseline',
  'maintained-below-baseline',
  'maintained-count-changed',
  'modern-above-recognised',
  'modern-not-in-period',
  'no-district-level',
  'recognised-decrease',
  'recognised-sum-mismatch',
  'recognised-target-above-sum',
  'recognised-target-below-sum',
  'tier-not-in-period',
  'villages-sum-mismatch',
] as const);

/**
 * The code of a plan finding.
 *
 * @example
 * ```ts
 * import type { PlanFindingCode } from 'ntm-rules';
 * const code: PlanFindingCode = 'funding-total-mismatch';
 * ```
 */
export type PlanFindingCode = (typeof PLAN_FINDING_CODES)[number];

/**
 * A figure of a finding: a count as a number; money, averages and percentages as exact decimal
 * strings (`'1054663'`, `'13.6'`); a range as `"min–max"`. Never a float that could have lost digits.
 *
 * @example
 * ```ts
 * import type { PlanFindingFigure } from 'ntm-rules';
 * const count: PlanFindingFigure = 12;
 * const amount: PlanFindingFigure = '1054663';
 * ```
 */
export type PlanFindingFigure = number | string;

/**
 * One inconsistency found in a plan. `path` points at the figure in the plan
 * data; `expected` / `actual` / `difference` carry the numbers (see
 * {@link PlanFindingFigure}: counts as numbers, money and averages as decimal strings, ranges as `"min–max"`).
 * For the average checks, `difference` counts criteria met summed over the
 * communes: positive when the stated average needs more than the other figures
 * allow, negative when fewer.
 *
 * @example
 * ```ts
 * import type { PlanFinding } from 'ntm-rules';
 * const f: PlanFinding = {
 *   code: 'funding-total-mismatch', severity: 'error', path: ['funding', 'total', 'amount'],
 *   expected: '3861812', actual: '4916475', difference: '1054663',
 *   message: { vi: 'Tổng nguồn vốn ghi 4.916.475 triệu đồng, …', en: 'The total capital is stated as 4,916,475 million VND, …' },
 * };
 * ```
 */
export interface PlanFinding {
  /** Stable machine-readable code, e.g. `'funding-total-mismatch'`: one of {@link PLAN_FINDING_CODES}. */
  readonly code: PlanFindingCode;
  readonly severity: FindingSeverity;
  /** Explains itself, with the numbers, in Vietnamese and English. */
  readonly message: LocalizedText;
  readonly path: readonly (string | number)[];
  readonly expected?: PlanFindingFigure;
  readonly actual?: PlanFindingFigure;
  readonly difference?: PlanFindingFigure;
}

/** Builds a frozen finding, leaving out absent numbers; the code must be one of PLAN_FINDINGS (finding-codes.ts). */
export function finding(f: PlanFinding & { readonly code: PlanFindingCode }): PlanFinding {
  const out: Record<string, unknown> = { code: f.code, severity: f.severity, message: Object.freeze({ ...f.message }), path: Object.freeze([...f.path]) };
  if (f.expected !== undefined) out.expected = f.expected;
  if (f.actual !== undefined) out.actual = f.actual;
  if (f.difference !== undefined) out.difference = f.difference;
  return Object.freeze(out) as unknown as PlanFinding;
}

/** A number or decimal string the Vietnamese way (`4.916.475`, `13,6`): `formatNumber`, the one formatter. */
export const viNumber = (n: number | string): string => formatNumber(n, 'vi');

/** A number or decimal string the English way (`4,916,475`, `13.6`): `formatNumber`, the one formatter. */
export const enNumber = (n: number | string): string => formatNumber(n, 'en');
