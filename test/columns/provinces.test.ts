import { describe, expect, it } from 'vitest';
import { defaultRegionOfProvince, effectiveRegion } from '../../src/index.js';

describe('defaultRegionOfProvince', () => {
  it('matches names after NFC and tone-placement normalisation', () => {
    expect(defaultRegionOfProvince('Lai Châu')?.region).toBe('TDMNPB');
    expect(defaultRegionOfProvince('Lai Châu'.normalize('NFD'))?.region).toBe('TDMNPB');
    expect(defaultRegionOfProvince('Thanh Hoá')?.province).toBe('Thanh Hóa');
    expect(defaultRegionOfProvince('tỉnh Hoà Bình')?.region).toBe('TDMNPB');
    expect(defaultRegionOfProvince('Cần Thơ')?.region).toBe('DBSCL');
  });
  it('is marked unverified and knows 63 provinces', () => {
    expect(defaultRegionOfProvince('Hà Nội')?.status).toBe('unverified');
    expect(defaultRegionOfProvince('Atlantis')).toBeUndefined();
    expect(defaultRegionOfProvince(42 as never)).toBeUndefined();
  });
});

describe('effectiveRegion', () => {
  it('keeps the own region of ordinary communes and of TDMNPB communes', () => {
    expect(effectiveRegion({ region: 'DBSH' })).toEqual({ region: 'DBSH' });
    expect(effectiveRegion({ region: 'TDMNPB', especiallyDifficult: true })).toEqual({ region: 'TDMNPB' });
  });
  it('moves especially difficult and safe-zone communes to TDMNPB with a citation', () => {
    const e = effectiveRegion({ region: 'TN', safeZone: true });
    expect(e.region).toBe('TDMNPB');
    expect(e.citation?.instrument).toBe('QD-318-2022');
    expect(e.reason?.vi).toContain('an toàn khu');
  });
});
