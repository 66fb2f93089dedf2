import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/index.js';
import { planWith } from '../../_support/plans.js';

const rec = (p: ReturnType<typeof planWith>) =>
  checkPlan(p).filter((f) => ['recognised-sum-mismatch', 'maintained-above-baseline', 'maintained-below-baseline', 'recognised-decrease', 'advanced-newly-recognised'].includes(f.code));

describe('recognition arithmetic', () => {
  it('accepts maintained + new = total with maintained equal to the baseline', () => {
    expect(rec(planWith(() => {}))).toEqual([]);
  });

  it('flags maintained + new ≠ total', () => {
    const [f] = rec(planWith((p) => { p.target.meetingStandard.total = 6; p.target.buckets['15-18'] = 4; }));
    expect(f).toMatchObject({ code: 'recognised-sum-mismatch', severity: 'error', path: ['target', 'meetingStandard', 'total'], expected: 5, actual: 6, difference: 1 });
    expect(f?.message.en).toBe('2024: 3 communes maintained + 2 newly recognised = 5, but the total meeting the standard is stated as 6.');
  });

  it('flags more maintained than recognised at baseline (error), fewer (info)', () => {
    expect(rec(planWith((p) => { p.target.meetingStandard.maintained = 4; p.target.meetingStandard.newlyRecognised.count = 1; p.target.meetingStandard.newlyRecognised.communes.pop(); }))).toMatchObject([
      { code: 'maintained-above-baseline', severity: 'error', expected: 3, actual: 4 },
    ]);
    expect(rec(planWith((p) => { p.target.meetingStandard.maintained = 2; p.target.meetingStandard.newlyRecognised.count = 3; p.target.meetingStandard.newlyRecognised.communes.push({ name: 'Xã D' }); }))).toMatchObject([
      { code: 'maintained-below-baseline', severity: 'info', expected: 3, actual: 2, difference: -1 },
    ]);
  });

  it('warns when the target has fewer recognised communes than the baseline (no maintained count given)', () => {
    const found = rec(planWith((p) => { p.target.meetingStandard = { total: 2 }; p.target.buckets = { '15-18': 8 }; }));
    expect(found).toMatchObject([{ code: 'recognised-decrease', severity: 'warning', expected: 3, actual: 2 }]);
  });

  it('notes a commune planned advanced in the year it is first recognised (names compared tone-insensitively)', () => {
    const found = rec(planWith((p) => { p.target.advanced.communes = [{ name: 'Xã C' }, { name: 'xã  a' }]; p.target.advanced.count = 2; }));
    expect(found).toMatchObject([{ code: 'advanced-newly-recognised', severity: 'info', path: ['target', 'advanced', 'communes', 1], actual: 'xã  a' }]);
  });
});
