import { compare, subtract, type AdapterLine } from './funding-adapter.js';
import type { PlanFundingLine } from './types.js';

/**
 * The lines to aggregate under a plan line: its parts' lines, or itself when it
 * has none. When the parts are declared incomplete, what they leave unlisted is
 * kept as a line of the parent's own source, so that the parent's amount
 * still counts in full.
 */
export function leafLines(line: PlanFundingLine): AdapterLine[] {
  if (!line.parts) return [{ source: line.source, amount: line.amount }];
  const below = line.parts.flatMap(leafLines);
  if (line.partsComplete !== false) return below;
  const listed = line.parts.reduce((sum, p) => subtract(sum, `-${p.amount}`), '0');
  const rest = subtract(line.amount, listed);
  return compare(rest, '0') > 0 ? [...below, { source: line.source, amount: rest }] : below;
}
