import { describe, expect, it } from 'vitest';
import { PLAN_FINDING_CODES } from '../../src/plans/finding.js';
import { PLAN_FINDINGS } from '../../src/plans/finding-codes.js';

// That every code is given by some check and pinned by a vector: test/plans/finding-codes.test.ts.
describe('PLAN_FINDING_CODES', () => {
  it('is the codes of PLAN_FINDINGS, in order, once each, frozen', () => {
    expect(PLAN_FINDING_CODES).toEqual(PLAN_FINDINGS.map((f) => f.code));
    expect(new Set(PLAN_FINDING_CODES).size).toBe(PLAN_FINDING_CODES.length);
    expect(Object.isFrozen(PLAN_FINDING_CODES)).toBe(true);
  });
});
