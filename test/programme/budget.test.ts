import { describe, expect, it } from 'vitest';
import { aggregateFunding, FUNDING_TAXONOMIES, PROGRAMME_BUDGET_2026_2030, reconcileFunding } from '../../src/index.js';
import type { FundingSourceId } from '../../src/index.js';

describe('PROGRAMME_BUDGET_2026_2030 (NQ 257/2025/QH15, as reported)', () => {
  const b = PROGRAMME_BUDGET_2026_2030;
  const leaves = (figures: typeof b.stateBudget, skip: readonly string[]) =>
    figures.filter((f) => f.source !== 'total' && !skip.includes(f.source)).map((f) => ({ source: f.source as FundingSourceId, amount: f.amount, unit: 'billion-vnd' as const }));
  const amountOf = (figures: typeof b.stateBudget, source: string) => figures.find((f) => f.source === source)?.amount;

  it('names nodes of the 2026-2035 taxonomy only', () => {
    for (const f of [...b.stateBudget, ...b.mobilised]) {
      if (f.source !== 'total') expect(FUNDING_TAXONOMIES['2026-2035'].sources[f.source]).toBeDefined();
      expect(f.statement.length).toBeGreaterThan(10);
    }
    expect(b.provenance).toBe('secondary');
  });

  it('the state budget adds up: 70,000 + 30,000 = 100,000 central; 100,000 + 300,000 + 23,000 = 423,000', () => {
    const lines = leaves(b.stateBudget, ['central']);
    expect(reconcileFunding({ lines, declared: { central: amountOf(b.stateBudget, 'central')!, total: amountOf(b.stateBudget, 'total')! }, taxonomy: '2026-2035', unit: 'billion-vnd' })).toEqual([]);
  });

  it('the mobilised structure: the printed shares are the amounts over about 1,044,000, rounded to one decimal', () => {
    const total = 1044000;
    for (const f of b.mobilised.filter((x) => x.sharePercent !== undefined)) {
      expect(((Number(f.amount) / total) * 100).toFixed(1)).toBe(f.sharePercent);
    }
    // The enterprise and community part is cut off in the source: the stated parts fall short of the total.
    const a = aggregateFunding(leaves(b.mobilised, []), { taxonomy: '2026-2035', unit: 'billion-vnd' });
    expect(a.total).toBe('783000');
    expect(b.mobilisedCitation.note).toContain('783,000 of about 1,044,000');
  });
});
