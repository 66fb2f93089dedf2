import { describe, expect, it } from 'vitest';
import { checkPlan, parsePlan } from '../../../src/index.js';
import { example2026, SCHEME_10 } from '../../_support/plan-2026.js';

const run = (edit: (p: Record<string, any>) => void) => {
  const p = example2026();
  edit(p);
  return checkPlan(parsePlan(p), { scheme: SCHEME_10 }).map((f) => [f.code, f.severity, f.path.join('.')]);
};

describe('what the 2026-2030 period implies for a plan', () => {
  it('no advanced or model tier in 2026-2030 (warnings, figures unchecked)', () => {
    expect(run((p) => { p.target.advanced = { count: 2 }; p.target.model = { count: 1 }; p.target.criteria[0].advanced = [{ communes: 2 }]; })).toEqual([
      ['tier-not-in-period', 'warning', 'target.advanced'],
      ['tier-not-in-period', 'warning', 'target.model'],
      ['tier-not-in-period', 'warning', 'target.criteria.0.advanced'],
    ]);
  });

  it('modern communes are among those meeting the standard, and a 2026-2030 pilot', () => {
    expect(run((p) => { p.target.modern = { count: 10 }; })).toEqual([['modern-above-recognised', 'error', 'target.modern']]);
    const old = checkPlan(parsePlan({ province: 'X', year: 2024, communes: 10, target: { meetingStandard: { total: 3 }, modern: { count: 1 } } }));
    expect(old.map((f) => f.code)).toEqual(['modern-not-in-period']);
  });

  it('no district level after 30/06/2025 (errors)', () => {
    expect(run((p) => { p.target.districtsCompleting = { count: 1 }; p.target.criteria[1].district = { districts: 1 }; })).toEqual([
      ['no-district-level', 'error', 'target.districtsCompleting'],
      ['no-district-level', 'error', 'target.criteria.1.district'],
    ]);
  });
});
