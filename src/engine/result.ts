// The one place an evaluation result is assembled, with its fields in one order.
import type { Plan } from './compile.js';
import type { Judged } from './judge.js';
import type { CriteriaSet, EvaluationResult } from './types/index.js';
import type { ValidatedInput } from './validate-input.js';

/** Assembles the result of judging a plan; fields that do not apply are left out. */
export function buildResult(set: CriteriaSet, plan: Plan, v: ValidatedInput, day: string, j: Judged): EvaluationResult {
  // The usual shape (a named commune of a regional set, no assessment) as one literal: V8 then builds
  // every such result with one hidden class at once, rather than through a transition per field.
  if (v.name !== undefined && v.effective !== undefined && v.region !== undefined && v.assessment === undefined && plan.overlaysNotApplied === undefined) {
    const e = v.effective;
    return e.reason === undefined
      ? { set: plan.set, name: v.name, year: v.year, asOf: day, region: v.region, effectiveRegion: e.region, status: j.status, criteriaMet: j.met, criteriaNotMet: j.notMet, criteriaUnknown: j.unknown, criteriaTotal: set.criteria.length, criteria: j.criteria, conditions: j.conditions, provenance: plan.provenance, overlays: plan.overlays }
      : { set: plan.set, name: v.name, year: v.year, asOf: day, region: v.region, effectiveRegion: e.region, effectiveRegionReason: e.reason, status: j.status, criteriaMet: j.met, criteriaNotMet: j.notMet, criteriaUnknown: j.unknown, criteriaTotal: set.criteria.length, criteria: j.criteria, conditions: j.conditions, provenance: plan.provenance, overlays: plan.overlays };
  }
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
  if (plan.overlaysNotApplied !== undefined) r.overlaysNotApplied = plan.overlaysNotApplied;
  if (v.assessment !== undefined) r.assessment = v.assessment;
  return r;
}
