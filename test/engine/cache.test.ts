import { describe, expect, it } from 'vitest';
import { CACHE_LIMITS, planFor } from '../../src/engine/cache.js';
import { defineCriteriaSet, evaluate, EXAMPLE_VILLAGE_SET } from '../../src/index.js';
import type { CriteriaSet } from '../../src/index.js';

describe('planFor (the plan table)', () => {
  it('builds a plan once per set, overlays and case key; numbers and strings are different keys', () => {
    const set = {};
    const [a, b] = [{}, {}];
    let built = 0;
    const build = () => ({ n: ++built });
    const p1 = planFor(set, [], 20240630_02024, build);
    expect(planFor(set, [], 20240630_02024, build)).toBe(p1);
    expect(planFor(set, [a], 20240630_02024, build)).not.toBe(p1);
    expect(planFor(set, [a, b], 20240630_02024, build)).not.toBe(planFor(set, [b, a], 20240630_02024, build));
    expect(planFor(set, [], '20240630_02024', build)).not.toBe(p1);
    expect(planFor({}, [], 20240630_02024, build)).not.toBe(p1);
    expect(built).toBe(6);
  });

  it('keeps at most plansPerSet plans per set, all overlay groups counted, then starts afresh', () => {
    const set = {};
    const [a] = [{}];
    let built = 0;
    const build = () => ({ n: ++built });
    const first = planFor(set, [], 0, build);
    for (let k = 1; k < CACHE_LIMITS.plansPerSet; k++) planFor(set, k % 2 === 0 ? [] : [a], k, build);
    expect(planFor(set, [], 0, build)).toBe(first); // still there: the table holds plansPerSet plans
    planFor(set, [a], -1, build); // one more: the table starts afresh with it
    expect(built).toBe(CACHE_LIMITS.plansPerSet + 1);
    expect(planFor(set, [a], -1, build)).toEqual({ n: CACHE_LIMITS.plansPerSet + 1 });
    expect(planFor(set, [], 0, build)).not.toBe(first); // rebuilt
  });
});

describe('plan keys through evaluate', () => {
  // A set spanning any years, with an indicator without threshold: its reason names the year of the plan.
  const set: CriteriaSet = defineCriteriaSet({
    ...EXAMPLE_VILLAGE_SET,
    id: 'village/test-any-year',
    period: { fromYear: -10, toYear: 200_000 },
    criteria: EXAMPLE_VILLAGE_SET.criteria.map((c, n) => (n === 0 ? { ...c, indicators: c.indicators.map((i) => ({ ...i, thresholds: [] })) } : c)),
  });
  const reasonOf = (year: number, asOf: string) => evaluate(set, { year, indicators: { 'nha-tam': 0 } }, { asOf }).criteria[0]!.indicators[0]!.reason!.message.en;

  it('a year beyond the numeric key (≥ 100,000) never shares the plan of a neighbouring day and year', () => {
    // As one number, (day, year 100000) would equal (next day, year 0): the key is a string there.
    expect(reasonOf(0, '2024-06-02')).toContain('year 0,');
    expect(reasonOf(100_000, '2024-06-01')).toContain('year 100000,');
    expect(reasonOf(-1, '2024-06-01')).toContain('year -1,');
    expect(reasonOf(99_999, '2024-06-01')).toContain('year 99999,');
  });

  it('the same case gives the same plan (thresholds shared, not rebuilt); another day another one', () => {
    const r1 = evaluate({ kind: 'commune' }, { region: 'TDMNPB', year: 2024, indicators: { '2.1': 80 } });
    const r2 = evaluate({ kind: 'commune' }, { region: 'TDMNPB', year: 2024, indicators: { '2.1': 90 } });
    const r3 = evaluate({ kind: 'commune' }, { region: 'TDMNPB', year: 2024, indicators: { '2.1': 90 } }, { asOf: '2024-06-30' });
    const threshold = (r: typeof r1) => r.criteria.flatMap((c) => c.indicators).find((i) => i.threshold !== null)!.threshold;
    expect(threshold(r2)).toBe(threshold(r1));
    expect(r3.asOf).toBe('2024-06-30');
    expect(r1.asOf).toBe('2024-12-31');
  });
});
