import { formatNumber } from '../_lib/numbers.js';
import type { LocalizedText } from '../_lib/text.js';
import { PLAN_FINDINGS, type PlanFindingCode } from './finding-codes.js';

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
 * Every code a plan check can give, one per kind of inconsistency, in the order of
 * `PLAN_FINDINGS` (src/plans/finding-codes.ts, published as data/plan-findings.json with each
 * code's severity, rule and precondition); a check building a finding with another literal does not compile.
 *
 * @example
 * ```ts
 * import { PLAN_FINDING_CODES } from 'ntm-rules';
 * PLAN_FINDING_CODES.includes('funding-total-mismatch'); // true
 * ```
 */
export const PLAN_FINDING_CODES: readonly PlanFindingCode[] = Object.freeze(PLAN_FINDINGS.map((f) => f.code));

export type { PlanFindingCode };

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
