import { describe, expect, it } from 'vitest';
import { checkPlan, parsePlan } from '../../../src/index.js';

const CODES = ['recognised-target-above-sum', 'recognised-target-below-sum', 'recognised-decrease', 'recognised-sum-mismatch'];
const found = (plan: unknown) => checkPlan(parsePlan(plan)).filter((f) => CODES.includes(f.code));
const plan = (baseline: number, total: number, newly: { count?: number; communes?: { name: string }[] }, maintained?: number) => ({
  province: 'Thử',
  year: 2024,
  communes: 10,
  baseline: { meetingStandard: { total: baseline } },
  target: { meetingStandard: { total, newlyRecognised: newly, ...(maintained !== undefined ? { maintained } : {}) } },
});

describe('recognised target against baseline + newly recognised (maintained not stated)', () => {
  it('a target above the sum is an error: communes from nowhere (the case the differential test found passing)', () => {
    const [f, ...rest] = found({ communes: 10, province: 'X', year: 2024, baseline: { meetingStandard: { total: 3 } }, target: { meetingStandard: { total: 5, newlyRecognised: { count: 1 } } } });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: 'recognised-target-above-sum', severity: 'error', path: ['target', 'meetingStandard', 'total'], expected: 4, actual: 5, difference: 1 });
    expect(f?.message.en).toBe('2024 target: 3 communes meeting the standard in 2023 + 1 newly recognised = 4, but the total meeting the standard is stated as 5; 1 more than possible (only a merger of communes could explain it).');
    expect(f?.message.vi).toContain('thừa 1 xã');
  });

  it('a target below the sum is a warning naming the communes losing recognition (instead of recognised-decrease)', () => {
    expect(found(plan(6, 4, { communes: [{ name: 'Xã A' }, { name: 'Xã B' }] }))).toMatchObject([
      { code: 'recognised-target-below-sum', severity: 'warning', expected: 8, actual: 4, difference: -4 },
    ]);
    expect(found(plan(6, 4, { communes: [{ name: 'Xã A' }] }))[0]?.message.en).toContain('3 communes recognised in 2023 would lose their recognition');
  });

  it('says nothing when the sum agrees, when maintained is stated (the arithmetic check covers it) or when a figure is missing', () => {
    expect(found(plan(3, 4, { count: 1 }))).toEqual([]);
    expect(found(plan(3, 5, { count: 1 }, 3)).map((f) => f.code)).toEqual(['recognised-sum-mismatch']);
    expect(found({ province: 'X', year: 2024, target: { meetingStandard: { total: 5, newlyRecognised: { count: 1 } } } })).toEqual([]);
    expect(found({ province: 'X', year: 2024, baseline: { meetingStandard: { total: 3 } }, target: { meetingStandard: { total: 5 } } })).toEqual([]);
  });
});
