import { describe, expect, it } from 'vitest';
import { detectDelimiter, splitLines } from '../../../src/sources/tables/dialect.js';

const looksLikeHeader = (cells: readonly string[]) => (cells.includes('tên xã') && cells.some((c) => /^\d+(\.\d+)*$/.test(c)) ? cells.length : 0);

describe('CSV delimiter', () => {
  it('splits with one delimiter, quotes and CRLF understood', () => {
    expect(splitLines('a;"b;c";"d ""e"""\r\n1;2;3\n', ';', 10)).toEqual([['a', 'b;c', 'd "e"'], ['1', '2', '3']]);
  });

  it('takes the delimiter that makes the header line a header: "98,5" in a semicolon file stays one cell', () => {
    expect(detectDelimiter('tên xã;vùng;2.1\nXã A;TN;98,5\n', looksLikeHeader)).toBe(';');
    expect(detectDelimiter('tên xã,vùng,2.1\nXã A,TN,"98,5"\n', looksLikeHeader)).toBe(',');
    expect(detectDelimiter('tên xã\tvùng\t2.1\nXã A\tTN\t98,5\n', looksLikeHeader)).toBe('\t');
    expect(detectDelimiter('Báo cáo năm 2024;;\n;;\ntên xã;vùng;2.1\n', looksLikeHeader)).toBe(';');
  });

  it('a header that splits well two ways is ambiguous; none gives the most frequent delimiter', () => {
    const twoCells = (cells: readonly string[]) => (cells.length === 2 ? 1 : 0);
    expect(detectDelimiter('a;b,c\n', twoCells)).toBe('ambiguous');
    // the same cells either way is no ambiguity
    expect(detectDelimiter('tên xã\n', (cells) => (cells.length === 1 ? 1 : 0))).toBe(',');
    expect(detectDelimiter('a;b;c\n1;2;3\n', looksLikeHeader)).toBe(';');
    expect(detectDelimiter('\n', looksLikeHeader)).toBe(',');
  });
});
