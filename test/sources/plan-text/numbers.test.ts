import { describe, expect, it } from 'vitest';
import { numberConvention, readCount, readNumber } from '../../../src/sources/plan-text/numbers.js';

describe('Vietnamese numbers', () => {
  it('reads dots as thousands and the comma as the decimal mark', () => {
    expect(readNumber('4.916.475', 'vi')).toEqual({ value: '4916475' });
    expect(readNumber('21.000', 'vi')).toEqual({ value: '21000' });
    expect(readNumber('15,5', 'vi')).toEqual({ value: '15.5' });
    expect(readNumber('1.234,50', 'vi')).toEqual({ value: '1234.5' });
    expect(readNumber('0,6', 'vi')).toEqual({ value: '0.6' });
    expect(readNumber('03', 'vi')).toEqual({ value: '3' });
  });

  it('reads a decimal point where no grouping can be meant ("15.5")', () => {
    expect(readNumber('15.5', 'vi')).toEqual({ value: '15.5' });
    expect(readNumber('2,000,000', 'vi')).toEqual({ value: '2000000' });
  });

  it('reads the English way in an English document, and gives up when a document mixes them', () => {
    expect(numberConvention('2,000,000 va 21,000')).toBe('en');
    expect(readNumber('21,000', 'en')).toEqual({ value: '21000' });
    expect(readNumber('21.000', 'en')).toEqual({ value: '21' });
    expect(numberConvention('2.000.000 va 1,250,000')).toBe('mixed');
    expect(readNumber('21.000', 'mixed')).toEqual({ ambiguous: true });
    expect(readNumber('15,5', 'mixed')).toEqual({ value: '15.5' });
    expect(numberConvention('21.000 va 15,5')).toBe('vi');
  });

  it('rejects malformed groupings', () => {
    expect(readNumber('1.23.456', 'vi')).toEqual({ invalid: true });
    expect(readNumber('1.234.56', 'vi')).toEqual({ invalid: true });
    expect(readNumber('1,234.567,8', 'vi')).toEqual({ invalid: true });
  });

  it('reads counts as whole numbers only', () => {
    expect(readCount('94', 'vi')).toBe(94);
    expect(readCount('1.200', 'vi')).toBe(1200);
    expect(readCount('15,5', 'vi')).toBeUndefined();
    expect(readCount('21.000', 'mixed')).toBeUndefined();
    expect(readCount('12345678901', 'vi')).toBeUndefined();
  });
});
