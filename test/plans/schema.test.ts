import { describe, expect, it } from 'vitest';
import { isNtmError, parsePlan } from '../../src/index.js';
import { consistentPlan } from '../_support/plans.js';

function issuesOf(input: unknown): { path: readonly (string | number)[]; message: string }[] {
  try {
    parsePlan(input);
  } catch (error) {
    if (isNtmError(error, 'invalid-input')) return [...error.issues];
    throw error;
  }
  throw new Error('expected parsePlan to throw');
}

describe('parsePlan', () => {
  it('needs only what identifies the plan', () => {
    expect(parsePlan({ province: 'Lai Châu', year: 2024 })).toEqual({ province: 'Lai Châu', year: 2024 });
    expect(issuesOf({ year: 2024 }).map((i) => i.path)).toEqual([['province']]);
    expect(issuesOf({ province: 'Lai Châu' }).map((i) => i.path)).toEqual([['year']]);
  });

  it('accepts JSON text and objects alike, and rejects text that is not JSON', () => {
    const plan = consistentPlan();
    expect(parsePlan(JSON.stringify(plan))).toEqual(parsePlan(plan));
    expect(issuesOf('{"province": "Lai Châu",')[0]?.path).toEqual([]);
  });

  it('rejects unknown keys at any depth, naming the path', () => {
    const plan = consistentPlan();
    plan.comunes = 10;
    plan.target.criteria[2].advancd = [];
    plan.funding.lines[0].parts[0].amout = '1';
    const issues = issuesOf(plan);
    expect(issues.map((i) => i.path.join('.')).sort()).toEqual(['comunes', 'funding.lines.0.parts.0.amout', 'target.criteria.2.advancd']);
    expect(issues.find((i) => i.path[0] === 'comunes')).toMatchObject({ code: 'unknown-key', message: 'unknown field "comunes"', text: { vi: 'không có trường "comunes"' } });
  });

  it('rejects bad figures with their paths', () => {
    const plan = consistentPlan();
    plan.baseline.averageCriteria = '13,6';
    plan.target.buckets['10-14'] = -1;
    plan.target.criteria[0].criterion = '20';
    plan.funding.total.amount = 4916475;
    plan.funding.lines[1].source = 'lottery';
    expect(issuesOf(plan).map((i) => i.path.join('.')).sort()).toEqual(
      ['baseline.averageCriteria', 'funding.lines.1.source', 'funding.total.amount', 'target.buckets.10-14', 'target.criteria.0.criterion'].sort(),
    );
  });

  it('rejects a criterion listed twice and a part that is not a sub-source', () => {
    const plan = consistentPlan();
    plan.target.criteria[1].criterion = '1';
    plan.funding.lines[1].parts = [{ source: 'credit', amount: '10' }];
    const issues = issuesOf(plan);
    expect(issues.map((i) => i.path.join('.'))).toEqual(['target.criteria.1.criterion', 'funding.lines.1.parts.0.source']);
    expect(issues[1]?.message).toBe('"credit" is not a sub-source of "local"');
  });

  it('stores Vietnamese text in NFC', () => {
    const nfd = 'Lai Châu'.normalize('NFD');
    expect(parsePlan({ province: nfd, year: 2024 }).province).toBe('Lai Châu'.normalize('NFC'));
  });

  it('does not change its input', () => {
    const plan = consistentPlan();
    const before = JSON.stringify(plan);
    parsePlan(plan);
    expect(JSON.stringify(plan)).toBe(before);
  });
});
