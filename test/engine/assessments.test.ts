// Criterion-level assessments (input.criteria): they decide a criterion its indicators leave
// undecided, are marked as assessed, and never override a computed outcome silently.
import { describe, expect, it } from 'vitest';
import { thrown } from '../_support/thrown.js';
import { evaluateCommune } from '../../src/index.js';

const base = { region: 'TDMNPB' as const, year: 2024 };

describe('criterion-level assessments (2021-2025 set)', () => {
  it('decide a criterion without indicator data, marked as assessed', () => {
    const r = evaluateCommune({ ...base, criteria: { '10': 'met', '11': 'not-met' }, assessment: { decision: 'Biên bản thẩm định (ví dụ)' } });
    expect(r.criteria[9]).toMatchObject({ code: '10', outcome: 'met', basis: 'assessment' });
    expect(r.criteria[10]).toMatchObject({ code: '11', outcome: 'not-met', basis: 'assessment' });
    expect(r.criteria[0]).toMatchObject({ outcome: 'unknown', basis: 'indicators' });
    expect([r.criteriaMet, r.criteriaNotMet, r.criteriaUnknown]).toEqual([1, 1, 17]);
    expect(r.status).toBe('not-met');
    expect(r.assessment).toEqual({ decision: 'Biên bản thẩm định (ví dụ)' });
  });

  it('decide a criterion whose indicators are partly given and undecided', () => {
    const r = evaluateCommune({ ...base, indicators: { '1.1': true }, criteria: { '1': 'met' } });
    expect(r.criteria[0]).toMatchObject({ outcome: 'met', basis: 'assessment' });
    expect(r.criteria[0]!.indicators[1]!.outcome).toBe('unknown'); // the indicator itself stays unknown
    const notMet = evaluateCommune({ ...base, indicators: { '1.1': true }, criteria: { '1': 'not-met' } });
    expect(notMet.criteria[0]).toMatchObject({ outcome: 'not-met', basis: 'assessment' });
  });

  it('agree with computed outcomes silently; a contradiction is an error naming both', () => {
    const same = evaluateCommune({ ...base, indicators: { '1.1': true, '1.2': true }, criteria: { '1': 'met' } });
    expect(same.criteria[0]).toMatchObject({ outcome: 'met', basis: 'indicators' });
    const e = thrown(() => evaluateCommune({ ...base, indicators: { '1.1': false }, criteria: { '1': 'met', '7': 'unknown' }, }));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({ path: ['criteria', '1'], code: 'assessment-contradicts-indicators', params: { assessed: 'met', computed: 'not-met' } });
    expect(e.issues[0]!.text.vi).toContain('chưa đạt');
    // 'unknown' asserted against a determinate computation is also a contradiction.
    expect(thrown(() => evaluateCommune({ ...base, indicators: { '7': true }, criteria: { '7': 'unknown' } })).issues[0]!.path).toEqual(['criteria', '7']);
  });

  it('rejects unknown codes, bad outcomes and a malformed source with paths', () => {
    const e = thrown(() => evaluateCommune({ ...base, criteria: { '20': 'met', '3': 'đạt' as never }, assessment: { by: '', date: '2026-02-30', who: 'x' } as never }));
    expect(e.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['criteria.3', 'expected-one-of'], // integer-like keys come first in JavaScript objects
      ['criteria.20', 'unknown-code'],
      ['assessment.by', 'expected-text'],
      ['assessment.date', 'invalid-date'],
      ['assessment.who', 'unknown-key'],
    ]);
    expect(thrown(() => evaluateCommune({ ...base, criteria: ['met'] as never })).issues[0]!.path).toEqual(['criteria']);
  });
});
