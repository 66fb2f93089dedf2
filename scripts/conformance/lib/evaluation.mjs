// Builds the complete expected projection of an evaluation (docs/conformance.md) from a set typed in
// national.mjs (or a test set given in the case), the case's input and options, and the outcomes the
// case states by hand for the values it gives. The mechanical rules of docs/spec.md are applied here
// (threshold selection §3.4, reasons §3.6, aggregation §3.7), never the library: a value that must be
// judged (met or not, shortfall, failed parts) is always stated by the case itself.

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A rule with the texts left out (labels are not normative). */
export function stripLabels(v) {
  if (Array.isArray(v)) return v.map(stripLabels);
  if (!isObject(v)) return v;
  const out = {};
  for (const [k, x] of Object.entries(v)) if (k !== 'label') out[k] = stripLabels(x);
  return out;
}

/** COL-SPECIAL-TDMNPB. */
export function specialColumn(input) {
  return input.region !== 'TDMNPB' && (input.especiallyDifficult === true || input.safeZone === true) ? 'TDMNPB' : input.region;
}

function inForce(t, k) {
  return k.day >= t.validFrom && (t.validUntil === undefined || t.validUntil === null || k.day <= t.validUntil) && (t.years === undefined || t.years.includes(k.year));
}

/** EVAL-THRESHOLD-IN-FORCE/-YEARS/-COLUMN/-SPECIFIC-OVER-ALL/-LATEST/-COLUMN-UNKNOWN for one source. */
function pick(values, k) {
  let best;
  for (const t of values) {
    if (!inForce(t, k)) continue;
    const specific = t.columns !== 'all';
    if (specific) {
      if (!k.columnKnown) return 'column-unknown';
      if (k.column === undefined || !t.columns.includes(k.column)) continue;
    }
    if (best === undefined) best = t;
    else {
      const bs = best.columns !== 'all';
      if ((specific && !bs) || (specific === bs && t.validFrom > best.validFrom)) best = t;
    }
  }
  return best;
}

/** EVAL-OVERLAY-DEFAULTS. */
function completeOverlayValue(o, v, set) {
  const validUntil = v.validUntil ?? o.validUntil ?? set.validUntil ?? undefined;
  return {
    columns: v.columns ?? 'all',
    validFrom: v.validFrom ?? o.validFrom ?? set.validFrom,
    ...(validUntil !== undefined && validUntil !== null ? { validUntil } : {}),
    ...(v.years !== undefined ? { years: v.years } : {}),
    rule: v.rule,
    provenance: v.provenance ?? o.provenance,
  };
}

/** EVAL-THRESHOLD-SOURCES: overlays last first, then the set's own values. */
export function resolveThreshold(set, indicator, k, overlays) {
  for (let n = overlays.length - 1; n >= 0; n--) {
    const o = overlays[n];
    if (o.setKind !== set.kind || !Object.hasOwn(o.thresholds, indicator.code)) continue;
    const raw = o.thresholds[indicator.code];
    const chosen = pick((Array.isArray(raw) ? raw : [raw]).map((v) => completeOverlayValue(o, v, set)), k);
    if (chosen === 'column-unknown') return chosen;
    if (chosen) return { t: chosen, source: o.id };
  }
  const national = pick(indicator.thresholds, k);
  if (national === 'column-unknown') return national;
  return national ? { t: national, source: 'national' } : undefined;
}

function appliedThreshold(r, k) {
  const t = r.t;
  return {
    source: r.source,
    column: t.columns === 'all' ? 'all' : k.column,
    validFrom: t.validFrom,
    validUntil: t.validUntil ?? null,
    year: t.years !== undefined ? k.year : null,
    provenance: t.provenance,
    rule: stripLabels(t.rule),
    conflict: t.conflict ?? null,
  };
}

/** The day of the evaluation (EVAL-DAY-IN-VERSION). */
export function dayOf(set, year, asOf) {
  if (asOf !== undefined) return asOf;
  const end = `${year}-12-31`;
  return set.validUntil && end > set.validUntil ? set.validUntil : end;
}

/**
 * The complete expected evaluation projection.
 * @param set a typed set (national.mjs) or a test set definition
 * @param input the case's evaluation input
 * @param options the case's evaluate options ({ asOf?, overlays? })
 * @param judged code → { outcome: 'met' | 'not-met', shortfall?, failed? } for every value that is judged
 * @param extra { group?: the group classified by hand from groupFacts; conditions?: condition values (districts) }
 */
export function expectEvaluation(set, input, options = {}, judged = {}, extra = {}) {
  const year = input.year;
  const day = dayOf(set, year, options.asOf);
  const columns = set.columns ?? 'none';
  let column;
  let columnKnown = true;
  let effectiveRegion = null;
  let group = null;
  if (columns === 'region') {
    effectiveRegion = specialColumn(input);
    column = effectiveRegion;
  } else if (columns === 'commune-group') {
    group = input.group ?? extra.group ?? null;
    if (group === null) columnKnown = false;
    else column = `G${group}`;
  }
  const k = { day, year, column, columnKnown };
  const overlays = options.overlays ?? [];
  const tally = { confirmed: 0, secondary: 0, notEncoded: 0, fromOverlay: 0 };
  const cited = [];
  const used = new Set(Object.keys(judged));

  const one = (indicator, value) => {
    const r = resolveThreshold(set, indicator, k, overlays);
    let threshold = null;
    if (r === undefined || r === 'column-unknown') tally.notEncoded++;
    else {
      threshold = appliedThreshold(r, k);
      tally[threshold.provenance]++;
      if (r.source !== 'national') {
        tally.fromOverlay++;
        if (!cited.includes(r.source)) cited.push(r.source);
      }
    }
    const base = { code: indicator.code, outcome: 'unknown', reason: null, shortfall: null, failed: null, threshold };
    if (value === undefined) return { ...base, reason: 'missing-input' };
    if (value === null) return { ...base, reason: 'explicitly-unknown' };
    if (value === 'not-applicable') return { ...base, outcome: 'not-applicable', reason: 'not-applicable' };
    if (threshold === null) return { ...base, reason: r === 'column-unknown' ? 'column-unknown' : 'threshold-not-encoded' };
    const j = judged[indicator.code];
    if (j === undefined) throw new Error(`${set.id}: the value of ${indicator.code} is judged: the case must state its outcome`);
    used.delete(indicator.code);
    if (j.outcome !== 'met' && j.outcome !== 'not-met') throw new Error(`bad judged outcome for ${indicator.code}`);
    return { ...base, outcome: j.outcome, shortfall: j.shortfall ?? null, failed: j.failed ?? null };
  };

  const given = input.indicators ?? {};
  const assessed = input.criteria ?? {};
  const counts = { met: 0, notMet: 0, unknown: 0 };
  const criteria = set.criteria.map((c) => {
    const indicators = c.indicators.map((i) => one(i, given[i.code]));
    let outcome = indicators.some((i) => i.outcome === 'not-met') ? 'not-met' : indicators.length === 0 || indicators.some((i) => i.outcome === 'unknown') ? 'unknown' : 'met';
    let basis = 'indicators';
    const a = assessed[c.code];
    if (a !== undefined) {
      if (indicators.length > 0 && outcome !== 'unknown' && outcome !== a) throw new Error(`criterion ${c.code}: the assessment contradicts the indicators: the case expects an error`);
      if (outcome === 'unknown') {
        outcome = a;
        basis = 'assessment';
      }
    }
    counts[outcome === 'met' ? 'met' : outcome === 'not-met' ? 'notMet' : 'unknown']++;
    const reason = basis === 'indicators' && outcome === 'unknown' && indicators.length === 0 ? 'indicators-not-encoded' : null;
    return { code: c.code, group: c.group ?? null, outcome, basis, reason, indicators };
  });
  const conditionValues = extra.conditions ?? input.conditions ?? {};
  const conditions = (set.conditions ?? []).map((i) => one(i, conditionValues[i.code]));
  if (used.size > 0) throw new Error(`${set.id}: judged outcomes for codes not judged: ${[...used].join(', ')}`);
  const cond = conditions.some((i) => i.outcome === 'not-met') ? 'not-met' : conditions.some((i) => i.outcome === 'unknown') ? 'unknown' : 'met';
  const status = counts.notMet > 0 || cond === 'not-met' ? 'not-met' : counts.unknown > 0 || cond === 'unknown' ? 'undetermined' : 'meets-standard';
  return {
    set: { id: set.id, kind: set.kind, validFrom: set.validFrom, validUntil: set.validUntil ?? null },
    year,
    asOf: day,
    region: input.region ?? null,
    effectiveRegion,
    group,
    status,
    criteriaMet: counts.met,
    criteriaNotMet: counts.notMet,
    criteriaUnknown: counts.unknown,
    criteriaTotal: set.criteria.length,
    criteria,
    conditions,
    provenance: tally,
    overlays: cited,
    // CONV-NFC: the assessment source is echoed with its texts in NFC.
    assessment: input.assessment === undefined ? null : Object.fromEntries(Object.entries(input.assessment).map(([k, v]) => [k, v.normalize('NFC')])),
  };
}

/** Every value of `codes` judged with the same outcome (for cases giving many values). */
export const allJudged = (codes, outcome = 'met') => Object.fromEntries(codes.map((c) => [c, { outcome }]));
