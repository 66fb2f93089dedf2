import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const laiChau = readFileSync('examples/lai-chau-2024/plan.json', 'utf8');

describe('ntm check-plan', () => {
  it('lists the Lai Châu 2024 findings with paths and exits 1', async () => {
    const r = await run(['check-plan', 'plan.json', '--lang', 'en'], { 'plan.json': laiChau });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('   1. [ERROR] Total capital does not match its sources (Funding – total stated in the plan, amount)\n      The total capital is stated as 4,916,475 million VND');
    expect(r.stdout).toContain('   2. [ERROR] Average does not match the per-criterion counts (2023 baseline – average criteria per commune)');
    const vi = await run(['check-plan', 'plan.json'], { 'plan.json': laiChau });
    expect(vi.stdout).toContain('   6. [CẢNH BÁO] Số xã ghi "duy trì" khác kết quả năm trước (Mục tiêu 2024 – tiêu chí 7 (Cơ sở hạ tầng thương mại nông thôn))');
    // Codes and paths are for machines: --json keeps them, the text does not show them.
    expect(vi.stdout).not.toMatch(/maintained-count-changed|criteria\[|funding\.total/);
  });

  it('--json gives the findings; --format report prints the report', async () => {
    const json = await run(['check-plan', 'plan.json', '--json'], { 'plan.json': laiChau });
    const { findings } = JSON.parse(json.stdout) as { findings: { code: string; severity: string }[] };
    expect(findings.filter((f) => f.code === 'average-vs-criteria')).toHaveLength(2);
    const report = await run(['check-plan', 'plan.json', '--format', 'report'], { 'plan.json': laiChau });
    expect(report.stdout).toContain('KIỂM TRA KẾ HOẠCH');
  });

  it('a consistent plan exits 0', async () => {
    const plan = { province: 'Test', year: 2024, communes: 10, target: { meetingStandard: { total: 4 }, buckets: { '15-18': 3, '10-14': 3, '5-9': 0, '0-4': 0 } } };
    const r = await run(['check-plan', 'p.json'], { 'p.json': JSON.stringify(plan) });
    expect(r.code).toBe(0);
  });

  it('an invalid plan is reported with its path (exit 1); a bad --format is usage (exit 2)', async () => {
    const r = await run(['check-plan', 'p.json'], { 'p.json': JSON.stringify({ province: 'X', year: 2024, comunes: 94 }) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('p.json, "comunes": không có trường "comunes"');
    expect((await run(['check-plan', 'p.json', '--format', 'pdf'], { 'p.json': '{}' })).code).toBe(2);
  });
});
