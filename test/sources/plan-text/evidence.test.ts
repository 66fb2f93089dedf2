import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPlan, extractPlan, findingEvidence } from '../../../src/index.js';

const SEED = readFileSync(fileURLToPath(new URL('../../../examples/lai-chau-2024/plan.txt', import.meta.url)), 'utf8');

describe('findingEvidence', () => {
  const x = extractPlan(SEED);
  const findings = checkPlan(x.plan);
  const at = (code: string, path: string) => findingEvidence(findings.find((f) => f.code === code && f.path.join('.') === path)!, x);

  it('quotes the total and every source line for the funding total', () => {
    const e = at('funding-total-mismatch', 'funding.total.amount');
    expect(e.map((q) => q.line)).toEqual([83, 85, 88, 90, 96, 97]);
    expect(e[0]?.quote).toBe('Dự kiến nguồn vốn thực hiện Chương trình xây dựng nông thôn mới năm 2024 là: 4.916.475 triệu đồng');
  });

  it('quotes both years of a criterion for a year-over-year finding', () => {
    const e = at('maintained-count-changed', 'target.criteria.5.communes');
    expect(e.map((q) => q.quote)).toContain('Tiếp tục duy trì 92/94 xã đạt tiêu chí số 7 về cơ sở hạ tầng thương mại nông thôn');
    expect(e.map((q) => q.quote)).toContain('năm 2023 có 91/94 xã đạt tiêu chí về cơ sở hạ tầng thương mại nông thôn');
  });

  it('quotes a labelled figure for a finding on its label, and the whole list for a list entry', () => {
    expect(at('label-year-mismatch', 'projects.label').map((q) => q.quote)).toEqual(['Danh mục dự án dự kiến đầu tư trong năm 2023: Tổng số dự án dự kiến thực hiện: 72 dự án']);
    expect(at('label-year-mismatch', 'funding.lines.0.label').map((q) => q.quote)).toEqual(['Vốn Ngân sách Trung ương giao năm 2023: 114.765 triệu đồng']);
    expect(at('advanced-newly-recognised', 'target.advanced.communes.3').map((q) => q.quote)).toEqual(['San Thàng, Bản Bo, Phúc Khoa, Pha Mu']);
    expect(at('below-floor-target', 'target.buckets').map((q) => q.line)).toEqual([38, 39, 40]);
  });

  it('finds evidence for every finding on the Lai Châu text', () => {
    for (const f of findings) expect(findingEvidence(f, x).length, f.code).toBeGreaterThan(0);
  });
});
