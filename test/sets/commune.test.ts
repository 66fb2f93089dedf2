import { describe, expect, it } from 'vitest';
import { getCriteriaSet, INSTRUMENTS, NtmError } from '../../src/index.js';
import type { CriteriaSet } from '../../src/index.js';

const NAMES: [string, string, string][] = [
  ['1', 'I', 'Quy hoạch'], ['2', 'II', 'Giao thông'], ['3', 'II', 'Thủy lợi và phòng, chống thiên tai'], ['4', 'II', 'Điện'],
  ['5', 'II', 'Trường học'], ['6', 'II', 'Cơ sở vật chất văn hóa'], ['7', 'II', 'Cơ sở hạ tầng thương mại nông thôn'],
  ['8', 'II', 'Thông tin và Truyền thông'], ['9', 'II', 'Nhà ở dân cư'], ['10', 'III', 'Thu nhập'], ['11', 'III', 'Nghèo đa chiều'],
  ['12', 'III', 'Lao động'], ['13', 'III', 'Tổ chức sản xuất và phát triển kinh tế nông thôn'], ['14', 'IV', 'Giáo dục và Đào tạo'],
  ['15', 'IV', 'Y tế'], ['16', 'IV', 'Văn hóa'], ['17', 'IV', 'Môi trường và an toàn thực phẩm'],
  ['18', 'V', 'Hệ thống chính trị và tiếp cận pháp luật'], ['19', 'V', 'Quốc phòng và An ninh'],
];

/** Provenance counts of a set's indicators: by the threshold values they carry. */
function provenanceCounts(set: CriteriaSet) {
  const counts = { confirmed: 0, secondary: 0, notEncoded: 0, unverifiedNames: 0, indicators: 0 };
  for (const c of set.criteria) {
    for (const i of c.indicators) {
      counts.indicators++;
      if (i.nameStatus === 'unverified') counts.unverifiedNames++;
      if (i.thresholds.length === 0) counts.notEncoded++;
      for (const t of i.thresholds) counts[t.provenance]++;
    }
  }
  return counts;
}

describe('commune set (QĐ 318/QĐ-TTg Phụ lục I)', () => {
  const set = getCriteriaSet('commune', { asOf: '2023-01-01' });

  it('has the 19 criteria in the legal order, grouping and names', () => {
    expect(set.criteria.map((c) => [c.code, c.group, c.name.vi])).toEqual(NAMES);
    expect(set.groups?.map((g) => g.code)).toEqual(['I', 'II', 'III', 'IV', 'V']);
  });

  it('stores names in NFC with English glosses, and cites every indicator and threshold', () => {
    for (const c of set.criteria) {
      expect(c.name.vi).toBe(c.name.vi.normalize('NFC'));
      expect(c.name.en.length).toBeGreaterThan(0);
      expect(c.indicators.length).toBeGreaterThan(0);
      for (const i of c.indicators) {
        expect(i.name.vi).toBe(i.name.vi.normalize('NFC'));
        expect(i.code === c.code || i.code.startsWith(`${c.code}.`)).toBe(true);
        expect(i.citation.instrument in INSTRUMENTS).toBe(true);
        expect(i.citation.item).toBe(i.code);
        for (const t of i.thresholds) {
          expect(t.citation.instrument in INSTRUMENTS).toBe(true);
          expect(t.rule.kind).toBe(i.kind);
          expect(['confirmed', 'secondary']).toContain(t.provenance);
        }
        if (i.thresholds.length === 0) expect(i.missingThreshold).toBeDefined();
      }
    }
  });

  it('pins the provenance counts so they cannot drift silently', () => {
    expect(provenanceCounts(set)).toEqual({ confirmed: 0, secondary: 30, notEncoded: 28, unverifiedNames: 55, indicators: 57 });
  });

  it('selects the version in force by date around 01/03/2024 (QĐ 211)', () => {
    expect(getCriteriaSet('commune', { asOf: '2024-02-29' }).id).toBe('commune/qd318-2022');
    expect(getCriteriaSet('commune', { asOf: '2024-03-01' }).id).toBe('commune/qd318-qd211-2024');
    expect(getCriteriaSet('commune', { asOf: new Date(2022, 2, 8) }).id).toBe('commune/qd318-2022');
    expect(() => getCriteriaSet('commune', { asOf: '2022-03-07' })).toThrow(/QĐ 1980/);
    expect(() => getCriteriaSet('commune', { asOf: '2026-01-10' })).toThrow(/transitional/);
    expect(() => getCriteriaSet('commune', { asOf: '2026-03-01' })).toThrow(/QĐ 51\/2025/);
    expect(() => getCriteriaSet('nope' as never)).toThrow(NtmError);
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(set)).toBe(true);
    expect(Object.isFrozen(set.criteria[4]!.indicators[0]!.thresholds[0]!.rule)).toBe(true);
  });
});
