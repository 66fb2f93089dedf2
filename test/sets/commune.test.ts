import { describe, expect, it } from 'vitest';
import { evaluateCommune, getCriteriaSet, INSTRUMENTS, NtmError } from '../../src/index.js';
import type { CriteriaSet, IndicatorResult, Region } from '../../src/index.js';

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
    // The 2022 version: the ĐBSCL health-insurance value (from 01/03/2024) belongs to the 2024 version only.
    expect(provenanceCounts(set)).toEqual({ confirmed: 0, secondary: 39, notEncoded: 26, unverifiedNames: 54, indicators: 57 });
    expect(provenanceCounts(getCriteriaSet('commune', { asOf: '2024-03-01' }))).toEqual({ confirmed: 0, secondary: 40, notEncoded: 25, unverifiedNames: 54, indicators: 57 });
  });

  it('selects the version in force by date around 01/03/2024 (QĐ 211)', () => {
    expect(getCriteriaSet('commune', { asOf: '2024-02-29' }).id).toBe('commune/qd318-2022');
    expect(getCriteriaSet('commune', { asOf: '2024-03-01' }).id).toBe('commune/qd318-qd211-2024');
    expect(getCriteriaSet('commune', { asOf: new Date(2022, 2, 8) }).id).toBe('commune/qd318-2022');
    expect(() => getCriteriaSet('commune', { asOf: '2022-03-07' })).toThrow(/QĐ 1980/);
    expect(() => getCriteriaSet('commune', { asOf: '2026-01-10' })).toThrow(/transitional/);
    expect(getCriteriaSet('commune', { asOf: '2026-03-01' }).id).toBe('commune/qd51-2026');
    expect(() => getCriteriaSet('nope' as never)).toThrow(NtmError);
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(set)).toBe(true);
    expect(Object.isFrozen(set.criteria[4]!.indicators[0]!.thresholds[0]!.rule)).toBe(true);
  });
});

/** The result for one indicator of criterion 15 (Y tế). */
function health(code: string, value: number, region: Region, year: number, extra: { especiallyDifficult?: boolean } = {}): IndicatorResult {
  const r = evaluateCommune({ region, year, ...extra, indicators: { [code]: value } });
  const found = r.criteria.find((c) => c.code === '15')!.indicators.find((i) => i.code === code);
  if (!found) throw new Error(`indicator ${code} missing`);
  return found;
}

describe('criterion 15 thresholds read in secondary sources', () => {
  // 15.3 stunting, all seven columns (thuvienphapluat Q&A quoting QĐ 318 Phụ lục I; read as caps, C17).
  const stunting: [Region, number][] = [['TDMNPB', 24], ['DBSH', 16.5], ['BTB', 25], ['DHNTB', 22], ['TN', 26.5], ['DNB', 14.5], ['DBSCL', 19]];

  it.each(stunting)('15.3 in %s: exactly %d%% is met, just above is not met', (region, max) => {
    for (const year of [2022, 2025]) {
      const at = health('15.3', max, region, year);
      expect(at.outcome).toBe('met');
      expect(at.threshold?.rule).toEqual({ kind: 'max-percent', max });
      expect(at.threshold?.column).toBe(region);
      expect(at.threshold?.provenance).toBe('secondary');
      expect(at.threshold?.citation.source).toContain('118.69.201.250');
      const above = health('15.3', max + 0.1, region, year);
      expect(above.outcome).toBe('not-met');
      expect(above.shortfall).toBeCloseTo(0.1, 10);
    }
  });

  it('15.3: an especially difficult commune of the Red River Delta is held to the TDMNPB cap', () => {
    expect(health('15.3', 20, 'DBSH', 2023).outcome).toBe('not-met');
    const special = health('15.3', 20, 'DBSH', 2023, { especiallyDifficult: true });
    expect(special.outcome).toBe('met');
    expect(special.threshold?.column).toBe('TDMNPB');
  });

  it.each([['TDMNPB', 50], ['DBSH', 70]] as [Region, number][])('15.4 in %s: exactly %d%% is met, just below is not met', (region, min) => {
    const at = health('15.4', min, region, 2023);
    expect(at.outcome).toBe('met');
    expect(at.threshold?.rule).toEqual({ kind: 'min-percent', min });
    expect(health('15.4', min - 0.1, region, 2023).outcome).toBe('not-met');
  });

  it.each(['BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL'] as Region[])('15.4 in %s stays unknown: the source breaks off after DBSH', (region) => {
    const r = health('15.4', 100, region, 2023);
    expect(r.outcome).toBe('unknown');
    expect(r.reason?.code).toBe('threshold-not-encoded');
    expect(r.reason?.message.en).toContain('TDMNPB and DBSH');
  });

  it('15.1 in the Mekong Delta from 01/03/2024: exactly 93% is met, just below is not met', () => {
    const at = health('15.1', 93, 'DBSCL', 2024);
    expect(at.outcome).toBe('met');
    expect(at.threshold?.validFrom).toBe('2024-03-01');
    expect(at.threshold?.citation.source).toContain('laodong.vn');
    const below = health('15.1', 92.9, 'DBSCL', 2024);
    expect(below.outcome).toBe('not-met');
    expect(below.shortfall).toBeCloseTo(0.1, 10);
  });

  it('15.1 stays unknown before 01/03/2024 and in the other regions', () => {
    const before = evaluateCommune({ region: 'DBSCL', year: 2024, indicators: { '15.1': 100 } }, { asOf: '2024-02-29' });
    const i151 = before.criteria.find((c) => c.code === '15')!.indicators[0]!;
    expect(i151.outcome).toBe('unknown');
    expect(i151.reason?.code).toBe('threshold-not-encoded');
    expect(health('15.1', 100, 'DBSCL', 2023).outcome).toBe('unknown');
    for (const region of ['TDMNPB', 'DBSH', 'BTB', 'DHNTB', 'TN', 'DNB'] as Region[]) {
      expect(health('15.1', 100, region, 2025).outcome).toBe('unknown');
    }
  });

  it('confirms the wording of 15.4 from the same source', () => {
    const i154 = communeSetOn('2023-06-30').criteria[14]!.indicators[3]!;
    expect(i154.name.vi).toBe('Tỷ lệ dân số có sổ khám chữa bệnh điện tử');
    expect(i154.nameStatus).toBe('secondary');
  });
});

function communeSetOn(asOf: string): CriteriaSet {
  return getCriteriaSet('commune', { asOf });
}
