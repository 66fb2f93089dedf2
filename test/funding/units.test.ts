import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertAmount, FUNDING_UNITS, isFundingUnit } from '../../src/index.js';
import { paths, thrown } from './helpers.js';

describe('convertAmount', () => {
  it('shifts the decimal point between units', () => {
    expect(convertAmount('4916475', 'million-vnd', 'billion-vnd')).toBe('4916.475');
    expect(convertAmount('4916.475', 'billion-vnd', 'vnd')).toBe('4916475000000');
    expect(convertAmount('1', 'vnd', 'billion-vnd')).toBe('0.000000001');
    expect(convertAmount(24473.5, 'million-vnd', 'thousand-vnd')).toBe('24473500');
    expect(convertAmount('-2.5', 'thousand-vnd', 'vnd')).toBe('-2500');
    expect(convertAmount('0', 'vnd', 'billion-vnd')).toBe('0');
  });

  it('keeps 25 significant digits exact', () => {
    expect(convertAmount('1234567890123456789012345', 'vnd', 'billion-vnd')).toBe('1234567890123456.789012345');
  });

  it('there and back is exact, for every pair of units', () => {
    const amount = fc
      .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 12 }))
      .map(([n, p]) => (p === 0 ? n.toString() : `${n < 0n ? '-' : ''}${(n < 0n ? -n : n).toString().padStart(p + 1, '0').replace(new RegExp(`(\\d{${p}})$`), '.$1')}`));
    const unit = fc.constantFrom(...FUNDING_UNITS);
    fc.assert(
      fc.property(amount, unit, unit, (a, from, to) => {
        const normal = convertAmount(a, from, from);
        expect(convertAmount(convertAmount(a, from, to), to, from)).toBe(normal);
      }),
    );
  });

  it('rejects bad amounts and units with their paths', () => {
    expect(paths(thrown(() => convertAmount('1,5', 'vnd', 'vnd')))).toEqual(['amount']);
    expect(paths(thrown(() => convertAmount(NaN, 'vnd', 'vnd')))).toEqual(['amount']);
    expect(paths(thrown(() => convertAmount('1', 'usd' as never, 'tỷ' as never)))).toEqual(['from', 'to']);
  });
});

describe('isFundingUnit', () => {
  it('knows the four units and nothing else', () => {
    expect(FUNDING_UNITS.every(isFundingUnit)).toBe(true);
    expect(isFundingUnit('__proto__')).toBe(false);
    expect(isFundingUnit('million')).toBe(false);
  });
});
