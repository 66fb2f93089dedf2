import { describe, expect, it } from 'vitest';
import { readText, readValue, type ValueColumn } from '../../../src/sources/tables/values.js';

const col = (type: ValueColumn['type'], extra: Partial<ValueColumn> = {}): ValueColumn => ({ type, style: undefined, noneAllowed: false, whole: true, ...extra });
const code = (r: ReturnType<typeof readValue>) => ('code' in r ? r.code : 'value' in r ? r.value : 'blank');

describe('cell values by the kind of column', () => {
  it('yes/no columns: words, 1/0 as text or numbers, TRUE/FALSE; anything else is an error', () => {
    expect([' Đạt ', 'CÓ', '1', '0', 'không'].map((t) => code(readValue(t, col('boolean'))))).toEqual([true, true, true, false, false]);
    expect([{ t: 'n', v: 1, percent: false }, { t: 'n', v: 0, percent: false }, { t: 'n', v: 2, percent: false }, { t: 'b', v: true }].map((c) => code(readValue(c as never, col('boolean'))))).toEqual([true, false, 'expected-yes-no', true]);
  });

  it('typed cells in number columns: booleans, dates and errors are errors; percent formats only for percentages', () => {
    const pct = { t: 'n', v: 0.07, percent: true } as const;
    expect(code(readValue(pct, col('percent')))).toBe(7);
    expect(code(readValue(pct, col('number')))).toBe('percent-format-not-allowed');
    expect(code(readValue({ t: 'b', v: false }, col('number')))).toBe('expected-number');
    expect(code(readValue({ t: 'd', v: '2024-02-01' }, col('count')))).toBe('date-cell');
    expect(code(readValue({ t: 'e', v: '#N/A' }, col('percent')))).toBe('formula-error');
    expect(code(readValue({ t: 'e', v: '' }, col('percent')))).toBe('formula-without-value');
    expect(code(readValue({ t: 'n', v: 2.5, percent: false }, col('count')))).toBe('expected-whole-number');
    expect(code(readValue({ t: 'n', v: 3, percent: false }, col('count')))).toBe(3);
  });

  it('compound fields: unknown words leave the field out, "không áp dụng" is for whole indicators only', () => {
    expect(code(readValue('?', col('count', { whole: false })))).toBe('blank');
    expect(code(readValue('không áp dụng', col('count', { whole: false })))).toBe('not-applicable-field');
    expect(code(readValue('  ', col('count')))).toBe('blank');
    expect(code(readValue(undefined, col('count')))).toBe('blank');
  });

  it('counts: "không" is 0; "đạt" is 0 only where nothing is allowed; other yes/no words ask for the number', () => {
    expect(code(readValue('Không', col('count')))).toBe(0);
    expect(code(readValue('đạt', col('count', { noneAllowed: true })))).toBe(0);
    expect(code(readValue('đạt', col('count')))).toBe('expected-count');
    expect(code(readValue('nhiều', col('count')))).toBe('expected-number');
    expect(code(readValue('X\uFFFD', col('count')))).toBe('garbled-text');
  });

  it('a number not in the column style is an error', () => {
    expect(code(readValue('85.5', col('percent', { style: 'vi' })))).toBe('number-not-in-style');
    expect(code(readValue('85,5', col('percent', { style: 'en' })))).toBe('number-not-in-style');
    expect(code(readValue('1.234', col('number', { style: 'vi' })))).toBe(1234);
  });

  it('text cells: typed values shown as text; errors; garbled text', () => {
    expect(code(readText({ t: 'n', v: 12, percent: false }))).toBe('12');
    expect(code(readText({ t: 'd', v: '2024-01-02' }))).toBe('2024-01-02');
    expect(code(readText({ t: 'b', v: true }))).toBe('TRUE');
    expect(code(readText({ t: 'e', v: '#REF!' }))).toBe('formula-error');
    expect(code(readText('A\uFFFD'))).toBe('garbled-text');
    expect(code(readText('  Xã   A '))).toBe('Xã A');
    expect(code(readText(''))).toBe('blank');
  });
});
