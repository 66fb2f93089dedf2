// The published commune-input JSON Schema is generated from a zod schema derived from the set data;
// the engine validates with hand-written checks. The two must accept and reject the same inputs.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluationInputSchema, indicatorValuesSchema } from '../../src/engine/input-schema.js';
import { districtInputSchema } from '../../src/engine/evaluate-district.js';
import { evaluate, evaluateDistrict, getCriteriaSet, isNtmError } from '../../src/index.js';
import type { DistrictInput, EvaluationInput } from '../../src/index.js';

const set = getCriteriaSet('commune', { asOf: '2024-06-30' });
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

describe('district input: published schema (facts + typed indicator values) and evaluateDistrict agree', () => {
  const district = getCriteriaSet('district');
  const schema = districtInputSchema().extend({ indicators: indicatorValuesSchema(district) });
  const accepts = (input: unknown) => {
    try {
      evaluateDistrict(input as DistrictInput);
      return true;
    } catch (error) {
      if (isNtmError(error, 'invalid-input')) return false;
      throw error;
    }
  };
  const d = { region: 'DBSH', year: 2024, communes: [{ recognition: 'ntm' }], indicators: {} };
  const SAMPLES: [string, unknown, boolean][] = [
    ['minimal', d, true],
    ['towns, satisfaction, indicators', { ...d, towns: [{ civilised: true }], satisfaction: { district: 95, lowestCommuneContent: 85 }, indicators: { '1.1': true, '2.1': { communesWithCarRoad: 100, pavedSurface: 100, maintainedYearly: 100 }, '2.4': 'not-applicable' } }, true],
    ['no communes', { ...d, communes: [] }, false],
    ['unknown recognition', { ...d, communes: [{ recognition: 'gold' }] }, false],
    ['satisfaction above 100', { ...d, satisfaction: { district: 101 } }, false],
    ['unknown indicator code', { ...d, indicators: { '99': true } }, false],
    ['boolean indicator given a number', { ...d, indicators: { '1.1': 1 } }, false],
    ['compound indicator missing a field', { ...d, indicators: { '2.1': { communesWithCarRoad: 100 } } }, false],
    ['not-applicable where not "if any"', { ...d, indicators: { '1.1': 'not-applicable' } }, false],
    ['unknown top-level key', { ...d, population: 1 }, false],
  ];
  it.each(SAMPLES)('%s', (_name, input, valid) => {
    expect(schema.safeParse(input).success).toBe(valid);
    expect(accepts(input)).toBe(valid);
  });
});
