import { describe, expect, it } from 'vitest';
import { formatAmount, reconcileFunding } from '../../src/index.js';

// Keeps the README's funding example true.
describe('README funding example', () => {
  it('prints what the README says', () => {
    const found = reconcileFunding({
      lines: [
        { source: 'central.investment.domestic', amount: '67950' },
        { source: 'central.investment.foreign', amount: '24473' },
        { source: 'central.recurrent', amount: '22342' },
        { source: 'local.province', amount: '21000' },
        { source: 'integrated.poverty-reduction', amount: '521102' },
        { source: 'integrated.ethnic-minority', amount: '1086515' },
        { source: 'credit', amount: '2000000' },
        { source: 'community', amount: '118430' },
      ],
      declared: { total: '4916475', central: '114765', integrated: '1607617' },
    });
    expect(found).toEqual([{ source: 'total', check: 'declared', declared: '4916475', computed: '3861812', difference: '1054663' }]);
    expect(formatAmount('4916475', { lang: 'vi', unit: 'million-vnd' })).toBe('4.916.475 triệu đồng');
  });
});
