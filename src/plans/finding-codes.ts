// The finding codes of checkPlan as data: code, severity, the spec rule that defines it, when it is
// looked for and when it is found (docs/spec.md §8.2). `finding()` only accepts these codes, so a
// check cannot emit a code this table does not list; the build publishes it as data/plan-findings.json.
import type { FindingSeverity } from './finding.js';

/** One finding code of {@link checkPlan}: how serious, when it is looked for, when it is found. */
export interface PlanFindingDefinition {
  readonly code: string;
  readonly severity: FindingSeverity;
  /** The id of the rule in docs/spec.md. */
  readonly rule: string;
  /** The check (in the order of docs/spec.md's PLAN-ORDER) that emits it. */
  readonly check: string;
  /** When the check looks for it (B is each block: baseline, then target). */
  readonly precondition: string;
  /** What makes it a finding. */
  readonly when: string;
}

const d = (code: string, severity: FindingSeverity, check: string, precondition: string, when: string): PlanFindingDefinition => ({
  code,
  severity,
  rule: `PLAN-${code.toUpperCase()}`,
  check,
  precondition,
  when,
});

/** Every finding code, in the order of the checks (docs/spec.md §8.2). */
export const PLAN_FINDINGS = [
  d('funding-subtotal-mismatch', 'error', 'funding', 'a funding line with parts, partsComplete not false', '|line − parts| > fundingTolerance (exact)'),
  d('funding-parts-exceed', 'error', 'funding', 'a funding line with parts and partsComplete: false', 'parts − line > fundingTolerance'),
  d('funding-total-mismatch', 'error', 'funding', 'funding.total stated', '|total − the tree total of the top-level lines| > fundingTolerance'),
  d('bucket-unknown', 'error', 'buckets', 'B states buckets and has a scheme', 'a bucket id is not one of the scheme (one finding per id)'),
  d('bucket-top-mismatch', 'error', 'buckets', 'B states the top bucket and meetingStandard.total', 'they differ'),
  d('buckets-exceed-communes', 'error', 'buckets', 'B states buckets, has a scheme, the number of communes stated', 'the stated and recognised counts exceed the communes'),
  d('buckets-sum-mismatch', 'error', 'buckets', 'as buckets-exceed-communes, every bucket stated or recognised', 'they add up to fewer than the communes'),
  d('bucket-implied', 'info', 'buckets', 'as buckets-exceed-communes, some bucket neither stated nor recognised', 'communes are left to the buckets not stated'),
  d('average-unattainable', 'error', 'averages against buckets', 'B states averageCriteria, the number of communes stated and > 0', 'no whole total of criteria gives the average as written'),
  d('average-outside-buckets', 'error', 'averages against buckets', 'as average-unattainable, the bucket totals known', 'the totals the average allows and the bucket totals do not meet'),
  d('average-vs-criteria', 'error', 'averages against criteria', 'B states averageCriteria, communes > 0, the criteria totals known', 'the totals the average allows and the criteria totals do not meet'),
  d('criteria-vs-buckets', 'error', 'averages against criteria', 'communes > 0, the bucket and the criteria totals known', 'the criteria totals and the bucket totals do not meet'),
  d('criterion-denominator', 'error', 'criterion bounds', 'a criterion count with outOf, the number of communes stated', 'outOf differs from the communes'),
  d('criterion-above-communes', 'error', 'criterion bounds', 'the number of communes stated', 'a criterion count above the communes'),
  d('criterion-below-recognised', 'error', 'criterion bounds', 'the communes meeting the standard known', 'a criterion count below them'),
  d('advanced-above-criterion', 'error', 'criterion bounds', 'an advanced count of a criterion', 'above the criterion\'s count'),
  d('advanced-above-recognised', 'warning', 'criterion bounds', 'an advanced count of a criterion, the communes meeting the standard known', 'above them (and not above the criterion\'s count)'),
  d('recognised-sum-mismatch', 'error', 'recognition arithmetic', 'target meetingStandard states total, maintained and the newly recognised', 'maintained + newly recognised ≠ total'),
  d('maintained-above-baseline', 'error', 'recognition arithmetic', 'target maintained and baseline meetingStandard.total stated', 'maintained > baseline'),
  d('maintained-below-baseline', 'info', 'recognition arithmetic', 'as maintained-above-baseline', 'maintained < baseline'),
  d('recognised-decrease', 'warning', 'recognition arithmetic', 'target and baseline totals stated; neither maintained nor the newly recognised stated', 'target total < baseline total'),
  d('advanced-newly-recognised', 'info', 'recognition arithmetic', 'the target names newly recognised and advanced communes', 'a name in both lists (one finding per name)'),
  d('recognised-target-above-sum', 'error', 'recognised target', 'target total and newly recognised stated, maintained not; baseline total stated', 'total > baseline + newly recognised'),
  d('recognised-target-below-sum', 'warning', 'recognised target', 'as recognised-target-above-sum', 'total < baseline + newly recognised'),
  d('list-length-mismatch', 'error', 'named lists', 'a count and a list of names stated', 'the list\'s length differs from the count'),
  d('villages-sum-mismatch', 'error', 'named lists', 'villages total and byDistrict stated', 'the districts do not add up to the total'),
  d('completion-exceeds-criterion', 'warning', 'completion', 'B states criteria and an advanced target or districts completing, with their criterion counts', 'the smallest such count < the number planned'),
  d('maintained-count-changed', 'warning', 'year over year', 'a target criterion marked maintained, with a baseline count', 'the counts differ'),
  d('criterion-jump', 'warning', 'year over year', 'baseline and target counts of one criterion', 'the increase exceeds maxCriterionIncreaseShare × communes (else maxCriterionIncrease)'),
  d('criterion-decrease', 'info', 'year over year', 'as criterion-jump', 'the target count is below the baseline count'),
  d('label-year-mismatch', 'warning', 'label years', 'a label (or the title) saying "năm YYYY", not a range', 'YYYY is not the year of its figures'),
  d('below-floor-target', 'info', 'floor target', 'floorTarget not false; the target states buckets, has a scheme, its year and set within the floor\'s years', 'communes in buckets under the floor'),
  d('bucket-scheme-missing', 'warning', 'period', 'B states buckets', 'B has no bucket scheme (none for the 10 criteria of 2026-2030)'),
  d('tier-not-in-period', 'warning', 'period', 'B counted on a set of 2026-2030', 'B states advanced or model communes, or advanced criterion counts'),
  d('modern-not-in-period', 'warning', 'period', 'B states modern communes', 'B counted on a set before 2026'),
  d('modern-above-recognised', 'error', 'period', 'B states modern communes, the communes meeting the standard known', 'modern > those meeting the standard'),
  d('no-district-level', 'error', 'period', 'B\'s year is 2026 or later', 'B states districts completing, or a criterion\'s district count'),
  d('criteria-set-changed', 'info', 'period', 'both blocks stated', 'their sets differ in id and number of criteria (the cross-year checks are then not run)'),
] as const satisfies readonly PlanFindingDefinition[];

/**
 * The code of a plan finding: one of `PLAN_FINDING_CODES`; a misspelt code is a compile error.
 *
 * @example
 * ```ts
 * import type { PlanFindingCode } from 'ntm-rules';
 * const code: PlanFindingCode = 'funding-total-mismatch';
 * ```
 */
export type PlanFindingCode = (typeof PLAN_FINDINGS)[number]['code'];
