import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const laiChau = readFileSync('examples/lai-chau-2024/plan.json', 'utf8');

describe('ntm check-plan', () => {
  it('lists the Lai Châu 2024 findings with paths and exits 1', async () => {
    const r = await run(['check-plan', 'plan.json', '--lang', 'en'], { 'plan.json': laiChau });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\[ERROR\] funding-total-mismatch at funding\.total\.amount: /);
    expect(r.stdout).toMatch(/\[ERROR\] average-vs-criteria at baseline\.averageCriteria/);
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
    expect(r.stderr).toContain('p.json comunes');
    expect((await run(['check-plan', 'p.json', '--format', 'pdf'], { 'p.json': '{}' })).code).toBe(2);
  });
});
