import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aggregateFunding, formatAmount, reconcileFunding } from '../../src/index.js';
import type { FundingLine, FundingTotalKey } from '../../src/index.js';
import { paths, thrown } from './helpers.js';

// Lai Châu 2024 plan (unnumbered draft), part III "Dự kiến nguồn vốn", million VND.
// The fixture is the plan's text; every figure below is checked to appear in it.
const PART_III = readFileSync(new URL('./fixtures/lai-chau-2024-part-iii.txt', import.meta.url), 'utf8');

/** Every figure the plan states, at the node it states it for. */
const STATED: readonly (readonly [FundingTotalKey, string])[] = [
  ['total', '4916475'],
  ['central', '114765'],
  ['central.investment', '92423'],
  ['central.investment.domestic', '67950'],
  ['central.investment.foreign', '24473'],
  ['central.recurrent', '22342'],
  ['local.province', '21000'], // "Vốn ngân sách địa phương: 21.000 triệu đồng (NS tỉnh)"
  ['integrated', '1607617'],
  ['integrated.poverty-reduction', '521102'],
  ['integrated.ethnic-minority', '1086515'],
  ['credit', '2000000'],
  ['community', '118430'],
];
const LEAVES = new Set<FundingTotalKey>([
  'central.investment.domestic',
  'central.investment.foreign',
  'central.recurrent',
  'local.province',
  'integrated.poverty-reduction',
  'integrated.ethnic-minority',
  'credit',
  'community',
]);

const allStatedLines: FundingLine[] = STATED.filter(([k]) => k !== 'total').map(([source, amount]) => ({
  source: source as FundingLine['source'],
  amount,
}));

describe('Lai Châu 2024 plan, part III', () => {
  it('every transcribed figure appears in the plan text as "<amount> triệu đồng"', () => {
    for (const [, amount] of STATED) {
      expect(PART_III).toContain(`${formatAmount(amount, { lang: 'vi' })} triệu đồng`);
    }
  });

  it('all subtotals agree with their parts, but the grand total exceeds its parts by 1.054.663', () => {
    // Every stated figure as a line: parent lines are the plan's subtotals, checked against the children.
    const found = reconcileFunding({ lines: allStatedLines, declared: { total: '4916475' } });
    expect(found).toEqual([
      { source: 'total', check: 'declared', declared: '4916475', computed: '3861812', difference: '1054663' },
    ]);
  });

  it('the same finding from leaf lines and every stated subtotal declared', () => {
    const leaves = allStatedLines.filter((l) => LEAVES.has(l.source));
    const declared = Object.fromEntries(STATED.filter(([k]) => !LEAVES.has(k)));
    expect(reconcileFunding({ lines: leaves, declared })).toEqual([
      { source: 'total', check: 'declared', declared: '4916475', computed: '3861812', difference: '1054663' },
    ]);
  });

  it('aggregates the plan: subtotals, unallocated parts zero, shares of the computed total', () => {
    const r = aggregateFunding(allStatedLines);
    expect(r.unit).toBe('million-vnd');
    expect(r.total).toBe('3861812');
    expect(r.bySource.central).toEqual({ amount: '114765', share: '0.0297', unallocated: '0' });
    expect(r.bySource['central.investment']).toEqual({ amount: '92423', share: '0.0239', unallocated: '0' });
    expect(r.bySource.local).toEqual({ amount: '21000', share: '0.0054' });
    expect(r.bySource.integrated?.unallocated).toBe('0');
    expect(r.bySource.credit).toEqual({ amount: '2000000', share: '0.5179' });
    expect(r.bySource.enterprise).toBeUndefined();
    expect(Object.keys(r.bySource)).toHaveLength(STATED.length - 1 + 1); // + 'local', which the plan names only via NS tỉnh
  });

  it('a changed part is reported where it breaks the subtotal', () => {
    const lines = allStatedLines.map((l) => (l.source === 'central.investment.foreign' ? { ...l, amount: '24000' } : l));
    expect(reconcileFunding({ lines, declared: {} })).toEqual([
      { source: 'central.investment', check: 'parts', declared: '92423', computed: '91950', difference: '473' },
    ]);
  });
});

describe('reconcileFunding', () => {
  it('is empty when everything adds up', () => {
    const lines: FundingLine[] = [
      { source: 'credit.policy', amount: '10.5' },
      { source: 'credit.commercial', amount: '4.5' },
    ];
    expect(reconcileFunding({ lines, declared: { credit: '15', total: 15 } })).toEqual([]);
  });

  it('reports children that exceed their parent (negative difference)', () => {
    const lines: FundingLine[] = [
      { source: 'community', amount: '100' },
      { source: 'community.cash', amount: '60' },
      { source: 'community.labour', amount: '50.25' },
    ];
    expect(reconcileFunding({ lines, declared: {} })).toEqual([
      { source: 'community', check: 'parts', declared: '100', computed: '110.25', difference: '-10.25' },
    ]);
  });

  it('a declared node without lines computes as 0', () => {
    expect(reconcileFunding({ lines: [{ source: 'other', amount: '1' }], declared: { enterprise: '7' } })).toEqual([
      { source: 'enterprise', check: 'declared', declared: '7', computed: '0', difference: '7' },
    ]);
  });

  it('lists findings in document order with the total last', () => {
    const found = reconcileFunding({
      lines: [
        { source: 'local', amount: '5' },
        { source: 'local.commune', amount: '4' },
        { source: 'central.recurrent', amount: '1' },
      ],
      declared: { total: '1', 'central.recurrent': '2' },
    });
    expect(found.map((d) => `${d.source}:${d.check}`)).toEqual(['central.recurrent:declared', 'local:parts', 'total:declared']);
  });

  it('compares declared amounts in the result unit', () => {
    const found = reconcileFunding({
      lines: [
        { source: 'credit', amount: '2', unit: 'billion-vnd' },
        { source: 'other', amount: '500', unit: 'million-vnd' },
      ],
      unit: 'million-vnd',
      declared: { total: '2500' },
    });
    expect(found).toEqual([]);
  });

  it('rejects bad declared values and keys with their paths', () => {
    const e = thrown(() =>
      reconcileFunding({ lines: [], declared: JSON.parse('{"centre":"1","total":"x","__proto__":"2","local":"-3"}') }),
    );
    expect(paths(e)).toEqual(['declared.centre', 'declared.total', 'declared.__proto__', 'declared.local']);
    expect(paths(thrown(() => reconcileFunding({ lines: [], declared: null as never })))).toEqual(['declared']);
    expect(paths(thrown(() => reconcileFunding(null as never)))).toEqual(['']);
  });

  it('rejects bad lines and options with their paths', () => {
    const e = thrown(() => reconcileFunding({ lines: [{ source: 'credit', amount: '1' }, { source: 'credit', amount: 'NaN' }], declared: {} }));
    expect(paths(e)).toEqual(['lines[1].amount']);
    expect(paths(thrown(() => reconcileFunding({ lines: [], declared: {}, unit: 'usd' as never })))).toEqual(['unit']);
    expect(paths(thrown(() => reconcileFunding({ lines: 'x' as never, declared: {} })))).toEqual(['lines']);
  });

  it('allows negative adjustments when asked', () => {
    const lines: FundingLine[] = [
      { source: 'other', amount: '10' },
      { source: 'other', amount: '-2.5' },
    ];
    expect(reconcileFunding({ lines, declared: { total: '7.5' }, allowNegative: true })).toEqual([]);
  });
});

describe('reconcileFunding under the 2026-2035 taxonomy', () => {
  // NQ 257/2025/QH15 as passed (secondary: vtcnews, vietnamnet, 11/12/2025), billion VND: the state budget
  // for 2026-2030 "khoảng 423.000": central 100.000 (investment 70.000, recurrent 30.000), local 300.000,
  // policy credit 23.000. Its own figures agree.
  const NQ257 = [
    { source: 'central.investment', amount: '70000', unit: 'billion-vnd' },
    { source: 'central.recurrent', amount: '30000', unit: 'billion-vnd' },
    { source: 'local', amount: '300000', unit: 'billion-vnd' },
    { source: 'credit.policy', amount: '23000', unit: 'billion-vnd' },
  ] as const;
  it('the resolution\'s state-budget figures add up', () => {
    expect(reconcileFunding({ lines: NQ257, declared: { central: '100000', total: '423000' }, taxonomy: '2026-2035', unit: 'billion-vnd' })).toEqual([]);
  });

  it('per component: subtotals against their parts, and declared component totals', () => {
    const lines = [
      { source: 'central', amount: '120', component: 'new-rural-poverty' },
      { source: 'central.investment', amount: '80', component: 'new-rural-poverty' },
      { source: 'central.recurrent', amount: '30', component: 'new-rural-poverty' },
      { source: 'central', amount: '60', component: 'ethnic-minority-mountainous' },
    ] as const;
    expect(reconcileFunding({ lines, declared: { total: '180' }, declaredByComponent: { 'ethnic-minority-mountainous': { total: '70', central: '60' } }, taxonomy: '2026-2035' })).toEqual([
      { source: 'central', check: 'parts', declared: '120', computed: '110', difference: '10', component: 'new-rural-poverty' },
      { source: 'total', check: 'declared', declared: '70', computed: '60', difference: '10', component: 'ethnic-minority-mountainous' },
    ]);
  });

  it('declared nodes and components must belong to the version', () => {
    const e = thrown(() => reconcileFunding({ lines: [{ source: 'central', amount: '1', year: 2026 }], declared: { 'integrated.poverty-reduction': '0' } }));
    expect(paths(e)).toEqual(['declared.integrated.poverty-reduction']);
    const c = thrown(() => reconcileFunding({ lines: [{ source: 'central', amount: '1' }], declared: {}, declaredByComponent: { 'new-rural-poverty': { total: '1' } } }));
    expect(c.issues.map((i) => i.code)).toEqual(['no-components']);
  });
});
