import { describe, expect, it } from 'vitest';
import { CRITERIA_SET_KINDS } from '../../src/index.js';
import { citationWords, instrumentWords, readFromInstrument, sourceSites, sourceWords } from '../../src/wording/citations.js';
import { bucketWords } from '../../src/wording/buckets.js';
import { KIND_NAMES, SET_KIND_NAMES, outcomeWords, periodWords, provenanceWords, setKindWords, statusWords, unitWords } from '../../src/wording/terms.js';

describe('fixed terms', () => {
  it('never claims recognition for a computed status', () => {
    expect(statusWords('meets-standard', 19, 'vi')).toBe('ĐẠT ĐỦ 19/19 TIÊU CHÍ');
    expect(statusWords('meets-standard', 10, 'en')).toBe('MEETS ALL 10 CRITERIA');
    expect([statusWords('not-met', 19, 'vi'), statusWords('not-met', 19, 'en')]).toEqual(['CHƯA ĐẠT ĐỦ TIÊU CHÍ', 'DOES NOT MEET ALL CRITERIA']);
    expect(statusWords('undetermined', 19, 'vi')).toMatch(/^CHƯA XÁC ĐỊNH ĐƯỢC/);
    expect(statusWords('undetermined', 19, 'en')).toMatch(/^NOT DETERMINED/);
    for (const v of ['đạt chuẩn', 'ĐẠT CHUẨN']) expect(statusWords('meets-standard', 19, 'vi')).not.toContain(v);
  });

  it('has words for every outcome, provenance, indicator kind and set kind', () => {
    expect([outcomeWords('unknown', 'vi'), outcomeWords('not-met', 'en')]).toEqual(['chưa xác định', 'not met']);
    expect([provenanceWords('confirmed', 'vi'), provenanceWords('secondary', 'en')]).toEqual(['văn bản gốc', 'secondary source']);
    expect(Object.keys(KIND_NAMES)).toHaveLength(8);
    for (const k of CRITERIA_SET_KINDS) expect(SET_KIND_NAMES[k].vi.length).toBeGreaterThan(0);
    expect(setKindWords('commune', 'vi')).toBe('Xã nông thôn mới');
    expect(setKindWords('nope', 'en')).toBe('nope');
  });

  it('writes units after amounts, none for percentages and counts', () => {
    expect([unitWords('percent', 'vi'), unitWords('count', 'vi'), unitWords('boolean', 'en'), unitWords('compound', 'en')]).toEqual(['', '', '', '']);
    expect(unitWords('m2/person', 'vi')).toBe('m²/người');
    expect(unitWords('ha', 'vi')).toBe('ha');
    expect(periodWords(2021, 2025)).toBe('2021 - 2025');
  });

  it('words buckets from their bounds', () => {
    expect(bucketWords({ min: 19, max: 19 }, 19, 'vi')).toBe('Đạt đủ 19/19 tiêu chí');
    expect(bucketWords({ min: 19, max: 19 }, 19, 'en')).toBe('All 19 criteria');
    expect(bucketWords({ min: 0, max: 4 }, 19, 'vi')).toBe('Dưới 5 tiêu chí');
    expect(bucketWords({ min: 0, max: 4 }, 19, 'en')).toBe('Under 5 criteria');
    expect(bucketWords({ min: 8, max: 8 }, 19, 'vi')).toBe('Đạt 8 tiêu chí');
    expect(bucketWords({ min: 8, max: 8 }, 19, 'en')).toBe('8 criteria');
    expect(bucketWords({ min: 15, max: 18 }, 19, 'vi')).toBe('Đạt từ 15 đến 18 tiêu chí');
    expect(bucketWords({ min: 15, max: 18 }, 19, 'en')).toBe('15 to 18 criteria');
  });
});

describe('citations in words', () => {
  const qd1491 = { instrument: 'QD-318-2022', annex: 'Phụ lục I', item: '5', source: 'QĐ 1491/QĐ-BGDĐT (06/06/2022) as summarised at https://chatluongvacuocsong.vn/x and lawnet.vn' } as const;

  it('shows the instrument a value was read from before the one it serves', () => {
    expect(readFromInstrument(qd1491)).toBe('QĐ 1491/QĐ-BGDĐT');
    expect(citationWords(qd1491, 'vi')).toBe('QĐ 1491/QĐ-BGDĐT (đối với QĐ 318/QĐ-TTg, Phụ lục I, mục 5)');
    expect(citationWords(qd1491, 'en')).toBe('QĐ 1491/QĐ-BGDĐT (for QĐ 318/QĐ-TTg, Phụ lục I, item 5)');
  });

  it('lists the sites read via, each once, and how the value is known', () => {
    expect(sourceSites(qd1491)).toEqual(['chatluongvacuocsong.vn', 'lawnet.vn']);
    expect(sourceSites({ instrument: 'x', source: 'tieu-chi.jpg, 118.69.201.250:801, lawnet.vn, LAWNET.VN' })).toEqual(['118.69.201.250:801', 'lawnet.vn']);
    expect(sourceWords(qd1491, 'vi', 'secondary')).toBe('QĐ 1491/QĐ-BGDĐT (đối với QĐ 318/QĐ-TTg, Phụ lục I, mục 5); nguồn thứ cấp, đọc qua chatluongvacuocsong.vn, lawnet.vn');
    expect(sourceWords({ instrument: 'QĐ 99/QĐ-UBND', article: 'Điều 2', item: 'smart-village' }, 'en')).toBe('QĐ 99/QĐ-UBND, Điều 2');
  });

  it('keeps a free instrument name as written and needs no other instrument', () => {
    expect(instrumentWords('QĐ 99/QĐ-UBND tỉnh Ví Dụ')).toBe('QĐ 99/QĐ-UBND tỉnh Ví Dụ');
    expect(readFromInstrument({ instrument: 'QD-318-2022' })).toBeUndefined();
    expect(readFromInstrument({ instrument: 'QD-318-2022', source: 'QĐ 318/QĐ-TTg, vneconomy.vn' })).toBeUndefined();
  });
});
