import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/index.js';
import { planWith } from '../../_support/plans.js';

const floor = (p: ReturnType<typeof planWith>, options = {}) => checkPlan(p, options).filter((f) => f.code === 'below-floor-target');

describe('"no commune under 15 criteria" (QĐ 263, 2025)', () => {
  it('raises nothing when the target has no commune under 15', () => {
    expect(floor(planWith(() => {}))).toEqual([]);
  });

  it('notes target communes under 15 criteria, as info, with the count by bucket', () => {
    const plan = planWith((p) => { p.target.buckets = { '15-18': 2, '10-14': 2, '5-9': 1 }; p.target.averageCriteria = undefined; p.target.criteria = undefined; });
    const [f] = floor(plan);
    expect(f).toMatchObject({ severity: 'info', path: ['target', 'buckets'], expected: 0, actual: 3 });
    expect(f?.message.en).toContain('(2 at 10-14, 1 at 5-9)');
    expect(floor(plan, { floorTarget: false })).toEqual([]);
  });

  it('applies to target years of the 2021-2025 programme only, never to a 2026+ plan', () => {
    // A 2026 plan: its 2025 baseline says which set it is counted on; its target is on the 10 criteria.
    const plan = planWith((p) => {
      p.year = 2026; p.target.year = 2026; p.baseline.year = 2025; p.baseline.criteriaSet = 'commune/qd318-qd211-2024';
      p.target.buckets = { '8-9': 2, '0-7': 3 }; p.target.averageCriteria = undefined; p.target.criteria = undefined; p.target.advanced = undefined; p.target.districtsCompleting = undefined; p.funding = undefined;
    });
    expect(floor(plan)).toEqual([]);
    // Even with a 10-criteria scheme that has buckets under 15: QĐ 263's floor is a 2021-2025 target.
    const ten = { id: 'ten', title: { vi: 'Ví dụ', en: 'Example' }, criteriaTotal: 10, buckets: [{ id: '10', min: 10, max: 10, label: { vi: '10', en: '10' } }, { id: '8-9', min: 8, max: 9, label: { vi: '8-9', en: '8-9' } }, { id: '0-7', min: 0, max: 7, label: { vi: '0-7', en: '0-7' } }] };
    expect(floor(plan, { scheme: ten })).toEqual([]);
    // A target year of 2025 counted on the 19 criteria still gets it.
    const y2025 = planWith((p) => { p.year = 2025; p.target.year = 2025; p.baseline.year = 2024; p.target.buckets = { '15-18': 2, '10-14': 2 }; p.target.averageCriteria = undefined; p.target.criteria = undefined; });
    expect(floor(y2025)).toHaveLength(1);
  });
});
