import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/index.js';
import { planWith } from '../../_support/plans.js';

const completion = (p: ReturnType<typeof planWith>) => checkPlan(p).filter((f) => f.code === 'completion-exceeds-criterion');

describe('units planned to complete a set against its per-criterion counts', () => {
  it('raises nothing when every stated criterion count reaches the planned number', () => {
    expect(completion(planWith(() => {}))).toEqual([]); // 1 advanced commune, every advanced count 1
    expect(completion(planWith((p) => { p.target.criteria[2].district = { districts: 1 }; }))).toEqual([]); // 1 district, 1 meets
  });

  it('warns when fewer communes meet an advanced criterion than are to complete the advanced set', () => {
    const [f] = completion(planWith((p) => { p.target.advanced = { count: 2, communes: [{ name: 'Xã C' }, { name: 'Xã E' }] }; p.target.criteria = p.target.criteria.map((c: object) => ({ ...c, advanced: [{ communes: 2 }] })); p.target.criteria[9].advanced = [{ communes: 1 }]; }));
    expect(f).toMatchObject({ severity: 'warning', path: ['target', 'advanced', 'count'], expected: '≤ 1', actual: 2, difference: 1 });
    expect(f?.message.en).toBe('2024 target: 2 communes are to complete the advanced NTM criteria, but only 1 meet the advanced version of criterion 10; at most 1 can meet the whole advanced set.');
  });

  it('warns when fewer districts meet a district criterion than are to complete the district criteria', () => {
    const [f] = completion(planWith((p) => { p.target.districtsCompleting = { count: 2 }; p.target.criteria[2].district = { districts: 2 }; p.target.criteria[3].district = { districts: 1, label: 'Y tế - Văn hóa - Giáo dục' }; }));
    expect(f).toMatchObject({ path: ['target', 'districtsCompleting', 'count'], expected: '≤ 1', actual: 2 });
    expect(f?.message.vi).toContain('chỉ 1 huyện đạt tiêu chí huyện "Y tế - Văn hóa - Giáo dục"');
  });
});
