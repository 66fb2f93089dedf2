import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/index.js';
import { planWith } from '../../_support/plans.js';

const bounds = (p: ReturnType<typeof planWith>) =>
  checkPlan(p).filter((f) => ['criterion-denominator', 'criterion-above-communes', 'criterion-below-recognised', 'advanced-above-criterion', 'advanced-above-recognised'].includes(f.code));

describe('per-criterion counts between the recognised communes and the communes', () => {
  it('accepts counts equal to either bound', () => {
    expect(bounds(planWith(() => {}))).toEqual([]);
    expect(bounds(planWith((p) => { p.baseline.criteria[4].communes = 3; p.baseline.criteria[5].communes = 10; p.baseline.averageCriteria = undefined; }))).toEqual([]);
  });

  it('flags a count below the recognised communes, each criterion separately', () => {
    const found = bounds(planWith((p) => { p.target.criteria[1].communes = 4; p.target.criteria[18].communes = 2; p.target.averageCriteria = undefined; }));
    expect(found.map((f) => [f.code, f.path.join('.'), f.expected, f.actual, f.difference])).toEqual([
      ['criterion-below-recognised', 'target.criteria.1.communes', 5, 4, -1],
      ['criterion-below-recognised', 'target.criteria.18.communes', 5, 2, -3],
    ]);
    expect(found[0]?.message.en).toContain('fewer than the 5 communes meeting the NTM standard');
  });

  it('flags a count above the communes and a denominator other than the communes', () => {
    const found = bounds(planWith((p) => { p.baseline.criteria[2].communes = 11; p.baseline.criteria[3].outOf = 12; p.baseline.averageCriteria = undefined; }));
    expect(found.map((f) => [f.code, f.path.join('.'), f.expected, f.actual])).toEqual([
      ['criterion-above-communes', 'baseline.criteria.2.communes', 10, 11],
      ['criterion-denominator', 'baseline.criteria.3.outOf', 10, 12],
    ]);
  });

  it('flags advanced counts above the criterion (error) or the recognised communes (warning)', () => {
    const found = bounds(planWith((p) => { p.target.criteria[0].advanced = [{ communes: 10 }]; p.target.criteria[1].advanced = [{ communes: 6 }]; }));
    expect(found.map((f) => [f.code, f.severity, f.path.join('.'), f.expected, f.actual])).toEqual([
      ['advanced-above-criterion', 'error', 'target.criteria.0.advanced.0.communes', 9, 10],
      ['advanced-above-recognised', 'warning', 'target.criteria.1.advanced.0.communes', 5, 6],
    ]);
  });
});
