import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkPlan } from '../../src/index.js';
import { laiChau } from '../_support/plans.js';

// The Lai Châu 2024 plan (unnumbered draft), transcribed as written in examples/lai-chau-2024/plan.json.
// These are the inconsistencies in the document itself; the numbers are pinned so they cannot drift.

describe('the Lai Châu 2024 plan as data', () => {
  const plan = laiChau();

  it('holds the document’s figures as written', () => {
    expect(plan).toMatchObject({ province: 'Lai Châu', year: 2024, communes: 94 });
    expect(plan.baseline).toMatchObject({ year: 2023, meetingStandard: { total: 39 }, averageCriteria: '13.6', buckets: { '15-18': 2, '10-14': 27, '5-9': 26 } });
    expect(plan.target).toMatchObject({
      year: 2024,
      meetingStandard: { total: 44, maintained: 39, newlyRecognised: { count: 5 } },
      advanced: { count: 4 },
      averageCriteria: '15.5',
      buckets: { '15-18': 10, '10-14': 40, '5-9': 0 },
      villages: { total: 45 },
      districtsCompleting: { count: 3, names: ['Tam Đường', 'Than Uyên', 'Tân Uyên'] },
    });
    expect(plan.target?.meetingStandard?.newlyRecognised?.communes?.map((c) => c.name)).toEqual(['Sơn Bình', 'Khoen On', 'Tà Mung', 'Tà Hừa', 'Pha Mu']);
    const counts = (k: 'baseline' | 'target') => Object.fromEntries((plan[k]?.criteria ?? []).map((c) => [c.criterion, c.communes]));
    expect(counts('baseline')).toEqual({ 2: 73, 3: 93, 4: 88, 5: 64, 6: 57, 7: 91, 8: 70, 9: 56, 10: 41, 11: 39, 12: 79, 13: 39, 14: 63, 15: 71, 16: 85, 17: 40, 18: 82, 19: 39 });
    expect(counts('target')).toEqual({ 2: 77, 3: 93, 4: 91, 5: 67, 6: 66, 7: 92, 8: 94, 9: 70, 10: 46, 11: 45, 12: 92, 13: 56, 14: 78, 15: 82, 16: 86, 17: 47, 18: 82, 19: 93 });
    expect(plan.target?.criteria?.every((c) => c.outOf === 94)).toBe(true);
    expect(plan.target?.criteria?.find((c) => c.criterion === '17')?.advanced?.map((a) => a.communes)).toEqual([4, 4]);
    expect(plan.target?.criteria?.filter((c) => c.district).map((c) => [c.criterion, c.district?.districts])).toEqual([['3', 3], ['4', 3], ['15', 2], ['19', 2]]);
    expect(plan.funding?.total?.amount).toBe('4916475');
    expect(plan.funding?.lines.map((l) => [l.source, l.amount])).toEqual([
      ['central', '114765'], ['local', '21000'], ['integrated', '1607617'], ['credit', '2000000'], ['community', '118430'],
    ]);
    expect(plan.funding?.lines[0]?.label).toBe('Vốn Ngân sách Trung ương giao năm 2023');
    expect(plan.projects).toEqual({ count: 72, label: 'Danh mục dự án dự kiến đầu tư trong năm 2023' });
  });

  it('quotes every label from the document', () => {
    const text = readFileSync(fileURLToPath(new URL('../../examples/lai-chau-2024/plan.json', import.meta.url)), 'utf8');
    const labels = [...text.matchAll(/"label": "([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(labels.length).toBeGreaterThan(50);
    // The reference copy is outside the package; when present, every label must occur in it.
    let source: string | undefined;
    try {
      source = readFileSync('/work/shared/reference/000_7ddc14ba1a292950.txt', 'utf8').normalize('NFC').replace(/\s+/g, ' ');
    } catch {
      source = undefined;
    }
    if (source) for (const l of labels) expect(source, l).toContain(l.normalize('NFC'));
  });
});

describe('the findings on the Lai Châu 2024 plan', () => {
  const findings = checkPlan(laiChau());

  it('pins every finding: code, severity, path and numbers', () => {
    expect(findings.map(({ code, severity, path, expected, actual, difference }) => ({ code, severity, path: path.join('.'), expected, actual, difference }))).toEqual([
      // 114.765 + 21.000 + 1.607.617 + 2.000.000 + 118.430 = 3.861.812, stated 4.916.475.
      { code: 'funding-total-mismatch', severity: 'error', path: 'funding.total.amount', expected: '3861812', actual: '4916475', difference: '1054663' },
      // 2023: 18 criteria sum to 1.170, criterion 1 in 39…94 → 1.209…1.264; 13.6 needs ≥ 1.274.
      { code: 'average-vs-criteria', severity: 'error', path: 'baseline.averageCriteria', expected: '12.86–13.45', actual: '13.6', difference: 10 },
      // 2024: 18 criteria sum to 1.357, criterion 1 in 44…94 → 1.401…1.451; 15.5 needs ≥ 1.453.
      { code: 'average-vs-criteria', severity: 'error', path: 'target.averageCriteria', expected: '14.90–15.44', actual: '15.5', difference: 2 },
      // 4 communes to complete the advanced set, but only 3 meet advanced criteria 10, 11 and 16.
      { code: 'completion-exceeds-criterion', severity: 'warning', path: 'target.advanced.count', expected: '≤ 3', actual: 4, difference: 1 },
      // 3 districts to complete the district criteria, but only 2 meet "Y tế - Văn hóa - Giáo dục" and "Hệ thống chính trị - an ninh trật tự - Hành chính công".
      { code: 'completion-exceeds-criterion', severity: 'warning', path: 'target.districtsCompleting.count', expected: '≤ 2', actual: 3, difference: 1 },
      // "Tiếp tục duy trì 92/94 xã đạt tiêu chí số 7" against 91/94 in 2023.
      { code: 'maintained-count-changed', severity: 'warning', path: 'target.criteria.5.communes', expected: 91, actual: 92, difference: 1 },
      // Criterion 8: 70 → 94; criterion 19: 39 → 93 (threshold 20% of 94 = 18.8).
      { code: 'criterion-jump', severity: 'warning', path: 'target.criteria.6.communes', expected: '≤ 88', actual: 94, difference: 24 },
      { code: 'criterion-jump', severity: 'warning', path: 'target.criteria.17.communes', expected: '≤ 57', actual: 93, difference: 54 },
      // "giao năm 2023" and "dự kiến đầu tư trong năm 2023" in the 2024 plan.
      { code: 'label-year-mismatch', severity: 'warning', path: 'funding.lines.0.label', expected: 2024, actual: 2023, difference: -1 },
      { code: 'label-year-mismatch', severity: 'warning', path: 'projects.label', expected: 2024, actual: 2023, difference: -1 },
      // Pha Mu: newly recognised in 2024 and among the 4 communes completing the advanced criteria in 2024.
      { code: 'advanced-newly-recognised', severity: 'info', path: 'target.advanced.communes.3', expected: undefined, actual: 'Pha Mu', difference: undefined },
      // 40 communes at 10-14 in the 2024 target; QĐ 263 aims for none under 15 by 2025.
      { code: 'below-floor-target', severity: 'info', path: 'target.buckets', expected: 0, actual: 40, difference: 40 },
    ]);
  });

  it('finds the buckets, the bucket averages, the lists and the subtotals consistent', () => {
    const codes = new Set<string>(findings.map((f) => f.code));
    for (const code of ['buckets-exceed-communes', 'buckets-sum-mismatch', 'bucket-implied', 'average-outside-buckets', 'criteria-vs-buckets', 'criterion-below-recognised', 'criterion-above-communes', 'list-length-mismatch', 'villages-sum-mismatch', 'recognised-sum-mismatch', 'funding-subtotal-mismatch']) {
      expect(codes.has(code), code).toBe(false);
    }
  });

  it('explains the numbers in both languages', () => {
    const [funding, avg2023] = findings;
    expect(funding?.message.vi).toContain('114.765 + 21.000 + 1.607.617 + 2.000.000 + 118.430 = 3.861.812 triệu đồng');
    expect(funding?.message.en).toContain('1,054,663 million VND of the total belong to no source');
    expect(avg2023?.message.vi).toContain('chỉ có thể từ 1.209 đến 1.264, tương ứng bình quân từ 12,86 đến 13,45 tiêu chí/xã');
    expect(avg2023?.message.en).toContain('13.6 (with rounding, 13.55–13.65) needs at least 1,274, 10 more than possible');
  });

  it('are the ones the README shows', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    for (const f of findings) expect(readme, f.code).toContain(f.message.en);
    expect(readme).toContain(`4. Findings: 3 errors, 7 warnings, 2 info`);
  });

  it('keeps the 2023 criterion-19 count equal to the recognised communes (not a finding)', () => {
    expect(findings.some((f) => f.path.join('.') === 'baseline.criteria.17.communes')).toBe(false);
  });
});
