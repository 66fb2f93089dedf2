// Projections: the observable shape each conformance function is compared on (docs/conformance.md).
import type { CommuneSummary, EvaluationResult, NtmError } from '../../src/index.js';

/** The projection of an evaluation result. */
export function projectEvaluation(r: EvaluationResult): Record<string, unknown> {
  const indicators: Record<string, unknown> = {};
  for (const i of [...r.criteria.flatMap((c) => c.indicators), ...r.conditions]) {
    indicators[i.code] = {
      outcome: i.outcome,
      reason: i.reason?.code ?? null,
      shortfall: i.shortfall ?? null,
      threshold: i.threshold ? { provenance: i.threshold.provenance, source: i.threshold.source, column: i.threshold.column, rule: i.threshold.rule } : null,
    };
  }
  return {
    setId: r.set.id,
    status: r.status,
    criteriaMet: r.criteriaMet,
    criteriaNotMet: r.criteriaNotMet,
    criteriaUnknown: r.criteriaUnknown,
    criteriaTotal: r.criteriaTotal,
    effectiveRegion: r.effectiveRegion ?? null,
    criteria: Object.fromEntries(r.criteria.map((c) => [c.code, c.outcome])),
    criteriaBasis: Object.fromEntries(r.criteria.map((c) => [c.code, c.basis])),
    assessment: r.assessment ?? null,
    conditions: Object.fromEntries(r.conditions.map((c) => [c.code, c.outcome])),
    indicators,
    provenance: r.provenance,
  };
}

/** The projection of a thrown NtmError: its code and the issue paths. */
export function projectError(e: NtmError): Record<string, unknown> {
  return { error: { code: e.code, paths: e.issues.map((i) => [...i.path]) } };
}

/** The projection of a province summary: buckets and tallies keyed by id and code. */
export function projectSummary(s: CommuneSummary): Record<string, unknown> {
  return {
    ...s,
    buckets: Object.fromEntries(s.buckets.map((b) => [b.id, b.count])),
    criteria: Object.fromEntries(s.criteria.map((c) => [c.code, { met: c.met, notMet: c.notMet, unknown: c.unknown, ratio: c.ratio }])),
    belowFloor: s.belowFloor ? { floor: s.belowFloor.floor, count: s.belowFloor.count } : null,
  };
}
