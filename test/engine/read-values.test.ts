// The generated readers of read-values.ts against the plain loops they stand for, and the
// compound check's fast path (own keys in the fields' order) against its general path.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePositionalReader, compileRecordCopier, plainPositionalReader, plainRecordCopier } from '../../src/engine/read-values.js';
import { checkCompoundValue, compoundShape } from '../../src/engine/kinds/values.js';
import type { Indicator } from '../../src/index.js';

const text = (s: string) => ({ vi: s, en: s });
const IND = {
  code: 'x', name: text('x'), nameStatus: 'confirmed', kind: 'compound', unit: 'compound', citation: { instrument: 'TEST' }, thresholds: [],
  fields: [
    { key: 'total', type: 'count', min: 1, label: text('total') },
    { key: 'good', type: 'count', notGreaterThan: 'total', label: text('good') },
    { key: 'share', type: 'percent', label: text('share') },
    { key: 'ok', type: 'boolean', label: text('ok') },
  ],
} as unknown as Indicator;
const SHAPE = compoundShape(IND);

describe('positional reader', () => {
  it('reads what the plain loop reads, for any keys and sizes', () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.boolean(), fc.constant(null))), fc.nat(12), (o, sites) => {
      const keys = Object.keys(o);
      const a: unknown[] = new Array(Math.min(keys.length, sites));
      const b: unknown[] = new Array(Math.min(keys.length, sites));
      compilePositionalReader(sites)(o, keys, a);
      plainPositionalReader(o, keys, b);
      expect(a).toEqual(b);
    }));
  });
});

describe('record copier', () => {
  it('copies the keys in order, as the plain loop does', () => {
    const o = { b: 2, a: 1, extra: 3 };
    const copy = compileRecordCopier(['a', 'b'])(o);
    expect(copy).toEqual(plainRecordCopier(['a', 'b'])(o));
    expect(Object.keys(copy)).toEqual(['a', 'b']);
  });
  it('keeps __proto__ and keys that are not identifiers as own properties (the plain loop)', () => {
    const o = JSON.parse('{"__proto__": 5, "a-b": 6}') as Record<string, unknown>;
    const copy = compileRecordCopier(['__proto__', 'a-b'])(o);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.hasOwn(copy, '__proto__') && copy['__proto__']).toBe(5);
    expect(copy['a-b']).toBe(6);
  });
});

describe('checkCompoundValue', () => {
  it('takes the same decision whatever the key order (fast path or general path)', () => {
    const value = fc.record({ total: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.constant('3')), good: fc.integer({ min: 0, max: 6 }), share: fc.double({ min: -1, max: 101, noNaN: true }), ok: fc.oneof(fc.boolean(), fc.constant(1)) }, { requiredKeys: [] });
    fc.assert(fc.property(value, fc.boolean(), (v, extra) => {
      const inOrder: Record<string, unknown> = { ...v };
      if (extra) inOrder.zzz = 1;
      const reversed = Object.fromEntries(Object.entries(inOrder).reverse());
      expect(checkCompoundValue(reversed, SHAPE)).toEqual(checkCompoundValue(inOrder, SHAPE));
    }));
  });
  it('never reads an inherited field, and reports the first problem in the fields\' order', () => {
    const inherited = Object.create({ total: 4 }) as Record<string, unknown>;
    Object.assign(inherited, { good: 1, share: 50, ok: true });
    expect(checkCompoundValue(inherited, SHAPE)).toMatchObject({ field: 'total', problem: { code: 'required' } });
    expect(checkCompoundValue({ total: 'x', share: 5 }, SHAPE)).toMatchObject({ field: 'total', problem: { code: 'expected-whole-number' } });
    expect(checkCompoundValue({ total: 2, good: 3, share: 5, ok: true }, SHAPE)).toMatchObject({ field: 'good' });
    expect(checkCompoundValue({ total: 2, good: 1, share: 5, ok: true, more: 1 }, SHAPE)).toMatchObject({ field: 'more' });
  });
  it('returns a fresh copy holding only the fields', () => {
    const input = { total: 2, good: 1, share: 5, ok: true };
    const checked = checkCompoundValue(input, SHAPE);
    expect(checked.problem).toBeUndefined();
    const copy = (checked as { value: unknown }).value;
    expect(copy).toEqual(input);
    expect(copy).not.toBe(input);
  });
});
