import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/index.js';
import { planWith } from '../../_support/plans.js';

const labels = (p: ReturnType<typeof planWith>) => checkPlan(p).filter((f) => f.code === 'label-year-mismatch');

describe('labels naming another year', () => {
  it('accepts labels naming their own year, and period ranges', () => {
    expect(labels(planWith(() => {}))).toEqual([]);
    expect(labels(planWith((p) => { p.funding.lines[1].label = 'Vốn NSĐP năm 2021-2025'; }))).toEqual([]);
  });

  it('flags funding, project and block labels naming another year', () => {
    const found = labels(
      planWith((p) => {
        p.funding.lines[0].label = 'Vốn NSTW giao năm 2023';
        p.projects.label = 'Danh mục dự án dự kiến đầu tư trong Năm 2023';
        p.baseline.meetingStandard.label = 'xã đạt chuẩn năm 2024';
      }),
    );
    expect(found.map((f) => [f.path.join('.'), f.expected, f.actual])).toEqual([
      ['baseline.meetingStandard.label', 2023, 2024],
      ['funding.lines.0.label', 2024, 2023],
      ['projects.label', 2024, 2023],
    ]);
    expect(found[1]?.message.vi).toBe('Nhãn "Vốn NSTW giao năm 2023" ghi năm 2023, nhưng số liệu thuộc năm 2024 (kế hoạch năm 2024).');
  });
});
