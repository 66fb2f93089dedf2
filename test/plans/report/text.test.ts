import { describe, expect, it } from 'vitest';
import { checkPlan, FUNDING_TAXONOMIES, isNtmError, parsePlan, renderPlanReport } from '../../../src/index.js';
import { consistentPlan, laiChau } from '../../_support/plans.js';

describe('renderPlanReport (text)', () => {
  const plan = laiChau();

  it('is Vietnamese by default and lists every finding with its message', () => {
    const text = renderPlanReport(plan);
    const findings = checkPlan(plan);
    expect(text).toContain('4. Phát hiện: 3 lỗi, 7 cảnh báo, 2 thông tin');
    for (const f of findings) expect(text).toContain(f.message.vi);
    expect(text).toContain('Tổng ghi trong kế hoạch');
    expect(text).toMatch(/Cộng các nguồn\s+3\.861\.812/);
    expect(text).toMatch(/19\. Quốc phòng và An ninh\s+39\s+93\s+\+54\s+4\s+2/);
    expect(text).toMatch(/Dưới 5 tiêu chí\s+0 \(suy ra\)\s+0 \(suy ra\)/);
  });

  it('speaks English with lang "en"', () => {
    const text = renderPlanReport(plan, { lang: 'en' });
    expect(text).toContain('4. Findings: 3 errors, 7 warnings, 2 info');
    for (const f of checkPlan(plan)) expect(text).toContain(f.message.en);
    expect(text).toMatch(/Sum of the sources\s+3,861,812/);
    expect(text).toMatch(/Average criteria per commune\s+13\.6\s+15\.5/);
  });

  it('uses findings passed in rather than recomputing them', () => {
    expect(renderPlanReport(plan, { findings: [] })).toContain('Không phát hiện điểm nào không khớp.');
  });

  it('says so when a plan is consistent, and renders a bare plan', () => {
    expect(renderPlanReport(parsePlan(consistentPlan()), { lang: 'en' })).toContain('No inconsistency found.');
    expect(renderPlanReport(parsePlan({ province: 'Lai Châu', year: 2024 }))).toContain('Tỉnh: Lai Châu');
  });

  it('rejects an unknown language with NtmError', () => {
    expect(() => renderPlanReport(plan, { lang: 'fr' as never })).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    try {
      renderPlanReport(plan, { lang: 'fr' as never });
    } catch (error) {
      expect(isNtmError(error)).toBe(true);
    }
  });
});

describe('renderPlanReport names funding sources as the taxonomy of the plan year does', () => {
  it('uses the 2026-2035 names for a 2026 plan, the 2021-2025 names for a 2024 plan', async () => {
    const { readFileSync } = await import('node:fs');
    const plan2026 = parsePlan(JSON.parse(readFileSync(new URL('../../../examples/data/plan-2026-example.json', import.meta.url), 'utf8')));
    const text2026 = renderPlanReport(plan2026, { lang: 'en', findings: [] });
    const names2026 = FUNDING_TAXONOMIES['2026-2035'].sources;
    for (const l of plan2026.funding!.lines) expect(text2026).toContain(names2026[l.source]!.label.en);
    const text2024 = renderPlanReport(laiChau(), { lang: 'en', findings: [] });
    expect(text2024).toContain(FUNDING_TAXONOMIES['2021-2025'].sources['central.recurrent']!.label.en);
  });
});
