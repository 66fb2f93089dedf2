import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { MAX_AMOUNT_LENGTH, MAX_EXPONENT } from '../../src/funding/amount.js';
import { MAX_FUNDING_LINES } from '../../src/funding/compute.js';
import { subtract } from '../../src/plans/funding-adapter.js';
import { Dec, DECIMAL_PRECISION, roundHalfEven, roundHalfUp, toFixedPlaces, toPlain } from '../../src/_lib/decimal.js';

describe('decimal', () => {
  it('rounds halves away from zero', () => {
    expect(roundHalfUp(new Dec('0.00005'), 4).toFixed()).toBe('0.0001');
    expect(roundHalfUp(new Dec('-0.5'), 0).toFixed()).toBe('-1');
    expect(roundHalfUp(new Dec('2.5'), 0).toFixed()).toBe('3');
    expect(roundHalfUp(new Dec('0.12344'), 4).toFixed()).toBe('0.1234');
  });

  it('prints plain strings, never exponents or -0', () => {
    expect(toPlain(new Dec('1e30'))).toBe('1000000000000000000000000000000');
    expect(toPlain(new Dec('1e-12'))).toBe('0.000000000001');
    expect(toPlain(new Dec('-0'))).toBe('0');
  });

  it('is a private clone: the global Decimal settings do not reach it', () => {
    const before = Decimal.precision;
    try {
      Decimal.set({ precision: 5 });
      expect(new Dec('123456789.123').plus('0.001').toFixed()).toBe('123456789.124');
    } finally {
      Decimal.set({ precision: before });
    }
  });
});

describe('one decimal configuration', () => {
  it('names its rounding at each call', () => {
    expect(roundHalfUp(new Dec('2.5'), 0).toFixed()).toBe('3');
    expect(roundHalfEven(new Dec('2.5'), 0).toFixed()).toBe('2');
    expect(roundHalfEven(new Dec('3.5'), 0).toFixed()).toBe('4');
    expect(roundHalfEven(new Dec('-0.125'), 2).toFixed()).toBe('-0.12');
    expect(toFixedPlaces(roundHalfUp(new Dec('-0.04'), 1), 1)).toBe('0.0');
  });

  it('holds every digit a funding amount within its bounds can have', () => {
    // Amounts: at most MAX_AMOUNT_LENGTH characters, exponent within ±MAX_EXPONENT; a million lines; a unit shift of 10^12.
    const span = 2 * (MAX_AMOUNT_LENGTH + MAX_EXPONENT) + String(MAX_FUNDING_LINES).length + 12;
    expect(DECIMAL_PRECISION).toBeGreaterThanOrEqual(span);
  });
});

describe('plans: subtract is exact at the input bounds', () => {
  // The largest and the smallest amounts a line may state: 199 digits, exponents ±200.
  const digits = '9'.repeat(MAX_AMOUNT_LENGTH - 6);
  const largest = `${digits}e+${MAX_EXPONENT}`;
  const smallest = `0.${'0'.repeat(MAX_AMOUNT_LENGTH - 10)}1e-${MAX_EXPONENT}`;

  it('keeps the smallest unit when subtracted from the largest', () => {
    const d = subtract(largest, smallest);
    // Exact: adding the smallest back gives the largest, digit for digit.
    expect(toPlain(new Dec(d).plus(smallest))).toBe(toPlain(new Dec(largest)));
    expect(d.endsWith('9')).toBe(true);
    expect(d.replace('.', '').replace(/^0+/, '').length).toBeGreaterThan(2 * MAX_EXPONENT);
  });

  it('agrees with BigInt arithmetic on scaled integers', () => {
    const scale = BigInt(MAX_EXPONENT + MAX_AMOUNT_LENGTH - 9);
    const a = BigInt(digits) * 10n ** (BigInt(MAX_EXPONENT) + scale);
    const b = 1n;
    const diff = (a - b).toString();
    const expected = `${diff.slice(0, diff.length - Number(scale))}.${diff.slice(diff.length - Number(scale))}`;
    expect(subtract(largest, smallest)).toBe(expected);
    expect(subtract(smallest, largest)).toBe(`-${expected}`);
    expect(subtract(largest, largest)).toBe('0');
  });
});
