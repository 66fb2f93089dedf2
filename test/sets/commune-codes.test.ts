import { describe, expect, expectTypeOf, it } from 'vitest';
import { COMMUNE_INDICATOR_CODES, getCriteriaSet, listCriteriaSets, type CommuneIndicatorCode, type CommuneIndicators } from '../../src/index.js';

describe('COMMUNE_INDICATOR_CODES', () => {
  it('equals the codes of every 2021-2025 version of the commune set, in order', () => {
    const versions = listCriteriaSets('commune').filter((s) => s.period.toYear === 2025);
    expect(versions.length).toBeGreaterThanOrEqual(2);
    for (const set of versions) expect(set.criteria.flatMap((c) => c.indicators.map((i) => i.code))).toEqual([...COMMUNE_INDICATOR_CODES]);
    expect(Object.isFrozen(COMMUNE_INDICATOR_CODES)).toBe(true);
    expect(getCriteriaSet('commune', { asOf: '2026-06-01' }).criteria.flatMap((c) => c.indicators)).toEqual([]);
  });

  it('types inputs so that a misspelt code does not compile', () => {
    expectTypeOf<'17.10'>().toExtend<CommuneIndicatorCode>();
    expectTypeOf<'17.11'>().not.toExtend<CommuneIndicatorCode>();
    // @ts-expect-error '2.5' is not an indicator code of the set
    const bad: CommuneIndicators = { '2.5': 90 };
    expect(bad).toBeDefined();
  });
});
