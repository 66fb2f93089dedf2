// Invariants of the engine, over generated communes (test/_support/generate.ts) with the
// FICTITIOUS (BENCHMARK-ONLY) overlay that makes every numeric indicator comparable, and a
// differential check against the specification interpreter (test/_support/spec/evaluate.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyCriteriaCount, defineThresholdOverlay, evaluate, evaluateCommune, getCriteriaSet, NATIONAL_COMMUNE_SCHEME } from '../../src/index.js';
import type { CriteriaSet, EvaluationResult, Indicator, IndicatorValue, OverlayThreshold, ThresholdOverlay } from '../../src/index.js';
import { isDeepFrozen } from '../../src/_lib/freeze.js';
import { fictitiousOverlayDefinition, generateCommune, indicatorsOf, rng, type GeneratedCommune } from '../_support/generate.js';
import { project, specEvaluate } from '../_support/spec/evaluate.js';

const SET_2023 = getCriteriaSet('commune', { asOf: '2023-06-30' });
const SET_2024 = getCriteriaSet('commune', { asOf: '2024-06-30' });
const OVERLAY = defineThresholdOverlay(fictitiousOverlayDefinition(SET_2024));
const INDICATORS = indicatorsOf(SET_2024);

/** A generated commune from a seed, with some values removed, nulled or declared not applicable. */
const commune = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  dropRate: fc.constantFrom(0, 0, 0.1, 0.5, 1),
}).map(({ seed, dropRate }): GeneratedCommune => {
  const r = rng(seed);
  const c = generateCommune(r, SET_2024);
  const indicators: Record<string, IndicatorValue> = {};
  for (const [code, v] of Object.entries(c.indicators)) {
    const x = r();
    if (x < dropRate * 0.7) continue;
    indicators[code] = x < dropRate ? null : v;
  }
  return { ...c, indicators };
});

// The same values in a table valid only until 2023 whose rows say they run to 2025: the table's own
// validity decides, so it applies to the 2022 version and is left aside for the 2024 one.
const untilFrom2023 = fictitiousOverlayDefinition(SET_2023);
const OVERLAY_UNTIL_2023 = defineThresholdOverlay({
  ...untilFrom2023,
  id: 'FICTITIOUS-until-2023',
  validUntil: '2023-12-31',
  thresholds: Object.fromEntries(Object.entries(untilFrom2023.thresholds).map(([code, v]) => [code, (Array.isArray(v) ? v : [v]).map((t: OverlayThreshold) => ({ ...t, validFrom: '2022-01-01', validUntil: '2025-12-31' }))])),
});
const overlaysArb = fc.constantFrom<readonly ThresholdOverlay[] | undefined>(undefined, [OVERLAY], [OVERLAY_UNTIL_2023], [OVERLAY_UNTIL_2023, OVERLAY]);

function evaluateBoth(c: GeneratedCommune, overlays: readonly ThresholdOverlay[] | undefined) {
  const asOf = `${c.year}-12-31`;
  const set = getCriteriaSet('commune', { asOf });
  const options = overlays ? { asOf, overlays } : { asOf };
  return [project(evaluate(set, c, options)), specEvaluate(set, c, asOf, overlays)] as const;
}

function indicatorOf(r: EvaluationResult, code: string) {
  for (const c of r.criteria) for (const i of c.indicators) if (i.code === code) return { criterion: c, indicator: i };
  throw new Error(`no indicator ${code}`);
}

const ALL_CODES = SET_2024.criteria.map((c) => c.code);
const assessedArb = fc.dictionary(fc.constantFrom(...ALL_CODES), fc.constantFrom('met' as const, 'not-met' as const, 'unknown' as const), { maxKeys: 6 });

describe('engine: differential against the specification interpreter', () => {
  it('agrees on every outcome, reason, shortfall, threshold and count, with and without overlays, cache cold or warm', () => {
    fc.assert(
      fc.property(commune, overlaysArb, (c, overlays) => {
        const [engine, spec] = evaluateBoth(c, overlays);
        expect(engine).toEqual(spec);
      }),
      { numRuns: 300 },
    );
  });

  it('also for overlays that are not frozen (no caching) and for the 2022 version', () => {
    const raw = fictitiousOverlayDefinition(SET_2024);
    fc.assert(
      fc.property(commune, (c) => {
        const set = c.year <= 2023 ? SET_2023 : SET_2024;
        const asOf = `${c.year}-12-31`;
        const overlay = defineThresholdOverlay(raw);
        expect(project(evaluate(set, c, { asOf, overlays: [raw] }))).toEqual(specEvaluate(set, c, asOf, [overlay]));
      }),
      { numRuns: 50 },
    );
  });

  it('agrees on criterion-level assessments wherever the indicators leave a criterion undecided', () => {
    fc.assert(
      fc.property(commune, assessedArb, (c, assessed) => {
        const asOf = `${c.year}-12-31`;
        const set = getCriteriaSet('commune', { asOf });
        const spec = specEvaluate(set, c, asOf, [OVERLAY]);
        // Only criteria the indicators leave unknown may be assessed without contradiction.
        const criteria = Object.fromEntries(Object.entries(assessed).filter(([code]) => spec.criteria[code]!.outcome === 'unknown'));
        expect(project(evaluate(set, { ...c, criteria }, { asOf, overlays: [OVERLAY] }))).toEqual(specEvaluate(set, { ...c, criteria }, asOf, [OVERLAY]));
      }),
      { numRuns: 150 },
    );
  });
});

/** Values of an indicator ordered from worse to better, for the monotonicity property. */
function betterPair(ind: Indicator, r: () => number): [IndicatorValue, IndicatorValue] | undefined {
  const a = Math.round(r() * 1000) / 10;
  const b = Math.round(r() * 1000) / 10;
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  switch (ind.kind) {
    case 'boolean': return [false, true];
    case 'none-allowed': return [Math.floor(hi), Math.floor(lo)];
    case 'min-percent': return [lo, hi];
    case 'max-percent': return [hi, lo];
    case 'min-value': return [lo, hi];
    case 'max-value': return [hi, lo];
    case 'min-count': return [Math.floor(lo), Math.floor(hi)];
    case 'compound':
      if (ind.code === '5') {
        const schools = 1 + Math.floor(r() * 8);
        const l1 = Math.floor(r() * (schools + 1));
        const m1 = Math.floor(r() * (schools + 1));
        return [
          { schools, atMinimumStandard: m1, atLevel1: l1 },
          { schools, atMinimumStandard: Math.min(schools, m1 + Math.floor(r() * 3)), atLevel1: Math.min(schools, l1 + Math.floor(r() * 3)) },
        ];
      }
      if (ind.code === '14.1') {
        const lv = () => Math.floor(r() * 4);
        const w = { grade1EntryPercent: lo, preschool5Universal: r() < 0.5, primaryLevel: lv(), lowerSecondaryLevel: lv(), literacyLevel: lv() };
        return [w, { grade1EntryPercent: hi, preschool5Universal: w.preschool5Universal || r() < 0.5, primaryLevel: w.primaryLevel + 1, lowerSecondaryLevel: w.lowerSecondaryLevel, literacyLevel: w.literacyLevel + 1 }];
      }
      return [{ cleanWaterPercent: lo, centralisedPercent: lo }, { cleanWaterPercent: hi, centralisedPercent: Math.min(100, lo + 5) }];
    default: return undefined;
  }
}

describe('engine: invariants', () => {
  it('monotonicity per indicator kind: a better value never turns met into not-met (indicator, criterion, count)', () => {
    fc.assert(
      fc.property(commune, fc.integer({ min: 0, max: INDICATORS.length - 1 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }), (c, k, seed) => {
        const ind = INDICATORS[k]!;
        const pair = betterPair(ind, rng(seed));
        if (!pair) return;
        const options = { overlays: [OVERLAY] };
        const worse = evaluateCommune({ ...c, indicators: { ...c.indicators, [ind.code]: pair[0] } }, options);
        const better = evaluateCommune({ ...c, indicators: { ...c.indicators, [ind.code]: pair[1] } }, options);
        const w = indicatorOf(worse, ind.code);
        const b = indicatorOf(better, ind.code);
        if (w.indicator.outcome === 'met') expect(b.indicator.outcome).toBe('met');
        if (w.criterion.outcome === 'met') expect(b.criterion.outcome).toBe('met');
        expect(better.criteriaMet).toBeGreaterThanOrEqual(worse.criteriaMet);
      }),
      { numRuns: 400 },
    );
  });

  it('unknown never counts as met; counts add up; status and bucket follow from them', () => {
    fc.assert(
      fc.property(commune, overlaysArb, (c, overlays) => {
        const r = evaluateCommune(c, overlays ? { overlays } : undefined);
        for (const crit of r.criteria) {
          const outcomes = crit.indicators.map((i) => i.outcome);
          if (crit.outcome === 'met') expect(outcomes.every((o) => o === 'met' || o === 'not-applicable')).toBe(true);
          if (outcomes.includes('unknown') && !outcomes.includes('not-met')) expect(crit.outcome).toBe('unknown');
          for (const i of crit.indicators) {
            if (i.value === undefined || i.value === null || i.threshold === null) expect(['unknown', 'not-applicable']).toContain(i.outcome);
          }
        }
        const count = (o: string) => r.criteria.filter((x) => x.outcome === o).length;
        expect(r.criteriaMet).toBe(count('met'));
        expect(r.criteriaNotMet).toBe(count('not-met'));
        expect(r.criteriaUnknown).toBe(count('unknown'));
        expect(r.criteriaMet + r.criteriaNotMet + r.criteriaUnknown).toBe(r.criteriaTotal);
        expect(r.status).toBe(r.criteriaNotMet > 0 ? 'not-met' : r.criteriaUnknown > 0 ? 'undetermined' : 'meets-standard');
        const holding = NATIONAL_COMMUNE_SCHEME.buckets.filter((b) => b.min <= r.criteriaMet && r.criteriaMet <= b.max);
        expect(holding).toHaveLength(1);
        expect(classifyCriteriaCount(r.criteriaMet)).toBe(holding[0]);
      }),
      { numRuns: 300 },
    );
  });

  it('removing a value never raises criteriaMet (missing input is never met)', () => {
    fc.assert(
      fc.property(commune, fc.integer({ min: 0, max: INDICATORS.length - 1 }), (c, k) => {
        const code = INDICATORS[k]!.code;
        const { [code]: _dropped, ...rest } = c.indicators;
        const full = evaluateCommune(c, { overlays: [OVERLAY] });
        const partial = evaluateCommune({ ...c, indicators: rest }, { overlays: [OVERLAY] });
        expect(partial.criteriaMet).toBeLessThanOrEqual(full.criteriaMet);
        expect(indicatorOf(partial, code).indicator.outcome).toBe('unknown');
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and mutates neither the input nor the criteria data', () => {
    const setBefore = JSON.stringify(SET_2024);
    const overlayBefore = JSON.stringify(OVERLAY);
    fc.assert(
      fc.property(commune, overlaysArb, (c, overlays) => {
        const before = structuredClone(c);
        const options = overlays ? { overlays } : undefined;
        const a = evaluateCommune(c, options);
        const b = evaluateCommune(c, options);
        expect(b).toEqual(a);
        expect(c).toEqual(before);
        // Compound values in the result are copies: changing the result cannot reach the input.
        for (const crit of a.criteria) for (const i of crit.indicators) if (typeof i.value === 'object' && i.value !== null) expect(i.value).not.toBe(c.indicators[i.code]);
      }),
      { numRuns: 150 },
    );
    expect(JSON.stringify(SET_2024)).toBe(setBefore);
    expect(JSON.stringify(OVERLAY)).toBe(overlayBefore);
    expect(isDeepFrozen(SET_2024)).toBe(true);
    expect(isDeepFrozen(OVERLAY)).toBe(true);
  });

  it('shared parts of results (thresholds, reasons, provenance) are frozen, so one result cannot alter another', () => {
    const c = generateCommune(rng(7), SET_2024);
    const r = evaluateCommune({ ...c, indicators: { ...c.indicators, '2.1': null } }, { overlays: [OVERLAY] });
    const i = r.criteria[1]!.indicators[1]!;
    expect(Object.isFrozen(i.threshold)).toBe(true);
    expect(Object.isFrozen(i.threshold!.text)).toBe(true);
    expect(Object.isFrozen(r.criteria[1]!.indicators[0]!.reason)).toBe(true);
    expect(Object.isFrozen(r.provenance)).toBe(true);
    expect(Object.isFrozen(r.overlays)).toBe(true);
    expect(Object.isFrozen(r.set)).toBe(true);
  });
});

/** A set that is not frozen: the engine must not cache anything by its identity. */
function mutableCopy(set: CriteriaSet): CriteriaSet {
  return structuredClone(set) as CriteriaSet;
}

describe('engine: caches only what cannot change', () => {
  it('an unfrozen set edited between calls is evaluated with its new thresholds', () => {
    const set = mutableCopy(SET_2024) as unknown as { criteria: { indicators: { thresholds: unknown[] }[] }[] };
    const input = { region: 'DBSH' as const, year: 2024, indicators: { '1.1': true, '1.2': true } };
    expect(evaluate(set as unknown as CriteriaSet, input).criteria[0]!.outcome).toBe('met');
    set.criteria[0]!.indicators[0]!.thresholds = [];
    const after = evaluate(set as unknown as CriteriaSet, input);
    expect(after.criteria[0]!.outcome).toBe('unknown');
    expect(after.criteria[0]!.indicators[0]!.reason?.code).toBe('threshold-not-encoded');
  });

  it('an unfrozen overlay edited between calls is applied with its new values', () => {
    const overlay = { id: 'x', title: 'x', setKind: 'commune' as const, citation: { instrument: 'x' }, provenance: 'secondary' as const, thresholds: { '2.1': { rule: { kind: 'min-percent' as const, min: 50 } } } };
    const input = { region: 'DBSH' as const, year: 2024, indicators: { '2.1': 60 } };
    expect(evaluateCommune(input, { overlays: [overlay] }).criteria[1]!.indicators[0]!.outcome).toBe('met');
    overlay.thresholds['2.1'].rule.min = 70;
    expect(evaluateCommune(input, { overlays: [overlay] }).criteria[1]!.indicators[0]!.outcome).toBe('not-met');
  });

  it('a shallow-frozen overlay edited inside is re-validated and applied with its new values', () => {
    const inner = { rule: { kind: 'min-percent' as const, min: 50 } };
    const overlay = Object.freeze({ id: 'y', title: 'y', setKind: 'commune' as const, citation: { instrument: 'y' }, provenance: 'secondary' as const, thresholds: { '2.1': inner } });
    const input = { region: 'DBSH' as const, year: 2024, indicators: { '2.1': 60 } };
    expect(evaluateCommune(input, { overlays: [overlay] }).criteria[1]!.indicators[0]!.outcome).toBe('met');
    (inner.rule as { min: unknown }).min = 'not a number';
    expect(() => evaluateCommune(input, { overlays: [overlay] })).toThrow(/overlays/);
  });
});
