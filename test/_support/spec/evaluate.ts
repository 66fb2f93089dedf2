// The evaluation rules written as plainly as possible, as a specification to check the
// engine against (test/properties/engine.test.ts): no compiled plans, no caches, no slots,
// every rule in the order docs/spec.md states it. It reads only valid input (the property
// test generates it) and returns the projection of a result that both sides are compared on.
import type { CriteriaSet, EvaluationResult, Indicator, IndicatorValue, OverlayThreshold, Threshold, ThresholdOverlay } from '../../../src/index.js';
import { effectiveRegion } from '../../../src/index.js';
import type { Condition, Operand } from '../../../src/engine/types/index.js';

type Values = Record<string, number | boolean>;
export interface SpecInput {
  readonly region?: string;
  readonly especiallyDifficult?: boolean;
  readonly safeZone?: boolean;
  readonly group?: 1 | 2 | 3 | null;
  readonly year: number;
  readonly indicators?: Record<string, IndicatorValue>;
  readonly criteria?: Record<string, 'met' | 'not-met' | 'unknown'>;
}

/** What the engine and the spec are compared on. */
export interface Projection {
  status: string;
  counts: [number, number, number, number];
  column: string | null;
  criteria: Record<string, { outcome: string; basis: string }>;
  indicators: Record<string, { outcome: string; reason: string | null; shortfall: number | null; failed: number; threshold: unknown }>;
  provenance: EvaluationResult['provenance'];
}

function column(set: CriteriaSet, input: SpecInput): { column: string | undefined; known: boolean } {
  if (set.columns === 'region') return { column: effectiveRegion({ region: input.region as never, especiallyDifficult: input.especiallyDifficult, safeZone: input.safeZone }).region, known: true };
  if (set.columns === 'commune-group') return input.group ? { column: `G${input.group}`, known: true } : { column: undefined, known: false };
  return { column: undefined, known: true };
}

/** Values of one source for a case: in force on the day, for the year, for the column; specific beats 'all', then latest. */
function choose(values: readonly Threshold[], day: string, year: number, col: { column: string | undefined; known: boolean }): Threshold | 'column-unknown' | undefined {
  const live = values.filter((t) => t.validFrom <= day && (t.validUntil === undefined || day <= t.validUntil) && (t.years === undefined || t.years.includes(year)));
  if (!col.known && live.some((t) => t.columns !== 'all')) return 'column-unknown';
  const specific = live.filter((t) => t.columns !== 'all' && col.column !== undefined && (t.columns as readonly string[]).includes(col.column));
  const pool = specific.length > 0 ? specific : live.filter((t) => t.columns === 'all');
  return pool.reduce<Threshold | undefined>((best, t) => (best === undefined || t.validFrom > best.validFrom ? t : best), undefined);
}

function fromOverlay(o: ThresholdOverlay, v: OverlayThreshold, set: CriteriaSet): Threshold {
  return { columns: v.columns ?? 'all', validFrom: v.validFrom ?? o.validFrom ?? set.validFrom, validUntil: v.validUntil ?? o.validUntil ?? set.validUntil, years: v.years, rule: v.rule, citation: v.citation ?? o.citation, provenance: v.provenance ?? o.provenance } as Threshold;
}

function operand(op: Operand, v: Values): number | boolean | undefined {
  if ('field' in op) return v[op.field];
  if ('const' in op) return op.const;
  const [n, d] = op.percentOf.map((k) => v[k]);
  return typeof n === 'number' && typeof d === 'number' && d !== 0 ? (n * 100) / d : undefined;
}

/** The number of comparisons that fail (0 when the condition holds). */
function failures(c: Condition, v: Values): number {
  if ('compare' in c) {
    const a = operand(c.compare[0], v);
    const b = operand(c.compare[2], v);
    if (a === undefined || b === undefined) return 1;
    const op = c.compare[1];
    const ok = op === '>=' ? a >= b : op === '>' ? a > b : op === '<=' ? a <= b : op === '<' ? a < b : a === b;
    return ok ? 0 : 1;
  }
  if ('all' in c) return c.all.reduce((n, x) => n + failures(x, v), 0);
  if ('any' in c) {
    const each = c.any.map((x) => failures(x, v));
    return each.includes(0) ? 0 : each.reduce((a, b) => a + b, 0);
  }
  return failures(c.if, v) === 0 ? failures(c.then, v) : failures(c.else, v);
}

const round12 = (d: number) => Number(d.toPrecision(12));

function judge(ind: Indicator, t: Threshold, v: IndicatorValue): { outcome: string; shortfall: number | null; failed: number } {
  const r = t.rule;
  const n = v as number;
  switch (r.kind) {
    case 'boolean': return { outcome: v === true ? 'met' : 'not-met', shortfall: null, failed: 0 };
    case 'none-allowed': return n === 0 ? { outcome: 'met', shortfall: null, failed: 0 } : { outcome: 'not-met', shortfall: n, failed: 0 };
    case 'min-percent': case 'min-value': return n >= r.min ? { outcome: 'met', shortfall: null, failed: 0 } : { outcome: 'not-met', shortfall: round12(r.min - n), failed: 0 };
    case 'max-percent': case 'max-value': return n <= r.max ? { outcome: 'met', shortfall: null, failed: 0 } : { outcome: 'not-met', shortfall: round12(n - r.max), failed: 0 };
    case 'min-count': return n >= r.min ? { outcome: 'met', shortfall: null, failed: 0 } : { outcome: 'not-met', shortfall: r.min - n, failed: 0 };
    case 'compound': {
      const f = failures(r.rule, v as Values);
      return f === 0 ? { outcome: 'met', shortfall: null, failed: 0 } : { outcome: 'not-met', shortfall: null, failed: f };
    }
  }
  void ind;
}

/** Evaluates valid input the plain way and returns the projection. */
export function specEvaluate(set: CriteriaSet, input: SpecInput, day: string, overlays: readonly ThresholdOverlay[] = []): Projection {
  const col = column(set, input);
  const provenance = { confirmed: 0, secondary: 0, notEncoded: 0, fromOverlay: 0 };
  const indicators: Projection['indicators'] = {};
  const criteria: Projection['criteria'] = {};
  let met = 0;
  let notMet = 0;
  let unknown = 0;
  for (const crit of set.criteria) {
    const outcomes: string[] = [];
    for (const ind of crit.indicators) {
      let chosen: Threshold | 'column-unknown' | undefined;
      let source = 'national';
      for (const o of [...overlays].reverse()) {
        if (o.setKind !== set.kind || !Object.hasOwn(o.thresholds, ind.code)) continue;
        // An overlay whose own validity lies outside the set version's is not applied (EVAL-OVERLAY-VALIDITY).
        if ((o.validUntil !== undefined && o.validUntil < set.validFrom) || (o.validFrom !== undefined && set.validUntil !== undefined && o.validFrom > set.validUntil)) continue;
        const raw = o.thresholds[ind.code]!;
        chosen = choose((Array.isArray(raw) ? raw : [raw]).map((v: OverlayThreshold) => fromOverlay(o, v, set)), day, input.year, col);
        if (chosen !== undefined) {
          source = o.id;
          break;
        }
      }
      if (chosen === undefined) chosen = choose(ind.thresholds, day, input.year, col);
      const t = chosen === 'column-unknown' ? undefined : chosen;
      if (t) {
        provenance[t.provenance]++;
        if (source !== 'national') provenance.fromOverlay++;
      } else provenance.notEncoded++;
      const v = input.indicators?.[ind.code];
      let r: { outcome: string; reason: string | null; shortfall: number | null; failed: number };
      if (v === undefined) r = { outcome: 'unknown', reason: 'missing-input', shortfall: null, failed: 0 };
      else if (v === null) r = { outcome: 'unknown', reason: 'explicitly-unknown', shortfall: null, failed: 0 };
      else if (v === 'not-applicable') r = { outcome: 'not-applicable', reason: 'not-applicable', shortfall: null, failed: 0 };
      else if (!t) r = { outcome: 'unknown', reason: chosen === 'column-unknown' ? 'column-unknown' : 'threshold-not-encoded', shortfall: null, failed: 0 };
      else r = { ...judge(ind, t, v), reason: null };
      indicators[ind.code] = { ...r, threshold: t ? { rule: t.rule, column: t.columns === 'all' ? 'all' : col.column, source, provenance: t.provenance, validFrom: t.validFrom } : null };
      outcomes.push(r.outcome);
    }
    let outcome = outcomes.length === 0 ? 'unknown' : outcomes.includes('not-met') ? 'not-met' : outcomes.includes('unknown') ? 'unknown' : 'met';
    let basis = 'indicators';
    const assessed = input.criteria?.[crit.code];
    if (assessed !== undefined && outcome === 'unknown') {
      outcome = assessed;
      basis = 'assessment';
    }
    criteria[crit.code] = { outcome, basis };
    if (outcome === 'met') met++;
    else if (outcome === 'not-met') notMet++;
    else unknown++;
  }
  return {
    status: notMet > 0 ? 'not-met' : unknown > 0 ? 'undetermined' : 'meets-standard',
    counts: [met, notMet, unknown, set.criteria.length],
    column: col.column ?? null,
    criteria,
    indicators,
    provenance,
  };
}

/** The same projection of an engine result. */
export function project(r: EvaluationResult): Projection {
  const indicators: Projection['indicators'] = {};
  for (const c of r.criteria) {
    for (const i of c.indicators) {
      indicators[i.code] = {
        outcome: i.outcome,
        reason: i.reason?.code ?? null,
        shortfall: i.shortfall ?? null,
        failed: i.failed?.length ?? 0,
        threshold: i.threshold ? { rule: i.threshold.rule, column: i.threshold.column, source: i.threshold.source, provenance: i.threshold.provenance, validFrom: i.threshold.validFrom } : null,
      };
    }
  }
  return {
    status: r.status,
    counts: [r.criteriaMet, r.criteriaNotMet, r.criteriaUnknown, r.criteriaTotal],
    column: r.effectiveRegion ?? (r.group ? `G${r.group}` : null),
    criteria: Object.fromEntries(r.criteria.map((c) => [c.code, { outcome: c.outcome, basis: c.basis }])),
    indicators,
    provenance: { ...r.provenance },
  };
}
