import { describe, expect, it } from 'vitest';
import { defineCriteriaSet, evaluate, NtmError } from '../../src/index.js';
import type { CriteriaSet } from '../../src/index.js';

const cite = { instrument: 'TEST' };
const text = (s: string) => ({ vi: s, en: s });
const t = (rule: unknown) => ({ columns: 'all', validFrom: '2022-01-01', rule, citation: cite, provenance: 'confirmed' });

// A small set with every numeric kind and an unlabelled compound rule (test data, not law).
const SET: CriteriaSet = defineCriteriaSet({
  id: 'test/kinds', kind: 'village', province: 'Tỉnh A', title: text('Test kinds'), legalBasis: [cite],
  period: { fromYear: 2022, toYear: 2025 }, validFrom: '2022-01-01', columns: 'none',
  criteria: [{
    code: '1', name: text('Kinds'), nameStatus: 'confirmed', citation: cite,
    indicators: [
      { code: '1.1', name: text('max value'), nameStatus: 'confirmed', kind: 'max-value', unit: 'm2/person', citation: cite, thresholds: [t({ kind: 'max-value', max: 10 })] },
      { code: '1.2', name: text('min count'), nameStatus: 'confirmed', kind: 'min-count', unit: 'count', citation: cite, thresholds: [t({ kind: 'min-count', min: 2 })] },
      {
        code: '1.3', name: text('compound'), nameStatus: 'confirmed', kind: 'compound', unit: 'compound', citation: cite,
        fields: [
          { key: 'total', type: 'count', min: 1, label: text('total') },
          { key: 'good', type: 'count', notGreaterThan: 'total', label: text('good') },
          { key: 'share', type: 'percent', label: text('share') },
          { key: 'ok', type: 'boolean', label: text('ok') },
          { key: 'size', type: 'number', label: text('size') },
        ],
        thresholds: [t({
          kind: 'compound',
          rule: {
            all: [
              { compare: [{ percentOf: ['good', 'total'] }, '>=', { const: 50 }] },
              { any: [{ compare: [{ field: 'ok' }, '==', { const: true }] }, { compare: [{ field: 'size' }, '<', { const: 3 }] }] },
              { compare: [{ field: 'share' }, '>', { const: 10 }] },
              { compare: [{ field: 'share' }, '<=', { const: 90 }] },
            ],
          },
        })],
      },
    ],
  }],
} as unknown as CriteriaSet);

const run = (indicators: Record<string, unknown>) => evaluate(SET, { year: 2024, indicators } as never);
const thrown = (fn: () => unknown): NtmError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof NtmError) return e;
    throw e;
  }
  throw new Error('expected an NtmError');
};

describe('indicator kinds', () => {
  it('max-value and min-count judge, explain and measure the shortfall', () => {
    const r = run({ '1.1': 12.5, '1.2': 1 });
    const [maxValue, minCount] = r.criteria[0]!.indicators;
    expect(maxValue).toMatchObject({ outcome: 'not-met', shortfall: 2.5 });
    expect(maxValue!.threshold!.text).toEqual({ vi: '≤ 10 m²/người', en: '≤ 10 m²/person' });
    expect(minCount).toMatchObject({ outcome: 'not-met', shortfall: 1 });
    expect(minCount!.threshold!.text.vi).toBe('≥ 2');
    expect(run({ '1.1': 10, '1.2': 2 }).criteria[0]!.indicators.slice(0, 2).map((i) => i.outcome)).toEqual(['met', 'met']);
  });

  it('a compound rule lists the failed parts, rendered from field labels when unlabelled (cached, same text twice)', () => {
    const value = { total: 4, good: 1, share: 95, ok: false, size: 5 };
    const a = run({ '1.3': value }).criteria[0]!.indicators[2]!;
    expect(a.outcome).toBe('not-met');
    expect(a.failed?.map((f) => f.en)).toEqual(['good as % of total ≥ 50', 'ok = yes', 'size < 3', 'share ≤ 90']);
    expect(a.failed?.[0]?.vi).toBe('tỷ lệ good / total (%) ≥ 50');
    const b = run({ '1.3': value }).criteria[0]!.indicators[2]!;
    expect(b.failed).toEqual(a.failed);
    expect(b.failed).not.toBe(a.failed);
    expect(run({ '1.3': { total: 4, good: 2, share: 50, ok: false, size: 2 } }).criteria[0]!.indicators[2]!.outcome).toBe('met');
  });

  it('rejects malformed compound values with the field at fault, at its path', () => {
    const at = (v: unknown) => {
      const i = thrown(() => run({ '1.3': v })).issues[0]!;
      return [i.path.join('/'), i.code, i.message];
    };
    expect(at([1])).toEqual(['indicators/1.3', 'expected-object', expect.stringMatching(/expected an object with the fields total, good, share, ok, size/)]);
    expect(at({ total: 1, good: 1, share: 1, ok: true, size: 1, extra: 1 })).toEqual(['indicators/1.3/extra', 'unknown-key', expect.stringMatching(/unknown field "extra"/)]);
    expect(at({ total: 1, good: 1, share: 1, ok: true })).toEqual(['indicators/1.3/size', 'required', expect.stringMatching(/missing field "size"/)]);
    expect(at({ total: 1, good: 1, share: 1, ok: 'yes', size: 1 })).toEqual(['indicators/1.3/ok', 'expected-boolean', expect.stringMatching(/expected true \(met\) or false/)]);
    expect(at({ total: 1, good: 1, share: 101, ok: true, size: 1 })).toEqual(['indicators/1.3/share', 'out-of-range', expect.stringMatching(/from 0 to 100, got 101/)]);
    expect(at({ total: 1.5, good: 1, share: 1, ok: true, size: 1 })).toEqual(['indicators/1.3/total', 'expected-whole-number', expect.stringMatching(/whole number/)]);
    expect(at({ total: 1, good: 1, share: 1, ok: true, size: -1 })).toEqual(['indicators/1.3/size', 'out-of-range', expect.stringMatching(/must not be negative, got -1/)]);
    expect(at({ total: 0, good: 0, share: 1, ok: true, size: 1 })).toEqual(['indicators/1.3/total', 'out-of-range', expect.stringMatching(/must be at least 1/)]);
    expect(at({ total: 2, good: 3, share: 1, ok: true, size: 1 })).toEqual(['indicators/1.3/good', 'exceeds-field', expect.stringMatching(/"good" \(3\) cannot exceed "total" \(2\)/)]);
    expect(at(NaN)[2]).toMatch(/expected an object/);
    expect(thrown(() => run({ '1.1': Infinity })).issues[0]!.message).toMatch(/non-negative number, got Infinity/);
    expect(thrown(() => run({ '1.2': 2.5 })).issues[0]!.message).toMatch(/whole number/);
    expect(thrown(() => run({ '1.2': 2.5 })).issues[0]!.text.vi).toBe('cần một số nguyên không âm, đang ghi 2,5');
  });

  it('reads only the own fields of a compound value, and judges a copy', () => {
    const inherited = Object.assign(Object.create({ size: 1 }), { total: 4, good: 2, share: 50, ok: true });
    expect(thrown(() => run({ '1.3': inherited })).issues[0]!.path).toEqual(['indicators', '1.3', 'size']);
    const value = { total: 4, good: 2, share: 50, ok: true, size: 2 };
    const r = run({ '1.3': value }).criteria[0]!.indicators[2]!;
    expect(r.value).toEqual(value);
    expect(r.value).not.toBe(value);
  });
});

describe('shortfalls are rounded to 12 significant digits', () => {
  it('the shortfall is exactly Number(d.toPrecision(12))', async () => {
    const fc = (await import('fast-check')).default;
    const { KINDS } = await import('../../src/engine/kinds/index.js');
    const { judge } = await import('../../src/engine/kinds/compiled.js');
    const indicator = SET.criteria[0]!.indicators[0]!;
    const shortfall = (v: number, min: number) => judge(KINDS['min-value'].compile({ kind: 'min-value', min }, indicator), v);
    const tenths = fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 10);
    // Near the fast path's edges: hundredths, tenths up to 1e11, and tenths nudged by a few ulps.
    const hundredths = fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100);
    const large = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }).map((n) => (n % 1e12) / 10);
    const nudged = fc.tuple(tenths, fc.integer({ min: -4, max: 4 })).map(([t, k]) => t + k * Number.EPSILON * Math.max(1, t));
    const value = fc.oneof(tenths, hundredths, large, nudged, fc.double({ min: 0, max: 1e12, noNaN: true }));
    fc.assert(
      fc.property(value, value, (v, min) => {
        const expected = v >= min ? true : Number((min - v).toPrecision(12));
        expect(shortfall(v, min)).toBe(expected);
      }),
      { numRuns: 20_000 },
    );
  });
});
