import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/index.js';
import { planWith } from '../../_support/plans.js';

const find = (p: ReturnType<typeof planWith>, code = 'average-vs-criteria') => checkPlan(p).filter((f) => f.code === code);

describe('average against the per-criterion counts', () => {
  it('accepts an average equal to the counts, and a correctly rounded one', () => {
    expect(find(planWith(() => {}))).toEqual([]); // 152 / 10 = 15.2
    // 19 × 8 = 152, but criterion 1 raised to 9: 153 → 15.3 exactly; "15.3" fine.
    expect(find(planWith((p) => { p.baseline.criteria[0].communes = 9; p.baseline.averageCriteria = '15.3'; }))).toEqual([]);
    // 1 decimal, 10 communes: 15.25 would round to 15.3 (or 15.2): both ends of the rounding interval count.
    expect(find(planWith((p) => { p.communes = 20; p.baseline.buckets = { '15-18': 13, '10-14': 4, '5-9': 0, '0-4': 0 }; p.baseline.criteria = p.baseline.criteria.map((c: { communes: number }, i: number) => ({ ...c, outOf: 20, communes: i === 0 ? 17 : 16 })); p.baseline.averageCriteria = '15.3'; p.target = undefined; }))).toEqual([]);
  });

  it('flags an average the counts cannot reach, with totals, range and gap', () => {
    const [f] = find(planWith((p) => { p.baseline.averageCriteria = '15.4'; }));
    // Counts give exactly 152 (all 19 stated); 15.4 needs ≥ 153.5 → 154.
    expect(f).toMatchObject({ severity: 'error', path: ['baseline', 'averageCriteria'], expected: '15.20–15.20', actual: '15.4', difference: 2 });
    expect(f?.message.vi).toContain('Số xã đạt của 19 tiêu chí có số liệu cộng lại là 152 lượt xã');
    expect(f?.message.vi).toContain('chỉ có thể là 152, tương ứng bình quân 15,20 tiêu chí/xã');
    expect(f?.message.vi).toContain('phải ít nhất là 154, còn thiếu 2');
    expect(f?.message.en).toContain('needs at least 154, 2 more than possible');
  });

  it('bounds unstated criteria by the recognised communes and the communes', () => {
    // Drop criterion 1 (8): stated 144; criterion 1 in 3…10 → 147…154 → 14.7…15.4.
    const drop = (p: Record<string, any>) => { p.baseline.criteria.shift(); };
    expect(find(planWith((p) => { drop(p); p.baseline.averageCriteria = '15.4'; }))).toEqual([]);
    expect(find(planWith((p) => { drop(p); p.baseline.averageCriteria = '14.7'; }))).toEqual([]);
    const [high] = find(planWith((p) => { drop(p); p.baseline.averageCriteria = '15.5'; }));
    expect(high).toMatchObject({ expected: '14.70–15.40', difference: 1 });
    expect(high?.message.en).toContain('criterion 1 is not stated, each met by 3 (the recognised communes) to 10 communes');
    const [low] = find(planWith((p) => { drop(p); p.baseline.averageCriteria = '14.6'; }));
    expect(low).toMatchObject({ difference: -1 });
  });

  it('flags per-criterion counts no bucket distribution allows', () => {
    // Buckets allow 142…167; counts of 9 everywhere give 171.
    const [f] = find(planWith((p) => { p.baseline.criteria = p.baseline.criteria.map((c: object) => ({ ...c, communes: 9 })); p.baseline.averageCriteria = undefined; }), 'criteria-vs-buckets');
    expect(f).toMatchObject({ severity: 'error', path: ['baseline', 'criteria'], expected: '142–167', actual: '171–171', difference: 4 });
  });
});
