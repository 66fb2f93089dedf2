import { describe, expect, it } from 'vitest';
import { evaluateCommune, isRegion, parseRegion, REGION_NAMES, REGIONS } from '../../src/index.js';

describe('regions', () => {
  it('the exported constants are frozen: sorting or pushing cannot change a legal outcome', () => {
    expect(Object.isFrozen(REGIONS)).toBe(true);
    expect(Object.isFrozen(REGION_NAMES)).toBe(true);
    expect(Object.isFrozen(REGION_NAMES.DBSH)).toBe(true);
    expect(() => (REGIONS as unknown as string[]).sort()).toThrow(TypeError);
    expect(() => (REGIONS as unknown as string[]).push('HACK')).toThrow(TypeError);
    expect(isRegion('HACK')).toBe(false);
    // A BTB commune is judged on the BTB column whatever was attempted above.
    const r = evaluateCommune({ region: 'BTB', year: 2024, indicators: { '5': { schools: 4, atMinimumStandard: 4, atLevel1: 3 } } });
    expect(r.criteria[4]!.indicators[0]!.threshold?.column).toBe('BTB');
  });

  it('parseRegion reads codes, Đ- abbreviations and full names, ignoring case, diacritics and spacing', () => {
    expect(parseRegion('DBSCL')).toBe('DBSCL');
    expect(parseRegion('ĐBSCL')).toBe('DBSCL');
    expect(parseRegion('đbsh')).toBe('DBSH');
    expect(parseRegion('ĐNB')).toBe('DNB');
    expect(parseRegion('Đồng bằng sông Hồng')).toBe('DBSH');
    expect(parseRegion('dong bang song cuu long')).toBe('DBSCL');
    expect(parseRegion('Trung du và miền núi phía Bắc')).toBe('TDMNPB');
    expect(parseRegion('Tây Nguyên')).toBe('TN');
    expect(parseRegion('Mekong Delta')).toBe('DBSCL');
    expect(parseRegion('  Bắc Trung Bộ ')).toBe('BTB');
    expect(parseRegion('Bắc Trung Bộ'.normalize('NFD'))).toBe('BTB');
  });

  it('parseRegion gives undefined for anything else, never guessing', () => {
    expect(parseRegion('Hà Nội')).toBeUndefined();
    expect(parseRegion('Đồng bằng')).toBeUndefined();
    expect(parseRegion('')).toBeUndefined();
    expect(parseRegion(7)).toBeUndefined();
    expect(parseRegion(null)).toBeUndefined();
    expect(parseRegion('x'.repeat(10_000))).toBeUndefined();
  });
});
