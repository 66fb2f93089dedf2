import { describe, expect, it } from 'vitest';
import { evaluateDistrict, NtmError } from '../../src/index.js';
import type { CommuneRecognition, DistrictInput, ThresholdOverlay } from '../../src/index.js';

const communes = (spec: Partial<Record<CommuneRecognition, number>>) =>
  Object.entries(spec).flatMap(([recognition, n]) => Array.from({ length: n }, (_, k) => ({ name: `Xã ${recognition} ${k + 1}`, recognition: recognition as CommuneRecognition })));

const GOOD: DistrictInput = {
  name: 'Huyện Thử', region: 'TDMNPB', year: 2024,
  communes: communes({ ntm: 9, advanced: 1 }),
  towns: [{ name: 'Thị trấn A', civilised: true }],
  satisfaction: { district: 92, lowestCommuneContent: 81 },
  indicators: {},
};

const outcomes = (r: ReturnType<typeof evaluateDistrict>) => Object.fromEntries(r.conditions.map((c) => [c.code, c.outcome]));

/** Supplies a pass rule for every indicator without one, so the criteria can be met in tests. */
const ALL_RULES: ThresholdOverlay = {
  id: 'test/all-district-rules', title: 'Test rules for the district indicators not encoded', setKind: 'district',
  citation: { instrument: 'QĐ test' }, provenance: 'confirmed',
  thresholds: Object.fromEntries(['2.*', '3.1', '5.1', '5.*', '6', '7', '8', '9'].map((c) => [c, { rule: { kind: 'boolean' } }])),
};
const ALL_TRUE = {
  '1.1': true, '1.2': true, '2.1': { communesWithCarRoad: 100, pavedSurface: 100, maintainedYearly: 100 },
  '2.2': { builtToPlannedGrade: 100, meetsTcvn4054: 100, solidBridges: 100 }, '2.4': 'not-applicable', '2.*': true, '3.1': true, '3.2': true,
  '4': true, '5.1': true, '5.*': true, '6': true, '7': true, '8': true, '9': true,
} as const;

describe('evaluateDistrict', () => {
  it('derives the commune conditions and lists them beside the 9 criteria', () => {
    const r = evaluateDistrict(GOOD);
    expect(r.set.id).toBe('district/qd320-qd211-2024');
    expect(r.criteriaTotal).toBe(9);
    expect(r.communes).toEqual({ total: 10, ntm: 10, advanced: 1, model: 0 });
    expect(r.towns).toEqual({ total: 1, civilised: 1 });
    expect(r.conditions.map((c) => [c.code, c.value])).toEqual([
      ['communes-ntm', 100], ['communes-advanced', 10], ['towns-civilised', 100], ['satisfaction', { district: 92, lowestCommuneContent: 81 }],
    ]);
    expect(outcomes(r)).toEqual({ 'communes-ntm': 'met', 'communes-advanced': 'met', 'towns-civilised': 'met', satisfaction: 'met' });
    for (const c of r.conditions) expect(c.citation).toMatchObject({ instrument: 'QD-320-2022', annex: 'Phụ lục I' });
    expect(r.status).toBe('undetermined');
  });

  it('meets the standard only when every criterion and condition holds', () => {
    const r = evaluateDistrict({ ...GOOD, indicators: ALL_TRUE }, { overlays: [ALL_RULES] });
    expect(r.criteriaMet).toBe(9);
    expect(r.status).toBe('meets-standard');
  });

  it('one commune short of NTM fails condition 1', () => {
    const r = evaluateDistrict({ ...GOOD, communes: communes({ none: 1, ntm: 8, advanced: 1 }), indicators: ALL_TRUE }, { overlays: [ALL_RULES] });
    expect(r.conditions[0]).toMatchObject({ code: 'communes-ntm', value: 90, outcome: 'not-met', shortfall: 10 });
    expect(r.criteriaMet).toBe(9);
    expect(r.status).toBe('not-met');
  });

  it('too few advanced communes fails condition 2 (1 of 11 = 9.09% < 10%); model communes count as advanced', () => {
    const few = evaluateDistrict({ ...GOOD, communes: communes({ ntm: 10, advanced: 1 }) });
    expect(few.conditions[1]).toMatchObject({ code: 'communes-advanced', outcome: 'not-met' });
    expect(few.conditions[1]!.value as number).toBeCloseTo(9.0909, 3);
    expect(few.status).toBe('not-met');
    const withModel = evaluateDistrict({ ...GOOD, communes: communes({ ntm: 18, model: 2 }) });
    expect(withModel.communes).toEqual({ total: 20, ntm: 20, advanced: 2, model: 2 });
    expect(withModel.conditions[1]).toMatchObject({ value: 10, outcome: 'met' });
    expect(withModel.conditions[1]!.threshold?.conflict?.code).toBe('C1');
  });

  it('townships: none is not applicable, an uncivilised one fails, unknown when not given', () => {
    expect(evaluateDistrict({ ...GOOD, towns: [] }).conditions[2]?.outcome).toBe('not-applicable');
    expect(evaluateDistrict({ ...GOOD, towns: [{ civilised: true }, { civilised: false }] }).conditions[2]).toMatchObject({ value: 50, outcome: 'not-met' });
    const { towns: _t, ...noTowns } = GOOD;
    expect(evaluateDistrict(noTowns).conditions[2]).toMatchObject({ outcome: 'unknown', reason: { code: 'missing-input' } });
  });

  it('satisfaction: both levels needed; a partial survey is unknown, a low commune content fails', () => {
    expect(evaluateDistrict({ ...GOOD, satisfaction: { district: 95 } }).conditions[3]).toMatchObject({ outcome: 'unknown', reason: { code: 'explicitly-unknown' } });
    const low = evaluateDistrict({ ...GOOD, satisfaction: { district: 95, lowestCommuneContent: 79.5 } }).conditions[3]!;
    expect(low.outcome).toBe('not-met');
    expect(low.failed?.map((f) => f.en)).toEqual(['every commune, every content ≥ 80%']);
  });

  it('selects the version by date around 01/03/2024', () => {
    expect(evaluateDistrict(GOOD, { asOf: '2024-02-29' }).set.id).toBe('district/qd320-2022');
    expect(evaluateDistrict(GOOD, { asOf: '2024-03-01' }).set.id).toBe('district/qd320-qd211-2024');
    expect(evaluateDistrict({ ...GOOD, year: 2023 }).set.id).toBe('district/qd320-2022');
  });

  it('rejects bad input with paths', () => {
    const issues = (input: unknown, options?: object) => {
      try { evaluateDistrict(input as DistrictInput, options); } catch (e) {
        expect(e).toBeInstanceOf(NtmError);
        return (e as NtmError).issues.map((i) => i.path.join('.'));
      }
      throw new Error('expected rejection');
    };
    expect(issues({ ...GOOD, communes: [] })).toEqual(['communes']);
    expect(issues({ ...GOOD, communes: [{ recognition: 'almost' }] })).toEqual(['communes.0.recognition']);
    expect(issues({ ...GOOD, region: 'XX', satisfaction: { district: 120 } })).toEqual(['region', 'satisfaction.district']);
    expect(issues({ ...GOOD, conditions: {} })).toEqual(['conditions']);
    expect(issues({ ...GOOD, indicators: { '1.1': 'yes' } })).toEqual(['indicators.1.1']);
    expect(issues(GOOD, { asOf: 'tomorrow' })).toEqual(['options.asOf']);
    expect(() => evaluateDistrict({ ...GOOD, year: 2026 })).toThrow(/01\/07\/2025/);
  });
});
