import { describe, expect, it } from 'vitest';
import { columnsShort, columnWords, groupWords, regionWords } from '../../src/wording/columns.js';

describe('threshold columns in words', () => {
  it('names a region with the abbreviation documents use', () => {
    expect(regionWords('DBSH', 'vi')).toBe('Đồng bằng sông Hồng (ĐBSH)');
    expect(columnWords('DBSCL', 'vi')).toBe('vùng Đồng bằng sông Cửu Long (ĐBSCL)');
    expect(columnWords('DBSH', 'en')).toMatch(/\(ĐBSH\)$/);
  });

  it('names commune groups and the common column by scheme', () => {
    expect([groupWords(2, 'vi'), groupWords(2, 'en')]).toEqual(['xã nhóm 2', 'commune group 2']);
    expect([columnWords('G1', 'vi', 'commune-group'), columnWords('G3', 'en', 'commune-group')]).toEqual(['xã nhóm 1', 'commune group 3']);
    expect([columnWords('all', 'vi'), columnWords('all', 'en')]).toEqual(['chung cho các vùng', 'all regions']);
    expect([columnWords('all', 'vi', 'commune-group'), columnWords('all', 'en', 'commune-group')]).toEqual(['chung cho các nhóm xã', 'all commune groups']);
    expect(columnWords('all', 'vi', 'none')).toBe('');
    expect(columnWords('X9', 'vi')).toBe('X9');
  });

  it('lists columns by their short names', () => {
    expect(columnsShort(['DBSH', 'DNB'], 'vi')).toBe('ĐBSH, ĐNB');
    expect(columnsShort(['G1', 'G2'], 'vi', 'commune-group')).toBe('xã nhóm 1, xã nhóm 2');
    expect(columnsShort(['Z'], 'en')).toBe('Z');
    expect(columnsShort('all', 'vi', 'commune-group')).toBe('chung cho các nhóm xã');
  });
});
