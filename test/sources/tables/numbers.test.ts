import { describe, expect, it } from 'vitest';
import { columnStyle, decimalOf, evidenceOf, readNumberText, timesHundred } from '../../../src/sources/tables/numbers.js';

describe('numbers written as text', () => {
  it.each([
    ['85,5', { vi: '85.5', percent: false }],
    ['85.5', { en: '85.5', percent: false }],
    ['1.234.567', { vi: '1234567', percent: false }],
    ['1.234.567,5', { vi: '1234567.5', percent: false }],
    ['1,234,567.5', { en: '1234567.5', percent: false }],
    ['1234,5', { vi: '1234.5', percent: false }],
    ['67.950', { vi: '67950', en: '67.95', percent: false }],
    ['67,950', { vi: '67.95', en: '67950', percent: false }],
    ['0.950', { en: '0.95', percent: false }],
    ['100', { vi: '100', en: '100', percent: false }],
    ['98,5%', { vi: '98.5', percent: true }],
    ['90 %', { vi: '90', en: '90', percent: true }],
    ['-4', { vi: '-4', en: '-4', percent: false }],
    ['−0', { vi: '0', en: '0', percent: false }],
  ])('%s', (text, expected) => {
    expect(readNumberText(text)).toEqual(expected);
  });

  it.each(['abc', '1.2.3,4,5', '', '.5', '1,23,456', '12.34.567', '1 234', '5%%'])('%j is not a number', (text) => {
    expect(readNumberText(text)).toBeUndefined();
  });

  it('says what a text tells about the style', () => {
    expect(['85,5', '85.5', '67.950', '100'].map((t) => evidenceOf(readNumberText(t)!))).toEqual(['vi', 'en', 'ambiguous', 'both']);
  });

  it("settles a column's style from its values, the option first", () => {
    expect(columnStyle({ vi: 1, en: 0, ambiguous: 3 }, undefined)).toBe('vi');
    expect(columnStyle({ vi: 0, en: 2, ambiguous: 3 }, undefined)).toBe('en');
    expect(columnStyle({ vi: 0, en: 0, ambiguous: 3 }, undefined)).toBeUndefined();
    expect(columnStyle({ vi: 1, en: 1, ambiguous: 0 }, undefined)).toBe('mixed');
    expect(columnStyle({ vi: 1, en: 1, ambiguous: 0 }, 'en')).toBe('en');
  });

  it('fractions become percentages by moving the decimal point, never through a float product', () => {
    expect(0.07 * 100).not.toBe(7); // why: 7.000000000000001
    expect(['0.07', '0.9', '0.855', '1', '0', '-0.5', '0.12345'].map(timesHundred)).toEqual(['7', '90', '85.5', '100', '0', '-50', '12.345']);
  });

  it('doubles become plain decimals, exponents expanded', () => {
    expect([67950, 0.1, 1e21, 1.5e-7, -2.5e-7].map(decimalOf)).toEqual(['67950', '0.1', '1000000000000000000000', '0.00000015', '-0.00000025']);
  });
});
