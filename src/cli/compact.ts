// `--detail compact`: an evaluation without its static parts (names, rules, threshold texts,
// citations: they are in the set data, `ntm sets <kind> --json`), for machines reading many communes.
import type { EvaluationResult, IndicatorResult } from '../index.js';

function indicator(i: IndicatorResult): Record<string, unknown> {
  const t = i.threshold;
  return {
    code: i.code,
    outcome: i.outcome,
    ...(i.value !== undefined ? { value: i.value } : {}),
    ...(i.shortfall !== undefined ? { shortfall: i.shortfall } : {}),
    ...(i.reason ? { reason: i.reason.code } : {}),
    // The value compared with, for numeric rules (the region column and year choose it); the rest of
    // the rule, its text and citation are the set's data.
    ...(t && 'min' in t.rule ? { threshold: t.rule.min } : t && 'max' in t.rule ? { threshold: t.rule.max } : {}),
    ...(t && t.source !== 'national' ? { source: t.source } : {}),
    ...(t?.conflict ? { conflict: t.conflict.code } : {}),
  };
}

/** The result reduced to what changes from one commune to the next. */
export function compactResult(r: EvaluationResult): Record<string, unknown> {
  return {
    ...(r.name !== undefined ? { name: r.name } : {}),
    set: r.set.id,
    year: r.year,
    asOf: r.asOf,
    ...(r.region !== undefined ? { region: r.region } : {}),
    ...(r.effectiveRegion !== undefined && r.effectiveRegion !== r.region ? { effectiveRegion: r.effectiveRegion } : {}),
    status: r.status,
    criteriaMet: r.criteriaMet,
    criteriaNotMet: r.criteriaNotMet,
    criteriaUnknown: r.criteriaUnknown,
    criteriaTotal: r.criteriaTotal,
    criteria: r.criteria.map((c) => ({ code: c.code, outcome: c.outcome, indicators: c.indicators.map(indicator) })),
    ...(r.conditions.length > 0 ? { conditions: r.conditions.map(indicator) } : {}),
    provenance: r.provenance,
    ...(r.overlays.length > 0 ? { overlays: r.overlays.map((o) => o.id) } : {}),
  };
}
