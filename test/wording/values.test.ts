// Values, requirements and shortfalls in words, on the commune set's own indicators and results.
import { describe, expect, it } from 'vitest';
import { evaluateCommune, getCriteriaSet } from '../../src/index.js';
import type { IndicatorResult } from '../../src/index.js';
import { fieldLabel, requirementWords, shortfallWords, valueWords, type IndicatorWordsOf } from '../../src/wording/values.js';

const set = getCriteriaSet('commune', { asOf: '2024-06-01' });
const indicator = (code: string) => set.criteria.flatMap((c) => c.indicators).find((i) => i.code === code)!;
const result = evaluateCommune({
  name: 'Xã A',
  region: 'DBSH',
  year: 2024,
  indicators: {
    '5': { schools: 4, atMinimumStandard: 3, atLevel1: 1 },
    '14.1': { grade1EntryPercent: 97, preschool5Universal: false, primaryLevel: 2, lowerSecondaryLevel: 1, literacyLevel: 1 },
    '9.1': 2,
    '15.3': 30,
    '1.1': false,
  },
});
const res = (code: string) => result.criteria.flatMap((c) => c.indicators).find((i) => i.code === code)!;

describe('valueWords', () => {
  it('says no data, not applicable, met and not met in both languages', () => {
    const b = indicator('1.1');
    expect([valueWords(b, undefined, 'vi'), valueWords(b, null, 'en')]).toEqual(['chưa có số liệu', 'no data']);
    expect([valueWords(b, 'not-applicable', 'vi'), valueWords(b, 'not-applicable', 'en')]).toEqual(['không áp dụng', 'not applicable']);
    expect([valueWords(b, true, 'vi'), valueWords(b, false, 'vi'), valueWords(b, true, 'en'), valueWords(b, false, 'en')]).toEqual(['đạt', 'chưa đạt', 'met', 'not met']);
  });

  it('writes numbers with the language’s decimal mark and the indicator’s unit', () => {
    expect(valueWords(indicator('2.1'), 85.5, 'vi')).toBe('85,5%');
    expect(valueWords(indicator('2.1'), 85.5, 'en')).toBe('85.5%');
    expect(valueWords(indicator('10'), 45.5, 'vi')).toBe('45,5 triệu đồng/người/năm');
    expect(valueWords(indicator('10'), 45.5, 'en')).toBe('45.5 million VND/person/year');
    expect(valueWords(indicator('9.1'), 2, 'vi')).toBe('2');
    expect(valueWords({ name: { vi: 'x', en: 'x' }, kind: 'min-value', unit: 'ha' }, 3, 'vi')).toBe('3 ha');
  });

  it('names the parts of a compound value by their labels, and fields it does not know by their keys', () => {
    const v = valueWords(indicator('14.1'), { grade1EntryPercent: 97, preschool5Universal: true, primaryLevel: 2, extra: null }, 'vi');
    expect(v).toBe('tỷ lệ trẻ 6 tuổi vào lớp 1: 97%; đạt phổ cập giáo dục mầm non cho trẻ 5 tuổi: có; mức độ phổ cập giáo dục tiểu học: 2; mức độ phổ cập giáo dục THCS: chưa có số liệu; mức độ xóa mù chữ: chưa có số liệu; "extra": chưa có số liệu');
    expect(valueWords(indicator('14.1'), { preschool5Universal: false }, 'en')).toContain('universal preschool for 5-year-olds met: no');
    expect(valueWords(indicator('2.1'), 'text', 'vi')).toBe('text');
  });

  it('drops the percent mark of a field label', () => {
    const f = indicator('14.1').fields!.find((x) => x.key === 'grade1EntryPercent')!;
    expect([fieldLabel(f, 'vi'), fieldLabel(f, 'en')]).toEqual(['tỷ lệ trẻ 6 tuổi vào lớp 1', "share of 6-year-olds entering grade 1"]);
  });
});

describe('requirementWords', () => {
  it('says what pass/fail and none-allowed require, and the threshold text otherwise', () => {
    expect([requirementWords('boolean', res('1.1').threshold!, 'vi'), requirementWords('boolean', res('1.1').threshold!, 'en')]).toEqual(['đạt', 'met']);
    expect([requirementWords('none-allowed', res('9.1').threshold!, 'vi'), requirementWords('none-allowed', res('9.1').threshold!, 'en')]).toEqual(['không còn', 'none']);
    expect(requirementWords('max-percent', res('15.3').threshold!, 'vi')).toBe('≤ 16,5%');
  });
});

describe('shortfallWords', () => {
  it('says how many remain for a none-allowed indicator, never "short"', () => {
    expect(shortfallWords(res('9.1'), indicator('9.1'), 'vi')).toBe('còn 2 nhà tạm, dột nát (yêu cầu: không còn)');
    expect(shortfallWords(res('9.1'), indicator('9.1'), 'en')).toMatch(/^2 .+ remaining \(required: none\)$/);
  });

  it('gives percentage points above a maximum', () => {
    expect(shortfallWords(res('15.3'), indicator('15.3'), 'vi')).toBe('vượt mức tối đa 13,5 điểm phần trăm');
    expect(shortfallWords(res('15.3'), indicator('15.3'), 'en')).toBe('13.5 percentage points above the maximum');
  });

  it('says what each failed part of a compound rule lacks, with its figures', () => {
    expect(shortfallWords(res('5'), indicator('5'), 'vi')).toBe('1/4 trường đạt tiêu chuẩn cơ sở vật chất mức độ 1, còn thiếu 3 trường');
    expect(shortfallWords(res('5'), indicator('5'), 'en')).toBe('1 of 4 schools at facility standard level 1, 3 short');
    const vi = shortfallWords(res('14.1'), indicator('14.1'), 'vi')!;
    expect(vi).toContain('tỷ lệ trẻ 6 tuổi vào lớp 1: 97% (yêu cầu ≥ 98%), còn thiếu 1 điểm phần trăm');
    expect(vi).toContain('chưa đạt phổ cập giáo dục mầm non cho trẻ 5 tuổi');
    expect(vi).toContain('mức độ phổ cập giáo dục THCS: 1 (yêu cầu ≥ 2)');
    const en = shortfallWords(res('14.1'), indicator('14.1'), 'en')!;
    expect(en).toContain('share of 6-year-olds entering grade 1: 97% (required ≥ 98%), 1 percentage points short');
    expect(en).toContain('universal preschool for 5-year-olds met: no');
  });

  it('gives nothing for a pass/fail indicator or a result that is not "not met"', () => {
    expect(shortfallWords(res('1.1'), indicator('1.1'), 'vi')).toBeUndefined();
    expect(shortfallWords({ ...res('15.3'), outcome: 'met' }, indicator('15.3'), 'vi')).toBeUndefined();
  });

  // Results of the other numeric kinds, as the engine shapes them (no encoded national value has these kinds).
  const made = (kind: IndicatorResult['kind'], unit: string, shortfall: number | undefined, value: unknown = 1): IndicatorResult => ({ ...res('15.3'), kind, unit, shortfall, value } as IndicatorResult);
  const ind = (kind: IndicatorWordsOf['kind'], unit: string): IndicatorWordsOf => ({ name: { vi: 'Số nhà', en: 'Houses' }, kind, unit });

  it('states the shortfall of every numeric kind in its unit', () => {
    expect(shortfallWords(made('min-percent', 'percent', 15), ind('min-percent', 'percent'), 'vi')).toBe('còn thiếu 15 điểm phần trăm');
    expect(shortfallWords(made('min-percent', 'percent', 15), ind('min-percent', 'percent'), 'en')).toBe('15 percentage points short');
    expect(shortfallWords(made('min-value', 'million-vnd/person/year', 3.5), ind('min-value', 'million-vnd/person/year'), 'vi')).toBe('còn thiếu 3,5 triệu đồng/người/năm');
    expect(shortfallWords(made('min-value', 'million-vnd/person/year', 3.5), ind('min-value', 'million-vnd/person/year'), 'en')).toBe('3.5 million VND/person/year short');
    expect(shortfallWords(made('max-value', 'm2/person', 2), ind('max-value', 'm2/person'), 'vi')).toBe('vượt mức tối đa 2 m²/người');
    expect(shortfallWords(made('max-value', 'm2/person', 2), ind('max-value', 'm2/person'), 'en')).toBe('2 m²/person above the maximum');
    expect(shortfallWords(made('min-count', 'count', 4), ind('min-count', 'count'), 'vi')).toBe('còn thiếu 4');
    expect(shortfallWords(made('min-count', 'count', 4), ind('min-count', 'count'), 'en')).toBe('4 short');
    expect(shortfallWords(made('none-allowed', 'count', 3, null), ind('none-allowed', 'count'), 'vi')).toBe('còn 3 số nhà (yêu cầu: không còn)');
  });

  it('gives nothing when the engine gave no shortfall', () => {
    for (const k of ['min-percent', 'max-percent', 'min-value', 'max-value', 'min-count'] as const) {
      expect(shortfallWords(made(k, 'percent', undefined), ind(k, 'percent'), 'vi')).toBeUndefined();
    }
    expect(shortfallWords(made('none-allowed', 'count', undefined, null), ind('none-allowed', 'count'), 'vi')).toBeUndefined();
  });

  it('falls back to the failed texts of a compound result without a compound rule', () => {
    const r = { ...res('5'), threshold: undefined } as unknown as IndicatorResult;
    expect(shortfallWords(r, indicator('5'), 'vi')).toBe('100% trường đạt chuẩn cơ sở vật chất mức độ 1');
  });
});
