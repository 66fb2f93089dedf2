import type { PlanFinding } from '../finding.js';
import { resolveOptions, type CheckPlanOptions, type ResolvedCheckPlanOptions } from '../options.js';
import { planSummaries } from '../sets.js';
import { ensurePlan } from '../schema.js';
import type { Plan } from '../types.js';
import { checkAverageBuckets } from './average-buckets.js';
import { checkAverageCriteria } from './average-criteria.js';
import { checkBuckets } from './buckets.js';
import { checkCompletion } from './completion.js';
import type { CheckContext, PlanCheck } from './context.js';
import { checkCriterionBounds } from './criterion-bounds.js';
import { checkFloorTarget } from './floor-target.js';
import { checkFundingTotals } from './funding-totals.js';
import { checkLabelYears } from './label-years.js';
import { checkNamedLists } from './named-lists.js';
import { checkPeriod, setsDiffer } from './period.js';
import { checkRecognisedTarget } from './recognised-target.js';
import { checkRecognitionArithmetic } from './recognition.js';
import { checkYearOverYear } from './year-over-year.js';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The checks, in the order their findings are listed. */
const CHECKS: readonly PlanCheck[] = [
  checkFundingTotals,
  checkBuckets,
  checkAverageBuckets,
  checkAverageCriteria,
  checkCriterionBounds,
  checkRecognitionArithmetic,
  checkRecognisedTarget,
  checkNamedLists,
  checkCompletion,
  checkYearOverYear,
  checkLabelYears,
  checkFloorTarget,
  checkPeriod,
];

/** Checks that compare the baseline with the target: not run when the two are counted on different sets. */
const CROSS_YEAR: ReadonlySet<PlanCheck> = new Set([checkRecognitionArithmetic, checkRecognisedTarget, checkYearOverYear]);

/**
 * Checks a plan's figures against each other and returns every inconsistency
 * found, each explaining itself in Vietnamese and English with the numbers
 * involved. The plan is not changed and nothing is corrected.
 *
 * Checks: funding subtotals and total; buckets against the number of
 * communes; the average against the buckets and against the per-criterion
 * counts (with rounding); per-criterion counts against the recognised communes
 * and the number of communes; recognition arithmetic; named lists against
 * their counts; units planned to complete a set against that set's
 * per-criterion counts; year-over-year jumps; labels naming another year; the
 * "no commune under 15 criteria" programme target (info, 2021-2025 only); and what the
 * period implies (buckets without a scheme for the 10 criteria of 2026-2030, tiers and
 * districts that no longer exist, modern communes above those meeting the standard).
 *
 * Criterion codes, counts, averages and bounds follow the commune set of each block: the
 * set in force for the plan year (19 criteria up to 2025, 10 from 2026), or the block's
 * `criteriaSet`. The funding follows the taxonomy version of the plan year.
 *
 * @param plan A plan, as returned by {@link parsePlan} (anything else is validated first).
 * @throws NtmError `invalid-input` for a malformed plan or bad options; `invalid-definition` for a scheme that does not partition 0…criteriaTotal.
 * @example
 * ```ts
 * import { parsePlan, checkPlan } from 'ntm-rules';
 * const plan = parsePlan({
 *   province: 'Ví dụ', year: 2024, communes: 10,
 *   target: { meetingStandard: { total: 4 }, buckets: { '15-18': 7 } }, // 4 + 7 > 10
 * });
 * checkPlan(plan).map((f) => f.code); // ['buckets-exceed-communes']
 * ```
 */
export function checkPlan(plan: Plan, options?: CheckPlanOptions): PlanFinding[] {
  plan = ensurePlan(plan);
  const resolved = resolveOptions(options);
  return runChecks(plan, resolved);
}

/** The checks on a validated plan with resolved options (the reports call this too). */
export function runChecks(plan: Plan, resolved: ResolvedCheckPlanOptions): PlanFinding[] {
  const ctx: CheckContext = {
    plan,
    options: resolved,
    summaries: planSummaries(plan, resolved.scheme),
  };
  // Errors first, then warnings, then info; within a severity, the checks' order (stable sort).
  const differ = setsDiffer(ctx);
  return CHECKS.flatMap((check) => (differ && CROSS_YEAR.has(check) ? [] : check(ctx))).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
