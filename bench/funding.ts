// Funding aggregation against a plain BigInt sum in integer đồng, on 1,000,000 generated lines.
import { aggregateFunding, FUNDING_SOURCES } from '../src/index.js';
import type { FundingLine } from '../src/index.js';
import { generateFundingLines } from '../test/_support/generate.js';

/** A row of the summary table. */
export interface Row {
  readonly measure: string;
  readonly value: string;
  readonly ratio: string;
  readonly goal: string;
  readonly met: boolean | undefined;
}

const N_LINES = 1_000_000;
const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

/** A decimal string in a unit of 10^digits đồng, as integer đồng. */
function toDong(a: string, digits: number): bigint {
  const dot = a.indexOf('.');
  if (dot < 0) return digits === 0 ? BigInt(a) : BigInt(a + '0'.repeat(digits));
  return BigInt(a.slice(0, dot) + a.slice(dot + 1).padEnd(digits, '0'));
}

function bigIntSum(lines: readonly FundingLine[], digits: number): bigint {
  let total = 0n;
  for (const l of lines) total += toDong(l.amount as string, digits);
  return total;
}

export async function fundingSection(time: (rounds: number, fn: () => void) => number, _gc: () => void): Promise<Row[]> {
  const rows: Row[] = [];
  const cases = [
    { name: 'integer đồng', lines: generateFundingLines(N_LINES, FUNDING_SOURCES, 3), digits: 0, run: (l: readonly FundingLine[]) => aggregateFunding(l, { unit: 'vnd' }) },
    { name: 'million VND, 3 decimals', lines: generateFundingLines(N_LINES, FUNDING_SOURCES, 4, true), digits: 6, run: (l: readonly FundingLine[]) => aggregateFunding(l) },
  ];
  for (const c of cases) {
    // Same total both ways (in đồng), or the comparison means nothing.
    const floorTotal = bigIntSum(c.lines, c.digits);
    const libTotal = c.run(c.lines).total;
    if (floorTotal !== toDong(libTotal, c.digits)) throw new Error(`funding totals differ: ${floorTotal} vs ${libTotal}`);
    let sink = 0n;
    const floorMs = time(5, () => { sink += bigIntSum(c.lines, c.digits); });
    const libMs = time(5, () => { sink += BigInt(c.run(c.lines).lineCount); });
    if (sink === -1n) console.log(sink);
    rows.push(
      { measure: `aggregateFunding, ${fmt(N_LINES)} lines (${c.name})`, value: `${fmt((N_LINES / libMs) * 1000)} lines/s`, ratio: `${fmt(libMs / floorMs, 2)}x the BigInt time`, goal: '≤ 3x', met: libMs / floorMs <= 3 },
      { measure: `plain BigInt sum in đồng (${c.name})`, value: `${fmt((N_LINES / floorMs) * 1000)} lines/s`, ratio: '1x', goal: '', met: undefined },
    );
  }
  return rows;
}
