// One test per defect the hostile-input suite found, so each stays fixed.
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { NtmError } from '../../src/index.js';
import { deep } from './inputs.js';
import { thrown } from '../_support/thrown.js';


const commune = { region: 'DBSH' as const, year: 2024, indicators: { '2.1': 60 } };
const overlayDef = { id: 'x', title: 'x', setKind: 'commune' as const, citation: { instrument: 'x' }, provenance: 'secondary' as const, thresholds: { '2.1': [{ rule: { kind: 'min-percent' as const, min: 50 } }] } };
const summary = () => structuredClone(api.summarizeCommunes([{ criteriaMet: 19 }, { criteriaMet: 12 }])) as unknown as Record<string, unknown>;

describe('defects found by the hostile-input suite', () => {
  it('evaluate rejects a set that is not a valid criteria set (was a TypeError)', () => {
    for (const set of [0, null, {}, [], { ...api.getCriteriaSet('commune', { asOf: '2024-06-30' }), criteria: 'x' }]) {
      const e = thrown(() => api.evaluate(set as never, commune));
      expect(e.code).toBe('invalid-definition');
      expect(e.issues[0]!.path[0]).toBe('set');
    }
  });

  it('a hole in options.overlays is reported (was skipped, then a TypeError)', () => {
    const e = thrown(() => api.evaluateCommune(commune, { overlays: [, api.defineThresholdOverlay(overlayDef)] as never }));
    expect(e.issues[0]!.path).toEqual(['options', 'overlays', 0]);
  });

  it('raw sets and overlays are evaluated through validated copies (an array with an own "constructor" was a TypeError)', () => {
    const raw = structuredClone(overlayDef);
    Object.defineProperty(raw.thresholds['2.1'], 'constructor', { value: 0, enumerable: false });
    expect(api.evaluateCommune(commune, { overlays: [raw] }).criteria[1]!.indicators[0]!.outcome).toBe('met');
  });

  it('getCriteriaSet with a null-prototype object as kind (was "Cannot convert object to primitive value")', () => {
    const e = thrown(() => api.getCriteriaSet(Object.create(null) as never));
    expect(e.code).toBe('unknown-reference');
    expect(e.message).toContain('an object');
  });

  it('effectiveRegion validates its argument (was a TypeError; a non-boolean flag was ignored)', () => {
    expect(thrown(() => api.effectiveRegion(undefined as never)).issues[0]!.path).toEqual([]);
    expect(thrown(() => api.effectiveRegion({ region: 'XYZ' } as never)).issues[0]!.path).toEqual(['region']);
    expect(thrown(() => api.effectiveRegion({ region: 'DBSCL', especiallyDifficult: 'yes' } as never)).issues[0]!.path).toEqual(['especiallyDifficult']);
    expect(api.effectiveRegion({ region: 'DBSCL', safeZone: true }).region).toBe('TDMNPB');
  });

  it('summaries with holes in their arrays or a bad average are rejected (were TypeError and DecimalError)', () => {
    const holed = summary();
    (holed.buckets as unknown[]).length = 9; // holes after the five buckets
    expect(thrown(() => api.compareSummaries(holed as never, summary() as never)).issues[0]!.path).toEqual(['before', 'buckets', 5]);
    const badAverage = summary();
    (badAverage.average as Record<string, unknown>).roundedDecimals = NaN;
    expect(thrown(() => api.progressTowardTarget(badAverage as never, { average: '17.0' })).issues[0]!.path).toEqual(['current', 'average', 'roundedDecimals']);
  });

  it('analyzeGap rejects indicator lists that are not arrays (was "list.flatMap is not a function")', () => {
    const r = structuredClone(api.evaluateCommune({ region: 'TDMNPB', year: 2024, indicators: {} })) as unknown as { criteria: { indicators: unknown }[]; conditions: unknown };
    r.criteria[3]!.indicators = 5;
    expect(thrown(() => api.analyzeGap(r as never)).issues[0]!.path).toEqual(['result', 'criteria', 3, 'indicators']);
  });

  it('huge arrays and deep nesting in rule data and plans are refused at once (were 0.5 s of schema errors, or deep recursion)', () => {
    const huge = { ...overlayDef, thresholds: { '2.1': Array.from({ length: 50_000 }, () => ({ rule: { kind: 'min-percent', min: 1 } })) } };
    expect(thrown(() => api.defineThresholdOverlay(huge as never)).issues[0]!.message).toMatch(/too large: \d+ items/);
    expect(thrown(() => api.evaluateCommune(commune, { overlays: [huge as never] })).issues[0]!.path).toEqual(['options', 'overlays', 0, 'thresholds', '2.1']);
    expect(thrown(() => api.defineThresholdOverlay({ ...overlayDef, thresholds: { '2.1': { rule: { kind: 'compound', rule: deep(3_000, false) } } } } as never)).issues[0]!.message).toMatch(/nested too deeply/);
    expect(thrown(() => api.defineCriteriaSet({ criteria: Array.from({ length: 50_000 }, () => 0) } as never)).issues[0]!.message).toMatch(/too large: \d+ items/);
    expect(thrown(() => api.parsePlan({ province: 'Lai Châu', year: 2024, communes: 94, baseline: { criteria: Array.from({ length: 50_000 }, () => 0) } })).issues[0]!.code).toBe('too-large');
  });

  it('a report language that JSON cannot print is rejected as bad input (was "Do not know how to serialize a BigInt")', () => {
    const plan = api.parsePlan({ province: 'Lai Châu', year: 2024, communes: 94 });
    expect(thrown(() => api.renderPlanReportHtml(plan, { lang: 10n as never })).issues[0]!.path).toEqual(['options', 'lang']);
  });

  it('absurdly long province names are answered at once', () => {
    expect(api.defaultRegionOfProvince('Lai Châu '.repeat(20_000))).toBeUndefined();
  });

  it('a Date whose year has more than four digits is not a valid asOf (it compared wrongly as a string)', () => {
    expect(thrown(() => api.evaluateCommune(commune, { asOf: new Date(8.64e15) })).issues[0]!.path).toEqual(['options', 'asOf']);
  });
});
