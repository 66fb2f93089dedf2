// The published funding JSON Schemas come from zod schemas; aggregateFunding/reconcileFunding validate
// by hand. The two must accept and reject the same inputs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fundingSchemas } from '../../src/funding/line-schema.js';
import { aggregateFunding, FUNDING_SOURCE_IDS, isNtmError, reconcileFunding } from '../../src/index.js';
import type { FundingLine, ReconcileFundingInput } from '../../src/index.js';

function accepts(fn: () => unknown): boolean {
  try {
    fn();
    return true;
  } catch (error) {
    if (isNtmError(error, 'invalid-input')) return false;
    throw error;
  }
}

const line = (o: Record<string, unknown> = {}) => ({ source: 'central.recurrent', amount: '22342', ...o });
const LINES: [string, unknown, boolean][] = [
  ['a decimal string', [line()], true],
  ['a fraction and an exponent', [line({ amount: '24473.5' }), line({ amount: '1e3' })], true],
  ['a number', [line({ amount: 92423 })], true],
  ['every field', [line({ unit: 'million-vnd', label: 'Vốn sự nghiệp', year: 2024 })], true],
  ['minus zero', [line({ amount: '-0' })], true],
  ['negative', [line({ amount: '-5' })], false],
  ['negative number', [line({ amount: -0.5 })], false],
  ['grouping marks', [line({ amount: '4.916.475' })], false],
  ['decimal comma', [line({ amount: '24473,5' })], false],
  ['unknown source', [line({ source: 'central.other' })], false],
  ['missing source', [{ amount: '1' }], false],
  ['unknown unit', [line({ unit: 'usd' })], false],
  ['mixed units without a result unit', [line({ unit: 'million-vnd' }), line({ unit: 'billion-vnd' })], false],
  ['label not a string', [line({ label: 3 })], false],
  ['fractional year', [line({ year: 2024.5 })], false],
  ['huge exponent', [line({ amount: '1e999' })], false],
  ['infinite number', [line({ amount: Infinity })], false],
  ['not an array', { lines: [] }, false],
  ['a line not an object', ['x'], false],
  ['an unknown field (a misspelt unit)', [line({ unti: 'billion-vnd' })], false],
  ['an own "__proto__" key', JSON.parse('[{"source":"credit","amount":"1","__proto__":{"x":1}}]'), false],
  ['a 2026 line with a component', [line({ year: 2026, component: 'new-rural-poverty' })], true],
  ['a 2026 line naming a merged programme as integrated funds', [line({ source: 'integrated.ethnic-minority', year: 2026 })], false],
  ['a 2024 line naming the district budget', [line({ source: 'local.district', year: 2024 })], true],
  ['a 2026 line naming the district budget', [line({ source: 'local.district', year: 2026 })], false],
  ['a component without a 2026 year', [line({ component: 'new-rural-poverty' })], false],
  ['a component in a 2025 line', [line({ component: 'new-rural-poverty', year: 2025 })], false],
  ['an unknown component', [line({ year: 2026, component: 'housing' })], false],
  ['lines of two taxonomy versions', [line({ year: 2025 }), line({ year: 2026 })], false],
  ['a year after 2035', [line({ year: 2036 })], false],
];

describe('funding lines: zod schema (→ JSON Schema) and aggregateFunding agree', () => {
  const schema = fundingSchemas().lines;
  it.each(LINES)('%s', (_name, input, valid) => {
    expect(schema.safeParse(input).success).toBe(valid);
    expect(accepts(() => aggregateFunding(input as FundingLine[]))).toBe(valid);
  });

  it('agree on generated lines', () => {
    const amount = fc.oneof(fc.integer({ min: -10, max: 1e6 }), fc.double({ noNaN: false }), fc.stringMatching(/^-?\d{1,4}(\.\d{1,3})?([eE]-?\d{1,3})?$/), fc.string({ maxLength: 4 }));
    const arb = fc.array(fc.record({ source: fc.constantFrom(...FUNDING_SOURCE_IDS, 'bogus'), amount, unit: fc.constantFrom(undefined, 'million-vnd', 'vnd') }, { requiredKeys: ['source', 'amount'] }), { maxLength: 4 });
    fc.assert(
      fc.property(arb, (lines) => {
        const clean = lines.map((l) => Object.fromEntries(Object.entries(l).filter(([, v]) => v !== undefined)));
        expect(schema.safeParse(clean).success).toBe(accepts(() => aggregateFunding(clean as unknown as FundingLine[])));
      }),
      { numRuns: 300 },
    );
  });
});

describe('funding reconciliation input: zod schema and reconcileFunding agree', () => {
  const schema = fundingSchemas().reconcile;
  const SAMPLES: [string, unknown, boolean][] = [
    ['lines and a declared total', { lines: [line()], declared: { total: '22342' } }, true],
    ['declared by node, with a unit', { lines: [line({ unit: 'billion-vnd' })], declared: { central: 1 }, unit: 'million-vnd' }, true],
    ['negative allowed', { lines: [line({ amount: '-3' })], declared: { total: '-3' }, allowNegative: true }, true],
    ['negative not allowed', { lines: [line({ amount: '-3' })], declared: {} }, false],
    ['declared unknown source', { lines: [], declared: { nowhere: '1' } }, false],
    ['declared not an amount', { lines: [], declared: { total: '1.000,5' } }, false],
    ['declared missing', { lines: [] }, false],
    ['mixed units without unit', { lines: [line(), line({ unit: 'vnd' })], declared: {} }, false],
    ['2026 taxonomy by option, with components', { lines: [line({ component: 'ethnic-minority-mountainous' })], declared: {}, taxonomy: '2026-2035', declaredByComponent: { 'ethnic-minority-mountainous': { total: '22342' } } }, true],
    ['an unknown taxonomy', { lines: [], declared: {}, taxonomy: '2030' }, false],
    ['a line year against the taxonomy option', { lines: [line({ year: 2024 })], declared: {}, taxonomy: '2026-2035' }, false],
    ['declared by component under the 2021-2025 taxonomy', { lines: [line()], declared: {}, declaredByComponent: { 'new-rural-poverty': { total: '1' } } }, false],
    ['declared node not in the 2026 taxonomy', { lines: [line({ year: 2026 })], declared: { 'integrated.poverty-reduction': '0' } }, false],
    ['declared by an unknown component', { lines: [], declared: {}, taxonomy: '2026-2035', declaredByComponent: { housing: { total: '1' } } }, false],
  ];
  it.each(SAMPLES)('%s', (_name, input, valid) => {
    expect(schema.safeParse(input).success).toBe(valid);
    expect(accepts(() => reconcileFunding(input as ReconcileFundingInput))).toBe(valid);
  });
});
