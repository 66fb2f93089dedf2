import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/index.js';
import { planWith } from '../../_support/plans.js';

const find = (p: ReturnType<typeof planWith>, options = {}) => checkPlan(p, options).filter((f) => f.code === 'average-outside-buckets');

describe('average against the buckets', () => {
  // 2023: 3 × 19 + 3 × 15-18 + 4 × 10-14 → totals 142…167 over 10 communes → 14.2…16.7.
  it('accepts averages the buckets allow, including a correctly rounded edge', () => {
    expect(find(planWith(() => {}))).toEqual([]);
    // 16.7 and 14.2 at the edges; 16.65 (2 decimals) rounds into the range from 16.6 and 16.7.
    for (const avg of ['16.7', '14.2', '16.65', '15']) {
      expect(find(planWith((p) => { p.baseline.averageCriteria = avg; p.baseline.criteria = undefined; }))).toEqual([]);
    }
  });

  it('flags an average above what the buckets allow, with the range and shortfall', () => {
    const [f] = find(planWith((p) => { p.baseline.averageCriteria = '16.8'; p.baseline.criteria = undefined; }));
    // 16.8 needs ≥ 167.5 → 168 > 167.
    expect(f).toMatchObject({ severity: 'error', path: ['baseline', 'averageCriteria'], expected: '14.20–16.70', actual: '16.8', difference: 1 });
    expect(f?.message.vi).toContain('từ 142 đến 167');
    expect(f?.message.en).toContain('16.75–16.85');
  });

  it('flags an average below what the buckets allow', () => {
    const [f] = find(planWith((p) => { p.baseline.averageCriteria = '14.1'; p.baseline.criteria = undefined; }));
    // 14.1 allows at most 141.5 → 141 < 142.
    expect(f).toMatchObject({ actual: '14.1', difference: -1 });
    expect(f?.message.en).toContain('at most 141');
  });

  it('flags an average no whole total over the communes can give', () => {
    // 14.15 over 10 communes covers 141.45…141.55: no integer.
    const findings = checkPlan(planWith((p) => { p.baseline.averageCriteria = '14.15'; }));
    expect(findings.map((f) => f.code)).toEqual(['average-unattainable']);
    expect(findings[0]?.message.en).toContain('14.145–14.155');
  });

  it('takes rounding from the written decimals and the option', () => {
    // "17" written without decimals covers 16.5…17.5 → 165…175 ∩ 142…167: fine.
    expect(find(planWith((p) => { p.baseline.averageCriteria = '17'; p.baseline.criteria = undefined; }))).toEqual([]);
    // With no rounding allowed, 17 exactly → 170 > 167.
    expect(find(planWith((p) => { p.baseline.averageCriteria = '17'; p.baseline.criteria = undefined; }), { averageRoundingUnits: 0 })).toHaveLength(1);
  });

  it('bounds an unstated remainder by the unstated buckets', () => {
    // Target: 5 × 19, 2 × 15-18, 3 communes in 10-14/5-9/0-4 → 95 + 30 + 0 … 95 + 36 + 42 = 125…173.
    const ok = planWith((p) => { p.target.buckets = { '15-18': 2 }; p.target.averageCriteria = '17.3'; p.target.criteria = undefined; });
    expect(find(ok)).toEqual([]);
    const high = planWith((p) => { p.target.buckets = { '15-18': 2 }; p.target.averageCriteria = '17.4'; p.target.criteria = undefined; });
    expect(find(high)).toMatchObject([{ expected: '12.50–17.30', difference: 1 }]);
  });
});
