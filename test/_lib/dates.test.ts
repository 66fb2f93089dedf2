import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inWindow, isoDayNumber, toIsoDay, viDate } from '../../src/_lib/dates.js';
import { isValid } from 'date-fns/isValid';
import { lightFormat } from 'date-fns/lightFormat';
import { parseISO } from 'date-fns/parseISO';

/** The date-fns version toIsoDay replaced, as the oracle of the agreement test. */
function referenceToIsoDay(value: unknown): string | undefined {
  if (value instanceof Date) return isValid(value) ? lightFormat(value, 'yyyy-MM-dd') : undefined;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const d = parseISO(value);
  return isValid(d) && lightFormat(d, 'yyyy-MM-dd') === value ? value : undefined;
}

describe('toIsoDay', () => {
  it('accepts real days and rejects impossible ones', () => {
    expect(toIsoDay('2024-02-29')).toBe('2024-02-29');
    expect(toIsoDay('2023-02-29')).toBeUndefined();
    expect(toIsoDay('1900-02-29')).toBeUndefined(); // not a leap year
    expect(toIsoDay('2000-02-29')).toBe('2000-02-29'); // leap year
    expect(toIsoDay('2024-04-31')).toBeUndefined();
    expect(toIsoDay('2024-13-01')).toBeUndefined();
    expect(toIsoDay('2024-00-10')).toBeUndefined();
    expect(toIsoDay('0000-01-01')).toBeUndefined();
    expect(toIsoDay('0050-01-01')).toBeUndefined(); // two-digit years are refused
    expect(toIsoDay(new Date(2024, 1, 30))).toBe('2024-03-01'); // a Date is its own calendar day
    expect(toIsoDay('2024-6-30')).toBeUndefined();
    expect(toIsoDay(' 2024-06-30')).toBeUndefined();
    expect(toIsoDay(20240630)).toBeUndefined();
  });

  it('takes the local calendar day of a Date; rejects invalid Dates and years outside 0100-9999', () => {
    expect(toIsoDay(new Date(2024, 5, 30, 23, 59))).toBe('2024-06-30');
    expect(toIsoDay(new Date(NaN))).toBeUndefined();
    expect(toIsoDay(new Date(8.64e15))).toBeUndefined(); // year 275760: would not compare as a string
    expect(toIsoDay(new Date(-8.64e15))).toBeUndefined();
  });

  it('agrees with the date-fns implementation it replaced on strings and Dates in 0100-9999', () => {
    const dayish = fc.oneof(
      fc.tuple(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(fc.property(dayish, (s) => {
      expect(toIsoDay(s)).toBe(referenceToIsoDay(s));
    }), { numRuns: 3000 });
    const date = fc.date({ min: new Date(1000, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true });
    fc.assert(fc.property(date, (d) => {
      expect(toIsoDay(d)).toBe(referenceToIsoDay(d));
    }), { numRuns: 1000 });
  });

});

describe('inWindow and viDate', () => {
  it('compare ISO days and print them as Vietnamese documents do', () => {
    expect(inWindow('2024-03-01', '2024-03-01', undefined)).toBe(true);
    expect(inWindow('2024-02-29', '2024-03-01', undefined)).toBe(false);
    expect(inWindow('2025-12-31', '2024-03-01', '2025-12-31')).toBe(true);
    expect(inWindow('2026-01-01', '2024-03-01', '2025-12-31')).toBe(false);
    expect(viDate('2024-03-01')).toBe('01/03/2024');
  });
});

describe('isoDayNumber', () => {
  it('is YYYYMMDD for every ISO day, and keeps the days in order', () => {
    const day = fc.date({ min: new Date(1000, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }).map((d) => toIsoDay(d)!);
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(isoDayNumber(a)).toBe(Number(a.replaceAll('-', '')));
        expect(Math.sign(isoDayNumber(a) - isoDayNumber(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
      { numRuns: 500 },
    );
    expect(isoDayNumber('2024-06-30')).toBe(20240630);
  });
});
