import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { FundingDecimal, roundHalfUp, toPlain } from '../../src/funding/decimal.js';

describe('funding decimal', () => {
  it('rounds halves away from zero', () => {
    expect(roundHalfUp(new FundingDecimal('0.00005'), 4).toFixed()).toBe('0.0001');
    expect(roundHalfUp(new FundingDecimal('-0.5'), 0).toFixed()).toBe('-1');
    expect(roundHalfUp(new FundingDecimal('2.5'), 0).toFixed()).toBe('3');
    expect(roundHalfUp(new FundingDecimal('0.12344'), 4).toFixed()).toBe('0.1234');
  });

  it('prints plain strings, never exponents or -0', () => {
    expect(toPlain(new FundingDecimal('1e30'))).toBe('1000000000000000000000000000000');
    expect(toPlain(new FundingDecimal('1e-12'))).toBe('0.000000000001');
    expect(toPlain(new FundingDecimal('-0'))).toBe('0');
  });

  it('is a private clone: the global Decimal settings do not reach it', () => {
    const before = Decimal.precision;
    try {
      Decimal.set({ precision: 5 });
      expect(new FundingDecimal('123456789.123').plus('0.001').toFixed()).toBe('123456789.124');
    } finally {
      Decimal.set({ precision: before });
    }
  });
});
