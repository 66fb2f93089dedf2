import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateFunding, convertAmount, formatAmount, NtmError, reconcileFunding } from '../../src/index.js';
import { MAX_FUNDING_LINES } from '../../src/funding/compute.js';
import { thrown } from '../_support/thrown.js';

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
        onlyNtmErrors(() => formatAmount(a as never, { lang: 'vi', decimals: c } as never));
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

describe('funding inputs are read once, defensively, and bounded', () => {
  const boom = () => {
    throw new RangeError('boom');
  };

  it('a getter that throws inside a line becomes an issue at its path (was a raw RangeError)', () => {
    const line = { source: 'credit', get amount(): string { return boom(); } };
    expect(thrown(() => aggregateFunding([line] as never)).issues.map((i) => [i.path, i.code])).toEqual([[['lines', 0, 'amount'], 'unreadable']]);
    expect(thrown(() => reconcileFunding({ lines: [line], declared: {} } as never)).issues[0]!.path).toEqual(['lines', 0, 'amount']);
  });

  it('Proxy traps that throw, on the lines array, a line, the declared amounts or the options, become issues', () => {
    const trap = { get: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, has: boom, getPrototypeOf: boom };
    expect(thrown(() => aggregateFunding(new Proxy([], trap) as never)).issues[0]!.path).toEqual(['lines']);
    expect(thrown(() => aggregateFunding([new Proxy({}, trap)] as never)).issues[0]!.path).toEqual(['lines', 0, 'source']);
    expect(thrown(() => aggregateFunding([], new Proxy({}, trap) as never)).code).toBe('invalid-input');
    expect(thrown(() => reconcileFunding({ lines: [], declared: new Proxy({}, trap) } as never)).issues[0]!.path).toEqual(['declared']);
    expect(thrown(() => reconcileFunding(new Proxy({}, trap) as never)).code).toBe('invalid-input');
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    expect(thrown(() => aggregateFunding(revoked.proxy as never)).issues[0]!.code).toBe('unreadable');
  });

  it('a getter is read once: a line cannot change between validation and summing', () => {
    let reads = 0;
    const line = { source: 'credit', get amount(): string { reads++; return reads === 1 ? '1' : 'oops'; } };
    expect(aggregateFunding([line] as never).total).toBe('1');
    expect(reads).toBe(1);
  });

  it('an array claiming 2^32 − 1 items is refused before any line is read (aggregateFunding never returned)', () => {
    let reads = 0;
    const lying = new Proxy([], { get: (t, k) => (k === 'length' ? 2 ** 32 - 1 : (reads++, Reflect.get(t, k))) });
    const e = thrown(() => aggregateFunding(lying as never));
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([[['lines'], 'too-large']]);
    expect(reads).toBe(0);
    expect(thrown(() => aggregateFunding(new Array(MAX_FUNDING_LINES + 1) as never)).issues[0]!.code).toBe('too-large');
  });

  it('holes are reported at their index, and reading stops at 100 issues', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => aggregateFunding([{ source: 'credit', amount: '1' }, , { source: 'credit', amount: '2' }] as never)).issues.map((i) => [i.path, i.code])).toEqual([[['lines', 1], 'array-hole']]);
    let reads = 0;
    const sparse = new Proxy(new Array(MAX_FUNDING_LINES), { get: (t, k) => (typeof k === 'string' && /^\d+$/.test(k) && reads++, Reflect.get(t, k)) });
    const e = thrown(() => aggregateFunding(sparse as never));
    expect(e.issues).toHaveLength(100);
    expect(reads).toBe(100);
  });

  it('issues are coded and bilingual', () => {
    const e = thrown(() => aggregateFunding([{ source: 'nowhere', amount: '1,5', unti: 'vnd' }] as never));
    expect(e.issues.map((i) => i.code)).toEqual(['unknown-source', 'unknown-key', 'expected-decimal']);
    for (const i of e.issues) expect(i.text.vi).not.toBe(i.text.en);
  });
});
