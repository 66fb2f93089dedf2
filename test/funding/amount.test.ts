import { describe, expect, it } from 'vitest';
import { NEGATIVE, NOT_DECIMAL, NOT_FINITE, OUT_OF_RANGE, parseAmount } from '../../src/funding/amount.js';

describe('parseAmount', () => {
  it('returns the string to compute with', () => {
    expect(parseAmount('67950', false)).toBe('67950');
    expect(parseAmount('24473.5', false)).toBe('24473.5');
    expect(parseAmount(0.1, false)).toBe('0.1');
    expect(parseAmount(1e21, false)).toBe('1e+21');
    expect(parseAmount('-0.00', false)).toBe('-0.00');
    expect(parseAmount('-3', true)).toBe('-3');
  });

  it('says why an amount is rejected', () => {
    expect(parseAmount('4.916.475', false)).toEqual(NOT_DECIMAL);
    expect(parseAmount(null, false)).toEqual(NOT_DECIMAL);
    expect(parseAmount(Infinity, true)).toEqual(NOT_FINITE);
    expect(parseAmount('-0.01', false)).toEqual(NEGATIVE);
    expect(parseAmount('-1e-5', false)).toEqual(NEGATIVE);
    expect(parseAmount('1e201', false)).toEqual(OUT_OF_RANGE);
    expect(parseAmount('1'.repeat(201), false)).toEqual(OUT_OF_RANGE);
  });
});
