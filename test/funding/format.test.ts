import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../src/index.js';
import { paths, thrown } from './helpers.js';

describe('formatAmount', () => {
  it('groups thousands as Vietnamese and English documents do', () => {
    expect(formatAmount('4916475', { lang: 'vi' })).toBe('4.916.475');
    expect(formatAmount('4916475', { lang: 'en' })).toBe('4,916,475');
    expect(formatAmount(999, { lang: 'vi' })).toBe('999');
    expect(formatAmount('1000', { lang: 'vi' })).toBe('1.000');
  });

  it('writes decimals after a comma in Vietnamese', () => {
    expect(formatAmount('24473.5', { lang: 'vi' })).toBe('24.473,5');
    expect(formatAmount('24473.5', { lang: 'en' })).toBe('24,473.5');
    expect(formatAmount('-1234567.25', { lang: 'vi' })).toBe('-1.234.567,25');
  });

  it('appends the unit name', () => {
    expect(formatAmount('4916475', { lang: 'vi', unit: 'million-vnd' })).toBe('4.916.475 triệu đồng');
    expect(formatAmount('4916.475', { lang: 'en', unit: 'billion-vnd' })).toBe('4,916.475 billion VND');
    expect(formatAmount('5', { lang: 'vi', unit: 'vnd' })).toBe('5 đồng');
    expect(formatAmount('5', { lang: 'vi', unit: 'thousand-vnd' })).toBe('5 nghìn đồng');
  });

  it('rounds half-up to a number of decimals, padding with zeros', () => {
    expect(formatAmount('2.345', { lang: 'en', decimals: 2 })).toBe('2.35');
    expect(formatAmount('-2.345', { lang: 'en', decimals: 2 })).toBe('-2.35');
    expect(formatAmount('7', { lang: 'vi', decimals: 1 })).toBe('7,0');
    expect(formatAmount('-0.004', { lang: 'en', decimals: 2 })).toBe('0.00');
  });

  it('stays exact beyond float precision', () => {
    expect(formatAmount('12345678901234567890123.45', { lang: 'vi' })).toBe('12.345.678.901.234.567.890.123,45');
  });

  it('rejects bad input with paths', () => {
    expect(paths(thrown(() => formatAmount('4.916.475', { lang: 'vi' })))).toEqual(['amount']);
    expect(paths(thrown(() => formatAmount('1', { lang: 'fr' as never, unit: 'usd' as never, decimals: -1 })))).toEqual([
      'options.lang',
      'options.unit',
      'options.decimals',
    ]);
    expect(paths(thrown(() => formatAmount('1', { language: 'vi' } as never)))).toEqual(['options.language']);
  });

  it('takes lang, Vietnamese by default', () => {
    expect(formatAmount('-1234567.5')).toBe('-1.234.567,5');
    expect(formatAmount('-1234567.5', { lang: 'en' })).toBe('-1,234,567.5');
  });

  // The one test of the former name (also one conformance vector, funding/format/deprecated-locale).
  it('still reads locale, the deprecated alias of lang, and names it when it is wrong', () => {
    expect(formatAmount('-1234567.5', { locale: 'en' })).toBe('-1,234,567.5');
    expect(formatAmount('24473.5', { lang: 'vi', locale: 'vi', unit: 'million-vnd' })).toBe('24.473,5 triệu đồng');
    expect(paths(thrown(() => formatAmount('1', { locale: 'fr' as never })))).toEqual(['options.locale']);
    expect(paths(thrown(() => formatAmount('1', { lang: 'vi', locale: 'en' })))).toEqual(['options.locale']);
  });
});
