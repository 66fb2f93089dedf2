import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/index.js';
import { planWith } from '../../_support/plans.js';

const yoy = (p: ReturnType<typeof planWith>, options = {}) =>
  checkPlan(p, options).filter((f) => ['criterion-jump', 'criterion-decrease', 'maintained-count-changed'].includes(f.code));

describe('year over year', () => {
  it('accepts increases up to the threshold (20% of 10 communes = 2)', () => {
    expect(yoy(planWith(() => {}))).toEqual([]);
    expect(yoy(planWith((p) => { p.target.criteria[1].communes = 10; p.target.averageCriteria = undefined; }))).toEqual([]); // 8 → 10
  });

  it('warns on a larger jump, stating the threshold', () => {
    const found = yoy(planWith((p) => { p.baseline.criteria[1].communes = 3; p.baseline.averageCriteria = undefined; }));
    expect(found).toMatchObject([{ code: 'criterion-jump', severity: 'warning', path: ['target', 'criteria', 1, 'communes'], expected: '≤ 5', actual: 9, difference: 6 }]);
    expect(found[0]?.message.en).toBe('Criterion 2: from 3 communes (2023) to 9 (2024), 6 more in one year, above the plausibility threshold of 20% of 10 communes = 2.');
    // A looser threshold lets it pass.
    expect(yoy(planWith((p) => { p.baseline.criteria[1].communes = 3; p.baseline.averageCriteria = undefined; }), { maxCriterionIncreaseShare: 0.6 })).toEqual([]);
  });

  it('uses the absolute threshold when the communes are not stated', () => {
    const plan = planWith((p) => { p.communes = undefined; p.baseline.criteria[1].communes = 3; });
    expect(yoy(plan)).toEqual([]);
    expect(yoy(plan, { maxCriterionIncrease: 5 }).map((f) => f.code)).toEqual(['criterion-jump']);
  });

  it('notes a target below the baseline, and a "maintained" count that changes', () => {
    const found = yoy(planWith((p) => { p.target.criteria[2].communes = 7; p.target.criteria[3].maintained = true; p.target.averageCriteria = undefined; }));
    expect(found.map((f) => [f.code, f.severity, f.path.join('.'), f.expected, f.actual, f.difference])).toEqual([
      ['maintained-count-changed', 'warning', 'target.criteria.3.communes', 8, 9, 1],
      ['criterion-decrease', 'info', 'target.criteria.2.communes', '≥ 8', 7, -1],
    ]);
    expect(yoy(planWith((p) => { p.target.criteria[3].maintained = true; p.target.criteria[3].communes = 8; p.target.averageCriteria = undefined; }))).toEqual([]);
  });
});
