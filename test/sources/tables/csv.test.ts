import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, tokenize } from '../../../src/sources/tables/csv.js';

const rows = (chunks: string[], d = ';') => [...tokenize(chunks, d)].map((r) => [r.row, r.line, r.cells]);

describe('CSV tokenizer', () => {
  it('quotes, doubled quotes, delimiters and line breaks inside quotes, with the line each record starts on', () => {
    expect(rows(['a;"b;c";"say ""x"""\r\n"multi\nline";2;\n\nlast'])).toEqual([
      [1, 1, ['a', 'b;c', 'say "x"']],
      [2, 2, ['multi\nline', '2', '']],
      [3, 4, ['']],
      [4, 5, ['last']],
    ]);
  });

  it('CR, LF and CRLF line ends, and a trailing delimiter at the end of the file', () => {
    expect(rows(['a\rb\r\nc\nd;'])).toEqual([[1, 1, ['a']], [2, 2, ['b']], [3, 3, ['c']], [4, 4, ['d', '']]]);
  });

  it('chunk boundaries anywhere give the same records', () => {
    const text = 'tên xã;"a ""b"";c"\r\nXã A;"x\r\ny"\r\n';
    const whole = rows([text]);
    for (let k = 1; k < text.length; k++) expect(rows([text.slice(0, k), text.slice(k)])).toEqual(whole);
  });

  it('an unclosed quote and text after a closing quote are syntax errors with their line', () => {
    expect(() => rows(['a;b\n"open;x\ny\n'])).toThrow(CsvSyntaxError);
    try {
      rows(['a;b\n"open;x\ny\n']);
    } catch (e) {
      expect((e as CsvSyntaxError).line).toBe(2);
    }
    expect(() => rows(['"a"b;c\n'])).toThrow(/closing quote/);
  });

  it('agrees with csv-parse on well-formed files (property)', () => {
    const cellArb = fc.string({ unit: fc.constantFrom('a', 'ă', ';', ',', '"', '\n', ' ', '1') , maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.array(cellArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), fc.nat(), (records, cut) => {
        const text = records.map((r) => r.map((c) => (/[;"\n]/.test(c) || c === '' ? `"${c.replace(/"/g, '""')}"` : c)).join(';')).join('\r\n') + '\r\n';
        const k = cut % (text.length + 1);
        const ours = [...tokenize([text.slice(0, k), text.slice(k)], ';')].map((r) => r.cells);
        const theirs = parse(text, { delimiter: ';', relax_column_count: true, record_delimiter: ['\r\n'] }) as string[][];
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 300 },
    );
  });
});
