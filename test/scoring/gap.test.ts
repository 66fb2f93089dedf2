import { describe, expect, it } from 'vitest';
import { thrown } from '../_support/thrown.js';
import { analyzeGap, defineThresholdOverlay, evaluateCommune, NtmError, THUA_THIEN_HUE_2018_SCHEME } from '../../src/index.js';


const base = { region: 'TDMNPB', year: 2024 } as const;

// A test overlay (not a legal value) so that numeric indicators have thresholds to fall short of.
const overlay = defineThresholdOverlay({
  id: 'test-overlay',
  title: 'Test thresholds',
  setKind: 'commune',
  citation: { instrument: 'test' },
  provenance: 'secondary',
  thresholds: { '2.1': { rule: { kind: 'min-percent', min: 70 } }, '11': { rule: { kind: 'max-percent', max: 13 } } },
});

describe('analyzeGap', () => {
  const r = evaluateCommune(
    {
      ...base,
      name: 'Khoen On',
      indicators: {
        '1.1': true, '1.2': true, '7': true, '8.1': true, '8.2': true, '8.3': true, '8.4': true,
        '19.1': true, '19.2': true, '4.1': false, '9.1': 12, '2.1': 55, '11': 20,
        '5': { schools: 4, atMinimumStandard: 4, atLevel1: 1 },
      },
    },
    { overlays: [overlay] },
  );
  const g = analyzeGap(r);

  it('places the commune and counts what is missing for the next bucket and the standard', () => {
    expect(g.criteriaMet).toBe(4); // 1, 7, 8, 19
    expect(g.bucket?.id).toBe('0-4');
    expect(g.nextBucket?.id).toBe('5-9');
    expect(g.toNextBucket).toBe(1);
    expect(g.toStandard).toBe(15);
    expect(g.name).toBe('Khoen On');
    expect(g.set).toBe(r.set.id);
  });

  it('lists the criteria not met and unknown, with the indicators holding them back', () => {
    expect(g.criteria.length).toBe(15);
    expect(g.criteria.filter((c) => c.outcome === 'not-met').map((c) => c.code)).toEqual(['2', '4', '5', '9', '11']);
    const c2 = g.criteria.find((c) => c.code === '2')!;
    const i21 = c2.indicators.find((i) => i.code === '2.1')!;
    expect(i21).toMatchObject({ outcome: 'not-met', value: 55, shortfall: 15, unit: 'percent' });
    expect(i21.threshold?.en).toContain('70');
    // The other indicators of criterion 2 have no value: unknown, with the reason.
    expect(c2.indicators.filter((i) => i.outcome === 'unknown').every((i) => i.reason?.code === 'missing-input')).toBe(true);
    expect(g.criteria.find((c) => c.code === '9')!.indicators[0]).toMatchObject({ code: '9.1', shortfall: 12 });
    expect(g.criteria.find((c) => c.code === '11')!.indicators[0]).toMatchObject({ shortfall: 7 });
    const c5 = g.criteria.find((c) => c.code === '5')!.indicators[0]!;
    expect(c5.failed?.length).toBeGreaterThan(0);
    expect(c5.shortfall).toBeUndefined();
    // Criterion 4: 4.1 is not met (boolean, no shortfall); 4.2 unknown.
    expect(g.criteria.find((c) => c.code === '4')!.indicators.map((i) => [i.code, i.outcome, i.shortfall])).toEqual([
      ['4.1', 'not-met', undefined],
      ['4.2', 'unknown', undefined],
    ]);
    expect(g.criteria.some((c) => c.code === '7')).toBe(false);
  });

  it('gives the bucket the commune would reach if every unknown criterion were met', () => {
    expect(g.criteriaUnknown).toBe(10);
    expect(g.ifUnknownMet).toMatchObject({ criteriaMet: 14 });
    expect(g.ifUnknownMet.bucket?.id).toBe('10-14');
  });

  it('uses a custom scheme: with the Huế 2018 buckets the next bucket is 8-9', () => {
    const h = analyzeGap(r, THUA_THIEN_HUE_2018_SCHEME);
    expect(h.bucket?.id).toBe('0-7');
    expect(h.nextBucket?.id).toBe('8-9');
    expect(h.toNextBucket).toBe(4);
  });

  it('a commune meeting every criterion has no next bucket', () => {
    const all = { ...r, criteriaMet: 19, criteriaNotMet: 0, criteriaUnknown: 0, status: 'meets-standard' as const, criteria: r.criteria.map((c) => ({ ...c, outcome: 'met' as const })) };
    const top = analyzeGap(all);
    expect([top.bucket?.id, top.nextBucket, top.toNextBucket, top.toStandard, top.criteria]).toEqual(['19', null, null, 0, []]);
  });

  it('rejects what is not an evaluation result, or one that does not fit the scheme', () => {
    expect(thrown(() => analyzeGap({ criteriaMet: 3 } as never)).issues[0]?.path).toEqual(['result', 'criteria']);
    expect(thrown(() => analyzeGap({ ...r, criteriaMet: 7 })).issues[0]?.path).toEqual(['result', 'criteriaMet']);
    expect(thrown(() => analyzeGap(null as never)).issues[0]?.path).toEqual(['result']);
    const five = { id: 'five', title: { vi: 'x', en: 'x' }, criteriaTotal: 5, buckets: [{ id: 'all', min: 0, max: 5, label: { vi: 'x', en: 'x' } }] };
    expect(thrown(() => analyzeGap(r, five)).issues[0]?.path).toEqual(['result', 'criteriaTotal']);
  });

  it('does not mutate the result', () => {
    const before = JSON.stringify(r);
    analyzeGap(r);
    expect(JSON.stringify(r)).toBe(before);
  });
});

describe('analyzeGap: a 2026-2030 commune (10 criteria, no national bucket scheme)', () => {
  it('has no bucket, and counts what is left to the standard from the set\'s 10 criteria', () => {
    const r = evaluateCommune({ group: 3, year: 2026, criteria: { '1': 'met', '2': 'not-met', '3': 'met', '4': 'unknown' } });
    const g = analyzeGap(r);
    expect(g.scheme).toBeNull();
    expect([g.bucket, g.nextBucket, g.toNextBucket, g.ifUnknownMet.bucket]).toEqual([null, null, null, null]);
    expect([g.criteriaMet, g.criteriaTotal, g.toStandard, g.ifUnknownMet.criteriaMet]).toEqual([2, 10, 8, 9]); // 1 not met, 7 unknown (4 assessed unknown, 5-10 not given)
    expect(g.criteria.map((c) => [c.code, c.outcome])).toContainEqual(['2', 'not-met']);
    // A 19-criteria scheme given for it is refused, naming the result's size.
    expect(thrown(() => analyzeGap(r, THUA_THIEN_HUE_2018_SCHEME)).issues[0]?.path).toEqual(['result', 'criteriaTotal']);
  });
});
