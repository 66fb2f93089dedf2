import { describe, expect, it } from 'vitest';
import { getCriteriaSet, NATIONAL_COMMUNE_SCHEME } from '../../src/index.js';
import { averageOf, decimalsOf, summarizeBlock, totalsForAverage } from '../../src/plans/summary.js';
import { laiChau } from '../_support/plans.js';

const SET_2024 = getCriteriaSet('commune', { asOf: '2024-12-31' });

describe('plan block summaries', () => {
  const plan = laiChau();

  it('fill the top bucket from the recognised communes and imply the unstated one', () => {
    const s = summarizeBlock(plan, 'baseline', NATIONAL_COMMUNE_SCHEME, SET_2024);
    expect(s.rows.map((r) => [r.bucket.id, r.count, r.source])).toEqual([
      ['19', 39, 'recognised'], ['15-18', 2, 'stated'], ['10-14', 27, 'stated'], ['5-9', 26, 'stated'], ['0-4', 0, 'implied'],
    ]);
    expect(s.remainder).toBe(0);
  });

  it('bound the total criteria met from the buckets and from the per-criterion counts', () => {
    const b = summarizeBlock(plan, 'baseline', NATIONAL_COMMUNE_SCHEME, SET_2024);
    expect(b.bucketTotals).toEqual({ min: 39 * 19 + 2 * 15 + 27 * 10 + 26 * 5, max: 39 * 19 + 2 * 18 + 27 * 14 + 26 * 9 }); // 1171…1389
    expect([b.criteriaSum, b.criteriaStated, b.criteriaUnstated, b.criteriaTotals]).toEqual([1170, 18, ['1'], { min: 1209, max: 1264 }]);
    const t = summarizeBlock(plan, 'target', NATIONAL_COMMUNE_SCHEME, SET_2024);
    expect(t.bucketTotals).toEqual({ min: 1386, max: 1576 });
    expect(t.criteriaTotals).toEqual({ min: 1401, max: 1451 });
  });

  it('leave counts unknown when several unstated buckets share a remainder', () => {
    const s = summarizeBlock({ province: 'X', year: 2024, communes: 10, target: { meetingStandard: { total: 2 }, buckets: { '15-18': 3 } } }, 'target', NATIONAL_COMMUNE_SCHEME, SET_2024);
    expect(s.rows.map((r) => r.source)).toEqual(['recognised', 'stated', 'unknown', 'unknown', 'unknown']);
    expect(s.remainder).toBe(5);
    expect(s.bucketTotals).toEqual({ min: 38 + 45 + 0, max: 38 + 54 + 5 * 14 });
  });
});

describe('rounding of a written average', () => {
  it('gives the whole totals within half a unit of the last written decimal, ends included', () => {
    expect(totalsForAverage('13.6', 94, 0.5)).toEqual({ min: 1274, max: 1283 }); // 1273.7…1283.1
    expect(totalsForAverage('15.5', 94, 0.5)).toEqual({ min: 1453, max: 1461 }); // 1452.3…1461.7
    expect(totalsForAverage('15', 10, 0.5)).toEqual({ min: 145, max: 155 }); // 14.5 and 15.5 both round to 15 under some rule
    expect(totalsForAverage('14.15', 10, 0.5)).toEqual({ min: 142, max: 141 }); // empty: no total gives it
    expect(totalsForAverage('13.6', 94, 0)).toEqual({ min: 1279, max: 1278 }); // 13.6 exactly is not a multiple of 1/94
  });

  it('counts written decimals and rounds half-up', () => {
    expect([decimalsOf('13.6'), decimalsOf('15'), decimalsOf('15.93')]).toEqual([1, 0, 2]);
    expect(averageOf(1264, 94, 2)).toBe('13.45'); // 13.4468…
    expect(averageOf(5, 2, 0)).toBe('3'); // 2.5 → 3
  });
});
