// Every form of the cell grammar, and every way a cell can fail, cell by cell.
import { describe, expect, it } from 'vitest';
import { getCriteriaSet, type Indicator } from '../../../src/index.js';
import { meaningText, readThresholdCell, type CellTarget } from '../../../src/sources/overlay-table/grammar.js';
import { splitMark } from '../../../src/sources/overlay-table/vocabulary.js';
import { partsOf } from '../../../src/sources/overlay-table/model.js';
import type { Cell } from '../../../src/sources/tables/cells.js';

const set = getCriteriaSet('commune', { asOf: '2024-06-30' });
const ind = (code: string): Indicator => set.criteria.flatMap((c) => c.indicators).find((i) => i.code === code)!;
const rule = (code: string): CellTarget => ({ kind: 'rule', indicator: ind(code) });
const part = (code: string, field: string): CellTarget => ({ kind: 'part', indicator: ind(code), part: partsOf(ind(code)).find((p) => p.field.key === field)! });

const read = (cell: Cell, target: CellTarget, style?: 'vi' | 'en') => readThresholdCell(cell, target, style);
const meaning = (cell: Cell, target: CellTarget, style?: 'vi' | 'en') => {
  const r = read(cell, target, style);
  if (!('meaning' in r)) throw new Error(`not read: ${JSON.stringify(r)}`);
  return r.meaning;
};
const code = (cell: Cell, target: CellTarget, style?: 'vi' | 'en') => {
  const r = read(cell, target, style);
  if (!('code' in r)) throw new Error(`read: ${JSON.stringify(r)}`);
  return r.code;
};

describe('percent indicators', () => {
  it('reads ≥ 90%, >= 90, 90% and 100% in the indicator\'s own direction (at least)', () => {
    for (const text of ['≥ 90%', '>= 90', '>=90%', '=> 90', '90%', '90', 'tối thiểu 90%', 'ít nhất 90 %', 'từ 90% trở lên', 'không thấp hơn 90%', 'at least 90%', 'min 90']) {
      expect(meaning(text, rule('2.1')), text).toEqual({ t: 'rule', rule: { kind: 'min-percent', min: 90 } });
    }
    expect(meaning('100%', rule('2.1'))).toEqual({ t: 'rule', rule: { kind: 'min-percent', min: 100 } });
  });

  it('reads ≤ 24% and a bare 24% as at most for a capped rate (stunting)', () => {
    for (const text of ['≤ 24%', '<= 24', '=< 24%', '24%', 'tối đa 24%', 'không quá 24%', 'không vượt quá 24 %', '24% trở xuống', 'at most 24%', 'max 24']) {
      expect(meaning(text, rule('15.3')), text).toEqual({ t: 'rule', rule: { kind: 'max-percent', max: 24 } });
    }
  });

  it('reads numbers in Vietnamese and English style, and refuses to guess one that reads two ways', () => {
    expect(meaning('≤ 16,5%', rule('15.3'))).toEqual({ t: 'rule', rule: { kind: 'max-percent', max: 16.5 } });
    expect(meaning('≤ 16.5%', rule('15.3'))).toEqual({ t: 'rule', rule: { kind: 'max-percent', max: 16.5 } });
    expect(code('≥ 45.000 triệu đồng/người/năm', rule('10'))).toBe('ambiguous-number');
    expect(meaning('≥ 45.000 triệu đồng/người/năm', rule('10'), 'vi')).toEqual({ t: 'rule', rule: { kind: 'min-value', min: 45000 } });
    expect(meaning('≥ 45.000 triệu đồng/người/năm', rule('10'), 'en')).toEqual({ t: 'rule', rule: { kind: 'min-value', min: 45 } });
    // The table's style settles only numbers that read two ways: 16,5 reads one way only.
    expect(meaning('16,5%', rule('15.3'), 'en')).toEqual({ t: 'rule', rule: { kind: 'max-percent', max: 16.5 } });
  });

  it('refuses the opposite direction, strict comparisons, other units and values out of range', () => {
    expect(code('≤ 90%', rule('2.1'))).toBe('wrong-direction');
    expect(code('dưới 90%', rule('2.1'))).toBe('wrong-direction');
    expect(code('≥ 24%', rule('15.3'))).toBe('wrong-direction');
    expect(code('> 90%', rule('2.1'))).toBe('comparison-not-allowed');
    expect(code('= 90%', rule('2.1'))).toBe('comparison-not-allowed');
    expect(code('≥ 90 triệu đồng', rule('2.1'))).toBe('unit-mismatch');
    expect(read('≥ 90 triệu đồng trở lên', rule('2.1'))).toMatchObject({ code: 'unit-mismatch', params: { unit: 'triệu đồng' } });
    expect(code('101%', rule('2.1'))).toBe('out-of-range');
    expect(code('-5%', rule('2.1'))).toBe('out-of-range');
    expect(code('≥ 90% trở xuống', rule('2.1'))).toBe('conflicting-comparison');
  });
});

describe('value indicators (income, green space)', () => {
  it('reads ≥ 45 triệu đồng/người/năm and checks the unit against the indicator', () => {
    for (const text of ['≥ 45 triệu đồng/người/năm', '45 triệu đồng/người/năm', '≥ 45', '45', '≥ 45 tr.đ/người/năm', '≥45 triệu/người/năm', '≥ 45 million VND/person/year', 'từ 45 triệu đồng/người/năm trở lên']) {
      expect(meaning(text, rule('10')), text).toEqual({ t: 'rule', rule: { kind: 'min-value', min: 45 } });
    }
    expect(meaning('≥ 45,5 triệu đồng/người/năm', rule('10'))).toEqual({ t: 'rule', rule: { kind: 'min-value', min: 45.5 } });
    expect(code('≥ 45%', rule('10'))).toBe('unit-mismatch');
    expect(code('≥ 45 đồng/người/năm', rule('10'))).toBe('unit-mismatch');
    expect(code('≥ 45 m²/người', rule('10'))).toBe('unit-mismatch');
    expect(meaning('≥ 2 m²/người', rule('17.4'))).toEqual({ t: 'rule', rule: { kind: 'min-value', min: 2 } });
    expect(meaning('≥ 2 m2/người', rule('17.4'))).toEqual({ t: 'rule', rule: { kind: 'min-value', min: 2 } });
    expect(code('≥ 2 triệu đồng/người/năm', rule('17.4'))).toBe('unit-mismatch');
    expect(code('≤ 45', rule('10'))).toBe('wrong-direction');
  });
});

describe('pass and none-allowed indicators', () => {
  it('reads Đạt / Có / Met / TRUE for a pass indicator, and nothing else', () => {
    for (const cell of ['Đạt', 'đạt', 'Có', 'Met', 'yes', { t: 'b', v: true } as Cell]) {
      expect(meaning(cell, rule('1.1')), JSON.stringify(cell)).toEqual({ t: 'rule', rule: { kind: 'boolean' } });
    }
    expect(code('90%', rule('1.1'))).toBe('expected-pass');
    expect(code({ t: 'b', v: false }, rule('1.1'))).toBe('not-a-threshold');
    expect(code('Đạt', rule('2.1'))).toBe('expected-figure');
  });

  it('reads Không / 0 / None for a none-allowed indicator, and nothing else', () => {
    for (const cell of ['Không', 'không có', '0', '= 0', 'None', { t: 'n', v: 0, percent: false } as Cell]) {
      expect(meaning(cell, rule('9.1')), JSON.stringify(cell)).toEqual({ t: 'rule', rule: { kind: 'none-allowed' } });
    }
    expect(code('2', rule('9.1'))).toBe('expected-none');
    expect(code('Đạt', rule('9.1'))).toBe('expected-figure');
    expect(code('Không', rule('2.1'))).toBe('not-a-threshold');
  });
});

describe('blank, "-", and cells that are not thresholds', () => {
  it('reads blank, whitespace and dashes as not specified', () => {
    for (const cell of [undefined, '', '   ', '-', '–', '—']) expect(read(cell, rule('2.1')), JSON.stringify(cell)).toEqual({ blank: true });
  });

  it('refuses text that is not a threshold, negated signs, dates, errors and garbled text', () => {
    expect(code('abc', rule('2.1'))).toBe('not-a-threshold');
    expect(code('≠ 90%', rule('2.1'))).toBe('not-a-threshold');
    expect(code('≯ 24%', rule('15.3'))).toBe('not-a-threshold');
    expect(code({ t: 'd', v: '2024-02-01' }, rule('2.1'))).toBe('date-cell');
    expect(code({ t: 'e', v: '#DIV/0!' }, rule('2.1'))).toBe('formula-error');
    expect(code({ t: 'e', v: '' }, rule('2.1'))).toBe('formula-without-value');
    expect(code('9\uFFFD%', rule('2.1'))).toBe('garbled-text');
    expect(code('Không quy định', rule('2.1'))).toBe('no-requirement-on-indicator');
  });

  it('reads typed workbook numbers: a percent-formatted cell by what it shows', () => {
    expect(meaning({ t: 'n', v: 0.9, percent: true }, rule('2.1'))).toEqual({ t: 'rule', rule: { kind: 'min-percent', min: 90 } });
    expect(meaning({ t: 'n', v: 24, percent: false }, rule('15.3'))).toEqual({ t: 'rule', rule: { kind: 'max-percent', max: 24 } });
    expect(code({ t: 'n', v: 0.45, percent: true }, rule('10'))).toBe('unit-mismatch');
  });
});

describe('parts of compound indicators', () => {
  it('reads a comparison with its sign, 100% alone, Đạt for a yes/no part and "Không quy định"', () => {
    expect(meaning('≥ 70%', part('5', 'atLevel1'))).toEqual({ t: 'part', op: '>=', value: 70 });
    expect(meaning('100%', part('5', 'atLevel1'))).toEqual({ t: 'part', op: '>=', value: 100 });
    expect(meaning('= 100%', part('5', 'atLevel1'))).toEqual({ t: 'part', op: '>=', value: 100 });
    expect(meaning('> 3', part('14.1', 'primaryLevel'))).toEqual({ t: 'part', op: '>', value: 3 });
    expect(meaning('≥ 98%', part('14.1', 'grade1EntryPercent'))).toEqual({ t: 'part', op: '>=', value: 98 });
    expect(meaning('Đạt', part('14.1', 'preschool5Universal'))).toEqual({ t: 'part', op: '==', value: true });
    expect(meaning('Không quy định', part('17.1', 'centralisedPercent'))).toEqual({ t: 'no-requirement' });
    expect(meaning('No requirement', part('17.1', 'centralisedPercent'))).toEqual({ t: 'no-requirement' });
  });

  it('needs the sign of a part (parts have no direction of their own), and checks units and ranges', () => {
    expect(code('70%', part('5', 'atLevel1'))).toBe('operator-required');
    expect(code('2', part('14.1', 'primaryLevel'))).toBe('operator-required');
    expect(code('≥ 2%', part('14.1', 'primaryLevel'))).toBe('unit-mismatch');
    expect(code('≥ 1,5', part('14.1', 'primaryLevel'))).toBe('expected-whole-number');
    expect(code('≥ 120%', part('17.1', 'cleanWaterPercent'))).toBe('out-of-range');
    expect(code('≥ 98% hộ', part('17.1', 'cleanWaterPercent'))).toBe('unit-mismatch');
    expect(code('Không', part('17.1', 'cleanWaterPercent'))).toBe('ambiguous-none');
    expect(code('≥ 1', part('14.1', 'preschool5Universal'))).toBe('expected-pass');
    expect(code('Đạt', part('17.1', 'cleanWaterPercent'))).toBe('expected-figure');
  });
});

describe('the package mark and the template\'s texts', () => {
  it('splits the mark of a pre-filled cell, in either language', () => {
    expect(splitMark('≤ 24% [có sẵn, nguồn thứ cấp]')).toEqual({ body: '≤ 24%', provenance: 'secondary' });
    expect(splitMark('Đạt [package, confirmed]')).toEqual({ body: 'Đạt', provenance: 'confirmed' });
    expect(splitMark('≤ 24%')).toBeUndefined();
    expect(splitMark('≤ 24% [ghi chú]')).toBeUndefined();
  });

  it('writes every meaning as text that reads back to it (vi and en)', () => {
    const cases: [CellTarget, Parameters<typeof meaningText>[0]][] = [
      [rule('1.1'), { t: 'rule', rule: { kind: 'boolean' } }],
      [rule('9.1'), { t: 'rule', rule: { kind: 'none-allowed' } }],
      [rule('2.1'), { t: 'rule', rule: { kind: 'min-percent', min: 98.5 } }],
      [rule('15.3'), { t: 'rule', rule: { kind: 'max-percent', max: 16.5 } }],
      [rule('10'), { t: 'rule', rule: { kind: 'min-value', min: 1234.5 } }],
      [rule('17.4'), { t: 'rule', rule: { kind: 'min-value', min: 2 } }],
      [part('5', 'atLevel1'), { t: 'part', op: '>=', value: 100 }],
      [part('5', 'atLevel1'), { t: 'part', op: '<', value: 50 }],
      [part('14.1', 'preschool5Universal'), { t: 'part', op: '==', value: true }],
      [part('14.1', 'primaryLevel'), { t: 'part', op: '>=', value: 2 }],
      [part('17.1', 'centralisedPercent'), { t: 'no-requirement' }],
    ];
    for (const lang of ['vi', 'en'] as const) {
      for (const [target, m] of cases) expect(meaning(meaningText(m, target, lang), target), `${lang} ${meaningText(m, target, lang)}`).toEqual(m);
    }
    expect(meaningText({ t: 'rule', rule: { kind: 'min-value', min: 1234.5 } }, rule('10'), 'vi')).toBe('≥ 1.234,5 triệu đồng/người/năm');
  });
});
