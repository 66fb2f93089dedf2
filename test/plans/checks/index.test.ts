import { describe, expect, it } from 'vitest';
import { checkPlan, isNtmError, parsePlan, PLAN_CHECK_DEFAULTS } from '../../../src/index.js';
import { consistentPlan, laiChau, planWith } from '../_fixtures.js';

describe('checkPlan', () => {
  it('finds nothing in a plan whose figures all agree', () => {
    expect(checkPlan(parsePlan(consistentPlan()))).toEqual([]);
  });

  it('finds nothing (and does not throw) in a plan that only identifies itself', () => {
    expect(checkPlan(parsePlan({ province: 'Lai Châu', year: 2024 }))).toEqual([]);
  });

  it('lists errors before warnings before info', () => {
    const order = checkPlan(laiChau()).map((f) => f.severity);
    const rank = { error: 0, warning: 1, info: 2 };
    expect(order.map((s) => rank[s])).toEqual([...order.map((s) => rank[s])].sort());
    expect(new Set(order)).toEqual(new Set(['error', 'warning', 'info']));
  });

  it('does not change the plan, and returns frozen findings', () => {
    const plan = laiChau();
    const before = JSON.stringify(plan);
    const findings = checkPlan(plan);
    expect(JSON.stringify(plan)).toBe(before);
    expect(Object.isFrozen(findings[0])).toBe(true);
  });

  it('rejects bad options with NtmError naming the option', () => {
    const plan = parsePlan(consistentPlan());
    for (const [options, key] of [
      [{ averageRoundingUnits: -1 }, 'averageRoundingUnits'],
      [{ maxCriterionIncreaseShare: Number.NaN }, 'maxCriterionIncreaseShare'],
      [{ fundingTolerance: '1,5' }, 'fundingTolerance'],
    ] as const) {
      try {
        checkPlan(plan, options as never);
        expect.unreachable();
      } catch (error) {
        expect(isNtmError(error, 'invalid-input')).toBe(true);
        expect((error as { issues: { path: unknown[] }[] }).issues[0]?.path).toEqual([key]);
      }
    }
  });

  it('states its defaults', () => {
    expect(PLAN_CHECK_DEFAULTS).toMatchObject({ averageRoundingUnits: 0.5, fundingTolerance: '0', maxCriterionIncreaseShare: 0.2, maxCriterionIncrease: 20 });
    expect(Object.isFrozen(PLAN_CHECK_DEFAULTS)).toBe(true);
  });

  it('every finding explains itself in both languages', () => {
    const plan = planWith((p) => {
      p.target.buckets['10-14'] = 9;
    });
    const findings = checkPlan(plan);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.message.vi.length).toBeGreaterThan(20);
      expect(f.message.en.length).toBeGreaterThan(20);
      expect(f.message.vi).not.toBe(f.message.en);
    }
  });
});
