import { describe, expect, it } from 'vitest';
import { evaluate, getCriteriaSet } from '../../src/index.js';
import { expectWellFormed, provenanceCounts } from '../_support/sets.js';

describe('model-commune rules (QĐ 319/QĐ-TTg)', () => {
  const set = getCriteriaSet('model-commune', { asOf: '2024-06-30' });

  it('is the four conditions of QĐ 319, no criteria table, one version for the period', () => {
    expect(set.id).toBe('model-commune/qd319-2022');
    expect(set.criteria).toEqual([]);
    expect(set.conditions?.map((c) => [c.code, c.kind, c.citation.note])).toEqual([
      ['advanced', 'boolean', 'condition 1 of 4'],
      ['income', 'compound', 'condition 2 of 4'],
      ['smart-village', 'min-count', 'condition 3 of 4'],
      ['standout-field', 'min-count', 'condition 4 of 4'],
    ]);
    expect(getCriteriaSet('model-commune', { asOf: '2022-03-08' })).toBe(set);
    expectWellFormed(set);
  });

  it('pins the provenance counts', () => {
    expect(provenanceCounts(set)).toEqual({ confirmed: 0, secondary: 4, notEncoded: 0, unverifiedNames: 0, indicators: 0, conditions: 4 });
  });

  it('requires income ≥ 110% of the advanced threshold the caller cites', () => {
    const base = { advanced: true, 'smart-village': 1, 'standout-field': 1 };
    const met = evaluate(set, { year: 2024, indicators: {}, conditions: { ...base, income: { income: 77, advancedThreshold: 70 } } });
    expect(met.status).toBe('meets-standard');
    expect(met.criteriaTotal).toBe(0);
    const short = evaluate(set, { year: 2024, indicators: {}, conditions: { ...base, income: { income: 76.9, advancedThreshold: 70 } } });
    expect(short.status).toBe('not-met');
    expect(short.conditions[1]?.failed?.[0]?.en).toContain('110%');
  });

  it('a commune that is not advanced cannot be a model commune', () => {
    const r = evaluate(set, { year: 2024, indicators: {}, conditions: { advanced: false, 'smart-village': 2, 'standout-field': 3, income: { income: 100, advancedThreshold: 70 } } });
    expect(r.status).toBe('not-met');
    expect(r.conditions[0]).toMatchObject({ code: 'advanced', outcome: 'not-met' });
  });

  it('missing conditions are unknown, never not met', () => {
    const r = evaluate(set, { year: 2024, indicators: {}, conditions: { advanced: true } });
    expect(r.status).toBe('undetermined');
    expect(r.conditions.slice(1).every((c) => c.outcome === 'unknown' && c.reason?.code === 'missing-input')).toBe(true);
  });
});
