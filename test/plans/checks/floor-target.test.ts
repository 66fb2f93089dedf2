import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/index.js';
import { planWith } from '../_fixtures.js';

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

  it('applies to target years of the 2021-2025 programme only', () => {
    const plan = planWith((p) => { p.year = 2026; p.target.year = 2026; p.baseline.year = 2025; p.target.buckets = { '15-18': 2, '10-14': 3 }; p.target.averageCriteria = undefined; p.target.criteria = undefined; });
    expect(floor(plan)).toEqual([]);
  });
});
