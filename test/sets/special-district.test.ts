import { describe, expect, it } from 'vitest';
import { evaluate, getCriteriaSet, isNtmError } from '../../src/index.js';
import type { ThresholdOverlay } from '../../src/index.js';
import { expectWellFormed, provenanceCounts } from '../_support/sets.js';

describe('special-district set (QĐ 211/QĐ-TTg, from 01/03/2024)', () => {
  const set = getCriteriaSet('special-district', { asOf: '2024-03-01' });

  it('has the known first rows with their values, citing QĐ 211', () => {
    expect(set.id).toBe('special-district/qd211-2024');
    const rules = Object.fromEntries(set.criteria.flatMap((c) => c.indicators.map((i) => [i.code, i.thresholds[0]?.rule ?? null])));
    expect(rules).toEqual({
      '1.1': { kind: 'boolean' }, '1.2': { kind: 'min-count', min: 1 }, '2.1': { kind: 'min-percent', min: 100 }, '2.2': null,
      '2.3': { kind: 'boolean' }, '3.1': { kind: 'min-percent', min: 80 }, '3.2': { kind: 'boolean' }, '4': { kind: 'boolean' },
      '5.1': null, '5.*': null, '6': null, '7': null, '8': null, '9': null,
    });
    expect(set.conditions?.[0]?.thresholds[0]?.rule).toEqual({ kind: 'min-percent', min: 90 });
    expect(set.criteria.every((c) => c.citation.instrument === 'QD-211-2024')).toBe(true);
    expectWellFormed(set);
  });

  it('pins the provenance counts', () => {
    expect(provenanceCounts(set)).toEqual({ confirmed: 0, secondary: 8, notEncoded: 7, unverifiedNames: 15, indicators: 14, conditions: 1 });
  });

  it('does not exist before 01/03/2024', () => {
    let error: unknown;
    try { getCriteriaSet('special-district', { asOf: '2024-02-29' }); } catch (e) { error = e; }
    expect(isNtmError(error, 'no-set-in-force')).toBe(true);
    expect((error as Error).message).toContain('QĐ 211');
  });

  it('the delegated tree-lining indicator is unknown without the province value, and uses it when given', () => {
    const without = evaluate(set, { year: 2024, indicators: { '2.2': 75 } });
    const i22 = without.criteria[1]!.indicators[1]!;
    expect(i22).toMatchObject({ code: '2.2', outcome: 'unknown', reason: { code: 'threshold-not-encoded' } });
    expect(i22.reason?.message.en).toContain('delegated');
    const overlay: ThresholdOverlay = {
      id: 'test/province-trees', title: 'Test province tree-lining value', setKind: 'special-district',
      citation: { instrument: 'QĐ test/QĐ-UBND' }, provenance: 'confirmed', thresholds: { '2.2': { rule: { kind: 'min-percent', min: 70 } } },
    };
    const withOverlay = evaluate(set, { year: 2024, indicators: { '2.2': 75 } }, { overlays: [overlay] });
    expect(withOverlay.criteria[1]!.indicators[1]).toMatchObject({ outcome: 'met', threshold: { source: 'test/province-trees' } });
  });

  it('"if any" indicators may be declared not applicable', () => {
    const r = evaluate(set, { year: 2025, indicators: { '2.3': 'not-applicable', '3.1': 'not-applicable' } });
    expect(r.criteria[1]!.indicators[2]!.outcome).toBe('not-applicable');
    expect(r.criteria[2]!.indicators[0]!.outcome).toBe('not-applicable');
  });
});
