import { describe, expect, it } from 'vitest';
import { bothNumbers, formatNumber } from '../../src/_lib/numbers.js';

describe('formatNumber: the one formatter of numbers for people', () => {
  it('groups thousands and marks decimals the way of each language', () => {
    expect(formatNumber(4916475, 'vi')).toBe('4.916.475');
    expect(formatNumber(4916475, 'en')).toBe('4,916,475');
    expect(formatNumber('15.5', 'vi')).toBe('15,5');
    expect(formatNumber('15.5', 'en')).toBe('15.5');
  });

  it('prints decimal strings digit for digit, with a hyphen-minus for negatives in both languages', () => {
    expect(formatNumber('-1234567.125', 'vi')).toBe('-1.234.567,125');
    expect(formatNumber('-1234567.125', 'en')).toBe('-1,234,567.125');
    expect(formatNumber('123456789012345678901234567890.5', 'en')).toBe('123,456,789,012,345,678,901,234,567,890.5');
    expect(formatNumber(-0.25, 'vi')).toBe('-0,25');
  });

  it('gives both languages for bilingual texts', () => {
    expect(bothNumbers('2158.65')).toEqual({ vi: '2.158,65', en: '2,158.65' });
  });
});
