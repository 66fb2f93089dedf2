import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyCriteriaCount, defineBucketScheme, isNtmError, roundHalfUp, summarizeCommunes } from '../../src/index.js';
import type { BucketScheme } from '../../src/index.js';

const text = { vi: 'x', en: 'x' };

/** A random partition of 0…total: sorted distinct cut points. */
const partition = fc
  .integer({ min: 1, max: 30 })
  .chain((total) => fc.tuple(fc.constant(total), fc.uniqueArray(fc.integer({ min: 1, max: total }), { maxLength: total })))
  .map(([total, cuts]): BucketScheme => {
    const starts = [0, ...[...cuts].sort((a, b) => a - b)];
    const buckets = starts.map((min, i) => {
      const max = i + 1 < starts.length ? starts[i + 1]! - 1 : total;
      return { id: `${min}-${max}`, min, max, label: text };
    });
    return { id: 'p', title: text, criteriaTotal: total, buckets };
  });

describe('scoring properties', () => {
  it('any partition is accepted and every count falls in the one bucket whose range holds it', () => {
    fc.assert(
      fc.property(partition, (def) => {
        const s = defineBucketScheme(def);
        for (let n = 0; n <= s.criteriaTotal; n++) {
          const b = classifyCriteriaCount(n, s);
          expect(b.min <= n && n <= b.max).toBe(true);
        }
      }),
    );
  });

  it('moving one bound of a partition by one is rejected (gap or overlap)', () => {
    fc.assert(
      fc.property(partition, fc.nat(), fc.boolean(), fc.constantFrom(-1, 1), (def, pick, lower, delta) => {
        const i = pick % def.buckets.length;
        const b = def.buckets[i]!;
        const moved = { ...b, [lower ? 'min' : 'max']: (lower ? b.min : b.max) + delta };
        if (moved.min > moved.max) return; // an inverted bucket is a different error
        const broken = { ...def, buckets: def.buckets.map((x, j) => (j === i ? moved : x)) };
        let error: unknown;
        try {
          defineBucketScheme(broken);
        } catch (e) {
          error = e;
        }
        expect(isNtmError(error, 'invalid-definition')).toBe(true);
      }),
    );
  });

  it('summaries: bucket counts add up, the average is sum/count, the printed figure is its half-up rounding', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 19 }), { minLength: 1, maxLength: 200 }), (counts) => {
        const s = summarizeCommunes(counts.map((criteriaMet) => ({ criteriaMet })));
        const sum = counts.reduce((a, b) => a + b, 0);
        expect(s.buckets.reduce((a, b) => a + b.count, 0)).toBe(counts.length);
        expect(s.average?.fraction).toEqual({ numerator: sum, denominator: counts.length });
        // Half-up at one decimal, checked with integers: round(10·sum/n) = floor((20·sum + n) / (2n)).
        const tenths = Math.floor((20 * sum + counts.length) / (2 * counts.length));
        expect(s.average?.rounded).toBe((tenths / 10).toFixed(1));
        expect(s.minimum).toBe(Math.min(...counts));
        expect(s.meetingStandard).toBe(counts.filter((n) => n === 19).length);
      }),
    );
  });

  it('roundHalfUp of a decimal string agrees with rounding its fraction', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), fc.integer({ min: 0, max: 4 }), (n, d) => {
        const str = (n / 1000).toFixed(3);
        expect(roundHalfUp(str, d)).toBe(roundHalfUp({ numerator: n, denominator: 1000 }, d));
      }),
    );
  });
});
