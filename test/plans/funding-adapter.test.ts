import { describe, expect, it } from 'vitest';
import { aggregate, compare, reconcile, subtract, withinTolerance } from '../../src/plans/funding-adapter.js';
import { thrown } from '../_support/thrown.js';

describe('the plans’ funding adapter', () => {
  it('names a rejected amount at its path in the plan, never at a position in the list it built', () => {
    const lines = [
      { source: 'credit' as const, amount: '1', path: ['funding', 'lines', 0] },
      { source: 'central.recurrent' as const, amount: 'x', path: ['funding', 'lines', 1, 'parts', 3] },
    ];
    expect(thrown(() => aggregate(lines, 'million-vnd', '2021-2025')).issues.map((i) => [i.path, i.code])).toEqual([[['funding', 'lines', 1, 'parts', 3, 'amount'], 'expected-decimal']]);
    expect(thrown(() => reconcile(lines.slice(0, 1), { source: 'total', amount: '-1', path: ['funding', 'total'] }, 'million-vnd', '2021-2025')).issues.map((i) => i.path)).toEqual([['funding', 'total', 'amount']]);
  });

  it('computes exactly, far beyond 40 digits', () => {
    expect(subtract(`1${'0'.repeat(44)}`, '1')).toBe('9'.repeat(44));
    expect(compare(`${'9'.repeat(60)}.1`, `${'9'.repeat(60)}.01`)).toBe(1);
    expect(withinTolerance(`-0.${'0'.repeat(50)}1`, '0')).toBe(false);
    expect(aggregate([{ source: 'credit', amount: '1', path: [] }, { source: 'other', amount: '2', path: [] }], 'million-vnd', '2021-2025').bySource.credit?.share).toBe(`0.${'3'.repeat(20)}`);
  });
});
