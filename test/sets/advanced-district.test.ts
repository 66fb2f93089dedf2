import { describe, expect, it } from 'vitest';
import { evaluate, getCriteriaSet } from '../../src/index.js';
import { expectWellFormed, provenanceCounts } from '../_support/sets.js';

describe('advanced-district set (QĐ 320/QĐ-TTg Phụ lục III)', () => {
  const set = getCriteriaSet('advanced-district', { asOf: '2023-06-30' });

  it('holds the NTM-district precondition and placeholders only; no recalled value is encoded', () => {
    expect(set.id).toBe('advanced-district/qd320-2022');
    expect(set.conditions?.map((c) => [c.code, c.thresholds.length])).toEqual([['ntm-district', 1], ['communes-advanced-model', 0], ['satisfaction', 0]]);
    expect(set.conditions?.[1]?.missingThreshold?.en).toContain('unverified');
    expectWellFormed(set);
  });

  it('pins the provenance counts', () => {
    expect(provenanceCounts(set)).toEqual({ confirmed: 0, secondary: 1, notEncoded: 3, unverifiedNames: 4, indicators: 1, conditions: 3 });
  });

  it('a district that is not NTM cannot be advanced', () => {
    const r = evaluate(set, { year: 2024, indicators: { criteria: true }, conditions: { 'ntm-district': false, satisfaction: 95 } });
    expect(r.status).toBe('not-met');
    expect(r.conditions[2]).toMatchObject({ outcome: 'unknown', reason: { code: 'threshold-not-encoded' } });
  });

  it('selects the version by date around 01/03/2024 (QĐ 211)', () => {
    expect(getCriteriaSet('advanced-district', { asOf: '2024-02-29' }).id).toBe('advanced-district/qd320-2022');
    expect(getCriteriaSet('advanced-district', { asOf: '2024-03-01' }).id).toBe('advanced-district/qd320-qd211-2024');
  });
});
