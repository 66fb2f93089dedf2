import { describe, expect, it } from 'vitest';
import { getCriteriaSet } from '../../src/index.js';
import { nth, placeWords } from '../../src/wording/places.js';

const set = getCriteriaSet('commune', { asOf: '2024-06-01' });

describe('placeWords', () => {
  it('names the whole file', () => {
    expect([placeWords([], 'vi'), placeWords([], 'en')]).toEqual(['toàn bộ tệp', 'the whole file']);
  });

  it('says indicators, criteria, conditions and thresholds by their codes, and compound parts by their labels', () => {
    expect(placeWords(['indicators', '2.1'], 'vi')).toBe('chỉ tiêu 2.1');
    expect(placeWords(['indicators', '14.1', 'grade1EntryPercent'], 'vi', set)).toBe('chỉ tiêu 14.1, thành phần "tỷ lệ trẻ 6 tuổi vào lớp 1"');
    expect(placeWords(['indicators', '14.1', 'nope'], 'en', set)).toBe('indicator 14.1, part "nope"');
    expect(placeWords(['criteria', '3'], 'en')).toBe('criterion 3');
    expect(placeWords(['conditions', 'x'], 'vi')).toBe('điều kiện x');
    expect(placeWords(['thresholds', '2.1'], 'en')).toBe('threshold of indicator 2.1');
  });

  it('says list items by their noun and keys by their names', () => {
    expect(placeWords(['communes', 2, 'region'], 'vi')).toBe('xã thứ 3, vùng');
    expect(placeWords(['lines', 1, 'amount'], 'vi')).toBe('dòng vốn thứ 2, số tiền');
    expect(placeWords(['lines', 1, 'amount'], 'en')).toBe('line 2, amount');
    expect(placeWords(['rows', 0], 'vi')).toBe('"rows", mục thứ 1');
    expect(nth(4, 'en')).toBe('item 5');
  });

  it('names stated totals by their funding source', () => {
    expect(placeWords(['declared', 'total'], 'vi')).toBe('số tổng đã ghi (Tổng cộng)');
    expect(placeWords(['declared', 'total'], 'en')).toBe('stated total (Total)');
    expect(placeWords(['declared', 'central'], 'vi')).toMatch(/^số tổng đã ghi \(Ngân sách trung ương/);
    expect(placeWords(['declared', 'nope'], 'en')).toBe('stated total ("nope")');
  });
});
