import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkPlan, NATIONAL_COMMUNE_SCHEME, parsePlan, roundHalfUp } from '../../../src/index.js';

// Plans built from real commune-level data (each commune: which of the 19 criteria it meets)
// are consistent by construction: whatever the checks flag in them is a false alarm.
const commune = fc.oneof(
  fc.constant(Array.from({ length: 19 }, () => true)),
  fc.array(fc.boolean(), { minLength: 19, maxLength: 19 }),
  fc.array(fc.integer({ min: 0, max: 3 }).map((x) => x === 0), { minLength: 19, maxLength: 19 }), // mostly not met
);

function blockOf(communes: boolean[][], decimals: number, omit: readonly number[]) {
  const n = communes.length;
  const met = communes.map((c) => c.filter(Boolean).length);
  const total = met.reduce((a, b) => a + b, 0);
  const buckets: Record<string, number> = {};
  for (const b of NATIONAL_COMMUNE_SCHEME.buckets) {
    if (b.min === 19) continue;
    buckets[b.id] = met.filter((m) => m >= b.min && m <= b.max).length;
  }
  const criteria = Array.from({ length: 19 }, (_, i) => ({ criterion: String(i + 1), communes: communes.filter((c) => c[i]).length, outOf: n })).filter(
    (c) => !omit.includes(Number(c.criterion)),
  );
  return {
    meetingStandard: { total: met.filter((m) => m === 19).length },
    averageCriteria: roundHalfUp({ numerator: total, denominator: n }, decimals),
    buckets,
    criteria,
  };
}

describe('a plan drawn from commune-level data raises no error', () => {
  it('whatever the communes, the rounding (0-2 decimals) and the criteria left unstated', () => {
    fc.assert(
      fc.property(
        fc.array(commune, { minLength: 1, maxLength: 120 }),
        fc.integer({ min: 0, max: 2 }),
        fc.subarray([1, 2, 5, 19], { maxLength: 3 }),
        fc.boolean(),
        (communes, decimals, omit, dropUnder5) => {
          const baseline = blockOf(communes, decimals, omit);
          if (dropUnder5) delete (baseline.buckets as Record<string, number>)['0-4'];
          const plan = parsePlan({ province: 'Thử', year: 2024, communes: communes.length, baseline: { year: 2023, ...baseline } });
          const errors = checkPlan(plan).filter((f) => f.severity === 'error');
          expect(errors).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
