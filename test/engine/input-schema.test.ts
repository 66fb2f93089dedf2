// The published commune-input JSON Schema is generated from a zod schema derived from the set data;
// the engine validates with hand-written checks. The two must accept and reject the same inputs.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluationInputSchema } from '../../src/engine/input-schema.js';
import { evaluate, getCriteriaSet, isNtmError } from '../../src/index.js';
import type { EvaluationInput } from '../../src/index.js';

const set = getCriteriaSet('commune');
const schema = evaluationInputSchema(set);

function engineAccepts(input: unknown): boolean {
  try {
    evaluate(set, input as EvaluationInput);
    return true;
  } catch (error) {
    if (isNtmError(error, 'invalid-input')) return false;
    throw error;
  }
}

const base = { region: 'TDMNPB', year: 2024 };
const samples: [string, unknown, boolean][] = [
  ['empty indicators', { ...base, indicators: {} }, true],
  ['all kinds, valid', { ...base, name: 'A', province: 'Lai Châu', especiallyDifficult: true, safeZone: false, indicators: { '1.1': true, '9.1': 0, '2.1': 99.5, '11': 0, '10': 45.5, '5': { schools: 3, atMinimumStandard: 3, atLevel1: 1 }, '13.4': 'not-applicable', '2.2': null } }, true],
  ['boolean as string', { ...base, indicators: { '1.1': 'true' } }, false],
  ['percent above 100', { ...base, indicators: { '2.1': 100.01 } }, false],
  ['negative percent', { ...base, indicators: { '2.1': -1 } }, false],
  ['fractional count', { ...base, indicators: { '9.1': 1.5 } }, false],
  ['negative amount', { ...base, indicators: { '10': -3 } }, false],
  ['unknown code', { ...base, indicators: { '99': true } }, false],
  ['not-applicable where not "if any"', { ...base, indicators: { '1.1': 'not-applicable' } }, false],
  ['compound missing a field', { ...base, indicators: { '5': { schools: 3, atLevel1: 1 } } }, false],
  ['compound extra field', { ...base, indicators: { '5': { schools: 3, atMinimumStandard: 3, atLevel1: 1, x: 1 } } }, false],
  ['compound field above its bound', { ...base, indicators: { '5': { schools: 3, atMinimumStandard: 3, atLevel1: 4 } } }, false],
  ['compound zero schools (min 1)', { ...base, indicators: { '5': { schools: 0, atMinimumStandard: 0, atLevel1: 0 } } }, false],
  ['unknown region', { ...base, region: 'XX', indicators: {} }, false],
  ['missing region (regional set)', { year: 2024, indicators: {} }, false],
  ['fractional year', { ...base, year: 2024.5, indicators: {} }, false],
  ['unknown top-level key', { ...base, indicators: {}, extra: 1 }, false],
  ['indicators not an object', { ...base, indicators: [] }, false],
  ['name not a string', { ...base, name: 3, indicators: {} }, false],
  ['conditions key on a set without conditions', { ...base, indicators: {}, conditions: { x: true } }, false],
  ['empty conditions', { ...base, indicators: {}, conditions: {} }, true],
];

describe('commune input: zod schema (→ JSON Schema) and engine validation agree', () => {
  it.each(samples)('%s', (_name, input, valid) => {
    expect(schema.safeParse(input).success).toBe(valid);
    expect(engineAccepts(input)).toBe(valid);
  });

  it('agree on generated values for every indicator', () => {
    const codes = set.criteria.flatMap((c) => c.indicators.map((i) => i.code));
    const value = fc.oneof(fc.boolean(), fc.integer({ min: -5, max: 120 }), fc.double({ min: -10, max: 150, noNaN: true }), fc.constant(null), fc.constant('not-applicable'), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...codes), value, { maxKeys: 4 }), (indicators) => {
        const input = { ...base, indicators };
        expect(schema.safeParse(input).success).toBe(engineAccepts(input));
      }),
      { numRuns: 300 },
    );
  });
});
