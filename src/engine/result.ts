// The one place an evaluation result is assembled, with its fields in one order.
import type { Plan } from './compile.js';
import type { Judged } from './judge.js';
import type { CriteriaSet, EvaluationResult } from './types/index.js';
import type { ValidatedInput } from './validate-input.js';

/** Assembles the result of judging a plan; fields that do not apply are left out. */
export function buildResult(set: CriteriaSet, plan: Plan, v: ValidatedInput, day: string, j: Judged): EvaluationResult {
  const r: { -readonly [K in keyof EvaluationResult]: EvaluationResult[K] } = { set: plan.set } as EvaluationResult;
  if (v.name !== undefined) r.name = v.name;
  r.year = v.year;
  r.asOf = day;
  if (v.region !== undefined) r.region = v.region;
  if (v.effective !== undefined) {
    r.effectiveRegion = v.effective.region;
    if (v.effective.reason !== undefined) r.effectiveRegionReason = v.effective.reason;
  }
  if (set.columns === 'commune-group') {
    r.group = v.group ?? null;
    if (v.groupReasons !== undefined) r.groupReasons = v.groupReasons;
  }
  r.status = j.status;
  r.criteriaMet = j.met;
  r.criteriaNotMet = j.notMet;
  r.criteriaUnknown = j.unknown;
  r.criteriaTotal = set.criteria.length;
  r.criteria = j.criteria;
  r.conditions = j.conditions;
  r.provenance = plan.provenance;
  r.overlays = plan.overlays;
  if (v.assessment !== undefined) r.assessment = v.assessment;
  return r;
}
