import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateFunding, convertAmount, formatAmount, NtmError, reconcileFunding } from '../../src/index.js';
import { thrown } from '../_helpers/thrown.js';

/** Runs fn; passes when it returns or throws an NtmError, fails on anything else thrown. */
function onlyNtmErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(NtmError);
    expect((e as NtmError).issues.length).toBeGreaterThan(0);
  }
}

const anyValue = fc.anything({ withBigInt: true, withNullPrototype: true, withObjectString: true });
const lineish = fc.oneof(
  anyValue,
  fc.record({ source: fc.oneof(fc.constantFrom('central', 'local.commune', '__proto__', 'constructor'), anyValue), amount: anyValue }),
  fc.record(
    {
      source: fc.constantFrom('credit', 'community.labour'),
      amount: fc.oneof(fc.string(), fc.double(), fc.constantFrom('1e201', '-1', '1.', '.5', '1e', 'Infinity')),
      unit: fc.oneof(fc.constantFrom('vnd', 'billion-vnd'), anyValue),
      label: anyValue,
      year: anyValue,
    },
    { requiredKeys: ['source', 'amount'] },
  ),
);

describe('funding functions under hostile input', () => {
  it('aggregateFunding throws nothing but NtmError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(lineish, { maxLength: 8 }), anyValue), fc.oneof(fc.constant(undefined), anyValue), (lines, options) => {
        onlyNtmErrors(() => aggregateFunding(lines as never, options as never));
      }),
      { numRuns: 500 },
    );
  });

  it('reconcileFunding throws nothing but NtmError', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.record({ lines: fc.array(lineish, { maxLength: 5 }), declared: fc.oneof(fc.dictionary(fc.constantFrom('total', 'credit', '__proto__', 'x'), anyValue), anyValue) }), anyValue),
        (input) => {
          onlyNtmErrors(() => reconcileFunding(input as never));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('convertAmount and formatAmount throw nothing but NtmError', () => {
    fc.assert(
      fc.property(anyValue, anyValue, anyValue, (a, b, c) => {
        onlyNtmErrors(() => convertAmount(a as never, b as never, c as never));
        onlyNtmErrors(() => formatAmount(a as never, b as never));
        onlyNtmErrors(() => formatAmount(a as never, { locale: 'vi', decimals: c } as never));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves Object.prototype untouched, and names a "__proto__" key as an unknown field', () => {
    const e = thrown(() => aggregateFunding(JSON.parse('[{"source":"credit","amount":"1","__proto__":{"polluted":1}}]')));
    expect(e.issues.map((i) => i.path)).toEqual([['lines', 0, '__proto__']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
