import { describe, expect, it } from 'vitest';
import { evaluate, getCriteriaSet, NtmError } from '../../src/index.js';
import type { ThresholdOverlay } from '../../src/index.js';
import { expectWellFormed, provenanceCounts } from '../_support/sets.js';

const NAMES = [
  'Quy hoạch', 'Giao thông', 'Thủy lợi và phòng, chống thiên tai', 'Điện', 'Giáo dục', 'Văn hóa', 'Cơ sở hạ tầng thương mại nông thôn',
  'Thông tin và truyền thông', 'Nhà ở dân cư', 'Thu nhập', 'Nghèo đa chiều', 'Lao động', 'Tổ chức sản xuất và phát triển kinh tế nông thôn',
  'Y tế', 'Hành chính công', 'Tiếp cận pháp luật', 'Môi trường', 'Chất lượng môi trường sống', 'Quốc phòng và an ninh',
];

describe('advanced-commune set (QĐ 318/QĐ-TTg Phụ lục II)', () => {
  const set = getCriteriaSet('advanced-commune', { asOf: '2023-06-30' });

  it('has the 19 recalled criteria in order, marked unverified, each citing Phụ lục II', () => {
    expect(set.id).toBe('advanced-commune/qd318-2022');
    expect(set.criteria.map((c) => c.name.vi)).toEqual(NAMES);
    expect(set.criteria.map((c) => c.code)).toEqual(NAMES.map((_, n) => String(n + 1)));
    for (const c of set.criteria) {
      expect(c.nameStatus).toBe('unverified');
      expect(c.citation).toMatchObject({ instrument: 'QD-318-2022', annex: 'Phụ lục II' });
    }
    expectWellFormed(set);
  });

  it('pins the provenance counts', () => {
    // The 2022 version: the ĐBSCL health-insurance value (from 01/03/2024) belongs to the 2024 version only.
    expect(provenanceCounts(set)).toEqual({ confirmed: 0, secondary: 2, notEncoded: 20, unverifiedNames: 22, indicators: 21, conditions: 1 });
    expect(provenanceCounts(getCriteriaSet('advanced-commune', { asOf: '2024-03-01' }))).toEqual({ confirmed: 0, secondary: 3, notEncoded: 19, unverifiedNames: 22, indicators: 21, conditions: 1 });
  });

  it('a commune that is not NTM cannot be advanced: the precondition is not met, whatever the criteria', () => {
    const r = evaluate(set, { region: 'BTB', year: 2023, indicators: { '18.1': 60 }, conditions: { 'ntm-commune': false } });
    expect(r.conditions).toHaveLength(1);
    expect(r.conditions[0]).toMatchObject({ code: 'ntm-commune', outcome: 'not-met' });
    expect(r.status).toBe('not-met');
  });

  it('an NTM commune with every criterion met (rules supplied by an overlay) meets the standard', () => {
    const placeholders = set.criteria.flatMap((c) => c.indicators.filter((i) => i.thresholds.length === 0).map((i) => i.code));
    expect(placeholders).toHaveLength(20);
    const overlay: ThresholdOverlay = {
      id: 'test/province-advanced', title: 'Test province advanced-commune guidance', setKind: 'advanced-commune',
      citation: { instrument: 'QĐ test/QĐ-UBND' }, provenance: 'confirmed',
      thresholds: { ...Object.fromEntries(placeholders.map((c) => [c, { rule: { kind: 'boolean' } }])), '14.1': { rule: { kind: 'min-percent', min: 95 } } },
    };
    const indicators = { ...Object.fromEntries(placeholders.map((c) => [c, true])), '14.1': 96, '18.1': 55 };
    const met = evaluate(set, { region: 'BTB', year: 2023, indicators, conditions: { 'ntm-commune': true } }, { overlays: [overlay] });
    expect(met.status).toBe('meets-standard');
    expect(met.provenance).toMatchObject({ fromOverlay: 20, notEncoded: 0, secondary: 2 });
    const without = evaluate(set, { region: 'BTB', year: 2023, indicators, conditions: { 'ntm-commune': true } });
    expect(without.status).toBe('undetermined');
  });

  it('applies the ≥ 95% health-insurance value to ĐBSCL from 01/03/2024 only', () => {
    const v2024 = getCriteriaSet('advanced-commune', { asOf: '2024-06-30' });
    const hi = (r: ReturnType<typeof evaluate>) => r.criteria[13]!.indicators.find((i) => i.code === '14.1')!;
    expect(hi(evaluate(v2024, { region: 'DBSCL', year: 2024, indicators: { '14.1': 94.5 } }))).toMatchObject({ outcome: 'not-met', shortfall: 0.5 });
    expect(hi(evaluate(v2024, { region: 'DBSCL', year: 2024, indicators: { '14.1': 95 } })).outcome).toBe('met');
    expect(hi(evaluate(set, { region: 'DBSCL', year: 2023, indicators: { '14.1': 99 } })).outcome).toBe('unknown');
    expect(hi(evaluate(v2024, { region: 'TN', year: 2024, indicators: { '14.1': 99 } })).outcome).toBe('unknown');
  });

  it('applies the ≥ 55% centralised-water value only to the region it was reported for', () => {
    const btb = evaluate(set, { region: 'BTB', year: 2023, indicators: { '18.1': 54.9 } });
    const water = btb.criteria[17]!.indicators.find((i) => i.code === '18.1')!;
    expect(water).toMatchObject({ outcome: 'not-met', shortfall: 0.1 });
    expect(water.threshold?.citation.source).toContain('Như Thanh');
    const dbsh = evaluate(set, { region: 'DBSH', year: 2023, indicators: { '18.1': 90 } });
    expect(dbsh.criteria[17]!.indicators.find((i) => i.code === '18.1')).toMatchObject({ outcome: 'unknown', reason: { code: 'threshold-not-encoded' } });
  });

  it('placeholders explain that the indicator list was not reached', () => {
    const r = evaluate(set, { region: 'TN', year: 2022, indicators: { '10': true } });
    expect(r.criteria[9]!.indicators[0]!.reason?.message.en).toContain('QĐ 318/QĐ-TTg Phụ lục II');
  });

  it('selects the version by date around 01/03/2024 (QĐ 211), carrying the content over', () => {
    expect(getCriteriaSet('advanced-commune', { asOf: '2024-02-29' }).id).toBe('advanced-commune/qd318-2022');
    const v2024 = getCriteriaSet('advanced-commune', { asOf: '2024-03-01' });
    expect(v2024.id).toBe('advanced-commune/qd318-qd211-2024');
    // The content carries over; the only difference is the value dated from 01/03/2024, which the 2022 version cannot use.
    const without2024 = (c: typeof set.criteria) => c.map((x) => ({ ...x, indicators: x.indicators.map((i) => ({ ...i, thresholds: i.thresholds.filter((t) => t.validFrom < '2024-03-01') })) }));
    expect(without2024(v2024.criteria)).toEqual(without2024(set.criteria));
    expect(v2024.criteria.flatMap((c) => c.indicators).filter((i) => i.thresholds.some((t) => t.validFrom === '2024-03-01')).map((i) => i.code)).toEqual(['14.1']);
    expect(v2024.legalBasis.map((b) => b.instrument)).toContain('QD-211-2024');
    expect(() => getCriteriaSet('advanced-commune', { asOf: '2022-03-07' })).toThrow(NtmError);
    expectWellFormed(v2024);
  });
});
