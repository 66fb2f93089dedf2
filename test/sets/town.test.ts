import { describe, expect, it } from 'vitest';
import { evaluate, getCriteriaSet } from '../../src/index.js';
import { expectWellFormed, provenanceCounts } from '../_support/sets.js';

describe('town / provincial city rules (QĐ 320/QĐ-TTg Phụ lục II)', () => {
  const set = getCriteriaSet('town', { asOf: '2024-06-30' });

  it('has the two known conditions and a placeholder for the three not read', () => {
    expect(set.id).toBe('town/qd320-2022');
    expect(set.conditions?.map((c) => c.code)).toEqual(['communes-ntm', 'advanced-communes', 'conditions-not-read']);
    expect(set.conditions?.[1]?.thresholds[0]?.rule).toEqual({ kind: 'min-count', min: 1 });
    expect(set.conditions?.every((c) => c.citation.annex === 'Phụ lục II')).toBe(true);
    expect(getCriteriaSet('town', { asOf: '2022-03-08' })).toBe(set);
    expectWellFormed(set);
  });

  it('pins the provenance counts', () => {
    expect(provenanceCounts(set)).toEqual({ confirmed: 0, secondary: 2, notEncoded: 1, unverifiedNames: 1, indicators: 0, conditions: 3 });
  });

  it('a town without an advanced commune does not complete the task; with one it is still undetermined', () => {
    expect(evaluate(set, { year: 2024, indicators: {}, conditions: { 'communes-ntm': 100, 'advanced-communes': 0 } }).status).toBe('not-met');
    const r = evaluate(set, { year: 2024, indicators: {}, conditions: { 'communes-ntm': 100, 'advanced-communes': 1, 'conditions-not-read': true } });
    expect(r.status).toBe('undetermined');
    expect(r.conditions[2]?.reason?.code).toBe('threshold-not-encoded');
  });
});
