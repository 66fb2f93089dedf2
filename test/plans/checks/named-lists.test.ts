import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/index.js';
import { planWith } from '../../_support/plans.js';

const lists = (p: ReturnType<typeof planWith>) => checkPlan(p).filter((f) => f.code === 'list-length-mismatch' || f.code === 'villages-sum-mismatch');

describe('named lists and their counts', () => {
  it('accepts lists as long as their counts, and villages adding up', () => {
    expect(lists(planWith(() => {}))).toEqual([]);
  });

  it('flags each list whose length differs from its count', () => {
    const found = lists(
      planWith((p) => {
        p.target.advanced.count = 2;
        p.target.districtsCompleting.names.push('Huyện 2');
        p.target.meetingStandard.newlyRecognised.communes.pop();
        p.target.meetingStandard.maintained = 4; // keep the recognition sum out of the way: 4 + 1 ≠ 5 is not this test's concern
      }),
    );
    expect(found.map((f) => [f.path.join('.'), f.expected, f.actual, f.difference])).toEqual([
      ['target.meetingStandard.newlyRecognised.communes', 2, 1, -1],
      ['target.advanced.communes', 2, 1, -1],
      ['target.districtsCompleting.names', 1, 2, 1],
    ]);
    expect(found[0]?.message.vi).toBe('Mục tiêu năm 2024: ghi 2 xã công nhận mới nhưng kể tên 1 xã (Xã A).');
  });

  it('flags villages by district that do not add up to the total', () => {
    const [f] = lists(planWith((p) => { p.target.villages.total = 4; }));
    expect(f).toMatchObject({ code: 'villages-sum-mismatch', path: ['target', 'villages', 'total'], expected: 3, actual: 4, difference: 1 });
    expect(f?.message.en).toContain('Huyện 1 2 + Huyện 2 1 = 3');
  });
});
