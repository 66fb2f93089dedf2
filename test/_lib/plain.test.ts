import { describe, expect, it } from 'vitest';
import { PRUNED, readFields, readPlain, type PlainLimits } from '../../src/_lib/plain.js';

const LIMITS: PlainLimits = { maxDepth: 8, maxArrayLength: 100, maxKeys: 20, maxValues: 1_000 };
const boom = (): never => {
  throw new RangeError('boom');
};
const fail = (r: ReturnType<typeof readPlain>) => (r.ok ? [] : r.issues.map((i) => [i.path, i.code]));

describe('readPlain', () => {
  it('copies plain data: own enumerable keys, arrays by index, Dates; the copy shares nothing with the input', () => {
    const input = { a: [1, { b: 'x' }], d: new Date('2024-06-30'), n: null };
    const r = readPlain(input, LIMITS);
    expect(r.ok && r.value).toEqual(input);
    if (!r.ok) return;
    const copy = r.value as typeof input;
    expect(copy.a).not.toBe(input.a);
    expect(copy.d).not.toBe(input.d);
    const nullProto = readPlain(Object.assign(Object.create(null) as object, { x: 1 }), LIMITS);
    expect(nullProto.ok && Object.getPrototypeOf(nullProto.value)).toBe(Object.prototype);
  });

  it('keeps a "__proto__" key from JSON.parse as an own key, without touching any prototype', () => {
    const r = readPlain(JSON.parse('{"__proto__": {"polluted": 1}, "x": 1}'), LIMITS);
    if (!r.ok) throw new Error('expected a copy');
    expect(Object.keys(r.value as object)).toEqual(['__proto__', 'x']);
    expect(Object.getPrototypeOf(r.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('turns a throwing getter or Proxy trap into an issue at its path, and reads every value once', () => {
    let reads = 0;
    const input = { list: [{ get v() { reads++; return 1; } }, { get w() { return boom(); } }], p: new Proxy({}, { ownKeys: boom }) };
    expect(fail(readPlain(input, LIMITS))).toEqual([[['list', 1, 'w'], 'unreadable'], [['p'], 'unreadable']]);
    expect(reads).toBe(1);
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(fail(readPlain({ x: revoked.proxy }, LIMITS, { prefix: ['input'] }))).toEqual([[['input', 'x'], 'unreadable']]);
  });

  it('refuses holes, and arrays, objects or inputs over the limits before walking them', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(fail(readPlain([1, , 3], LIMITS))).toEqual([[[1], 'array-hole']]);
    let reads = 0;
    const lying = new Proxy([], { get: (t, k) => (k === 'length' ? 2 ** 32 - 1 : (reads++, Reflect.get(t, k))) });
    expect(fail(readPlain({ x: lying }, LIMITS))).toEqual([[['x'], 'too-large']]);
    expect(reads).toBe(0);
    expect(fail(readPlain(new Array(10 ** 8), LIMITS))).toEqual([[[], 'too-large']]);
    expect(fail(readPlain(Object.fromEntries(Array.from({ length: 21 }, (_, k) => [`k${k}`, k])), LIMITS))).toEqual([[[], 'too-large']]);
    const wide = Array.from({ length: 100 }, () => Array.from({ length: 100 }, () => 0));
    expect(fail(readPlain(wide, LIMITS))[0]?.[1]).toBe('too-large');
    let deep: unknown = 1;
    for (let k = 0; k < 10; k++) deep = [deep];
    expect(fail(readPlain(deep, LIMITS))[0]?.[1]).toBe('too-deep');
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(fail(readPlain(cycle, LIMITS))[0]?.[1]).toBe('too-deep');
    expect(fail(readPlain(new Proxy([], { get: (t, k) => (k === 'length' ? -1 : Reflect.get(t, k)) }), LIMITS))).toEqual([[[], 'unreadable']]);
  });

  it('refuses objects that are not plain data, and stops at 100 issues', () => {
    expect(fail(readPlain({ m: new Map(), s: new (class Foo {})() }, LIMITS))).toEqual([[['m'], 'not-plain-data'], [['s'], 'not-plain-data']]);
    const many = Array.from({ length: 300 }, () => new Set());
    const r = readPlain(many, { ...LIMITS, maxArrayLength: 1_000 });
    expect(r.ok ? 0 : r.issues.length).toBe(100);
  });

  it('prunes the keys it is told to: the key stays, its value is not read', () => {
    const r = readPlain({ keep: 1, skip: { get x() { return boom(); } } }, LIMITS, { prune: new Set(['skip']) });
    expect(r.ok && r.value).toEqual({ keep: 1, skip: PRUNED });
  });
});

describe('readFields', () => {
  it('reads the top level once, naming unknown and unreadable keys', () => {
    expect(readFields({ a: 1, b: 2 }, ['a', 'b'])).toEqual({ ok: true, fields: { a: 1, b: 2 } });
    const r = readFields({ a: 1, unti: 'vnd', get b() { return boom(); } }, ['a', 'b'], ['input']);
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([[['input', 'unti'], 'unknown-key'], [['input', 'b'], 'unreadable']]);
    expect(readFields(new Proxy({}, { ownKeys: boom }), ['a']).ok).toBe(false);
  });
});
