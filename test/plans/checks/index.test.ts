import { describe, expect, it } from 'vitest';
import { checkPlan, isNtmError, parsePlan, PLAN_CHECK_DEFAULTS } from '../../../src/index.js';
import { consistentPlan, laiChau, planWith } from '../../_support/plans.js';

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
      [{ floorTarget: 'x' }, 'floorTarget'],
      [{ floorTarget: 0 }, 'floorTarget'],
      [{ floorTarget: { criteria: 15, byYear: 2025 } }, 'floorTarget'],
      [{ averageRoundingUnitz: 3 }, 'averageRoundingUnitz'],
    ] as const) {
      try {
        checkPlan(plan, options as never);
        expect.unreachable();
      } catch (error) {
        expect(isNtmError(error, 'invalid-input')).toBe(true);
        expect((error as { issues: { path: unknown[] }[] }).issues[0]?.path).toEqual(['options', key]);
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

describe('checkPlan with another bucket scheme', () => {
  it('uses the scheme given (Thừa Thiên Huế 2018: 8-9 and under 8) and rejects a broken one', async () => {
    const { THUA_THIEN_HUE_2018_SCHEME, NtmError } = await import('../../../src/index.js');
    const plan = parsePlan({ province: 'Thử', year: 2024, communes: 10, target: { meetingStandard: { total: 2 }, buckets: { '15-18': 3, '10-14': 3, '8-9': 1 } } });
    const ids = THUA_THIEN_HUE_2018_SCHEME.buckets.map((b) => b.id);
    expect(ids).toContain('8-9');
    // Under the national scheme '8-9' is unknown; under Huế's it is a bucket, and 1 commune is left to "under 8".
    expect(checkPlan(plan).map((f) => f.code)).toContain('bucket-unknown');
    expect(checkPlan(plan, { scheme: THUA_THIEN_HUE_2018_SCHEME }).map((f) => f.code)).toEqual(['bucket-implied', 'below-floor-target']);
    const broken = { ...THUA_THIEN_HUE_2018_SCHEME, buckets: THUA_THIEN_HUE_2018_SCHEME.buckets.slice(1) };
    expect(() => checkPlan(plan, { scheme: broken })).toThrow(NtmError);
  });
});

describe('checkPlan on input not from parsePlan', () => {
  it('validates it first: a malformed plan is an NtmError, never a TypeError', () => {
    for (const bad of [null, 42, { province: 'X' }, { province: 'X', year: 2024, communes: '94' }]) {
      expect(() => checkPlan(bad as never)).toThrow(expect.objectContaining({ name: 'NtmError', code: 'invalid-input' }));
    }
  });

  it('accepts a plain object that is a valid plan', () => {
    expect(checkPlan(consistentPlan() as never)).toEqual([]);
  });

  it('returns frozen plans from parsePlan', () => {
    const plan = parsePlan(consistentPlan());
    expect(Object.isFrozen(plan)).toBe(true);
    expect(Object.isFrozen(plan.target?.criteria?.[0])).toBe(true);
  });
});
