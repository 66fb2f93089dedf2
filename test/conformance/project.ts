// The normative projections (docs/conformance.md §Projections): what each conformance function's
// result is compared on. Every key is always present (null when the result has nothing there);
// texts meant for people (names, messages, labels inside rules, citations) are left out.
import type { CommuneSummary, EvaluationResult, FundingAggregate, FundingComponentTotal, IndicatorResult, NtmError, PlanFinding, RecognitionResult } from '../../src/index.js';
import type { AverageFigure } from '../../src/scoring/decimal.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A rule without its labels (texts). */
export function stripLabels(v: unknown): Json {
  if (Array.isArray(v)) return v.map(stripLabels);
  if (!isObject(v)) return v as Json;
  const out: Record<string, Json> = {};
  for (const [k, x] of Object.entries(v)) if (k !== 'label') out[k] = stripLabels(x);
  return out;
}

function projectIndicator(i: IndicatorResult): Json {
  const t = i.threshold;
  return {
    code: i.code,
    outcome: i.outcome,
    reason: i.reason?.code ?? null,
    shortfall: i.shortfall ?? null,
    failed: i.failed?.length ?? null,
    threshold: t
      ? {
          source: t.source,
          column: t.column,
          validFrom: t.validFrom,
          validUntil: t.validUntil ?? null,
          year: t.year ?? null,
          provenance: t.provenance,
          rule: stripLabels(t.rule),
          conflict: t.conflict?.code ?? null,
        }
      : null,
  };
}

/** The projection of an evaluation result (evaluate, evaluateCommune, and the common part of evaluateDistrict). */
export function projectEvaluation(r: EvaluationResult): Json {
  return {
    set: { id: r.set.id, kind: r.set.kind, validFrom: r.set.validFrom, validUntil: r.set.validUntil ?? null },
    year: r.year,
    asOf: r.asOf,
    region: r.region ?? null,
    effectiveRegion: r.effectiveRegion ?? null,
    group: r.group ?? null,
    status: r.status,
    criteriaMet: r.criteriaMet,
    criteriaNotMet: r.criteriaNotMet,
    criteriaUnknown: r.criteriaUnknown,
    criteriaTotal: r.criteriaTotal,
    criteria: r.criteria.map((c) => ({ code: c.code, group: c.group ?? null, outcome: c.outcome, basis: c.basis, reason: c.reason?.code ?? null, indicators: c.indicators.map(projectIndicator) })),
    conditions: r.conditions.map(projectIndicator),
    provenance: { confirmed: r.provenance.confirmed, secondary: r.provenance.secondary, notEncoded: r.provenance.notEncoded, fromOverlay: r.provenance.fromOverlay },
    overlays: r.overlays.map((o) => o.id),
    assessment: (r.assessment as Json | undefined) ?? null,
  };
}

/** The projection of a thrown NtmError: its code and the distinct issue paths, sorted. */
export function projectError(e: NtmError): Json {
  const paths = [...new Set(e.issues.map((i) => JSON.stringify(i.path)))].sort().map((p) => JSON.parse(p) as Json);
  return { error: { code: e.code, paths } };
}

function projectFigure(f: AverageFigure | null): Json {
  if (f === null) return null;
  return { fraction: { numerator: f.fraction.numerator, denominator: f.fraction.denominator }, exact: f.exact, decimal: f.decimal, places: f.places, rounded: f.rounded, roundedDecimals: f.roundedDecimals, roundingRule: f.roundingRule };
}

const ref = (c: { index: number; name?: string }): Json => ({ index: c.index, name: c.name ?? null });

/** The projection of a province summary. */
export function projectSummary(s: CommuneSummary): Json {
  return {
    scheme: s.scheme ? { id: s.scheme.id, criteriaTotal: s.scheme.criteriaTotal } : null,
    criteriaTotal: s.criteriaTotal,
    sets: [...s.sets],
    count: s.count,
    meetingStandard: s.meetingStandard,
    recognised: { count: s.recognised.count, belowStandard: s.recognised.belowStandard.map(ref) },
    totalCriteriaMet: s.totalCriteriaMet,
    average: projectFigure(s.average),
    minimum: s.minimum,
    maximum: s.maximum,
    buckets: s.buckets.map((b) => ({ id: b.id, min: b.min, max: b.max, count: b.count })),
    criteria: s.criteria.map((c) => ({ code: c.code, met: c.met, notMet: c.notMet, unknown: c.unknown, of: c.of, ratio: c.ratio })),
    belowFloor: s.belowFloor ? { floor: s.belowFloor.floor, count: s.belowFloor.count, communes: s.belowFloor.communes.map(ref) } : null,
    undetermined: { communes: s.undetermined.communes, criteria: s.undetermined.criteria, averageIfMet: projectFigure(s.undetermined.averageIfMet) },
  };
}

type Nodes = FundingAggregate['bySource'];
const projectNodes = (nodes: Nodes): Json => Object.entries(nodes).map(([source, n]) => ({ source, amount: n!.amount, share: n!.share, unallocated: n!.unallocated ?? null }));
const projectGroup = (g: FundingComponentTotal): { [key: string]: Json } => ({ amount: g.amount, share: g.share, bySource: projectNodes(g.bySource) });

/** The projection of a funding aggregate: nodes as a list, in the tree's order; components in the version's order. */
export function projectAggregate(a: FundingAggregate): Json {
  return {
    unit: a.unit,
    total: a.total,
    lineCount: a.lineCount,
    taxonomy: a.taxonomy,
    bySource: projectNodes(a.bySource),
    byComponent: a.byComponent ? Object.entries(a.byComponent).map(([component, g]) => ({ component, ...projectGroup(g!) })) : null,
    withoutComponent: a.withoutComponent ? projectGroup(a.withoutComponent) : null,
  };
}

/** The projection of plan findings, in their order. */
export function projectFindings(findings: readonly PlanFinding[]): Json {
  return {
    findings: findings.map((f) => ({ code: f.code, severity: f.severity, path: [...f.path], expected: f.expected ?? null, actual: f.actual ?? null, difference: f.difference ?? null })),
  };
}

/** The projection of a recognition result. */
export function projectRecognition(r: RecognitionResult): Json {
  return { grantable: r.grantable, kind: r.kind, decisionDate: r.decisionDate, conditions: r.conditions.map((c) => ({ code: c.code, outcome: c.outcome, basis: c.basis })) };
}
