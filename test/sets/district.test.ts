import { describe, expect, it } from 'vitest';
import { evaluate, getCriteriaSet } from '../../src/index.js';
import { expectWellFormed, provenanceCounts } from '../_support/sets.js';

const NAMES = [
  'Quy hoạch', 'Giao thông', 'Thủy lợi và phòng, chống thiên tai', 'Điện', 'Y tế - Văn hóa - Giáo dục', 'Kinh tế', 'Môi trường',
  'Chất lượng môi trường sống', 'Hệ thống chính trị - An ninh trật tự - Hành chính công',
];

describe('district set (QĐ 320/QĐ-TTg Phụ lục I)', () => {
  const set = getCriteriaSet('district', { asOf: '2023-06-30' });

  it('has the 9 criteria (names secondary) and the commune conditions, all citing Phụ lục I', () => {
    expect(set.id).toBe('district/qd320-2022');
    expect(set.criteria.map((c) => [c.code, c.name.vi, c.nameStatus])).toEqual(NAMES.map((n, k) => [String(k + 1), n, 'secondary']));
    expect(set.criteria.flatMap((c) => c.indicators.map((i) => i.code))).toEqual(['1.1', '1.2', '2.1', '2.2', '2.4', '2.*', '3.1', '3.2', '4', '5.1', '5.*', '6', '7', '8', '9']);
    expect(set.conditions?.map((c) => c.code)).toEqual(['communes-ntm', 'communes-advanced', 'towns-civilised', 'satisfaction']);
    for (const c of set.conditions ?? []) expect(c.citation).toMatchObject({ instrument: 'QD-320-2022', annex: 'Phụ lục I' });
    expect(set.columns).toBe('none');
    expectWellFormed(set);
  });

  it('pins the provenance counts', () => {
    expect(provenanceCounts(set)).toEqual({ confirmed: 0, secondary: 11, notEncoded: 8, unverifiedNames: 15, indicators: 15, conditions: 4 });
  });

  it('encodes the advanced-commune share as 10%, marked disputed (C1) with both citations', () => {
    const t = set.conditions!.find((c) => c.code === 'communes-advanced')!.thresholds[0]!;
    expect(t.rule).toEqual({ kind: 'min-percent', min: 10 });
    expect(t.provenance).toBe('secondary');
    expect(t.conflict?.code).toBe('C1');
    expect(t.conflict?.citations).toHaveLength(2);
    expect(t.conflict?.citations[1]?.source).toContain('Lào Cai');
    const r = evaluate(set, { year: 2023, indicators: {}, conditions: { 'communes-advanced': 9.9 } });
    const applied = r.conditions.find((c) => c.code === 'communes-advanced')!;
    expect(applied).toMatchObject({ outcome: 'not-met', shortfall: 0.1 });
    expect(applied.threshold?.conflict?.code).toBe('C1');
    expect(evaluate(set, { year: 2023, indicators: {}, conditions: { 'communes-advanced': 10 } }).conditions[1]?.outcome).toBe('met');
  });

  it('judges the transport compound indicators from the QĐ 932 guidance (all 100%)', () => {
    const ok = { communesWithCarRoad: 100, pavedSurface: 100, maintainedYearly: 100 };
    const r = evaluate(set, { year: 2023, indicators: { '2.1': ok, '2.2': { builtToPlannedGrade: 100, meetsTcvn4054: 98, solidBridges: 100 } } });
    const [i21, i22] = r.criteria[1]!.indicators;
    expect(i21).toMatchObject({ outcome: 'met' });
    expect(i22).toMatchObject({ outcome: 'not-met' });
    expect(i22!.failed?.[0]?.en).toContain('TCVN 4054:2005');
    expect(i21!.threshold?.citation.source).toContain('QĐ 932');
  });

  it('a criterion is never met on its few known indicators: the rest stays unknown', () => {
    const r = evaluate(set, { year: 2023, indicators: { '2.1': { communesWithCarRoad: 100, pavedSurface: 100, maintainedYearly: 100 }, '2.2': { builtToPlannedGrade: 100, meetsTcvn4054: 100, solidBridges: 100 }, '2.4': 'not-applicable', '2.*': true } });
    expect(r.criteria[1]!.outcome).toBe('unknown');
    expect(r.criteria[1]!.indicators.find((i) => i.code === '2.*')?.reason?.code).toBe('threshold-not-encoded');
  });

  it('selects the version by date around 01/03/2024 (QĐ 211)', () => {
    expect(getCriteriaSet('district', { asOf: '2024-02-29' }).id).toBe('district/qd320-2022');
    const v = getCriteriaSet('district', { asOf: '2024-03-01' });
    expect(v.id).toBe('district/qd320-qd211-2024');
    expect(v.validUntil).toBe('2025-06-30'); // the district level ended on 30/06/2025
    expect(v.notes?.some((n) => n.en.includes('QĐ 211'))).toBe(true);
    expectWellFormed(v);
  });
});
