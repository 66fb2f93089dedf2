// Regressions of the outside attack on the engine (issue 17): every rejection an NtmError with
// a path, bounded work on huge inputs, nothing read twice or from a prototype, no stale cache.
import { describe, expect, it } from 'vitest';
import { thrown } from '../_support/thrown.js';
import { defineCriteriaSet, defineThresholdOverlay, evaluate, evaluateCommune, evaluateDistrict, getCriteriaSet, isNtmError, MAX_ISSUES_FOR_TEST, type ThresholdOverlay } from './_hostile-support.js';

const base = { region: 'TDMNPB' as const, year: 2024 };
const overlayOf = (thresholds: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  ({ id: 'o', title: 'o', setKind: 'commune', citation: { instrument: 'x' }, provenance: 'secondary', thresholds, ...extra }) as unknown as ThresholdOverlay;

describe('engine input read once, defensively', () => {
  it('a getter or Proxy trap that throws becomes an NtmError at its path', () => {
    const getter = { ...base, indicators: Object.defineProperty({}, '2.1', { enumerable: true, get: () => { throw new RangeError('boom'); } }) };
    expect(thrown(() => evaluateCommune(getter as never)).issues.at(-1)).toMatchObject({ path: ['indicators', '2.1'], code: 'unreadable' });
    const proxy = new Proxy({ year: 2024 }, { ownKeys: () => { throw new RangeError('boom'); } });
    expect(thrown(() => evaluateCommune(proxy as never)).issues.at(-1)!.code).toBe('unreadable');
    expect(thrown(() => evaluate(getCriteriaSet('commune', { asOf: '2024-06-30' }), proxy as never)).issues.at(-1)!.code).toBe('unreadable');
    const trap = new Proxy(base, { get: () => { throw new RangeError('boom'); } });
    expect(thrown(() => evaluateCommune(trap as never)).issues.at(-1)!.code).toBe('unreadable');
    expect(isNtmError(new Proxy({}, { get: () => { throw new Error('x'); } }))).toBe(false);
    expect(() => evaluateCommune(base, new Proxy({}, { ownKeys: () => { throw new Error('x'); } }) as never)).toThrow(/options/);
  });

  it('a field inherited from a prototype is not read: a region given only by the prototype is missing', () => {
    const input = Object.assign(Object.create({ region: 'DBSH' }), { year: 2024, indicators: {} });
    expect(thrown(() => evaluateCommune(input)).issues[0]).toMatchObject({ path: ['region'], code: 'required' });
  });

  it('100,000 unknown codes: one "too many" issue, no walk; 1,000 unknown codes: at most 100 issues', () => {
    const huge = Object.fromEntries(Array.from({ length: 100_000 }, (_, k) => [`x${k}`, true]));
    const e = thrown(() => evaluateCommune({ ...base, indicators: huge }));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({ path: ['indicators'], code: 'too-many', params: { count: 100_000 } });
    const many = Object.fromEntries(Array.from({ length: 1_000 }, (_, k) => [`x${k}`, true]));
    expect(thrown(() => evaluateCommune({ ...base, indicators: many })).issues).toHaveLength(MAX_ISSUES_FOR_TEST);
  });

  it('unknown option keys are errors everywhere in the engine', () => {
    expect(thrown(() => evaluateCommune(base, { asof: '2024-01-01' } as never)).issues[0]).toMatchObject({ path: ['options', 'asof'], code: 'unknown-key' });
    expect(thrown(() => getCriteriaSet('commune', { asOf: '2024-06-30', when: 1 } as never)).issues[0]!.path).toEqual(['options', 'when']);
    expect(thrown(() => getCriteriaSet('commune', null as never)).issues[0]!.path).toEqual(['options']);
    expect(thrown(() => evaluate({ kind: 'commune', extra: 1 } as never, base)).code).toBe('invalid-definition');
  });
});

describe('overlays: every way they arrive is validated the same', () => {
  it('a compound rule naming a field the indicator does not have', () => {
    const o = overlayOf({ '5': { rule: { kind: 'compound', rule: { compare: [{ field: 'school' }, '>=', { const: 1 }] } } } });
    expect(thrown(() => evaluateCommune(base, { overlays: [o] })).issues[0]).toMatchObject({ path: ['options', 'overlays', 0, 'thresholds', '5', 'rule', 'rule'], code: 'undeclared-field' });
  });

  it('impossible and reversed dates', () => {
    expect(thrown(() => defineThresholdOverlay(overlayOf({ '2.1': { validFrom: '2024-02-30', rule: { kind: 'min-percent', min: 50 } } }))).issues[0]!.path).toEqual(['thresholds', '2.1', 'validFrom']);
    const reversed = overlayOf({ '2.1': { validFrom: '2024-06-01', validUntil: '2024-01-01', rule: { kind: 'min-percent', min: 50 } } });
    expect(thrown(() => evaluateCommune(base, { overlays: [reversed] })).issues[0]).toMatchObject({ path: ['options', 'overlays', 0, 'thresholds', '2.1', 'validUntil'], code: 'ends-before-start' });
    expect(thrown(() => defineThresholdOverlay(overlayOf({}, { validFrom: '2025-01-01', validUntil: '2024-01-01' }))).issues[0]!.code).toBe('ends-before-start');
  });

  it('"__proto__" as an indicator key (JSON.parse makes one) is an error, not dropped', () => {
    const o = JSON.parse('{"id":"p","title":"p","setKind":"commune","citation":{"instrument":"x"},"provenance":"secondary","thresholds":{"__proto__":{"rule":{"kind":"boolean"}}}}');
    expect(thrown(() => defineThresholdOverlay(o)).issues[0]).toMatchObject({ path: ['thresholds', '__proto__'], code: 'unknown-code' });
    expect(thrown(() => evaluateCommune(base, { overlays: [o] })).issues[0]!.path).toEqual(['options', 'overlays', 0, 'thresholds', '__proto__']);
  });

  it('two overlays with one id in one evaluation', () => {
    const a = defineThresholdOverlay(overlayOf({ '2.1': { rule: { kind: 'min-percent', min: 50 } } }));
    const b = defineThresholdOverlay(overlayOf({ '2.2': { rule: { kind: 'min-percent', min: 50 } } }));
    expect(thrown(() => evaluateCommune(base, { overlays: [a, b] })).issues[0]).toMatchObject({ path: ['options', 'overlays', 1, 'id'], code: 'duplicate' });
  });

  it('two values that tie (same first day, column and years) cannot be chosen between', () => {
    const o = overlayOf({ '2.1': [{ columns: ['TDMNPB'], rule: { kind: 'min-percent', min: 50 } }, { columns: ['TDMNPB', 'BTB'], rule: { kind: 'min-percent', min: 60 } }] });
    expect(thrown(() => evaluateCommune(base, { overlays: [o] })).issues[0]).toMatchObject({ path: ['options', 'overlays', 0, 'thresholds', '2.1', 1], code: 'ambiguous-threshold' });
  });

  it('NFD ids, titles and indicator codes are normalised, so an NFD-defined code matches the NFC one', () => {
    const o = defineThresholdOverlay({ ...overlayOf({ '2.1': { rule: { kind: 'min-percent', min: 50 } } }), id: 'bảng-ngưỡng'.normalize('NFD'), title: 'Bảng ngưỡng'.normalize('NFD') });
    expect(o.id).toBe('bảng-ngưỡng');
    expect(o.title).toBe('Bảng ngưỡng');
    const r = evaluateCommune({ ...base, indicators: { '2.1': 60 } }, { overlays: [o] });
    expect(r.criteria[1]!.indicators[0]!.threshold?.source).toBe('bảng-ngưỡng');
  });

  it('a deep-frozen overlay with a getter is not cached by identity: each call reads it afresh', () => {
    let min = 50;
    const rule = Object.freeze(Object.defineProperty({ kind: 'min-percent' }, 'min', { enumerable: true, get: () => min }));
    const o = Object.freeze({ ...overlayOf({}), thresholds: Object.freeze({ '2.1': Object.freeze({ rule }) }) }) as ThresholdOverlay;
    const input = { ...base, indicators: { '2.1': 60 } };
    expect(evaluateCommune(input, { overlays: [o] }).criteria[1]!.indicators[0]!.outcome).toBe('met');
    min = 70;
    expect(evaluateCommune(input, { overlays: [o] }).criteria[1]!.indicators[0]!.outcome).toBe('not-met');
  });

  it('a compound rule far beyond any table is refused by size before the schema walks it', () => {
    const compare = { compare: [{ field: 'schools' }, '>=', { const: 1 }] };
    const rule = { all: Array.from({ length: 1_900 }, () => ({ all: Array.from({ length: 20 }, () => compare) })) };
    const e = thrown(() => defineThresholdOverlay(overlayOf({ '5': { rule: { kind: 'compound', rule } } })));
    expect(e.issues[0]!.code).toBe('too-large');
  });

  it('more than 50 overlays, and holes in the list, are refused', () => {
    expect(thrown(() => evaluateCommune(base, { overlays: Array.from({ length: 51 }, () => overlayOf({})) })).issues[0]!.code).toBe('too-many');
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => evaluateCommune(base, { overlays: [, overlayOf({})] as never })).issues[0]).toMatchObject({ path: ['options', 'overlays', 0], code: 'array-hole' });
  });
});

describe('sets and districts: sizes checked before walking', () => {
  it('a district with 10^7 holes is refused at once', () => {
    const communes = new Array(10_000_000);
    const e = thrown(() => evaluateDistrict({ region: 'DBSH', year: 2024, communes, indicators: {} } as never));
    expect(e.issues[0]).toMatchObject({ path: ['communes'], code: 'too-large' });
    const holey = new Array(3);
    holey[0] = { recognition: 'ntm' };
    expect(thrown(() => evaluateDistrict({ region: 'DBSH', year: 2024, communes: holey, indicators: {} } as never)).issues[0]).toMatchObject({ path: ['communes', 1], code: 'array-hole' });
  });

  it('a set definition whose reading throws is an NtmError, not a raw exception', () => {
    const set = getCriteriaSet('commune', { asOf: '2024-06-30' });
    const hostile = { ...set, criteria: new Proxy([], { get: () => { throw new Error('boom'); } }) };
    expect(thrown(() => defineCriteriaSet(hostile as never)).issues[0]!.code).toBe('unreadable');
    expect(thrown(() => evaluate(hostile as never, base)).code).toBe('invalid-definition');
  });
});
