import { describe, expect, it } from 'vitest';
import { thrown } from '../_support/thrown.js';
import {
  classifyCriteriaCount,
  defineBucketScheme,
  NATIONAL_COMMUNE_SCHEME,
  NtmError,
  THUA_THIEN_HUE_2018_SCHEME,
} from '../../src/index.js';
import type { BucketScheme } from '../../src/index.js';


const text = { vi: 'x', en: 'x' };
function scheme(buckets: readonly [number, number][], criteriaTotal = 10): BucketScheme {
  return {
    id: 'test',
    title: text,
    criteriaTotal,
    buckets: buckets.map(([min, max]) => ({ id: `${min}-${max}`, min, max, label: text })),
  };
}

describe('classifyCriteriaCount: national scheme', () => {
  const expected: [number, string][] = [
    [0, '0-4'], [4, '0-4'],
    [5, '5-9'], [9, '5-9'],
    [10, '10-14'], [14, '10-14'],
    [15, '15-18'], [18, '15-18'],
    [19, '19'],
  ];
  it.each(expected)('%i criteria → %s', (n, id) => {
    expect(classifyCriteriaCount(n).id).toBe(id);
  });

  it('classifies every count 0…19 into exactly one bucket, the one whose range holds it', () => {
    for (let n = 0; n <= 19; n++) {
      const b = classifyCriteriaCount(n);
      expect(n).toBeGreaterThanOrEqual(b.min);
      expect(n).toBeLessThanOrEqual(b.max);
      expect(NATIONAL_COMMUNE_SCHEME.buckets.filter((x) => n >= x.min && n <= x.max)).toHaveLength(1);
    }
  });

  it('returns the bucket with its bilingual label', () => {
    expect(classifyCriteriaCount(19).label.vi).toBe('Đạt chuẩn (19 tiêu chí)');
    expect(classifyCriteriaCount(3).label.en).toBe('Under 5 criteria');
  });

  it.each([
    [-1, 'cannot be negative'],
    [20, 'cannot exceed the 19 criteria'],
    [12.5, 'whole number'],
    [Number.NaN, 'expected a number'],
    [Number.POSITIVE_INFINITY, 'whole number'],
  ])('rejects the count %s', (n, message) => {
    const e = thrown(() => classifyCriteriaCount(n));
    expect(e.code).toBe('invalid-input');
    expect(e.issues[0]?.path).toEqual(['n']);
    expect(e.issues[0]?.message).toContain(message);
  });

  it('rejects a count that is not a number', () => {
    for (const v of ['15', null, undefined, {}]) {
      const e = thrown(() => classifyCriteriaCount(v as never));
      expect(e.code).toBe('invalid-input');
      expect(e.issues[0]?.path).toEqual(['n']);
    }
  });
});

describe('Thừa Thiên Huế 2018 scheme', () => {
  it('has the 8-9 and under-8 buckets at their boundaries', () => {
    const s = THUA_THIEN_HUE_2018_SCHEME;
    expect([0, 7, 8, 9, 10, 14, 15, 18, 19].map((n) => classifyCriteriaCount(n, s).id)).toEqual([
      '0-7', '0-7', '8-9', '8-9', '10-14', '10-14', '15-18', '15-18', '19',
    ]);
    expect(classifyCriteriaCount(5, s).label.vi).toBe('Dưới 8 tiêu chí');
  });

  it('labels the bucket added only to complete the partition', () => {
    const basis = Object.fromEntries(THUA_THIEN_HUE_2018_SCHEME.buckets.map((b) => [b.id, b.basis]));
    expect(basis).toEqual({ '19': 'stated', '15-18': 'stated', '10-14': 'completes-partition', '8-9': 'stated', '0-7': 'stated' });
    expect(THUA_THIEN_HUE_2018_SCHEME.citation?.source).toContain('nongthonmoithuathienhue.vn');
  });

  it('is a valid partition and frozen, like the national scheme', () => {
    for (const s of [NATIONAL_COMMUNE_SCHEME, THUA_THIEN_HUE_2018_SCHEME]) {
      expect(defineBucketScheme(s).buckets.map((b) => b.id)).toEqual(s.buckets.map((b) => b.id));
      expect(Object.isFrozen(s.buckets[0])).toBe(true);
    }
  });
});

describe('defineBucketScheme', () => {
  it('accepts a custom partition, orders it highest first, and does not touch the input', () => {
    const def = scheme([[0, 5], [8, 10], [6, 7]]);
    const before = JSON.stringify(def);
    const s = defineBucketScheme(def);
    expect(JSON.stringify(def)).toBe(before);
    expect(s.buckets.map((b) => b.id)).toEqual(['8-10', '6-7', '0-5']);
    expect(Object.isFrozen(s)).toBe(true);
    expect(classifyCriteriaCount(5, s).id).toBe('0-5');
    expect(classifyCriteriaCount(6, s).id).toBe('6-7');
    expect(classifyCriteriaCount(10, s).id).toBe('8-10');
    expect(thrown(() => classifyCriteriaCount(11, s)).issues[0]?.message).toContain('cannot exceed the 10 criteria');
  });

  it('accepts a one-bucket scheme covering everything', () => {
    expect(classifyCriteriaCount(3, defineBucketScheme(scheme([[0, 3]], 3))).id).toBe('0-3');
  });

  it('reports a gap in the middle, at the bottom and at the top', () => {
    expect(thrown(() => defineBucketScheme(scheme([[0, 4], [7, 10]]))).issues.map((i) => i.message)).toEqual(['gap: no bucket holds 5-6 criteria']);
    expect(thrown(() => defineBucketScheme(scheme([[1, 10]]))).issues[0]?.message).toBe('gap: no bucket holds 0 criteria');
    const top = thrown(() => defineBucketScheme(scheme([[0, 8]])));
    expect(top.code).toBe('invalid-definition');
    expect(top.issues[0]).toMatchObject({ path: ['buckets'], message: 'gap: no bucket holds 9-10 criteria' });
  });

  it('reports an overlap with both buckets named', () => {
    const e = thrown(() => defineBucketScheme(scheme([[0, 5], [5, 10]])));
    expect(e.issues).toMatchObject([{ path: ["buckets", 1], message: 'overlaps buckets[0] on 5 criteria' }]);
    const nested = thrown(() => defineBucketScheme(scheme([[0, 10], [3, 4]])));
    expect(nested.issues[0]?.message).toBe('overlaps buckets[0] on 3-4 criteria');
  });

  it('rejects fractional, negative, inverted and out-of-range bounds with paths', () => {
    const e = thrown(() => defineBucketScheme(scheme([[0, 4.5], [-1, 10]])));
    expect(e.issues.map((i) => i.path)).toEqual([['buckets', 0, 'max'], ['buckets', 1, 'min']]);
    expect(thrown(() => defineBucketScheme(scheme([[5, 0]]))).issues[0]?.message).toContain('greater than max');
    expect(thrown(() => defineBucketScheme(scheme([[0, 11]]))).issues[0]).toMatchObject({ path: ["buckets", 0, "max"], message: 'must lie within 0…10' });
  });

  it('rejects duplicate ids, bad labels, a bad total and a missing bucket list', () => {
    const dup = scheme([[0, 5], [6, 10]]);
    const e = thrown(() =>
      defineBucketScheme({ ...dup, buckets: [dup.buckets[0]!, { ...dup.buckets[1]!, id: '0-5', label: { vi: 'x' } as never }] }),
    );
    expect(e.issues.map((i) => i.path)).toEqual([['buckets', 1, 'id'], ['buckets', 1, 'label']]);
    expect(thrown(() => defineBucketScheme({ ...dup, criteriaTotal: 0 })).issues[0]?.path).toEqual(['criteriaTotal']);
    expect(thrown(() => defineBucketScheme({ ...dup, buckets: [] })).issues[0]?.path).toEqual(['buckets']);
    expect(thrown(() => defineBucketScheme(null as never)).issues[0]?.path).toEqual([]);
  });

  it('rejects a bucket that is not an object, an unknown basis and a citation without instrument', () => {
    const def = scheme([[0, 5], [6, 10]]);
    const e = thrown(() =>
      defineBucketScheme({ ...def, citation: { source: 'x' } as never, buckets: [def.buckets[0]!, 'x' as never, { ...def.buckets[1]!, basis: 'guessed' as never }] }),
    );
    expect(e.issues.map((i) => i.path)).toEqual([['citation'], ['buckets', 1], ['buckets', 2, 'basis']]);
  });

  it('classifyCriteriaCount rejects an invalid scheme passed directly, with paths under scheme', () => {
    const e = thrown(() => classifyCriteriaCount(3, scheme([[0, 2], [4, 10]])));
    expect(e.code).toBe('invalid-definition');
    expect(e.issues[0]?.path).toEqual(['scheme', 'buckets']);
  });
});
