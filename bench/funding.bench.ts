import { bench, describe } from 'vitest';
import { aggregateFunding, FUNDING_SOURCE_IDS } from '../src/index.js';
import type { FundingLine } from '../src/index.js';

// 1,000,000 realistic lines: integer đồng amounts up to 10^12 on leaf and mid-level sources.
const N = 1_000_000;
const sources = FUNDING_SOURCE_IDS.filter((id) => id.includes('.'));
let seed = 42;
const rand = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const lines: FundingLine[] = Array.from({ length: N }, (_, i) => ({
  source: sources[i % sources.length]!,
  amount: String(Math.floor(rand() * 1e12)),
  unit: 'vnd',
}));

describe('funding aggregation, 1,000,000 lines in integer đồng', () => {
  bench('plain BigInt sum (floor)', () => {
    let total = 0n;
    for (const l of lines) total += BigInt(l.amount);
    if (total < 0n) throw new Error('unreachable');
  });
  bench('aggregateFunding', () => {
    aggregateFunding(lines, { unit: 'vnd' });
  });
});

// The same sizes as plans print them: million VND with up to 3 decimals (whole thousand đồng).
const millionLines: FundingLine[] = Array.from({ length: N }, (_, i) => ({
  source: sources[i % sources.length]!,
  amount: (Math.floor(rand() * 1e9) / 1e3).toFixed(3),
}));

describe('funding aggregation, 1,000,000 lines in million VND with decimals', () => {
  bench('plain BigInt sum in đồng (floor)', () => {
    let total = 0n;
    for (const l of millionLines) total += BigInt((l.amount as string).replace('.', '')) * 1000n;
    if (total < 0n) throw new Error('unreachable');
  });
  bench('aggregateFunding', () => {
    aggregateFunding(millionLines);
  });
});
