import { describe, expect, it } from 'vitest';
import { defineCriteriaSet, evaluate, NtmError } from '../../src/index.js';
import type { CriteriaSet } from '../../src/index.js';

const cite = { instrument: 'TEST' };
const text = (s: string) => ({ vi: s, en: s });
const t = (rule: unknown) => ({ regions: 'all', validFrom: '2022-01-01', rule, citation: cite, provenance: 'confirmed' });

// A small set with every numeric kind and an unlabelled compound rule (test data, not law).
const SET: CriteriaSet = defineCriteriaSet({
  id: 'test/kinds', kind: 'village', province: 'Tỉnh A', title: text('Test kinds'), legalBasis: [cite],
  period: { fromYear: 2022, toYear: 2025 }, validFrom: '2022-01-01', regional: false,
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

  it('rejects malformed compound values with the field at fault', () => {
    const msg = (v: unknown) => thrown(() => run({ '1.3': v })).issues[0]!.message;
    expect(msg([1])).toMatch(/expected an object with the fields total, good, share, ok, size/);
    expect(msg({ total: 1, good: 1, share: 1, ok: true, size: 1, extra: 1 })).toMatch(/unknown field "extra"/);
    expect(msg({ total: 1, good: 1, share: 1, ok: true })).toMatch(/missing field "size"/);
    expect(msg({ total: 1, good: 1, share: 1, ok: 'yes', size: 1 })).toMatch(/field "ok": expected true or false/);
    expect(msg({ total: 1, good: 1, share: 101, ok: true, size: 1 })).toMatch(/field "share": expected a percentage from 0 to 100/);
    expect(msg({ total: 1.5, good: 1, share: 1, ok: true, size: 1 })).toMatch(/field "total": expected a whole number/);
    expect(msg({ total: 1, good: 1, share: 1, ok: true, size: -1 })).toMatch(/field "size": expected a non-negative number/);
    expect(msg({ total: 0, good: 0, share: 1, ok: true, size: 1 })).toMatch(/field "total": must be at least 1/);
    expect(msg({ total: 2, good: 3, share: 1, ok: true, size: 1 })).toMatch(/field "good" \(3\) cannot exceed "total" \(2\)/);
    expect(msg(NaN)).toMatch(/expected an object/);
    expect(thrown(() => run({ '1.1': Infinity })).issues[0]!.message).toMatch(/finite, non-negative number/);
    expect(thrown(() => run({ '1.2': 2.5 })).issues[0]!.message).toMatch(/whole number/);
  });
});

describe('shortfalls are rounded to 12 significant digits', () => {
  it('the fast path returns exactly Number(d.toPrecision(12))', async () => {
    const fc = (await import('fast-check')).default;
    const { judge, KINDS } = await import('../../src/engine/kinds/index.js');
    const indicator = SET.criteria[0]!.indicators[0]!;
    const shortfall = (v: number, min: number) => judge(KINDS['min-value'].compile({ kind: 'min-value', min }, indicator), v);
    const tenths = fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 10);
    fc.assert(
      fc.property(fc.oneof(tenths, fc.double({ min: 0, max: 1e12, noNaN: true })), fc.oneof(tenths, fc.double({ min: 0, max: 1e12, noNaN: true })), (v, min) => {
        const expected = v >= min ? true : Number((min - v).toPrecision(12));
        expect(shortfall(v, min)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });
});
