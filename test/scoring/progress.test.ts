import { describe, expect, it } from 'vitest';
import { thrown } from '../_support/thrown.js';
import { compareSummaries, evaluateCommune, progressTowardTarget, summarizeCommunes } from '../../src/index.js';

// progressTowardTarget and compareSummaries on summaries of the 2026-2030 set (10 criteria, no bucket scheme).
const ten = (met: number) => evaluateCommune({ group: 2, year: 2026, criteria: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), i < met ? 'met' : 'not-met'])) });

describe('progress on summaries without a bucket scheme', () => {
  const now = summarizeCommunes([ten(10), ten(8), ten(3), ten(9)]);

  it('measures the communes meeting the standard, the average and the floor', () => {
    const p = progressTowardTarget(now, { meetingStandard: 2, average: '8.0', minimum: 5 });
    expect(p.meetingStandard).toEqual({ current: 1, target: 2, remaining: 1 });
    expect(p.average?.criteriaToGain).toBe(2); // 30 of 40 now; 32 needed for 8.0
    expect(p.minimum).toEqual({ current: 3, target: 5, reached: false });
    expect(p.achieved).toBe(false);
  });

  it('refuses bucket targets (no scheme) and averages above the 10 criteria', () => {
    expect(thrown(() => progressTowardTarget(now, { buckets: { '10': 1 } })).issues[0]?.message).toContain('no bucket scheme');
    expect(thrown(() => progressTowardTarget(now, { average: '10.5' })).issues[0]?.path).toEqual(['target', 'average']);
  });

  it('a summary of another set is not a target, nor comparable', () => {
    const old = summarizeCommunes([{ criteriaMet: 19 }]);
    expect(thrown(() => progressTowardTarget(now, old)).issues[0]?.path).toEqual(['target', 'criteriaTotal']);
    expect(thrown(() => compareSummaries(old, now)).issues[0]?.path).toEqual(['after', 'criteriaTotal']);
    const later = summarizeCommunes([ten(10), ten(10), ten(4), ten(9)]);
    const c = compareSummaries(now, later);
    expect([c.scheme, c.criteriaTotal, c.meetingStandard.change, c.buckets]).toEqual([null, 10, 1, []]);
    expect(progressTowardTarget(now, later).meetingStandard?.remaining).toBe(1);
  });
});
